/**
 * Labels for people: what a TIMEX3 value says, no more precise than it is ("May 5, 2023",
 * "autumn 2023", "a Monday in 2018", "the early 1990s", "July 20, 2018, night").
 */
import {
  MONTHS,
  MOD_WORDS,
  ORDINAL_SUFFIXES,
  PARTS_OF_DAY,
  REFERENCE_LABELS,
  SEASONS,
  UNKNOWN_DATE_LABEL,
  WEEKDAYS,
} from '../lexicon/en/article/date-words.ts';
import { civilDay, isoWeekMonday } from './days.ts';
import { parseTimexValue, type CalendarValue, type Clock } from './parse.ts';

const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });

/** "1st", "2nd", "11th", "21st": a number as an ordinal is said. */
export function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIXES[ordinalRules.select(n) as keyof typeof ORDINAL_SUFFIXES] ?? 'th'}`;
}

function monthName(month: number): string {
  return MONTHS[month - 1]?.name ?? String(month);
}

function weekdayName(weekday: number): string {
  return WEEKDAYS[weekday - 1]?.name ?? String(weekday);
}

function dayLabel(year: number | null, month: number, day: number): string {
  return year === null ? `${monthName(month)} ${day}` : `${monthName(month)} ${day}, ${year}`;
}

/** The label of a day counted from the Monday of an ISO week ("March 18, 2013"). */
function weekDayLabel(year: number, week: number, offset: number): string | null {
  const monday = isoWeekMonday(year, week);
  if (monday === null) return null;
  const { year: y, month, day } = civilDay(monday + offset);
  return dayLabel(y, month, day);
}

function clockLabel(clock: Clock): string {
  const hh = String(clock.hour).padStart(2, '0');
  const mm = String(clock.minute ?? 0).padStart(2, '0');
  const ss = clock.second === null ? '' : `:${String(clock.second).padStart(2, '0')}`;
  const zone = clock.zone === null ? '' : clock.zone === 'Z' ? ' UTC' : ` UTC${clock.zone}`;
  return `${hh}:${mm}${ss}${zone}`;
}

/**
 * How a label takes a mod (see MOD_WORDS): "the early 1990s" (adjective), "early in the week of
 * March 18, 2013" (inside), "late May 2023" (period), "early on May 5, 2023" (day).
 */
type Shape = 'adjective' | 'inside' | 'period' | 'day';

function baseLabel(value: CalendarValue): { text: string; shape: Shape } | null {
  switch (value.kind) {
    case 'century':
      return { text: `the ${ordinal(value.firstYear / 100 + 1)} century`, shape: 'adjective' };
    case 'decade':
      return { text: `the ${value.firstYear}s`, shape: 'adjective' };
    case 'year': {
      if (value.weekday !== null) {
        const day = `a ${weekdayName(value.weekday)}`;
        return { text: value.year === null ? day : `${day} in ${value.year}`, shape: 'day' };
      }
      if (value.year === null) return { text: UNKNOWN_DATE_LABEL, shape: 'period' };
      if (value.unknown === 'week') return { text: `a week in ${value.year}`, shape: 'inside' };
      return { text: String(value.year), shape: 'period' };
    }
    case 'half': {
      const which = `the ${value.half === 1 ? 'first' : 'second'} half of`;
      return { text: `${which} ${value.year ?? 'the year'}`, shape: 'inside' };
    }
    case 'quarter':
      return {
        text: value.year === null ? `Q${value.quarter}` : `Q${value.quarter} ${value.year}`,
        shape: 'period',
      };
    case 'season': {
      const name = SEASONS[value.season];
      if (value.year === null) return { text: name, shape: 'period' };
      // Winter runs into the next year (see interval.ts): name both years.
      const years =
        value.season === 'WI'
          ? `${value.year}–${String(value.year + 1).slice(-2)}`
          : String(value.year);
      return { text: `${name} ${years}`, shape: 'period' };
    }
    case 'month':
      return {
        text:
          value.year === null ? monthName(value.month) : `${monthName(value.month)} ${value.year}`,
        shape: 'period',
      };
    case 'week': {
      if (value.year === null) return { text: `week ${value.week}`, shape: 'inside' };
      const monday = weekDayLabel(value.year, value.week, 0);
      return monday === null ? null : { text: `the week of ${monday}`, shape: 'inside' };
    }
    case 'weekend': {
      if (value.year === null)
        return { text: `the weekend of week ${value.week}`, shape: 'inside' };
      const saturday = weekDayLabel(value.year, value.week, 5);
      return saturday === null ? null : { text: `the weekend of ${saturday}`, shape: 'inside' };
    }
    case 'week-day': {
      if (value.year === null) return { text: `a ${weekdayName(value.weekday)}`, shape: 'day' };
      const day = weekDayLabel(value.year, value.week, value.weekday - 1);
      return day === null ? null : { text: day, shape: 'day' };
    }
    case 'day':
      return { text: dayLabel(value.year, value.month, value.day), shape: 'day' };
    case 'time': {
      const date = value.date === null ? null : baseLabel(value.date);
      if (value.date !== null && date === null) return null;
      if (value.part !== null) {
        const part = PARTS_OF_DAY[value.part];
        return { text: date === null ? part : `${date.text}, ${part}`, shape: 'day' };
      }
      const clock = value.clock === null ? '' : clockLabel(value.clock);
      return { text: date === null ? clock : `${clock}, ${date.text}`, shape: 'day' };
    }
  }
}

function withMod(label: { text: string; shape: Shape }, mod: string): string {
  const words = (MOD_WORDS as Record<string, (typeof MOD_WORDS)[keyof typeof MOD_WORDS]>)[mod];
  if (words === undefined) return label.text;
  const join = (prefix: string, text: string): string =>
    prefix.endsWith('-') ? `${prefix}${text}` : `${prefix} ${text}`;
  switch (label.shape) {
    case 'adjective':
      return words.adjective === null
        ? join(words.prefix, label.text)
        : `the ${join(words.adjective, label.text.replace(/^the /, ''))}`;
    case 'inside':
      return join(words.inside, label.text);
    case 'period':
      return join(words.prefix, label.text);
    case 'day':
      return join(words.onDay, label.text);
  }
}

/**
 * A label for people of a TIMEX3 value and mod. Values without a calendar interval still read:
 * `PRESENT_REF` is "now", `XXXX-WXX-1` "a Monday", `XXXX-05-05` "May 5"; anything else that is
 * not a date (a duration, a set) is returned as written.
 */
export function timexLabel(value: string, mod?: string): string {
  const trimmed = value.trim();
  const reference = (REFERENCE_LABELS as Record<string, string>)[trimmed.toUpperCase()];
  if (reference !== undefined) return reference;
  const parsed = parseTimexValue(trimmed);
  const label = parsed === null ? null : baseLabel(parsed);
  if (label === null) return trimmed;
  const modName = mod?.trim().toUpperCase();
  return modName ? withMod(label, modName) : label.text;
}
