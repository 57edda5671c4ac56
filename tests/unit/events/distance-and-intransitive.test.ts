/**
 * A distance after a date that opens a clause the splitter left joined, and a past that takes
 * no object after its subject (synthetic sentences, helper195's review of helper187's rules).
 * The whole extraction runs, tagger included, published on Friday 2026-03-20.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function told(raw: string): string[][] {
  return extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);
}

describe('extractArticle() on a distance right after a date', () => {
  it('still dates the clause after the distance when no noun sums up the act', () => {
    // ("her deputy quit" is a clause of its own, two days after Monday, even left joined)
    expect(told('Smith resigned on Monday, two days later, her deputy quit.')).toContainEqual([
      '2026-03-18',
      'Smith resigned, her deputy quit',
    ]);
  });

  it('dates no clause twice when "a delay" sums up the act', () => {
    expect(
      told('The vote was held on June 9, two weeks later, a delay blamed on the strike.'),
    ).toEqual([['2025-06-09', 'The vote was held']]);
  });
});

describe('extractArticle() on a past after its subject and a date', () => {
  it('reads no passive of a past that takes no object ("Smith arrived ... wanted")', () => {
    const titles = told('Smith arrived on Monday wanted by police since 2019.').map((e) => e[1]);
    expect(titles).not.toContain('Smith was arrived');
  });

  it('still splits a reduced relative of a transitive verb ("Cars built in 2019")', () => {
    expect(told('Cars built in 2019 were recalled on Monday.')).toContainEqual([
      '2026-03-16',
      'Cars were recalled',
    ]);
  });

  it('tells a plural without an "s" with "were" ("The children were born")', () => {
    expect(told('The children born in 2010 started school on Monday.')).toContainEqual([
      '2010',
      'The children were born',
    ]);
  });
});
