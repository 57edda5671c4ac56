/**
 * Calendar arithmetic the resolver needs beyond src/extract/calendar/days.ts: ISO weeks of a day,
 * movable feasts, seasons and quarters of a month. Days are day numbers (days since 1970-01-01).
 */
import { civilDay, dayNumber, isoWeekday, isoWeeksInYear } from '../calendar/days.ts';
import type { Season } from './rule.ts';

export { civilDay, dayNumber, isoWeekday };

/** The ISO week (and its year, which may differ from the calendar year) of a day. */
export function isoWeekOf(days: number): { year: number; week: number } {
  // The Thursday of the day's week decides the ISO year.
  const thursday = days - isoWeekday(days) + 4;
  const year = civilDay(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week: Math.min(week, isoWeeksInYear(year)) };
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** The `nth` given weekday of a month, counting from day `from`; -1 is the last one. */
export function nthWeekday(
  year: number,
  month: number,
  weekday: number,
  nth: number,
  from = 1,
): number {
  if (nth < 0) {
    const last = dayNumber(year, month + 1, 1) - 1;
    return last - ((isoWeekday(last) - weekday + 7) % 7);
  }
  const first = dayNumber(year, month, from);
  return first + ((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7;
}

/** First month of each season (meteorological, northern hemisphere; winter begins in December). */
export const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The season a month lies in, named by the year the season begins in (January 2023: 2022-WI). */
export function seasonOf(year: number, month: number): { year: number; season: Season } {
  if (month <= 2) return { year: year - 1, season: 'WI' };
  if (month <= 5) return { year, season: 'SP' };
  if (month <= 8) return { year, season: 'SU' };
  if (month <= 11) return { year, season: 'FA' };
  return { year, season: 'WI' };
}

export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}
