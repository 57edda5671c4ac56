/**
 * Made-up passages (session 34, fix158): a relative aside inside a subject list, a description
 * before a relative, the date after a relative that closed with its own, a preposition left
 * dangling by a date cut out, and a level after "to".
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

// published on a Friday: "Monday" is 2026-03-16
const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => [
    e.date.value,
    e.title,
    e.status,
  ]);

describe('a relative aside inside a subject list', () => {
  it('the list keeps the name before the aside, and the aside tells of that name', () => {
    // (was "Smith, the coach who was hired" in 2019 and "Jones were fired" on Monday)
    expect(told('Smith, the coach who was hired in 2019, and Jones were fired on Monday.')).toEqual(
      [
        ['2019', 'Smith was hired', 'happened'],
        ['2026-03-16', 'Smith and Jones were fired', 'happened'],
      ],
    );
    // (was "Smith, the coach that was hired" and "Jones were fired")
    expect(
      told('Smith, the coach that was hired in 2019, and Jones were fired on Monday.'),
    ).toEqual([
      ['2019', 'Smith was hired', 'happened'],
      ['2026-03-16', 'Smith and Jones were fired', 'happened'],
    ]);
    // (was "The floods killed 20 people")
    expect(
      told('The storm, which hit on Monday, and the floods killed 20 people on Tuesday.'),
    ).toEqual([
      ['2026-03-16', 'The storm hit', 'happened'],
      ['2026-03-17', 'The storm and the floods killed 20 people', 'happened'],
    ]);
  });

  it('a main clause of its own after "and" joins nothing', () => {
    expect(
      told('Smith, who was hired in 2019, left on Monday, and Jones was fired on Tuesday.').map(
        ([, title]) => title,
      ),
    ).not.toContain('Smith and Jones was fired');
    // an adverb after "and" opens a clause of its own (fix158 gave "Smith and later Jones took over")
    expect(
      told('Smith, who was hired in 2019, and later Jones took over in 2021.').map(([, t]) => t),
    ).not.toContain('Smith and later Jones took over');
    expect(told('Smith, who was hired in 2019, was fired on Monday.')).toEqual([
      ['2019', 'Smith was hired', 'happened'],
      ['2026-03-16', 'Smith was fired', 'happened'],
    ]);
  });

  it('a description before the relative: the relative tells of the name', () => {
    // (was "Smith, the coach whom the club hired")
    expect(told('Smith, the coach whom the club hired in 2019, was fired on Monday.')).toEqual([
      ['2019', 'The club hired Smith', 'happened'],
      ['2026-03-16', 'Smith was fired', 'happened'],
    ]);
    // (was "Paris, the city where the Games were held")
    expect(told('Paris, the city where the Games were held in 2024, will bid again.')[0]).toEqual([
      '2024',
      'The Games were held in Paris',
      'happened',
    ]);
  });

  it('a description with a preposition: the relative may tell of its object, not of the name', () => {
    // (fix158 gave "Smith was arrested" and "The club hired Jones")
    const titles = (raw: string) => told(raw).map(([, title]) => title);
    expect(
      titles('Smith, the brother of the man who was arrested in 2019, was fired on Monday.'),
    ).not.toContain('Smith was arrested');
    expect(
      titles('Jones, the friend of the coach whom the club hired in 2019, resigned on Monday.'),
    ).not.toContain('The club hired Jones');
  });
});

describe('the date after a relative that closed with its own is the main verb’s', () => {
  it('one event, ahead, not the period of the figures', () => {
    // (was also "Acme will report results" in 2025-Q4, happened)
    expect(
      told('Acme will report results for the quarter that ended in December on March 25.'),
    ).toEqual([['2026-03-25', 'Acme will report results for the quarter', 'planned']]);
    expect(told('Acme will report results for the fourth quarter on March 25.')).toEqual([
      ['2026-03-25', 'Acme will report results for the fourth quarter', 'planned'],
    ]);
  });

  it('a weekday after the relative’s month, and a relative with a comma, are left as they were', () => {
    expect(told('The firm that was founded in 2019 will close on Friday.')[0]).toEqual([
      '2019',
      'The firm was founded',
      'happened',
    ]);
  });
});

describe('no dangling preposition where a date was cut out', () => {
  it('a "to" before a clause of condition goes', () => {
    // (was "Workers will be paid retroactive to once the budget passes")
    expect(told('Workers will be paid retroactive to Jan. 1 once the budget passes.')).toEqual([
      ['2026-01-01', 'Workers will be paid retroactive once the budget passes', 'happened'],
    ]);
    expect(told('Workers will be paid retroactive to once the budget passes.')[0]![1]).toBe(
      'Workers will be paid retroactive once the budget passes',
    );
    // a split infinitive's "to" stays
    expect(told('He plans to once again run for office in 2028.')[0]![1]).toBe(
      'He plans to once again run for office',
    );
  });

  it('a "to" before "when" governs the clause once the date is gone, and stays', () => {
    // (fix158 gave "The tradition dates when the club was founded")
    expect(told('The tradition dates to 1920 when the club was founded.')[0]![1]).toBe(
      'The tradition dates to when the club was founded',
    );
  });

  it('a year before "levels" after "to" is the level’s, and stays', () => {
    // (was "Prices returned to levels" in 2019 and in May)
    expect(told('Prices returned to 2019 levels in May.')).toEqual([
      ['2025-05', 'Prices returned to 2019 levels', 'happened'],
    ]);
  });
});

describe('a title of two statements glued by a comma', () => {
  it('a short clause before the comma is the title when a clause of its own follows', () => {
    // (was "Police arrived, Smith fled")
    expect(told('When police arrived on March 3, Smith, who was armed, fled.')).toEqual([
      ['2026-03-03', 'Police arrived', 'happened'],
    ]);
    // a phrase after the comma, or a longer clause before it, as before
    expect(told('He resigned on Monday, citing health.')[0]![1]).toBe('He resigned, citing health');
    expect(told('When the bridge collapsed on March 4, two people died.')[0]![1]).toBe(
      'The bridge collapsed',
    );
  });

  it('"dating to 1994" keeps no year in the title: only a level after "to" does', () => {
    expect(told('Police probed shootings in western New York dating to 1994.')[0]![0]).toBe('1994');
    expect(told('Police probed shootings in western New York dating to 1994.')[0]![1]).not.toMatch(
      /1994/u,
    );
  });
});

describe('a comma splice whose second clause opens with a distance in time', () => {
  it('the second clause is an event of its own, on the day the distance gives', () => {
    // (was "The talks began" on Monday and again on Monday + 2 days)
    expect(told('The talks began on Monday, two days later, they collapsed.')).toEqual([
      ['2026-03-16', 'The talks began', 'happened'],
      ['2026-03-18', 'They collapsed', 'happened'],
    ]);
    // a distance compared, with no clause after it, cuts nothing
    expect(told('The talks began on Monday, two days later than planned.')).toEqual([
      ['2026-03-16', 'The talks began', 'happened'],
    ]);
  });
});

describe('a two-word clause before a comma is a title only when it tells something', () => {
  const title = (raw: string) => told(raw).map(([, t]) => t);
  it('after a conjunction of time, and not a pronoun nor a verb that takes the clause after it', () => {
    // (fix158 gave "He arrived", "They met", "Analysts is expected" and "Smith slept")
    expect(title('When he arrived on March 3, the president signed the treaty.')).toEqual([
      'He arrived, the president signed the treaty',
    ]);
    expect(title('When they met on Monday, the leaders agreed to a truce.')).toEqual([
      'They met, the leaders agreed to a truce',
    ]);
    expect(title('Analysts expected on Monday, prices would rise.')).not.toContain(
      'Analysts is expected',
    );
    expect(title('While Smith slept on Monday, thieves stole his car.')).toEqual([
      'Smith slept, thieves stole his car',
    ]);
    // a list of clauses with no conjunction of time before it (fix158 gave "Jobs vanished")
    expect(title('In 2019, jobs vanished, wages fell and prices rose.')).toEqual([
      'Jobs vanished, wages fell and prices rose',
    ]);
    expect(title('Prices rose on Monday, wages fell and shares slid.')).toEqual([
      'Prices rose, wages fell and shares slid',
    ]);
    // the dated event itself, after "when"
    expect(title('When police arrived on March 3, Smith fled.')).toEqual(['Police arrived']);
  });
});
