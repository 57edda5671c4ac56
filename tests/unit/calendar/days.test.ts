import { getISODay, getISOWeek, getISOWeekYear, getISOWeeksInYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilDay,
  dayNumber,
  isoDay,
  isoWeekMonday,
  isoWeekday,
  isoWeeksInYear,
} from '../../../src/extract/calendar/days.ts';

const DAY_MS = 86_400_000;

describe('day numbers', () => {
  it('dayNumber() counts days from 1970-01-01', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    expect(dayNumber(2000, 3, 1)).toBe(11017);
  });

  it('dayNumber() rolls months past December into the next year', () => {
    expect(dayNumber(2023, 13, 1)).toBe(dayNumber(2024, 1, 1));
    expect(dayNumber(2023, 15, 1)).toBe(dayNumber(2024, 3, 1));
  });

  it('agrees with Date.UTC and round-trips through civilDay() for every day of 0001..9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1, 1, 1), max: dayNumber(9999, 12, 31) }), (n) => {
        const { year, month, day } = civilDay(n);
        expect(dayNumber(year, month, day)).toBe(n);
        const utc = new Date(0);
        utc.setUTCFullYear(year, month - 1, day);
        expect(Math.round(utc.getTime() / DAY_MS)).toBe(n);
        expect(isoDay(n)).toBe(utc.toISOString().slice(0, 10));
      }),
    );
  });

  it('isoWeekday() is 1 on Mondays and 7 on Sundays', () => {
    expect(isoWeekday(dayNumber(2023, 5, 15))).toBe(1);
    expect(isoWeekday(dayNumber(2023, 5, 21))).toBe(7);
    expect(isoWeekday(dayNumber(1969, 12, 29))).toBe(1);
  });

  it.each([
    [2015, 53],
    [2020, 53],
    [2021, 52],
    [2026, 53],
    [2023, 52],
  ])('%i has %i ISO weeks', (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });

  it('isoWeekMonday() is the Monday of the week with the year’s first Thursday', () => {
    expect(isoDay(isoWeekMonday(2021, 1)!)).toBe('2021-01-04');
    expect(isoDay(isoWeekMonday(2026, 1)!)).toBe('2025-12-29');
    expect(isoWeekMonday(2021, 53)).toBeNull();
    expect(isoWeekMonday(2021, 0)).toBeNull();
  });

  // date-fns is the independent reference for ISO weeks. It reads a Date's local fields, so the
  // Date is built from local fields too: the comparison holds in any time zone.
  it('agrees with date-fns on ISO weekdays, weeks and week-years for every day of 1600..2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1600, 1, 1), max: dayNumber(2400, 12, 31) }), (n) => {
        const { year, month, day } = civilDay(n);
        const local = new Date(2000, 0, 1);
        local.setFullYear(year, month - 1, day);
        const week = getISOWeek(local);
        const weekYear = getISOWeekYear(local);
        expect(isoWeekday(n)).toBe(getISODay(local));
        expect(isoWeeksInYear(weekYear)).toBe(getISOWeeksInYear(local));
        const monday = isoWeekMonday(weekYear, week);
        expect(monday).not.toBeNull();
        expect(n - monday!).toBe(getISODay(local) - 1);
      }),
    );
  });
});
