/**
 * What an engine pass compiles from a lexicon (its regular expressions, the rules' scanner) is
 * made once per lexicon and kept while the lexicon lives.
 */
import type { TemporalLexicon } from './lexicon.ts';

/** `build` run once per lexicon; later calls with the same lexicon return the same value. */
export function perLexicon<T>(
  build: (lexicon: TemporalLexicon) => T,
): (lexicon: TemporalLexicon) => T {
  const built = new WeakMap<TemporalLexicon, T>();
  return (lexicon) => {
    let value = built.get(lexicon);
    if (value === undefined) {
      value = build(lexicon);
      built.set(lexicon, value);
    }
    return value;
  };
}
