/**
 * A distance set off by commas after a day, a clause's subject and an irregular past after it,
 * opens that clause and counts from the day ("Smith resigned on Monday, two days later, the board
 * met" is Wednesday), as it did before a past in -ed. Passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2026-03-20' }).map((t) => [t.text, t.value]);

describe('a distance opening a clause after a day', () => {
  it('counts from the day before an irregular past', () => {
    // (was 2026-03-16, Monday's own value, read as a restating of Monday)
    expect(tags('Smith resigned on Monday, two days later, the board met.')).toEqual([
      ['Monday', '2026-03-16'],
      ['two days later', '2026-03-18'],
    ]);
    expect(tags('Jones quit on Monday, a day later, the board met.')).toEqual([
      ['Monday', '2026-03-16'],
      ['a day later', '2026-03-17'],
    ]);
  });

  it('counts from the day before a past like its base, at the clause end or before an object', () => {
    // (was 2026-03-16: "quit" is no past by itself, and the distance read as restating Monday)
    expect(tags("Smith resigned on Monday, two days later, the board's chairman quit.")).toEqual([
      ['Monday', '2026-03-16'],
      ['two days later', '2026-03-18'],
    ]);
    expect(tags('Jones resigned on Monday, a day later, her deputy quit the board.')).toEqual([
      ['Monday', '2026-03-16'],
      ['a day later', '2026-03-17'],
    ]);
  });

  it('restates the day before a text read, which is no act', () => {
    // (was 2026-03-18: "read" is a past like its base, but with no object it tells a text's words)
    expect(tags('He was charged on Monday, two days later, the statement read.')).toEqual([
      ['Monday', '2026-03-16'],
      ['two days later', '2026-03-16'],
    ]);
  });

  it('still counts from the day before a past in -ed', () => {
    expect(tags('The talks began on Monday, two days later, they collapsed.')).toEqual([
      ['Monday', '2026-03-16'],
      ['two days later', '2026-03-18'],
    ]);
  });
});
