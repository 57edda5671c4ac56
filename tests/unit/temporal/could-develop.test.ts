/**
 * Weather that "could develop" or "could form" on a day may yet come about, so the day is the
 * coming one, as with "could hit" or "could strengthen"; what could not be done, or could have
 * been, stays in the past. Made-up passages (helper 209), told on Thursday 2013-05-23.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const values = (text: string, published = '2013-05-23') =>
  tagTimexes(text, { published }).map((t) => [t.text, t.value]);

describe('a day something could develop or form on', () => {
  it('is the coming day', () => {
    // (were 2013-05-17TAF and 2013-05-18)
    expect(
      values('Forecasters said storms could develop Friday afternoon and last into Saturday.'),
    ).toEqual([
      ['Friday afternoon', '2013-05-24TAF'],
      ['Saturday', '2013-05-25'],
    ]);
    // (was 2013-05-21)
    expect(values('Forecasters said a tropical storm could form by Tuesday.')).toEqual([
      ['Tuesday', '2013-05-28'],
    ]);
  });

  it('leaves what could not be done or could have been', () => {
    expect(values('Police said they could not develop a lead on Monday.')).toEqual([
      ['Monday', '2013-05-20'],
    ]);
    expect(values('Forecasters said storms could have developed on Monday.')).toEqual([
      ['Monday', '2013-05-20'],
    ]);
    expect(values('Officials said the storm had formed on Monday.')).toEqual([
      ['Monday', '2013-05-20'],
    ]);
  });
});
