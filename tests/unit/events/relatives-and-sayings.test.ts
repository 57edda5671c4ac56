/**
 * Relatives told without their pronoun or their commas, a saying's date before what was said, a
 * comment opened by "as", and a distance after a date (synthetic sentences, helper187's probe).
 * The whole extraction runs, tagger included, published on Friday 2026-03-20.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function told(raw: string): string[][] {
  return extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);
}

describe('extractArticle() on relatives without "who" or commas', () => {
  it('resumes the main clause after "that" inside an apposition ("Smith, the coach that ...")', () => {
    expect(told('Smith, the coach that the club hired in 2019, left on Monday.')).toEqual([
      ['2019', 'The club hired Smith'],
      ['2026-03-16', 'Smith left'],
    ]);
  });

  it('keeps the noun, not the pronoun, as the subject after a relative without "that"', () => {
    const events = told('The man she married in 1990 died on Monday.');
    expect(events).toContainEqual(['2026-03-16', 'The man died']);
    expect(events.map((e) => e[1])).not.toContain('The man she died');
    // (a pronoun after a verb's object says what was told: no relative)
    expect(told('On Monday the judge told the man he could go home.')).toEqual([
      ['2026-03-16', 'The judge told the man he could go home'],
    ]);
  });

  it('splits a dated reduced relative inside the subject when the verb has a date of its own', () => {
    expect(told('A bridge built in 1890 reopened on Tuesday.')).toEqual([
      ['1890', 'A bridge was built'],
      ['2026-03-17', 'A bridge reopened'],
    ]);
    expect(told('A plan first proposed in 2019 passed on Monday.')).toEqual([
      ['2019', 'A plan was first proposed'],
      ['2026-03-16', 'A plan passed'],
    ]);
    // (without a date of the verb's own, the subject stays whole)
    expect(told('The Canadian warrant issued Monday charged Kopp.')).toHaveLength(1);
  });

  it('reads a doer before the date when an adverb marks the participle', () => {
    expect(
      told('The council approved on Monday a plan first proposed by the mayor in 2019.'),
    ).toEqual([
      ['2019', 'A plan was first proposed by the mayor'],
      ['2026-03-16', 'The council approved a plan'],
    ]);
  });

  it('puts "was" before a participle and its particle ("sunk off the coast")', () => {
    expect(told('Divers discovered on Sunday a ship sunk in 1917 off the coast.')).toEqual([
      ['1917', 'A ship was sunk off the coast'],
      ['2026-03-15', 'Divers discovered a ship'],
    ]);
  });

  it('reads the noun after "on Monday" without the day ("reached on Monday levels")', () => {
    const titles = told('Prices reached on Monday levels last seen in 2008.').map((e) => e[1]);
    expect(titles).not.toContain('Monday levels were last seen');
    expect(titles).toContain('Prices reached levels');
  });

  it('keeps the day before the noun after a verb that takes "on" ("depend on Sunday sales")', () => {
    // (read as the day of the act, the title was "Shops depend sales")
    const titles = told('Shops depend on Sunday sales, the group said on Tuesday.').map(
      (e) => e[1],
    );
    expect(titles).toContain('Shops depend on Sunday sales');
    expect(titles).not.toContain('Shops depend sales');
  });
});

describe('extractArticle() on sayings, comments and distances', () => {
  it('cuts what was said without "that" after the saying\'s own date', () => {
    expect(told('The company said on Monday revenue increased in 2025.')).toEqual([
      ['2025', 'Revenue increased'],
      ['2026-03-16', 'The company said revenue increased'],
    ]);
  });

  it('drops a comment opened by "as" whole ("As expected, ...")', () => {
    expect(told('As expected, Smith fled on Monday.')).toEqual([['2026-03-16', 'Smith fled']]);
    expect(told('As previously reported, the plant closed on Tuesday.')).toEqual([
      ['2026-03-17', 'The plant closed'],
    ]);
  });

  it('dates no clause a second time by a distance set off right after its date', () => {
    expect(
      told('The vote was held on June 9, two weeks later, a delay blamed on the strike.'),
    ).toEqual([['2025-06-09', 'The vote was held']]);
    // (a subject and its verb after the distance are a clause of their own)
    expect(told('The talks began on Monday, two days later, they collapsed.')).toEqual([
      ['2026-03-16', 'The talks began'],
      ['2026-03-18', 'They collapsed'],
    ]);
  });
});
