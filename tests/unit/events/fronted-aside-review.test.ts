/**
 * Relative asides on the noun of a fronted phrase or on the subject of a fronted clause: made-up
 * passages (a reviewer's and their variants).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string, published = '2026-03-20') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

describe('a relative aside on the noun of a fronted prepositional phrase', () => {
  it('is the noun’s, and the main clause keeps its own subject', () => {
    // (was "Was held, the party won 40 percent of the vote")
    expect(
      told('In the election, which was held on Sunday, the party won 40 percent of the vote.'),
    ).toEqual([
      ['2026-03-15', 'The election was held'],
      ['2026-03-20', 'The party won 40 percent of the vote'],
    ]);
    // (was "Was signed, fighting resumed")
    expect(
      told('Despite the truce, which was signed on March 2, fighting resumed on March 5.'),
    ).toEqual([
      ['2026-03-02', 'The truce was signed'],
      ['2026-03-05', 'Fighting resumed'],
    ]);
    // (was "Has 2 million people", dated March 3)
    expect(told('In the city, which has 2 million people, the mayor resigned on March 3.')).toEqual(
      [['2026-03-03', 'The mayor resigned']],
    );
  });
});

describe('a relative aside on the subject of a fronted clause', () => {
  it('is the subject’s, and the fronted clause goes on after it', () => {
    // (was "Was old, the city closed it", in 1990 and 2020)
    expect(
      told('Because the plant, which opened in 1990, was old, the city closed it in 2020.'),
    ).toEqual([
      ['1990', 'The plant opened'],
      ['2020', 'The city closed it'],
    ]);
    // (were "Was built" and "Collapsed, two people died")
    expect(
      told('When the bridge, which was built in 1950, collapsed on March 4, two people died.'),
    ).toEqual([
      ['1950', 'The bridge was built'],
      ['2026-03-04', 'The bridge collapsed'],
    ]);
  });
});

describe('a title after a fronted phrase and a relative aside on its noun', () => {
  it('leaves the aside out with the phrase', () => {
    // (was "Lasted an hour", dated March 12)
    expect(told('After the speech, which lasted an hour, he left on March 12.')).toEqual([
      ['2026-03-12', 'He left'],
    ]);
    expect(told('After the talks, which lasted an hour, they signed a deal on March 12.')).toEqual([
      ['2026-03-12', 'They signed a deal'],
    ]);
  });
});

describe('a relative aside on a name that ends the main clause', () => {
  it('is an act of its own, titled by the name and its verb', () => {
    // (were "He stood near Obama" and "Reporters spoke at length with Smith", dated by the aside)
    expect(told('He stood near Obama, who spoke on March 12.')).toContainEqual([
      '2026-03-12',
      'Obama spoke',
    ]);
    expect(told('Reporters spoke at length with Smith, who resigned on Monday.')).toContainEqual([
      '2026-03-16',
      'Smith resigned',
    ]);
    expect(told('Police arrested Smith, who fled on Monday.')).toContainEqual([
      '2026-03-16',
      'Smith fled',
    ]);
  });
});

describe('an appositive whose participle is a verb of saying', () => {
  it('is a participle before its preposition ("a man accused in 2019")', () => {
    // (were "Mr. Smith, a man accused" in 2019 and "His son were freed")
    expect(told('Mr. Smith, a man accused in 2019, and his son were freed on Monday.')).toEqual([
      ['2019', 'Mr. Smith was accused'],
      ['2026-03-16', 'Mr. Smith and his son were freed'],
    ]);
    // (was "Smith, the man accused of fraud, was freed")
    expect(told('Smith, the man accused of fraud, was freed on Monday.')).toEqual([
      ['2026-03-16', 'Smith was freed'],
    ]);
  });
});

describe('a saying set off right after a relative pronoun', () => {
  it('is left out, and the main clause resumes after the relative’s own verb', () => {
    // (were "The vote officials said was certified" and "The vote officials said, ended")
    expect(
      told('The vote, which, officials said, ended on Friday, was certified on Monday.'),
    ).toEqual([
      ['2026-03-16', 'The vote was certified'],
      ['2026-03-20', 'The vote ended'],
    ]);
    // (was "The strike union leaders said, began")
    expect(
      told('The strike, which, union leaders said, began on March 2, closed three ports.'),
    ).toContainEqual(['2026-03-02', 'The strike began']);
  });

  it('is not looked for after a pronoun that ends the text', () => {
    // (threw: a word after the pronoun was read that is not there)
    expect(() => told('Belarus , which')).not.toThrow();
  });
});

describe('a second noun a fronted phrase lists after its comma', () => {
  it('goes with the phrase out of the title', () => {
    // (was "A recount, officials declared Smith the winner")
    expect(
      told('After a long count, and a recount, officials declared Smith the winner on March 9.'),
    ).toEqual([['2026-03-09', 'Officials declared Smith the winner']]);
    expect(told('After the vote, and a recount, the result stood on March 9.')).toEqual([
      ['2026-03-09', 'The result stood'],
    ]);
  });
});
