/**
 * Titles and dates from a review's probes in news styles (helper 176: data releases, launches,
 * entertainment, climate, investigations, sports, science, scandals). Made-up passages.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string, published = '2026-09-10') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

describe('extractArticle() on review probes in news styles', () => {
  it('leaves a dateline typed with a single hyphen after a state out of a second phrase', () => {
    // (was "Calif. - Lumora said its glasses would not ship until 2027")
    expect(
      told(
        'SAN JOSE, Calif. - Lumora unveiled its first folding phone on Wednesday, and said its glasses would not ship until 2027.',
      ),
    ).toContainEqual(['2027', 'Lumora said its glasses would not ship until 2027']);
  });

  it('keeps a range of abbreviations typed with a spaced hyphen in the title', () => {
    // (review, helper 178: were "Dec. bookings fell 8 percent", "Md. border crossings reopened")
    expect(told('Sept. - Dec. bookings fell 8 percent, the airline said on Monday.')).toEqual([
      ['2026-09-07', 'Sept. - Dec. bookings fell 8 percent'],
    ]);
    expect(told('Va. - Md. border crossings reopened on Monday after the storm.')).toEqual([
      ['2026-09-07', 'Va. - Md. border crossings reopened after the storm'],
    ]);
  });

  it('finds the subject of a second phrase past an appositive that ends in a date', () => {
    // (was "The tour began in Dublin" of December too: "in six years" left no subject)
    expect(
      told(
        'The tour, her first in six years, began in Dublin on April 2 and was due to end in Sydney in December.',
        '2026-08-04',
      ),
    ).toEqual([
      ['2026-04-02', 'The tour began in Dublin'],
      ['2026-12', 'The tour was due to end in Sydney'],
    ]);
  });

  it('takes no piece of a subject cut by commas for the subject before a dated appositive', () => {
    // (review, helper 178: were "Germany and Italy will vote again", "54 will move to Lisbon")
    const titles = (raw: string) => told(raw, '2026-08-04').map(([, title]) => title);
    expect(
      titles(
        'France, Germany and Italy, all members since 1957, voted in May and will vote again in October.',
      ),
    ).not.toContain('Germany and Italy will vote again');
    expect(
      titles(
        'Ms. Alvarez, 54, a teacher since 2019, resigned in May and will move to Lisbon in September.',
      ),
    ).not.toContain('54 will move to Lisbon');
    // (a fronted phrase is not a piece of the subject)
    expect(
      told(
        'On Monday, the strike, the longest since 1984, entered its tenth week and was expected to end in September.',
        '2026-08-04',
      ),
    ).toContainEqual(['2026-09', 'The strike was expected to end']);
  });
});
