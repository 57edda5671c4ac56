/**
 * Properties of tagTimexes() on generated text (fast-check): it never throws; every timex's
 * offsets are in range and `text.slice(start, end)` is its text; timexes are sorted and never
 * overlap; types are TIMEX3 types; range partners point at each other; the output is the same
 * on a second run; and running each rule only near its anchors finds exactly what running every
 * rule over the whole text finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../src/extract/lexicon/en/temporal/index.ts';
import { scannerOf } from '../../../src/extract/temporal/compile.ts';
import { findMatches } from '../../../src/extract/temporal/find.ts';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';
import { tenseReader } from '../../../src/extract/temporal/tense.ts';
import type { Timex } from '../../../src/extract/types.ts';

/** Words and pieces that make temporal expressions, and some that nearly do. */
const PIECES = [
  'May',
  'may',
  'March',
  'Aug.',
  'Sept',
  'Monday',
  'Friday',
  'Wed.',
  'today',
  'yesterday',
  'tonight',
  'now',
  'Now',
  'recently',
  'last',
  'next',
  'this',
  'the',
  'a',
  'an',
  'few',
  'two',
  'twenty-five',
  'half',
  'and a half',
  'year',
  'years',
  'week',
  'weekend',
  'days',
  'hours',
  'decade',
  'century',
  'ago',
  'later',
  'earlier',
  'before',
  'after',
  'since',
  'from',
  'to',
  'between',
  'and',
  'until',
  'in',
  'on',
  'of',
  'early',
  'mid-',
  'late',
  'the end of',
  'spring',
  'fall',
  'autumn',
  'morning',
  'night',
  'a.m.',
  'pm',
  'noon',
  'EST',
  'every',
  'each',
  'daily',
  'twice',
  'times',
  'first',
  'quarter',
  'Q3',
  'Christmas',
  'Easter',
  'said',
  'will',
  'was',
  'planned',
  'expected',
  '5',
  '17',
  '1995',
  '2023',
  '1990s',
  "'90s",
  '1,239',
  '-kilometer',
  '28',
  '10:30',
  '12:',
  '5/17/2023',
  '2023-05-17',
  '3rd',
  '$',
  '%',
  ',',
  '.',
  '(',
  ')',
  '-',
  '–',
  "'",
  '’',
  '\n',
  '  ',
  'future',
  'past',
  'current',
  'his',
];

const piecesText = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .map((pieces) => pieces.join(' '));
const anyText = fc.oneof(
  piecesText,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);
const published = fc.oneof(
  fc.constant(null),
  fc.constantFrom('2023-05-17', '2018', '2023-05', '1998-08-07', '2000-12-31', '2021-01-01'),
  fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
);

const TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

function wellFormed(text: string, timexes: readonly Timex[]): void {
  let reach = 0;
  timexes.forEach((t, i) => {
    expect(Number.isInteger(t.start) && Number.isInteger(t.end)).toBe(true);
    expect(t.start).toBeGreaterThanOrEqual(reach);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(TYPES.has(t.type)).toBe(true);
    expect(t.value.length).toBeGreaterThan(0);
    if (t.range?.other !== undefined) expect(timexes[t.range.other]?.range?.other).toBe(i);
    reach = t.end;
  });
}

describe('tagTimexes() on generated text', () => {
  it('never throws, and gives sorted, non-overlapping timexes whose text is their slice', () => {
    fc.assert(
      fc.property(anyText, published, (text, pub) => {
        wellFormed(text, tagTimexes(text, { published: pub }));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same result on a second run', () => {
    fc.assert(
      fc.property(piecesText, published, (text, pub) => {
        expect(tagTimexes(text, { published: pub })).toEqual(tagTimexes(text, { published: pub }));
      }),
      { numRuns: 300 },
    );
  });

  it('reads each tense as a fresh reader would, though it scans the text in pieces', () => {
    // words of tense cues that overlap ("is due" and "due to") and long stretches between dates
    const words = [...PIECES, 'is', 'due', 'to', 'meet', 'will', 'said', 'planned', 'decided'];
    const filler = 'shares of the company fell sharply on concern about its pricing policy';
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constant(filler)), { maxLength: 80 })
      .map((pieces) => pieces.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        const spans = [...t.matchAll(/\b(?:Monday|Friday|today|March)\b/gu)].map((m) => [
          m.index,
          m.index + m[0].length,
        ]);
        const reader = tenseReader(t, ENGLISH);
        for (const [start, end] of spans)
          expect(reader.at(start!, end!)).toBe(tenseReader(t, ENGLISH).at(start!, end!));
      }),
      { numRuns: 1500 },
    );
  });

  it('reads the same tense wherever the piece it scans ends ("is due" against "due to")', () => {
    // the second date's scan starts a fixed reach after the first date: move the text between
    // them one character at a time, so that the start falls before, inside and after each cue
    for (let n = 150; n < 230; n++) {
      const t = `Shares rose on Monday,${' x'.repeat(n / 2)}${n % 2 ? ' ' : ''} and Alckmin, who is due to meet them on Thursday, said so.`;
      const [monday, thursday] = [t.indexOf('Monday'), t.indexOf('Thursday')];
      const reader = tenseReader(t, ENGLISH);
      reader.at(monday, monday + 6);
      expect(reader.at(thursday, thursday + 8), t).toBe(
        tenseReader(t, ENGLISH).at(thursday, thursday + 8),
      );
    }
  });

  it('finds near the anchors exactly what every rule finds over the whole text', () => {
    const scanner = scannerOf(ENGLISH);
    const key = (m: ReturnType<typeof findMatches>[number]): string =>
      `${m.rule.index}:${m.start}-${m.end}`;
    fc.assert(
      fc.property(piecesText, (text) => {
        const anchored = findMatches(text, scanner).map(key).sort();
        const everywhere = findMatches(text, scanner, true).map(key).sort();
        expect(anchored).toEqual(everywhere);
      }),
      { numRuns: 1500 },
    );
  });
});
