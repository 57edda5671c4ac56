/** A name in apposition after "a recall of another drug" names the drug (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string, published = '2026-10-21') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

describe('"A recall of another drug, Lorsatan, was ordered"', () => {
  it('keeps the act and puts the name in place of the thing', () => {
    // (was ["2018", "Lorsatan was ordered"])
    expect(
      titles('A similar recall of another blood pressure drug, Lorsatan, was ordered in 2018.'),
    ).toEqual([['2018', 'A similar recall of Lorsatan was ordered']]);
  });

  it('a name after a person\'s noun and its "of" is that person\'s', () => {
    // (wrong side: "the mother of the victim, Jane Doe," is Jane Doe)
    expect(titles('The mother of the victim, Jane Doe, testified in March.')).toEqual([
      ['2026-03', 'Jane Doe testified'],
    ]);
  });

  it("a name after another noun the act's phrase brings is not the thing", () => {
    // (wrong side: was "The acquisition of Verdant Corp. closed", "The sale of Tom Reyes was
    // completed" and "The launch of French Guiana was delayed")
    expect(
      titles('The acquisition of Halcyon by its rival, Verdant Corp., closed in 2019.'),
    ).toEqual([['2019', 'The acquisition of Halcyon by its rival closed']]);
    expect(
      titles('The sale of the stadium to a local businessman, Tom Reyes, was completed in 2019.'),
    ).toEqual([['2019', 'The sale of the stadium to a local businessman was completed']]);
    expect(
      titles(
        'The launch of the rocket from its pad in Kourou, French Guiana, was delayed in 2019.',
      ),
    ).toEqual([['2019', 'The launch of the rocket from its pad in Kourou was delayed']]);
  });
});
