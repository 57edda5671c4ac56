/**
 * What runs on from a weekday ("from Monday"), where no tense cue decides, starts on the coming
 * one, as a bound ("until Monday") is ahead. Made-up passages from review, told on a Wednesday.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const values = (text: string) =>
  tagTimexes(text, { published: '2026-03-18' }).map((t) => [t.text, t.value]);

describe('a weekday something runs on from', () => {
  it('is the coming one with no tense cue', () => {
    // (was 2026-03-16, the Monday gone)
    expect(values('Trades settle on a T+2 basis from Monday.')).toEqual([['Monday', '2026-03-23']]);
    expect(values('New fares apply from Monday.')).toEqual([['Monday', '2026-03-23']]);
  });

  it('follows a tense cue, and is no start after a record of the day', () => {
    expect(values('Trains ran hourly from Monday.')).toContainEqual(['Monday', '2026-03-16']);
    expect(values('Data from Monday show a rise.')).toEqual([['Monday', '2026-03-16']]);
    // (a range's start is placed as a range is, as at w4base)
    expect(values('Stores are open from Monday to Friday.')).toEqual([
      ['Monday', '2026-03-16'],
      ['Friday', '2026-03-20'],
    ]);
  });
});
