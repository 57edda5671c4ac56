/**
 * A relative without its pronoun inside the subject ("the dog they lost in May"), with a date
 * fronted before that subject or with a main clause of no date of its own (made-up sentences,
 * helper h213's probe). The whole extraction runs, tagger included, published on Friday
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

describe('extractArticle() on a relative without its pronoun in the subject', () => {
  it('gives a date fronted before the subject to the main clause', () => {
    // (was one clause, "The dog they lost came home", on both days)
    expect(told('On Monday the dog they lost in May came home.')).toEqual([
      ['2025-05', 'They lost the dog'],
      ['2026-03-16', 'The dog came home'],
    ]);
    // (not after a verb: the date is then no fronted one)
    expect(told('Police said on Monday the dog they lost came home.')).toEqual([
      ['2026-03-16', 'Police said the dog they lost came home'],
    ]);
  });

  it("keeps a day that opens the subject in the subject's title", () => {
    // (helper h220's made-up probe: was "'s meeting ended without a deal")
    expect(told("Monday's meeting, which was called in February, ended without a deal.")).toEqual([
      ['2026-02', "Monday's meeting was called"],
      ['2026-03-16', "Monday's meeting ended without a deal"],
    ]);
  });

  it('splits the relative off a past main clause without a date of its own', () => {
    // (was "The man she married died" in 1990)
    expect(told('The man she married in 1990 died.')).toEqual([
      ['1990', 'She married the man'],
      ['2026-03-20', 'The man died'],
    ]);
  });

  it('titles the relative with its subject, verb and noun', () => {
    // (a preposition left at the relative's end takes the noun: helper h220's made-up probe, was
    // "They moved the house")
    expect(told('The house they moved into in 2010 burned down on Monday.')).toEqual([
      ['2010', 'They moved into the house'],
      ['2026-03-16', 'The house burned down'],
    ]);
    expect(told('The law she signed in January takes effect on April 1.')).toEqual([
      ['2026-01', 'She signed the law'],
      ['2026-04-01', 'The law takes effect'],
    ]);
  });
});
