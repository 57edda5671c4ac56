/**
 * Resolving: what an expression states, anchored on the publication date (as far as it is
 * known), the tense of its sentence, or the last date the text mentioned, gives a TIMEX3 value.
 * Parts nobody knows stay `X` ("on Monday" in a text known only to be from 2018: `2018-WXX-1`).
 *
 *   date.ts      calendar dates as stated ("May 5", "Wednesday", "the autumn")
 *   period.ts    periods counted from an anchor ("last week", "the next day")
 *   duration.ts  lengths and recurrences
 *   pick.ts      which occurrence the tense or "last"/"next" points to
 */
import { civilDay, dayNumber } from '../calendar.ts';
import type { Stated } from '../read.ts';
import type { Reference } from '../rule.ts';
import type { Context, Resolved } from './context.ts';
import { resolveDate } from './date.ts';
import { durationValue, resolveSet } from './duration.ts';
import { fromPublication, periodFrom, resolveAgo, resolveNarrative } from './period.ts';
import { dayResolved, withTime } from './values.ts';

export {
  parsePublication,
  type Context,
  type Narrative,
  type Publication,
  type Resolved,
} from './context.ts';
export { durationValue } from './duration.ts';

/**
 * "the 20th of next month": that day of the month counted from the publication's (a day the
 * month does not have leaves the month: "the 31st of next month" in May is June).
 */
function dayOfCountedMonth(resolved: Resolved, stated: Stated, context: Context): Resolved {
  if (stated.day === null || resolved.granularity !== 'month' || !resolved.month) return resolved;
  const { year, month } = resolved.month;
  const day = dayNumber(year, month, stated.day);
  if (civilDay(day).month !== month) return resolved;
  return dayResolved(day, context.pub, resolved.anchor);
}

/** The value of one expression, or null when it names nothing the calendar can hold. */
export function resolve(stated: Stated, context: Context): Resolved | null {
  let resolved: Resolved | null;
  switch (stated.kind) {
    case 'date':
      resolved = resolveDate(stated.fiscal ? fiscalYearOf(stated, context) : stated, context);
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
      if (resolved) resolved = withTime(dayOfCountedMonth(resolved, stated, context), stated);
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
    case 'none':
      resolved = null;
      break;
  }
  if (resolved && stated.mod !== null && resolved.mod === undefined)
    resolved = { ...resolved, mod: stated.mod };
  if (resolved && stated.fiscal) resolved = fiscal(resolved);
  return resolved;
}

/**
 * A fiscal quarter told without its year is one of the fiscal year the report falls in, whatever
 * the tense: "its fiscal third quarter, which ended March 31", reported in April 2013, and "will
 * report fiscal first-quarter results", in December 2012, are not the calendar's last or next
 * such quarter (fiscal years are named by the year they end in, and begin months before it).
 */
function fiscalYearOf(stated: Stated, context: Context): Stated {
  const { year } = context.pub;
  // (one named by its last day is placed by that day: "the fiscal year that ended Sept. 30")
  return stated.year === null &&
    stated.month === null &&
    stated.shortYear === null &&
    stated.yearShift === null &&
    year !== null
    ? { ...stated, year }
    : stated;
}

/** A fiscal year or a part of one, as TIDES writes it: `FY2013`, `FY2013-Q3`, `FY2013-H1`. */
function fiscal(resolved: Resolved): Resolved {
  return /^\d{4}(?:-[QH][1-4X])?$/u.test(resolved.value)
    ? { ...resolved, value: `FY${resolved.value}` }
    : resolved;
}
