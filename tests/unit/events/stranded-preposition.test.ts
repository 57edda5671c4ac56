/**
 * A relative without its pronoun whose preposition is left at its end, before a date (made-up
 * sentences, helper h225's probe). The whole extraction runs, tagger included, published on
 * Wednesday 2026-07-15.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function told(raw: string): string[][] {
  return extractArticle({ id: 'x', raw, published: '2026-07-15' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);
}

describe('extractArticle() on a preposition a relative leaves before its date', () => {
  it('keeps the preposition with the noun it takes', () => {
    // (was "She worked the firm", the "for" gone with "in 2010")
    expect(told('The firm she worked for in 2010 closed on Monday.')).toEqual([
      ['2010', 'She worked for the firm'],
      ['2026-07-13', 'The firm closed'],
    ]);
    expect(told('The school he taught at in 2010 closed in 2015.')).toContainEqual([
      '2010',
      'He taught at the school',
    ]);
  });

  it("still drops a date's own two prepositions", () => {
    expect(told('The vote was set for later today.')).toEqual([['2026-07-15', 'The vote was set']]);
  });
});
