/**
 * Titles of clauses whose subject carries an aside: a relative inside an apposition after a saying
 * (made-up passages).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() titles of subjects with asides', () => {
  it('a relative in an apposition on what was said ends at the apposition', () => {
    // (was "Police said that Tom Reyes, the man", and "The man shot Ann Holt" on Monday)
    expect(
      told('Police said that Tom Reyes, the man who shot Ann Holt, was arrested on Monday.'),
    ).toEqual([['2026-03-16', 'Police said that Tom Reyes was arrested']]);
    expect(
      told('Police said Tom Reyes, the man who shot Ann Holt, was arrested on Monday.'),
    ).toEqual([['2026-03-16', 'Police said Tom Reyes was arrested']]);
    // (an object's apposition is none: the relative stays the object's)
    expect(told('Police arrested Tom Reyes, the man who shot Ann Holt on Monday.')).toEqual([
      ['2026-03-16', 'The man shot Ann Holt'],
      ['2026-03-20', 'Police arrested Tom Reyes'],
    ]);
  });

  it('a list of names with a relative aside is the subject of both clauses', () => {
    // (was "Spain, Italy, and Greece, which joined" in 2001 and "Agreed to act" on Monday)
    expect(
      told('Spain, Italy, and Greece, which joined in 2001, agreed on Monday to act.'),
    ).toEqual([
      ['2001', 'Spain, Italy, and Greece joined'],
      ['2026-03-16', 'Spain, Italy, and Greece agreed to act'],
    ]);
    // (without the serial comma, was "Spain agreed to act")
    expect(told('Spain, Italy and Greece, which joined in 2001, agreed on Monday to act.')).toEqual(
      [
        ['2001', 'Spain, Italy and Greece joined'],
        ['2026-03-16', 'Spain, Italy and Greece agreed to act'],
      ],
    );
    // (a list after a preposition is no subject)
    const sales = told('Sales rose in Texas, Ohio, and Utah, which had a record year, on Monday.');
    expect(sales.map((e) => e[1])).toContain('Sales rose in Texas, Ohio, and Utah');
  });

  it('a relative between dashes is an aside as between commas', () => {
    // (was "The mayor — who took office" for both dates)
    expect(told('The mayor — who took office in 2022 — resigned on Monday.')).toEqual([
      ['2022', 'The mayor took office'],
      ['2026-03-16', 'The mayor resigned'],
    ]);
    // (was "Officials said the mayor" three times)
    expect(
      told('Officials said the mayor -- who took office in 2022 -- resigned on Monday.'),
    ).toEqual([
      ['2022', 'The mayor took office'],
      ['2026-03-16', 'The mayor resigned'],
    ]);
    // (was "The mayor — who is 54")
    expect(told('The mayor — who is 54 — resigned on Monday.')).toEqual([
      ['2026-03-16', 'The mayor resigned'],
    ]);
    // (a name between dashes stays the apposition it was)
    expect(told('The suspect — Tom Reyes — was arrested on Monday.')).toEqual([
      ['2026-03-16', 'Tom Reyes was arrested'],
    ]);
  });

  it('a sentence adverb before two subjects with asides is no subject', () => {
    // (was "Separately and his deputy were fired")
    const fired = told(
      'Separately, the coach, who joined in May, and his deputy, who joined in June, were fired on Monday.',
    );
    expect(fired).toContainEqual(['2026-03-16', 'The coach and his deputy were fired']);
    expect(fired).toContainEqual(['2025-06', 'His deputy joined']);
  });

  it('a fronted list of towns with their countries goes whole', () => {
    // (was "Germany, police arrested 12 people")
    expect(
      told('In Paris, France, and Berlin, Germany, police arrested 12 people on Tuesday.'),
    ).toEqual([['2026-03-17', 'Police arrested 12 people']]);
    // (a second noun without a country goes as before)
    expect(
      told('After a long count, and a recount, officials declared Smith the winner on Monday.'),
    ).toEqual([['2026-03-16', 'Officials declared Smith the winner']]);
  });
});
