/**
 * Which occurrence of a recurring item a text means: the year of "May 5" or "last fall", the day
 * of "Wednesday", from the publication date, by "last"/"next" or by the tense.
 */
import { isoWeekday } from '../calendar.ts';
import type { Stated } from '../read.ts';
import type { Context } from './context.ts';
import type { Tense } from '../tense.ts';

/** Which occurrence of a yearly or weekly item is meant. */
export type Mode =
  'before' | 'onOrBefore' | 'after' | 'onOrAfter' | 'same' | 'nearest' | 'eitherSide';

export function modeOf(stated: Stated, context: Context): Mode {
  // "this Friday" is the coming one ("will reopen this Monday", said on a Wednesday), or, told in
  // the past, the last one: not always the one of the publication's week
  if (stated.shift === 0 && stated.weekday !== null)
    return context.tense() === 'past' ? 'onOrBefore' : 'onOrAfter';
  // "The strike ended three days from Friday": a count on from a weekday that a past verb
  // governs is from the one gone by, not the coming one "a week from Friday" counts from
  if (
    stated.shift !== null &&
    stated.shift > 0 &&
    stated.direction !== null &&
    stated.weekday !== null &&
    context.pastVerbGoverns()
  )
    return 'before';
  if (stated.shift !== null)
    return stated.shift < 0 ? 'before' : stated.shift > 0 ? 'after' : 'same';
  if (context.eitherSide === true) return context.leansBack === true ? 'nearest' : 'eitherSide';
  return modeOfTense(context.tense());
}

/** The side a tense points to from the publication: on or before it, on or after, or nearest. */
export function modeOfTense(tense: Tense): Mode {
  return tense === 'past' ? 'onOrBefore' : tense === 'future' ? 'onOrAfter' : 'nearest';
}

/**
 * Whether a known day may overrule the tense's side of the year (`pickYear`): not when a past
 * verb governs it, before it or as the verb of a subject it names, nor "will" and its verb. "was
 * ousted on Feb. 11", in a review published in December, is that February, and so is "The May 3
 * deadline passed" told in April last May's; "invited them to a ceremony on March 12", in
 * February, is still the coming one, as "was told to leave by Jan. 14" is in January; "will hold
 * its annual meeting on Dec. 12", in January, is this December's.
 */
export function dayOverrulesTense(dayKnown: boolean, context: Context): boolean {
  if (!dayKnown || context.firmTense === true) return false;
  const tense = context.tense();
  if (tense === 'past') return !context.pastVerbGoverns();
  return !(tense === 'future' && context.futureVerbGoverns());
}

/**
 * The year of an item that recurs every `period` positions (a month: position month*31+day,
 * period 12*31), as seen from the publication's position in its year. The tense picks a side,
 * but not against the calendar when the day is known: news that says "was told to leave by
 * Jan. 14" a week before January 14 means the coming one, not the one almost a year ago.
 */
export function pickYear(
  year: number,
  pubPos: number | null,
  pos: number,
  period: number,
  mode: Mode,
  dayKnown = false,
): number {
  if (pubPos === null) return year;
  const offset = (y: number): number => (y - year) * period + pos - pubPos;
  const distance = (y: number): number => Math.abs(offset(y));
  // news tells of the past more than of the future: an untensed date is more likely behind
  const weighed = (y: number): number => (offset(y) > 0 ? FUTURE_WEIGHT : 1) * distance(y);
  const nearest = [year, year - 1, year + 1].reduce((best, y) =>
    weighed(y) < weighed(best) ? y : best,
  );
  let chosen: number;
  switch (mode) {
    case 'onOrBefore':
      chosen = pos <= pubPos ? year : year - 1;
      break;
    case 'before':
      return pos < pubPos ? year : year - 1;
    case 'onOrAfter':
      chosen = pos >= pubPos ? year : year + 1;
      break;
    case 'after':
      return pos > pubPos ? year : year + 1;
    case 'same':
      return year;
    case 'nearest':
      return nearest;
    case 'eitherSide':
      // (what a future clause tells of lies ahead, so a tie goes ahead)
      return [year + 1, year, year - 1].reduce((best, y) =>
        distance(y) < distance(best) ? y : best,
      );
  }
  // only a day is precise enough to overrule the tense ("in June" said in May is last June)
  const far = distance(chosen) > period * FAR;
  return dayKnown && far && distance(nearest) <= period * NEAR ? nearest : chosen;
}

/** How much further a date ahead counts than one behind, when no tense says which. */
export const FUTURE_WEIGHT = 1.5;
/** Beyond this share of a period the tense's choice is doubtful ... */
const FAR = 10 / 12;
/** ... and the other side wins when it is this close. */
const NEAR = 2 / 12;

/** The day of a weekday seen from a day, by mode. */
export function pickWeekday(from: number, weekday: number, mode: Mode): number {
  const today = isoWeekday(from);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  switch (mode) {
    case 'onOrBefore':
      return from - back;
    case 'before':
      return from - (back === 0 ? 7 : back);
    case 'onOrAfter':
      return from + ahead;
    case 'after':
      return from + (ahead === 0 ? 7 : ahead);
    case 'same':
      return from - today + weekday;
    case 'nearest':
      return ahead * FUTURE_WEIGHT < back ? from + ahead : from - back;
    case 'eitherSide':
      return ahead <= back ? from + ahead : from - back;
  }
}

export const MONTH_PERIOD = 12 * 31;
export const monthPos = (month: number, day: number | null): number => month * 31 + (day ?? 16);
