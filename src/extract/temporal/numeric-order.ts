/**
 * Whether a document writes numeric dates day first ("01/07/2025" is July 1 in Australian,
 * British or Indian copy) or month first (January 7, as American copy has it). Its own dates
 * decide: a first number over 12 can only be a day, a second over 12 only a month. Without such
 * a date, an agency known to write days first ("(AAP)") does; else the order of its dates in
 * words ("4 December" against "Dec. 4"); else month first, the default of the rules.
 */
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

const patternsOf = perLexicon((lexicon) => ({
  date: lexiconRegExp(lexicon.numericDates.date, 'g'),
  hints: lexiconRegExp(lexicon.numericDates.dayFirstHints, ''),
  dayMonth: lexiconRegExp(lexicon.numericDates.dayMonthWords, 'g'),
  monthDay: lexiconRegExp(lexicon.numericDates.monthDayWords, 'g'),
}));

/** How many times `pattern` (global) matches in `text`. */
function countOf(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

/** True when `text` writes its numeric dates day first. */
export function writesDayFirst(text: string, lexicon: TemporalLexicon): boolean {
  // most texts have no numeric date: no need to look further
  if (!text.includes('/')) return false;
  const { date, hints } = patternsOf(lexicon);
  let dayFirst = 0;
  let monthFirst = 0;
  let either = 0;
  date.lastIndex = 0;
  for (let m = date.exec(text); m !== null; m = date.exec(text)) {
    const first = Number(m.groups?.['first']);
    const second = Number(m.groups?.['second']);
    if (first > 12 && second <= 12) dayFirst++;
    else if (second > 12 && first <= 12) monthFirst++;
    else if (first <= 12 && second <= 12) either++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst;
  if (hints.test(text)) return true;
  // (the words need reading only for a date either order could read: most slashes are a link's)
  if (either === 0) return false;
  // (the order of its dates in words: "held on 7/12/2026 ... by 4 December" is British copy's)
  const { dayMonth, monthDay } = patternsOf(lexicon);
  return countOf(dayMonth, text) > countOf(monthDay, text);
}
