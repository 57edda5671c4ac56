/**
 * Finding: every rule runs over the text; of overlapping matches the longest wins, then the
 * earlier rule. What is left is sorted by position and does not overlap.
 */
import type { CompiledRule } from './compile.ts';

export interface Match {
  start: number;
  end: number;
  rule: CompiledRule;
  groups: Readonly<Record<string, string | undefined>>;
}

const NO_GROUPS: Readonly<Record<string, string | undefined>> = Object.freeze({});

/** All matches of all rules, overlapping. */
export function findMatches(text: string, rules: readonly CompiledRule[]): Match[] {
  const matches: Match[] = [];
  for (const rule of rules) {
    const regex = rule.regex;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      matches.push({
        start: m.index,
        end: m.index + m[0].length,
        rule,
        groups: m.groups ?? NO_GROUPS,
      });
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
