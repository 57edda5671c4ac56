/**
 * Writing TIMEX3 values: years, days, ISO weeks, and days or months resolved with what the
 * publication date knows (`2018-XX-XX` when only the year is known).
 */
import { civilDay, dayNumber, isoWeekOf } from '../calendar.ts';
import type { Stated } from '../read.ts';
import type { Publication, Resolved } from './context.ts';

export const pad = (n: number, width = 2): string =>
  // (a year before year 1, as a story of years BC counts on: TIMEX3 writes 332 BC, year -331, BC0332)
  width === 4 && n < 1 ? `BC${String(1 - n).padStart(4, '0')}` : String(n).padStart(width, '0');
export const yearText = (year: number | null): string => (year === null ? 'XXXX' : pad(year, 4));

export function dayText(days: number): string {
  const { year, month, day } = civilDay(days);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function weekText(days: number): string {
  const { year, week } = isoWeekOf(days);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function pubDayNumber(pub: Publication): number | null {
  return pub.year !== null && pub.month !== null && pub.day !== null
    ? dayNumber(pub.year, pub.month, pub.day)
    : null;
}

export function timeSuffix(stated: Stated): string {
  if (stated.hour !== null) return `T${pad(stated.hour)}:${pad(stated.minute ?? 0)}`;
  if (stated.part !== null) return `T${stated.part}`;
  return '';
}

export function withTime(resolved: Resolved, stated: Stated): Resolved {
  const suffix = timeSuffix(stated);
  if (suffix === '') return resolved;
  // ("12:30 Saturday night": the small hours after the named day are the next day's)
  if (stated.overnight && resolved.day !== undefined) {
    const day = resolved.day + 1;
    const { year, month } = civilDay(day);
    const value = dayText(day) + suffix;
    return { ...resolved, value, granularity: 'time', day, month: { year, month }, year };
  }
  return { ...resolved, value: resolved.value + suffix, granularity: 'time' };
}

/** A day, or the day as far as the publication date knows it. */
export function dayResolved(
  days: number | null,
  pub: Publication,
  anchor: Resolved['anchor'],
): Resolved {
  if (days === null) {
    const month = pub.month === null ? 'XX' : pad(pub.month);
    return { value: `${yearText(pub.year)}-${month}-XX`, granularity: 'day', anchor };
  }
  const { year, month } = civilDay(days);
  return {
    value: dayText(days),
    granularity: 'day',
    anchor,
    day: days,
    month: { year, month },
    year,
  };
}

export function monthResolved(year: number, month: number, anchor: Resolved['anchor']): Resolved {
  return {
    value: `${pad(year, 4)}-${pad(month)}`,
    granularity: 'month',
    anchor,
    month: { year, month },
    year,
  };
}
