/**
 * Reading a match: its named groups, looked up in the lexicon's word tables, plus the rule's
 * constants, give what the text states. Nothing is anchored here; see resolve.ts.
 */
import type { Holiday, Words } from './lexicon.ts';
import type { PartOfDay, Reference, Season, Template, Unit } from './rule.ts';

/** What an expression states, before anchoring. Null: not stated. */
export interface Stated {
  kind: Template['kind'];
  unit: Unit | null;
  /** Periods from the anchor ("yesterday": -1; "the next day": 1). */
  offset: number | null;
  /** How many units: a number, null for an open count ("a few"), undefined when none given. */
  count: number | null | undefined;
  direction: -1 | 1 | null;
  /** The period an `ago` names: "two years ago this month" is a month, "... today" a day. */
  grain: 'month' | 'week' | 'day' | null;
  /** "last" (-1), "this" (0), "next" (1) before a weekday, month, season or holiday. */
  shift: number | null;
  year: number | null;
  /** A year counted from the publication year ("April next year": 1). */
  yearShift: number | null;
  /** A two-digit year ("'98"): its century is inferred. */
  shortYear: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  season: Season | null;
  part: PartOfDay | null;
  hour: number | null;
  minute: number | null;
  /** Quarter or half of a year, or the nth of something; -1 is the last. */
  ordinal: number | null;
  /** First three digits of a decade ("1990s": 199). */
  decade: number | null;
  /** The decade's digit when the century is left out ("the '90s", "the nineties": 9). */
  decadeDigit: number | null;
  /** The century a decade said in words names ("the nineteen-sixties": 19), if it does. */
  decadeCentury: number | null;
  /** Ordinal century ("the 20th century": 20). */
  century: number | null;
  holiday: Holiday | null;
  mod: string | null;
  reference: Reference | null;
  set: string | null;
  /** A fiscal year or a part of one ("fiscal 2013", "fiscal third quarter"). */
  fiscal: boolean;
  /** The turn of a unit ("the turn of the century"): the years about its first. */
  turn: boolean;
  /**
   * A clock time in the small hours of a night named by its day ("12:30 Saturday night", "1:30
   * tonight"): after midnight, so on the next day (TimeML: Sunday T00:30).
   */
  overnight: boolean;
}

