/**
 * A weekday in apposition to a day restates it: "on June 10, a Saturday", "on August 11, a
 * Friday night fixture". Resolved alone, the weekday would be any Saturday, or the one the tense
 * points to; this pass, once every expression is resolved, gives it the day before it when that
 * day is that weekday (a Sunday after June 10, a Saturday, is left as it is). So does a weekday
 * beside a distance counted from the story's date, on either side of it: "On March 3 the union
 * filed a complaint. Three days later, on [Friday], it went on strike" is March 6, not the
 * publication's Friday; "Talks collapsed on March 2. On [Friday], a week later, workers walked
 * out" is the Friday of the week after March 2.
 */
import { dayNumberOf, isoDay, isoWeekMonday } from '../calendar/days.ts';
import type { Timex } from '../types.ts';
import { isoWeekday } from './calendar.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

const patternsOf = perLexicon((lexicon) => ({
  between: lexiconRegExp(lexicon.weekdayApposition.between, 'i'),
  weekday: lexiconRegExp(lexicon.weekdayApposition.weekday, 'i'),
  afterDistance: lexiconRegExp(lexicon.weekdayApposition.afterDistance, 'i'),
  beforeDistance: lexiconRegExp(lexicon.weekdayApposition.beforeDistance, 'i'),
  distanceClosed: lexiconRegExp(lexicon.weekdayApposition.distanceClosed, ''),
}));

/** An ISO week's value ("2026-W11"). */
const WEEK = /^(?<year>\d{4})-W(?<week>\d{2})$/u;
/** How far from a distance's day a weekday beside it may be: a distance in days is often round. */
const DISTANCE_SLACK = 3;
/** How far, at least, from the day counted from a weekday a week's distance places must be. */
const WEEK_DISTANCE_GAP = 4;

const DAY = /^\d{4}-\d{2}-\d{2}$/u;
/**
 * A weekday's value, any week (of a year, when the publication gives only its year or month) or
 * one day, with the part of the day after it if any.
 */
const WEEKDAY_VALUE =
  /^(?:(?:XXXX|\d{4})-WXX-(?<weekday>[1-7])|\d{4}-\d{2}-\d{2})(?<part>T(?:MO|AF|EV|NI|DT))?$/u;

/** Gives each weekday in apposition to a day that day. `timexes` is sorted. */
export function restateWeekdays(text: string, timexes: Timex[], lexicon: TemporalLexicon): void {
  const { between, weekday } = patternsOf(lexicon);
  for (let i = 1; i < timexes.length; i++) {
    const day = timexes[i - 1]!;
    const timex = timexes[i]!;
    if (placeBesideDistance(text, timexes, i, lexicon)) continue;
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

/**
 * Gives the weekday beside a distance counted from the story's date, after it ("Three days later,
 * on [Friday]") or before it ("On [Friday], a week later,"), the day the distance places it on.
 * True when it did. `i` is the later of the two.
 */
function placeBesideDistance(
  text: string,
  timexes: Timex[],
  i: number,
  lexicon: TemporalLexicon,
): boolean {
  const { afterDistance, beforeDistance, distanceClosed } = patternsOf(lexicon);
  const [first, second] = [timexes[i - 1]!, timexes[i]!];
  const between = text.slice(first.end, second.start);
  // (the day told before the two, which the distance counts from)
  const from = dayOf(timexes[i - 2]);
  if (first.anchor === 'narrative' && afterDistance.test(between))
    return placeWeekday(second, first, from, lexicon);
  if (
    second.anchor === 'narrative' &&
    beforeDistance.test(between) &&
    distanceClosed.test(text.slice(second.end, second.end + 1))
  )
    return placeWeekday(first, second, from, lexicon);
  return false;
}

/** The day number of a timex whose value is a day, maybe with a time; null otherwise. */
function dayOf(timex: Timex | undefined): number | null {
  const day = timex?.value.slice(0, 10);
  return day !== undefined && DAY.test(day) ? dayNumberOf(day) : null;
}

/**
 * Gives a weekday the day a distance places it on: its day, near it, or in its week; on the
 * distance's side of the day it counts from, `from`, when known.
 */
function placeWeekday(
  timex: Timex,
  distance: Timex,
  from: number | null,
  lexicon: TemporalLexicon,
): boolean {
  const m = WEEKDAY_VALUE.exec(timex.value);
  const named = patternsOf(lexicon).weekday.exec(timex.text)?.groups?.['name'];
  if (!m || named === undefined) return false;
  const number = lexicon.words.weekday[named.toLowerCase()];
  if (number === undefined) return false;
  const day = onSideOf(dayOfWeekdayIn(distance.value, number), distance, from);
  if (day === null) return false;
  timex.value = isoDay(day) + (m.groups?.['part'] ?? '');
  timex.anchor = 'narrative';
  return true;
}

/**
 * The day of `weekday` a distance's value places: in its week ("2026-W11"), or the nearest to its
 * day within a few days ("three days later" from a Monday, told as a Friday); null otherwise.
 */
function dayOfWeekdayIn(value: string, weekday: number): number | null {
  const week = WEEK.exec(value)?.groups;
  if (week !== undefined) {
    const monday = isoWeekMonday(Number(week['year']), Number(week['week']));
    return monday === null ? null : monday + weekday - 1;
  }
  if (!DAY.test(value)) return null;
  const day = dayNumberOf(value);
  const ahead = (weekday - isoWeekday(day) + 7) % 7;
  const shift = ahead <= DISTANCE_SLACK ? ahead : ahead - 7;
  return -shift > DISTANCE_SLACK ? null : day + shift;
}

/**
 * A weekday near a distance's day kept on the distance's side of the day it counts from: "Talks
 * collapsed on Monday, March 2. A day later, on [Saturday]" is March 7, the first Saturday after,
 * not February 28, the one nearest to March 3; "Three days later, on [Monday]" is March 9, not
 * March 2 itself. A week's distance keeps it more than half a week away: "Talks collapsed on
 * Saturday, March 7. A week later, on [Monday]" is March 16, not March 9 of the week after.
 */
function onSideOf(day: number | null, distance: Timex, from: number | null): number | null {
  if (day === null || from === null) return day;
  const reached = dayOf(distance);
  const week = WEEK.exec(distance.value)?.groups;
  const monday = week && isoWeekMonday(Number(week['year']), Number(week['week']));
  const [first, last] =
    reached !== null ? [reached, reached] : monday != null ? [monday, monday + 6] : [null, null];
  if (first === null || last === null) return day;
  const gap = reached !== null ? 1 : WEEK_DISTANCE_GAP;
  if (first > from) return day - from >= gap ? day : day + 7;
  if (last < from) return from - day >= gap ? day : day - 7;
  return day;
}
