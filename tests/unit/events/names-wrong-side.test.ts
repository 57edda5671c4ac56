/**
 * Names the rules of the names change (w3base) took too far, on made-up passages: "es" outside a
 * known place, "St." closing a street before the next sentence, a nationality opening a sentence
 * as a person, a home town before the verb, a list of firms after "of".
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const roles = (raw: string) => {
  const events = extractArticle({ id: 'x', raw, published: '2026-03-22' }).events;
  return { actors: events.flatMap((e) => e.actors), places: events.flatMap((e) => e.places) };
};

describe('names the names change took too far', () => {
  it('"es" joins only a place the gazetteer knows', () => {
    // (was the actor "Venezuela es Chávez")
    const { actors } = roles('“Venezuela es Chávez,” Maduro told supporters in Caracas on Monday.');
    expect(actors).toContain('Maduro');
    expect(actors).not.toContain('Venezuela es Chávez');
    expect(roles('The Dar es Salaam port reopened on Monday.').places).toEqual(['Dar es Salaam']);
  });

  it('"St." goes on into the next word only where it opens a name', () => {
    // (was the actor "Main St. Police")
    expect(
      roles('The fire broke out on Main St. Police said on Monday that no one was hurt.').actors,
    ).not.toContain('Main St. Police');
    expect(roles('Voters in St. Louis went to the polls on Tuesday.').places).toEqual([
      'St. Louis',
    ]);
  });

  it('a nationality after a sentence-opening article is a person', () => {
    // (was no actor)
    expect(roles('The Kenyan was arrested in Nairobi on Monday.').actors).toEqual(['Kenyan']);
    expect(roles('A Libyan who was questioned on Monday was released.').actors).toEqual(['Libyan']);
    // (a nationality of two words too: was no actor)
    expect(roles('The South African, who won in 2019, withdrew on Monday.').actors).toContain(
      'South African',
    );
  });

  it('a known home town before the verb is a place, not a subject', () => {
    // (was the actor "Boston")
    expect(roles('Bob Hall, of Boston, was arrested on Monday.')).toEqual({
      actors: ['Bob Hall'],
      places: ['Boston'],
    });
  });

  it('a list of one-word asides none of which is a known place names no places', () => {
    // (were the places Nomura and Citigroup)
    expect(
      roles('Ann Lee, of Nomura, and Bob Hall, of Citigroup, cut their forecasts on Monday.')
        .places,
    ).toEqual([]);
  });
});

describe('names cut where they go on', () => {
  it('"and" inside a public body\'s name after "the"', () => {
    // (were "Immigration" and "Naturalization Service")
    expect(
      roles('The Immigration and Naturalization Service ruled on Monday that he must go home.')
        .actors,
    ).toEqual(['Immigration and Naturalization Service']);
    // (two names stay two)
    expect(roles('Smith and Jones Service workers struck on Monday.').actors).not.toContain(
      'Smith and Jones Service',
    );
  });

  it('a plural noun opening the sentence is no name: "Shares of Apple Inc."', () => {
    // (was "Shares of Apple Inc.")
    expect(roles('Shares of Apple Inc. rose 3% on Monday.').actors).toEqual(['Apple Inc.']);
  });

  it('a role word before a firm\'s word is the firm\'s name: "General Motors"', () => {
    // (was "Motors")
    expect(roles('General Motors said on Monday it would cut jobs.').actors).toEqual([
      'General Motors',
    ]);
    expect(roles('General Colin Powell said on Monday that troops would stay.').actors).toEqual([
      'Colin Powell',
    ]);
  });
});

describe('names with a suffix or a party', () => {
  it('"Martin Luther King Jr." is one name', () => {
    // (were "Martin Luther" and "Jr")
    expect(roles('Martin Luther King Jr. was shot in Memphis on April 4, 1968.').actors).toEqual([
      'Martin Luther King Jr.',
    ]);
  });

  it("a lawmaker's party and state is no name", () => {
    // (was the actor "R-Ga")
    expect(roles('Rep. Tom Price, R-Ga., said on Monday the bill would pass.').actors).toEqual([
      'Tom Price',
    ]);
  });
});

describe('openers that are no names', () => {
  it('"Contrary", "Additional", an imperative "Expect" opening a sentence or a quotation', () => {
    // (were actors)
    expect(roles('“Expect delays,” the agency warned on Monday.').actors).not.toContain('Expect');
    expect(
      roles('Additional details of the slaying emerged on Monday, Smith said.').actors,
    ).not.toContain('Additional');
  });
});
