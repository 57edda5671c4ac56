/**
 * A date that belongs to a noun or a relative, not to the act the main clause tells (synthetic
 * sentences, helper196's probe): a crime's noun after "evidence in", a dated noun after another
 * date of its clause, a possessive date after "of", an object relative before a present verb and
 * a "where" relative. The whole extraction runs, tagger included, published on Friday 2026-03-20.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function told(raw: string): string[][] {
  return extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);
}

describe('extractArticle() on a date of a noun', () => {
  it('titles a crime dated after "evidence in" by its noun, not the finding', () => {
    expect(
      told(
        'Police in Lorem say they have found new evidence in the October slaying of a shop owner.',
      ),
    ).toContainEqual(['2025-10', 'The slaying of a shop owner']);
    // (a seat won in an election is the winner's act)
    expect(told('Maria Lind won a seat in the 2019 election for the regional council.')).toEqual([
      ['2019', 'Maria Lind won a seat in the 2019 election for the regional council'],
    ]);
  });

  it("titles a dated noun after the clause's own date by the noun", () => {
    const events = told(
      'Kowalski, who is from Lorem, was charged last month in the December 2024 stabbing of a cab driver.',
    );
    expect(events).toContainEqual(['2024-12', 'The stabbing of a cab driver']);
    expect(events.find((e) => e[0] === '2026-02')?.[1]).toMatch(/^Kowalski was charged/u);
    // (a day with its preposition, "on Monday", is skipped too; helper198's probe)
    expect(
      told('The nanny was charged on Monday in the 2023 stabbing of a toddler.'),
    ).toContainEqual(['2023', 'The stabbing of a toddler']);
  });

  it('titles a possessive date after "of" by its noun, but not one after "in"', () => {
    expect(
      told(
        "The union kept up its criticism of the handling of Wednesday's meeting between the mayor and the strikers.",
      ),
    ).toContainEqual(['2026-03-18', 'The meeting between the mayor and the strikers']);
    expect(
      told("The budget was among the first topics raised in Saturday night's debate."),
    ).toEqual([
      ['2026-03-14', "The budget was among the first topics raised in Saturday night's debate"],
    ]);
  });

  it("ends a dated noun's phrase before an infinitive", () => {
    const events = told(
      'The authorities say they have gathered enough evidence in the October slaying of a shop owner to begin presenting a case to a grand jury.',
    );
    expect(events).toContainEqual(['2025-10', 'The slaying of a shop owner']);
  });
});

describe('extractArticle() on a date of a relative', () => {
  it('splits an object relative before a verb in -s, and leaves out its amount', () => {
    expect(
      told('Little of the anger that the campaign stirred in the 1990s remains, residents said.'),
    ).toContainEqual(['199X', 'The campaign stirred the anger']);
    // (a word in -s after a second date is past the main verb: "yearly" is no day of the
    // relative's; helper198's probe)
    expect(told('The law that lawmakers passed in 2015 requires yearly audits.')).toEqual([
      ['2015', 'The law that lawmakers passed requires yearly audits'],
    ]);
    // (dates joined by "and" are one run: the verb in -s after the second still resumes)
    expect(
      told('Little of the anger that the plan stirred in the 1980s and early 1990s remains.'),
    ).toContainEqual(['199X', 'The plan stirred the anger']);
  });

  it('splits a dated "where" relative without its comma', () => {
    expect(told('The town where he was born in 1950 honoured him on Sunday.')).toEqual([
      ['1950', 'He was born in the town'],
      ['2026-03-15', 'The town honoured him'],
    ]);
    const events = told(
      'Investigators found a hair in a house in Lorem where the suspect lived last year, the official said.',
    );
    expect(events.find((e) => e[0] === '2025')?.[1]).toMatch(/^The suspect lived/u);
    // (an indirect question after "asked" is no relative)
    expect(
      told('Police asked on Monday where the suspect lived last year.').map((e) => e[1]),
    ).not.toContainEqual(expect.stringMatching(/^The suspect lived/u));
  });
});
