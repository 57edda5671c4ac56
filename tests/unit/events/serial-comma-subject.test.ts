/**
 * A subject's list of names with a serial comma ("The United States, Britain, and France agreed")
 * is one subject, as without the comma; a list of clauses still splits at ", and". Passages made
 * up.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const events = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => ({
    date: e.date.value,
    title: e.title,
    actors: e.actors,
  }));

describe('extractArticle() on a list of names with a serial comma', () => {
  it('a subject of three names keeps all three (was "France agreed to impose sanctions")', () => {
    expect(
      events('The United States, Britain, and France agreed on Monday to impose sanctions.'),
    ).toEqual([
      {
        date: '2026-03-16',
        title: 'The United States, Britain, and France agreed to impose sanctions',
        actors: ['United States', 'Britain', 'France'],
      },
    ]);
  });

  it('after "that" (was "Officials said that Spain, Italy" and "Greece would join the pact")', () => {
    expect(
      events('Officials said on Monday that Spain, Italy, and Greece would join the pact in May.'),
    ).toEqual([
      {
        date: '2026-03-16',
        title: 'Officials said that Spain, Italy, and Greece would join the pact',
        actors: [],
      },
      {
        date: '2026-05',
        title: 'Spain, Italy, and Greece would join the pact',
        actors: ['Spain', 'Italy', 'Greece'],
      },
    ]);
  });

  it.each([
    ['Smith, Jones, and Brown were charged on Monday.', 'Smith, Jones, and Brown were charged'],
    ['Apple, Google, and Meta were fined on Monday.', 'Apple, Google, and Meta were fined'],
  ])('a list of names before a passive stays whole: %s', (raw, title) => {
    expect(events(raw).map((e) => e.title)).toEqual([title]);
  });

  // counter-examples: clauses with verbs of their own split, an object's list has nothing to split
  it('a list of clauses still splits at ", and"', () => {
    expect(events('Smith resigned, Jones was fired, and Brown quit on Monday.')).toHaveLength(2);
    expect(
      events('Sales rose in Texas, Ohio, and prices fell in Utah on Monday.').map((e) => e.title),
    ).toEqual(['Prices fell in Utah', 'Sales rose in Texas']);
  });

  it("an object's list stays one clause", () => {
    expect(events('He visited Paris, Rome, and Berlin on Monday.').map((e) => e.title)).toEqual([
      'He visited Paris, Rome, and Berlin',
    ]);
  });

  it('a firm\'s name in -ing opening the list is an actor (was only "Airbus", "Embraer")', () => {
    expect(events('Boeing, Airbus, and Embraer signed the deal on Tuesday.')[0]?.actors).toEqual([
      'Boeing',
      'Airbus',
      'Embraer',
    ]);
    expect(events('Boeing and Airbus signed the deal on Tuesday.')[0]?.actors).toEqual([
      'Boeing',
      'Airbus',
    ]);
    // counter-examples: a participle or a noun in -ing before no list of names
    expect(events('Fighting erupted on Monday in Lorem.')[0]?.actors).toEqual([]);
    expect(
      events('Speaking to reporters on Monday, Smith said the deal was off.')[0]?.actors,
    ).toEqual(['Smith']);
    expect(
      events('Shipping, Reuters reported on Monday, resumed in May.').map((e) => e.actors),
    ).toEqual([['Reuters'], ['Reuters']]);
  });
});
