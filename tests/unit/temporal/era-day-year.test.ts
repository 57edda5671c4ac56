/**
 * A day and month before a year of an era that could be a day's number: "12 August 30 BC" was
 * read as August 30 of the publication's year (2025-08-30), now BC0030-08-12; and a month a day
 * number stands before is day first ("On 12 August 30 people were injured" was August 30, now
 * 12 August). Passages made up for these tests (helper h211).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2026-03-20' }).map((t) => [t.text, t.value]);

describe('a year of an era no greater than 31 after a month', () => {
  it('is the year, and the day before the month its day', () => {
    expect(tags('Cleopatra died on 12 August 30 BC.')).toEqual([
      ['12 August 30 BC', 'BC0030-08-12'],
    ]);
    expect(tags('Cleopatra died in August 30 BC.')).toEqual([['August 30 BC', 'BC0030-08']]);
    expect(tags('Augustus died on 19 August 14 AD.')).toEqual([['19 August 14 AD', '0014-08-19']]);
  });

  it('a month with a day number before it is read day first', () => {
    expect(tags('On 12 August 30 people were injured.')).toEqual([['12 August', '2025-08-12']]);
    expect(tags('On August 30 people were injured.')).toEqual([['August 30', '2025-08-30']]);
  });

  // (helper h217: both were '1 August' 2026-08-01 and '2 August' 2026-08-02)
  it('but not a number a noun labels, which is no day', () => {
    expect(tags('Results: round 1 August 5, round 2 August 12.')).toEqual([
      ['August 5', '2026-08-05'],
      ['August 12', '2026-08-12'],
    ]);
  });
});
