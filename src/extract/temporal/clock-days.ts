/**
 * A clock time written before its day takes that day: "at 4 a.m. on Jan. 3", "10:35 a.m. (0735
 * GMT) Friday", "1500 GMT on Thursday". Resolved in text order, the time could only take the day
 * mentioned before it (or the publication's); this pass, once every expression is resolved, gives
 * it the day that follows it, when nothing but the lexicon's joining words stands between. A
 * clock time of a recurrence ("each morning at 6 a.m.") is on no one day.
 */
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { dayNumberOf, isoDay } from '../calendar/days.ts';
import { perLexicon } from './per-lexicon.ts';
import { afterNoon, SMALL_HOURS_END } from './read.ts';
import { lexiconRegExp } from './regex.ts';
import type { PartOfDay } from './rule.ts';

const joinOf = perLexicon((lexicon) => lexiconRegExp(lexicon.clockDayJoin, 'iu'));
const rangeOf = perLexicon((lexicon) => lexiconRegExp(lexicon.clockRangeJoin, 'iu'));
const setJoinOf = perLexicon((lexicon) => lexiconRegExp(lexicon.clockSetJoin, 'iu'));
const setClauseOf = perLexicon((lexicon) => lexiconRegExp(lexicon.clockSetClauseJoin, 'i'));
const partJoinOf = perLexicon((lexicon) => lexiconRegExp(lexicon.partClockJoin, 'i'));

/** A recurrence of days: a weekday ("every Monday"), a part of every day, or every day. */
const DAY_RECURRENCE = /^(?:XXXX-WXX-\d|XXXX-XX-XX|P1D$)/u;
/** A clock time already put on no one day. */
const ANY_DAY_CLOCK = /^XXXX-XX-XXT/u;

const DAY = /^\d{4}-\d{2}-\d{2}(?=$|T)/;
const CLOCK = /^\d{4}-\d{2}-\d{2}(?<time>T\d{2}:\d{2}.*)$/;

/**
 * Moves each clock time in `clockOnly` (indices of times that stated no day) onto the day the
 * next expression names, past further times between ("(0735 GMT)"). `timexes` is sorted.
 */
export function dateClockTimes(
  text: string,
  timexes: Timex[],
  clockOnly: ReadonlySet<number>,
  lexicon: TemporalLexicon,
): void {
  const join = joinOf(lexicon);
  const range = rangeOf(lexicon);
  // (and "from 4 to 7 p.m. Thursday": a range of times, each on the day of its end)
  const joined = (a: Timex, b: Timex): boolean => {
    const between = text.slice(a.end, b.start);
    return join.test(between) || (CLOCK.test(b.value) && range.test(between));
  };
  for (let i = 0; i < timexes.length; i++) {
    if (!clockOnly.has(i)) continue;
    // the run of times that goes on to the day: "10:35 a.m. (0735 GMT) Friday"
    const j = runEnd(timexes, clockOnly, i, joined);
    const day = timexes[j + 1];
    const dayValue = day && DAY.exec(day.value)?.[0];
    if (dayValue && joined(timexes[j]!, day)) putOnDay(timexes, i, j, dayValue, day.anchor);
    i = j;
  }
  // "from 11 to 2 p.m.": a start that took the end's "p.m." and came out after it is a morning's
  for (let i = 0; i + 1 < timexes.length; i++) {
    const [start, end] = [timexes[i]!, timexes[i + 1]!];
    const a = HOUR.exec(start.value);
    const b = HOUR.exec(end.value);
    if (!a || !b || !range.test(text.slice(start.end, end.start))) continue;
    const [from, to] = [Number(a[2]), Number(b[2])];
    // "from 18:00 until 02:00" (a 24-hour clock) and "from 11pm to 2am" (a start with its own
    // half of the day) run overnight: the end is the next day's, when it took the start's
    if (
      onTwentyFourHourClock(start.text) ||
      onTwentyFourHourClock(end.text) ||
      !/\d$/u.test(start.text)
    ) {
      const [day, hour, rest] = [b[1]!, b[2]!, b[3]!];
      if (to < from && a[1] === day && DAY.test(day) && CLOCK_ONLY.test(end.text))
        end.value = `${isoDay(dayNumberOf(day.slice(0, 10)) + 1)}T${hour}${rest}`;
      continue;
    }
    if (from >= 12 && from > to)
      start.value = `${a[1]}${String(from - 12).padStart(2, '0')}${a[3]}`;
  }
}

/**
 * A clock time of a recurrence is on no one day: "each morning at 6 a.m." is any morning's
 * (`XXXX-XX-XXT06:00`), not the morning of the day last told. So are the times of a range on it
 * ("daily from 9 a.m. to 5 p.m."). `clockOnly` as for dateClockTimes; run after it, so that a time
 * given its day ("at 4 a.m. on Jan. 3") keeps it.
 */
