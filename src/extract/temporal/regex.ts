/**
 * Regular expressions from the lexicon's sources, in Unicode mode only where a source needs it
 * (`\p{...}`, `\u{...}`, or a character beyond the Basic Multilingual Plane): V8 runs a large
 * case-insensitive alternation about twice as fast without it, with the same matches on
 * sources written in the BMP.
 */
const NEEDS_UNICODE = /\\[pP]\{|\\u\{|[\uD800-\uDFFF]/;

export function lexiconRegExp(source: string, flags: string): RegExp {
  return new RegExp(source, NEEDS_UNICODE.test(source) ? `${flags}u` : flags);
}
