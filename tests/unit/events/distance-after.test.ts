/** A main clause a distance before a dated clause of time: "collapsed two days after it began". */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-20' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() on a distance after a dated clause of time', () => {
  it('"it" in the clause of time is the main clause\'s thing', () => {
    // (was "The truce collapsed two days" on Saturday)
    expect(told('The truce collapsed two days after it began on Saturday.')).toEqual([
      ['2024-03-16', 'The truce began'],
      ['2024-03-18', 'The truce collapsed'],
    ]);
  });
  it('a title of the main clause keeps no distance that ends it', () => {
    // (was "Smith resigned two days" on Saturday)
    expect(told('Smith resigned two days after it emerged on Saturday that he lied.')).toEqual([
      ['2024-03-16', 'Smith resigned two days after it emerged that he lied'],
      ['2024-03-18', 'Smith resigned'],
    ]);
  });
});

describe('extractArticle() on "it" standing for a subject after a fronted phrase', () => {
  it('the thing opens the title with its capital', () => {
    // (was 'the firm collapsed': the subject as written after 'Founded in 1990,')
    expect(
      told('Founded in 1990, the firm grew for two decades before it collapsed in 2010.'),
    ).toContainEqual(['2010', 'The firm collapsed']);
  });
});
