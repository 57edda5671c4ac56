/** "another" opens the noun phrase a relative clause is about (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string, published = '2026-08-27') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

describe('"pointed to another man, who died in 2019"', () => {
  it('keeps "another" with its noun', () => {
    // (was ["2019", "Man died"]: after "to", "another" was read as a verb)
    expect(titles('New DNA evidence pointed to another man, who died in 2019.')).toContainEqual([
      '2019',
      'Another man died',
    ]);
  });

  it('a verb after "to" still ends the phrase', () => {
    // (wrong side: "to recover" is a verb, not part of the noun phrase)
    expect(
      titles('The family sought to recover the painting, which was stolen in 1990.'),
    ).toContainEqual(['1990', 'The painting was stolen']);
  });

  it('"another" standing alone is the subject of the verb in -s after it', () => {
    // (wrong side: was "One convoy left another arrives", "arrives" read as a plural noun)
    expect(
      titles('One convoy left Kyiv on Monday, and another arrives on April 2.', '2026-03-20'),
    ).toContainEqual(['2026-04-02', 'And another arrives']);
  });
});
