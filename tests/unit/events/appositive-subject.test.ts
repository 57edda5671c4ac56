/** A subject, an appositive between commas, then the verb: the verb is the subject's. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-05' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() on a subject and an appositive that holds a date of its own', () => {
  it('the verb after the appositive is told of the subject', () => {
    // (was "The first resigned", "A lawyer resigned")
    const first = told('Smith, the first appointed in 2010, resigned on Monday.');
    expect(first).toContainEqual(['2024-03-04', 'Smith resigned']);
    expect(first).not.toContainEqual(['2010', 'Smith resigned']);
    expect(told('Smith, a lawyer appointed in 2010, resigned on Monday.')).toContainEqual([
      '2024-03-04',
      'Smith resigned',
    ]);
  });

  it('the subject may follow a saying', () => {
    // (was "A lawyer resigned")
    expect(
      told('Police said Smith, a lawyer appointed in 2010, resigned on Monday.'),
    ).toContainEqual(['2024-03-04', 'Smith resigned']);
    // ... and its "that" (was "That Smith resigned")
    expect(
      told('Police said that Smith, a lawyer appointed in 2010, resigned on Monday.'),
    ).toContainEqual(['2024-03-04', 'Smith resigned']);
    // (what was said with one date keeps who said it)
    expect(told('Police said that Smith resigned on Monday.')).toEqual([
      ['2024-03-04', 'Police said that Smith resigned'],
    ]);
  });

  it('an aside with a verb of its own is no appositive', () => {
    expect(told('Smith, the mayor said in 2010, resigned on Monday.')).not.toContainEqual([
      '2024-03-04',
      'Smith resigned',
    ]);
  });

  it('a month’s name that names a person is no date, and dates no event', () => {
    const result = extractArticle({
      id: 'x',
      raw: 'It was June who found the keys.',
      published: '2024-03-05',
    });
    expect(result.timexes).toEqual([]);
    expect(result.events.map((e) => e.date.value)).not.toContain('2023-06');
    expect(result.events.map((e) => e.date.value)).not.toContain('2024-06');
  });
});
