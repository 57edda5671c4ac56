/**
 * English words of time and their values, for the temporal tagger. DATA ONLY. The engine looks a
 * matched word up here after lower-casing it, dropping dots, squeezing spaces and straightening
 * apostrophes ("Sept." -> "sept", "New Year’s Day" -> "new year's day"), so keys are written that
 * way. The regex fragments (fragments.ts) accept exactly these words; a test checks both ways.
 */
import type { PartOfDay, Reference, Season, Unit } from '../../../temporal/rule.ts';

export const MONTHS = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
} as const satisfies Record<string, number>;

/** A weekday's name written out, the whole of a word or date ("Monday"; not "Mon."). */
export const WEEKDAY_NAME = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/u;

/** ISO weekdays: Monday is 1. */
export const WEEKDAYS = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
} as const satisfies Record<string, number>;

export const SEASONS = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
} as const satisfies Record<string, Season>;

export const PARTS_OF_DAY = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  daytime: 'DT',
  // (the day's edges, which only the rule of "at dawn", "by nightfall" reads: TIDES writes dawn
  // as the morning and dusk as the evening)
  dawn: 'MO',
  daybreak: 'MO',
  sunrise: 'MO',
  'first light': 'MO',
  dusk: 'EV',
  sunset: 'EV',
  nightfall: 'EV',
} as const satisfies Record<string, PartOfDay>;

/** Clock hours of the words that name one ("noon" is 12:00; midnight ends a day, as in TimeML). */
export const CLOCK_WORDS = {
  noon: 12,
  midday: 12,
  midnight: 24,
} as const satisfies Record<string, number>;

/** Before or after noon. */
export const MERIDIEMS = {
  am: 'am',
  pm: 'pm',
  morning: 'am',
  afternoon: 'pm',
  evening: 'pm',
  night: 'pm',
} as const satisfies Record<string, 'am' | 'pm'>;

/**
 * Counts. `null` is a count the text leaves open ("a few days": `PXD`). Compounds ("twenty-five")
 * are the sum of their parts.
 */
export const NUMBERS = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  'a hundred': 100,
  dozen: 12,
  'a dozen': 12,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
  'a few': null,
  few: null,
  several: null,
  some: null,
  many: null,
  numerous: null,
  'a number of': null,
} as const satisfies Record<string, number | null>;

/** Fractions added to a count ("5 1/2 hours", "two and a half years") or of one unit ("a quarter of an hour"). */
export const FRACTIONS = {
  '1/2': 0.5,
  '½': 0.5,
  '1/4': 0.25,
  '¼': 0.25,
  '3/4': 0.75,
  '¾': 0.75,
  'and a half': 0.5,
  'and one half': 0.5,
  'and a quarter': 0.25,
  half: 0.5,
  /** (of an hour: "a quarter past six") */
  quarter: 0.25,
  'quarter of': 0.25,
  'a quarter of': 0.25,
  'one quarter of': 0.25,
  'three quarters of': 0.75,
  'three-quarters of': 0.75,
} as const satisfies Record<string, number>;

/** Ordinals: days of a month ("the fifth"), quarters, halves and centuries ("the 20th century"). */
export const ORDINALS = {
  // (of halves only: "the back half of the year", "the latter half of 2024", "the front half")
  front: 1,
  latter: 2,
  back: 2,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty-second': 22,
  'twenty-third': 23,
  'twenty-fourth': 24,
  'twenty-fifth': 25,
  'twenty-sixth': 26,
  'twenty-seventh': 27,
  'twenty-eighth': 28,
  'twenty-ninth': 29,
  thirtieth: 30,
  'thirty-first': 31,
  last: -1,
  final: -1,
} as const satisfies Record<string, number>;

/** Decades written as words ("the nineties" is the 1990s of the century in question). */
export const DECADE_WORDS = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
} as const satisfies Record<string, number>;

/** Centuries of years said in words, as broadcast transcripts write them ("nineteen ninety-one"). */
export const SPOKEN_CENTURIES = {
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  'two thousand': 20,
} as const satisfies Record<string, number>;

export const UNITS = {
  century: 'century',
  centuries: 'century',
  decade: 'decade',
  decades: 'decade',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
  quarter: 'quarter',
  quarters: 'quarter',
  month: 'month',
  months: 'month',
  week: 'week',
  weeks: 'week',
  weekend: 'weekend',
  weekends: 'weekend',
  day: 'day',
  days: 'day',
  night: 'day',
  nights: 'day',
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  second: 'second',
  seconds: 'second',
  fortnight: 'week',
} as const satisfies Record<string, Unit>;

