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

/**
 * A blank subject long enough that V8 compiles a regex run on it straight to machine code
 * (`kTierUpForSubjectLengthValue`, 1,000 characters). Latin-1, as most news text is: a text with
 * a character beyond it (a curly quote) is a two-byte string, for which V8 compiles each regex
 * again, in its usual two steps.
 */
const LONG_BLANK = ' '.repeat(1000);

/**
 * Compiles a global or sticky regex to machine code now. V8 compiles a regex first to bytecode,
 * and to machine code on its second run, unless the first runs on a long subject. For a large
 * pattern the first step costs most: optimizing the tense cues' 800 KB of bytecode takes about
 * 100 M instructions (80 ms), four times their machine-code compile, and the rules' add up to
 * about as much. The blank is tried at its end only, so no pattern does more than one failed
 * attempt; the matches the regex gives afterwards are the same, whichever code runs them.
 */
export function compiledAhead(regex: RegExp): RegExp {
  // without g or y, exec would try every place in the blank
  if (!regex.global && !regex.sticky) throw new Error(`compiledAhead: ${regex} is not global`);
  regex.lastIndex = LONG_BLANK.length;
  regex.exec(LONG_BLANK);
  regex.lastIndex = 0;
  return regex;
}
