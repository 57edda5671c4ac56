import { describe, expect, it } from 'vitest';
import {
  compareEvents,
  eventAnchor,
  groupByYear,
  sentenceAnchor,
  toTimelineItems,
  type ItemContext,
} from '../../../src/timeline/data.ts';
import type { EventDate, TimelineEvent } from '../../../src/extract/types.ts';

function date(
  value: string,
  start: string,
  end: string,
  granularity: EventDate['granularity'],
): EventDate {
  return { value, start, end, granularity, approximate: false, label: value };
}

function event(
  id: string,
  eventDate: EventDate,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return {
    id,
    title: `Title ${id}`,
    summary: `Summary ${id}`,
    date: eventDate,
    status: 'happened',
    actors: [],
    places: [],
    categories: [],
    relevance: 0.5,
    sources: [{ article: 'seed-a', start: 10, end: 50, timex: null, quote: `Quote ${id}` }],
    ...extra,
  };
}

const context: ItemContext = {
  articleTitles: new Map([['seed-a', 'Seed A']]),
  categoryLabels: new Map([['border', 'Border controls']]),
  articleHref: (id) => `/base/sources/${id}/`,
};

const year2014 = date('2014', '2014-01-01', '2015-01-01', 'year');
const may2023 = date('2023-05', '2023-05-01', '2023-06-01', 'month');
const may5 = date('2023-05-05', '2023-05-05', '2023-05-06', 'day');
const year2023 = date('2023', '2023-01-01', '2024-01-01', 'year');
const bc = date('-0044-03-15', '-0044-03-15', '-0044-03-16', 'day');

describe('compareEvents()', () => {
  it('orders by start, then the shorter interval first', () => {
    const events = [
      event('may5', may5),
      event('y2023', year2023),
      event('may', may2023),
      event('y2014', year2014),
      event('bc', bc),
    ];
    expect(events.sort(compareEvents).map((e) => e.id)).toEqual([
      'bc',
      'y2014',
      'y2023',
      'may',
      'may5',
    ]);
  });

  it('keeps events the dates cannot order in the order their article tells them', () => {
    const at = (start: number): Partial<TimelineEvent> => ({
      sources: [{ article: 'seed-b', start, end: start + 40, timex: null, quote: 'Quote' }],
    });
    const monday = event('monday', year2023, { title: 'Z first flight', ...at(300) });
    const tuesday = event('tuesday', year2023, { title: 'A second flight', ...at(400) });
    const visit = event('visit', year2023, { title: 'M visit', ...at(100) });
    expect([tuesday, monday, visit].sort(compareEvents).map((e) => e.id)).toEqual([
      'visit',
      'monday',
      'tuesday',
    ]);
  });

  it('groups such events by article before it looks at their place in the text', () => {
    const a = event('a', year2023, {
      sources: [{ article: 'seed-b', start: 10, end: 50, timex: null, quote: 'Q' }],
    });
    const b = event('b', year2023, {
      sources: [{ article: 'seed-a', start: 900, end: 950, timex: null, quote: 'Q' }],
    });
    expect([a, b].sort(compareEvents).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('breaks remaining ties by title, then id, so the order never depends on input order', () => {
    const a = event('b-id', may5, { title: 'Same' });
    const b = event('a-id', may5, { title: 'Same' });
    expect([a, b].sort(compareEvents).map((e) => e.id)).toEqual(['a-id', 'b-id']);
    expect([b, a].sort(compareEvents).map((e) => e.id)).toEqual(['a-id', 'b-id']);
  });
});

describe('toTimelineItems()', () => {
  it('links each source to its sentence on the article page', () => {
    const [item] = toTimelineItems([event('x', may5)], context);
    expect(item?.sources).toEqual([
      {
        article: 'seed-a',
        articleTitle: 'Seed A',
        start: 10,
        end: 50,
        href: '/base/sources/seed-a/#s-10-50',
        quote: 'Quote x',
      },
    ]);
  });

  it('names categories by their site.yaml label, and unknown ones by id', () => {
    const [item] = toTimelineItems(
      [event('x', may5, { categories: ['border', 'other'] })],
      context,
    );
    expect(item?.categories).toEqual([
      { id: 'border', label: 'Border controls' },
      { id: 'other', label: 'other' },
    ]);
  });

  it('names the article of a conflicting date by its title', () => {
    const [item] = toTimelineItems(
      [
        event('x', may5, {
          conflicts: [{ value: '2023-05-04', label: 'May 4, 2023', article: 'seed-a' }],
        }),
      ],
      context,
    );
    expect(item?.conflicts).toEqual([{ label: 'May 4, 2023', articleTitle: 'Seed A' }]);
  });

  it('returns the items in chronological order', () => {
    const items = toTimelineItems([event('late', may5), event('early', year2014)], context);
    expect(items.map((item) => item.id)).toEqual(['early', 'late']);
  });
});

describe('groupByYear()', () => {
  it('groups consecutive items under the year they start in', () => {
    const groups = groupByYear([
      { date: year2014 },
      { date: may2023 },
      { date: may5 },
      { date: bc },
    ]);
    expect(groups.map((group) => [group.heading, group.items.length])).toEqual([
      ['2014', 1],
      ['2023', 2],
      ['-44', 1],
    ]);
  });

  it('heads a date known only to the century or decade with it, not with its first year', () => {
    const groups = groupByYear([
      { date: date('17', '1700-01-01', '1800-01-01', 'century') },
      { date: date('199X', '1990-01-01', '2000-01-01', 'decade') },
      { date: date('1990', '1990-01-01', '1991-01-01', 'year') },
      { date: date('20', '2000-01-01', '2100-01-01', 'century') },
      { date: date('0410', '0410-01-01', '0411-01-01', 'year') },
      { date: date('10', '1000-01-01', '1100-01-01', 'century') },
    ]);
    expect(groups.map(({ key, heading }) => [key, heading])).toEqual([
      ['18th-century', '18th century'],
      ['1990s', '1990s'],
      ['1990', '1990'],
      ['21st-century', '21st century'],
      ['410', '410'],
      ['11th-century', '11th century'],
    ]);
  });
});

describe('anchors', () => {
  it('names a sentence by its offsets and an event by its id', () => {
    expect(sentenceAnchor({ start: 0, end: 132 })).toBe('s-0-132');
    expect(eventAnchor('ev-3f2a')).toBe('event-ev-3f2a');
  });
});
