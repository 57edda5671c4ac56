/**
 * Tense leftovers in wire copy (made-up sentences, helper h224's probe set, issue #3): a plan's
 * passive after "will", a reaction to a contest's outcome after a modal, the end of an order's
 * state, a promise's "by". Each row is a sentence with the expression in [brackets], the
 * publication date, and the expected value.
 */
import { describe, expect, it } from 'vitest';
import { valueAt } from './bracketed.ts';

type Row = [sentence: string, published: string, value: string | undefined];

describe('wire copy tense leftovers', () => {
  it.each<Row>([
    // "will" governs the day after a plan's passive: the coming one, though the last is nearer
    ['The vote will be scheduled for [March 9], the speaker said.', '2026-04-02', '2027-03-09'],
    ['The vote will be rescheduled for [March 9].', '2026-04-02', '2027-03-09'],
    ['The vote is scheduled for next week, not [March 9].', '2026-04-02', '2026-03-09'],
    // a reaction to an outcome after a modal follows an outcome already come
    ['The Jets will try to rebound after a loss on [Sunday].', '2026-10-13', '2026-10-11'],
    ['Smith could be fired after a loss on [Sunday], reports said.', '2026-10-13', '2026-10-11'],
    ['The Bills will try to build on a win on [Sunday].', '2026-10-13', '2026-10-11'],
    ['The team will clinch the title after a win on [Sunday].', '2026-10-13', '2026-10-18'],
    ['The team will play again after a rest on [Sunday].', '2026-10-13', '2026-10-18'],
    // an order's state until a day: the order is still in force, its end ahead
    [
      'The governor ordered schools closed until [5 p.m. Friday].',
      '2026-03-19',
      '2026-03-20T17:00',
    ],
    ['The mayor ordered the park closed until [Monday].', '2026-03-19', '2026-03-23'],
    ['The road was closed from Monday until [Wednesday].', '2026-03-19', '2026-03-18'],
    // a promise's "by": ahead, unless the promise is told as made further back
    ['The company has promised new products by [Friday].', '2026-06-09', '2026-06-12'],
    ['The minister has promised a decision by [Friday].', '2026-06-09', '2026-06-12'],
    ['The company had promised new products by [Friday].', '2026-06-09', '2026-06-05'],
  ])('%s (published %s) is %s', (sentence, published, value) => {
    expect(valueAt(sentence, published)).toBe(value);
  });
});
