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
  const interval = timexInterval(value, mod);
  if (interval === null) return null;
  return { value: value.trim(), ...interval, label: timexLabel(value, mod) };
}
