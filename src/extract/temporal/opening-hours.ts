/**
 * Opening hours: the weekdays of a timetable recur. "Hours are 10 a.m. to 5 p.m., Saturday and
 * Sunday" tells every Saturday and Sunday (`XXXX-WXX-6`, `XXXX-WXX-7`, TIMEX3 SETs), not the
 * publication's coming weekend; its clock times are on any such day (clock-days.ts then puts them
 * on no one day, as "each morning at 6 a.m." is).
 */
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

const hoursOf = perLexicon((lexicon) => lexiconRegExp(lexicon.openingHoursBefore, 'i'));

/** How far before a weekday its timetable's word is looked for: about a sentence. */
const HOURS_REACH = 160;

/** A weekday's day, with its clock time if it has one: "2026-03-21", "2026-03-21T17:00". */
const DAY_AND_CLOCK = /^\d{4}-\d{2}-\d{2}(?<clock>T\d{2}:\d{2})?$/u;

/**
 * Makes SETs, in place, of the bare weekdays at `weekdays` (indices into `timexes`, with the
 * weekday each names, 1-7) that a timetable governs ("Hours are ... Saturday"), and puts its clock
 * times at `clockOnly` (times that stated no day, as for clock-days.ts) on no one day. Run before
 * clock-days.ts, which then leaves them there.
 */
export function openingHours(
  text: string,
  timexes: Timex[],
  weekdays: ReadonlyMap<number, number>,
  clockOnly: ReadonlySet<number>,
  lexicon: TemporalLexicon,
): void {
  if (weekdays.size === 0) return;
  const hours = hoursOf(lexicon);
  const governed = (timex: Timex): boolean =>
    hours.test(text.slice(Math.max(0, timex.start - HOURS_REACH), timex.start));
  let recurs = false;
  for (const [i, weekday] of weekdays) {
    const timex = timexes[i]!;
    const day = DAY_AND_CLOCK.exec(timex.value);
    if (day === null || !governed(timex)) continue;
    timex.type = 'SET';
    timex.value = `XXXX-WXX-${weekday}${day.groups?.['clock'] ?? ''}`;
    timex.anchor = 'none';
    delete timex.granularity;
    recurs = true;
  }
  if (!recurs) return;
  for (const i of clockOnly) {
    const timex = timexes[i]!;
    const clock = DAY_AND_CLOCK.exec(timex.value)?.groups?.['clock'];
    if (clock === undefined || !governed(timex)) continue;
    timex.value = `XXXX-XX-XX${clock}`;
    timex.anchor = 'none';
    delete timex.granularity;
  }
}
