/**
 * The interval of days a TIMEX3 DATE/TIME value covers: `start` is its first ISO day, `end` the
 * day after its last (exclusive), so that consecutive intervals meet without overlap.
 */
import type { Granularity } from '../types.ts';
import { civilDay, dayNumber, isoDay, isoWeekMonday } from './days.ts';
import { parseTimexValue, type CalendarValue } from './parse.ts';

export interface TimexInterval {
  start: string;
  end: string;
  granularity: Granularity;
  approximate: boolean;
}

/** A half-open range of day numbers, with how precisely it is known. */
interface DayRange {
  start: number;
  end: number;
  granularity: Granularity;
}

/**
 * Mods that make the bounds vague. START/MID/END narrow the interval to its first, middle or last
 * third (below); the others keep the interval of the value they are relative to ("before 2014"
 * is placed at 2014), because an open-ended interval cannot be drawn on a timeline.
 */
const APPROXIMATE_MODS = new Set([
  'APPROX',
  'START',
  'MID',
  'END',
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
]);

/**
 * The interval of days of a TIMEX3 value, or null when it has none: values with an unknown year
 * (`XXXX-05-05`, `XXXX-WXX-1`), the reference values (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`,
 * which the event layer anchors), durations, sets and anything unreadable.
 *
 * Partially known values get the interval of what is known, and `granularity` says how much that
 * is: `2018-WXX-1` ("a Monday in 2018") covers all of 2018 with granularity `year`, not one day,
 * because any other day would claim a precision the text does not give; the label keeps the
 * Monday for people, and the date is approximate (somewhere in that year, not all of it).
 */
export function timexInterval(value: string, mod?: string): TimexInterval | null {
  const parsed = parseTimexValue(value);
  if (parsed === null) return null;
  const range = dayRange(parsed);
  if (range === null) return null;
  const modName = mod?.trim().toUpperCase();
  const narrowed = modName ? narrow(range, parsed, modName) : range;
  return {
    start: isoDay(narrowed.start),
    end: isoDay(narrowed.end),
    granularity: narrowed.granularity,
    approximate:
      (modName !== undefined && APPROXIMATE_MODS.has(modName)) || namesAnUnknownPart(parsed),
  };
}

/**
 * Whether a value names a part finer than what it knows (`2018-WXX-1`, "a Monday in 2018";
 * `2018-XX`, "a month of 2018"; `2018-05-XX`, "a day in May 2018"): its interval is where that
 * part lies, not how long the event lasted, so it is drawn as approximate, not as a year-long or
 * month-long event.
 */
function namesAnUnknownPart(value: CalendarValue): boolean {
  if (value.kind === 'year') return value.unknown !== null || value.weekday !== null;
  if (value.kind === 'month') return value.unknown !== null;
  if (value.kind === 'time') return value.date !== null && namesAnUnknownPart(value.date);
  return false;
}

function yearRange(year: number, years = 1): { start: number; end: number } {
  return { start: dayNumber(year, 1, 1), end: dayNumber(year + years, 1, 1) };
}

/** Months `from` (1-based, may pass 12) for `count` months. */
function monthRange(year: number, from: number, count: number): { start: number; end: number } {
  return { start: dayNumber(year, from, 1), end: dayNumber(year, from + count, 1) };
}

function dayRange(value: CalendarValue): DayRange | null {
  switch (value.kind) {
    case 'century':
      return { ...yearRange(value.firstYear, 100), granularity: 'century' };
    case 'decade':
      return { ...yearRange(value.firstYear, 10), granularity: 'decade' };
    case 'year':
      return value.year === null ? null : { ...yearRange(value.year), granularity: 'year' };
    case 'half':
      return value.year === null
        ? null
        : { ...monthRange(value.year, value.half * 6 - 5, 6), granularity: 'half' };
    case 'quarter':
      return value.year === null
        ? null
        : { ...monthRange(value.year, value.quarter * 3 - 2, 3), granularity: 'quarter' };
    case 'season': {
      if (value.year === null) return null;
      // Meteorological seasons of the northern hemisphere: whole months, so that seasons tile
      // the year like quarters do. Winter starts on 1 December and runs into the next year: a
      // season is one continuous interval named by the year it begins in, which is how news
      // writes it ("winter 2023" is the winter of 2023-24; January 2024 is "this winter").
      const firstMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[value.season];
      return { ...monthRange(value.year, firstMonth, 3), granularity: 'season' };
    }
    case 'month':
      return value.year === null
        ? null
        : { ...monthRange(value.year, value.month, 1), granularity: 'month' };
    case 'week': {
      const monday = value.year === null ? null : isoWeekMonday(value.year, value.week);
      return monday === null ? null : { start: monday, end: monday + 7, granularity: 'week' };
    }
    case 'weekend': {
      // Saturday and Sunday of the ISO week. Two days: finer than a week, but not one day.
      const monday = value.year === null ? null : isoWeekMonday(value.year, value.week);
      return monday === null ? null : { start: monday + 5, end: monday + 7, granularity: 'week' };
    }
    case 'week-day': {
      const monday = value.year === null ? null : isoWeekMonday(value.year, value.week);
      if (monday === null) return null;
      const day = monday + value.weekday - 1;
      return { start: day, end: day + 1, granularity: 'day' };
    }
    case 'day': {
      if (value.year === null) return null;
      const day = dayNumber(value.year, value.month, value.day);
      return { start: day, end: day + 1, granularity: 'day' };
    }
    case 'time': {
      // A time is placed on its calendar day (the day as written, whatever the zone): intervals
      // are made of days. A night belongs to the day it starts on ("July 20, night").
      if (value.date === null) return null;
      const date = dayRange(value.date);
      if (date === null) return null;
      return date.granularity === 'day' ? { ...date, granularity: 'time' } : date;
    }
  }
}

/**
 * START/MID/END ("the early 1990s", "mid-May", "late 2023") as the first, middle or last third of
 * the interval, cut at the next finer unit so the bounds stay readable: years for decades and
 * centuries, months for years, halves, quarters and seasons, days for months. Weeks and days are
 * not cut: a day is the smallest interval.
 */
function narrow(range: DayRange, value: CalendarValue, mod: string): DayRange {
  const third = ({ START: 0, MID: 1, END: 2 } as Record<string, number>)[mod];
  if (third === undefined) return range;
  /** Thirds of `units` whole units; the first takes the remainder (decade: 1990-93, 94-96, 97-99). */
  const cut = (units: number, boundary: (unit: number) => number): DayRange => {
    const first = Math.ceil(units / 3);
    const middle = Math.floor((units - first) / 2);
    const edges = [0, first, first + middle, units];
    return {
      start: boundary(edges[third]!),
      end: boundary(edges[third + 1]!),
      granularity: range.granularity,
    };
  };
  const start = civilDay(range.start);
  switch (value.kind) {
    case 'century':
      return cut(100, (y) => dayNumber(start.year + y, 1, 1));
    case 'decade':
      return cut(10, (y) => dayNumber(start.year + y, 1, 1));
    case 'year':
    case 'half':
    case 'quarter':
    case 'season': {
      const months = { year: 12, half: 6, quarter: 3, season: 3 }[value.kind];
      return cut(months, (m) => dayNumber(start.year, start.month + m, 1));
    }
    case 'month':
      return cut(range.end - range.start, (d) => range.start + d);
    default:
      return range;
  }
}
