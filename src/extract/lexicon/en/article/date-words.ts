/**
 * The English words of calendar values, for the two places of this room that meet dates as words:
 * the date labels shown to people (src/extract/calendar/label.ts) and the date headers of articles
 * ("Published: Jan. 5, 2010", "WASHINGTON, March 3 (Reuters)", src/extract/article/). Data only.
 */

/** Month names, January first; `short` are the forms news writes with or without a dot. */
export const MONTHS = [
  { name: 'January', short: ['Jan'] },
  { name: 'February', short: ['Feb'] },
  { name: 'March', short: ['Mar'] },
  { name: 'April', short: ['Apr'] },
  { name: 'May', short: [] },
  { name: 'June', short: ['Jun'] },
  { name: 'July', short: ['Jul'] },
  { name: 'August', short: ['Aug'] },
  { name: 'September', short: ['Sep', 'Sept'] },
  { name: 'October', short: ['Oct'] },
  { name: 'November', short: ['Nov'] },
  { name: 'December', short: ['Dec'] },
] as const satisfies ReadonlyArray<{ name: string; short: readonly string[] }>;

/** ISO weekdays, Monday first; `short` as in "Wed, 17 May 2023". */
export const WEEKDAYS = [
  { name: 'Monday', short: ['Mon'] },
  { name: 'Tuesday', short: ['Tue', 'Tues'] },
  { name: 'Wednesday', short: ['Wed'] },
  { name: 'Thursday', short: ['Thu', 'Thur', 'Thurs'] },
  { name: 'Friday', short: ['Fri'] },
  { name: 'Saturday', short: ['Sat'] },
  { name: 'Sunday', short: ['Sun'] },
] as const satisfies ReadonlyArray<{ name: string; short: readonly string[] }>;

/**
 * Two-digit years in numeric dates ("3/6/12", "8/7/98"): below this they are in the 2000s, from it
 * in the 1900s. News archives span both centuries; a date before 1950 is not written this way.
 */
export const TWO_DIGIT_YEAR_PIVOT = 50;

/** TIMEX3 season codes. Northern-hemisphere names; "fall" is written "autumn" in labels. */
export const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' } as const;

/** TIMEX3 parts of the day (`2018-07-20TNI`). */
export const PARTS_OF_DAY = {
  MO: 'morning',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'night',
  DT: 'daytime',
} as const;

/** Suffixes of ordinal numbers by their `Intl.PluralRules` ordinal category ("the 21st century"). */
export const ORDINAL_SUFFIXES = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as const;

/** Ordinal words for quarters and halves ("the first quarter of 2013"). */
export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth'] as const;

/**
 * How a TIMEX3 `mod` reads in a label, by the shape of the label: `prefix` before a period
 * ("late May 2023", "mid-2023"), `adjective` inside a "the ..." label ("the early 1990s"; null:
 * use `prefix` before it), `inside` before a "the ... of" label ("early in the week of March 18,
 * 2013"), `onDay` before a day, which has no early or late third on a calendar ("early on May 5").
 * A prefix ending in "-" is joined without a space.
 */
export const MOD_WORDS = {
  START: { prefix: 'early', adjective: 'early', inside: 'early in', onDay: 'early on' },
  MID: { prefix: 'mid-', adjective: 'mid-', inside: 'in the middle of', onDay: 'in the middle of' },
  END: { prefix: 'late', adjective: 'late', inside: 'late in', onDay: 'late on' },
  APPROX: { prefix: 'around', adjective: null, inside: 'around', onDay: 'around' },
  BEFORE: { prefix: 'before', adjective: null, inside: 'before', onDay: 'before' },
  AFTER: { prefix: 'after', adjective: null, inside: 'after', onDay: 'after' },
  ON_OR_BEFORE: { prefix: 'by', adjective: null, inside: 'by', onDay: 'by' },
  ON_OR_AFTER: { prefix: 'since', adjective: null, inside: 'since', onDay: 'since' },
} as const satisfies Record<
  string,
  { prefix: string; adjective: string | null; inside: string; onDay: string }
>;

/** Labels of the TIMEX3 reference values, which have no calendar interval. */
export const REFERENCE_LABELS = {
  PRESENT_REF: 'now',
  PAST_REF: 'in the past',
  FUTURE_REF: 'in the future',
} as const;

/** The label of a value that knows no year at all (`XXXX`, `XXXX-XX-XX`). */
export const UNKNOWN_DATE_LABEL = 'an unknown date';
