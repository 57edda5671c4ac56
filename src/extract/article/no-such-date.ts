import { isValidDay } from '../calendar/days.ts';

/**
 * Why a publication date shaped `YYYY`, `YYYY-MM` or `YYYY-MM-DD` names no day of the calendar,
 * in words a writer can act on; null when it names one. The timeline's calendar starts at year 1
 * (a date before the common era dates no event), so "0000-01-01" is refused here too, not drawn
 * as a date that cannot be placed.
 */
export function whyNoSuchDate(value: string): string | null {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  if (year < 1) return `"${value}" is before year 1, where the calendar starts`;
  if (month === undefined) return null;
  if (month < 1 || month > 12) return `"${value}" has no such month (${month})`;
  if (day === undefined) return null;
  return isValidDay(year, month, day) ? null : `"${value}" is no such day`;
}
