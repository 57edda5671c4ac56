/** Properties of buildEvents() on arbitrary text and timexes (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/extract/events/index.ts';
import { mergeEvents } from '../../../src/extract/events/merge.ts';
import type { Timex } from '../../../src/extract/types.ts';
import { article } from './helpers.ts';

const VALUES = [
  '2023-05-05',
  '2023-05',
  '2023',
  '2023-FA',
  'PRESENT_REF',
  'P2Y',
  'XXXX-WXX-1',
  '2018-WXX-2',
  'garbage',
];
const WORDS = [
  'Belarus',
  'said',
  'on',
  'Monday',
  'the',
  'border',
  'will',
  'He',
  'Mr.',
  'U.S.',
  '1995',
  ',',
  '.',
  '\n',
  '\n\n',
  '"',
  'and',
  'that',
  'which',
  'since',
  'Jobs',
  'has',
];

/** Text made of news-like words, and timexes at word boundaries with arbitrary values. */
const input = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 120 })
  .chain((words) => {
    const text = words.join(' ');
    const starts = [...text.matchAll(/\S+/gu)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    return fc.record({
      text: fc.constant(text),
      timexes: fc.subarray(starts).chain((spans) =>
        fc.tuple(
          ...spans.map((span) =>
            fc
              .record({
                value: fc.constantFrom(...VALUES),
                type: fc.constantFrom('DATE', 'TIME', 'DURATION', 'SET'),
              })
              .map(({ value, type }): Timex => ({
                ...span,
                text: text.slice(span.start, span.end),
                value,
                type: type as Timex['type'],
              })),
          ),
        ),
      ),
      published: fc.constantFrom('2023-05-17', '2018', null),
    });
  });

describe('buildEvents() on arbitrary input', () => {
  it('never throws, quotes its sources exactly, and gives unique ids and real dates', () => {
    fc.assert(
      fc.property(input, ({ text, timexes, published }) => {
        const events = buildEvents(article(text, published), timexes);
        const ids = new Set(events.map((e) => e.id));
        expect(ids.size).toBe(events.length);
        for (const e of events) {
          expect(e.date.start < e.date.end).toBe(true);
          expect(e.sources.length).toBeGreaterThan(0);
          for (const s of e.sources) {
            expect(text.slice(s.start, s.end)).toBe(s.quote);
            if (s.timex) expect(s.timex.start >= s.start && s.timex.end <= s.end).toBe(true);
          }
          expect(e.relevance >= 0 && e.relevance <= 1).toBe(true);
        }
        expect(mergeEvents([events]).length).toBe(events.length);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(input, ({ text, timexes, published }) => {
        expect(buildEvents(article(text, published), timexes)).toEqual(
          buildEvents(article(text, published), timexes),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('buildEvents() on adversarial input', () => {
  // Quadratic work on any of these takes tens of seconds at this size; linear work, milliseconds.
  const SIZE = 200_000;
  const repeat = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length));
  it.each([
    ['abbreviations', repeat('Mr. ')],
    ['initials', repeat('A. ')],
    ['full stops', repeat('.')],
    ['one endless sentence', repeat('Russia said Belarus would act and ')],
    ['names', repeat('Apple Steve Jobs ')],
    ['commas and relatives', repeat(', which the, ')],
    ['quotation marks', repeat('"a" ')],
    ['capitals', repeat('MOSCOW ')],
  ])(
    'finishes quickly on %s',
    (_name, text) => {
      const dates = [...text.matchAll(/Mr|A\.|Russia/gu)].slice(0, 5000).map((m): Timex => ({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        type: 'DATE',
        value: '2023-05',
      }));
      expect(() => buildEvents(article(text), dates)).not.toThrow();
    },
    5000,
  );
});
