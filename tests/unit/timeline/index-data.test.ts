import { describe, expect, it } from 'vitest';
import {
  detailsChunk,
  detailsChunkCount,
  detailsChunkOf,
  indexOf,
  readIndex,
} from '../../../src/timeline/index-data.ts';
import { eventAnchor, type TimelineItem } from '../../../src/timeline/data.ts';
import { isoDayToMs } from '../../../src/timeline/dates.ts';

function item(
  id: string,
  start: string,
  end: string,
  extra: Partial<TimelineItem> = {},
): TimelineItem {
  return {
    id,
    title: `Title ${id}`,
    summary: `Summary ${id}`,
    date: {
      value: start,
      start,
      end,
      granularity: 'day',
      approximate: false,
      label: `Label ${id}`,
    },
    status: 'happened',
    actors: ['Someone'],
    places: [],
    categories: [{ id: 'border', label: 'Border controls' }],
    relevance: 0.5,
    sources: [
      {
        article: 'seed-a',
        articleTitle: 'Seed A',
        start: 10,
        end: 50,
        href: '/sources/seed-a/#s-10-50',
        quote: `Quote ${id}`,
      },
    ],
    conflicts: [],
    ...extra,
  };
}

const items = [
  item('a', '2018-07-20', '2018-07-21'),
  item('b', '2018-01-01', '2019-01-01', {
    date: {
      value: '2018',
      start: '2018-01-01',
      end: '2019-01-01',
      granularity: 'year',
      approximate: true,
      label: '2018',
    },
    status: 'planned',
  }),
  item('c', '-0044-03-15', '-0044-03-16'),
];

describe('indexOf() and readIndex()', () => {
  it('give back what the timeline draws: id, title, interval, precision, status, label', () => {
    const entries = readIndex(JSON.parse(JSON.stringify(indexOf(items, () => '/'))), eventAnchor);
    expect(entries[1]).toEqual({
      id: 'b',
      title: 'Title b',
      start: isoDayToMs('2018-01-01'),
      end: isoDayToMs('2019-01-01'),
      granularity: 'year',
      status: 'planned',
      approximate: true,
      label: '2018',
      listHref: '/#event-b',
    });
    expect(entries.map((e) => e.start)).toEqual(items.map((i) => isoDayToMs(i.date.start)));
  });

  it('name each list page once, and link each event to its page and anchor', () => {
    const pages = new Map([
      ['a', '/events/2018/'],
      ['b', '/events/2018/'],
      ['c', '/events/-44/'],
    ]);
    const json = indexOf(items, (i) => pages.get(i.id)!);
    expect(json.pages).toEqual(['/events/2018/', '/events/-44/']);
    expect(readIndex(json, eventAnchor).map((e) => e.listHref)).toEqual([
      '/events/2018/#event-a',
      '/events/2018/#event-b',
      '/events/-44/#event-c',
    ]);
  });

  it('leaves out quotes, summaries and people: they are in the details files', () => {
    const text = JSON.stringify(indexOf(items, () => '/'));
    expect(text).not.toContain('Quote');
    expect(text).not.toContain('Summary');
    expect(text).not.toContain('Someone');
  });

  it('refuses an index of another version', () => {
    expect(() =>
      readIndex({ ...indexOf(items, () => '/'), version: 2 as unknown as 1 }, eventAnchor),
    ).toThrow(/version 2/);
  });
});

describe('details files', () => {
  it.each([
    [0, 200, 0],
    [199, 200, 0],
    [200, 200, 1],
    [17_514, 200, 87],
  ])('put the event at position %i (chunks of %i) in file %i', (position, chunk, file) => {
    expect(detailsChunkOf(position, chunk)).toBe(file);
  });

  it.each([
    [0, 0],
    [1, 1],
    [200, 1],
    [201, 2],
  ])('need %i events %i files', (count, files) => {
    expect(detailsChunkCount(count, 200)).toBe(files);
  });

  it('hold, in index order, what the details panel shows and no more', () => {
    const chunk = detailsChunk(items, 1, 2);
    expect(chunk.map((d) => d.id)).toEqual(['c']);
    expect(chunk[0]).not.toHaveProperty('relevance');
    expect(chunk[0]?.sources).toEqual([
      { articleTitle: 'Seed A', href: '/sources/seed-a/#s-10-50', quote: 'Quote c' },
    ]);
    expect(detailsChunk(items, 0, 2).map((d) => d.id)).toEqual(['a', 'b']);
  });
});
