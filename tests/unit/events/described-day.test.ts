/** Titles leave out a day with the words that describe it. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-05' }).events.map((e) => e.title);

describe('extractArticle() titles a day described by the words before it', () => {
  it('"on a quiet Sunday afternoon": the article and the describing words go with the day', () => {
    // (was "The fire started on a quiet": the tagger leaves "a quiet" out of the date)
    expect(titles('The fire started on a quiet Sunday afternoon.')).toEqual(['The fire started']);
    expect(titles('He was killed on a rainy Tuesday night.')).toEqual(['He was killed']);
  });
});

describe('extractArticle() keeps the verb of a relative clause its date follows', () => {
  it('"who died on Sunday aged 89": "died" is the relative\'s verb, no participle the date completed', () => {
    // (was "The former president aged 89")
    expect(
      titles('The former president, who died on Sunday aged 89, will be buried on Friday.'),
    ).toEqual(['The former president died aged 89', 'The former president will be buried']);
    // (a participle the date alone completed still goes: "An iOS update released Thursday came")
    expect(titles('An iOS update released Thursday came with a fix.')).toEqual([
      'An iOS update came with a fix',
    ]);
  });
});
