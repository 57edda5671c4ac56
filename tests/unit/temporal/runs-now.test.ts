/**
 * A run told in the present simple whose start is past this year and whose end is ahead holds the
 * publication: "Hurricane season runs from June 1 to Nov. 30", told in August, is this year's, not
 * next year's. Passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const values = (text: string) =>
  tagTimexes(text, { published: '2016-08-18' }).map((t) => [t.text, t.value]);

describe('a run told in the present', () => {
  it('is the one under way when it holds the publication', () => {
    // (was 2017-06-01 to 2017-11-30)
    expect(values('Hurricane season runs from June 1 to Nov. 30.')).toEqual([
      ['June 1', '2016-06-01'],
      ['Nov. 30', '2016-11-30'],
    ]);
    expect(values('The exhibitions run from June 1 through Nov. 30.')).toEqual([
      ['June 1', '2016-06-01'],
      ['Nov. 30', '2016-11-30'],
    ]);
  });

  it('is still to come when told as one', () => {
    expect(values('The exhibition will run from June 1 to Nov. 30.')).toEqual([
      ['June 1', '2017-06-01'],
      ['Nov. 30', '2017-11-30'],
    ]);
    expect(values('The exhibition is to run from June 1 to Nov. 30.')).toEqual([
      ['June 1', '2017-06-01'],
      ['Nov. 30', '2017-11-30'],
    ]);
    // (nor does an adverb between: "will likely run" was 2016-06-01 to 2016-11-30)
    expect(values('The exhibition will likely run from June 1 to Nov. 30.')).toEqual([
      ['June 1', '2017-06-01'],
      ['Nov. 30', '2017-11-30'],
    ]);
    // (a start ahead this year begins the run to come)
    expect(values('The exhibition runs from Oct. 1 to Aug. 10.')).toEqual([
      ['Oct. 1', '2016-10-01'],
      ['Aug. 10', '2017-08-10'],
    ]);
  });

  it('is the year told before it in its sentence', () => {
    // (each was 2016-06-01 to 2016-11-30)
    expect(values("Next year's hurricane season runs from June 1 to Nov. 30.")).toEqual([
      ['Next year', '2017'],
      ['June 1', '2017-06-01'],
      ['Nov. 30', '2017-11-30'],
    ]);
    expect(values('The 2017 season runs from June 1 to Nov. 30.')).toEqual([
      ['2017', '2017'],
      ['June 1', '2017-06-01'],
      ['Nov. 30', '2017-11-30'],
    ]);
    // (this year's, a year gone by, or a year in the sentence before, leaves the run under way)
    for (const year of ['After a quiet 2015, hurricane', 'Unlike last year, the'])
      expect(values(`${year} season runs from June 1 to Nov. 30.`).slice(1)).toEqual([
        ['June 1', '2016-06-01'],
        ['Nov. 30', '2016-11-30'],
      ]);
    expect(values('The 2016 season runs from June 1 to Nov. 30.').slice(1)).toEqual([
      ['June 1', '2016-06-01'],
      ['Nov. 30', '2016-11-30'],
    ]);
    expect(
      values(
        'The 2005 season was the busiest. Hurricane season runs from June 1 to Nov. 30.',
      ).slice(1),
    ).toEqual([
      ['June 1', '2016-06-01'],
      ['Nov. 30', '2016-11-30'],
    ]);
  });
});
