/**
 * Titles: a first line that reads as a headline, else a short form of the lead sentence.
 */
import { NON_FINAL_ABBREVIATIONS, TITLE_CUT_BEFORE } from '../lexicon/en/article/lead.ts';
import { splitAtSpaces } from '../text/words.ts';

const ABBREVIATIONS = new Set(splitAtSpaces(NON_FINAL_ABBREVIATIONS));
const CUT_WORDS = new Set(splitAtSpaces(TITLE_CUT_BEFORE));

/** Longest title made from a lead before it is cut. */
const MAX_TITLE = 100;
/** A cut must leave at least this much. */
const MIN_TITLE = 30;

/** The end of the first sentence of `text` (offset after its final mark), or text.length. */
export function firstSentenceEnd(text: string): number {
  const boundary = /[.!?]+["”’)]?(?=\s+["“‘(]?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(boundary)) {
    // The word before the mark; a short window keeps this linear on very long lines.
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const word = /(?:^|[\s(])(?<word>[\p{L}.]+)$/u.exec(before)?.groups?.['word'] ?? '';
    if (m[0].startsWith('.')) {
      // "Mr. Smith", "Jan. 5", "U.S. officials", "John F. Kennedy": not an end.
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    return m.index + m[0].length;
  }
  return text.length;
}

/**
 * Whether a line reads as a headline: a few words on a line of its own, one sentence with no
 * full stop at its end, and not in lower case.
 */
export function isHeadline(line: string): boolean {
  const words = splitAtSpaces(line).filter(Boolean);
  if (words.length < 2 || words.length > 25 || line.length > 200) return false;
  if (/[.,;:]$/u.test(line) && !/(?:\.\.\.|…)$/u.test(line)) return false;
  if (!/^["“‘'(]?[\p{Lu}\d]/u.test(line)) return false;
  return firstSentenceEnd(line) >= line.length;
}

/**
 * A short title from the lead: its first sentence, cut before a clause that only adds
 * circumstances (", partially reversing ...", ", according to ...", ", killing ...") when long.
 */
export function titleFromLead(lead: string): string {
  const sentence = lead.slice(0, firstSentenceEnd(lead)).trim();
  const bare = sentence.replace(/[.!]+$/u, '').trim();
  if (bare.length <= MAX_TITLE) return bare;
  // (only as far as a cut may fall, and with no run of spaces before the mark to scan from every
  // space: that made a first line of 100,000 spaces take seconds)
  const head = bare.slice(0, MAX_TITLE + 60);
  for (const m of head.matchAll(/(?:,|;|—|–| - )\s+(?<next>[\p{L}]+)/gu)) {
    if (m.index < MIN_TITLE) continue;
    if (m.index > MAX_TITLE + 20) break;
    const next = m.groups!['next']!.toLowerCase();
    if (CUT_WORDS.has(next) || (next.endsWith('ing') && next.length > 5))
      return bare.slice(0, m.index).trim();
  }
  const cut = bare.slice(0, MAX_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > MIN_TITLE ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}
