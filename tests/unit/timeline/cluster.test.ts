import { describe, expect, it } from 'vitest';
import {
  binSize,
  labelRoom,
  MIN_SINGLES,
  slotCapacity,
  clusterItems,
  inView,
  type ClusterOptions,
} from '../../../src/timeline/cluster.ts';
import { DAY_MS, isoDayToMs } from '../../../src/timeline/dates.ts';
import type { LayoutItem } from '../../../src/timeline/layout.ts';
import type { Granularity } from '../../../src/extract/types.ts';

function item(
  id: string,
  start: string,
  end: string,
  granularity: Granularity = 'day',
): LayoutItem {
  return { id, start: isoDayToMs(start), end: isoDayToMs(end), granularity, title: id };
}

/** `count` events of one day each, `step` days apart from `first`. */
function days(prefix: string, first: string, count: number, step = 0): LayoutItem[] {
  const start = isoDayToMs(first);
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i}`,
    start: start + i * step * DAY_MS,
    end: start + (i * step + 1) * DAY_MS,
    granularity: 'day',
    title: `${prefix}${i}`,
  }));
}

/** A view of `from`..`to` drawn 1,000 px wide. */
function view(from: string, to: string) {
  return { start: isoDayToMs(from), end: isoDayToMs(to) };
}

const options = (extra: Partial<ClusterOptions> = {}): ClusterOptions => ({
  width: 1000,
  binWidth: 32,
  maxPerSlot: 10,
  maxSingles: 80,
  ...extra,
});

const ids = (items: LayoutItem[]) => items.map((i) => i.id);

describe('binSize()', () => {
  it.each([
    ['a day per px: 32 days, a power of two', DAY_MS, 32 * DAY_MS],
    ['10 days per px: 512 days (320 is not a power of two)', 10 * DAY_MS, 512 * DAY_MS],
    ['an hour per px: 2 days', DAY_MS / 24, 2 * DAY_MS],
    ['a minute per px: under a day', DAY_MS / 1440, DAY_MS / 32],
  ])('gives %s', (_, msPerPx, expected) => {
    expect(binSize(msPerPx, 32)).toBe(expected);
  });

  it('keeps a bin at least binWidth and under twice binWidth px wide', () => {
    for (const msPerPx of [1e3, 7e5, DAY_MS / 3, DAY_MS * 17.3, DAY_MS * 900]) {
      const px = binSize(msPerPx, 32) / msPerPx;
      expect(px).toBeGreaterThanOrEqual(32);
      expect(px).toBeLessThan(64);
    }
  });
});

describe('slotCapacity()', () => {
  it.each([
    ['keeps maxPerSlot while the singles fit', [3, 10, 2], 10, 20, 10],
    ['halves it while too many singles are left', [6, 6, 6, 3, 1], 10, 3, 2],
    ['goes down to one, never to none', [2, 2, 2, 2], 10, 1, 1],
  ])('%s', (_, sizes, maxPerSlot, maxSingles, expected) => {
    expect(slotCapacity(sizes, maxPerSlot, maxSingles)).toBe(expected);
  });
});

describe('labelRoom()', () => {
  it('counts a 240 px label per lane and 240 px, and MIN_SINGLES at least', () => {
    expect(labelRoom(1200, 10)).toBe(50);
    expect(labelRoom(358, 10)).toBe(MIN_SINGLES);
  });
});

describe('inView()', () => {
  it('keeps the events that overlap the view, including spans that begin before it', () => {
    const items = [
      item('before', '2017-01-01', '2017-01-02'),
      item('year', '2017-01-01', '2018-01-01', 'year'),
      item('inside', '2017-06-01', '2017-06-02'),
      item('after', '2018-01-01', '2018-01-02'),
    ];
    expect(inView(items, isoDayToMs('2017-03-01'), isoDayToMs('2018-01-01'))).toEqual([1, 2]);
  });
});

describe('clusterItems() gathers what cannot be told apart', () => {
  it('draws every event of a small timeline one by one (no slot holds more than maxPerSlot)', () => {
    const items = [
      ...days('d', '2018-07-20', 3),
      item('y1', '2018-01-01', '2019-01-01', 'year'),
      item('y2', '2018-01-01', '2019-01-01', 'year'),
    ];
    const { items: drawn, clusters } = clusterItems(
      items,
      view('2014-01-01', '2024-01-01'),
      options(),
    );
    expect(clusters.size).toBe(0);
    expect(drawn).toEqual(items);
  });

  it('makes one counted cluster of more events in a bin than maxPerSlot', () => {
    const items = days('d', '2018-07-01', 12, 1);
    const { items: drawn, clusters } = clusterItems(
      items,
      view('2010-01-01', '2026-01-01'),
      options(),
    );
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toMatchObject({ count: 12, title: '12 events' });
    const cluster = clusters.get(drawn[0]!.id)!;
    expect(cluster.members).toEqual(items.map((_, i) => i));
    expect(cluster).toMatchObject({
      start: isoDayToMs('2018-07-01'),
      end: isoDayToMs('2018-07-13'),
      stacked: false,
    });
  });

  it('splits a cluster into single events once zooming in spreads them over several bins', () => {
    const items = days('d', '2018-07-01', 12, 1);
    const { items: drawn, clusters } = clusterItems(
      items,
      view('2018-06-01', '2018-08-01'),
      options(),
    );
    expect(clusters.size).toBe(0);
    expect(ids(drawn)).toEqual(ids(items));
  });

  it('keeps a sparse stretch as single events next to a dense one', () => {
    const dense = days('dense', '2018-07-01', 30);
    const sparse = days('sparse', '2012-01-01', 3, 200);
    const { items: drawn } = clusterItems(
      [...sparse, ...dense],
      view('2010-01-01', '2026-01-01'),
      options(),
    );
    expect(ids(drawn)).toEqual([
      'sparse0',
      'sparse1',
      'sparse2',
      expect.stringMatching(/^cluster-/),
    ]);
  });

  it('stacks events of exactly the same wide interval, which no zoom can tell apart', () => {
    const years = Array.from({ length: 11 }, (_, i) =>
      item(`y${i}`, '2018-01-01', '2019-01-01', 'year'),
    );
    const { items: drawn, clusters } = clusterItems(
      years,
      view('2017-01-01', '2020-01-01'),
      options(),
    );
    expect(drawn).toHaveLength(1);
    expect(clusters.get(drawn[0]!.id)).toMatchObject({ stacked: true });
  });

  it('keeps a wide interval apart from the days inside it', () => {
    const items = [
      item('year', '2018-01-01', '2019-01-01', 'year'),
      ...days('d', '2018-05-01', 11),
    ];
    const { items: drawn } = clusterItems(items, view('2017-01-01', '2020-01-01'), options());
    expect(drawn.map((i) => i.id)).toEqual(['year', expect.stringMatching(/^cluster-b/)]);
  });

  it('leaves out events outside the view and a bin beyond it', () => {
    const items = [...days('old', '1990-01-01', 20), ...days('now', '2018-07-01', 2)];
    const { items: drawn, clusters } = clusterItems(
      items,
      view('2018-01-01', '2019-01-01'),
      options(),
    );
    expect(ids(drawn)).toEqual(['now0', 'now1']);
    expect(clusters.size).toBe(0);
  });

  it('names a cluster by its bin, so that panning keeps it and its marks in place', () => {
    const items = days('d', '2018-07-01', 12, 1);
    const span = isoDayToMs('2026-01-01') - isoDayToMs('2010-01-01');
    const a = clusterItems(items, view('2010-01-01', '2026-01-01'), options());
    const shifted = {
      start: isoDayToMs('2010-01-01') + span / 10,
      end: isoDayToMs('2026-01-01') + span / 10,
    };
    const b = clusterItems(items, shifted, options());
    expect([...b.clusters.keys()]).toEqual([...a.clusters.keys()]);
  });

  it('gathers slots of fewer events when a stretch holds more singles than labels fit', () => {
    // 12 days a week apart in each of 6 months: every slot holds a few, 72 in all.
    const items = Array.from({ length: 6 }, (_, month) =>
      days(`m${month}-`, `2018-0${month + 1}-01`, 4, 1),
    ).flat();
    const roomy = clusterItems(
      items,
      view('2017-01-01', '2020-01-01'),
      options({ maxSingles: 100 }),
    );
    expect(roomy.clusters.size).toBe(0);
    const tight = clusterItems(
      items,
      view('2017-01-01', '2020-01-01'),
      options({ maxSingles: 10 }),
    );
    expect(tight.clusters.size).toBeGreaterThan(0);
    expect(tight.items.filter((i) => i.count === undefined).length).toBeLessThanOrEqual(10);
  });

  it('draws a bounded number of marks however many events there are', () => {
    // 20,000 events, one to three a day for 30 years.
    const start = isoDayToMs('1995-01-01');
    const items: LayoutItem[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `e${i}`,
      start: start + Math.floor(i / 1.8) * DAY_MS,
      end: start + (Math.floor(i / 1.8) + 1) * DAY_MS,
      granularity: 'day',
      title: `e${i}`,
    }));
    const whole = clusterItems(items, view('1994-01-01', '2026-01-01'), options());
    expect(whole.items.length).toBeLessThanOrEqual(2 * (1000 / 32 + 2));
    const members = [...whole.clusters.values()].reduce((n, c) => n + c.members.length, 0);
    expect(members + whole.items.filter((i) => i.count === undefined).length).toBe(20_000);
  });
});
