/**
 * A participle right after its noun with a date of its own ("a particle first described in
 * 1998") is a reduced relative: an event of its own, as "which was first described in 1998" is;
 * background asides do not carry the narrative; a span of time opening a sentence is no actor.
 * Passages are made up.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const events = (raw: string) => extractArticle({ id: 'x', raw, published: '2026-03-12' }).events;
const told = (raw: string) => events(raw).map((e) => [e.date.value, e.title]);
/** The date of the event whose sources quote `quote`. */
const datedWith = (raw: string, quote: string) =>
  events(raw)
    .filter((e) => e.sources.some((s) => s.quote.includes(quote)))
    .map((e) => e.date.value);

describe('extractArticle() on a reduced relative with a date of its own', () => {
  it('an object with a participle after a dated main clause is told apart', () => {
    // (was "Scientists confirmed a particle first described" in 1998 and on Monday)
    expect(told('Scientists confirmed on Monday a particle first described in 1998.')).toEqual([
      ['1998', 'A particle was first described'],
      ['2026-03-09', 'Scientists confirmed a particle'],
    ]);
    // (was "The firm bought a plant opened" in 1990)
    expect(told('In 2019 the firm bought a plant opened in 1990.')).toEqual([
      ['1990', 'A plant was opened'],
      ['2019', 'The firm bought a plant'],
    ]);
  });
  it('an adverb before the participle tells it apart with no date of the main clause', () => {
    // (was "The team found an orchid last seen in the wild" in 1931)
    expect(told('The team found an orchid last seen in the wild in 1931.')).toContainEqual([
      '1931',
      'An orchid was last seen in the wild',
    ]);
    expect(
      told('The team found an orchid last seen in the wild in 1931.').map((t) => t[1]),
    ).not.toContain('The team found an orchid last seen in the wild');
  });
  it('a participle whose date may be the main clause’s stays whole', () => {
    expect(told('The band released an album recorded in Berlin in 2019.')).toEqual([
      ['2019', 'The band released an album recorded in Berlin'],
    ]);
    // (a saying's verb after a noun: "..., FBI officials said Monday")
    expect(told('Evidence arrived at the lab, FBI officials said Monday.')).toEqual([
      ['2026-03-09', 'Evidence arrived at the lab'],
    ]);
    expect(told('She had her car repaired in 2019.')).toEqual([
      ['2019', 'She had her car repaired'],
    ]);
    expect(told('He founded a band called Ferns in 1998.')).toEqual([
      ['1998', 'He founded a band called Ferns'],
    ]);
    expect(told('She joined a startup based in Lisbon in 2019.')).toEqual([
      ['2019', 'She joined a startup based in Lisbon'],
    ]);
    // (a verb after the date: the noun is its subject, "a bridge first built in 1890" whole;
    // was "A bridge was first collapsed" in 1890 under fix181)
    expect(
      told('Officials said Monday a bridge first built in 1890 collapsed.').map((t) => t[1]),
    ).not.toContain('A bridge was first collapsed');
    expect(
      told('Scientists said on Monday that the particle first appeared in 1998.'),
    ).toContainEqual(['1998', 'The particle first appeared']);
  });
});

describe('extractArticle() on a relative aside as background', () => {
  it('a state since a date in a relative dates no later sentence', () => {
    // (the board's naming went with "Jan Holm had led Norvik" in 2019)
    const raw = 'Jan Holm, who had led Norvik since 2019, resigned. The board named a successor.';
    expect(datedWith(raw, 'The board named')).not.toContain('2019');
  });
  it('an aside on the subject long before the story dates no later sentence', () => {
    // (the visitors' queue went with "The museum's specimens were destroyed" in 1943)
    const raw =
      'The museum, whose specimens were destroyed in 1943, reopened. Visitors queued for hours.';
    expect(datedWith(raw, 'Visitors queued')).not.toContain('1943');
  });
  it('an aside of the story’s days, or a clause that is no aside, still does', () => {
    expect(
      datedWith(
        'The storm, which hit on Monday, killed 12 people. Rescuers searched for survivors.',
        'Rescuers searched',
      ),
    ).toContain('2026-03-09');
    expect(
      datedWith('Police arrested a man who fled in 2019. He was found in Spain.', 'He was found'),
    ).toContain('2019');
  });
});

describe('extractArticle() on a span of time opening a sentence', () => {
  it('is no actor', () => {
    // (was an actor "Years", "Months")
    expect(events('Years earlier, in 2019, the firm had bought a rival.')[0]!.actors).toEqual([]);
    expect(
      events('The firm opened in 2015. Months later, in 2016, the plant closed.').flatMap(
        (e) => e.actors,
      ),
    ).toEqual([]);
    expect(events('Hours of talks failed on Monday.')[0]!.actors).toEqual([]);
    expect(
      events('Years, not months, passed before the trial began in 2020.').flatMap((e) => e.actors),
    ).toEqual([]);
  });
  it('a name it opens stays', () => {
    expect(events('Weeks Marine won a contract on Monday.')[0]!.actors).toContain('Weeks Marine');
    expect(events('Days Inn opened a hotel on Monday.')[0]!.actors).toContain('Days Inn');
    // (a surname that is a unit of time: no actor under fix181's any-lower-case-word rule)
    expect(events('Weeks said on Monday the plant would close.')[0]!.actors).toContain('Weeks');
    expect(events('Day said on Monday that she would resign.')[0]!.actors).toContain('Day');
    expect(events('Weeks, 45, was arrested on Monday.')[0]!.actors).toContain('Weeks');
  });
});
