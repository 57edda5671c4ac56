/** A fixture told in the present for the evening or night of its own publication day is ahead. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string, published: string) =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.status]);

describe('extractArticle() on a present fixture tonight', () => {
  it('is planned, told on its own day', () => {
    // (was happened)
    expect(told('Arsenal play Porto on Tuesday night.', '2026-03-17')).toEqual([
      ['2026-03-17', 'planned'],
    ]);
    expect(
      told(
        'Chelsea, beaten 3-0 at home on Saturday, travel to Newcastle on Wednesday night.',
        '2026-03-18',
      ),
    ).toContainEqual(['2026-03-18', 'planned']);
  });
  it('a fixture told in the past, or a saying, happened', () => {
    expect(told('Arsenal played Porto on Tuesday night.', '2026-03-17')).toEqual([
      ['2026-03-17', 'happened'],
    ]);
    expect(told('Police say the man died on Tuesday night.', '2026-03-17')).toEqual([
      ['2026-03-17', 'happened'],
    ]);
  });
});
