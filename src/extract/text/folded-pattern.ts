/**
 * Case-insensitive patterns for text that foldTypography() has read. Such text holds neither of
 * the two letters ("ſ" and the Kelvin sign "K") on which Unicode case folding (the 'u' flag) and
 * the plain one disagree about ASCII letters, since NFKC turns them into "s" and "K". So a pattern
 * of plain characters, with nothing that reads a surrogate pair differently without 'u' (".",
 * "[^", \S \W \D \B, \p, \u, \x, \c, \k), gives the same answers without the flag, and V8 runs it
 * about twice as fast. Any other pattern keeps 'u'. The tagger's lexiconRegExp
 * (temporal/regex.ts) makes the same trade on a looser test, kept for its own lexicon's sources.
 */

/**
 * What only the 'u' flag reads safely: a character outside printable ASCII and ‘’, or one of the
 * constructs above. Erring on the safe side: any "." but an escaped one counts.
 */
const NEEDS_UNICODE = /[^\x20-\x7e‘’]|\[\^|(?<!(?<!\\)\\)\.|\\[SWDBpPuxck]/u;

export function foldedPattern(source: string, flags = ''): RegExp {
  return new RegExp(source, NEEDS_UNICODE.test(source) ? `${flags}iu` : `${flags}i`);
}
