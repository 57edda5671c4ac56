/**
 * Reading a TIMEX3 DATE/TIME value into its calendar parts. Unknown parts (`X`) are kept as null,
 * so that "a Monday in 2018" (`2018-WXX-1`) stays a Monday in 2018 and never becomes a day.
 * Anything that is not a calendar value (durations, sets, garbage) gives null.
 */
import { daysInMonth } from './days.ts';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'DT';

/** A finer part the value says exists but does not know (`2018-XX-XX`: some day of 2018). */
export type UnknownPart = 'half' | 'season' | 'quarter' | 'month' | 'week' | 'day';

export type CalendarValue =
  /** `19XX` or `19`: the 1900s. */
  | { kind: 'century'; firstYear: number }
  /** `199X` or `199`: the 1990s. */
  | { kind: 'decade'; firstYear: number }
  /** `2018`; `2018-XX-XX` (unknown: 'day'); `2018-WXX-1` (unknown: 'day', weekday 1). */
  | { kind: 'year'; year: number | null; unknown: UnknownPart | null; weekday: number | null }
  | { kind: 'half'; year: number | null; half: 1 | 2 }
  | { kind: 'season'; year: number | null; season: Season }
  | { kind: 'quarter'; year: number | null; quarter: 1 | 2 | 3 | 4 }
  /** `2023-05`; `2023-05-XX` (unknown: 'day'). */
  | { kind: 'month'; year: number | null; month: number; unknown: 'day' | null }
  | { kind: 'week'; year: number | null; week: number }
  | { kind: 'weekend'; year: number | null; week: number }
  /** `2023-05-05`, or an ISO week day `2013-W12-3` (kept as a week and a weekday). */
  | { kind: 'day'; year: number | null; month: number; day: number }
  | { kind: 'week-day'; year: number | null; week: number; weekday: number }
  /** A date part (any of the above) with a part of the day or a clock time. */
  | { kind: 'time'; date: CalendarValue | null; part: PartOfDay | null; clock: Clock | null };

export interface Clock {
  hour: number;
  minute: number | null;
  second: number | null;
  /** `Z`, `+02:00`... as written; the date stays the calendar date of the text. */
  zone: string | null;
}

const YEAR = String.raw`(?<year>\d{4}|XXXX)`;

