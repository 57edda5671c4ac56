/**
 * Where each event goes on the timeline, computed without a browser: the render step only draws
 * these numbers. An event covers the interval of its date, so a year is drawn as a year-wide span
 * and a day as a point (until zooming in makes the day itself wide enough to draw as a span).
 * Events are packed into lanes so that no two marks or labels overlap; when the lanes run out, a
 * mark is still drawn but its label is left off (the list below the timeline has every title).
 * A cluster (see cluster.ts: events too close to tell apart) is placed like a span over the time
 * its events cover, labelled with their number.
 */
import type { Granularity } from '../extract/types.ts';

export interface LayoutItem {
  id: string;
  /** UTC milliseconds: start inclusive, end exclusive (see dates.ts). */
  start: number;
  end: number;
  granularity: Granularity;
  title: string;
  /** Set on a cluster: how many events it stands for. */
  count?: number;
}

export interface LayoutOptions {
  /** Width of the drawing area in px; marks wholly outside [0, width] are left out. */
  width: number;
  /** The most lanes to stack; further overlapping events lose their label. */
  maxLanes: number;
  laneHeight: number;
  /** Radius of a point mark. */
  pointRadius: number;
  /** A span is drawn at least this wide, so that a month far out is still visible. */
  minSpanWidth: number;
  /** Horizontal room kept free between neighbours in a lane. */
  gap: number;
  /** Longest label, in characters, before it is cut with an ellipsis. */
  maxLabelChars: number;
  /** Width in px of a label text (the browser measures; tests estimate). */
  measure(text: string): number;
}

export interface Mark {
  id: string;
  /** A point marks a day (or finer); a span covers a longer interval; a cluster, several events. */
  kind: 'point' | 'span' | 'cluster';
  /** Point: centre. Span: left edge (may be negative when the span starts off screen). */
  x: number;
  /** Span width in px (0 for a point). */
  width: number;
  lane: number;
  /** The label shown next to the mark, or null when there was no room for it. */
  label: string | null;
  labelX: number;
  /** Measured width of the label (0 without one). */
  labelWidth: number;
}

export interface Layout {
  marks: Mark[];
  /** Lanes in use (at least 1). */
  lanes: number;
}

export const DEFAULT_LAYOUT_OPTIONS: Omit<LayoutOptions, 'width'> = {
  maxLanes: 10,
  laneHeight: 40,
  pointRadius: 6,
  minSpanWidth: 4,
  gap: 12,
  maxLabelChars: 40,
  measure: (text) => text.length * 7,
};

/** Granularities drawn as points: a day or finer has no useful width at most zoom levels. */
const POINT_GRANULARITIES: ReadonlySet<Granularity> = new Set(['day', 'time']);

/** Cuts a title to `max` characters at a word boundary when possible, with an ellipsis. */
export function truncateLabel(title: string, max: number): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** How many characters a label grows by at a time when its span has room for more of it. */
const LABEL_GROWTH_CHARS = 10;

/**
 * A mark's label: its title cut at `maxLabelChars`, or, under a span wider than that on screen,
 * as much of the title as the span's visible width holds. (Zoomed in to 2018, a year-long event
 * under a bar 960 px wide read "Foreign Minister Vladimir Lavrov…": the label takes no room
 * the bar does not take already.)
 */
function labelWithin(
  title: string,
  room: number,
  { maxLabelChars, measure }: Pick<LayoutOptions, 'maxLabelChars' | 'measure'>,
): string {
  let label = truncateLabel(title, maxLabelChars);
  for (let chars = maxLabelChars + LABEL_GROWTH_CHARS; label !== title && room > 0;) {
    const longer = truncateLabel(title, chars);
    if (measure(longer) > room) break;
    label = longer;
    chars += LABEL_GROWTH_CHARS;
  }
  return label;
}

interface Placed {
  mark: Mark;
  /** Right edge of the mark alone. */
  markRight: number;
  /** Horizontal extent of mark and label together. */
  left: number;
  right: number;
}

/**
 * Lays out items along `x` (a time scale: UTC ms -> px). Items are placed in chronological order,
 * each in the first lane where it and its label fit.
 */
export function layoutTimeline(
  items: readonly LayoutItem[],
  x: (ms: number) => number,
  options: LayoutOptions,
): Layout {
  const { width, pointRadius, minSpanWidth, gap, maxLanes } = options;
  const placed: Placed[] = [];
  for (const item of items) {
    const x0 = x(item.start);
    const x1 = x(item.end);
    const asPoint =
      item.count === undefined &&
      POINT_GRANULARITIES.has(item.granularity) &&
      x1 - x0 < pointRadius * 3;
    const mark: Mark = asPoint
      ? {
          id: item.id,
          kind: 'point',
          x: (x0 + x1) / 2,
          width: 0,
          lane: 0,
          label: null,
          labelX: 0,
          labelWidth: 0,
        }
      : {
          id: item.id,
          kind: item.count === undefined ? 'span' : 'cluster',
          x: x0,
          width: Math.max(x1 - x0, item.count === undefined ? minSpanWidth : pointRadius * 2),
          lane: 0,
          label: null,
          labelX: 0,
          labelWidth: 0,
        };
    const markLeft = asPoint ? mark.x - pointRadius : mark.x;
    const markRight = asPoint ? mark.x + pointRadius : mark.x + mark.width;
    if (markRight < 0 || markLeft > width) continue;
    // A label starts at the visible part of its mark, so that a long span keeps its label on
    // screen, and is pulled left rather than cut off at the right edge.
    const visibleSpan =
      mark.kind === 'span' ? Math.min(markRight, width) - Math.max(markLeft, 0) : 0;
    mark.label = labelWithin(item.title, visibleSpan, options);
    mark.labelWidth = options.measure(mark.label);
    mark.labelX = Math.min(Math.max(markLeft, 0), Math.max(0, width - mark.labelWidth));
    const left = Math.min(markLeft, mark.labelX);
    const right = Math.max(markRight, mark.labelX + mark.labelWidth);
    placed.push({ mark, markRight, left, right });
  }
  placed.sort((a, b) => a.left - b.left || a.right - b.right);

  const laneEnds: number[] = [];
  for (const { mark, markRight, left, right } of placed) {
    let lane = laneEnds.findIndex((end) => end + gap <= left);
    if (lane < 0 && laneEnds.length < maxLanes) lane = laneEnds.length;
    if (lane >= 0) {
      laneEnds[lane] = right;
    } else {
      // No lane has room for the label: draw the mark alone where it overlaps least.
      mark.label = null;
      mark.labelWidth = 0;
      lane = laneEnds.reduce((best, end, i) => (end < (laneEnds[best] ?? end) ? i : best), 0);
      laneEnds[lane] = Math.max(laneEnds[lane] ?? markRight, markRight);
    }
    mark.lane = lane;
  }
  // in time order, which is the order the keyboard goes through them in, whatever the lanes
  const marks = placed.map((p) => p.mark).sort((a, b) => a.x - b.x);
  return { marks, lanes: Math.max(laneEnds.length, 1) };
}