/** The form table keys are written in: lower case, no dots, single spaces, straight apostrophes. */
export function wordKey(text: string): string {
  return text.toLowerCase().replace(/\./g, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

function lookup<T>(table: Readonly<Record<string, T>>, text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  const key = wordKey(text);
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Leading digits as a number ("5th" is 5, "3 000" 3000), or undefined. */
function digits(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^\d[\d,]*(?:[ \u00a0\u202f]\d{3})*(?:\.\d+)?/.exec(text.replace(/^['’]/, ''));
  return m ? Number(m[0].replace(/[, \u00a0\u202f]/g, '')) : undefined;
}

/**
 * The year a two-digit year ends a span in, from the span's first year ("2013-14": 2014,
 * "1999-00": 2000): the first year after the start that ends in those digits. Its century is the
 * start's, not the publication's (no publication date must not make "2013-14" end in 1914).
 */
function spanEnd(start: string | undefined, short: string | undefined): number | undefined {
  const first = digits(start);
  const last = digits(short);
  if (first === undefined || last === undefined || first < 1000) return undefined;
  const end = Math.floor(first / 100) * 100 + last;
  return end > first ? end : end + 100;
}

/** A count: digits, a number word, or a compound of number words that adds up ("twenty-five"). */
export function readCount(text: string, words: Words): number | null | undefined {
  const n = digits(text);
  if (n !== undefined) return n;
  const direct = lookup(words.number, text);
  if (direct !== undefined) return direct;
  let sum = 0;
  for (const part of wordKey(text).split(/[-\s]+/)) {
    const value = Object.hasOwn(words.number, part) ? words.number[part] : undefined;
    if (value === undefined || value === null) return undefined;
    sum += value;
  }
  return sum;
}

/** A year said in words: "nineteen" + "ninety-one" is 1991, "two thousand" alone 2000. */
function spokenYear(
  century: string | undefined,
  inCentury: string | undefined,
  words: Words,
): number | undefined {
  const hundreds = lookup(words.spokenCentury, century);
  if (hundreds === undefined) return undefined;
  const rest = inCentury === undefined ? 0 : readCount(inCentury, words);
  return typeof rest === 'number' && rest < 100 ? hundreds * 100 + rest : undefined;
}

/** Minutes of a clock time: digits, a count in words ("twenty"), or a fraction of an hour ("half", "a quarter"). */
function clockMinutes(text: string | undefined, words: Words): number | undefined {
  if (text === undefined) return undefined;
  const fraction = lookup(words.fraction, text.replace(/^an?\s+/u, ''));
  if (fraction !== undefined) return Math.round(fraction * 60);
  const count = digits(text) ?? readCount(text, words);
  return typeof count === 'number' ? count : undefined;
}

function readOrdinal(text: string | undefined, words: Words): number | null {
  if (text === undefined) return null;
  return digits(text) ?? lookup(words.ordinal, text) ?? null;
}

export function readMatch(
  template: Template,
  groups: Readonly<Record<string, string | undefined>>,
  words: Words,
): Stated {
  const g = groups;
  const fields = template as Partial<Record<string, unknown>>;
  const constant = <T>(name: string): T | null => (fields[name] as T | undefined) ?? null;

  const unitWord = g['unit'];
  const unit = lookup(words.unit, unitWord) ?? constant<Unit>('unit');
  let count: number | null | undefined =
    g['number'] !== undefined
      ? readCount(g['number'], words)
      : (fields['count'] as number | null | undefined);
  const fraction = lookup(words.fraction, g['fraction'] ?? g['trailingFraction']);
  // ("half a century" is a half; "the past decade and a half", with no count, one and a half)
  const alone = g['fraction'] === undefined && g['trailingFraction'] !== undefined ? 1 : 0;
  if (fraction !== undefined) count = count === null ? null : (count ?? alone) + fraction;
  const multiplier = lookup(words.unitMultiplier, unitWord);
  if (multiplier !== undefined && typeof count === 'number') count *= multiplier;
  if (multiplier !== undefined && count === undefined) count = multiplier;
  if (g['alternate'] !== undefined) count = (typeof count === 'number' ? count : 1) * 2;

  const dayWord = lookup(words.day, g['dayWord']);
  const shift = lookup(words.shift, g['shift']);
  const clockHour = lookup(words.clock, g['clockWord']);
  const hourText = g['hour'];
  let hour =
    digits(hourText) ??
    (hourText === undefined ? undefined : readCount(hourText, words)) ??
    clockHour ??
    constant<number>('hour');
  // "twenty to eight" is 7:40: the hour before, and the minutes left of it
  const minutesTo = clockMinutes(g['minutesTo'], words);
  if (hour !== null && minutesTo !== undefined) hour = hour === 1 ? 12 : hour - 1;
  const meridiem = lookup(words.meridiem, g['meridiem']) ?? constant<'am' | 'pm'>('meridiem');
  if (hour !== null && meridiem === 'pm' && hour < 12) hour += 12;
  // "eight o'clock tonight", "at 2 this afternoon", "7:30 Friday night": the part of the day a
  // day word names, or one said after the hour, makes it one after noon; not an hour of the small
  // hours ("1:30 Saturday night") nor one on a 24-hour clock ("07:30 Friday evening")
  const part = dayWord?.part ?? lookup(words.part, g['dayPart']);
  const twentyFourHour = hourText !== undefined && /^0\d/u.test(hourText);
  if (hour !== null && meridiem === null && !twentyFourHour && afterNoon(part, hour)) hour += 12;
  // ("12:30 Saturday night" is half an hour after midnight, as "12:30 a.m." is)
  if (hour === 12 && (meridiem === 'am' || (meridiem === null && (part === 'MO' || part === 'NI'))))
    hour = 0;
  const minute =
    (minutesTo === undefined ? undefined : 60 - minutesTo) ??
    clockMinutes(g['minute'], words) ??
    (hour !== null ? 0 : null);
  const monthText = g['month'];
  const day =
    g['day'] === undefined ? null : (digits(g['day']) ?? lookup(words.ordinal, g['day']) ?? null);
  const mod =
    lookup(words.mod, g['mod']) ?? lookup(words.mod, g['bound']) ?? lookup(words.mod, g['approx']);

  const offset =
    dayWord?.offset ??
    (template.kind === 'deictic' || template.kind === 'narrative' ? shift : undefined) ??
    constant<number>('offset');

  return {
    kind: template.kind,
    unit: unit ?? (dayWord !== undefined ? 'day' : null),
    offset: offset ?? null,
    count,
    direction: lookup(words.direction, g['direction']) ?? constant<-1 | 1>('direction'),
    grain: constant<'month' | 'week' | 'day'>('grain'),
    shift:
      template.kind === 'date' || template.kind === 'set'
        ? (shift ?? constant<number>('shift'))
        : null,
    year:
      digits(g['year']) ??
      spanEnd(g['spanStart'], g['yy']) ??
      (g['decadeWord'] === undefined
        ? spokenYear(g['yearCentury'], g['yearInCentury'], words)
        : undefined) ??
      constant<number>('year'),
    yearShift: lookup(words.shift, g['yearShift']) ?? null,
    shortYear: spanEnd(g['spanStart'], g['yy']) === undefined ? (digits(g['yy']) ?? null) : null,
    month:
      monthText === undefined
        ? constant<number>('month')
        : (digits(monthText) ?? lookup(words.month, monthText) ?? null),
    day: day ?? constant<number>('day'),
    weekday: lookup(words.weekday, g['weekday']) ?? constant<number>('weekday'),
    season: lookup(words.season, g['season']) ?? constant<Season>('season'),
    part: lookup(words.part, g['part']) ?? dayWord?.part ?? constant<PartOfDay>('part'),
    hour,
    minute,
    ordinal: readOrdinal(g['ordinal'], words) ?? constant<number>('ordinal'),
    decade: digits(g['decade']) ?? null,
    decadeDigit: digits(g['decadeShort']) ?? lookup(words.decade, g['decadeWord']) ?? null,
    decadeCentury:
      g['decadeWord'] === undefined
        ? null
        : (lookup(words.spokenCentury, g['yearCentury']) ?? null),
    century: readOrdinal(g['century'], words),
    holiday: lookup(words.holiday, g['holiday']) ?? null,
    mod: mod ?? null,
    reference: lookup(words.reference, g['ref']) ?? constant<Reference>('value'),
    set: lookup(words.set, g['set']) ?? null,
    fiscal: g['fiscal'] !== undefined,
    turn: constant<boolean>('turn') === true,
    overnight: hour !== null && part === 'NI' && hour < SMALL_HOURS_END,
  };
}

/**
 * The small hours end at this hour: a time before it, on a night named by its day or after a late
 * time, is the next day's ("5:30 Saturday night" is Sunday's).
 */
export const SMALL_HOURS_END = 6;

/** Whether an hour read without "a.m." or "p.m." is after noon in a part of the day. */
export function afterNoon(part: PartOfDay | undefined, hour: number): boolean {
  if (part === 'AF') return hour >= 1 && hour <= 6;
  // (an evening may begin at four or five: "by five this evening", "5:30 Tuesday evening")
  if (part === 'EV') return hour >= 4 && hour < 12;
  return part === 'NI' && hour >= 6 && hour < 12;
}

/** A time of day that names no day of its own ("10:35 a.m.", "1500 GMT"; not "9 a.m. Tuesday"). */
export function isClockOnly(stated: Stated): boolean {
  return (
    stated.hour !== null &&
    stated.year === null &&
    stated.month === null &&
    stated.day === null &&
    stated.weekday === null &&
    stated.offset === null &&
    stated.holiday === null &&
    stated.kind === 'date'
  );
}
