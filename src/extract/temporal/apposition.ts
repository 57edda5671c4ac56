/**
 * A weekday in apposition to a day restates it: "on June 10, a Saturday", "on August 11, a
 * Friday night fixture". Resolved alone, the weekday would be any Saturday, or the one the tense
 * points to; this pass, once every expression is resolved, gives it the day before it when that
 * day is that weekday (a Sunday after June 10, a Saturday, is left as it is).
 */
import { dayNumberOf } from '../calendar/days.ts';
import type { Timex } from '../types.ts';
import { isoWeekday } from './calendar.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

const patternsOf = perLexicon((lexicon) => ({
  between: lexiconRegExp(lexicon.weekdayApposition.between, 'i'),
  weekday: lexiconRegExp(lexicon.weekdayApposition.weekday, 'i'),
}));

const DAY = /^\d{4}-\d{2}-\d{2}$/u;
/** A weekday's value, any week or one day, with the part of the day after it if any. */
const WEEKDAY_VALUE =
  /^(?:XXXX-WXX-(?<weekday>[1-7])|\d{4}-\d{2}-\d{2})(?<part>T(?:MO|AF|EV|NI|DT))?$/u;

/** Gives each weekday in apposition to a day that day. `timexes` is sorted. */
export function restateWeekdays(text: string, timexes: Timex[], lexicon: TemporalLexicon): void {
  const { between, weekday } = patternsOf(lexicon);
  for (let i = 1; i < timexes.length; i++) {
    const day = timexes[i - 1]!;
    const timex = timexes[i]!;
    if (!DAY.test(day.value) || !between.test(text.slice(day.end, timex.start))) continue;
    const m = WEEKDAY_VALUE.exec(timex.value);
    const named = weekday.exec(timex.text)?.groups?.['name'];
    if (!m || named === undefined) continue;
    // the weekday the text names, whatever day resolving gave it
    const number = lexicon.words.weekday[named.toLowerCase()];
    if (number === undefined || isoWeekday(dayNumberOf(day.value)) !== number) continue;
    timex.value = day.value + (m.groups?.['part'] ?? '');
    if (day.anchor !== undefined) timex.anchor = day.anchor;
  }
}