/** Days named from today: how many days from it, and the part of the day some name. */
export const DAY_WORDS = {
  today: { offset: 0 },
  tonight: { offset: 0, part: 'NI' },
  yesterday: { offset: -1 },
  tomorrow: { offset: 1 },
  // (after a clock time: "5 p.m. this afternoon")
  'this morning': { offset: 0, part: 'MO' },
  'this afternoon': { offset: 0, part: 'AF' },
  'this evening': { offset: 0, part: 'EV' },
} as const satisfies Record<string, { offset: number; part?: PartOfDay }>;

/** How many of a unit some unit words are worth ("a fortnight" is two weeks). */
export const UNIT_MULTIPLIERS = {
  fortnight: 2,
} as const satisfies Record<string, number>;

/** Which period "last", "this" and "next" pick, counted from the present one. */
export const SHIFTS = {
  last: -1,
  past: -1,
  previous: -1,
  preceding: -1,
  prior: -1,
  'this past': -1,
  this: 0,
  /** "the first half of the year": the current year. */
  the: 0,
  current: 0,
  same: 0,
  next: 1,
  coming: 1,
  'this coming': 1,
  following: 1,
  upcoming: 1,
} as const satisfies Record<string, number>;

/** Which way "ago", "from now" and "later" count. */
export const DIRECTIONS = {
  ago: -1,
  back: -1,
  earlier: -1,
  before: -1,
  'from now': 1,
  'from today': 1,
  hence: 1,
  later: 1,
  after: 1,
  afterward: 1,
  afterwards: 1,
} as const satisfies Record<string, -1 | 1>;

/** TIMEX3 `mod` of the words that qualify a period or a length. */
export const MODS = {
  early: 'START',
  'the start of': 'START',
  'the beginning of': 'START',
  'the early part of': 'START',
  mid: 'MID',
  'the middle of': 'MID',
  late: 'END',
  'the end of': 'END',
  'start of': 'START',
  'beginning of': 'START',
  'middle of': 'MID',
  'end of': 'END',
  // wire copy's hyphenated parts: "by end-2025", "start-June"
  start: 'START',
  end: 'END',
  'the latter part of': 'END',
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'less than': 'LESS_THAN',
  under: 'LESS_THAN',
  'fewer than': 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE',
  'no less than': 'EQUAL_OR_MORE',
  'at most': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS',
  'up to': 'EQUAL_OR_LESS',
  about: 'APPROX',
  around: 'APPROX',
  approximately: 'APPROX',
  roughly: 'APPROX',
  some: 'APPROX',
  nearly: 'APPROX',
  almost: 'APPROX',
  'close to': 'APPROX',
  post: 'AFTER',
  pre: 'BEFORE',
} as const satisfies Record<string, string>;

/** Words for the present and the past as a whole ("the future" has a rule of its own). */
export const REFERENCES = {
  currently: 'PRESENT_REF',
  presently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  recently: 'PAST_REF',
  lately: 'PAST_REF',
} as const satisfies Record<string, Reference>;

/** Recurrence words and their period. */
export const SET_WORDS = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  fortnightly: 'P2W',
  monthly: 'P1M',
  quarterly: 'P3M',
  yearly: 'P1Y',
  annually: 'P1Y',
  hourly: 'PT1H',
  biannually: 'P6M',
  'semi-annually': 'P6M',
  semiannually: 'P6M',
  // the days Monday to Friday, as TIMEX writes the weekend's days XXXX-WXX-WE
  weekday: 'XXXX-WXX-WD',
} as const satisfies Record<string, string>;

/**
 * A holiday that another country keeps on another day, told in a sentence that sets it in that
 * country: "Shoppers in Canada crowded malls on [Thanksgiving]" is Canadian Thanksgiving (the
 * second Monday of October), "Crowds across Mexico marked [Independence Day]" Mexico's (Sept. 16).
 * `holiday` is the name written (a HOLIDAYS key), `place` a regex source tried on the sentence,
 * `as` the HOLIDAYS key of that country's day. Only a place the sentence puts things in: a
 * country named otherwise ("Canadians flocked to U.S. malls on Thanksgiving") says nothing, nor
 * one named where the sentence names the holiday's own country too (`unless`, tried on the
 * sentence case-sensitively: "Americans in India celebrated Independence Day").
 */
