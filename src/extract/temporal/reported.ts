/**
 * Reported speech with a date of its own: "The ministry said on Monday that the border would
 * reopen on Thursday". What was said is told from the day it was said: its Thursday is the one
 * after that Monday, even when the report comes out after it, and "said in January that it would
 * close the plant in February" means the February after that January, not the next one after
 * publication. This pass only tells the resolver which "now" to place a date from.
 */
import { civilDay } from './calendar.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';
import type { Publication, Resolved } from './resolve/context.ts';

const patternsOf = perLexicon((lexicon) => ({
  before: lexiconRegExp(lexicon.reportedFrom.before, 'i'),
  between: lexiconRegExp(lexicon.reportedFrom.between, 'i'),
  after: lexiconRegExp(lexicon.reportedFrom.after, 'i'),
}));

/**
 * Whether the text at `start` is in what was said on the date at [saidStart, saidEnd) ("said on
 * [Friday] that Sunday's election was calm"), or ordered on it ("Police on [Monday] told
 * residents to leave by Wednesday").
 */
export function isSaidOn(
  text: string,
  saidStart: number,
  saidEnd: number,
  start: number,
  lexicon: TemporalLexicon,
): boolean {
  const { before, between, after } = patternsOf(lexicon);
  const told = text.slice(saidEnd, start);
  return (
    (between.test(told) &&
      before.test(text.slice(Math.max(0, saidStart - VERB_REACH), saidStart))) ||
    after.test(told)
  );
}

/** A date already resolved that may be the day of a saying: where it is, and what it says. */
export interface SaidDate {
  start: number;
  end: number;
  day: number | undefined;
  month: { year: number; month: number };
}

/** How far before a saying's date its verb is looked for ("told the committee on"). */
const VERB_REACH = 40;
/** How far a date said may stand from the saying's date. */
const SAID_REACH = 200;

/** The date before an expression as a saying's date, when it has a month (null otherwise). */
export function saidDateOf(start: number, end: number, resolved: Resolved): SaidDate | null {
  return resolved.month === undefined
    ? null
    : { start, end, day: resolved.day, month: resolved.month };
}

/**
 * The "now" to place an expression at `start` from: the day (or month) of the saying whose date
 * `said` is, when the expression is in what was said ("said on [Monday] that ... on Thursday")
 * and that day is not after the publication; null when the publication is the "now".
 */
export function reportedNow(
  text: string,
  said: SaidDate | null,
  start: number,
  pub: Publication,
  lexicon: TemporalLexicon,
): Publication | null {
  if (said === null || start - said.end > SAID_REACH) return null;
  if (!isSaidOn(text, said.start, said.end, start, lexicon)) return null;
  const day = said.day === undefined ? null : civilDay(said.day);
  const now: Publication = day ?? { ...said.month, day: null };
  return isAfterPublication(now, pub) ? null : now;
}

/** Whether a day or month is after the publication date, as far as both are known. */
export function isAfterPublication(now: Publication, pub: Publication): boolean {
  // year, then month, then day: the first that differs decides, an unknown one says no
  for (const [a, b] of [
    [now.year, pub.year],
    [now.month, pub.month],
    [now.day, pub.day],
  ] as const) {
    if (a === null || b === null) return false;
    if (a !== b) return a > b;
  }
  return false;
}
