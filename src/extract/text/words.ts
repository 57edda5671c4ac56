/**
 * Words of a text with their offsets, and the small normalisations the event builder compares
 * words with. Pure string work; no language knowledge beyond Unicode letter classes.
 */

export interface Token {
  /** The word as written (apostrophes and inner hyphens kept, no trailing period). */
  text: string;
  /** Offsets in the string that was tokenized; `end` exclusive. */
  start: number;
  end: number;
}

/** A word: letters or digits, with inner apostrophes, hyphens, periods ("U.S", "co-founder", "9.3"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-&](?=[\p{L}\p{N}]))*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return tokens;
}

/** Splits a space-separated lexicon list into a set (underscores stand for spaces). */
export function wordSet(list: string, options: { lower?: boolean } = {}): Set<string> {
  const words = list
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replaceAll('_', ' '));
  return new Set(options.lower ? words.map((w) => w.toLowerCase()) : words);
}

/** Splits a comma-separated lexicon list. */
export function phraseList(list: string): string[] {
  return list
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Typographic variants folded so that comparisons do not depend on the keyboard. */
export function foldTypography(text: string): string {
  // plain ASCII has nothing to fold
  if (!/[^\u0020-\u007e\s]/u.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-');
}

/** Lower-cased, typography folded, whitespace collapsed: the form ids and comparisons use. */
export function normalizeText(text: string): string {
  return foldTypography(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether the word starts with a capital letter or is a camel-cased brand ("iPhone"). */
export function isCapitalized(word: string): boolean {
  // a plain ASCII start decides most words without a pattern
  const first = word.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a) return true;
  if (first >= 0x61 && first <= 0x7a) {
    const second = word.charCodeAt(1);
    if (second < 0x80) return second >= 0x41 && second <= 0x5a;
  } else if (first < 0x80) return false;
  return /^\p{Lu}/u.test(word) || /^\p{Ll}\p{Lu}/u.test(word);
}

/** Removes a possessive ending: "Russia’s" -> "Russia", "Beatles'" -> "Beatles". */
export function stripPossessive(word: string): string {
  // only a word ending in s or an apostrophe can lose anything
  const last = word.charAt(word.length - 1);
  if (last !== 's' && last !== "'" && last !== '’') return word;
  return word.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
}
