/**
 * Lines of a text with their offsets: the unit the article reader works in (headlines, datelines,
 * bylines, boilerplate and embedded posts each take whole lines).
 */

export interface Line {
  /** Offsets of the line's text without surrounding white space (`end` exclusive). */
  start: number;
  end: number;
  /** `text.slice(start, end)`: the trimmed line. Empty for a blank line. */
  text: string;
  /** Index of the line in the text. */
  index: number;
}

/** Every line of `text` (split at \n, \r\n or \r), trimmed, with offsets into `text`. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/gu;
  let from = 0;
  const push = (to: number): void => {
    const raw = text.slice(from, to);
    const start = from + (raw.length - raw.trimStart().length);
    const body = raw.trim();
    lines.push({ start, end: start + body.length, text: body, index: lines.length });
  };
  for (const match of text.matchAll(breaks)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(text.length);
  return lines;
}

/** The next line after `index` that is not blank, or undefined. */
export function nextNonBlank(lines: readonly Line[], index: number): Line | undefined {
  for (let i = index + 1; i < lines.length; i++) if (lines[i]!.text !== '') return lines[i];
  return undefined;
}

/** The previous line before `index` that is not blank, or undefined. */
export function previousNonBlank(lines: readonly Line[], index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i--) if (lines[i]!.text !== '') return lines[i];
  return undefined;
}
