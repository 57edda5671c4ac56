/**
 * Finding: every rule runs over the text near its anchors, where an anchor of each set it needs
 * is near (anchors.ts); of overlapping matches the longest wins, then the earlier rule. What is
 * left is sorted by position and does not overlap. Most anchors are found by their words, all
 * in one pass over the text (spell.ts); runs of digits by a loop; the rest by their regex.
 */
import type { AnchorKey } from './anchors.ts';
import { execRule, type AnchoredRule, type CompiledRule, type Scanner } from './compile.ts';
import { findWords } from './spell.ts';

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

/** Where an anchor occurs in a text, by its regular expression: [start, end, start, end, ...]. */
function searched(text: string, trigger: RegExp): number[] {
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

/** What one text has found so far: anchors by key, windows by anchor sets. */
interface Found {
  /** Occurrences by key: one list, or two (words and runs of digits) read as one. */
  anchors: Map<string, ReadonlyArray<readonly number[]>>;
  windows: Map<string, readonly number[]>;
  /** Windows around the occurrences of one list (the runs of digits serve many keys). */
  listWindows: Map<readonly number[], readonly number[]>;
  /** Whether the anchors found by their words are in `anchors` yet. */
  spelled: boolean;
  /**
   * By check of a rule's needed literals: the earliest place at or after `from` where one
   * occurs (Infinity: none).
   */
  needs: Map<RegExp, { from: number; at: number }>;
}

/**
 * Whether one of the literals a rule needs (its `needs` check) starts in text[from, to): the
 * earliest one at or after `from`, remembered, serves every later window until it is passed.
 */
function holdsNeeded(text: string, check: RegExp, from: number, to: number, found: Found): boolean {
  let next = found.needs.get(check);
  if (next === undefined || from < next.from || from > next.at) {
    check.lastIndex = from;
    const m = check.exec(text);
    next = { from, at: m === null ? Infinity : m.index };
    found.needs.set(check, next);
  }
  return next.at < to;
}

/**
 * Where an anchor occurs in the text: runs of digits, words found in one pass (with the runs of
 * digits, for an anchor that can hold one), or a search. Each list is sorted.
 */
function occurrences(
  text: string,
  key: AnchorKey,
  scanner: Scanner,
  found: Found,
): ReadonlyArray<readonly number[]> {
  let lists = found.anchors.get(key);
  if (lists) return lists;
  if (key === 'digit') lists = [digitRuns(text)];
  else if (!found.spelled) {
    found.spelled = true;
    const digits = occurrences(text, 'digit', scanner, found)[0]!;
    for (const [spelled, { words, digits: runs }] of findWords(text, scanner.words, digits))
      found.anchors.set(spelled, runs ? [words, runs] : [words]);
    return occurrences(text, key, scanner, found);
  } else lists = [searched(text, scanner.triggers.get(key)!)];
  found.anchors.set(key, lists);
  return lists;
}

/**
 * The ids windows are remembered by in a text: an anchor set's keys, or a rule's sets. Each is
 * built once: every text asks for the windows of every rule, and joining the keys each time
 * cost about as much as looking the windows up.
 */
const ids = new WeakMap<readonly unknown[], string>();

function setId(keys: readonly AnchorKey[]): string {
  let id = ids.get(keys);
  if (id === undefined) ids.set(keys, (id = keys.join('|')));
  return id;
}

function setsId(sets: readonly (readonly AnchorKey[])[]): string {
  let id = ids.get(sets);
  if (id === undefined) ids.set(sets, (id = sets.map(setId).join('&')));
  return id;
}

/**
 * Windows around the occurrences of one sorted list, merged where they touch: [start, end,
 * start, end, ...]. Each list is read once per text, however many anchor sets hold it.
 */
function windowsOfList(text: string, list: readonly number[], found: Found): readonly number[] {
  const known = found.listWindows.get(list);
  if (known) return known;
  const windows: number[] = [];
  for (let k = 0; k < list.length; k += 2) {
    append(windows, Math.max(0, list[k]! - REACH), Math.min(text.length, list[k + 1]! + REACH));
  }
  found.listWindows.set(list, windows);
  return windows;
}

/** Where either of two lists of windows (sorted, apart) is, merged where they touch. */
function union(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && a[i]! <= b[j]!);
    const from = fromA ? a[i]! : b[j]!;
    const to = fromA ? a[i + 1]! : b[j + 1]!;
    if (fromA) i += 2;
    else j += 2;
    append(out, from, to);
  }
  return out;
}

/** Adds [from, to) after the windows, which start no later: merged with the last if they touch. */
function append(windows: number[], from: number, to: number): void {
  if (windows.length > 0 && from <= windows[windows.length - 1]!) {
    windows[windows.length - 1] = Math.max(windows[windows.length - 1]!, to);
  } else windows.push(from, to);
}

/**
 * Windows around the anchors of one set, merged where they touch: [start, end, start, end, ...],
 * the union of the windows of each of its lists of occurrences (as merging the occurrences
 * themselves in order would give).
 */
function windowsAround(
  text: string,
  keys: readonly AnchorKey[],
  scanner: Scanner,
  found: Found,
): readonly number[] {
  const id = setId(keys);
  const known = found.windows.get(id);
  if (known) return known;
  let windows: readonly number[] = [];
  let first = true;
  for (const key of keys) {
    for (const list of occurrences(text, key, scanner, found)) {
      const around = windowsOfList(text, list, found);
      windows = first ? around : union(windows, around);
      first = false;
    }
  }
  found.windows.set(id, windows);
  return windows;
}

/** Where two lists of windows overlap, as a list of windows. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i]!, b[j]!);
    const to = Math.min(a[i + 1]!, b[j + 1]!);
    if (from < to) out.push(from, to);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

/**
 * Where a rule may match: near an anchor of each of its sets (a match holds one of each, and
 * reaches no further than REACH from any), or the whole text when it has none.
 */
function windowsOf(
  text: string,
  rule: AnchoredRule,
  scanner: Scanner,
  found: Found,
): readonly number[] {
  if (rule.anchorSets.length === 0) return [0, text.length];
  const id = setsId(rule.anchorSets);
  const known = found.windows.get(id);
  if (known) return known;
  let windows: readonly number[] = windowsAround(text, rule.anchorSets[0]!, scanner, found);
  for (let k = 1; k < rule.anchorSets.length && windows.length > 0; k++) {
    windows = intersect(windows, windowsAround(text, rule.anchorSets[k]!, scanner, found));
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
  const found: Found = {
    anchors: new Map(),
    windows: new Map(),
    listWindows: new Map(),
    spelled: false,
    needs: new Map(),
  };
  for (const rule of scanner.rules) {
    // `everywhere` skips the anchors: the reference the anchored search must agree with
    const windows = everywhere ? [0, text.length] : windowsOf(text, rule, scanner, found);
    const regex = rule.regex;
    for (let w = 0; w < windows.length; w += 2) {
      const from = windows[w]!;
      const to = windows[w + 1]!;
      const offset = Math.max(0, from - CONTEXT);
      const end = Math.min(text.length, to + CONTEXT);
      // what a match reads lies in the slice: without a literal it needs, there is none here
      if (
        rule.needs !== null &&
        !everywhere &&
        !holdsNeeded(text, rule.needs, offset, end, found)
      ) {
        continue;
      }
      const slice = text.slice(offset, end);
      regex.lastIndex = from - offset;
      const until = to - offset;
      for (let m = execRule(rule, slice, until); m !== null; m = execRule(rule, slice, until)) {
        const start = m.index + offset;
        if (start >= to) break;
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
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
