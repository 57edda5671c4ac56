/**
 * Content words, for telling whether two passages say the same thing (an embedded post that
 * quotes the lead). Crude on purpose: lower case, no possessive, no plural "s".
 */
import { COMMON_WORDS } from '../lexicon/en/article/lead.ts';
import { splitAtSpaces } from '../text/words.ts';

const COMMON = new Set(splitAtSpaces(COMMON_WORDS));

export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    let word = match[0].replace(/['’]s$/u, '').replace(/['’]$/u, '');
    if (COMMON.has(word) || word.length < 3) continue;
    if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
    words.add(word);
  }
  return words;
}

/** The share of `part`'s content words that `whole` also has (0 when `part` has none). */
export function containment(part: string, whole: string): { share: number; shared: number } {
  const a = contentWords(part);
  const b = contentWords(whole);
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return { share: a.size === 0 ? 0 : shared / a.size, shared };
}