export function recurringClockTimes(
  text: string,
  timexes: Timex[],
  clockOnly: ReadonlySet<number>,
  lexicon: TemporalLexicon,
): void {
  const range = rangeOf(lexicon);
  const join = joinOf(lexicon);
  const setJoin = setJoinOf(lexicon);
  const nextTo = (set: Timex | undefined, from: number, to: number): boolean =>
    set?.type === 'SET' && setJoin.test(text.slice(from, to));
  const ranged = (a: Timex, b: Timex): boolean => range.test(text.slice(a.end, b.start));
  const setClause = setClauseOf(lexicon);
  // ("Every Monday the market opens at 6 a.m.": a clause on the recurrence that opens it, and
  // the times it goes on to, "and close at 5 p.m.")
  const inClauseOf = (before: Timex | undefined, first: Timex): boolean =>
    before !== undefined &&
    ((before.type === 'SET' && DAY_RECURRENCE.test(before.value)) ||
      (before.type === 'TIME' && ANY_DAY_CLOCK.test(before.value))) &&
    setClause.test(text.slice(before.end, first.start));
  for (let i = 0; i < timexes.length; i++) {
    if (!clockOnly.has(i)) continue;
    const j = runEnd(timexes, clockOnly, i, ranged);
    const [first, last] = [timexes[i]!, timexes[j]!];
    const before = timexes[i - 1];
    const after = timexes[j + 1];
    // ("5,000 barrels a day at 9 a.m. on March 3": a time given its day keeps it)
    const dayAfter =
      after !== undefined && DAY.test(after.value) && join.test(text.slice(last.end, after.start));
    if (
      !dayAfter &&
      (nextTo(before, before?.end ?? 0, first.start) ||
        nextTo(after, last.end, after?.start ?? 0) ||
        inClauseOf(before, first))
    )
      putOnDay(timexes, i, j, 'XXXX-XX-XX', 'none');
    i = j;
  }
}

/** The part of a named day: "2024-03-15TNI" (Friday night). */
const PART_OF_DAY = /^(?<day>\d{4}-\d{2}-\d{2})T(?<part>MO|AF|EV|NI)$/u;
/** A clock time written with its minutes and no half of the day, on a 12-hour clock: "7:30". */
const BARE_CLOCK = /^(?:[1-9]|1[012])[:.][0-5]\d$/u;

/**
 * A clock time written without "a.m." or "p.m." next to the part of its day is in that part's
 * half of the day: "Friday night at 7:30" and "10:15 that night" are after noon (T19:30,
 * T22:15), "this afternoon at 3:30" too; "Friday morning at 7:30" stays. The small hours of a
 * night are the next day's: "Saturday night until 2:30" and "Saturday night at 12:30" end and
 * are on Sunday (T02:30, T00:30), as "1:30 Saturday night" is (read.ts). Run after
 * dateClockTimes, which puts "10:15" on the day of "that night"; the part comes before the time
 * across the lexicon's `partClockJoin`, after it across its `clockDayJoin`.
 */
export function halfOfDayClockTimes(
  text: string,
  timexes: Timex[],
  clockOnly: ReadonlySet<number>,
  lexicon: TemporalLexicon,
): void {
  const partBefore = partJoinOf(lexicon);
  const partAfter = joinOf(lexicon);
  const partOf = (
    neighbour: Timex | undefined,
    gap: string,
    join: RegExp,
  ): { day: string; part: PartOfDay } | null => {
    const named = neighbour && PART_OF_DAY.exec(neighbour.value)?.groups;
    return named && join.test(gap)
      ? { day: named['day']!, part: named['part'] as PartOfDay }
      : null;
  };
  for (let i = 0; i < timexes.length; i++) {
    const clock = timexes[i]!;
    if (!clockOnly.has(i) || !BARE_CLOCK.test(clock.text)) continue;
    const [before, after] = [timexes[i - 1], timexes[i + 1]];
    const named =
      partOf(before, text.slice(before?.end ?? 0, clock.start), partBefore) ??
      partOf(after, text.slice(clock.end, after?.start ?? 0), partAfter);
    const hour = HOUR.exec(clock.value);
    if (named === null || !hour || hour[1] !== `${named.day}T`) continue;
    const h = Number(hour[2]);
    if (afterNoon(named.part, h)) clock.value = `${hour[1]}${String(h + 12)}${hour[3]}`;
    else if (named.part === 'NI' && (h === 12 || h < SMALL_HOURS_END)) {
      const nextDay = isoDay(dayNumberOf(named.day) + 1);
      clock.value = `${nextDay}T${String(h % 12).padStart(2, '0')}${hour[3]}`;
    }
  }
}

/** The last of the clock times from `i` on that `linked` joins one to the next. */
function runEnd(
  timexes: readonly Timex[],
  clockOnly: ReadonlySet<number>,
  i: number,
  linked: (a: Timex, b: Timex) => boolean,
): number {
  let j = i;
  while (j + 1 < timexes.length && clockOnly.has(j + 1) && linked(timexes[j]!, timexes[j + 1]!))
    j++;
  return j;
}

/** Puts the clock times `from` to `to` (inclusive) on `day`, a day's value or `XXXX-XX-XX`. */
function putOnDay(
  timexes: Timex[],
  from: number,
  to: number,
  day: string,
  anchor: Timex['anchor'],
): void {
  for (let k = from; k <= to; k++) {
    const time = timexes[k]!;
    const clock = CLOCK.exec(time.value)?.groups?.['time'];
    if (clock === undefined) continue;
    time.value = day + clock;
    if (anchor !== undefined) time.anchor = anchor;
  }
}

/** Whether a time is written on a 24-hour clock: an hour past 12, or one with a leading zero. */
function onTwentyFourHourClock(text: string): boolean {
  const hour = /^\d{1,2}/u.exec(text)?.[0] ?? '';
  return Number(hour) > 12 || (hour.length === 2 && hour.startsWith('0'));
}

/** A time written without a day: its clock, its half of the day, and a time zone. */
const CLOCK_ONLY =
  /^\d{1,2}(?:[:.]?\d{2}(?:\s*[aApP]\.?\s?[mM]\.?)?|\s*[aApP]\.?\s?[mM]\.?)(?:\s+\p{Lu}{2,5}|\s+local\s+time)?$/u;

/** A value with its hour: the day and "T", the hour, and the rest. */
const HOUR = /^(\d{4}-\d{2}-\d{2}T)(\d{2})(:\d{2}.*)$/u;
