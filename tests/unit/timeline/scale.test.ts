import { describe, expect, it } from 'vitest';
import { DAY_MS, isoDayToMs } from '../../../src/timeline/dates.ts';
import {
  DOMAIN_PADDING,
  MAX_DAY_WIDTH,
  MIN_DOMAIN_MS,
  TICK_LABEL_HALF_WIDTH,
  tickLabelFits,
  timeDomain,
  zoomScaleExtent,
  zoomToFit,
} from '../../../src/timeline/scale.ts';

const interval = (start: string, end: string) => ({
  start: isoDayToMs(start),
  end: isoDayToMs(end),
});

describe('timeDomain()', () => {
  it('is null without items', () => {
    expect(timeDomain([])).toBeNull();
  });

  it('covers every item, with padding on both sides', () => {
    const items = [interval('2014-01-01', '2015-01-01'), interval('2023-05-05', '2023-05-06')];
    const [start, end] = timeDomain(items)!;
    const extent = isoDayToMs('2023-05-06') - isoDayToMs('2014-01-01');
    expect(start).toBeCloseTo(isoDayToMs('2014-01-01') - extent * DOMAIN_PADDING);
    expect(end).toBeCloseTo(isoDayToMs('2023-05-06') + extent * DOMAIN_PADDING);
  });

  it('widens a single day to the minimum domain around it', () => {
    const [start, end] = timeDomain([interval('2023-05-05', '2023-05-06')])!;
    expect(end - start).toBe(MIN_DOMAIN_MS);
    expect((start + end) / 2).toBe(isoDayToMs('2023-05-05') + DAY_MS / 2);
  });
});

describe('zoomScaleExtent()', () => {
  it('zooms from the whole domain to a day MAX_DAY_WIDTH px wide', () => {
    const domain: [number, number] = [0, 1000 * DAY_MS];
    const [min, max] = zoomScaleExtent(domain, 1000);
    expect(min).toBe(1);
    // At k = 1 a day is 1 px wide.
    expect(max).toBe(MAX_DAY_WIDTH);
  });

  it('never lets the maximum fall below 1 when days are already wide', () => {
    expect(zoomScaleExtent([0, 2 * DAY_MS], 1000)).toEqual([1, 1]);
  });
});

describe('tickLabelFits()', () => {
  it.each([
    [0, false],
    [TICK_LABEL_HALF_WIDTH - 1, false],
    [TICK_LABEL_HALF_WIDTH, true],
    [500, true],
    [1000 - TICK_LABEL_HALF_WIDTH, true],
    [1000 - TICK_LABEL_HALF_WIDTH + 1, false],
  ])('a tick at %d px of 1000 shows its label: %s', (x, fits) => {
    expect(tickLabelFits(x, 1000)).toBe(fits);
  });
});

describe('zoomToFit()', () => {
  // 1,000 days drawn 1,000 px wide: a px is a day at k = 1.
  const domain: [number, number] = [0, 1000 * DAY_MS];
  const days = (start: number, end: number) => ({ start: start * DAY_MS, end: end * DAY_MS });

  it('zooms so that the interval and a tenth of it on each side fill the view', () => {
    const { k, x } = zoomToFit(days(400, 500), domain, 1000, [1, 100]);
    expect(k).toBeCloseTo(1000 / 120);
    // the interval's middle (day 450) lands in the middle of the view
    expect(450 * k + x).toBeCloseTo(500);
  });

  it('stops at the most the zoom allows', () => {
    expect(zoomToFit(days(400, 401), domain, 1000, [1, 20]).k).toBe(20);
  });

  it('does not show past the ends of the domain', () => {
    const { k, x } = zoomToFit(days(0, 10), domain, 1000, [1, 1000]);
    expect(x).toBe(0);
    const end = zoomToFit(days(990, 1000), domain, 1000, [1, 1000]);
    expect(1000 * end.k + end.x).toBeCloseTo(1000);
    expect(k).toBeGreaterThan(1);
  });
});
