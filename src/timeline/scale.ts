/**
 * The time domain of the timeline and how far it may zoom: pure numbers (UTC ms), so that the
 * browser code only hands them to d3-scale and d3-zoom.
 */
import { DAY_MS } from './dates.ts';

export interface Interval {
  start: number;
  end: number;
}

/** A domain shorter than this is widened around its centre: one day should not fill the screen. */
export const MIN_DOMAIN_MS = 60 * DAY_MS;
/** Room left on each side of the events, as a share of their extent. */
export const DOMAIN_PADDING = 0.04;

/** The interval that shows every item with a little room on each side; null without items. */
export function timeDomain(items: readonly Interval[]): [number, number] | null {
  if (items.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start);
    end = Math.max(end, item.end);
  }
  const pad = (end - start) * DOMAIN_PADDING;
  start -= pad;
  end += pad;
  if (end - start < MIN_DOMAIN_MS) {
    const middle = (start + end) / 2;
    start = middle - MIN_DOMAIN_MS / 2;
    end = middle + MIN_DOMAIN_MS / 2;
  }
  return [start, end];
}

/** Room a tick label needs on each side of its tick (px), so none is cut at the edges. */
export const TICK_LABEL_HALF_WIDTH = 20;

/** Whether a tick at `x` can show its label inside a `width` px wide axis. */
export function tickLabelFits(x: number, width: number): boolean {
  return x >= TICK_LABEL_HALF_WIDTH && x <= width - TICK_LABEL_HALF_WIDTH;
}

/** How many px a day may grow to when zoomed all the way in. */
export const MAX_DAY_WIDTH = 240;

/**
 * d3-zoom's scale extent: from the whole domain (k = 1) to a day `MAX_DAY_WIDTH` px wide.
 */
export function zoomScaleExtent(
  domain: readonly [number, number],
  width: number,
): [number, number] {
  const days = (domain[1] - domain[0]) / DAY_MS;
  const dayWidth = width / days;
  return [1, Math.max(1, MAX_DAY_WIDTH / dayWidth)];
}

/**
 * The zoom (d3-zoom's `k` and `x` translation) that shows `interval`, with `padding` of its length
 * on each side, centred in a `width` px view of `domain`; within the scale extent and never past
 * the domain's ends (as d3-zoom's translate extent would have it).
 */
export function zoomToFit(
  interval: Interval,
  domain: readonly [number, number],
  width: number,
  [kMin, kMax]: readonly [number, number],
  padding = 0.1,
): { k: number; x: number } {
  const full = domain[1] - domain[0];
  const length = Math.max(interval.end - interval.start, 1) * (1 + 2 * padding);
  const k = Math.min(kMax, Math.max(kMin, full / length));
  const centre = (((interval.start + interval.end) / 2 - domain[0]) / full) * width;
  const x = Math.min(0, Math.max(width - width * k, width / 2 - centre * k));
  return { k, x };
}
