/**
 * Resolving: what an expression states, anchored on the publication date (as far as it is
 * known), the tense of its sentence, or the last date the text mentioned, gives a TIMEX3 value.
 * Parts nobody knows stay `X` ("on Monday" in a text known only to be from 2018: `2018-WXX-1`).
 */
import type { Granularity } from '../types.ts';
import {
  SEASON_START,
  civilDay,
  dayNumber,
  easterSunday,
  isoWeekOf,
  isoWeekday,
  nthWeekday,
  quarterOf,
  seasonOf,
} from './calendar.ts';
import type { Holiday } from './lexicon.ts';
import type { Stated } from './read.ts';
import type { Reference, Unit } from './rule.ts';
import type { Tense } from './tense.ts';

/** The publication date as far as it is known. */
export interface Publication {
  year: number | null;
  month: number | null;
  day: number | null;
}

export function parsePublication(published: string | null): Publication {
  const m = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?/.exec(published ?? '');
  const year = m?.groups?.['year'] === undefined ? null : Number(m.groups['year']);
  const month = m?.groups?.['month'] === undefined ? null : Number(m.groups['month']);
  const day = m?.groups?.['day'] === undefined ? null : Number(m.groups['day']);
  const validMonth = month !== null && month >= 1 && month <= 12 ? month : null;
  return {
    year,
    month: validMonth,
    day: validMonth !== null && day !== null && day >= 1 && day <= 31 ? day : null,
  };
}

/** The last dates the text mentioned, by grain, for "the next day" and "that year". */
export interface Narrative {
  day: number | null;
  month: { year: number; month: number } | null;
  year: number | null;
}

export interface Context {
  pub: Publication;
  /** The tense of the expression's sentence, worked out on demand. */
  tense: () => Tense;
  narrative: Narrative;
  /** A year the same sentence stated earlier ("in the summer of 2018 ... in June"), if any. */
  sentenceYear: () => number | null;
}

