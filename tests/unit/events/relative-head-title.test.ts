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

describe('extractArticle() on a relative aside between a subject and its verb', () => {
  const told = (raw: string) =>
    extractArticle({ id: 'x', raw, published: '2023-05-17' }).events.map((e) => [
      e.date.value,
      e.title,
    ]);

  it('a noun in -ing after an opening adjective is the noun "which" tells of', () => {
    // (was 'Ended, drew more than 2 million people' on both dates)
    expect(told('Early voting, which ended Friday, drew more than 2 million people.')).toEqual([
      ['2023-05-12', 'Early voting ended'],
      ['2023-05-17', 'Early voting drew more than 2 million people'],
    ]);
  });

  it("the article's day tells the main clause resumed after the aside, with its subject", () => {
    // (were 'Heavy fighting killed 20 people' on both days; and 'The fighting began' on both,
    // then 'The fighting, killed 20 people')
    expect(told('Heavy fighting, which began on Monday, killed 20 people.')).toEqual([
      ['2023-05-15', 'Heavy fighting began'],
      ['2023-05-17', 'Heavy fighting killed 20 people'],
    ]);
    expect(told('The fighting, which began last week, killed 20 people on Monday.')).toEqual([
      ['2023-W19', 'The fighting began'],
      ['2023-05-15', 'The fighting killed 20 people'],
    ]);
  });
});
