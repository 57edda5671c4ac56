/**
 * Names with a lower-case particle inside, nationality adjectives and title words: what
 * findNames() keeps of them. Passages made up.
 */
import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/extract/text/names.ts';
import { extractArticle } from '../../../src/extract/index.ts';

const names = (text: string) =>
  findNames({ start: 0, end: text.length, text }).map((n) => [n.text, n.kind]);
const roles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2023-05-17' }).events.map((e) => [e.actors, e.places]);

describe('findNames() on a name with a particle', () => {
  it('"es" joins a name as "de" does, and Dar es Salaam is a place', () => {
    // (were the names "Dar" and "Salaam", both actors)
    expect(names('The embassy in Dar es Salaam reopened.')).toEqual([['Dar es Salaam', 'place']]);
    expect(roles('The embassy in Dar es Salaam reopened on Monday.')).toEqual([
      [[], ['Dar es Salaam']],
    ]);
  });
  it('a lower-case "es" between no capitals joins nothing', () => {
    expect(names('Moreno es un nombre, said Garcia.')).toEqual([
      ['Moreno', 'other'],
      ['Garcia', 'other'],
    ]);
  });
});

describe('findNames() on nationality adjectives', () => {
  it('"the Kenyan capital", "Tanzanian police": no name', () => {
    // (were the actors "Kenyan", "Tanzanian", "African")
    expect(names('He toured the Kenyan capital and the Tanzanian port.')).toEqual([]);
    expect(names('The East African nations met.')).toEqual([]);
  });
  it('a body of the state after one acts for the country', () => {
    expect(roles('The Kenyan government paid the first claims on Monday.')).toEqual([
      [['Kenya'], []],
    ]);
  });
});

describe('findNames() on a title', () => {
  it('"Surgeon General" is a role, not a name', () => {
    // (was the name "Surgeon" beside "David Satcher")
    expect(names('Surgeon General David Satcher led a team.')).toEqual([
      ['David Satcher', 'other'],
    ]);
  });
});
