/**
 * Calendar values: what a TIMEX3 DATE/TIME value covers (an interval of ISO days) and how it reads
 * to people. Pure arithmetic on calendar days; never an instant, never the machine's clock.
 */
import type { EventDate } from '../types.ts';
import { timexInterval } from './interval.ts';
import { timexLabel } from './label.ts';

export { timexInterval, type TimexInterval } from './interval.ts';
export { timexLabel } from './label.ts';
export { parseTimexValue, type CalendarValue } from './parse.ts';

/**
 * The date of an event: the value's interval, precision and label together, or null when the value
 * has no interval of its own (`XXXX-05-05`, `PRESENT_REF`, a duration): the event layer must
 * anchor such values first.
 */
export function eventDate(value: string, mod?: string): EventDate | null {
  const fiscal = FISCAL.exec(value.trim())?.groups;
  if (fiscal) return fiscalDate(value.trim(), fiscal['year']!, fiscal['part']);
  const interval = timexInterval(value, mod);
  if (interval === null) return null;
  return { value: value.trim(), ...interval, label: timexLabel(value, mod) };
}

/** A fiscal year or a part of one (TIDES): `FY2013`, `FY2013-Q3`. */
const FISCAL = /^FY(?<year>\d{4})(?:-(?<part>[QH][1-4]))?$/u;

/**
 * Which calendar months a fiscal year covers depends on who counts it (July to June, October to
 * September...), so it is drawn over the calendar year it is named by, approximate, and so is a
 * part of one: "fiscal 2013", "fiscal Q3 2013" are somewhere around 2013, no finer.
 */
function fiscalDate(value: string, year: string, part: string | undefined): EventDate | null {
  const interval = timexInterval(year);
  if (interval === null) return null;
  const label = part === undefined ? `fiscal ${year}` : `fiscal ${part} ${year}`;
  return { value, ...interval, approximate: true, label };
}

/**
 * The date of a range from one date through another ("from March 2019 to June 2020"): from the
 * first day of `from` to the last of `through`, read as both ends ("March 2019 – June 2020").
 * Null when the ends are out of order or the same: then the range says no more than `from`.
 */
export function eventRange(from: EventDate, through: EventDate): EventDate | null {
  if (through.end <= from.end || through.start <= from.start) return null;
  return {
    value: from.value,
    through: through.value,
    start: from.start,
    end: through.end,
    granularity: from.granularity,
    approximate: from.approximate || through.approximate,
    label: rangeLabel(from.label, through.label),
  };
}

/**
 * Two labels as a range, the year said once when both ends share it: "May 5–7, 2023",
 * "May 5 – June 2, 2023", "January – March 2023", "2019 – May 17, 2023".
 */
function rangeLabel(from: string, through: string): string {
  const year = /^(?<head>.*[^\s,])(?:, | )(?<year>\d{4})$/u.exec(from)?.groups;
  // a spaced dash between labels of several words ("March 2019 – June 2020"), else none ("2015–2017")
  if (!year || !through.endsWith(` ${year['year']}`))
    return /\s/u.test(from + through) ? `${from} – ${through}` : `${from}–${through}`;
  const head = year['head']!;
  // "May 5" and "May 7, 2023": the month said once too
  const day = /^(?<month>\p{L}+) (?<day>\d{1,2})$/u.exec(head)?.groups;
  const sameMonth = day && new RegExp(`^${day['month']} (\\d{1,2}),`, 'u').exec(through);
  if (sameMonth) return `${head}–${through.slice(day['month']!.length + 1)}`;
  return `${head} – ${through}`;
}
