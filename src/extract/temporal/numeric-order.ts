/**
 * Whether a document writes numeric dates day first ("01/07/2025" is July 1 in Australian,
 * British or Indian copy) or month first (January 7, as American copy has it). Its own dates
 * decide: a first number over 12 can only be a day, a second over 12 only a month. Without such
 * a date, an agency known to write days first ("(AAP)") does; else month first, the default of
 * the rules.
 */
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

const patternsOf = perLexicon((lexicon) => ({
  date: lexiconRegExp(lexicon.numericDates.date, 'g'),
  hints: lexiconRegExp(lexicon.numericDates.dayFirstHints, ''),
}));

/** True when `text` writes its numeric dates day first. */
export function writesDayFirst(text: string, lexicon: TemporalLexicon): boolean {
  // most texts have no numeric date: no need to look further
  if (!text.includes('/')) return false;
  const { date, hints } = patternsOf(lexicon);
  let dayFirst = 0;
  let monthFirst = 0;
  date.lastIndex = 0;
  for (let m = date.exec(text); m !== null; m = date.exec(text)) {
    const first = Number(m.groups?.['first']);
    const second = Number(m.groups?.['second']);
    if (first > 12 && second <= 12) dayFirst++;
    else if (second > 12 && first <= 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst;
  return hints.test(text);
}
