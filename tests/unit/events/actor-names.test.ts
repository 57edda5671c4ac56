/** Who acts: names that a month, a number, a role or a quotation would cut (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const actors = (raw: string, published = '2026-03-20') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => e.actors);

describe('actors counted by a number', () => {
  it('a number counting the people of a U.S. state or a Briton is no name', () => {
    // (were ["Three Texans"], ["Four Britons"])
    expect(actors('Three Texans were arrested on Monday.')).toEqual([['Texans']]);
    expect(actors('Four Britons were detained on Friday.')).toEqual([['Britons']]);
    expect(actors('Two Californians were injured on Sunday.')).toEqual([['Californians']]);
  });

  it('a state before a role, and a team after "the", stay as they were', () => {
    expect(actors('Texas Governor Greg Abbott signed the bill on Friday.')).toEqual([
      ['Texas', 'Greg Abbott'],
    ]);
    expect(actors('The Texans won on Sunday.')).toEqual([['Texans']]);
  });
});