const IN_COUNTRY = String.raw`\b(?:in|across|throughout|all\s+over)\s+`;
/**
 * The country whose day the holiday's bare name is (HOLIDAYS: Thanksgiving and Independence Day
 * are the American ones), named in the same sentence: the sentence is about that day, whatever
 * other country it names ("Many Americans who live in Canada flew home for Thanksgiving", "U.S.
 * troops in Pakistan marked Independence Day"; not "North America"). Case-sensitive ("us").
 */
const AMERICA_NAMED = String.raw`\b(?:U\.S\.|US\b|USA\b|United\s+States\b|(?<!\b(?:North|South|Central|Latin)\s)Americans?\b)`;
/** Each country's own day of a holiday whose bare name is America's: [holiday, country, HOLIDAYS key]. */
const HOLIDAYS_ABROAD: ReadonlyArray<readonly [string, string, string]> = [
  ['thanksgiving', 'Canada', 'canadian thanksgiving'],
  ['thanksgiving day', 'Canada', 'canadian thanksgiving day'],
  ['independence day', 'India', 'indian independence day'],
  ['independence day', 'Pakistan', 'pakistani independence day'],
  ['independence day', 'Mexico', 'mexican independence day'],
  ['independence day', 'Indonesia', 'indonesian independence day'],
  ['independence day', 'Ukraine', 'ukrainian independence day'],
  ['independence day', 'Brazil', 'brazilian independence day'],
  ['independence day', 'Nigeria', 'nigerian independence day'],
];
export const HOLIDAYS_OF_PLACES: ReadonlyArray<{
  holiday: string;
  place: string;
  as: string;
  unless: string;
}> = HOLIDAYS_ABROAD.map(([holiday, country, as]) => ({
  holiday,
  place: String.raw`${IN_COUNTRY}${country}\b`,
  as,
  unless: AMERICA_NAMED,
}));

/**
 * Holidays: a fixed day (kept `every` so many years `since` one, if not yearly), the `nth` `weekday` of a month (-1: the last; counted `from` a day of
 * the month, 1 by default), or days from Easter Sunday. Only the widely known ones with a calendar rule.
 */
