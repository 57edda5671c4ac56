/**
 * Decades and centuries written by their digits, read once the rules have found the decades
 * (a rule for each would run near every number): "the 1800s" is the 19th century (`18`), as
 * "the early 1900s" is the early 20th (`19`), while "the 2000s" stays a decade; and the second
 * of a pair written short, "the 1960s and [70s]", is a decade of the first one's century
 * (`197X`).
 */
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

const patternsOf = perLexicon((lexicon) => ({
  hundreds: lexiconRegExp(lexicon.decades.hundreds, 'i'),
  before: lexiconRegExp(lexicon.decades.hundredsBefore, 'i'),
  pair: lexiconRegExp(lexicon.decades.pairAfter, 'iy'),
}));

/** A decade's value: its first three digits and X ("196X"). */
const DECADE = /^(?<century>\d{2})\dX$/u;

/** The timexes with centuries read and short second decades added. `timexes` is sorted. */
export function readDecades(text: string, timexes: Timex[], lexicon: TemporalLexicon): Timex[] {
  const { hundreds, before, pair } = patternsOf(lexicon);
  const out: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) {
    const timex = timexes[i]!;
    out.push(timex);
    const decade = DECADE.exec(timex.value)?.groups;
    if (timex.type !== 'DATE' || decade === undefined) continue;
    const century = hundreds.exec(timex.text)?.groups?.['hundreds'];
    if (
      century !== undefined &&
      before.test(text.slice(Math.max(0, timex.start - 12), timex.start))
    ) {
      timex.value = century;
      timex.granularity = 'century';
      continue;
    }
    pair.lastIndex = timex.end;
    const second = pair.exec(text)?.groups;
    if (second?.['short'] === undefined) continue;
    const end = pair.lastIndex;
    const start = end - second['short'].length;
    // (a second decade a rule found already, "the 1960s and '70s", is left as it is)
    const next = timexes[i + 1];
    if (next !== undefined && next.start < end) continue;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      type: 'DATE',
      value: `${decade['century']}${second['digit']}X`,
      granularity: 'decade',
      anchor: 'none',
    });
  }
  return out;
}
