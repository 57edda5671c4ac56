/**
 * A forecast over a period measured to a month is the month nearest the report, also when a
 * figure stands between the forecast and the period: "The bank predicted inflation of 3% over the
 * year to September", told in June, was last September (the "%" kept the cue from matching), now
 * the coming one, as without the figure. Passages made up for these tests (helper h200).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2027-06-15' }).map((t) => [t.text, t.value]);

describe('a forecast over a period to a month, with a figure', () => {
  it('is the nearest month', () => {
    expect(tags('The bank predicted inflation of 3% over the year to September.')).toEqual([
      ['September', '2027-09'],
    ]);
    expect(tags('The bank predicted inflation over the year to September.')).toEqual([
      ['September', '2027-09'],
    ]);
  });

  it('leaves a measured figure in the past', () => {
    expect(tags('Inflation was 3% over the year to September.')).toEqual([
      ['September', '2026-09'],
    ]);
  });
});
