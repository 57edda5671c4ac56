/**
 * Titles (session 39, review h230 of h226's rules): an adverb, participle and word before a comma
 * that opens a subject of its own is a fronted phrase ("Widely criticized abroad, the law"); a
 * place after a fronted phrase's comma opens a list of places without a serial comma or with more
 * items ("Elsewhere in Europe, France, Spain and Italy agreed"); a date's clause in a comma-run of
 * clauses starts after the comma before it ("Smith resigned, Jones was fired on Monday, Brown
 * quit"). Passages made up.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map(
    (e) => `${e.date.value} ${e.title}`,
  );

describe('extractArticle() titles (review of h226)', () => {
  it('drops a fronted participle phrase before a subject (was "Widely criticized abroad, the law took effect")', () => {
    expect(titles('Widely criticized abroad, the law took effect on Monday.')).toEqual([
      '2026-03-16 The law took effect',
    ]);
    expect(titles('Separately owned stations, including WXYZ, went dark on Monday.')).toEqual([
      '2026-03-16 Separately owned stations went dark',
    ]);
  });

  it('keeps a place that opens a list of places (was "Spain and Italy agreed")', () => {
    expect(titles('Elsewhere in Europe, France, Spain and Italy agreed on Monday.')).toEqual([
      '2026-03-16 France, Spain and Italy agreed',
    ]);
    expect(titles('In Portland, Oregon, Smith and Jones resigned on Monday.')).toEqual([
      '2026-03-16 Smith and Jones resigned',
    ]);
  });

  it('starts a date\'s clause after a spliced clause (was "Smith resigned, Jones was fired")', () => {
    expect(titles('Smith resigned, Jones was fired on Monday, Brown quit.')).toEqual([
      '2026-03-16 Jones was fired',
    ]);
    expect(titles('Smith resigned, Jones was fired on Monday, and Brown quit.')).toEqual([
      '2026-03-16 Jones was fired',
    ]);
  });
});
