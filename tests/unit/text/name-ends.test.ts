/**
 * Where a name ends: an abbreviation's period ("U.S.", "Apple Inc."), a city's state after its
 * comma ("Newark, N.J."), a role's field before the person ("Secretary of State Madeleine
 * Albright"), a particle hyphened to a name ("el-Sayed"), a quotation's first word. Passages made
 * up.
 */
import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/extract/text/names.ts';

const names = (text: string) =>
  findNames({ start: 0, end: text.length, text }).map((n) => `${n.text}|${n.kind}`);

describe('findNames() on abbreviations', () => {
  it('keeps the period of initials and of a company suffix', () => {
    // (were "U.S" and "Apple Inc")
    expect(names('The U.S. envoy met Apple Inc. executives.')).toEqual([
      'U.S.|place',
      'Apple Inc.|other',
    ]);
    expect(names('The group might come to the U.S.')).toEqual(['U.S.|place']);
  });
  it('a lone company suffix or a word before a plain period gains nothing', () => {
    expect(names('They met in Boston.')).toEqual(['Boston|place']);
  });
});

describe('findNames() on a city and its state', () => {
  it('the state after the comma is part of the place', () => {
    // (were "Independence" and the name "Mo", an actor)
    expect(names('Truman spoke in Independence, Mo., on March 12.')).toEqual([
      'Truman|other',
      'Independence, Mo.|place',
    ]);
    expect(names('The car was found at the Newark, N.J., airport.')).toEqual([
      'Newark, N.J.|place',
    ]);
    expect(names('A doctor was shot in Buffalo, N.Y.')).toEqual(['Buffalo, N.Y.|place']);
  });
  it('no state, or no period after it: the names stay apart', () => {
    expect(names('Smith, Jones and Brown met.')).toEqual([
      'Smith|other',
      'Jones|other',
      'Brown|other',
    ]);
    expect(names('Lopez, Mo Farah said.')).toEqual(['Lopez|other', 'Mo Farah|other']);
  });
});

describe('findNames() on "St." and a person "of" a city', () => {
  it('the name goes on after "St.", and a person of a city with its state is two names', () => {
    // (were "Kopp of St", "Albans" and "Vt", all actors)
    expect(names('Kopp of St. Albans, Vt., was seen in St. Petersburg.')).toEqual([
      'Kopp|other',
      'St. Albans, Vt.|place',
      'St. Petersburg|place',
    ]);
    expect(names('The Bank of England met.')).toEqual(['Bank of England|other']);
  });
});

describe('findNames() on a role with its field after "of"', () => {
  it('the person after "Secretary of State" is named', () => {
    // (was no name: all of "State Madeleine Albright" was taken for the role's field)
    expect(names('Secretary of State Madeleine Albright has invited them.')).toEqual([
      'Madeleine Albright|other',
    ]);
    expect(names('The Minister of Foreign Affairs spoke.')).toEqual([]);
  });
});

describe('findNames() on particles and quotations', () => {
  it('a lower-case particle hyphened to a capital is part of the name', () => {
    // (was "Ahmed Maher")
    expect(names('Ambassador Ahmed Maher el-Sayed condemned the attack.')).toEqual([
      'Ahmed Maher el-Sayed|other',
    ]);
  });
  it("a quotation's opening word is no name when it would be none opening a sentence", () => {
    // (were the names "Right", "Nothing", "We've")
    expect(names("``Right now my evidence is scant,'' he said.")).toEqual([]);
    expect(names('He said, “Nothing is certain.”')).toEqual([]);
    expect(names("``We've gotten to the point,'' Clark said.")).toEqual(['Clark|other']);
    expect(names('“Apple is a great company,” Jobs said.')).toEqual(['Apple|other', 'Jobs|other']);
  });
  it('a nationality after an article, with no noun after it, names a person', () => {
    expect(names('They questioned five Iraqis and a Libyan who had arrived.')).toEqual([
      'Iraqis|other',
      'Libyan|other',
    ]);
    expect(names('He toured the Kenyan and Tanzanian capitals.')).toEqual([]);
  });
});
