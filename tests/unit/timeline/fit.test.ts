import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS } from '../../../src/timeline/cluster.ts';
import { DAY_MS, isoDayToMs } from '../../../src/timeline/dates.ts';
import { fitView } from '../../../src/timeline/fit.ts';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutItem } from '../../../src/timeline/layout.ts';

const START = isoDayToMs('2023-01-01');
const END = isoDayToMs('2024-01-01');

/** `n` events of one day each, `spacing` days apart from 2023-05-01, titled long enough to stack. */
function days(n: number, spacing: number): LayoutItem[] {
  return Array.from({ length: n }, (_, i) => {
    const start = isoDayToMs('2023-05-01') + i * spacing * DAY_MS;
    return {
      id: `e${i}`,
      start,
      end: start + DAY_MS,
      granularity: 'day' as const,
      title: `The event number ${i} of the test, told at some length`,
    };
  });
}

function fit(items: LayoutItem[], width: number) {
  const x = (ms: number) => ((ms - START) / (END - START)) * width;
  return fitView(
    items,
    { start: START, end: END },
    x,
    { ...DEFAULT_CLUSTER_OPTIONS, width, maxSingles: 40 },
    { ...DEFAULT_LAYOUT_OPTIONS, width, measure: (text) => text.length * 7 },
  );
}

describe('fitView() leaves no mark without its label', () => {
  it('gathers into counted clusters what the lanes cannot label (twelve events in a week, on a phone)', () => {
    const { layout, clustered } = fit(days(12, 0.5), 375);
    expect(layout.marks.every((mark) => mark.label !== null)).toBe(true);
    expect(clustered.clusters.size).toBeGreaterThan(0);
    // every event is still drawn: alone or in a cluster
    const alone = layout.marks.filter((mark) => !clustered.clusters.has(mark.id)).length;
    const gathered = [...clustered.clusters.values()].reduce((n, c) => n + c.members.length, 0);
    expect(alone + gathered).toBe(12);
  });

  it('gathers one event a bin too when labels are wider than bins (fifteen events over a year, on a phone)', () => {
    const { layout, clustered } = fit(days(15, 16), 375);
    expect(layout.marks.every((mark) => mark.label !== null)).toBe(true);
    const alone = layout.marks.filter((mark) => !clustered.clusters.has(mark.id)).length;
    const gathered = [...clustered.clusters.values()].reduce((n, c) => n + c.members.length, 0);
    expect(alone + gathered).toBe(15);
  });

  it('draws a few events one by one where their labels fit', () => {
    const { layout, clustered } = fit(days(4, 60), 1280);
    expect(clustered.clusters.size).toBe(0);
    expect(layout.marks.map((mark) => mark.label !== null)).toEqual([true, true, true, true]);
  });
});
