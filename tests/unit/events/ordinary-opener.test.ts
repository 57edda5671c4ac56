/** A sentence's capitalised first word that is an ordinary word is listed as no actor. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const actors = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-06' }).events.map((e) => [e.title, e.actors]);

describe('extractArticle() on a capitalised ordinary word opening a sentence', () => {
  it('a word that qualifies the subject, a plural before its verb and a number are no actors', () => {
    // (were "Heavy", "Talks" and "Two")
    expect(actors('Heavy snow closed roads on Monday.')).toEqual([['Heavy snow closed roads', []]]);
    expect(actors('Talks resumed on Tuesday.')).toEqual([['Talks resumed', []]]);
    expect(actors('Strong winds have battered the coast since Sunday.')).toEqual([
      ['Strong winds have battered the coast', []],
    ]);
    expect(actors('Two men were released on Friday.')).toEqual([['Two men were released', []]]);
  });

  it('a name the article writes elsewhere, a known one, and a source before its saying stay', () => {
    expect(
      actors('Tesla shares fell on Monday. Analysts said the fall at Tesla was no surprise.')[0],
    ).toEqual(['Tesla shares fell', ['Tesla']]);
    expect(actors('Reuters reported on Monday that talks had failed.')).toEqual([
      ['Reuters reported that talks had failed', ['Reuters']],
    ]);
    expect(actors('Paris hosted the summit on Monday.')[0]![1]).toEqual(['Paris']);
  });

  it('a party, a movement or a people named once, first in its sentence, stays an actor', () => {
    // (were no actors at 4a2e226: read as plurals before their verbs, like "Talks resumed")
    expect(actors('Hamas fired rockets into Israel on Saturday.')[0]![1]).toContain('Hamas');
    expect(actors('Republicans blocked the bill on Monday.')[0]![1]).toEqual(['Republicans']);
    expect(actors('Palestinians protested in Ramallah on Friday.')[0]![1]).toContain(
      'Palestinians',
    );
    expect(actors('Engineers inspected the bridge on Monday.')[0]![1]).toEqual([]);
  });

  it('a company named once before its shares, stock or sales stays an actor', () => {
    // (were no actors at 4a2e226: read as a word qualifying the noun, like "Heavy snow")
    expect(actors('Nvidia stock rose 5 percent on Monday.')[0]![1]).toEqual(['Nvidia']);
    expect(actors('Toyota sales fell 10 percent in February.')[0]![1]).toEqual(['Toyota']);
    expect(actors('Heavy snow closed roads on Monday.')[0]![1]).toEqual([]);
  });
  it('a plural that meets another capitalised plural, as one team another, stays an actor', () => {
    // (was no actor: read as a plural before its verb, like "Talks resumed")
    expect(actors('Lakers beat the Celtics on Sunday.')[0]![1]).toEqual(['Lakers', 'Celtics']);
    expect(actors('Yankees swept the Orioles on Sunday.')[0]![1]).toContain('Yankees');
    expect(actors('Protesters stormed the Capitol on Sunday.')[0]![1]).not.toContain('Protesters');
    expect(actors('Troops attacked the Kurds on Sunday.')[0]![1]).not.toContain('Troops');
    // (an opener the lexicon knows as a common noun of people is no team)
    expect(actors('Workers joined the Teamsters on Monday.')[0]![1]).not.toContain('Workers');
    expect(actors('Fans mobbed the Beatles on Monday.')[0]![1]).not.toContain('Fans');
    expect(actors('Investors dumped the Treasuries on Monday.')[0]![1]).not.toContain('Investors');
  });
});
