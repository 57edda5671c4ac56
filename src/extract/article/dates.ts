/**
 * Dates as news writes them in headers, datelines and signatures: "May 17, 2023", "Jan. 5, 2010",
 * "17 May 2023", "Wed, 17 May 2023", "2023-05-17T10:20:00Z", "08/07/1998", "3/6/12",
 * "March 3" (no year), "May 2023". Self-contained on purpose: the article reader must find the
 * publication date before the temporal tagger runs, and must not change when the tagger does.
 *
 * A numeric date whose two first numbers could each be the month ("06/03/2012") is read month
 * first, as US wires write it, and marked `swappable`: order.ts reads it as the text writes its
 * other dates.
 */
import { dayNumber, daysInMonth, isoWeekday } from '../calendar/days.ts';
import { MONTHS, TWO_DIGIT_YEAR_PIVOT, WEEKDAYS } from '../lexicon/en/article/date-words.ts';

/** A date found in a text; what the text does not say is null. */
export interface FoundDate {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number | null;
  /** The weekday written with it ("Wednesday, May 17"), ISO 1..7. */
  weekday: number | null;
  /** How it writes day and month: "17 May", "17.05.2023" day first; "May 17" month first. */
  order: 'day-first' | 'month-first' | null;
  /** Numbers that read as a date either way ("06/03/2012"); read month first until resolved. */
  swappable: boolean;
}

/**
 * Alternatives of a word list as written and in capitals, longest first so that "Sept" wins over
 * "Sep". Never in lower case: "may" is a verb, "sat" and "sun" are words.
 */
function alternatives(words: readonly string[]): string {
  return [...words.flatMap((w) => [w, w.toUpperCase()])]
    .sort((a, b) => b.length - a.length)
    .join('|');
}

const MONTH_WORDS = new Map<string, number>();
MONTHS.forEach((month, i) => {
  for (const word of [month.name, ...month.short]) MONTH_WORDS.set(word.toLowerCase(), i + 1);
});
const WEEKDAY_WORDS = new Map<string, number>();
WEEKDAYS.forEach((weekday, i) => {
  for (const word of [weekday.name, ...weekday.short]) WEEKDAY_WORDS.set(word.toLowerCase(), i + 1);
});

const MONTH = String.raw`(?<month>${alternatives(MONTHS.flatMap((m) => [m.name, ...m.short]))})\.?`;
const WEEKDAY = String.raw`(?:(?<weekday>${alternatives(WEEKDAYS.flatMap((w) => [w.name, ...w.short]))})\.?,?\s+)?`;
const DAY = String.raw`(?<day>[0-3]?\d)(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?<year>1[89]\d\d|2[01]\d\d)`;

/**
 * The forms, each a whole date, with the order in which they write day and month; a month name
 * always needs a number beside it.
 */
const FORMS: ReadonlyArray<{ pattern: RegExp; order: FoundDate['order'] }> = [
  // 2023-05-17, 2023/05/17, 2023-05-17T10:20:00Z
  {
    pattern: new RegExp(
      String.raw`(?<![\d.-])${YEAR}(?<sep>[-/.])(?<monthNumber>0?[1-9]|1[0-2])\k<sep>(?<day>0?[1-9]|[12]\d|3[01])(?!\d|[-/.]\d)(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`,
      'gu',
    ),
    order: null,
  },
  // Wednesday, May 17, 2023 / Jan. 5, 2010 / March 3
  {
    pattern: new RegExp(String.raw`\b${WEEKDAY}${MONTH}\s+${DAY}\b(?:,?\s+${YEAR}\b)?`, 'gu'),
    order: 'month-first',
  },
  // Wed, 17 May 2023 / 17 May, 2023 / 7 August
  {
    pattern: new RegExp(
      String.raw`\b${WEEKDAY}${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR}\b)?`,
      'gu',
    ),
    order: 'day-first',
  },
  // May 2023
  { pattern: new RegExp(String.raw`\b${MONTH},?\s+${YEAR}\b`, 'gu'), order: null },
  // 08/07/1998, 8-7-1998, 3/6/12 (month first, as US wires write it, unless the first number
  // cannot be a month); 17.05.2023 (day first, as European papers write it). Never inside a
  // longer run of numbers ("10.4.11" is a version, "1/2/3/4" a list). The order is read below.
  {
    pattern: new RegExp(
      String.raw`(?<![\d/.\p{L}-])(?<first>\d{1,2})(?<sep>[/.-])(?<second>\d{1,2})\k<sep>(?:${YEAR}|(?<shortYear>\d{2}))(?!\d|[/.-]\d)`,
      'gu',
    ),
    order: null,
  },
];

