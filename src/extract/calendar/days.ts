/**
 * Civil-calendar arithmetic on plain numbers: proleptic Gregorian days counted from 1970-01-01.
 * No `Date` objects, so no time zone can shift a day (a `Date` built from local time would move
 * "2023-05-05" to May 4 west of Greenwich). The conversions are Howard Hinnant's
 * `days_from_civil` / `civil_from_days` algorithms.
 */

/** A calendar day. `month` is 1..12, `day` 1..31. */
export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/**
 * Days since 1970-01-01 of a calendar day (negative before it). Months past 12 roll into the
 * next years (month 13 is January of the next year), which keeps interval arithmetic simple.
 */
export function dayNumber(yearIn: number, monthIn: number, day: number): number {
  const year = yearIn + Math.floor((monthIn - 1) / 12);
  const month = ((((monthIn - 1) % 12) + 12) % 12) + 1;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar day of a day number. */
export function civilDay(days: number): CivilDay {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year-month-day names a real day (no February 30). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Day number of the Monday that starts ISO week 1 of a year (the week with the year's first Thursday). */
function isoWeekOneMonday(year: number): number {
  const january4 = dayNumber(year, 1, 4);
  return january4 - (isoWeekday(january4) - 1);
}

/** How many ISO weeks a year has: 53 when it starts or (leap years) ends on a Thursday, else 52. */
export function isoWeeksInYear(year: number): number {
  return (isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / 7;
}

/** Day number of the Monday of ISO week `week` of `year`, or null when the year has no such week. */
export function isoWeekMonday(year: number, week: number): number | null {
  if (week < 1 || week > isoWeeksInYear(year)) return null;
  return isoWeekOneMonday(year) + (week - 1) * 7;
}

/** The day number of an ISO day (`-0044-03-15` too), NaN when it is none. */
export function dayNumberOf(iso: string): number {
  const m = /^(?<year>-?\d{4,})-(?<month>\d{2})-(?<day>\d{2})$/u.exec(iso);
  if (!m?.groups) return Number.NaN;
  return dayNumber(Number(m.groups['year']), Number(m.groups['month']), Number(m.groups['day']));
}

/** `YYYY-MM-DD` of a day number (years below 1000 are zero-padded, as ISO 8601 wants). */
export function isoDay(days: number): string {
  const { year, month, day } = civilDay(days);
  const yyyy = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${yyyy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
