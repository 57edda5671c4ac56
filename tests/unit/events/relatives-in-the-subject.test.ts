/**
 * Relatives inside a sentence's subject, each with a date of its own (made-up sentences, helper
 * h201's probe): one without "that" after a reporting verb, a reduced relative of an irregular
 * participle or on a noun in -ing, a plural's participle, and a "that" relative before a present
 * verb with its own date. The whole extraction runs, tagger included, published on Friday
 * 2026-03-20.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function told(raw: string): string[][] {
  return extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);
}

describe('extractArticle() on a relative inside the subject', () => {
  it('cuts what was said before a relative without "that", and keeps its verb', () => {
    const events = told('Police said the dog they lost in May came home on Monday.');
    expect(events).toContainEqual(['2026-03-16', 'The dog came home']);
    expect(events.map(([, title]) => title)).not.toContain('Police said the dog they came home');
    // (the relative's verb stays after its pronoun: was "The dog they came home"; the main
    // clause's act is no act of May: was "The dog they lost came home" in May)
    expect(told('The dog they lost in May came home.')).toEqual([
      ['2025-05', 'They lost the dog'],
      ['2026-03-20', 'The dog came home'],
    ]);
  });

  it('splits a reduced relative of an irregular participle, or on a noun in -ing', () => {
    expect(told('A letter written in 1862 sold on Monday for $10,000.')).toContainEqual([
      '2026-03-16',
      'A letter sold for $10,000',
    ]);
    expect(told('A painting stolen in 1990 was found on Tuesday.')).toEqual([
      ['1990', 'A painting was stolen'],
      ['2026-03-17', 'A painting was found'],
    ]);
  });

  it('leaves whole a relative without "that" before a bare verb far from its date', () => {
    // (h208's probe: the verb was taken to resume the clause but was no verb to the glue, and
    // what was said was left as a clause of its own, "Officials said the rules", on the day of
    // publication, the rest titled "They adopted the rules take effect")
    const titles = told(
      'Officials said the rules they adopted in March take effect on Monday.',
    ).map(([, title]) => title);
    expect(titles).not.toContain('Officials said the rules');
    expect(titles).not.toContain('They adopted the rules take effect');
  });

  it("tells a plural's participle with 'were'", () => {
    expect(told('Cars built in 2019 were recalled on Monday.')).toContainEqual([
      '2019',
      'Cars were built',
    ]);
  });

  it('resumes the main clause at a present verb with a date of its own', () => {
    // (a fixture after it is ahead: next Sunday, not the last one)
    expect(told('The team that won the cup in 2019 plays Lorem on Sunday.')).toEqual([
      ['2019', 'The team won the cup'],
      ['2026-03-22', 'The team plays Lorem'],
    ]);
    expect(told('The fees that the city set in January rise from April 1.')).toEqual([
      ['2026-01', 'The city set the fees'],
      ['2026-04-01', 'The fees rise'],
    ]);
    // (a past verb after the present one is the date's own: last Sunday; h208's probe, was
    // next Sunday)
    expect(told('The poll that closed in May shows support fell on Sunday.')).toContainEqual([
      '2026-03-15',
      'The poll shows support fell',
    ]);
  });

  it('lists both subjects when each has an aside of its own', () => {
    expect(
      told('Brown, who founded the firm in 2001, and Lee, who joined in 2005, sold it on Monday.'),
    ).toContainEqual(['2026-03-16', 'Brown and Lee sold it']);
    expect(
      told(
        'Smith, the coach who was hired in 2019, and his deputy, who quit in 2020, were fired on Monday.',
      ),
    ).toContainEqual(['2026-03-16', 'Smith and his deputy were fired']);
  });
});
