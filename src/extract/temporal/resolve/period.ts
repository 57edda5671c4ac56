/**
 * Periods counted from an anchor: "last week", "two years ago" from the publication date; "the
 * next day", "that year", "the following Monday" from the last date mentioned.
 */
import { SEASON_START, civilDay, dayNumber, isoWeekday, seasonOf } from '../calendar.ts';
import { daysInMonth } from '../../calendar/days.ts';
import type { Stated } from '../read.ts';
import type { Season, Unit } from '../rule.ts';
import type { Context, MonthThird, Publication, Resolved, StoryDate } from './context.ts';
import { wholeUnits } from './duration.ts';
import { modeOfTense, pickWeekday, pickYear } from './pick.ts';
import {
  dayResolved,
  dayText,
  monthResolved,
  pad,
  pubDayNumber,
  weekText,
  withTime,
  yearText,
} from './values.ts';

/** How many of a unit finer than a day make a day. */
const UNITS_PER_DAY: Partial<Record<Unit, number>> = { hour: 24, minute: 1440, second: 86400 };

/** Where a period is counted from: a day, or as much of it as is known. */
export interface PeriodStart {
  day: number | null;
  month: { year: number; month: number } | null;
  year: number | null;
  /** The part of the month, when only a part of it was told ("late October"). */
  third?: MonthThird | null;
}

/** The first and last days of a month's part: early 1-10, mid 11-20, late 21 to the end. */
function daysOfThird(year: number, month: number, third: MonthThird): [number, number] {
  const [first, last] =
    third === 'START' ? [1, 10] : third === 'MID' ? [11, 20] : [21, daysInMonth(year, month)];
  return [dayNumber(year, month, first), dayNumber(year, month, last)];
}

/**
 * Weeks counted from a part of a month: the week or the month that all its days, moved so many
 * weeks, fall in ("late October" and "three weeks later": Nov. 11-21, 2026-11); null when they
 * span two months.
 */
function weeksFromThird(
  month: { year: number; month: number },
  third: MonthThird,
  offset: number,
  anchor: Resolved['anchor'],
): Resolved | null {
  const [first, last] = daysOfThird(month.year, month.month, third).map((d) => d + 7 * offset) as [
    number,
    number,
  ];
  if (weekText(first) === weekText(last))
    return { value: weekText(first), granularity: 'week', anchor };
  const [a, b] = [civilDay(first), civilDay(last)];
  return a.year === b.year && a.month === b.month ? monthResolved(a.year, a.month, anchor) : null;
}

/** A period `offset` units from a day (or, without one, from what the publication date knows). */
export function periodFrom(
  unit: Unit,
  offset: number,
  from: PeriodStart,
  anchor: Resolved['anchor'],
): Resolved | null {
  const year = from.year;
  switch (unit) {
    case 'day':
    case 'part':
    case 'hour':
    case 'minute':
    case 'second': {
      if (from.day === null) {
        const month = from.month === null ? 'XX' : pad(from.month.month);
        return { value: `${yearText(year)}-${month}-XX`, granularity: 'day', anchor };
      }
      // hours, minutes and seconds count whole days only: "10 minutes ago" is that same day
      // (as far as a day says), "48 hours later" two days on
      const days = from.day + Math.trunc(offset / (UNITS_PER_DAY[unit] ?? 1));
      const c = civilDay(days);
      return {
        value: dayText(days),
        granularity: 'day',
        anchor,
        day: days,
        month: { year: c.year, month: c.month },
        year: c.year,
      };
    }
    case 'week':
    case 'weekend': {
      const suffix = unit === 'weekend' ? '-WE' : '';
      // (only weeks counted from it: "that week" of "late October" is one week, not the month)
      const third =
        unit === 'week' && offset !== 0 && from.month !== null && from.third ? from.third : null;
      const placed = third && from.month ? weeksFromThird(from.month, third, offset, anchor) : null;
      if (from.day === null && placed !== null) return placed;
      if (from.day === null)
        return { value: `${yearText(year)}-WXX${suffix}`, granularity: 'week', anchor };
      return { value: weekText(from.day + 7 * offset) + suffix, granularity: 'week', anchor };
    }
    case 'month': {
      if (from.month === null)
        return { value: `${yearText(year)}-XX`, granularity: 'month', anchor };
      const index = from.month.year * 12 + from.month.month - 1 + offset;
      return monthResolved(Math.floor(index / 12), index - 12 * Math.floor(index / 12) + 1, anchor);
    }
    case 'quarter':
    case 'season':
    case 'half': {
      const size = unit === 'half' ? 6 : 3;
      const letter = unit === 'half' ? 'H' : 'Q';
      if (from.month === null)
        return {
          value: `${yearText(year)}-${letter}X`,
          granularity: unit === 'half' ? 'half' : 'quarter',
          anchor,
        };
      const index =
        from.month.year * (12 / size) + Math.floor((from.month.month - 1) / size) + offset;
      const y = Math.floor(index / (12 / size));
      const n = (index % (12 / size)) + 1;
      return {
        value: `${pad(y, 4)}-${letter}${n}`,
        granularity: unit === 'half' ? 'half' : 'quarter',
        anchor,
        year: y,
        // as a stated quarter does: "the year-earlier quarter" counts from its first month
        month: { year: y, month: (n - 1) * size + 1 },
      };
    }
    case 'year':
      if (year === null) return { value: 'XXXX', granularity: 'year', anchor };
      return { value: pad(year + offset, 4), granularity: 'year', anchor, year: year + offset };
    case 'decade':
      if (year === null) return { value: 'XXXX', granularity: 'decade', anchor };
      return { value: `${Math.floor(year / 10) + offset}X`, granularity: 'decade', anchor };
    case 'century':
      if (year === null) return { value: 'XX', granularity: 'century', anchor };
      return { value: pad(Math.floor(year / 100) + offset), granularity: 'century', anchor };
  }
}

