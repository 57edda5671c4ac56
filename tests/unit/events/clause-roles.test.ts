/** An event a relative or subordinate clause tells has that clause's actors and places. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const eventOf = (raw: string, value: string) => {
  const event = extractArticle({ id: 'x', raw, published: '2023-05-17' }).events.find(
    (e) => e.date.value === value,
  );
  return { actors: event?.actors, places: event?.places };
};

describe('extractArticle() on an event told by a dependent clause', () => {
  it('an object relative: its subject acts, the noun it tells of is its object, a place', () => {
    // (was actors Moscow, Belarusians, Russian-speaking Crimean Peninsula; places none)
    expect(
      eventOf(
        'Along with those from Syria, the Belarusians included ten citizens of the rebel ' +
          'Russian-speaking Crimean Peninsula that Moscow annexed in 2014.',
        '2014',
      ),
    ).toEqual({ actors: ['Moscow'], places: ['Russian-speaking Crimean Peninsula'] });
  });
  it('a subject relative: the noun it tells of acts, not the main subject', () => {
    expect(
      eventOf(
        'Governor Ray Dunn praised Karen Holt, who founded the Westbrook Clinic in 1998.',
        '1998',
      ).actors,
    ).not.toContain('Ray Dunn');
    // (beside a name: "Sergio Navarro, a 39-year-old Miami businessman who")
    expect(
      eventOf(
        'Residents cheered, said Omar Haddad, a 41-year-old Dearborn grocer who joined the march on Sunday.',
        '2023-05-14',
      ).actors,
    ).toEqual(['Omar Haddad']);
  });
  it('"where": the noun is the place', () => {
    expect(
      eventOf(
        'Chancellor Otto Brandt flew to Kyiv, where Ukrainian troops repelled an attack on Tuesday.',
        '2023-05-16',
      ),
    ).toEqual({ actors: [], places: ['Kyiv'] });
  });
  it('an "after" clause with a subject of its own', () => {
    expect(
      eventOf(
        'Poland closed its border with Belarus on March 3, after Lithuania reported a surge of crossings in February.',
        '2023-02',
      ).actors,
    ).toEqual(['Lithuania']);
  });
  it("a pronoun for a subject still stands for the main clause's", () => {
    expect(
      eventOf('Paul Grant moved to Denver after he retired in 2010.', '2010').actors,
    ).toContain('Paul Grant');
  });
});
