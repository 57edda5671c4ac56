/**
 * A period "to date" runs up to a day its sentence may bound it by: "Sales through December were
 * up 4 percent year to date", told on Jan. 8, 2027, is 2026's year, the one December ends, not the
 * publication's running year. Resolved alone, "year to date" is the publication's year (the
 * deictic rule); this pass, once every expression is resolved, moves it to the period of the
 * bounding day when that day is before the period began.
 */
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

const patternsOf = perLexicon((lexicon) => ({
  period: lexiconRegExp(lexicon.toDate.period, 'i'),
  endBefore: lexiconRegExp(lexicon.toDate.endBefore, 'i'),
  sentenceEnd: lexiconRegExp(lexicon.sentenceEnd, ''),
}));

const RUNNING = /^\d{4}(?:-Q[1-4]|-\d{2})?$/u;
const MONTH_OR_DAY = /^(\d{4})-(\d{2})(?:-\d{2})?$/u;

/** How far from the period its bounding day is looked for. */
const BOUND_REACH = 120;

/** The period of `running`'s kind ("2026", "2026-Q4", "2026-12") holding the month `year`-`month`. */
function periodOf(running: string, year: string, month: number): string {
  if (/-Q/u.test(running)) return `${year}-Q${Math.ceil(month / 3)}`;
  if (/^\d{4}-\d{2}$/u.test(running)) return `${year}-${String(month).padStart(2, '0')}`;
  return year;
}

/** Puts each period "to date" in the period of the day its sentence bounds it by. */
export function toDatePeriods(text: string, timexes: Timex[], lexicon: TemporalLexicon): void {
  const { period, endBefore, sentenceEnd } = patternsOf(lexicon);
  for (const running of timexes) {
    if (!RUNNING.test(running.value) || !period.test(running.text)) continue;
    const bound = timexes.find((t) => {
      if (t === running || !MONTH_OR_DAY.test(t.value)) return false;
      const [from, to] = t.start < running.start ? [t.end, running.start] : [running.end, t.start];
      if (to - from > BOUND_REACH || sentenceEnd.test(text.slice(from, to))) return false;
      return endBefore.test(text.slice(Math.max(0, t.start - 20), t.start));
    });
    if (bound === undefined) continue;
    const [, year, month] = MONTH_OR_DAY.exec(bound.value)!;
    const moved = periodOf(running.value, year!, Number(month));
    // (only back to a period before the running one: "through December", told in January)
    if (moved < running.value) running.value = moved;
  }
}
