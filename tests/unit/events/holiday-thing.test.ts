/** Titles keep a holiday that names the thing after it ("Thanksgiving dinner"). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-20' }).events.map((e) => e.title);

describe('extractArticle() keeps a holiday that names a thing', () => {
  it('"served Thanksgiving dinner": the holiday says which dinner', () => {
    // (was "Volunteers served dinner to 500 people", "Families gathered dinner across ...")
    expect(titles('Volunteers served Thanksgiving dinner to 500 people.')).toEqual([
      'Volunteers served Thanksgiving dinner to 500 people',
    ]);
    expect(titles('Families gathered for Christmas dinner across the country.')).toEqual([
      'Families gathered for Christmas dinner across the country',
    ]);
  });
  it('a holiday before a pronoun, its own time or a clause it opens still goes', () => {
    expect(titles('The company said on Christmas Day it would close.')).toEqual([
      'The company said it would close',
    ]);
    expect(titles('They met over Thanksgiving weekend in Ohio.')).toEqual(['They met in Ohio']);
    expect(titles('On Christmas Eve police arrested two men.')).toEqual([
      'Police arrested two men',
    ]);
  });
});

describe('extractArticle() on a holiday before a word that opens a phrase', () => {
  it('"open Thanksgiving despite protests": the holiday is the date and goes', () => {
    // (was 'Stores will open Thanksgiving despite protests')
    expect(titles('Stores will open Thanksgiving despite protests.')).toEqual([
      'Stores will open despite protests',
    ]);
  });
});
