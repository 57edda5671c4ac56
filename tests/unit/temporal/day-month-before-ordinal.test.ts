/**
 * A day and month before "the" and an ordinal word: the ordinal is the noun phrase's, not the
 * month's day. "on 4 May the first visitors arrived" was tagged "May the first" (May 1). Passages
 * made up for these tests (helper h200).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2027-07-01' }).map((t) => [t.text, t.value]);

describe('a day in figures before a month and "the first"', () => {
  it('is the day and month', () => {
    expect(tags('The museum reopened, and on 4 May the first visitors arrived.')).toEqual([
      ['4 May', '2027-05-04'],
    ]);
    expect(tags('On 12 June the first trains ran.')).toEqual([['12 June', '2027-06-12']]);
    expect(tags('On 3rd March the second vote failed.')).toEqual([['3rd March', '2027-03-03']]);
  });

  it('leaves a month and its ordinal day in words', () => {
    expect(tags('The parade was on May the first.')).toEqual([['May the first', '2027-05-01']]);
    expect(tags('The office was closed until March the fifteenth.')).toEqual([
      ['March the fifteenth', '2027-03-15'],
    ]);
  });
});
