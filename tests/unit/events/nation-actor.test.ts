/** A body of a state that a nationality opens acts for its country. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const actors = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2023-05-17' }).events.map((e) => e.actors);

describe('extractArticle() on a subject a nationality opens', () => {
  it('a body of the state: the country is its actor', () => {
    // (was no actor: a nationality is no name)
    expect(actors('Belarusian border service began carrying out checks from May 5.')).toEqual([
      ['Belarus'],
    ]);
    // (a day between the subject and its verb: "The Cuban government Friday condemned")
    expect(actors('The Cuban government Friday condemned the bombings.')[0]).toContain('Cuba');
  });
  it('people or firms of a country are not the country', () => {
    expect(actors('Cuban exiles protested on Monday.')[0]).not.toContain('Cuba');
  });
});

describe('extractArticle() on a body of a group outside the state', () => {
  it('an opposition or a rebel leader does not act for the country', () => {
    // (were Russia and Syria)
    expect(actors('The Russian opposition leader was jailed on Monday.')[0]).not.toContain(
      'Russia',
    );
    expect(actors('The Syrian rebel leader spoke on Monday.')[0]).not.toContain('Syria');
    expect(actors('The Mexican drug cartel leader was arrested on Monday.')[0]).not.toContain(
      'Mexico',
    );
    expect(actors('The Israeli military said on Monday it had struck the site.')[0]).toContain(
      'Israel',
    );
  });
});
