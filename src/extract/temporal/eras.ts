/**
 * Eras: "the 15th century BC", "1200 BC", "AD 79" is left to the rules. A year or a century with
 * an era written after it takes the era into its extent; before the common era its TIMEX3 value
 * gets "BC" in front (`BC14`, `BC1200`), which names no interval of the calendar module: the
 * event layer places no event on it rather than one in the wrong millennium.
 */
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

interface EraCues {
  before: RegExp;
  common: RegExp;
}

const cuesOf = perLexicon((lexicon): EraCues => ({
  before: lexiconRegExp(lexicon.eras.before, ''),
  common: lexiconRegExp(lexicon.eras.common, ''),
}));

/** Longest era written: "B.C.E." and a space. */
export const ERA_REACH = 8;

/** Values an era can follow: a year or a century, as the tagger writes them. */
const YEAR_OR_CENTURY = /^\d{2}$|^\d{4}$/u;

/** Marks the eras written after years and centuries, in place; `timexes` is sorted by start. */
export function markEras(text: string, timexes: Timex[], lexicon: TemporalLexicon): void {
  const { before, common } = cuesOf(lexicon);
  for (let k = 0; k < timexes.length; k++) {
    const timex = timexes[k]!;
    if (timex.type !== 'DATE' || !YEAR_OR_CENTURY.test(timex.value)) continue;
    const after = text.slice(timex.end, timex.end + ERA_REACH);
    const beforeCommon = before.exec(after);
    const era = beforeCommon ?? common.exec(after);
    if (era === null) continue;
    const end = timex.end + era[0].length;
    if (k + 1 < timexes.length && timexes[k + 1]!.start < end) continue;
    if (beforeCommon) timex.value = `BC${timex.value}`;
    timex.end = end;
    timex.text = text.slice(timex.start, end);
  }
}
