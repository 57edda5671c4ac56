/** Who acts: a doer in an aside, a club named for its town, a band's number (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const actors = (raw: string, published = '2026-03-20') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => e.actors);

describe('the doer of a participle aside on the subject', () => {
  it('"led by", "backed by the" name who takes part in the main clause', () => {
    // (were [[]])
    expect(actors('The protest, led by Ann Holt, began on Monday.')).toEqual([['Ann Holt']]);
    expect(actors('The bill, backed by the Senate, passed on Tuesday.')).toEqual([['Senate']]);
  });

  it('not when the aside has a date of its own, an event of its own', () => {
    const founded = actors(
      'The firm, founded by Steve Jobs in 1976, said on Monday it would close.',
    );
    expect(founded.some((a) => a.includes('Steve Jobs'))).toBe(true);
    expect(founded.every((a) => !a.includes('Steve Jobs') || a.length === 1)).toBe(true);
  });
});

describe('names a sentence-opening word would cut', () => {
  it('a club named for its town in -ing before a result', () => {
    // (was [["Luton"]])
    expect(actors('Reading beat Luton 2-1 on Saturday.')).toEqual([['Reading', 'Luton']]);
    expect(actors('Reading the verdict on Saturday, Ann Holt wept.')).toEqual([['Ann Holt']]);
  });

  it("a band's number opening the sentence before its verb", () => {
    // (was [["Doors Down"]])
    expect(actors('3 Doors Down played on Friday.')).toEqual([['3 Doors Down']]);
    expect(actors('3 Italian men were arrested on Friday.')).toEqual([[]]);
  });
});
