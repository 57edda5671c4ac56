/**
 * Words of a text with their offsets, and the small normalisations the event builder compares
 * words with. Pure string work; no language knowledge beyond Unicode letter classes.
 */

export interface Token {
  /** The word as written (apostrophes and inner hyphens kept, no trailing period). */
  text: string;
  /** Offsets in the string that was tokenized; `end` exclusive. */
  start: number;
  end: number;
}

/** A word: letters or digits, with inner apostrophes, hyphens, periods ("U.S", "co-founder", "9.3"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-&](?=[\p{L}\p{N}]))*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // exec on the shared pattern rather than matchAll, which copies it for every text
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    tokens.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return tokens;
}

/** Splits a space-separated lexicon list into a set (underscores stand for spaces). */
export function wordSet(list: string, options: { lower?: boolean } = {}): Set<string> {
  const words = list
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replaceAll('_', ' '));
  return new Set(options.lower ? words.map((w) => w.toLowerCase()) : words);
}

/** Splits a comma-separated lexicon list. */
export function phraseList(list: string): string[] {
  return list
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Typographic variants folded so that comparisons do not depend on the keyboard. */
export function foldTypography(text: string): string {
  // plain ASCII has nothing to fold
  if (!/[^\u0020-\u007e\s]/u.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-');
}

/** Lower-cased, typography folded, whitespace collapsed: the form ids and comparisons use. */
export function normalizeText(text: string): string {
  return collapseSpace(foldTypography(text).toLowerCase()).trim();
}

/** Every run of white space as one space, as `text.replace(/\s+/gu, ' ')` does. */
export function collapseSpace(text: string): string {
  // most texts are spaced by single spaces already: replacing every space costs more
  return hasMessySpace(text) ? text.replace(/\s+/gu, ' ') : text;
}

/**
 * Whether the text has white space that collapseSpace() changes: any but a single space (what
 * /[^\S ]| {2}/u finds), read a code unit at a time: cheaper than the pattern on short texts.
 */
function hasMessySpace(text: string): boolean {
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (space) return true;
      space = true;
    } else {
      if (code > 0x20 && code < 0xa0) {
        space = false;
        continue;
      }
      if (isWhiteSpace(code)) return true;
      space = false;
    }
  }
  return false;
}

/**
 * Whether a UTF-16 code unit is white space as `\s` reads it: the ECMAScript WhiteSpace and
 * LineTerminator code points, all in the BMP (a test checks every code unit against `\s`).
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether a word starts with a capital letter (not "iPhone": see isCapitalized). */
export function startsWithCapital(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Whether a word goes on with the name before it: a capital after a capital ("The United
 * States", "Human Rights Watch"), which is no verb. A headline capitalises every word: a caller
 * that may read one asks that first.
 */
export function continuesName(word: string, previous: string | undefined): boolean {
  return previous !== undefined && startsWithCapital(word) && startsWithCapital(previous);
}

/**
 * Whether a text may end in one of `words` (lower case, ASCII letters) and white space, as a
 * pattern anchored at the end on a word after a space does ("... postponed until $"): false
 * only when the text ends otherwise. Such a pattern is tried at every position of its text, so
 * looking at the last word first spares most runs. A letter beyond ASCII at the end leaves the
 * answer to the pattern (its case-insensitive 'u' matching folds more than toLowerCase).
 */
export function mayEndWithWord(text: string, words: ReadonlySet<string>): boolean {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return false;
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start > 0 && text.charCodeAt(start - 1) >= 0x80 && !isWhiteSpace(text.charCodeAt(start - 1)))
    return true;
  return words.has(text.slice(start, end).toLowerCase());
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * How many of the pieces white space cuts a text into hold a letter, as
 * `text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length` counts them, without building them.
 */
export function letteredPieceCount(text: string): number {
  let count = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isWhiteSpace(text.charCodeAt(i))) continue;
    if (i > start && hasLetter(text, start, i)) count++;
    start = i + 1;
  }
  return count;
}

/**
 * `text.split(/\s+/u, limit)`, piece for piece (an empty piece before a leading space and after a
 * trailing one included), without a pattern: splitting by a pattern makes a new copy of it at
 * every call (RegExp's species constructor), and names, subjects and titles are split thousands
 * of times an article.
 */
export function splitAtSpaces(text: string, limit = Infinity): string[] {
  const pieces: string[] = [];
  if (limit <= 0) return pieces;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isWhiteSpace(text.charCodeAt(i))) continue;
    pieces.push(text.slice(start, i));
    if (pieces.length >= limit) return pieces;
    while (i + 1 < text.length && isWhiteSpace(text.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** `text.split(/\s+/u).length`, without building the pieces: one more than the runs of space. */
export function splitPieceCount(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/** Whether text[start, end) holds a letter; ASCII is decided without a pattern. */
function hasLetter(text: string, start: number, end: number): boolean {
  let other = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) | 0x20; // folds A-Z onto a-z
    if (code >= 0x61 && code <= 0x7a) return true;
    if (text.charCodeAt(i) >= 0x80) other = true;
  }
  return other && /\p{L}/u.test(text.slice(start, end));
}

/** Whether the word starts with a capital letter or is a camel-cased brand ("iPhone"). */
export function isCapitalized(word: string): boolean {
  // a plain ASCII start decides most words without a pattern
  const first = word.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a) return true;
  if (first >= 0x61 && first <= 0x7a) {
    const second = word.charCodeAt(1);
    if (second < 0x80) return second >= 0x41 && second <= 0x5a;
  } else if (first < 0x80) return false;
  return /^\p{Lu}/u.test(word) || /^\p{Ll}\p{Lu}/u.test(word);
}

