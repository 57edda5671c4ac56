/**
 * Calendar days as positions on a time axis. Event dates are ISO days (`start` inclusive, `end`
 * exclusive); the axis needs numbers. A day becomes the UTC milliseconds of its midnight, computed
 * from the calendar (no `Date` parsing, no local time zone), so "2023-05-05" is never drawn on May 4.
 */
import { dayNumber, isoDay } from '../extract/calendar/days.ts';
import type { EventDate } from '../extract/types.ts';

export const DAY_MS = 86_400_000;

const ISO_DAY = /^(?<year>-?\d{4,})-(?<month>\d{2})-(?<day>\d{2})$/;

/** UTC milliseconds of the midnight that starts an ISO day (`2023-05-05`). */
export function isoDayToMs(iso: string): number {
  const match = ISO_DAY.exec(iso);
  if (!match?.groups) throw new Error(`not an ISO day: "${iso}"`);
  const { year, month, day } = match.groups;
  return dayNumber(Number(year), Number(month), Number(day)) * DAY_MS;
}

/** The ISO day that contains a UTC millisecond. */
export function msToIsoDay(ms: number): string {
  return isoDay(Math.floor(ms / DAY_MS));
}

const HTML_DATETIME: Partial<Record<EventDate['granularity'], RegExp>> = {
  // The TIMEX3 value is already a valid HTML `datetime` for these precisions.
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  week: /^\d{4}-W\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/,
};

/**
 * The `datetime` attribute of a `<time>` for an event date, no more precise than the date is:
 * `2018` for a year, `2023-05` for a month. Values HTML cannot express (seasons, quarters,
 * "a Monday in 2018") get none: a machine-readable day would claim a precision we do not have.
 */
export function htmlDatetime(
  date: Pick<EventDate, 'value' | 'granularity' | 'through'>,
): string | null {
  // a range ("March 2019 – June 2020") is no one date HTML can write
  if (date.through !== undefined) return null;
  const pattern = HTML_DATETIME[date.granularity];
  return pattern?.test(date.value) ? date.value : null;
}
