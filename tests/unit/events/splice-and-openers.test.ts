/**
 * Made-up passages (session 35, fix173): a comma splice whose second clause has a noun of two
 * words or one after "a" as its subject.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

// published on a Thursday: "Monday" is 2026-03-09
const told = (raw: string, published = '2026-03-12') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

describe('a comma splice after a distance in time, with a subject of "the"/"a" and nouns', () => {
  it('the second clause is an event of its own', () => {
    // (was "The ship sank" on Monday and again on Wednesday)
    expect(
      told('The ship sank on Monday, two days later, the coast guard found the wreck.'),
    ).toEqual([
      ['2026-03-09', 'The ship sank'],
      ['2026-03-11', 'The coast guard found the wreck'],
    ]);
    // (was "The talks began" on Monday and on Tuesday)
    expect(told('The talks began on Monday, a day later, a rescue team found the crew.')).toEqual([
      ['2026-03-09', 'The talks began'],
      ['2026-03-10', 'A rescue team found the crew'],
    ]);
    // a distance compared cuts nothing
    expect(told('The talks began on Monday, two days later than the union had planned.')).toEqual([
      ['2026-03-09', 'The talks began'],
    ]);
  });
});

describe('"As soon as" before a fronted clause of time', () => {
  it('opens the clause as "When" does, and goes from its title whole', () => {
    // (was "Soon as police arrived")
    expect(told('As soon as police arrived on March 3, Smith fled.')).toEqual([
      ['2026-03-03', 'Police arrived'],
    ]);
    expect(told('When police arrived on March 3, Smith fled.')).toEqual([
      ['2026-03-03', 'Police arrived'],
    ]);
    // after its main clause, the clause stays in the title
    expect(told('Smith fled as soon as police arrived on March 3.')).toEqual([
      ['2026-03-03', 'Smith fled as soon as police arrived'],
    ]);
  });
});

describe('a distance after a comma before an apposition, no comma splice (review177)', () => {
  // made-up passages; each gave a second event with the apposition as its title (the clause
  // before may still be dated twice, by its date and by the distance, as on main)
  const titles = (raw: string) => told(raw, '2026-04-05').map(([, title]) => title);
  it('an apposition that names a time, a record or an ordinal stays with its clause', () => {
    // (was also "2026-W14 The second increase approved")
    expect(
      titles(
        'The Fed raised rates again on March 17, two weeks later, the second increase approved this year.',
      ),
    ).not.toContain('The second increase approved');
    // (was also "2026-W14 The first meeting held since the flood")
    expect(
      titles(
        'The council met again on March 16, two weeks later, the first meeting held since the flood.',
      ),
    ).not.toContain('The first meeting held since the flood');
    // (was also "2026-03-07 The day prosecutors had promised")
    expect(
      titles('Smith was freed on March 5, two days later, the day prosecutors had promised.'),
    ).not.toContain('The day prosecutors had promised');
  });
  it('"a" and a participle before "by", or a plural after "a", make no subject', () => {
    // (was also "2026-W11 A decision welcomed by unions")
    expect(
      titles(
        'The board approved the merger on March 2, a week later, a decision welcomed by unions.',
      ),
    ).not.toContain('A decision welcomed by unions');
    // (was also "2026-W11 A price analysts called too low")
    expect(
      titles('The firm was sold on March 2, a week later, a price analysts called too low.'),
    ).not.toContain('A price analysts called too low');
    // a subject of two words after "a" still opens the splice
    expect(told('The plant flooded on March 3, a day later, a repair crew arrived.')).toEqual([
      ['2026-03-03', 'The plant flooded'],
      ['2026-03-04', 'A repair crew arrived'],
    ]);
  });
});
