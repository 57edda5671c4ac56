/**
 * Titles (session 39, h226): a day's name before "and" is no name joined to the next one ("on
 * Monday and Jones was fired" divides the dates' stretches); an adverb in -ly before a participle
 * and a noun opens the subject, no fronted phrase ("Separately owned stations"); a place after a
 * fronted phrase's comma that a serial list goes on from is the subject's first item
 * ("Elsewhere in Europe, France, Spain, and Italy agreed"). Passages made up.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map(
    (e) => `${e.date.value} ${e.title}`,
  );

describe('extractArticle() titles', () => {
  it('divides two dated clauses at "Monday and" (was "Smith resigned and Jones was fired" twice)', () => {
    expect(titles('Smith resigned on Monday and Jones was fired on Tuesday.')).toEqual([
      '2026-03-16 Smith resigned',
      '2026-03-17 Jones was fired',
    ]);
  });

  it('keeps an adverb, participle and noun as the subject (was "Including WXYZ, went dark")', () => {
    expect(titles('Separately owned stations, including WXYZ, went dark on Monday.')).toEqual([
      '2026-03-16 Separately owned stations went dark',
    ]);
  });

  it('still drops an adverb that opens the sentence alone', () => {
    expect(titles('Separately, Smith resigned on Monday.')).toEqual(['2026-03-16 Smith resigned']);
  });

  it('keeps the first place of a serial list (was "Spain, and Italy agreed")', () => {
    expect(titles('Elsewhere in Europe, France, Spain, and Italy agreed on Monday.')).toEqual([
      '2026-03-16 France, Spain, and Italy agreed',
    ]);
  });

  it("still drops a town's country with its phrase", () => {
    expect(titles('In Cape Town, South Africa, police arrested Smith on Monday.')).toEqual([
      '2026-03-16 Police arrested Smith',
    ]);
  });

  it('reads a that-clause on past an appositive and its relative (was "Police said that Tom Reyes, the man")', () => {
    expect(
      titles(
        'Police said on Tuesday that Tom Reyes, the man who shot Ann Holt in May, was arrested.',
      ),
    ).toContain('2026-03-17 Police said that Tom Reyes was arrested');
  });

  it('keeps a list of determined nouns before a relative whole, without a serial comma (was "The coach left")', () => {
    expect(
      titles('The coach, the captain and the doctor, who joined in May, left on Friday.'),
    ).toContain('2026-03-20 The coach, the captain and the doctor left');
  });

  it('still reads a subject and its object list apart ("Police searched the house")', () => {
    expect(
      titles(
        'Police searched the house, the car and the garage, which was built in 1990, on Monday.',
      ),
    ).toContain('1990 The garage was built');
  });

  it('ends a dated clause at the comma of a clause spliced after it (was "Smith resigned, Jones was fired")', () => {
    expect(titles('Smith resigned on Monday, Jones was fired, and Brown quit.')).toContain(
      '2026-03-16 Smith resigned',
    );
  });

  it('keeps a fronted participle with its subject after the comma', () => {
    expect(
      titles('Found clinging to a tube in late November, Elian has been the subject of a battle.'),
    ).toContain('2025-11 Elian was found clinging to a tube');
  });
});
