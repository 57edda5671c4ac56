/**
 * Who and where, from the wrong side of the rules in actors-and-places.test.ts: made-up sentences
 * where an ampersand joins two parties, "and" joins two bodies or two roles, an adverb of degree
 * opens a film's name, and an opening phrase's place is not where the main clause's act was.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const roles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => ({
    actors: e.actors,
    places: e.places,
  }));
const actors = (raw: string) => roles(raw).flatMap((e) => e.actors);

describe('extractArticle() on names and places, counter-examples', () => {
  it('an ampersand between two known places joins two parties', () => {
    // (were the one actor Britain & France; Israel & Hamas)
    expect(actors('Britain & France signed the treaty on Monday.')).toEqual(['Britain', 'France']);
    expect(actors('Israel & Hamas agreed to a ceasefire on Sunday.')).toEqual(['Israel', 'Hamas']);
    // (and a firm's stays one)
    expect(actors('Smith & Wesson raised its prices on Tuesday.')).toEqual(['Smith & Wesson']);
    // (a firm's name going on after the place too)
    expect(actors('The Texas & Pacific Railway laid off 200 workers on Monday.')).toEqual([
      'Texas & Pacific Railway',
    ]);
    // (an abbreviation of a thing is no actor: was R&D, Q&A)
    expect(actors('R&D spending at Apple rose 5% on Monday.')).not.toContain('R&D');
    expect(roles('Q&A sessions began in Boston on Tuesday.')).toEqual([
      { actors: [], places: ['Boston'] },
    ]);
  });

  it('"and" after a body or a role with "of" can open a second one', () => {
    // (was the one actor Federal Bureau of Investigation and Drug Enforcement Administration)
    expect(
      actors(
        'The Federal Bureau of Investigation and Drug Enforcement Administration agents raided the house on Monday.',
      ),
    ).toEqual(['Federal Bureau of Investigation', 'Drug Enforcement Administration']);
    // (was the one actor Department of Labor and Commerce Department)
    expect(actors('The Department of Labor and Commerce Department met on Monday.')).toEqual([
      'Department of Labor',
      'Commerce Department',
    ]);
    // (was no actor: the second role's words read as fields of the first)
    expect(
      actors(
        'Secretary of State and National Security Adviser Henry Kissinger flew to Beijing on Monday.',
      ),
    ).toEqual(['Henry Kissinger']);
    expect(actors('Director of National Intelligence James Clapper testified on Monday.')).toEqual([
      'James Clapper',
    ]);
  });

  it('an adverb of degree opening a name of more words stays in it', () => {
    // (was Famous)
    expect(actors('Almost Famous won the award on Sunday.')).toEqual(['Almost Famous']);
    expect(actors('Nearly 300 people fled Aleppo on Monday.')).not.toContain('Nearly');
  });

  it('an opening phrase lends no place where the act was elsewhere', () => {
    // (were Geneva and Vienna; Geneva and Washington; Tokyo)
    expect(
      roles('After talks in Geneva broke down, the two sides met in Vienna on Friday.'),
    ).toEqual([{ actors: [], places: ['Vienna'] }]);
    expect(
      roles(
        'Although the summit was held in Geneva, the deal was signed in Washington on Monday.',
      ).flatMap((e) => e.places),
    ).toEqual(['Washington']);
    expect(roles('Before leaving for Tokyo, Smith signed the bill on Monday.')).toEqual([
      { actors: ['Smith'], places: [] },
    ]);
    // (and a phrase that was there lends it still)
    expect(roles('After talks in Geneva, the two sides agreed on Tuesday to a ceasefire.')).toEqual(
      [{ actors: [], places: ['Geneva'] }],
    );
  });

  it('a place closing a fronted phrase is not listed with the subject after its comma', () => {
    // (were no actors, Germany and Italy places listed after France; and the actor Apart)
    for (const opening of ['Apart from France', 'Despite pressure from France'])
      expect(roles(`${opening}, Germany and Italy opposed the plan on Monday.`)).toEqual([
        { actors: ['Germany', 'Italy'], places: ['France'] },
      ]);
    // (but a fronted phrase that is a list closed by a comma lists them: were the actors
    // Tanzania, Uganda)
    expect(
      roles('During visits to Kenya, Tanzania and Uganda, Obama promised aid on Monday.'),
    ).toEqual([{ actors: ['Obama'], places: ['Kenya', 'Tanzania', 'Uganda'] }]);
    // (a list after the verb stays one of places)
    expect(roles('Smith flew from Nairobi to Kenya, Tanzania and Uganda on Friday.')).toEqual([
      { actors: ['Smith'], places: ['Nairobi', 'Kenya', 'Tanzania', 'Uganda'] },
    ]);
  });
});