export function fromPublication(pub: Publication): PeriodStart {
  return {
    day: pubDayNumber(pub),
    month: pub.year !== null && pub.month !== null ? { year: pub.year, month: pub.month } : null,
    year: pub.year,
  };
}

/** "three years ago": a date `count` units from the publication date. */
export function resolveAgo(stated: Stated, context: Context): Resolved | null {
  const direction = stated.direction ?? -1;
  // "on this day in 1969": the publication's day (or week, month) in the year stated
  if (stated.grain !== null && stated.year !== null && context.pub.year !== null) {
    const back = { ...context.pub, year: stated.year };
    return periodFrom(stated.grain, 0, fromPublication(back), 'publication');
  }
  if (stated.count === null || stated.count === undefined || stated.unit === null) {
    return { value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: 'publication' };
  }
  let { count, unit } = wholeUnits(stated.count, stated.unit);
  if (unit === 'decade') [count, unit] = [count * 10, 'year'];
  if (unit === 'century') [count, unit] = [count * 100, 'year'];
  // "two years ago this month": the month (or week) the publication date was in, so many years
  // back
  if (stated.grain !== null && unit === 'year' && context.pub.year !== null) {
    const back = { ...context.pub, year: context.pub.year + direction * count };
    return periodFrom(stated.grain, 0, fromPublication(back), 'publication');
  }
  // ("10,000 years ago": a year before year 1 is written as TIMEX3 writes one before the common
  // era, BC7975, not "-7974", which is no value; it dates no event, as "7975 BC" does not)
  const year = context.pub.year === null ? null : context.pub.year + direction * count;
  if (unit === 'year' && year !== null && year < 1)
    return { value: `BC${pad(1 - year, 4)}`, granularity: 'year', anchor: 'publication' };
  return periodFrom(unit, direction * count, fromPublication(context.pub), 'publication');
}

/**
 * The latest date mentioned, as far as it was stated: after "last October", the day is unknown
 * (`1998-10-XX`) even if an earlier sentence named one.
 */
function latest(narrative: StoryDate): PeriodStart {
  const { grain } = narrative;
  return {
    day: grain === 'day' ? narrative.day : null,
    month: grain === 'day' || grain === 'month' ? narrative.month : null,
    year: narrative.year,
    third: grain === 'month' ? (narrative.third ?? null) : null,
  };
}

/** "the following spring": the first such season after the month last mentioned (or before). */
function narrativeSeason(stated: Stated, context: Context, season: Season): Resolved {
  const { narrative, pub } = context;
  const offset = stated.offset ?? 1;
  // "founded in 2010; the following spring": after a year alone, the season of the next year
  if (narrative.grain === 'year' && narrative.year !== null) {
    const y = narrative.year + Math.sign(offset);
    return { value: `${pad(y, 4)}-${season}`, granularity: 'season', anchor: 'narrative', year: y };
  }
  const from =
    narrative.grain === 'day' || narrative.grain === 'month'
      ? narrative.month
      : fromPublication(pub).month;
  const anchor = from === narrative.month && from !== null ? 'narrative' : 'publication';
  if (from === null) {
    const year = narrative.year ?? pub.year;
    return { value: `${yearText(year)}-${season}`, granularity: 'season', anchor };
  }
  // "reopened in January 2019. That spring": the season of that calendar year (January is in the
  // winter that began in 2018, and "that winter" is that one)
  const now = seasonOf(from.year, from.month);
  if (offset === 0) {
    const y = season === now.season ? now.year : from.year;
    return { value: `${pad(y, 4)}-${season}`, granularity: 'season', anchor, year: y };
  }
  const mode = offset < 0 ? 'before' : 'after';
  const y = pickYear(now.year, SEASON_START[now.season], SEASON_START[season], 12, mode);
  return { value: `${pad(y, 4)}-${season}`, granularity: 'season', anchor, year: y };
}