export interface Resolved {
  value: string;
  granularity?: Granularity;
  anchor: 'none' | 'publication' | 'narrative';
  mod?: string;
  /** What the value says, for later "the next day": a day number, a month, a year. */
  day?: number;
  month?: { year: number; month: number };
  year?: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const yearText = (year: number | null): string => (year === null ? 'XXXX' : pad(year, 4));

function dayText(days: number): string {
  const { year, month, day } = civilDay(days);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function weekText(days: number): string {
  const { year, week } = isoWeekOf(days);
  return `${pad(year, 4)}-W${pad(week)}`;
}

function pubDayNumber(pub: Publication): number | null {
  return pub.year !== null && pub.month !== null && pub.day !== null
    ? dayNumber(pub.year, pub.month, pub.day)
    : null;
}

/** Which occurrence of a yearly or weekly item is meant. */
type Mode = 'before' | 'onOrBefore' | 'after' | 'onOrAfter' | 'same' | 'nearest';

function modeOf(stated: Stated, context: Context): Mode {
  if (stated.shift !== null)
    return stated.shift < 0 ? 'before' : stated.shift > 0 ? 'after' : 'same';
  const tense = context.tense();
  return tense === 'past' ? 'onOrBefore' : tense === 'future' ? 'onOrAfter' : 'nearest';
}

/**
 * The year of an item that recurs every `period` positions (a month: position month*31+day,
 * period 12*31), as seen from the publication's position in its year. The tense picks a side,
 * but not against the calendar when the day is known: news that says "was told to leave by
 * Jan. 14" a week before January 14 means the coming one, not the one almost a year ago.
 */
function pickYear(
  year: number,
  pubPos: number | null,
  pos: number,
  period: number,
  mode: Mode,
  dayKnown = false,
): number {
  if (pubPos === null) return year;
  const offset = (y: number): number => (y - year) * period + pos - pubPos;
  const distance = (y: number): number => Math.abs(offset(y));
  // news tells of the past more than of the future: an untensed date is more likely behind
  const weighed = (y: number): number => (offset(y) > 0 ? FUTURE_WEIGHT : 1) * distance(y);
  const nearest = [year, year - 1, year + 1].reduce((best, y) =>
    weighed(y) < weighed(best) ? y : best,
  );
  let chosen: number;
  switch (mode) {
    case 'onOrBefore':
      chosen = pos <= pubPos ? year : year - 1;
      break;
    case 'before':
      return pos < pubPos ? year : year - 1;
    case 'onOrAfter':
      chosen = pos >= pubPos ? year : year + 1;
      break;
    case 'after':
      return pos > pubPos ? year : year + 1;
    case 'same':
      return year;
    case 'nearest':
      return nearest;
  }
  // only a day is precise enough to overrule the tense ("in June" said in May is last June)
  const far = distance(chosen) > period * FAR;
  return dayKnown && far && distance(nearest) <= period * NEAR ? nearest : chosen;
}

/** How much further a date ahead counts than one behind, when no tense says which. */
const FUTURE_WEIGHT = 1.5;
/** Beyond this share of a period the tense's choice is doubtful ... */
const FAR = 10 / 12;
/** ... and the other side wins when it is this close. */
const NEAR = 2 / 12;

/** The day of a weekday seen from a day, by mode. */
function pickWeekday(from: number, weekday: number, mode: Mode): number {
  const today = isoWeekday(from);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  switch (mode) {
    case 'onOrBefore':
      return from - back;
    case 'before':
      return from - (back === 0 ? 7 : back);
    case 'onOrAfter':
      return from + ahead;
    case 'after':
      return from + (ahead === 0 ? 7 : ahead);
    case 'same':
      return from - today + weekday;
    case 'nearest':
      return ahead * FUTURE_WEIGHT < back ? from + ahead : from - back;
  }
}

function holidayDay(holiday: Holiday, year: number): number {
  if ('easter' in holiday) return easterSunday(year) + holiday.easter;
  if ('nth' in holiday) {
    return nthWeekday(year, holiday.month, holiday.weekday, holiday.nth, holiday.from ?? 1);
  }
  return dayNumber(year, holiday.month, holiday.day);
}

const MONTH_PERIOD = 12 * 31;
const monthPos = (month: number, day: number | null): number => month * 31 + (day ?? 16);

/** A two-digit year in the century that puts it nearest the publication year, else in 19xx. */
function expandShortYear(short: number, pub: Publication): number {
  const base = pub.year ?? 1950;
  const century = Math.floor(base / 100) * 100;
  const candidates = [century - 100 + short, century + short, century + 100 + short];
  return candidates.reduce((best, y) =>
    Math.abs(y - base - 5) < Math.abs(best - base - 5) ? y : best,
  );
}

function timeSuffix(stated: Stated): string {
  if (stated.hour !== null) return `T${pad(stated.hour)}:${pad(stated.minute ?? 0)}`;
  if (stated.part !== null) return `T${stated.part}`;
  return '';
}

function withTime(resolved: Resolved, stated: Stated): Resolved {
  const suffix = timeSuffix(stated);
  return suffix === ''
    ? resolved
    : { ...resolved, value: resolved.value + suffix, granularity: 'time' };
}

/** A day, or the day as far as the publication date knows it. */
function dayResolved(days: number | null, pub: Publication, anchor: Resolved['anchor']): Resolved {
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

function monthResolved(year: number, month: number, anchor: Resolved['anchor']): Resolved {
  return {
    value: `${pad(year, 4)}-${pad(month)}`,
    granularity: 'month',
    anchor,
    month: { year, month },
    year,
  };
}

function resolveDate(stated: Stated, context: Context): Resolved | null {
  const { pub } = context;
  if (stated.century !== null) {
    return { value: pad(stated.century - 1), granularity: 'century', anchor: 'none' };
  }
  if (stated.decade !== null) {
    return { value: `${stated.decade}X`, granularity: 'decade', anchor: 'none' };
  }
  if (stated.decadeDigit !== null) {
    const base = pub.year ?? 1999;
    let first = Math.floor(base / 100) * 100 + stated.decadeDigit * 10;
    if (first > base) first -= 100;
    return { value: `${first / 10}X`, granularity: 'decade', anchor: 'publication' };
  }

  const shiftedYear =
    stated.yearShift !== null && pub.year !== null ? pub.year + stated.yearShift : null;
  const explicitYear =
    stated.year ??
    (stated.shortYear !== null ? expandShortYear(stated.shortYear, pub) : null) ??
    shiftedYear;
  // a month or day left without a year, told in the past, takes the year its own sentence
  // stated ("in the summer of 2018 the plant had closed in June")
  const partial = stated.month !== null || stated.season !== null || stated.holiday !== null;
  const statedYear =
    explicitYear ??
    (partial && stated.shift === null && stated.offset === null && context.tense() === 'past'
      ? context.sentenceYear()
      : null);
  const anchor: Resolved['anchor'] =
    statedYear !== null && shiftedYear === null ? 'none' : 'publication';
  const year = statedYear ?? pub.year;
  const pubDay = pubDayNumber(pub);

  // "9 a.m. tomorrow": a day counted from the publication date
  if (stated.offset !== null) {
    return withTime(
      dayResolved(pubDay === null ? null : pubDay + stated.offset, pub, 'publication'),
      stated,
    );
  }

  if ((stated.unit === 'quarter' || stated.unit === 'half') && stated.ordinal !== null) {
    const size = stated.unit === 'quarter' ? 4 : 2;
    const n = stated.ordinal < 0 ? size : Math.min(stated.ordinal, size);
    if (year === null)
      return {
        value: `XXXX-${stated.unit === 'quarter' ? 'Q' : 'H'}${n}`,
        granularity: stated.unit,
        anchor,
      };
    const pubPos =
      pub.month === null
        ? null
        : stated.unit === 'quarter'
          ? quarterOf(pub.month)
          : Math.ceil(pub.month / 6);
    const y = statedYear ?? pickYear(year, pubPos, n, size, modeOf(stated, context));
    return {
      value: `${pad(y, 4)}-${stated.unit === 'quarter' ? 'Q' : 'H'}${n}`,
      granularity: stated.unit,
      anchor,
      year: y,
    };
  }

  if (stated.holiday !== null) {
    if (year === null) return null;
    let y = statedYear ?? year;
    if (statedYear === null) {
      const { month, day } = civilDay(holidayDay(stated.holiday, year));
      const pubPos = pub.month === null ? null : monthPos(pub.month, pub.day);
      y = pickYear(year, pubPos, monthPos(month, day), MONTH_PERIOD, modeOf(stated, context), true);
    }
    const days = holidayDay(stated.holiday, y);
    if (stated.unit === 'week')
      return { value: weekText(days), granularity: 'week', anchor, day: days };
    return withTime(dayResolved(days, pub, anchor), stated);
  }

  if (stated.season !== null) {
    const mod = stated.mod ?? undefined;
    if (year === null)
      return {
        value: `XXXX-${stated.season}`,
        granularity: 'season',
        anchor,
        ...(mod ? { mod } : {}),
      };
    let y = statedYear ?? year;
    if (statedYear === null && pub.month !== null) {
      const now = seasonOf(year, pub.month);
      y = pickYear(
        now.year,
        SEASON_START[now.season],
        SEASON_START[stated.season],
        12,
        modeOf(stated, context),
      );
    }
    return { value: `${pad(y, 4)}-${stated.season}`, granularity: 'season', anchor, year: y };
  }

  // "the first week of June": the week of the month's first (or, -1, last) seven days
  if (
    stated.unit === 'week' &&
    stated.month !== null &&
    stated.day === null &&
    stated.ordinal !== null
  ) {
    const y =
      statedYear ??
      (year === null
        ? null
        : pickYear(
            year,
            pub.month === null ? null : monthPos(pub.month, null),
            monthPos(stated.month, null),
            MONTH_PERIOD,
            modeOf(stated, context),
          ));
    if (y === null) return { value: 'XXXX-WXX', granularity: 'week', anchor };
    const day =
      stated.ordinal < 0
        ? dayNumber(y, stated.month + 1, 1) - 7
        : dayNumber(y, stated.month, 1) + (stated.ordinal - 1) * 7;
    return { value: weekText(day), granularity: 'week', anchor, day };
  }

  if (stated.month !== null) {
    if (stated.month < 1 || stated.month > 12) return null;
    if (stated.day !== null && (stated.day < 1 || stated.day > 31)) return null;
    let y = year;
    if (statedYear === null && year !== null) {
      const pubPos =
        pub.month === null ? null : monthPos(pub.month, stated.day === null ? null : pub.day);
      y = pickYear(
        year,
        pubPos,
        monthPos(stated.month, stated.day),
        MONTH_PERIOD,
        modeOf(stated, context),
        stated.day !== null,
      );
    }
    if (stated.day === null) {
      if (y === null) return { value: `XXXX-${pad(stated.month)}`, granularity: 'month', anchor };
      return monthResolved(y, stated.month, anchor);
    }
    if (y === null)
      return withTime(
        { value: `XXXX-${pad(stated.month)}-${pad(stated.day)}`, granularity: 'day', anchor },
        stated,
      );
    const days = dayNumber(y, stated.month, stated.day);
    if (civilDay(days).month !== stated.month) return null;
    if (stated.unit === 'week')
      return { value: weekText(days), granularity: 'week', anchor, day: days };
    return withTime(dayResolved(days, pub, anchor), stated);
  }

  // "the weekend": the one the tense points to
  if (stated.unit === 'weekend' && stated.weekday === null) {
    if (pubDay === null)
      return { value: `${yearText(pub.year)}-WXX-WE`, granularity: 'week', anchor };
    const saturday = pickWeekday(pubDay, 6, modeOf(stated, context));
    return { value: `${weekText(saturday)}-WE`, granularity: 'week', anchor, day: saturday };
  }

  // "on the 5th": that day of the month the tense points to
  if (stated.day !== null && statedYear === null) {
    if (pubDay === null || pub.year === null || pub.month === null) {
      const month = pub.month === null ? 'XX' : pad(pub.month);
      return {
        value: `${yearText(pub.year)}-${month}-${pad(stated.day)}`,
        granularity: 'day',
        anchor,
      };
    }
    const day = stated.day;
    const candidates = [-1, 0, 1]
      .map((shift) => dayNumber(pub.year!, pub.month! + shift, day))
      .filter((d) => civilDay(d).day === day);
    const mode = modeOf(stated, context);
    const behind = candidates.filter((d) => d <= pubDay);
    const ahead = candidates.filter((d) => d >= pubDay);
    const chosen =
      mode === 'onOrBefore' || mode === 'before'
        ? behind.at(-1)
        : mode === 'onOrAfter' || mode === 'after'
          ? ahead[0]
          : candidates.reduce((best, d) =>
              Math.abs(d - pubDay) * (d > pubDay ? FUTURE_WEIGHT : 1) <
              Math.abs(best - pubDay) * (best > pubDay ? FUTURE_WEIGHT : 1)
                ? d
                : best,
            );
    if (chosen === undefined) return null;
    return withTime(dayResolved(chosen, pub, 'publication'), stated);
  }

  if (stated.weekday !== null) {
    if (pubDay === null) {
      return withTime(
        {
          value: `${yearText(pub.year)}-WXX-${stated.weekday}`,
          granularity: 'day',
          anchor: 'publication',
        },
        stated,
      );
    }
    const days = pickWeekday(pubDay, stated.weekday, modeOf(stated, context));
    return withTime(dayResolved(days, pub, 'publication'), stated);
  }

  if (statedYear !== null) {
    return { value: pad(statedYear, 4), granularity: 'year', anchor: 'none', year: statedYear };
  }

  // a time of day alone: on the day last mentioned, else the publication day
  if (stated.hour !== null || stated.part !== null) {
    const day = context.narrative.day ?? pubDay;
    const resolved = dayResolved(
      day,
      pub,
      context.narrative.day !== null ? 'narrative' : 'publication',
    );
    return withTime({ value: resolved.value, anchor: resolved.anchor }, stated);
  }
  return null;
}

/** A period `offset` units from a day (or, without one, from what the publication date knows). */
function periodFrom(
  unit: Unit,
  offset: number,
  from: { day: number | null; month: { year: number; month: number } | null; year: number | null },
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
      const days = from.day + offset;
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
      if (from.day === null)
        return { value: `${yearText(year)}-WXX${suffix}`, granularity: 'week', anchor };
      return { value: weekText(from.day + 7 * offset) + suffix, granularity: 'week', anchor };
    }
    case 'month': {
      if (from.month === null)
        return { value: `${yearText(year)}-XX`, granularity: 'month', anchor };
      const index = from.month.year * 12 + from.month.month - 1 + offset;
      return monthResolved(Math.floor(index / 12), (index % 12) + 1, anchor);
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
      return {
        value: `${pad(y, 4)}-${letter}${(index % (12 / size)) + 1}`,
        granularity: unit === 'half' ? 'half' : 'quarter',
        anchor,
        year: y,
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

function fromPublication(pub: Publication): {
  day: number | null;
  month: { year: number; month: number } | null;
  year: number | null;
} {
  return {
    day: pubDayNumber(pub),
    month: pub.year !== null && pub.month !== null ? { year: pub.year, month: pub.month } : null,
    year: pub.year,
  };
}

/** A count of units as a whole number of a unit, going finer when the count has a fraction. */
function wholeUnits(count: number, unit: Unit): { count: number; unit: Unit } {
  if (Number.isInteger(count)) return { count, unit };
  const finer: Partial<Record<Unit, [Unit, number]>> = {
    century: ['year', 100],
    decade: ['year', 10],
    year: ['month', 12],
    quarter: ['month', 3],
    month: ['day', 30],
    week: ['day', 7],
    day: ['hour', 24],
    hour: ['minute', 60],
    minute: ['second', 60],
  };
  const step = finer[unit];
  return step ? wholeUnits(Math.round(count * step[1] * 1000) / 1000, step[0]) : { count, unit };
}

/** "three years ago": a date `count` units from the publication date. */
function resolveAgo(stated: Stated, context: Context): Resolved | null {
  const direction = stated.direction ?? -1;
  if (stated.count === null || stated.count === undefined || stated.unit === null) {
    return { value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: 'publication' };
  }
  let { count, unit } = wholeUnits(stated.count, stated.unit);
  if (unit === 'decade') [count, unit] = [count * 10, 'year'];
  if (unit === 'century') [count, unit] = [count * 100, 'year'];
  return periodFrom(unit, direction * count, fromPublication(context.pub), 'publication');
}

function resolveNarrative(stated: Stated, context: Context): Resolved | null {
  const { narrative, pub } = context;
  // "the following Monday": the first such weekday after the day last mentioned
  if (stated.weekday !== null) {
    const from = narrative.day ?? pubDayNumber(pub);
    const anchor = narrative.day !== null ? 'narrative' : 'publication';
    if (from === null) {
      return { value: `${yearText(pub.year)}-WXX-${stated.weekday}`, granularity: 'day', anchor };
    }
    const mode = (stated.offset ?? 1) < 0 ? 'before' : (stated.offset ?? 1) > 0 ? 'after' : 'same';
    return withTime(dayResolved(pickWeekday(from, stated.weekday, mode), pub, anchor), stated);
  }
  const unit = stated.unit ?? (stated.part !== null ? 'day' : null);
  if (unit === null) return null;
  let offset = stated.offset ?? 0;
  // "the day before" is one day; "days later" says no number
  if (stated.direction !== null)
    offset = stated.direction * (stated.count === undefined ? 1 : (stated.count ?? 0));
  const grain = unit === 'week' || unit === 'weekend' || unit === 'part' ? 'day' : unit;
  const known =
    grain === 'day'
      ? narrative.day !== null
      : grain === 'month' || grain === 'quarter'
        ? narrative.month !== null
        : narrative.year !== null;
  const from = known ? narrative : fromPublication(pub);
  const anchor = known ? 'narrative' : 'publication';
  const resolved = periodFrom(unit, offset, from, anchor);
  return resolved && withTime(resolved, stated);
}

const DURATION_LETTER: Record<Unit, [string, number] | null> = {
  century: ['Y', 100],
  decade: ['Y', 10],
  year: ['Y', 1],
  half: ['M', 6],
  quarter: ['M', 3],
  season: ['M', 3],
  month: ['M', 1],
  week: ['W', 1],
  weekend: ['D', 2],
  day: ['D', 1],
  part: null,
  hour: ['H', 1],
  minute: ['M', 1],
  second: ['S', 1],
};

/** TIMEX3 duration: `P28Y`, `PT5H30M`, `PXD`. */
export function durationValue(count: number | null, unit: Unit): string | null {
  if (count === null) {
    const letter = DURATION_LETTER[unit];
    if (!letter) return null;
    return ['H', 'S'].includes(letter[0]) || unit === 'minute'
      ? `PTX${letter[0]}`
      : `PX${letter[0]}`;
  }
  const whole = wholeUnits(count, unit);
  const letter = DURATION_LETTER[whole.unit];
  if (!letter) return null;
  const n = whole.count * letter[1];
  const isTime = whole.unit === 'hour' || whole.unit === 'minute' || whole.unit === 'second';
  if (whole.unit === 'minute' && n >= 60 && n % 60 !== 0) {
    return `PT${Math.floor(n / 60)}H${n % 60}M`;
  }
  return isTime ? `PT${n}${letter[0]}` : `P${n}${letter[0]}`;
}

function resolveSet(stated: Stated): Resolved | null {
  if (stated.set !== null) return { value: stated.set, anchor: 'none' };
  if (stated.weekday !== null) return { value: `XXXX-WXX-${stated.weekday}`, anchor: 'none' };
  if (stated.month !== null) return { value: `XXXX-${pad(stated.month)}`, anchor: 'none' };
  if (stated.season !== null) return { value: `XXXX-${stated.season}`, anchor: 'none' };
  if (stated.part !== null) return { value: `XXXX-XX-XXT${stated.part}`, anchor: 'none' };
  if (stated.unit === 'weekend') return { value: 'XXXX-WXX-WE', anchor: 'none' };
  if (stated.unit !== null) {
    const value = durationValue(typeof stated.count === 'number' ? stated.count : 1, stated.unit);
    return value === null ? null : { value, anchor: 'none' };
  }
  return null;
}

/** The value of one expression, or null when it names nothing the calendar can hold. */
export function resolve(stated: Stated, context: Context): Resolved | null {
  let resolved: Resolved | null;
  switch (stated.kind) {
    case 'date':
      resolved = resolveDate(stated, context);
      break;
    case 'deictic':
      resolved =
        stated.unit === null
          ? null
          : periodFrom(
              stated.unit,
              stated.offset ?? 0,
              fromPublication(context.pub),
              'publication',
            );
      if (resolved) resolved = withTime(resolved, stated);
      break;
    case 'ago':
      resolved = resolveAgo(stated, context);
      break;
    case 'narrative':
      resolved = resolveNarrative(stated, context);
      break;
    case 'duration': {
      const value =
        stated.unit === null
          ? null
          : durationValue(stated.count === undefined ? 1 : stated.count, stated.unit);
      resolved = value === null ? null : { value, anchor: 'none' };
      break;
    }
    case 'set':
      resolved = resolveSet(stated);
      break;
    case 'reference':
      resolved =
        stated.reference === null
          ? null
          : { value: stated.reference satisfies Reference, anchor: 'publication' };
      break;
  }
  if (resolved && stated.mod !== null && resolved.mod === undefined)
    resolved = { ...resolved, mod: stated.mod };
  return resolved;
}
