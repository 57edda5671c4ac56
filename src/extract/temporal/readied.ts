/**
 * What readies an occasion comes before it: "Ticket sales for Saturday's concert opened on
 * Monday", told on a Wednesday, is of the coming Saturday's concert, since the sales opened after
 * the last one. Resolved alone, the day in the possessive is the nearest one, or the one the
 * sentence's tense points to ("Tickets for Saturday's game were sold out" is last Saturday's);
 * this pass, once every expression is resolved, moves such a weekday on by weeks to the day the
 * readying is told on, when its sentence tells that day after it.
 */
import { dayNumberOf, isoDay } from '../calendar/days.ts';
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

const patternsOf = perLexicon((lexicon) => ({
  readiedFor: lexiconRegExp(lexicon.readiedForBefore, 'i'),
  course: lexiconRegExp(lexicon.readiedCourse, 'i'),
  possessive: lexiconRegExp(lexicon.untensedAfter, 'iy'),
  weekday: lexiconRegExp(lexicon.weekdayExpression, 'i'),
  sentenceEnd: lexiconRegExp(lexicon.sentenceEnd, ''),
}));

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** Text before a day in which what readies its occasion is looked for: "ticket sales for ". */
const READIED_REACH = 40;

/** Puts each weekday of an occasion readied on or after the readying's day. `timexes` is sorted. */
export function readiedOccasions(text: string, timexes: Timex[], lexicon: TemporalLexicon): void {
  const { readiedFor, course, possessive, weekday, sentenceEnd } = patternsOf(lexicon);
  for (let i = 0; i + 1 < timexes.length; i++) {
    const occasion = timexes[i]!;
    if (!DAY.test(occasion.value) || !weekday.test(occasion.text)) continue;
    possessive.lastIndex = occasion.end;
    if (!possessive.test(text)) continue;
    if (!readiedFor.test(text.slice(Math.max(0, occasion.start - READIED_REACH), occasion.start)))
      continue;
    // the readying's day: the next day told in the same sentence, of the readying's own course
    // ("opened on Monday"; not "were resold by touts, police said on Monday")
    const readying = timexes.slice(i + 1).find((t) => DAY.test(t.value));
    if (readying === undefined) continue;
    const between = text.slice(occasion.end, readying.start);
    if (sentenceEnd.test(between) || !course.test(between)) continue;
    let day = dayNumberOf(occasion.value);
    const readyingDay = dayNumberOf(readying.value);
    while (day < readyingDay) day += 7;
    occasion.value = isoDay(day);
  }
}
