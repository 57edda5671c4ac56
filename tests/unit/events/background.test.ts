/**
 * Background sentences of an article published in a year, not on a day: with no date of the text
 * to go by, a dateless sentence is a source of an event only when it goes on with it (names whom
 * it is about, or a pronoun goes on with the sentence before), not because the narrative has no
 * other date to give it (the seed "Russia seeks to resolve ... border dispute", "(c) 2018").
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import type { TimelineEvent } from '../../../src/extract/types.ts';

const BODY = [
  'Foreign Minister Anna Berg traveled to Kelmar in an attempt to mediate the dispute between Ostravia and Kelmar.',
  'The dispute threatens to sabotage efforts by Ostravia to build closer ties with Kelmar.',
  'Foreign Minister Berg held talks with her Kelmar counterpart earlier this week. She is expected to meet the Kelmar president, her ministry said.',
  'Ostravia and Kelmar are both members of the Northern Customs Union, an alliance led by Ostravia.',
  'The visit to Kelmar by Berg is likely to anger the opposition.',
  'Along with those from Ostravia, the delegates included two mayors of the Southern Province that Kelmar annexed in 2014.',
].join('\n\n');

function eventsOf(published: string): TimelineEvent[] {
  const raw = `---\npublished: ${published}\n---\n${BODY}\n`;
  return extractArticle({ id: 'synthetic', raw, fileName: 'synthetic.md' }).events;
}

/** The event one of whose sources contains `words`, if any. */
const sourcedBy = (events: readonly TimelineEvent[], words: string) =>
  events.find((e) => e.sources.some((s) => s.quote.includes(words)));

describe('buildEvents() on an article published in a year only', () => {
  const events = eventsOf('2019');
  const table = events.map((e) => `${e.date.value}: ${e.title} [${e.sources.length}]`).join('\n');

  it('keeps the lead and the sentence naming its subject as sources of the lead’s event', () => {
    const lead = sourcedBy(events, 'Anna Berg traveled to Kelmar');
    expect(lead?.date.value, table).toBe('2019');
    expect(sourcedBy(events, 'The visit to Kelmar by Berg'), table).toBe(lead);
  });

  it('gives a pronoun’s sentence to the event of the sentence before it', () => {
    const talks = sourcedBy(events, 'held talks with her Kelmar counterpart');
    expect(sourcedBy(events, 'She is expected to meet'), table).toBe(talks);
  });

  it.each(['The dispute threatens to sabotage', 'are both members of the Northern Customs Union'])(
    'makes background ("%s") a source of no event',
    (words) => {
      expect(sourcedBy(events, words), table).toBeUndefined();
    },
  );

  it('gives a clause of a sentence with its own date no second event at the publication year', () => {
    const dates = events
      .filter((e) => e.sources.some((s) => s.quote.includes('the delegates included two mayors')))
      .map((e) => e.date.value);
    expect(dates, table).toEqual(['2014']);
  });
});

describe('buildEvents() on an article published on a day', () => {
  it('still tells present-tense background as more of the day’s news', () => {
    const events = eventsOf('2019-05-17');
    const lead = sourcedBy(events, 'Anna Berg traveled to Kelmar');
    expect(sourcedBy(events, 'are both members of the Northern Customs Union')).toBe(lead);
  });
});
