/**
 * Case-insensitive patterns for text that foldTypography() has read. Such text holds neither of
 * the two letters ("ſ" and the Kelvin sign "K") on which Unicode case folding (the 'u' flag) and
 * the plain one disagree about ASCII letters, since NFKC turns them into "s" and "K". So a pattern
 * of plain characters gives the same answers without the flag, and V8 runs it about twice as
 * fast. What reads a surrogate pair differently without 'u' (".", "[^", \S \W \D \B) still does
 * on a text with one, so a pattern holding it runs without the flag only on texts without one;
 * a pattern with \p, \u, \x, \c, \k or a character beyond ASCII keeps 'u'. The tagger's
 * lexiconRegExp (temporal/regex.ts) makes the same trade on a looser test, kept for its own
 * lexicon's sources.
 */

/** What a folded pattern is asked: a match and where it starts, or whether there is one. */
export type FoldedPattern = Pick<RegExp, 'exec' | 'test'>;

/** A character outside printable ASCII and ‘’: only the 'u' flag reads it safely. */
const BEYOND_ASCII = /[^\x20-\x7e‘’]/u;

/** Escapes that mean something else, or nothing, without 'u'. */
const UNICODE_ESCAPES = 'pPuxck';

/** Escapes that read the two halves of a surrogate pair as two characters without 'u'. */
const PAIR_ESCAPES = 'SWDB';

/** A half of a surrogate pair: a character beyond the Basic Multilingual Plane, or a stray half. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * How a source reads without 'u': the same on every folded text; the same on texts without a
 * surrogate (it has ".", a negated class or one of PAIR_ESCAPES; a "." inside a class is the
 * full stop itself); or not safely at all.
 */
function plainReading(source: string): 'same' | 'same-without-pairs' | 'different' {
  if (BEYOND_ASCII.test(source)) return 'different';
  let reading: 'same' | 'same-without-pairs' = 'same';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const escaped = source[i + 1] ?? '';
      if (UNICODE_ESCAPES.includes(escaped)) return 'different';
      if (PAIR_ESCAPES.includes(escaped)) reading = 'same-without-pairs';
      i++; // the escaped character is itself, in a class or not
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') {
      if (source[i + 1] === '^') reading = 'same-without-pairs';
      inClass = true;
    } else if (c === '.') reading = 'same-without-pairs';
  }
  return reading;
}

/** A case-insensitive pattern (neither global nor sticky) for folded text. */
export function foldedPattern(source: string): FoldedPattern {
  const reading = plainReading(source);
  if (reading === 'different') return new RegExp(source, 'iu');
  const plain = new RegExp(source, 'i');
  if (reading === 'same') return plain;
  const unicode = new RegExp(source, 'iu');
  const forText = (text: string): RegExp => (SURROGATE.test(text) ? unicode : plain);
  return { exec: (text) => forText(text).exec(text), test: (text) => forText(text).test(text) };
}