/** The value forms, most specific first; each names its parts. */
const FORMS = {
  century: /^(?<century>\d{2})(?:XX)?$/,
  decade: /^(?<decade>\d{3})X?$/,
  year: new RegExp(String.raw`^${YEAR}$`),
  month: new RegExp(String.raw`^${YEAR}-(?<month>\d{2}|XX)$`),
  day: new RegExp(String.raw`^${YEAR}-(?<month>\d{2}|XX)-(?<day>\d{2}|XX)$`),
  week: new RegExp(String.raw`^${YEAR}-W(?<week>\d{1,2}|XX)(?:-(?<weekday>[1-7]|WE))?$`),
  quarter: new RegExp(String.raw`^${YEAR}-Q(?<quarter>[1-4]|X)$`),
  half: new RegExp(String.raw`^${YEAR}-H(?<half>[12]|X)$`),
  season: new RegExp(String.raw`^${YEAR}-(?<season>SP|SU|FA|WI)$`),
  partOfDay: /^(?<part>MO|AF|EV|NI|DT)$/,
  clock:
    /^(?<hour>\d{2})(?::?(?<minute>\d{2})(?::?(?<second>\d{2})(?:[.,]\d+)?)?)?(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?$/,
} as const;

function known(text: string | undefined): number | null {
  return text === undefined || text.includes('X') ? null : Number(text);
}

/** The calendar parts of a TIMEX3 DATE or TIME value, or null when it is not one. */
export function parseTimexValue(raw: string): CalendarValue | null {
  const value = raw.trim().toUpperCase();
  const t = value.indexOf('T');
  // `T` also begins no other form, so a value with one is a date with a time (or a time alone).
  if (t >= 0) return parseTime(value.slice(0, t), value.slice(t + 1));
  return parseDate(value);
}

function parseTime(datePart: string, timePart: string): CalendarValue | null {
  const date = datePart === '' ? null : parseDate(datePart);
  if (datePart !== '' && date === null) return null;
  const part = FORMS.partOfDay.exec(timePart)?.groups?.['part'] as PartOfDay | undefined;
  if (part) return { kind: 'time', date, part, clock: null };
  const c = FORMS.clock.exec(timePart)?.groups;
  if (!c) return null;
  const clock: Clock = {
    hour: Number(c['hour']),
    minute: c['minute'] === undefined ? null : Number(c['minute']),
    second: c['second'] === undefined ? null : Number(c['second']),
    zone: c['zone'] ?? null,
  };
  // 24:00 is the end of a day in ISO 8601; anything past it is not a time.
  if (clock.hour > 24 || (clock.minute ?? 0) > 59 || (clock.second ?? 0) > 60) return null;
  if (clock.hour === 24 && ((clock.minute ?? 0) > 0 || (clock.second ?? 0) > 0)) return null;
  return { kind: 'time', date, part: null, clock };
}

function parseDate(value: string): CalendarValue | null {
  let g = FORMS.century.exec(value)?.groups;
  if (g) return { kind: 'century', firstYear: Number(g['century']) * 100 };
  g = FORMS.decade.exec(value)?.groups;
  if (g) return { kind: 'decade', firstYear: Number(g['decade']) * 10 };
  g = FORMS.year.exec(value)?.groups;
  if (g) return { kind: 'year', year: known(g['year']), unknown: null, weekday: null };
  g = FORMS.month.exec(value)?.groups;
  if (g) {
    const year = known(g['year']);
    const month = known(g['month']);
    if (month === null) return { kind: 'year', year, unknown: 'month', weekday: null };
    return month >= 1 && month <= 12 ? { kind: 'month', year, month, unknown: null } : null;
  }
  g = FORMS.day.exec(value)?.groups;
  if (g) return dayValue(known(g['year']), known(g['month']), known(g['day']));
  g = FORMS.week.exec(value)?.groups;
  if (g) return weekValue(known(g['year']), known(g['week']), g['weekday']);
  g = FORMS.quarter.exec(value)?.groups;
  if (g) {
    const year = known(g['year']);
    const quarter = known(g['quarter']);
    if (quarter === null) return { kind: 'year', year, unknown: 'quarter', weekday: null };
    return { kind: 'quarter', year, quarter: quarter as 1 | 2 | 3 | 4 };
  }
  g = FORMS.half.exec(value)?.groups;
  if (g) {
    const year = known(g['year']);
    const half = known(g['half']);
    if (half === null) return { kind: 'year', year, unknown: 'half', weekday: null };
    return { kind: 'half', year, half: half as 1 | 2 };
  }
  g = FORMS.season.exec(value)?.groups;
  if (g) return { kind: 'season', year: known(g['year']), season: g['season'] as Season };
  return null;
}

function dayValue(
  year: number | null,
  month: number | null,
  day: number | null,
): CalendarValue | null {
  if (month === null) {
    // `2018-XX-05` names no interval better than the year either.
    return { kind: 'year', year, unknown: 'day', weekday: null };
  }
  if (month < 1 || month > 12) return null;
  if (day === null) return { kind: 'month', year, month, unknown: 'day' };
  // Without a year, February 29 is still a possible day.
  const last =
    year === null
      ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
      : daysInMonth(year, month);
  return day >= 1 && day <= last ? { kind: 'day', year, month, day } : null;
}

function weekValue(
  year: number | null,
  week: number | null,
  weekday: string | undefined,
): CalendarValue | null {
  if (week === null) {
    if (weekday === undefined) return { kind: 'year', year, unknown: 'week', weekday: null };
    if (weekday === 'WE') return { kind: 'year', year, unknown: 'week', weekday: null };
    return { kind: 'year', year, unknown: 'day', weekday: Number(weekday) };
  }
  if (week < 1 || week > 53) return null;
  if (weekday === undefined) return { kind: 'week', year, week };
  if (weekday === 'WE') return { kind: 'weekend', year, week };
  return { kind: 'week-day', year, week, weekday: Number(weekday) };
}
