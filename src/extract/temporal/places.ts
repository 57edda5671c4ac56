/**
 * A holiday another country keeps on another day, told in a sentence that sets it in that
 * country: "Shoppers in Canada crowded malls on Thanksgiving" is Canadian Thanksgiving, the second
 * Monday of October, not the American one in November. The lexicon names the holidays, the places
 * and the days (`holidaysOfPlaces`); a holiday named with its country ("Canadian Thanksgiving")
 * is read as written.
 */
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { type Stated, wordKey } from './read.ts';
import { lexiconRegExp } from './regex.ts';

const patternsOf = perLexicon((lexicon) => ({
  places: lexicon.holidaysOfPlaces.map((entry) => ({
    ...entry,
    place: lexiconRegExp(entry.place, 'i'),
    unless: lexiconRegExp(entry.unless, ''),
  })),
  sentenceEnd: lexiconRegExp(lexicon.sentenceEnd, 'g'),
}));

/** How far around a holiday its sentence is looked at. */
const SENTENCE_REACH = 200;

/**
 * The holiday of `stated` (written `written`, at text[start, end)) as the country its sentence
 * sets it in keeps it; `stated` as it is when no place of the lexicon's is named there.
 */
export function holidayOfPlace(
  stated: Stated,
  written: string | undefined,
  text: string,
  start: number,
  end: number,
  lexicon: TemporalLexicon,
): Stated {
  if (stated.holiday === null || written === undefined) return stated;
  const key = wordKey(written);
  const { places, sentenceEnd } = patternsOf(lexicon);
  const candidates = places.filter((entry) => entry.holiday === key);
  if (candidates.length === 0) return stated;
  const sentence = sentenceAround(text, start, end, sentenceEnd);
  for (const { place, as, unless } of candidates) {
    const holiday = lexicon.words.holiday[as];
    // ("Americans who live in Canada flew home for Thanksgiving": the holiday's own country too)
    if (holiday !== undefined && place.test(sentence) && !unless.test(sentence))
      return { ...stated, holiday };
  }
  return stated;
}

/** The sentence that holds text[start, end), within reach. */
function sentenceAround(text: string, start: number, end: number, sentenceEnd: RegExp): string {
  const from = Math.max(0, start - SENTENCE_REACH);
  const to = Math.min(text.length, end + SENTENCE_REACH);
  let sentenceFrom = from;
  let sentenceTo = to;
  sentenceEnd.lastIndex = 0;
  const window = text.slice(from, to);
  for (let m = sentenceEnd.exec(window); m !== null; m = sentenceEnd.exec(window)) {
    if (m[0].length === 0) sentenceEnd.lastIndex++;
    const at = from + m.index;
    if (at + m[0].length <= start) sentenceFrom = at + m[0].length;
    else if (at >= end) {
      sentenceTo = at;
      break;
    }
  }
  return text.slice(sentenceFrom, sentenceTo);
}
