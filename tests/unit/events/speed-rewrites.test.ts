/**
 * Helpers rewritten for speed read the same as the plain patterns they replace: on the tricky
 * characters (white space of every kind, marks, dashes, quotes, letters outside ASCII, the two
 * letters Unicode case folding treats apart) and on arbitrary strings made of them (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DANGLING_WORDS, TITLE_BREAKS } from '../../../src/extract/lexicon/en/events/titles.ts';
import { ASPECT_MARKERS } from '../../../src/extract/lexicon/en/events/modality.ts';
import { tidy, withoutDanglingEnd } from '../../../src/extract/events/title/index.ts';
import { foldedPattern } from '../../../src/extract/text/folded-pattern.ts';
import {
  collapseSpace,
  foldTypography,
  splitPieceCount,
  wordSet,
} from '../../../src/extract/text/words.ts';

const DANGLING = new Set([
  ...wordSet(TITLE_BREAKS, { lower: true }),
  ...wordSet(DANGLING_WORDS, { lower: true }),
]);

/** tidy() as a chain of patterns, as first written. */
function tidyByPatterns(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.;:!?])/gu, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/gu, '$1')
    .replace(/(\b(?:[Tt]he|[Aa]n?)|``|[“‘])\s*,\s*/gu, (_m, open: string) =>
      /\p{L}$/u.test(open) ? `${open} ` : open,
    )
    .replace(/^[\s,;:.—–-]+/u, '')
    .replace(/[\s,;:—–-]+$/u, '')
    .replace(/\(\s*\)/gu, '')
    .trim();
}

/** withoutDanglingEnd() as a loop of patterns, as first written. */
function withoutDanglingEndByPatterns(text: string): string {
  let out = text;
  for (let guard = 0; guard < 4; guard++) {
    const next = out
      .replace(/[\s,;:.—–-]+$/u, '')
      .replace(/\s+(?<word>[\p{L}']+)$/u, (m, word: string) =>
        DANGLING.has(word.toLowerCase()) ? '' : m,
      );
    if (next === out) break;
    out = next;
  }
  return out;
}

const PIECES = [
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '—',
  '–',
  '-',
  '(',
  ')',
  '( )',
  '"',
  "'",
  '’',
  'the',
  'a',
  '“',
  '``',
  'The',
  'of',
  'and',
  'Jobs',
  'said',
  'naïve',
  'İstanbul',
  '𝐀',
  '\ud800',
  '12',
  'ſ',
  'K',
  'will',
  'WİLL',
  'ſhall',
  'is set to',
  'wiK',
  'are',
  'holding',
  'remains',
  'be',
  'to',
  '😀',
  'ı',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(''));

describe('helpers rewritten for speed', () => {
  it('tidy() reads as the chain of patterns', () => {
    fc.assert(
      fc.property(text, (t) => tidy(t) === tidyByPatterns(t)),
      {
        numRuns: 3000,
      },
    );
  });

  it('collapseSpace() does what the replace of /\\s+/gu does', () => {
    fc.assert(
      fc.property(text, (t) => collapseSpace(t) === t.replace(/\s+/gu, ' ')),
      { numRuns: 3000 },
    );
  });

  it('splitPieceCount() counts what split(/\\s+/u) gives', () => {
    fc.assert(
      fc.property(text, (t) => splitPieceCount(t) === t.split(/\s+/u).length),
      { numRuns: 3000 },
    );
  });

  it('withoutDanglingEnd() reads as the loop of patterns', () => {
    fc.assert(
      fc.property(text, (t) => withoutDanglingEnd(t) === withoutDanglingEndByPatterns(t)),
      { numRuns: 3000 },
    );
  });

  it('foldedPattern() answers as the pattern with the u flag, on folded text', () => {
    const folded = text.map((t) => foldTypography(t));
    for (const { pattern } of ASPECT_MARKERS) {
      const plain = foldedPattern(pattern);
      const unicode = new RegExp(pattern, 'iu');
      fc.assert(
        fc.property(folded, (t) => plain.test(t) === unicode.test(t)),
        { numRuns: 500 },
      );
    }
  });

  it('foldedPattern() keeps the u flag where it matters', () => {
    expect(foldedPattern(String.raw`\bwill\b`).flags).toBe('i');
    for (const source of [
      String.raw`\p{L}`,
      'a.b',
      '[^,]+',
      String.raw`\S+`,
      'café',
      String.raw`\\.`,
    ]) {
      expect(foldedPattern(source).flags).toBe('iu');
    }
  });
});
