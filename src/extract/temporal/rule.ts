/**
 * The shape of the temporal lexicon: what a language's rule files must provide. The engine knows
 * these slots and kinds, never a word; a language fills them with patterns and tables
 * (src/extract/lexicon/en/temporal/).
 */
import type { TimexType } from '../types.ts';

/** Calendar units, coarsest first. `weekend` and `part` (of a day) are calendar units too. */
export type Unit =
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'weekend'
  | 'day'
  | 'part'
  | 'hour'
  | 'minute'
  | 'second';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'DT';
export type Reference = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

/** Calendar fields a rule may state as constants ("Christmas" is month 12, day 25). */
export interface Fields {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  season?: Season;
  part?: PartOfDay;
  hour?: number;
  minute?: number;
  /** The half of the day of an hour said without one ("two o'clock" in news is afternoon). */
  meridiem?: 'am' | 'pm';
  /** Quarter or half of a year, with `unit` telling which. */
  ordinal?: number;
}

/** The named groups the engine reads (read.ts); a rule's groups must be among them. */
export const SLOTS = [
  'year',
  'yy',
  // the first year of a span a two-digit year ends ("2013-14"), which gives it its century
  'spanStart',
  'yearCentury',
  'yearInCentury',
  'month',
  'day',
  'weekday',
  'season',
  'part',
  'hour',
  'minute',
  'meridiem',
  // the part of a day after a clock time's day, which says its half ("10 o'clock Saturday night")
  'dayPart',
  'clockWord',
  'dayWord',
  'number',
  'fraction',
  'trailingFraction',
  'unit',
  'alternate',
  'shift',
  'yearShift',
  'direction',
  'mod',
  'bound',
  'approx',
  'ordinal',
  'decade',
  'decadeShort',
  'decadeWord',
  'century',
  'holiday',
  'ref',
  'set',
  // "fiscal 2013", "its fiscal third quarter": a year or a part of one a company or a
  // government counts, written `FY2013`, `FY2013-Q3` (TIDES)
  'fiscal',
  // the minutes before the hour of a clock time said in words ("[twenty] to eight"); `minute`
  // holds those after it ("[half] past nine")
  'minutesTo',
] as const;

/**
 * What a match means before anchoring. Named groups of the pattern fill the engine's SLOTS; the
 * template adds constants and says how to read them:
 *
 * - `date`: calendar fields as stated; what is missing (the year of "May 5", the week of
 *   "Monday") comes from the publication date and the tense of the sentence.
 * - `deictic`: a period counted from the publication date ("yesterday": day -1, "last week").
 * - `ago`: `number` `unit`s before or after the publication date ("two years ago"); with a
 *   `grain`, that period of the publication date so far back ("two years ago this month",
 *   "thirty years ago today").
 * - `narrative`: a period counted from the last date mentioned ("the next day", "that year").
 * - `duration`: a length of time ("28 years", "a few days").
 * - `set`: a recurrence ("every week", "daily", "each Tuesday").
 * - `reference`: PRESENT_REF, PAST_REF, FUTURE_REF.
 * - `none`: words that look temporal but name no time ("24 hours a day" for "always", the TV
 *   programme "60 Minutes"). The match gives no expression, and keeps the other rules off its
 *   words (the longest match wins; on a tie, the earlier rule).
 */
export type Template =
  | ({
      kind: 'date';
      unit?: Unit;
      direction?: -1 | 1;
      count?: number;
      shift?: number;
      /** The turn of a `unit` (a century): the years about its first, written as that year. */
      turn?: boolean;
    } & Fields)
  | ({ kind: 'deictic'; unit?: Unit; offset?: number } & Fields)
  | {
      kind: 'ago';
      unit?: Unit;
      /** How many units, when the words give no number ("this time last year": one). */
      count?: number;
      direction?: -1 | 1;
      grain?: 'month' | 'week' | 'day';
    }
  | ({ kind: 'narrative'; unit?: Unit; offset?: number } & Fields)
  | { kind: 'duration'; unit?: Unit; count?: number | null }
  | ({ kind: 'set'; unit?: Unit } & Fields)
  | { kind: 'reference'; value?: Reference }
  | { kind: 'none' };

/**
 * A rule example: a sentence with the expected expression in [brackets], and its value as
 * resolved for the lexicon's example publication date (or `published`, when given).
 */
export type Example = readonly [sentence: string, value: string, published?: string | null];

export interface Rule {
  /** What the rule recognizes, for people and test titles. */
  name: string;
  type: TimexType;
  /**
   * Regular-expression source with `{fragment}` placeholders (see the lexicon's fragments). The
   * engine adds word boundaries around it and compiles it case-insensitively; fragments that must
   * keep their case ("May") say so themselves. Lookarounds may capture context outside the match.
   */
  pattern: string;
  value: Template;
  /** TIMEX3 `mod` the rule always gives (`mod` / `approx` groups add their own). */
  mod?: string;
  examples: readonly Example[];
  /** Sentences in which this rule must find nothing. */
  counterExamples: readonly string[];
  /**
   * The rule reads numbers month first, as American copy writes them ("5/7/2025" is May 7);
   * where the document writes days first (numericOrder.ts), its day and month are swapped.
   */
  monthFirst?: true;
}
