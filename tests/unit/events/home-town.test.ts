/** Places among the names of a clause: a home town set off by commas, a name joined by "es". */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const roles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-22' }).events.map((e) => [e.actors, e.places]);

describe('names that are places', () => {
  it('a home town after a person, with "of" between commas, is a place', () => {
    // (were actors Smith, Leeds, Jones, Boston)
    expect(roles('Smith, of Leeds, and Jones, of Boston, were charged on Monday.')).toEqual([
      [
        ['Smith', 'Jones'],
        ['Leeds', 'Boston'],
      ],
    ]);
  });

  it('home towns the gazetteer knows are places in a list of any towns', () => {
    // (Leeds and York were actors: neither city was in the gazetteer, and a list of one-word
    // asides names places only when it knows one of them)
    expect(roles('Smith, of Leeds, and Jones, of York, were charged on Monday.')).toEqual([
      [
        ['Smith', 'Jones'],
        ['Leeds', 'York'],
      ],
    ]);
  });

  it('"es" joins the words of one name', () => {
    // (were the place "Dar" and the actor "Salaam")
    const [[actors, places]] = roles(
      'Officials in Dar es Salaam said on Monday that the ferry had sunk.',
    ) as [[string[], string[]]];
    expect(places).toEqual(['Dar es Salaam']);
    expect(actors).not.toContain('Salaam');
  });
});
