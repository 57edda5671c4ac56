/**
 * A relative aside on the last noun of a fronted clause ("After voting, which ended Friday,
 * officials counted ballots"): the clause splitter ends the aside at its closing comma, where the
 * main clause begins, and the relative tells of that noun.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { splitClauses } from '../../../src/extract/text/clauses.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-22' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

const pieces = (text: string) =>
  splitClauses({ start: 0, end: text.length, text }).map((c) => [c.kind, c.text]);

describe('a relative aside after a fronted clause', () => {
  it('ends at its closing comma, where the main clause begins', () => {
    // (was "which ended Friday, officials counted ballots." as the main clause)
    expect(pieces('After voting, which ended Friday, officials counted ballots.')).toEqual([
      ['subordinate', 'After voting,'],
      ['relative', 'which ended Friday,'],
      ['main', 'officials counted ballots.'],
    ]);
    expect(
      pieces('When Jobs introduced the iPhone, which cost $500, he praised its design.'),
    ).toEqual([
      ['subordinate', 'When Jobs introduced the iPhone,'],
      ['relative', 'which cost $500,'],
      ['main', 'he praised its design.'],
    ]);
  });

  it("tells of the fronted clause's noun, a word in -ing after its preposition too", () => {
    // (was "Ended, officials counted ballots" on Friday)
    expect(told('After voting, which ended Friday, officials counted ballots.')).toEqual([
      ['2026-03-20', 'Voting ended'],
      ['2026-03-22', 'Officials counted ballots'],
    ]);
  });
});

describe('a relative without commas inside an apposition', () => {
  it('leaves the subject before the apposition, and "who" after a place is the person', () => {
    // (was "Buffalo has become a factor in two campaigns")
    expect(
      told(
        'The killing of Dr. Barnett Slepian, a gynecologist in Buffalo who performed abortions, has become a factor in two campaigns, consultants said on Monday.',
      ).map(([, title]) => title),
    ).toEqual(['The killing of Dr. Barnett Slepian has become a factor in two campaigns']);
  });
});

describe('a participle used as an adjective inside the noun a relative is about', () => {
  it('stays in the noun phrase', () => {
    // (was "He was added to the FBI's most wanted list" in 1950: the noun came out as "list")
    expect(told("He was added to the FBI's most wanted list, which began in 1950.")).toContainEqual(
      ['1950', "The FBI's most wanted list began"],
    );
  });
});
