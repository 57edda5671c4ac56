/** The day of a saying given in an aside between its subject and its verb. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-07' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() on "X, speaking to reporters on Tuesday, said ..."', () => {
  it('the aside dates the saying, which titles the day as a fronted "Speaking ..." does', () => {
    // (was "The senator, speaking to reporters")
    expect(
      told('The senator, speaking to reporters on Tuesday, said she would run again in 2026.'),
    ).toEqual([
      ['2024-03-05', 'The senator said she would run again'],
      ['2026', 'The senator said she would run again'],
    ]);
    expect(
      told('Speaking to reporters on Tuesday, the senator said she would run again in 2026.'),
    ).toEqual([
      ['2024-03-05', 'The senator said she would run again'],
      ['2026', 'The senator said she would run again'],
    ]);
  });

  it('not an aside of another act in -ing, whose date is its own ("having lost money in 2022")', () => {
    // (was 2022 "The firm said it would close")
    expect(
      told('The firm, having lost money in 2022, said on Monday it would close.'),
    ).not.toContainEqual(['2022', 'The firm said it would close']);
    expect(
      told('The company, citing weak demand in January, said on Monday it would cut jobs.'),
    ).not.toContainEqual(['2024-01', 'The company said it would cut jobs']);
  });
});
