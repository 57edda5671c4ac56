/**
 * "midweek" joined in its clause to a recurring weekday tells a habit, as the weekday does: every
 * week's middle, a SET, not the publication's week. Made-up passages, published 2026-03-20.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const PUBLISHED = '2026-03-20';

const tagOf = (text: string, expression: string) => {
  const timex = tagTimexes(text, { published: PUBLISHED }).find((t) => t.text === expression);
  return timex && [timex.type, timex.value];
};

describe('tagTimexes() reads "midweek" beside a recurring weekday as a habit', () => {
  it.each([
    // (were DATE 2026-W12)
    ['He trains midweek and plays on Saturdays.', 'midweek'],
    ['He plays on Saturdays and trains midweek.', 'midweek'],
    ['He trains midweek and plays at weekends.', 'midweek'],
    ['He trained midweek and played on Saturdays.', 'midweek'],
  ])('"%s": %s is SET XXXX-WXX', (text, expression) => {
    expect(tagOf(text, expression)).toEqual(['SET', 'XXXX-WXX']);
  });
});

describe('tagTimexes() keeps "midweek" the publication\'s week otherwise', () => {
  it.each([
    ['Shares fell midweek and again on Friday.', 'midweek'],
    ['Stocks dipped midweek and rose on Thursday.', 'midweek'],
    ['He trains on Saturdays, and last week he rested midweek.', 'midweek'],
    ['Stocks fell midweek, and on Saturdays the market is closed.', 'midweek'],
    // (a habit that is no weekday's: were SET XXXX-WXX)
    ['Shares slumped midweek and have fallen every day since.', 'midweek'],
    ['Rain arrived midweek and fell daily.', 'midweek'],
    ['Trading was heavy midweek and weekly volumes hit a record.', 'midweek'],
    // (once, in the past, beside a habit in the present: was SET XXXX-WXX)
    ['The club played midweek and trains on Sundays.', 'midweek'],
  ])('"%s": %s is DATE 2026-W12', (text, expression) => {
    expect(tagOf(text, expression)).toEqual(['DATE', '2026-W12']);
  });
});
