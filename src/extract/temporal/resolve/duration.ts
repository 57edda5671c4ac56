/**
 * Lengths and recurrences: TIMEX3 DURATION values (`P28Y`, `PT5H30M`, `PXD`) and SET values
 * (`P1W`, `XXXX-WXX-2`).
 */
import type { Stated } from '../read.ts';
import type { Unit } from '../rule.ts';
import type { Resolved } from './context.ts';
import { pad } from './values.ts';

/** The next finer unit and how many of it make one. */
const FINER: Partial<Record<Unit, [Unit, number]>> = {
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

const thousandths = (n: number): number => Math.round(n * 1000) / 1000;

/**
 * A count of units as a whole number of a unit, going finer as far as the count has a fraction:
 * what date arithmetic needs ("6.2 years ago" is so many days back).
 */
export function wholeUnits(count: number, unit: Unit): { count: number; unit: Unit } {
  if (Number.isInteger(count)) return { count, unit };
  const step = FINER[unit];
  return step ? wholeUnits(thousandths(count * step[1]), step[0]) : { count, unit };
}

/**
 * A count of units as written, or one unit finer when that makes it whole ("a year and a half"
 * is 18 months, "3 1/2 hours" 210 minutes); beyond, the fraction stays ("6.2 years", `P6.2Y`,
 * as ISO 8601 allows in the last part, not 2,232 days). Months have no whole number of days:
 * "4.1 months" stays `P4.1M`, not 123 days.
 */
function statedUnits(count: number, unit: Unit): { count: number; unit: Unit } {
  if (Number.isInteger(count)) return { count, unit };
  const step = unit === 'month' ? undefined : FINER[unit];
  const finer = step && thousandths(count * step[1]);
  return step && Number.isInteger(finer)
    ? { count: finer!, unit: step[0] }
    : { count: thousandths(count), unit };
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
  const whole = statedUnits(count, unit);
  const letter = DURATION_LETTER[whole.unit];
  if (!letter) return null;
  const n = thousandths(whole.count * letter[1]);
  const isTime = whole.unit === 'hour' || whole.unit === 'minute' || whole.unit === 'second';
  // a fraction of an hour is hours and minutes ("5 1/2 hours", PT5H30M); minutes stay as
  // written ("90 minutes", PT90M)
  if (unit === 'hour' && whole.unit === 'minute' && n >= 60 && n % 60 !== 0) {
    return `PT${Math.floor(n / 60)}H${n % 60}M`;
  }
  return isTime ? `PT${n}${letter[0]}` : `P${n}${letter[0]}`;
}

export function resolveSet(stated: Stated): Resolved | null {
  if (stated.set !== null) return { value: stated.set, anchor: 'none' };
  if (stated.weekday !== null) {
    const part = stated.part === null ? '' : `T${stated.part}`;
    return { value: `XXXX-WXX-${stated.weekday}${part}`, anchor: 'none' };
  }
  if (stated.month !== null) {
    const day = stated.day === null ? '' : `-${pad(stated.day)}`;
    return { value: `XXXX-${pad(stated.month)}${day}`, anchor: 'none' };
  }
  if (stated.season !== null) return { value: `XXXX-${stated.season}`, anchor: 'none' };
  if (stated.part !== null) return { value: `XXXX-XX-XXT${stated.part}`, anchor: 'none' };
  if (stated.unit === 'weekend') return { value: 'XXXX-WXX-WE', anchor: 'none' };
  if (stated.unit !== null) {
    // "every week" is every one week; "every few years", an open count of them (PXY)
    const value = durationValue(stated.count === undefined ? 1 : stated.count, stated.unit);
    return value === null ? null : { value, anchor: 'none' };
  }
  return null;
}
