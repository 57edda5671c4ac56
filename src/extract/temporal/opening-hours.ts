/**
 * Opening hours: the weekdays of a timetable recur. "Hours are 10 a.m. to 5 p.m., Saturday and
 * Sunday" tells every Saturday and Sunday (`XXXX-WXX-6`, `XXXX-WXX-7`, TIMEX3 SETs), not the
 * publication's coming weekend; its clock times are on any such day (clock-days.ts then puts them
 * on no one day, as "each morning at 6 a.m." is). A clock time the grammar joined to the weekday
 * after it ("5 p.m., Saturday") is split off: closing time is no more Saturday's than Sunday's,
 * and the opening time before it stands alone too.
 */
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

const hoursOf = perLexicon((lexicon) => lexiconRegExp(lexicon.openingHoursBefore, 'i'));
const clockThenWeekdayOf = perLexicon((lexicon) =>
  lexiconRegExp(lexicon.openingHoursClockThenWeekday, 'i'),
);

/** How far before a weekday its timetable's word is looked for: about a sentence. */
const HOURS_REACH = 160;

/** A weekday's day, with its clock time if it has one: "2026-03-21", "2026-03-21T17:00". */
const DAY_AND_CLOCK = /^\d{4}-\d{2}-\d{2}(?<clock>T\d{2}:\d{2})?$/u;

/**
 * Makes SETs, in place, of the bare weekdays at `weekdays` (indices into `timexes`, with the
 * weekday each names, 1-7) that a timetable governs ("Hours are ... Saturday"), and puts its clock
 * times at `clockOnly` (times that stated no day, as for clock-days.ts) on no one day. Run before
 * clock-days.ts, which then leaves them there. Returns the clock times split off weekdays, for
 * the caller to put in their place once the passes that count by index are done.
 */
export function openingHours(
  text: string,
  timexes: Timex[],
  weekdays: ReadonlyMap<number, number>,
  clockOnly: ReadonlySet<number>,
  lexicon: TemporalLexicon,
): Timex[] {
  const split: Timex[] = [];
  if (weekdays.size === 0) return split;
  const hours = hoursOf(lexicon);
  const governed = (timex: Timex): boolean =>
    hours.test(text.slice(Math.max(0, timex.start - HOURS_REACH), timex.start));
  let recurs = false;
  for (const [i, weekday] of weekdays) {
    const timex = timexes[i]!;
    const day = DAY_AND_CLOCK.exec(timex.value);
    if (day === null || !governed(timex)) continue;
    const clock = day.groups?.['clock'];
    const clockPart = clock === undefined ? undefined : clockBefore(timex, clock, lexicon);
    if (clockPart !== undefined) split.push(clockPart);
    timex.type = 'SET';
    timex.value = `XXXX-WXX-${weekday}${clockPart === undefined ? (clock ?? '') : ''}`;
    timex.anchor = 'none';
    delete timex.granularity;
    recurs = true;
  }
  if (!recurs) return split;
  for (const i of clockOnly) {
    const timex = timexes[i]!;
    const clock = DAY_AND_CLOCK.exec(timex.value)?.groups?.['clock'];
    if (clock === undefined || !governed(timex)) continue;
    timex.value = `XXXX-XX-XX${clock}`;
    timex.anchor = 'none';
    delete timex.granularity;
  }
  return split;
}

/**
 * Cuts the clock time off a weekday that ends `timex` ("5 p.m., Saturday" leaves "Saturday") and
 * returns it as a time on no one day ("5 p.m.", `XXXX-XX-XXT17:00`); undefined, and `timex` as it
 * was, when the weekday is not at its end.
 */
function clockBefore(timex: Timex, clock: string, lexicon: TemporalLexicon): Timex | undefined {
  const join = clockThenWeekdayOf(lexicon).exec(timex.text);
  if (join === null || join.index === 0) return undefined;
  const weekdayAt = join.index + join[0].search(/\p{L}+$/u);
  const part: Timex = {
    start: timex.start,
    end: timex.start + join.index,
    text: timex.text.slice(0, join.index),
    type: 'TIME',
    value: `XXXX-XX-XX${clock}`,
    anchor: 'none',
  };
  timex.text = timex.text.slice(weekdayAt);
  timex.start += weekdayAt;
  return part;
}
