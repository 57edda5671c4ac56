/**
 * Habits: a month, a season or a day of the year without a year of its own, in a sentence that
 * tells what usually happens, is in no one year. "Flu season typically runs from October through
 * May" is `XXXX-10` and `XXXX-05`, not the publication's last October and next May; "The monsoon
 * usually arrives in June" is `XXXX-06`. TimeML gives a generic date no year.
 */
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

const habitOf = perLexicon((lexicon) => lexiconRegExp(lexicon.habitBefore, 'i'));
const weekPartOf = perLexicon((lexicon) => ({
  expression: lexiconRegExp(lexicon.habitWeekPart.expression, 'i'),
  between: lexiconRegExp(lexicon.habitWeekPart.between, 'i'),
  toldOnce: lexiconRegExp(lexicon.habitWeekPart.toldOnce, 'i'),
  presentThen: lexiconRegExp(lexicon.habitWeekPart.presentThen, 'i'),
}));

/** How far before an expression its habit's word is looked for: about a sentence. */
const HABIT_REACH = 120;

/** A calendar value of a month, a day or a season, with its year. */
const IN_A_YEAR = /^\d{4}(-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI))$/u;

/**
 * Puts in no year, in place, the expressions at `yearless` (indices into `timexes`: a month, a
 * season or a day whose year the text did not state) that a habit governs.
 */
export function habitualDates(
  text: string,
  timexes: Timex[],
  yearless: ReadonlySet<number>,
  lexicon: TemporalLexicon,
): void {
  if (yearless.size === 0) return;
  const habit = habitOf(lexicon);
  for (const i of yearless) {
    const timex = timexes[i]!;
    const part = IN_A_YEAR.exec(timex.value)?.[1];
    if (part === undefined || timex.anchor !== 'publication') continue;
    if (!habit.test(text.slice(Math.max(0, timex.start - HABIT_REACH), timex.start))) continue;
    timex.value = `XXXX${part}`;
    timex.anchor = 'none';
  }
}

/** How far before a part of the week its verb is looked for ("The club played midweek"). */
const VERB_REACH = 30;

/** An ISO week's value: what a part of the week told as an adverb resolves to ("2026-W12"). */
const WEEK = /^\d{4}-W\d{2}$/u;
/**
 * A recurring weekday or weekend's value ("XXXX-WXX-6", "XXXX-WXX-5TMO", "XXXX-WXX-WE"): what
 * makes a habit of the week's middle. Not any habit: "Shares slumped midweek and have fallen
 * [every day] since", "Trading was heavy midweek and [weekly] volumes hit a record" are this week's.
 */
const RECURRING_WEEKDAY = /^XXXX-WXX-(?:[1-7]|WE)(?:T[A-Z]{2})?$/u;

/**
 * Makes a habit, in place, of a part of the week told as an adverb that its clause joins to a
 * recurring weekday: "He trains [midweek] and plays on Saturdays" is every week's middle
 * (`XXXX-WXX`, mod MID), a SET as "on Saturdays" is, not the publication's week. `timexes` is
 * sorted.
 */
export function habitualWeekParts(text: string, timexes: Timex[], lexicon: TemporalLexicon): void {
  const { expression, between, toldOnce, presentThen } = weekPartOf(lexicon);
  for (let i = 0; i < timexes.length; i++) {
    const timex = timexes[i]!;
    if (timex.type !== 'DATE' || !WEEK.test(timex.value) || !expression.test(timex.text)) continue;
    const joined = (other: Timex | undefined, from: number, to: number): boolean =>
      other?.type === 'SET' &&
      RECURRING_WEEKDAY.test(other.value) &&
      between.test(text.slice(from, to));
    const [before, after] = [timexes[i - 1], timexes[i + 1]];
    // (not once, in the past, beside a habit in the present: "The club played [midweek] and
    // trains on Sundays")
    const once =
      toldOnce.test(text.slice(Math.max(0, timex.start - VERB_REACH), timex.start)) &&
      presentThen.test(text.slice(timex.end, after?.start ?? timex.end));
    if (
      (once || !joined(after, timex.end, after?.start ?? 0)) &&
      !joined(before, before?.end ?? 0, timex.start)
    )
      continue;
    timex.type = 'SET';
    timex.value = 'XXXX-WXX';
    timex.anchor = 'none';
    delete timex.granularity;
  }
}