/** The year of a two-digit year: "12" is 2012, "98" is 1998. */
function fullYear(twoDigits: string): number {
  const n = Number(twoDigits);
  return n < TWO_DIGIT_YEAR_PIVOT ? 2000 + n : 1900 + n;
}

function toFoundDate(match: RegExpMatchArray, formOrder: FoundDate['order']): FoundDate | null {
  const g = match.groups ?? {};
  let year = g['year'] === undefined ? null : Number(g['year']);
  let month: number | undefined;
  let day: number | null = g['day'] === undefined ? null : Number(g['day']);
  let order = day === null ? null : formOrder;
  let swappable = false;
  if (g['month'] !== undefined) month = MONTH_WORDS.get(g['month'].toLowerCase());
  else if (g['monthNumber'] !== undefined) month = Number(g['monthNumber']);
  else if (g['first'] !== undefined && g['second'] !== undefined) {
    // "10.4.11" is a version number, not a date: dots only with four-digit years.
    if (g['shortYear'] !== undefined) {
      if (g['sep'] === '.') return null;
      year = fullYear(g['shortYear']);
    }
    const first = Number(g['first']);
    const second = Number(g['second']);
    const dayFirst = g['sep'] === '.' || first > 12;
    month = dayFirst ? second : first;
    day = dayFirst ? first : second;
    order = dayFirst ? 'day-first' : second > 12 ? 'month-first' : null;
    swappable = order === null && first !== second;
  }
  if (month === undefined || month < 1 || month > 12) return null;
  if (day !== null) {
    const last =
      year === null
        ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
        : daysInMonth(year, month);
    if (day < 1 || day > last) return null;
  }
  const weekday =
    g['weekday'] === undefined ? null : (WEEKDAY_WORDS.get(g['weekday'].toLowerCase()) ?? null);
  const start = match.index ?? 0;
  return { start, end: start + match[0].length, year, month, day, weekday, order, swappable };
}

/** The other reading of a swappable numeric date ("06/03/2012": 6 March rather than June 3). */
export function swapped(date: FoundDate): FoundDate {
  if (!date.swappable || date.day === null) return date;
  return { ...date, month: date.day, day: date.month, order: 'day-first', swappable: false };
}

/** Every date in `text`, left to right; where forms overlap, the longest wins. */
export function findDates(text: string): FoundDate[] {
  const candidates: FoundDate[] = [];
  // exec on the shared patterns rather than matchAll, which copies each one for every text (no
  // form matches an empty string, so each match moves on)
  for (const { pattern, order } of FORMS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const found = toFoundDate(match, order);
      if (found) candidates.push(found);
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const chosen: FoundDate[] = [];
  for (const candidate of candidates) {
    const last = chosen.at(-1);
    if (last && candidate.start < last.end) {
      if (candidate.end - candidate.start > last.end - last.start)
        chosen[chosen.length - 1] = candidate;
      continue;
    }
    chosen.push(candidate);
  }
  return chosen;
}

/** The date when `text` is one date and nothing else (trimmed), else null. */
export function parseWholeDate(text: string): FoundDate | null {
  const trimmed = text.trim();
  const [first] = findDates(trimmed);
  return first && first.start === 0 && first.end === trimmed.length ? first : null;
}

/** Whether a found date is a whole calendar day. */
export function isFullDate(date: FoundDate): date is FoundDate & { year: number; day: number } {
  return date.year !== null && date.day !== null;
}

/** The TIMEX3 value of a found date: `2023-05-17`, `2023-05`, `XXXX-03-03` (no year written). */
export function dateValue(date: Pick<FoundDate, 'year' | 'month' | 'day'>): string {
  const year = date.year === null ? 'XXXX' : String(date.year).padStart(4, '0');
  const month = String(date.month).padStart(2, '0');
  return date.day === null
    ? `${year}-${month}`
    : `${year}-${month}-${String(date.day).padStart(2, '0')}`;
}

/** Whether month-day of `year` falls on ISO weekday `weekday`. */
export function fallsOn(year: number, month: number, day: number, weekday: number): boolean {
  return isoWeekday(dayNumber(year, month, day)) === weekday;
}

/** Weekday names in a text ("on Friday"), as ISO weekdays, in order of appearance. */
export function weekdaysIn(text: string): number[] {
  const pattern = new RegExp(
    String.raw`\b(?<name>${WEEKDAYS.map((w) => w.name).join('|')})\b`,
    'gu',
  );
  return [...text.matchAll(pattern)].map((m) =>
    WEEKDAY_WORDS.get(m.groups!['name']!.toLowerCase())!,
  );
}
