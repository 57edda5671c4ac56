/**
 * Who acts and where: a second verb phrase's subject, a place listed after another, a place
 * after "in the", a country before a body of its state. Passages made up.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const roles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2023-05-17' }).events.map((e) => ({
    title: e.title,
    actors: e.actors,
    places: e.places,
  }));

describe('extractArticle() on a second verb phrase', () => {
  it("the main clause's subject acts in it, before its object", () => {
    // (was only "Orvane Music Store": the subject was left out)
    const events = roles(
      'Orvane is the maker of the Lumo player and launched the Orvane Music Store on April 28, 2021.',
    );
    expect(events.find((e) => e.title.includes('launched'))?.actors).toEqual([
      'Orvane',
      'Orvane Music Store',
    ]);
  });
});

describe('extractArticle() on places', () => {
  it('a place listed after another where things happen is a place, not the subject', () => {
    // (Tanzania was an actor)
    expect(
      roles('The bombings at embassies in Kenya and Tanzania killed 200 people on Friday.'),
    ).toEqual([
      {
        title: 'The bombings at embassies in Kenya and Tanzania killed 200 people',
        actors: [],
        places: ['Kenya', 'Tanzania'],
      },
    ]);
  });
  it('a known place after "in the" is where things happen', () => {
    // (was an actor)
    expect(roles('The number of users in the U.S. grew fast in 2020.')[0]).toMatchObject({
      actors: [],
      places: ['U.S.'],
    });
  });
  it('a country before a body of its state acts', () => {
    expect(
      roles('Castro said on Friday his government told U.S. officials it was worried.')[0]?.actors,
    ).toContain('U.S.');
  });
});

describe('extractArticle() on a place after "of"', () => {
  it('tells of the noun before it: a place, not the subject', () => {
    // (St. Albans, Vt. was an actor)
    expect(roles('Kopp of St. Albans, Vt., became a suspect in November 1998.')[0]).toMatchObject({
      actors: ['Kopp'],
      places: ['St. Albans, Vt.'],
    });
  });
});
