/**
 * A wrong-side review of the event rules for fronted clauses, appositives and home towns: made-up
 * passages that lie next to what those rules were written for, and must not be read as it.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string, published = '2026-09-20') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

const places = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.flatMap((e) => e.places);

describe('a participle before a span of time', () => {
  it('tells of the subject after the time, not of one who acts on an object', () => {
    // (was "Arsenal was injured")
    const titles = told('Injured in March, months passed before Arsenal signed him.').map(
      ([, t]) => t,
    );
    expect(titles).not.toContain('Arsenal was injured');
  });

  it('tells of a name of two words', () => {
    // (was "Injured, months passed before John Smith played again")
    expect(told('Injured in March, months passed before John Smith played again.')).toContainEqual([
      '2026-03',
      'John Smith was injured',
    ]);
  });
});

describe('a superlative before a listed participle', () => {
  it('makes an adjective only after its own determiner or possessive', () => {
    expect(
      told("He was placed on the FBI's most wanted list, which began in 1950."),
    ).toContainEqual(['1950', "The FBI's most wanted list began"]);
    // (was "Most wanted change came": "wanted" is the verb of "those who suffered most")
    const titles = told('Those who suffered most wanted change, which came in 2019.').map(
      ([, t]) => t,
    );
    expect(titles).not.toContain('Most wanted change came');
  });
});

describe('home towns in a list of asides', () => {
  it('are no party or agency', () => {
    // (were places)
    expect(
      places('Brown, of Reuters, and Green, of Bloomberg, asked questions on March 12.'),
    ).toEqual([]);
    expect(places('Smith, of Labour, and Jones, of Leeds, clashed on March 12.')).not.toContain(
      'Labour',
    );
    expect(places('Smith, of Leeds, and Jones, of York, were charged on March 12.')).toEqual([
      'Leeds',
      'York',
    ]);
  });
});

describe('subjects with appositives', () => {
  it('a past after two subjects, each with its appositive, is the verb of both', () => {
    // (was "The company merged", "His took office")
    expect(
      told(
        'Acme, the company founded in 2019, and Beta, its rival, merged on March 12.',
        '2026-03-20',
      ),
    ).toEqual([
      ['2019', 'Acme was founded'],
      ['2026-03-12', 'Acme and Beta merged'],
    ]);
    expect(
      told('Obama, the senator elected in 2004, and Biden, his running mate, took office in 2009.'),
    ).toContainEqual(['2009', 'Obama and Biden took office']);
  });

  it('the first of two subjects may follow a saying', () => {
    // (were "Police said Smith, the coach hired" in 2019 and "Jones were fired")
    expect(
      told(
        'Police said Smith, the coach hired in 2019, and Jones were fired on March 12.',
        '2026-03-20',
      ),
    ).toEqual([
      ['2019', 'Smith was hired'],
      ['2026-03-12', 'Smith and Jones were fired'],
    ]);
  });

  it("a clause's only date, in the appositive after its participle, is the participle's", () => {
    // (was "Smith was praised" in 2019; "Smith and Jones were both praised" in 2019)
    expect(told('Smith, the coach hired in 2019, was praised.')).toEqual([
      ['2019', 'Smith was hired'],
    ]);
    expect(
      told('Smith, the coach hired in 2019, and Jones, the manager, were both praised.'),
    ).toEqual([['2019', 'Smith was hired']]);
    // (a date of the main clause's own stays its)
    expect(told('Smith, the coach from Leeds, was praised in 2019.')).toEqual([
      ['2019', 'Smith was praised'],
    ]);
  });
});

describe('a relative aside on the noun of a fronted phrase without a verb', () => {
  it('tells of that noun, as after "After voting,"', () => {
    // (was "The council was held", "Residents hit the coast")
    expect(
      told('After the vote, which was held on March 12, the council adjourned.', '2026-03-20'),
    ).toContainEqual(['2026-03-12', 'The vote was held']);
    expect(
      told(
        'After the storm, which hit the coast on March 12, residents returned home on March 15.',
        '2026-03-20',
      ),
    ).toEqual([
      ['2026-03-12', 'The storm hit the coast'],
      ['2026-03-15', 'Residents returned home'],
    ]);
    // (was "Opens, diplomats met in Geneva": a verb in -s right after "which")
    expect(
      told(
        'Before the summit, which opens on March 25, diplomats met in Geneva on March 18.',
        '2026-03-20',
      ),
    ).toContainEqual(['2026-03-25', 'The summit opens']);
  });

  it('leaves a fronted clause whose verb follows the aside, after an adverb too', () => {
    // (the 2023 of "officials kept it" is no date of "The plan never worked")
    expect(
      told(
        'Although the plan, which was unveiled in 2019, never worked, officials kept it until 2023.',
      ),
    ).not.toContainEqual(['2023', 'The plan never worked']);
  });

  it('leaves a fronted clause whose subject the relative is on', () => {
    const titles = told(
      'Because the plant, which opened in 1990, was old, the city closed it in 2020.',
    ).map(([, t]) => t);
    expect(titles).not.toContain('The plant was old');
  });
});

describe('a fronted -ing phrase before a plural subject', () => {
  it('goes before a capitalised plural and before an adverb in -ly', () => {
    // (were "Heading into, Democrats expect gains", "Heading into, analysts only expect ...")
    expect(told('Heading into 2027, Democrats expect gains.')).toEqual([
      ['2027', 'Democrats expect gains'],
    ]);
    expect(told('Heading into 2027, analysts only expect a slowdown.')).toEqual([
      ['2027', 'Analysts only expect a slowdown'],
    ]);
  });
});

describe('a comma inside a number', () => {
  it('ends no fronted clause', () => {
    // (was "500 workers, it was sued" in 2019)
    expect(told('When the firm paid 2,500 workers in 2019, it was sued in 2021.')).toEqual([
      ['2019', 'The firm paid 2,500 workers'],
      ['2021', 'It was sued'],
    ]);
    expect(
      told(
        'After the auction, which raised $1,200,000 on March 12, the charity thanked donors.',
        '2026-03-20',
      ),
    ).toContainEqual(['2026-03-12', 'The auction raised $1,200,000']);
  });
});
