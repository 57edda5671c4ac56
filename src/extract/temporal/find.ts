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

/** Longest first, then the earlier rule, then the earlier position; kept when it overlaps none kept. */
export function selectMatches(matches: readonly Match[]): Match[] {
  const ranked = [...matches].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.rule.index - b.rule.index || a.start - b.start,
  );
  const kept: Match[] = [];
  for (const match of ranked) {
    const i = firstStartingAtOrAfter(kept, match.start);
    const next = kept[i];
    const previous = kept[i - 1];
    if (next && next.start < match.end) continue;
    if (previous && previous.end > match.start) continue;
    kept.splice(i, 0, match);
  }
  return kept;
}

function firstStartingAtOrAfter(sorted: readonly Match[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