/** "the following March": the first such month after the month or year last mentioned (or before). */
function narrativeMonth(stated: Stated, context: Context, month: number): Resolved {
  const { narrative, pub } = context;
  const offset = stated.offset ?? 1;
  const mode = offset < 0 ? 'before' : offset > 0 ? 'after' : 'same';
  let year: number | null;
  let anchor: Resolved['anchor'] = 'narrative';
  if ((narrative.grain === 'day' || narrative.grain === 'month') && narrative.month !== null) {
    const from = narrative.month;
    year = pickYear(from.year, from.month, month, 12, mode);
  } else if (narrative.grain === 'year' && narrative.year !== null) {
    year = narrative.year + Math.sign(offset);
  } else {
    const from = fromPublication(pub).month;
    anchor = 'publication';
    year = from === null ? pub.year : pickYear(from.year, from.month, month, 12, mode);
  }
  // "Oct. 14 of that year" (a day the month does not have is left out: "Feb. 30")
  const day = stated.day === null || year === null ? null : dayNumber(year, month, stated.day);
  if (day !== null && civilDay(day).month === month)
    return withTime(dayResolved(day, pub, anchor), stated);
  const value = `${yearText(year)}-${pad(month, 2)}`;
  return {
    value,
    granularity: 'month',
    anchor,
    ...(year === null ? {} : { year, month: { year, month } }),
  };
}

export function resolveNarrative(stated: Stated, context: Context): Resolved | null {
  const { narrative, pub } = context;
  if (stated.season !== null) return narrativeSeason(stated, context, stated.season);
  if (stated.month !== null) return narrativeMonth(stated, context, stated.month);
  // "the following Monday": the first such weekday after the day last mentioned
  if (stated.weekday !== null) {
    const from = narrative.day ?? pubDayNumber(pub);
    const anchor = narrative.day !== null ? 'narrative' : 'publication';
    if (from === null) {
      return { value: `${yearText(pub.year)}-WXX-${stated.weekday}`, granularity: 'day', anchor };
    }
    // ("that Sunday" with no day told before: the one the tense points to, not the one of the
    // publication's week)
    const same = narrative.day !== null ? 'same' : modeOfTense(context.tense());
    const mode = (stated.offset ?? 1) < 0 ? 'before' : (stated.offset ?? 1) > 0 ? 'after' : same;
    return withTime(dayResolved(pickWeekday(from, stated.weekday, mode), pub, anchor), stated);
  }
  let unit = stated.unit ?? (stated.part !== null ? 'day' : null);
  if (unit === null) return null;
  let offset = stated.offset ?? 0;
  // "a few days later" says no number: some time after the period last mentioned, which is as
  // much as the text tells (TIMEX3 mod AFTER), never that period itself
  const vague = stated.direction !== null && stated.count === null;
  // "the day before" is one day
  if (stated.direction !== null) {
    offset = stated.direction * (stated.count === undefined ? 1 : (stated.count ?? 0));
    // "a decade later" is a year, as "a decade ago" is
    if (unit === 'decade') [offset, unit] = [offset * 10, 'year'];
    if (unit === 'century') [offset, unit] = [offset * 100, 'year'];
  }
  // ("the following decade" after "the 1960s": the 1970s, whatever year was told before)
  if (unit === 'decade' && stated.direction === null && narrative.decade != null) {
    const decadeStart = { day: null, month: null, year: narrative.decade };
    return periodFrom(unit, offset, decadeStart, 'narrative');
  }
  const from = narrative.grain !== null ? latest(dayOfPastAct(unit, context) ?? narrative) : null;
  // ("Two nights later the fire returned", with no day told before: a night of a day the text
  // does not give, not one counted from the publication)
  if (from === null && stated.part === 'NI' && stated.direction !== null)
    return { value: 'XXXX-XX-XXTNI', granularity: 'day', anchor: 'none' };
  if (unit === 'quarter' && offset === 0 && isReportDay(from ?? fromPublication(pub), context))
    offset = -1;
  // the weekend after a working day is the one of its week ("on Tuesday, April 23 ... a trip to
  // Tottenham the following weekend" is April 27-28); after a Saturday or Sunday, the next week's
  if (
    unit === 'weekend' &&
    offset > 0 &&
    from !== null &&
    from.day !== null &&
    isoWeekday(from.day) <= 5
  )
    offset -= 1;
  const part = stated.direction === null ? null : yearsFromPart(unit, vague, context);
  if (part !== null) return periodFrom(part.unit, offset * part.per, from!, 'narrative');
  const resolved =
    from !== null
      ? periodFrom(unit, offset, from, 'narrative')
      : periodFrom(unit, offset, fromPublication(pub), 'publication');
  if (resolved && vague) return someTimeFrom(resolved, stated.direction! < 0 ? 'BEFORE' : 'AFTER');
  // "the 20th of that month": that day of the month counted (one it does not have is the month)
  if (unit === 'month' && stated.day !== null && resolved?.month !== undefined) {
    const { year, month } = resolved.month;
    const day = dayNumber(year, month, stated.day);
    if (civilDay(day).month === month)
      return withTime(dayResolved(day, pub, resolved.anchor), stated);
  }
  return resolved && withTime(resolved, stated);
}

