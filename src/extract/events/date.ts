/**
 * Event dates from temporal expressions and from the publication date, through the calendar
 * module (interval, precision and label of a TIMEX3 value), and the few comparisons the event
 * layer makes between them. ISO days compare as strings; day counts come from calendar/days.ts.
 */
import { eventDate } from '../calendar/index.ts';
import { dayNumberOf } from '../calendar/days.ts';

export { dayNumberOf };
import type { EventDate, PublicationDate, Timex } from '../types.ts';

/**
 * The date an anchoring expression gives an event, or null when it names no calendar interval.
 * "Now" (PRESENT_REF) is the publication date.
 */
export function dateOfTimex(timex: Timex, published: EventDate | null): EventDate | null {
  if (timex.value === 'PRESENT_REF') return published && { ...published };
  // a time of day dates an event to its day ("Friday morning", "at 10 a.m."): the timeline
  // places events by day, and the source keeps the expression itself
  const value = dayOf(timex.value);
  const mod = pointMod(timex);
  const key = `${value}|${mod ?? ''}`;
  let date = MEMO.get(key);
  if (date === undefined) {
    if (MEMO.size > MEMO_LIMIT) MEMO.clear();
    date = eventDate(value, mod);
    MEMO.set(key, date);
  }
  return date === null ? null : { ...date };
}

/**
 * A bound on a distance places a date before or after the one it counts to: "more than a decade
 * ago" is before 2011, "less than a year ago" after 2020, "at least two years later" by then or
 * after. (TIMEX3 gives the distance's bound; a timeline needs the side.)
 */
function pointMod(timex: Timex): string | undefined {
  const side = BOUND_SIDES[timex.mod ?? ''];
  if (side === undefined || timex.type !== 'DATE') return timex.mod;
  return /\b(?:ago|earlier|before)\b/iu.test(timex.text) ? side.back : side.ahead;
}

const BOUND_SIDES: Record<string, { back: string; ahead: string }> = {
  MORE_THAN: { back: 'BEFORE', ahead: 'AFTER' },
  EQUAL_OR_MORE: { back: 'ON_OR_BEFORE', ahead: 'ON_OR_AFTER' },
  LESS_THAN: { back: 'AFTER', ahead: 'BEFORE' },
  EQUAL_OR_LESS: { back: 'ON_OR_AFTER', ahead: 'ON_OR_BEFORE' },
};

/** Dates already computed: an article repeats its values. */
const MEMO = new Map<string, EventDate | null>();
const MEMO_LIMIT = 10_000;

/**
 * What makes two event dates the same date: the value and how it reads, so that "after May 5"
 * (mod AFTER) is not May 5 itself, though both have the value 2021-05-05.
 */
export function dateKey(date: EventDate): string {
  return `${date.value}|${date.label}`;
}

/** The date part of a date-and-time value ("2010-07-16TMO" -> "2010-07-16"). */
function dayOf(value: string): string {
  const t = value.indexOf('T');
  return t > 0 && /^[\dX]{4}-/u.test(value) ? value.slice(0, t) : value;
}

/** The publication date as an event date, with the precision it is known to. */
export function dateOfPublication(published: PublicationDate): EventDate | null {
  return published.value ? eventDate(published.value) : null;
}

/** Whether an event date lies wholly after the publication date (so it was still to come). */
export function isAfter(date: EventDate, published: EventDate | null): boolean {
  return published !== null && date.start >= published.end;
}

/** Whether an event date lies wholly before the publication date. */
export function isBefore(date: EventDate, published: EventDate | null): boolean {
  return published !== null && date.end <= published.start;
}

/** Days from ISO day `a` to ISO day `b`. */
export function daysBetween(a: string, b: string): number {
  return dayNumberOf(b) - dayNumberOf(a);
}

/** Whether a date only opens a range the text leaves open ("since 2008"; not "from 2014 to 2016"). */
export function opensOpenRange(timex: Timex | null | undefined): boolean {
  const range = timex?.range;
  return range?.role === 'start' && range.other === undefined;
}
