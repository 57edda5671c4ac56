/** A relative clause's title puts back the noun it tells of with the words that qualify it. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2023-05-17' }).events.map((e) => e.title);

describe('extractArticle() on a relative clause after a qualified name', () => {
  it('keeps the article and the words between it and the name', () => {
    // (was "Moscow annexed Russian-speaking Crimean Peninsula")
    expect(
      titles(
        'Along with those from Syria, the Belarusians included ten citizens of the rebel ' +
          'Russian-speaking Crimean Peninsula that Moscow annexed in 2014.',
      ),
    ).toContain('Moscow annexed the rebel Russian-speaking Crimean Peninsula');
  });
  it('still keeps a bare article', () => {
    expect(titles('Tanzania expelled a Libyan who was questioned by police in August.')).toContain(
      'A Libyan was questioned by police',
    );
  });
});
