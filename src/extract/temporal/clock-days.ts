/**
 * A clock time written before its day takes that day: "at 4 a.m. on Jan. 3", "10:35 a.m. (0735
 * GMT) Friday", "1500 GMT on Thursday". Resolved in text order, the time could only take the day
 * mentioned before it (or the publication's); this pass, once every expression is resolved, gives
 * it the day that follows it, when nothing but the lexicon's joining words stands between.
 */
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

const joinOf = perLexicon((lexicon) => lexiconRegExp(lexicon.clockDayJoin, 'iu'));

const DAY = /^\d{4}-\d{2}-\d{2}(?=$|T)/;
const CLOCK = /^\d{4}-\d{2}-\d{2}(?<time>T\d{2}:\d{2}.*)$/;

/**
 * Moves each clock time in `clockOnly` (indices of times that stated no day) onto the day the
 * next expression names, past further times between ("(0735 GMT)"). `timexes` is sorted.
 */
export function dateClockTimes(
  text: string,
  timexes: Timex[],
  clockOnly: ReadonlySet<number>,
  lexicon: TemporalLexicon,
): void {
  const join = joinOf(lexicon);
  for (let i = 0; i < timexes.length; i++) {
    if (!clockOnly.has(i)) continue;
    // the run of times that goes on to the day: "10:35 a.m. (0735 GMT) Friday"
    let j = i;
    while (
      j + 1 < timexes.length &&
      clockOnly.has(j + 1) &&
      join.test(text.slice(timexes[j]!.end, timexes[j + 1]!.start))
    ) {
      j++;
    }
    const day = timexes[j + 1];
    const dayValue = day && DAY.exec(day.value)?.[0];
    if (dayValue && join.test(text.slice(timexes[j]!.end, day.start))) {
      for (let k = i; k <= j; k++) {
        const time = timexes[k]!;
        const clock = CLOCK.exec(time.value)?.groups?.['time'];
        if (clock === undefined) continue;
        time.value = dayValue + clock;
        if (day.anchor !== undefined) time.anchor = day.anchor;
      }
    }
    i = j;
  }
}
