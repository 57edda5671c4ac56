/**
 * Who and where in made-up sentences: firms joined by "&", a city's state, a person after
 * "Secretary of" and a field of more words, places listed before or after a subject, a title in
 * quote marks and common words opening a sentence. Each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const roles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => ({
    actors: e.actors,
    places: e.places,
  }));
const actors = (raw: string) => roles(raw).flatMap((e) => e.actors);
const places = (raw: string) => roles(raw).flatMap((e) => e.places);

describe('extractArticle() on the names of actors and places', () => {
  it('a firm whose name has an ampersand is one actor', () => {
    // (were Procter and Gamble Co.; Barnes and Noble Inc.; Johnson)
    expect(actors('Procter & Gamble Co. said on Tuesday it would cut 5,000 jobs.')).toEqual([
      'Procter & Gamble Co.',
    ]);
    expect(actors('Barnes & Noble Inc. closed 20 stores on Friday.')).toEqual([
      'Barnes & Noble Inc.',
    ]);
    expect(actors('Johnson & Johnson recalled its baby powder on Wednesday.')).toEqual([
      'Johnson & Johnson',
    ]);
    expect(actors('AT&T raised its prices on Monday.')).toEqual(['AT&T']);
  });

  it('a city\'s state abbreviation is part of the place, "Miss." and "Me." too', () => {
    // (were the place Jackson; the place Portland and the actor Me)
    expect(places('Police arrested two men in Jackson, Miss., on Monday.')).toEqual([
      'Jackson, Miss.',
    ]);
    const portland = roles('The paper mill in Portland, Me., closed on Tuesday.');
    expect(portland).toEqual([{ actors: [], places: ['Portland, Me.'] }]);
    // (a place qualifying the noun after its state's comma: was the actor Buffalo, N.Y.)
    expect(roles('A Buffalo, N.Y., doctor was shot on Friday.')).toEqual([
      { actors: [], places: ['Buffalo, N.Y.'] },
    ]);
    // (not "Miss" of a name, nor "Me" of a title)
    expect(actors('Michael Jackson, Miss Ross and Madonna met in Paris on Monday.')).toContain(
      'Michael Jackson',
    );
    expect(places('Michael Jackson, Miss Ross and Madonna met in Paris on Monday.')).toEqual([
      'Paris',
    ]);
  });

  it('after "Secretary of" and a field of more words, the person acts', () => {
    // (were Human Services Donna Shalala; none; Urban Development Henry Cisneros)
    expect(
      actors('Secretary of Health and Human Services Donna Shalala said on Monday it would grow.'),
    ).toEqual(['Donna Shalala']);
    expect(
      actors('Secretary of Homeland Security Kristi Noem announced the new rules on Tuesday.'),
    ).toEqual(['Kristi Noem']);
    expect(
      actors('Secretary of Housing and Urban Development Henry Cisneros testified on Thursday.'),
    ).toEqual(['Henry Cisneros']);
    // (the body is one name: was Department of Health and Human Services)
    expect(
      actors('The Department of Health and Human Services said on Monday that the rule stood.'),
    ).toEqual(['Department of Health and Human Services']);
  });

  it('places listed, and a place in an opening phrase, leave the subject its actors', () => {
    // (was the actor Iran and the place United States, "States" read as a verb)
    expect(
      roles('After talks in Geneva, Iran and the United States agreed on Monday to resume talks.'),
    ).toEqual([{ actors: ['Iran', 'United States'], places: ['Geneva'] }]);
    expect(roles('In Paris, France and Germany signed the treaty on Monday.')).toEqual([
      { actors: ['France', 'Germany'], places: ['Paris'] },
    ]);
    // (a list after a comma inside the clause is of places)
    expect(
      places(
        "``We send our sympathies to their families in Kenya, Tanzania and the United States,'' Estrada said on Monday.",
      ),
    ).toEqual(['Kenya', 'Tanzania', 'United States']);
  });

  it('a number before a people in the plural is not part of the name', () => {
    // (were Two Nigerians, Five Iraqis)
    expect(actors('Two Nigerians were arrested on Monday.')).toEqual(['Nigerians']);
    expect(actors('Five Iraqis were deported on Monday.')).toEqual(['Iraqis']);
    expect(actors('Three Mile Island was shut on Monday.')).toEqual(['Three Mile Island']);
    // (a people listed before the noun a relative tells of is of that noun: was Libyan, FBI)
    const questioned = roles(
      'Tanzania expelled five Iraqis and a Libyan who were questioned by the FBI in August, a paper said on Friday.',
    );
    expect(questioned.map((e) => e.actors)).toContainEqual(['Iraqis', 'Libyan', 'FBI']);
  });

  it('a title alone between quote marks is not cut', () => {
    // (was Said Fred)
    expect(actors('“Right Said Fred” played on Friday.')).toEqual(['Right Said Fred']);
    expect(actors('“We will win,” said Fred Smith on Friday.')).toEqual(['Fred Smith']);
  });

  it('common words opening a sentence are no actors; names they begin stay', () => {
    // (were Critics; Terrorist; Little; Supporters of Donald Trump; Nearly)
    expect(actors('Critics said on Tuesday that the plan would fail.')).toEqual([]);
    expect(actors('Terrorist groups claimed the attack on Monday.')).toEqual([]);
    expect(actors('Little has changed since the election on Monday.')).toEqual([]);
    expect(actors('Supporters of Donald Trump rallied on Monday.')).toEqual(['Donald Trump']);
    expect(actors('Nearly simultaneous bombings killed 258 people on Aug. 7, 1998.')).toEqual([]);
    expect(actors('Little Richard died on Saturday.')).toEqual(['Little Richard']);
    expect(actors('Good Morning America aired the interview on Monday.')).toEqual([
      'Good Morning America',
    ]);
  });
});
