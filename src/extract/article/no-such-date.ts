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
  // the last day of the month: day 0 of the next one
  const last = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const lastOfFebruary = month === 2 && !isLeapYear(year) ? 28 : last;
  if (day < 1 || day > lastOfFebruary) return `"${value}" is no such day`;
  return null;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