/**
 * A distance in whole years from a quarter or a half, the latest mention, counts in quarters or
 * halves: business news compares a quarter with the same one a year before ("Profit in the third
 * quarter rose 5% from a year earlier", told in October 1989, is 1988-Q3, as TimeBank has it; "two
 * years later" after "the first half of 2010" is 2012-H1). Not a vague distance ("a few years
 * later"), nor one from a month or a season told since, nor "that year" or "the following year",
 * which name a year.
 */
function yearsFromPart(
  unit: Unit,
  vague: boolean,
  context: Context,
): { unit: 'quarter' | 'half'; per: number } | null {
  const { part, grain, month } = context.narrative;
  if (unit !== 'year' || vague || !part || grain !== 'month' || month === null) return null;
  if (part.month.year !== month.year || part.month.month !== month.month) return null;
  return { unit: part.unit, per: part.unit === 'quarter' ? 4 : 2 };
}

/**
 * Whether "the quarter" told in the past, on the publication's day or a day of that week that is
 * in the first month of a quarter, is the one before it, which the day reports on: results come
 * out in the weeks after a quarter ends ("Pacific Lumber said net income fell 18% in the
 * quarter", on Oct. 26; "IBM said on Tuesday that profit in the quarter rose", in April). Not a
 * day of the story further back ("The strike began on Feb. 10 and hurt sales in the quarter"),
 * nor after a month ("In March ... in the quarter").
 */
function isReportDay(from: PeriodStart, context: Context): boolean {
  const pubDay = pubDayNumber(context.pub);
  if (from.day === null || pubDay === null || pubDay - from.day > REPORT_WEEK) return false;
  const { month } = civilDay(from.day);
  return (month - 1) % 3 === 0 && context.tense() === 'past';
}

/** How many days before the publication a report's day may be. */
const REPORT_WEEK = 7;

/** Units an anaphor counts from a day in ("the next day", "that night", "hours later"). */
const DAY_UNITS: ReadonlySet<Unit> = new Set(['day', 'hour', 'minute', 'week']);

/**
 * The day a past act told by a day anaphor counts from when the story's last date is a plan: the
 * story's day before it ("announced on Feb. 1 that he would not seek another term in September
 * (or step down on Sept. 1). The next day, men on camels charged into the square" is Feb. 2, not
 * a day after the plan). Null when the anaphor counts from the story's last date.
 */
function dayOfPastAct(unit: Unit, context: Context): StoryDate | null {
  const before = context.narrative.beforePlans;
  if (before?.grain !== 'day' || !DAY_UNITS.has(unit)) return null;
  return context.tense() === 'past' ? before : null;
}

/**
 * Some time before or after a period: the period as far as it is known ("1999-XX" is 1999), with
 * the mod. What comes next is counted from its month or year, not from a day it does not know.
 */
function someTimeFrom(resolved: Resolved, mod: 'BEFORE' | 'AFTER'): Resolved {
  const value = resolved.value.replace(/(?:-W?XX)+$/u, '');
  const granularity =
    value === resolved.value ? resolved.granularity : /^\d{4}$/u.test(value) ? 'year' : 'month';
  return {
    value,
    anchor: resolved.anchor,
    mod,
    ...(granularity && { granularity }),
    ...(resolved.month && { month: resolved.month }),
    ...(resolved.year !== undefined && { year: resolved.year }),
  };
}
