/**
 * Event dates from temporal expressions and from the publication date, through the calendar
 * module (interval, precision and label of a TIMEX3 value), and the few comparisons the event
 * layer makes between them. ISO days compare as strings; day counts come from calendar/days.ts.
 */
import { eventDate } from '../calendar/index.ts';
import { dayNumber } from '../calendar/days.ts';
import type { EventDate, PublicationDate, Timex } from '../types.ts';

/** The date an anchoring expression gives an event, or null when it names no calendar interval. */
export function dateOfTimex(timex: Timex): EventDate | null {
  const key = `${timex.value}|${timex.mod ?? ''}`;
  let date = MEMO.get(key);
  if (date === undefined) {
    if (MEMO.size > MEMO_LIMIT) MEMO.clear();
    date = eventDate(timex.value, timex.mod);
    MEMO.set(key, date);
  }
  return date === null ? null : { ...date };
}

/** Dates already computed: an article repeats its values. */
const MEMO = new Map<string, EventDate | null>();
const MEMO_LIMIT = 10_000;

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
  return dayOf(b) - dayOf(a);
}

function dayOf(iso: string): number {
  const m = /^(?<year>-?\d{4,})-(?<month>\d{2})-(?<day>\d{2})$/u.exec(iso);
  if (!m?.groups) return Number.NaN;
  return dayNumber(Number(m.groups['year']), Number(m.groups['month']), Number(m.groups['day']));
}
