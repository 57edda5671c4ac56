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
});