/** Removes a possessive ending: "Russia’s" -> "Russia", "Beatles'" -> "Beatles". */
export function stripPossessive(word: string): string {
  // only a word ending in s or an apostrophe can lose anything
  const last = word.charAt(word.length - 1);
  if (last !== 's' && last !== "'" && last !== '’') return word;
  return word.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
}

/**
 * What stands between token i - 1 (or the start of `span`) and token i: spaces, punctuation.
 * `tokens` are offsets in the same text as `span`.
 */
export function gapBefore(
  span: { start: number; text: string },
  tokens: readonly Token[],
  i: number,
): string {
  const previousEnd = i > 0 ? tokens[i - 1]!.end : span.start;
  return span.text.slice(previousEnd - span.start, tokens[i]!.start - span.start);
}

/**
 * The words of `tokens` (a tokenization of `span`) for which `keep` holds, as written: words
 * side by side keep what stood between them ("$2 million", "5,000 cars"), words apart are
 * joined by a space, and a currency sign before a word or a percent sign after it stays.
 */
export function keptAsWritten(
  span: { start: number; text: string },
  tokens: readonly Token[],
  keep: (token: Token, index: number) => boolean,
): string {
  let out = '';
  let previous = -2;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!keep(token, i)) continue;
    const gap = gapBefore(span, tokens, i);
    if (previous === i - 1) out += gap;
    else {
      if (out !== '') out += ' ';
      out += /[$€£¥]$/u.exec(gap)?.[0] ?? '';
    }
    out += token.text;
    const after = span.text.slice(token.end - span.start, token.end - span.start + 1);
    if (after === '%' && !(i + 1 < tokens.length && keep(tokens[i + 1]!, i + 1))) out += '%';
    previous = i;
  }
  return out;
}

/** A letter, a lower-case letter: read at `lastIndex` (sticky), so that no character is cut out. */
const LETTER_AT = /\p{L}/uy;
const LOWER_AT = /\p{Ll}/uy;

function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Code units of the character at `at`: 2 for a surrogate pair. */
function widthAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** \p{Ll} at `at`; ASCII decided without a pattern. */
function isLowerAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return code !== 0x2019 && matchesAt(LOWER_AT, text, at);
}

/** [\p{L}'’] at `at`: what no lower-case word may follow. */
function isLetterOrApostropheAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return isAsciiLetter(code) || code === 0x27;
  return code === 0x2019 || matchesAt(LETTER_AT, text, at);
}

/** [\p{L}'’-] at `at`: what goes on with a word. */
function goesOnWordAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x2d || isLetterOrApostropheAt(text, at);
}

/**
 * Of `wanted` (words in lower case), those the text also writes in lower case: the words
 * /(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*\/gu finds, lower-cased, that are wanted. Read a character at a
 * time; only a word that may be a wanted one is cut out, lower-cased and looked up: one of ASCII
 * characters (kept at its length by lower-casing) as long as a wanted word that starts with the
 * same code unit (a lower-case letter keeps it when lower-cased). Matching and lower-casing every
 * word of an article cost more than the few wanted words it serves.
 */
export function lowerCaseWordsAmong(text: string, wanted: ReadonlySet<string>): Set<string> {
  /** A wanted word's first code unit and length, as one number. */
  const key = (first: number, length: number): number => first * 0x10000 + Math.min(length, 0xffff);
  const shapes = new Set<number>();
  for (const word of wanted) if (word !== '') shapes.add(key(word.charCodeAt(0), word.length));
  const found = new Set<string>();
  let afterLetter = false;
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    // (ASCII, most of the text, decided here without a call)
    const lowerStart = code < 0x80 ? code >= 0x61 && code <= 0x7a : isLowerAt(text, at);
    if (afterLetter || !lowerStart) {
      afterLetter =
        code < 0x80 ? isAsciiLetter(code) || code === 0x27 : isLetterOrApostropheAt(text, at);
      at += code < 0x80 ? 1 : widthAt(text, at);
      continue;
    }
    // a word starts here: it runs on over letters, apostrophes and hyphens
    let ascii = code < 0x80;
    let last = at;
    let end = at + widthAt(text, at);
    while (end < text.length) {
      const next = text.charCodeAt(end);
      if (next < 0x80) {
        if (!isAsciiLetter(next) && next !== 0x27 && next !== 0x2d) break;
      } else if (goesOnWordAt(text, end)) ascii = false;
      else break;
      last = end;
      end += next < 0x80 ? 1 : widthAt(text, end);
    }
    if (!ascii || shapes.has(key(code, end - at))) {
      const lower = text.slice(at, end).toLowerCase();
      if (wanted.has(lower)) found.add(lower);
    }
    afterLetter = isLetterOrApostropheAt(text, last);
    at = end;
  }
  return found;
}
