/**
 * A distance in apposition right after a date restates it ("charged in March 2023, nearly two
 * years later"), unless a clause's subject and verb follow its comma: then it opens that clause
 * and counts from the date. Made-up passages from review.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';
import { extractArticle } from '../../../src/extract/index.ts';

const values = (text: string, published: string) =>
  tagTimexes(text, { published }).map((t) => [t.text, t.value]);
const events = (text: string, published: string) =>
  extractArticle({ id: 'x', raw: text, published }).events.map((e) => [e.title, e.date.value]);

describe('a distance after a date and a comma', () => {
  it('opens the clause whose subject and verb follow it', () => {
    // (was 2026-10, counted from the publication as a restating, and the return dated March)
    const text = 'Injured in March, two months later, the player returned to the team.';
    expect(values(text, '2026-08-01')).toEqual([
      ['March', '2026-03'],
      ['two months later', '2026-05'],
    ]);
    // (and the fronted participle kept its own date: was also "The player was injured" in May)
    expect(events(text, '2026-08-01')).toEqual([
      ['The player was injured', '2026-03'],
      ['The player returned to the team', '2026-05'],
    ]);
  });

  it('restating the date with nothing before it to count from, names that date', () => {
    // (was 2028, counted from the publication, and a planned event "He was charged" in 2028)
    const text = 'He was charged in March 2023, nearly two years later.';
    expect(values(text, '2026-08-01')).toEqual([
      ['March 2023', '2023-03'],
      ['two years later', '2023-03'],
    ]);
    expect(events(text, '2026-08-01')).toEqual([['He was charged', '2023-03']]);
  });

  it('still counts a restating from the story date before it', () => {
    const text = 'He was arrested in 2021. He was charged in March 2023, nearly two years later.';
    expect(values(text, '2026-08-01')).toEqual([
      ['2021', '2021'],
      ['March 2023', '2023-03'],
      ['two years later', '2023'],
    ]);
  });
});
