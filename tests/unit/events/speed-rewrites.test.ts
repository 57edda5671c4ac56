/**
 * Helpers rewritten for speed read the same as the plain patterns they replace: on the tricky
 * characters (white space of every kind, marks, dashes, quotes, letters outside ASCII, the two
 * letters Unicode case folding treats apart) and on arbitrary strings made of them (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DANGLING_WORDS, TITLE_BREAKS } from '../../../src/extract/lexicon/en/events/titles.ts';
import { ASPECT_MARKERS } from '../../../src/extract/lexicon/en/events/modality.ts';
import {
  FIGURES_FOR,
  GIVEN_UP,
  NEW_DATE,
  PERIOD_END,
} from '../../../src/extract/lexicon/en/events/comparisons.ts';
import {
  COMMA_IN_QUOTE,
  hasCommaBeforeQuote,
  tidy,
  withoutDanglingEnd,
} from '../../../src/extract/events/title/index.ts';
import { MODIFIER_JOINERS } from '../../../src/extract/lexicon/en/events/function-words.ts';
import { NAME_OF_DATE_BEFORE } from '../../../src/extract/lexicon/en/events/titles.ts';
import { foldedPattern } from '../../../src/extract/text/folded-pattern.ts';
import { flatMapped } from '../../../src/extract/events/lists.ts';
import { isHeadingLine } from '../../../src/extract/events/analysis.ts';
import { saysItGoesOn } from '../../../src/extract/events/gather.ts';
import { CONTINUATION_WORDS } from '../../../src/extract/lexicon/en/events/function-words.ts';
import {
  collapseSpace,
  foldTypography,
  lowerCaseWordsAmong,
  mayEndWithWord,
  splitAtSpaces,
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
    .replace(
      /^(["“‘]|``) +(\p{L})/u,
      (_m, mark: string, letter: string) => `${mark}${letter.toUpperCase()}`,
    )
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

  // each pattern anchored on the text before a date, with the words it may end in
  const endAnchored = [FIGURES_FOR, PERIOD_END, NEW_DATE, GIVEN_UP].map((entry) => ({
    pattern: new RegExp(entry.before, 'iu'),
    last: wordSet(entry.lastWords),
    examples: entry.examples,
  }));

  it('mayEndWithWord() lets through every text an end-anchored pattern matches', () => {
    // the lexicon's own examples, cut before their date
    for (const { pattern, last, examples } of endAnchored) {
      for (const example of examples) {
        const before = example.slice(0, example.indexOf('['));
        if (pattern.test(before)) expect(mayEndWithWord(before, last), before).toBe(true);
      }
    }
    // and text made of the patterns' own words
    const words = [...new Set(endAnchored.flatMap((e) => [...e.last]))];
    const vocabulary = [
      ...words,
      'quarter',
      'year',
      'scheduled',
      'postponed',
      'guidance',
      'ß',
      ' ',
      ' ',
      ',',
    ];
    const made = fc
      .array(fc.constantFrom(...vocabulary, ...PIECES), { maxLength: 12 })
      .map((p) => p.join(' '));
    fc.assert(
      fc.property(made, (t) =>
        endAnchored.every(({ pattern, last }) => !pattern.test(t) || mayEndWithWord(t, last)),
      ),
      { numRuns: 3000 },
    );
  });

  it('lowerCaseWordsAmong() finds the wanted words the word pattern finds, lower-cased', () => {
    const wanted = new Set(['the', 'said', 'é', 'ünder', 'co-op', "o'neil", 'ſun', 'ab']);
    const byPattern = (t: string): Set<string> =>
      new Set(
        (t.match(/(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*/gu) ?? [])
          .map((w) => w.toLowerCase())
          .filter((w) => wanted.has(w)),
      );
    const words = fc
      .array(fc.constantFrom(...PIECES, ...wanted, 'The', 'SAID', 'Ünder', '’s', '-'), {
        maxLength: 14,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(words, (t) => {
        const found = [...lowerCaseWordsAmong(t, wanted)].sort();
        return JSON.stringify(found) === JSON.stringify([...byPattern(t)].sort());
      }),
      { numRuns: 3000 },
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

  it('splitAtSpaces() gives what split(/\\s+/u) gives, with and without a limit', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 9 }), (t, limit) => {
        expect(splitAtSpaces(t)).toEqual(t.split(/\s+/u));
        expect(splitAtSpaces(t, limit)).toEqual(t.split(/\s+/u, limit));
      }),
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
    // each marker, and each aspect's markers as one pattern, as aspect.ts runs them
    const sources = [
      ...ASPECT_MARKERS.map((m) => m.pattern),
      ...['future', 'ongoing'].map((aspect) =>
        ASPECT_MARKERS.filter((m) => m.aspect === aspect)
          .map((m) => `(?:${m.pattern})`)
          .join('|'),
      ),
    ];
    for (const source of sources) {
      const folding = foldedPattern(source);
      const unicode = new RegExp(source, 'iu');
      fc.assert(
        fc.property(folded, (t) => folding.exec(t)?.index === unicode.exec(t)?.index),
        { numRuns: 500 },
      );
    }
  });

  it('foldedPattern() drops the u flag where it reads the same', () => {
    expect((foldedPattern(String.raw`\bwill\b`) as RegExp).flags).toBe('i');
    // a "." in a class is the full stop itself
    expect((foldedPattern(String.raw`expects?\s+(?:[\w'’%$.-]+\s+){0,4}?to`) as RegExp).flags).toBe(
      'i',
    );
  });

  it('foldedPattern() keeps the u flag where it matters', () => {
    // a surrogate pair is one character: for ".", a negated class, \S and \W
    expect(foldedPattern('^a.b$').test('a😀b')).toBe(true);
    expect(foldedPattern('^[^,]$').test('😀')).toBe(true);
    expect(foldedPattern(String.raw`^\S$`).test('😀')).toBe(true);
    expect(foldedPattern(String.raw`^[\].]+.$`).test('.😀')).toBe(true);
    expect(foldedPattern(String.raw`^\\.$`).test('\\😀')).toBe(true);
    expect(foldedPattern(String.raw`^\W$`).exec('😀')?.index).toBe(0);
    // ... and the same patterns read plain text as without the flag
    expect(foldedPattern('^a.b$').test('a-b')).toBe(true);
    expect(foldedPattern('^[^,]$').test(',')).toBe(false);
    // \p means nothing without it, nor do letters beyond ASCII read the same
    expect(foldedPattern(String.raw`^\p{L}$`).test('é')).toBe(true);
    expect(foldedPattern('café').test('CAFÉ')).toBe(true);
  });
  it('flatMapped() gives what flatMap gives', () => {
    const lists = fc.array(fc.array(fc.string(), { maxLength: 4 }), { maxLength: 8 });
    fc.assert(
      fc.property(lists, (items) => {
        const each = (item: string[]): string[] => item.map((x) => `${x}!`);
        return JSON.stringify(flatMapped(items, each)) === JSON.stringify(items.flatMap(each));
      }),
      { numRuns: 1000 },
    );
  });
  it('isHeadingLine() answers as the heading pattern', () => {
    const heading = /^\s*[^\n.!?;:]{1,60}[^\n.!?;:"”’'),\s]\s*$/u;
    // short lines, and lines about as long as a heading may be, of the tricky pieces
    const lines = fc
      .array(fc.constantFrom(...PIECES, 'What comes next', 'Key events ', '\n', ':', ';', ','), {
        maxLength: 24,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(lines, (t) => isHeadingLine(t) === heading.test(t)),
      { numRuns: 5000 },
    );
  });
  it('saysItGoesOn() finds what reading the runs of letters one at a time finds', () => {
    const continuation = wordSet(CONTINUATION_WORDS, { lower: true });
    const byRuns = (t: string): boolean =>
      [...t.toLowerCase().matchAll(/\p{L}+/gu)].some((m) => continuation.has(m[0]));
    const pieces = [
      ...PIECES,
      ...continuation,
      'Also',
      'ALSO',
      'alſo',
      'tool',
      'also-ran',
      'éagain',
    ];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(texts, (t) => saysItGoesOn(t) === byRuns(t)),
      { numRuns: 5000 },
    );
  });

  it('hasCommaBeforeQuote() lets through every text the comma-in-quote pattern moves a comma in', () => {
    const quoted = fc
      .array(
        fc.constantFrom(...PIECES, 'nicknamed', 'Marigold', ',"', ',”', ",''", '"', '”', "''"),
        {
          maxLength: 12,
        },
      )
      .map((p) => p.join(' '));
    fc.assert(
      fc.property(quoted, (t) => {
        COMMA_IN_QUOTE.lastIndex = 0;
        return !COMMA_IN_QUOTE.test(t) || hasCommaBeforeQuote(t);
      }),
      { numRuns: 3000 },
    );
    expect(hasCommaBeforeQuote('nicknamed "Marigold," started')).toBe(true);
  });

  it('mayEndWithWord() lets through every text whose paired modifier ends in a joiner', () => {
    // qualifiesNoun()'s pattern before a date ("the autumn and [winter] ranges"), as written there
    const pairedBefore = /(?<pair>[\p{L}-]+ (?<joiner>\p{L}+) )$/u;
    const joiners = wordSet(MODIFIER_JOINERS, { lower: true });
    const made = fc
      .array(fc.constantFrom(...PIECES, 'and', 'AND', 'Or', 'or', 'autumn', 'naïve', 'for'), {
        maxLength: 10,
      })
      .map((p) => p.join(' '));
    fc.assert(
      fc.property(made, (t) => {
        const joiner = pairedBefore.exec(t)?.groups?.['joiner'];
        return (
          joiner === undefined || !joiners.has(joiner.toLowerCase()) || mayEndWithWord(t, joiners)
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('mayEndWithWord() lets through every text that ends in a name and its "of"', () => {
    const nameOf = new RegExp(NAME_OF_DATE_BEFORE, 'u');
    const of = new Set(['of']);
    const made = fc
      .array(fc.constantFrom(...PIECES, 'Crash', 'of', 'Of', 'OF', 'Wall', 'Street', 'öf'), {
        maxLength: 10,
      })
      .map((p) => p.join(' '));
    fc.assert(
      fc.property(made, (t) => !nameOf.test(t) || mayEndWithWord(t, of)),
      { numRuns: 3000 },
    );
    expect(mayEndWithWord('survived the Wall Street Crash of ', of)).toBe(true);
  });
});
