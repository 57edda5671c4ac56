import { describe, expect, it } from 'vitest';
import { DAY_MS, isoDayToMs } from '../../../src/timeline/dates.ts';
import {
  DEFAULT_LAYOUT_OPTIONS,
  layoutTimeline,
  truncateLabel,
  type LayoutItem,
  type LayoutOptions,
  type Mark,
} from '../../../src/timeline/layout.ts';
import type { Granularity } from '../../../src/extract/types.ts';

/** A linear scale: `pxPerDay` px for each day from 2018-01-01. */
function scale(pxPerDay: number, origin = '2018-01-01'): (ms: number) => number {
  const zero = isoDayToMs(origin);
  return (ms) => ((ms - zero) / DAY_MS) * pxPerDay;
}

function item(
  id: string,
  start: string,
  end: string,
  granularity: Granularity,
  title = id,
): LayoutItem {
  return { id, start: isoDayToMs(start), end: isoDayToMs(end), granularity, title };
}

const options = (extra: Partial<LayoutOptions> = {}): LayoutOptions => ({
  ...DEFAULT_LAYOUT_OPTIONS,
  width: 1000,
  measure: (text) => text.length * 10,
  ...extra,
});

const byId = (marks: Mark[]) => new Map(marks.map((mark) => [mark.id, mark]));

describe('layoutTimeline() draws each date as its precision', () => {
  it('draws a year as a span exactly one year wide', () => {
    const { marks } = layoutTimeline(
      [item('y', '2018-01-01', '2019-01-01', 'year')],
      scale(1),
      options(),
    );
    expect(marks[0]).toMatchObject({ kind: 'span', x: 0, width: 365 });
  });

  it('draws a month as a span as wide as the month', () => {
    const { marks } = layoutTimeline(
      [item('m', '2018-02-01', '2018-03-01', 'month')],
      scale(2),
      options(),
    );
    expect(marks[0]).toMatchObject({ kind: 'span', x: 62, width: 56 });
  });

  it('draws a day as a point at the middle of the day', () => {
    const { marks } = layoutTimeline(
      [item('d', '2018-01-11', '2018-01-12', 'day')],
      scale(2),
      options(),
    );
    expect(marks[0]).toMatchObject({ kind: 'point', x: 21, width: 0 });
  });

  it('draws a day as a span once zooming makes the day wider than a point', () => {
    const { marks } = layoutTimeline(
      [item('d', '2018-01-11', '2018-01-12', 'day')],
      scale(100),
      options(),
    );
    expect(marks[0]).toMatchObject({ kind: 'span', x: 1000, width: 100 });
  });

  it('keeps a far-out season visible at the minimum span width', () => {
    const { marks } = layoutTimeline(
      [item('s', '2018-09-01', '2018-12-01', 'season')],
      scale(0.001),
      options(),
    );
    expect(marks[0]?.width).toBe(DEFAULT_LAYOUT_OPTIONS.minSpanWidth);
  });
});

describe('layoutTimeline() packs lanes', () => {
  it('puts events far apart in one lane', () => {
    const { marks, lanes } = layoutTimeline(
      [item('a', '2018-01-01', '2018-01-02', 'day'), item('b', '2018-06-01', '2018-06-02', 'day')],
      scale(2),
      options(),
    );
    expect(lanes).toBe(1);
    expect(marks.map((mark) => mark.lane)).toEqual([0, 0]);
  });

  it('stacks events whose labels would overlap', () => {
    const { marks, lanes } = layoutTimeline(
      [
        item('a', '2018-01-01', '2018-01-02', 'day', 'Border checks begin'),
        item('b', '2018-01-03', '2018-01-04', 'day', 'Checks become public'),
      ],
      scale(2),
      options(),
    );
    expect(lanes).toBe(2);
    expect(byId(marks).get('a')?.lane).toBe(0);
    expect(byId(marks).get('b')?.lane).toBe(1);
  });

  it('places a year span and a day inside it in different lanes', () => {
    const { marks } = layoutTimeline(
      [
        item('year', '2018-01-01', '2019-01-01', 'year'),
        item('day', '2018-07-20', '2018-07-21', 'day'),
      ],
      scale(2),
      options(),
    );
    expect(byId(marks).get('year')?.lane).not.toBe(byId(marks).get('day')?.lane);
  });

  it('drops labels, never marks, when the lanes run out', () => {
    const items = Array.from({ length: 5 }, (_, i) =>
      item(`e${i}`, '2018-03-01', '2018-03-02', 'day', `Event number ${i}`),
    );
    const { marks, lanes } = layoutTimeline(items, scale(2), options({ maxLanes: 3 }));
    expect(lanes).toBe(3);
    expect(marks).toHaveLength(5);
    expect(marks.filter((mark) => mark.label !== null)).toHaveLength(3);
    expect(marks.every((mark) => mark.lane < 3)).toBe(true);
  });

  it('gives no two labelled marks in a lane overlapping extents', () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      item(
        `e${i}`,
        `2018-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`,
        `2018-${String((i % 12) + 1).padStart(2, '0')}-1${i % 9}`,
        i % 3 ? 'day' : 'month',
        `Title ${'x'.repeat(i % 17)}`,
      ),
    );
    const measure = (text: string) => text.length * 10;
    const { marks } = layoutTimeline(items, scale(3), options({ maxLanes: 50, measure }));
    const extents = marks.map((mark) => ({
      lane: mark.lane,
      left: Math.min(mark.kind === 'point' ? mark.x - 6 : mark.x, mark.labelX),
      right: Math.max(mark.x + mark.width + 6, mark.labelX + measure(mark.label ?? '')),
    }));
    for (const a of extents)
      for (const b of extents)
        if (a !== b && a.lane === b.lane) expect(a.right <= b.left || b.right <= a.left).toBe(true);
  });
});