export const HOLIDAYS = {
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  "new year's": { month: 1, day: 1 },
  "valentine's day": { month: 2, day: 14 },
  "st patrick's day": { month: 3, day: 17 },
  'independence day': { month: 7, day: 4 },
  /** Other countries' independence days, named by the country ("India's Independence Day"). */
  "india's independence day": { month: 8, day: 15 },
  'indian independence day': { month: 8, day: 15 },
  "pakistan's independence day": { month: 8, day: 14 },
  'pakistani independence day': { month: 8, day: 14 },
  "mexico's independence day": { month: 9, day: 16 },
  'mexican independence day': { month: 9, day: 16 },
  "indonesia's independence day": { month: 8, day: 17 },
  'indonesian independence day': { month: 8, day: 17 },
  "ukraine's independence day": { month: 8, day: 24 },
  'ukrainian independence day': { month: 8, day: 24 },
  "brazil's independence day": { month: 9, day: 7 },
  'brazilian independence day': { month: 9, day: 7 },
  "nigeria's independence day": { month: 10, day: 1 },
  'nigerian independence day': { month: 10, day: 1 },
  /** International Workers' Day. */
  'may day': { month: 5, day: 1 },
  /** The US president's, every four years: January 20 since 1937, March 4 before. */
  'inauguration day': { month: 1, day: 20, every: 4, since: 1937, earlier: { month: 3, day: 4 } },
  halloween: { month: 10, day: 31 },
  'veterans day': { month: 11, day: 11 },
  "veterans' day": { month: 11, day: 11 },
  'armistice day': { month: 11, day: 11 },
  'christmas eve': { month: 12, day: 24 },
  christmas: { month: 12, day: 25 },
  'christmas day': { month: 12, day: 25 },
  'boxing day': { month: 12, day: 26 },
  // (British, Irish and Commonwealth days news writes by name)
  hogmanay: { month: 12, day: 31 },
  'burns night': { month: 1, day: 25 },
  'australia day': { month: 1, day: 26 },
  'waitangi day': { month: 2, day: 6 },
  "st david's day": { month: 3, day: 1 },
  "st george's day": { month: 4, day: 23 },
  'anzac day': { month: 4, day: 25 },
  'canada day': { month: 7, day: 1 },
  'bastille day': { month: 7, day: 14 },
  'bonfire night': { month: 11, day: 5 },
  'guy fawkes night': { month: 11, day: 5 },
  'remembrance day': { month: 11, day: 11 },
  /** The second Sunday of November, the one nearest Armistice Day. */
  'remembrance sunday': { month: 11, weekday: 7, nth: 2 },
  "st andrew's day": { month: 11, day: 30 },
  juneteenth: { month: 6, day: 19 },
  /** Canada's: the Monday before May 25. */
  'victoria day': { month: 5, weekday: 1, nth: 1, from: 18 },
  'labor day': { month: 9, weekday: 1, nth: 1 },
  /**
   * England's, Wales's and Northern Ireland's bank holidays named by their season (Scotland's
   * summer one is the first Monday of August; national news follows England's).
   */
  'august bank holiday': { month: 8, weekday: 1, nth: -1 },
  'summer bank holiday': { month: 8, weekday: 1, nth: -1 },
  'spring bank holiday': { month: 5, weekday: 1, nth: -1 },
  'late may bank holiday': { month: 5, weekday: 1, nth: -1 },
  'early may bank holiday': { month: 5, weekday: 1, nth: 1 },
  /**
   * The US primaries' biggest day: the first Tuesday of March in a presidential election's year,
   * as it was in 2000, 2004 and since 2012 (not in 2008, February 5, nor in 1988-1996, the
   * second Tuesday): "Super Tuesday" is read so in any year.
   */
  'super tuesday': { month: 3, weekday: 2, nth: 1, every: 4, since: 2000 },
  /** US federal elections: the Tuesday after the first Monday of November. */
  'election day': { month: 11, weekday: 2, nth: 1, from: 2 },
  'memorial day': { month: 5, weekday: 1, nth: -1 },
  'martin luther king day': { month: 1, weekday: 1, nth: 3 },
  'martin luther king jr day': { month: 1, weekday: 1, nth: 3 },
  'columbus day': { month: 10, weekday: 1, nth: 2 },
  /** As the United States keep them (Britain's Mothering Sunday follows Lent). */
  "mother's day": { month: 5, weekday: 7, nth: 2 },
  "father's day": { month: 6, weekday: 7, nth: 3 },
  "presidents' day": { month: 2, weekday: 1, nth: 3 },
  'presidents day': { month: 2, weekday: 1, nth: 3 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 },
  /** Canada's: the second Monday of October. */
  'canadian thanksgiving': { month: 10, weekday: 1, nth: 2 },
  'canadian thanksgiving day': { month: 10, weekday: 1, nth: 2 },
  'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  /** The Friday and the Monday after Thanksgiving. */
  'black friday': { month: 11, weekday: 5, nth: 1, from: 23 },
  'cyber monday': { month: 11, weekday: 1, nth: 1, from: 26 },
  easter: { easter: 0 },
  'easter sunday': { easter: 0 },
  'easter monday': { easter: 1 },
  'good friday': { easter: -2 },
  'maundy thursday': { easter: -3 },
  'holy thursday': { easter: -3 },
  'palm sunday': { easter: -7 },
  'ash wednesday': { easter: -46 },
  'mardi gras': { easter: -47 },
  'shrove tuesday': { easter: -47 },
  'pancake day': { easter: -47 },
  'holy saturday': { easter: -1 },
  pentecost: { easter: 49 },
  'pentecost sunday': { easter: 49 },
  'whit sunday': { easter: 49 },
  'whit monday': { easter: 50 },
} as const satisfies Record<
  string,
  | {
      month: number;
      day: number;
      every?: number;
      since?: number;
      earlier?: { month: number; day: number };
    }
  | { month: number; weekday: number; nth: number; from?: number; every?: number; since?: number }
  | { easter: number }
>;

/**
 * Time zones news writes after a clock time ("9 a.m. EST"). Recognized so that they belong to the
 * expression; TIMEX3 values keep the clock time as written, as the gold corpora do.
 */
export const TIME_ZONES = [
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
  'EET',
  'EEST',
  'MSK',
  'EST',
  'EDT',
  'CST',
  'CDT',
  'MST',
  'MDT',
  'PST',
  'PDT',
  'ET',
  'PT',
  'IST',
  'JST',
] as const;
