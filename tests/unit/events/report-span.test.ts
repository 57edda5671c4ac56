/** The day's news of a saying of a plan reads on after a relative aside in what was said. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-07' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() on "The ministry said prices, which rose sharply, would fall in May"', () => {
  it('the saying is titled with what was said, the aside left out', () => {
    // (was "The ministry said prices")
    expect(told('The ministry said prices, which rose sharply, would fall in May.')).toEqual([
      ['2024-03-07', 'The ministry said prices would fall in May'],
      ['2024-05', 'Prices would fall'],
    ]);
  });
});
