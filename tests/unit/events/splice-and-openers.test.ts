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
