/**
 * Finding: every rule runs over the text near its anchors; of overlapping matches the longest
 * wins, then the earlier rule. What is left is sorted by position and does not overlap.
 */
import { keepsCase, type AnchoredRule, type CompiledRule, type Scanner } from './compile.ts';

export interface Match {
  start: number;
  end: number;
  rule: CompiledRule;
  groups: Readonly<Record<string, string | undefined>>;
}

const NO_GROUPS: Readonly<Record<string, string | undefined>> = Object.freeze({});

/** How far a match may reach before and after an anchor it contains, in characters. */
const REACH = 72;
/** Text kept around a window for lookbehinds and lookaheads. */
const CONTEXT = 48;

/** Runs of ASCII digits, as [start, end, start, end, ...]: the `digit` anchor, without a regex. */
function digitRuns(text: string): number[] {
  const found: number[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const digit = c >= 48 && c <= 57;
    if (digit && start < 0) start = i;
    else if (!digit && start >= 0) {
      found.push(start, i);
      start = -1;
    }
  }
  return found;
}

/** Where an anchor occurs in a text, as [start, end, start, end, ...]. */
function occurrences(text: string, key: string, trigger: RegExp): number[] {
  if (key === 'digit') return digitRuns(text);
  const found: number[] = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    if (m[0].length === 0) {
      trigger.lastIndex++;
      continue;
    }
    found.push(m.index, m.index + m[0].length);
  }
  return found;
}

/** What one text has found so far: anchors by key, windows by anchor set. */
interface Found {
  anchors: Map<string, number[]>;
  windows: Map<string, number[]>;
}

/**
 * Windows around a rule's anchors, merged where they touch: [start, end, start, end, ...]. The
 * anchors' lists are each sorted; they are merged as they are read.
 */
function windowsOf(text: string, rule: AnchoredRule, scanner: Scanner, found: Found): number[] {
  if (rule.anchors === null) return [0, text.length];
  const id = rule.anchors.join('|');
  const known = found.windows.get(id);
  if (known) return known;
  const lists = rule.anchors.map((key) => {
    let list = found.anchors.get(key);
    if (!list) {
      list = occurrences(text, key, scanner.triggers.get(key)!);
      found.anchors.set(key, list);
    }
    return list;
  });
  const at = lists.map(() => 0);
  const windows: number[] = [];
  for (;;) {
    let pick = -1;
    for (let k = 0; k < lists.length; k++) {
      if (
        at[k]! < lists[k]!.length &&
        (pick < 0 || lists[k]![at[k]!]! < lists[pick]![at[pick]!]!)
      ) {
        pick = k;
      }
    }
    if (pick < 0) break;
    const from = Math.max(0, lists[pick]![at[pick]!]! - REACH);
    const to = Math.min(text.length, lists[pick]![at[pick]! + 1]! + REACH);
    at[pick]! += 2;
    if (windows.length > 0 && from <= windows[windows.length - 1]!) {
      windows[windows.length - 1] = Math.max(windows[windows.length - 1]!, to);
    } else windows.push(from, to);
  }
  found.windows.set(id, windows);
  return windows;
}

/**
 * All matches of all rules, overlapping. Each rule runs only in windows around its anchors
 * (words or fragments its every match contains), on a slice of the text with some context for
 * its lookarounds; a match counts in the window it starts in.
 */
export function findMatches(text: string, scanner: Scanner, everywhere = false): Match[] {
  const matches: Match[] = [];
  const found: Found = { anchors: new Map(), windows: new Map() };
  for (const rule of scanner.rules) {
    // `everywhere` skips the anchors: the reference the anchored search must agree with
    const windows = everywhere ? [0, text.length] : windowsOf(text, rule, scanner, found);
    const regex = rule.regex;
    for (let w = 0; w < windows.length; w += 2) {
      const from = windows[w]!;
      const to = windows[w + 1]!;
      const offset = Math.max(0, from - CONTEXT);
      const slice = text.slice(offset, Math.min(text.length, to + CONTEXT));
      regex.lastIndex = from - offset;
      for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
        const start = m.index + offset;
        if (start >= to) break;
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        if (!keepsCase(m, rule)) continue;
        matches.push({ start, end: start + m[0].length, rule, groups: m.groups ?? NO_GROUPS });
      }
    }
  }
  return matches;
}

/**
 * Longest first, then the earlier rule, then the earlier position; a match is kept when it
 * overlaps none kept. `length` is the text's length: kept characters are marked in a bitmap, so
 * the cost grows with the matched text, not with the square of the number of matches.
 */
export function selectMatches(matches: readonly Match[], length: number): Match[] {
  const ranked = [...matches].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.rule.index - b.rule.index || a.start - b.start,
  );
  const taken = new Uint8Array(length);
  const kept: Match[] = [];
  for (const match of ranked) {
    if (taken[match.start] === 1 || taken[match.end - 1] === 1) continue;
    if (taken.subarray(match.start, match.end).includes(1)) continue;
    taken.fill(1, match.start, match.end);
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
