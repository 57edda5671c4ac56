/**
 * Wrong-side checks on session 39's wire tense rules (made-up sentences, helper h231's probe set):
 * an order's state or a promise told with its outcome after it, or as a past before the past, has
 * a deadline gone; "the next decade" after a verb is a stretch of time; "the full year" before a
 * year's number or "of" is no year of its own. Each row is a sentence with the expression in
 * [brackets], the publication date, and the expected value (undefined: no timex there).
 */
import { describe, expect, it } from 'vitest';
import { valueAt } from './bracketed.ts';

type Row = [sentence: string, published: string, value: string | undefined];

describe('an order or a promise whose day is gone', () => {
  it.each<Row>([
    // an outcome told after the order or the promise: the day is gone
    [
      'Schools were ordered closed until [Friday] and reopened on Monday.',
      '2026-03-23',
      '2026-03-20',
    ],
    [
      'The company promised repairs by [Friday] but missed the deadline.',
      '2026-06-15',
      '2026-06-12',
    ],
    // a past before the past
    [
      'The airport, which had been ordered closed until [Tuesday], reopened on Wednesday.',
      '2026-03-19',
      '2026-03-17',
    ],
    // still in force: ahead (unchanged)
    ['The governor ordered schools closed until [Friday].', '2026-03-19', '2026-03-20'],
    ['The minister promised a decision by [Friday].', '2026-06-09', '2026-06-12'],
  ])('%s (%s) = %s', (sentence, published, value) => {
    expect(valueAt(sentence, published)).toBe(value);
  });
});

describe('"the next decade" and "the full year" where they are no date of their own', () => {
  it.each<Row>([
    ['The plan covers the [next decade], officials said.', '2026-03-20', 'P10Y'],
    ['The 1980s saw growth; [the next decade] saw a crash.', '2026-03-20', '199X'],
    ['Profit for [the full year] 2025 rose 10 percent.', '2026-02-05', undefined],
    ['Rent was waived for [the full year] of the lease.', '2026-02-05', undefined],
    ['Third-quarter sales rose. It raised its outlook for [the full year].', '2026-10-20', '2026'],
  ])('%s (%s) = %s', (sentence, published, value) => {
    expect(valueAt(sentence, published)).toBe(value);
  });
});
