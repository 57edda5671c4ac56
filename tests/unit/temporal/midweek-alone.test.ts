/**
 * "Midweek" told as an adverb before "or" and another time, or before a clause's subject, is
 * tagged ("runs midweek or on weekends", "and midweek the mayor holds"); "midweek or weekend
 * breaks" name a kind. Passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2026-03-20' }).map((t) => [t.text, t.type, t.value]);

describe('midweek alone', () => {
  it('is every week’s middle beside a habit', () => {
    // (was not tagged)
    expect(tags('The club runs midweek or on weekends.')).toEqual([
      ['midweek', 'SET', 'XXXX-WXX'],
      ['weekends', 'SET', 'XXXX-WXX-WE'],
    ]);
    expect(tags('The council meets on Tuesdays and midweek the mayor holds a surgery.')).toEqual([
      ['Tuesdays', 'SET', 'XXXX-WXX-2'],
      ['midweek', 'SET', 'XXXX-WXX'],
    ]);
  });

  it('is every week’s middle compared with weekends', () => {
    // (was not tagged before "than")
    expect(tags('Tickets are cheaper midweek than at weekends.')).toEqual([
      ['midweek', 'SET', 'XXXX-WXX'],
      ['weekends', 'SET', 'XXXX-WXX-WE'],
    ]);
  });

  it('is no time after a possessive, where it names a programme', () => {
    // (was 2026-W12)
    expect(tags("She spoke to BBC Radio 4's Midweek on Wednesday.")).toEqual([
      ['Wednesday', 'DATE', '2026-03-18'],
    ]);
  });

  it('is the publication’s week after "it\'s" and "that\'s", which are no possessives', () => {
    // (were not tagged)
    expect(tags("It's midweek and the office is empty.")).toEqual([
      ['midweek', 'DATE', '2026-W12'],
    ]);
    expect(tags('That’s midweek, so turnout may be low.')).toEqual([
      ['midweek', 'DATE', '2026-W12'],
    ]);
  });

  it('is a kind before "than" and a noun', () => {
    // (was 2026-W12)
    expect(tags('The line runs more midweek than weekend trains.')).toEqual([]);
  });

  it('is the publication’s week told once', () => {
    expect(tags('Midweek the mayor met the unions.')).toEqual([['Midweek', 'DATE', '2026-W12']]);
  });

  it('is no time when it names a kind', () => {
    expect(tags('Midweek or weekend breaks cost more.')).toEqual([]);
  });
});
