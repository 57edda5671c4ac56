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
});
