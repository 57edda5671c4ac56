/** A past act counted from a day to past the publication is dated by that day itself. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => [
    e.date.value,
    e.status,
    e.title,
  ]);

describe('extractArticle() on a past act so long after a recent day', () => {
  it('is the day named, not a plan weeks ahead', () => {
    // (was "The strike ended" planned on April 6, three weeks after Monday March 16)
    expect(told('The strike ended three weeks after it started on Monday.')).toEqual([
      ['2026-03-16', 'happened', 'The strike ended'],
    ]);
  });
  it('a distance that stays in the past still counts', () => {
    expect(
      told('He announced a fund three days after Russia invaded Ukraine on February 24.'),
    ).toContainEqual(['2026-02-27', 'happened', 'He announced a fund']);
  });
});
