/** mergeEvents(): the same event reported by several articles becomes one, with all sources. */
import { describe, expect, it } from 'vitest';
import { eventDate } from '../../../src/extract/calendar/index.ts';
import { mergeEvents } from '../../../src/extract/events/merge.ts';
import type { TimelineEvent } from '../../../src/extract/types.ts';

function event(
  article: string,
  value: string,
  title: string,
  actors: string[],
  id = `${article}-${value}`,
): TimelineEvent {
  const date = eventDate(value);
  if (!date) throw new Error(`test value ${value} has no calendar interval`);
  return {
    id,
    title,
    summary: `${title}.`,
    date,
    status: 'happened',
    actors,
    places: [],
    categories: [],
    relevance: 0.5,
    sources: [{ article, start: 0, end: title.length + 1, timex: null, quote: `${title}.` }],
  };
}

const restoredA = event('a', '2023-05-17', 'Belarus restored controls on its border with Russia', [
  'Belarus',
]);
const restoredB = event('b', '2023-05', 'Belarus has restored border controls with Russia', [
  'Belarus',
]);
const lavrov = event('b', '2023-05-17', 'Lavrov traveled to Minsk for talks', ['Vladimir Lavrov']);

describe('mergeEvents()', () => {
  it('joins events of different articles with compatible dates, an actor and words in common', () => {
    const merged = mergeEvents([[restoredA], [restoredB, lavrov]]);
    expect(merged).toHaveLength(2);
    const restored = merged.find((e) => e.actors.includes('Belarus'))!;
    expect(restored.sources.map((s) => s.article)).toEqual(['a', 'b']);
    expect(restored.date.value).toBe('2023-05-17'); // the finer of the two dates
  });

  it('does not depend on the order of the articles', () => {
    const one = mergeEvents([[restoredA], [restoredB, lavrov]]);
    const other = mergeEvents([[restoredB, lavrov], [restoredA]]);
    expect(other).toEqual(one);
  });

  it('keeps events of one article apart, even when alike', () => {
    const twin = event(
      'a',
      '2023-05-17',
      'Belarus restored controls on its border with Russia again',
      ['Belarus'],
      'a-twin',
    );
    expect(mergeEvents([[restoredA, twin]])).toHaveLength(2);
  });

  it('keeps apart events without an actor in common', () => {
    const other = event('b', '2023-05-17', 'Poland restored controls on its border with Russia', [
      'Poland',
    ]);
    expect(mergeEvents([[restoredA], [other]])).toHaveLength(2);
  });

  it('keeps the same-looking event under differing dates and flags the conflict on both', () => {
    const earlier = event(
      'b',
      '2023-05-05',
      'Belarus restored controls on its border with Russia',
      ['Belarus'],
    );
    const merged = mergeEvents([[restoredA], [earlier]]);
    expect(merged).toHaveLength(2);
    expect(merged.map((e) => e.conflicts)).toEqual([
      [{ value: '2023-05-17', label: restoredA.date.label, article: 'a' }],
      [{ value: '2023-05-05', label: earlier.date.label, article: 'b' }],
    ]);
  });

  it('flags no conflict between alike events years apart: the yearly summit is two events', () => {
    const summit = (article: string, value: string): TimelineEvent =>
      event(article, value, 'Leaders of the bloc met at the annual summit in Minsk', ['the bloc']);
    const merged = mergeEvents([[summit('a', '2021-06-10')], [summit('b', '2023-06-12')]]);
    expect(merged).toHaveLength(2);
    expect(merged.map((e) => e.conflicts)).toEqual([undefined, undefined]);
  });

  it('flags a conflict between a year and the next, as near as their own length', () => {
    const moved = (article: string, value: string): TimelineEvent =>
      event(article, value, 'Russia and Belarus removed the controls on their border', ['Russia']);
    const merged = mergeEvents([[moved('a', '1995')], [moved('b', '1996')]]);
    expect(merged.map((e) => e.conflicts?.map((c) => c.value))).toEqual([['1996'], ['1995']]);
  });

  it('sorts the timeline by date', () => {
    const early = event('c', '1995', 'Russia and Belarus did away with their boundaries', [
      'Russia',
    ]);
    expect(mergeEvents([[restoredA], [early]]).map((e) => e.date.value)).toEqual([
      '1995',
      '2023-05-17',
    ]);
  });
});