describe('layoutTimeline() keeps to the visible width', () => {
  it('leaves out marks wholly outside the view', () => {
    const { marks } = layoutTimeline(
      [
        item('before', '2017-01-01', '2017-01-02', 'day'),
        item('after', '2030-01-01', '2030-01-02', 'day'),
      ],
      scale(2),
      options(),
    );
    expect(marks).toEqual([]);
  });

  it('starts the label of a span that began off screen at the left edge', () => {
    const { marks } = layoutTimeline(
      [item('y', '2017-01-01', '2019-01-01', 'year')],
      scale(2),
      options(),
    );
    expect(marks[0]?.x).toBeLessThan(0);
    expect(marks[0]?.labelX).toBe(0);
  });

  it('pulls a label left rather than cut it at the right edge', () => {
    const { marks } = layoutTimeline(
      [item('late', '2018-12-30', '2018-12-31', 'day', 'A late event')],
      scale(2.7),
      options(),
    );
    const mark = marks[0]!;
    expect(mark.labelX + 'A late event'.length * 10).toBeLessThanOrEqual(1000);
  });
});

describe('layoutTimeline() places clusters', () => {
  it('draws a cluster over the time its events cover, labelled with their number', () => {
    const cluster: LayoutItem = {
      ...item('cluster-b1', '2018-03-01', '2018-03-11', 'year', '12 events'),
      count: 12,
    };
    const { marks } = layoutTimeline([cluster], scale(2), options());
    expect(marks[0]).toMatchObject({ kind: 'cluster', x: 118, width: 20, label: '12 events' });
  });

  it('keeps a cluster of one far-out day wide enough to see and click', () => {
    const cluster: LayoutItem = {
      ...item('cluster-i', '2018-03-01', '2018-03-02', 'day', '40 events'),
      count: 40,
    };
    const { marks } = layoutTimeline([cluster], scale(0.01), options());
    expect(marks[0]?.kind).toBe('cluster');
    expect(marks[0]?.width).toBe(2 * DEFAULT_LAYOUT_OPTIONS.pointRadius);
  });
});

describe('truncateLabel()', () => {
  it.each([
    ['Short title', 20, 'Short title'],
    ['Belarus restores controls at its border with Russia', 30, 'Belarus restores controls at…'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
  ])('cuts %j to %i characters as %j', (title, max, expected) => {
    expect(truncateLabel(title, max)).toBe(expected);
    expect(truncateLabel(title, max).length).toBeLessThanOrEqual(max);
  });
});

describe('layoutTimeline() gives the marks in time order', () => {
  it('whatever the lanes they went into (the keyboard goes through them in this order)', () => {
    // near the right edge a long label is pulled left, before the marks of earlier days
    const items = [
      item('e', '2019-02-05', '2019-02-06', 'day', 'E'),
      item('d', '2019-05-11', '2019-05-12', 'day', 'A title of forty characters, give or take'),
    ];
    const { marks } = layoutTimeline(items, scale(2), options());
    expect(marks[1]!.labelX).toBeLessThan(marks[0]!.x);
    expect(marks.map((m) => m.id)).toEqual(['e', 'd']);
  });
});

describe('layoutTimeline() labels a wide span with as much of its title as it holds', () => {
  const title =
    'Foreign Minister Vladimir Lavrov traveled to Belarus in an attempt to mediate the dispute';

  it('cuts the label of a narrow span at maxLabelChars', () => {
    const { marks } = layoutTimeline(
      [item('y', '2018-01-01', '2019-01-01', 'year', title)],
      scale(1),
      options(),
    );
    expect(marks[0]!.label).toBe(truncateLabel(title, DEFAULT_LAYOUT_OPTIONS.maxLabelChars));
  });

  it('shows the whole title under a span wide enough for it', () => {
    const { marks } = layoutTimeline(
      [item('y', '2018-01-01', '2019-01-01', 'year', title)],
      scale(3),
      options({ width: 2000 }),
    );
    expect(marks[0]!.label).toBe(title);
  });

  it('grows the label only as far as the visible part of the span', () => {
    // the year spans 1095 px, of which 500 are on screen: 50 characters at 10 px each
    const { marks } = layoutTimeline(
      [item('y', '2018-01-01', '2019-01-01', 'year', title)],
      scale(3),
      options({ width: 500 }),
    );
    const label = marks[0]!.label!;
    expect(label.length).toBeGreaterThan(DEFAULT_LAYOUT_OPTIONS.maxLabelChars);
    expect(label.length * 10).toBeLessThanOrEqual(500);
    expect(label.endsWith('…')).toBe(true);
  });
});
