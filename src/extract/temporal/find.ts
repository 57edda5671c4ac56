/**
 * Finding: every rule runs over the text; of overlapping matches the longest wins, then the
 * earlier rule. What is left is sorted by position and does not overlap.
 */
import { keepsCase, type CompiledRule, type Scanner } from './compile.ts';

export interface Match {
  start: number;
  end: number;
  rule: CompiledRule;
  groups: Readonly<Record<string, string | undefined>>;
}

const NO_GROUPS: Readonly<Record<string, string | undefined>> = Object.freeze({});

/**
 * All matches of all rules, overlapping. One pass of `any` finds each place where some rule
 * matches; the first alternative that matched there is the first rule to try, and every later
 * one is tried there too (a sticky match costs little). Stepping one character past each place
 * finds matches that start inside another.
 */
export function findMatches(text: string, scanner: Scanner): Match[] {
  const matches: Match[] = [];
  const { any, rules, alternatives } = scanner;
  any.lastIndex = 0;
  for (let m = any.exec(text); m !== null; m = any.exec(text)) {
    const at = m.index;
    const groups = m.groups ?? NO_GROUPS;
    let first = 0;
    while (first < rules.length && groups[alternatives[first]!] === undefined) first++;
    for (let i = first; i < rules.length; i++) {
      const rule = rules[i]!;
      rule.regex.lastIndex = at;
      const found = rule.regex.exec(text);
      if (found === null || found[0].length === 0 || !keepsCase(found, rule)) continue;
      matches.push({
        start: at,
        end: at + found[0].length,
        rule,
        groups: found.groups ?? NO_GROUPS,
      });
    }
    any.lastIndex = at + 1;
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
