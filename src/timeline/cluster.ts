/**
 * What the timeline can draw at the current zoom: the events in view, with those that cannot be
 * told apart gathered into counted clusters. Pure numbers, computed before layout.ts places marks.
 *
 * Each event in view goes into a slot:
 *   - an event narrower than a bin (a day seen from afar) goes into the bin of its middle; bins
 *     are at least `binWidth` px wide and lie on a fixed grid in time (a power of two of days),
 *     so panning does not move them and zooming in one step splits them in place;
 *   - an event at least a bin wide (a year seen close) is its own slot with the events of exactly
 *     the same interval ("2018", "a Monday in 2018" and "a Tuesday in 2018" share one).
 * A slot with more events than `maxPerSlot` (the lanes that could stack them) becomes one cluster;
 * the events of other slots are drawn one by one. When that still leaves more single events than
 * `maxSingles` (about as many labels as the lanes hold), slots hold half as many, then a quarter,
 * down to one, before they are gathered. So the marks drawn stay near the number of slots in view
 * whatever the number of events, and a small timeline, with no slot that full and fewer events
 * than labels, is drawn exactly as before.
 */
import { DAY_MS } from './dates.ts';
import { eventCount } from './labels.ts';
import type { LayoutItem } from './layout.ts';

export interface ClusterOptions {
  /** Width of the view in px. */
  width: number;
  /** Smallest width of a bin, in px. */
  binWidth: number;
  /** A slot with more events than this is drawn as one cluster. */
  maxPerSlot: number;
  /** The most single events drawn, when fewer events per slot can keep to it. */
  maxSingles: number;
}

export const DEFAULT_CLUSTER_OPTIONS: Omit<ClusterOptions, 'width' | 'maxSingles'> = {
  binWidth: 32,
  maxPerSlot: 10,
};

/** Events in view that are always drawn one by one (when no slot holds more than maxPerSlot). */
export const MIN_SINGLES = 40;

/**
 * About as many labels as `lanes` lanes hold across `width` px (a label of 40 characters is about
 * 240 px), and MIN_SINGLES at least, so that a small timeline, even on a phone, is never gathered.
 */
export function labelRoom(width: number, lanes: number): number {
  return Math.max(MIN_SINGLES, Math.floor((lanes * width) / 240));
}

/** The most events a slot keeps as single marks: maxPerSlot, halved while too many are left. */
export function slotCapacity(
  slotSizes: readonly number[],
  maxPerSlot: number,
  maxSingles: number,
): number {
  let capacity = maxPerSlot;
  const singles = (cap: number) => slotSizes.reduce((n, size) => (size <= cap ? n + size : n), 0);
  while (capacity > 1 && singles(capacity) > maxSingles) capacity = Math.floor(capacity / 2);
  return capacity;
}

export interface Cluster {
  id: string;
  /** Positions of its events in the input, in input (chronological) order. */
  members: number[];
  /** Earliest start and latest end of its events (UTC ms). */
  start: number;
  end: number;
  /** Whether its events all share one interval, so that no zoom can tell them apart. */
  stacked: boolean;
}

export interface Clustered {
  /** What layout.ts places: the single events in view and one item per cluster. */
  items: LayoutItem[];
  clusters: Map<string, Cluster>;
}

/** The bin size in ms at `msPerPx`: the smallest power of two of days at least `binWidth` px. */
export function binSize(msPerPx: number, binWidth: number): number {
  return DAY_MS * 2 ** Math.ceil(Math.log2((binWidth * msPerPx) / DAY_MS));
}

/** Positions of the items that overlap [start, end) (items may come in any order). */
export function inView(
  items: readonly Pick<LayoutItem, 'start' | 'end'>[],
  start: number,
  end: number,
): number[] {
  const found: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.end > start && item.start < end) found.push(i);
  }
  return found;
}

function clusterItem(cluster: Cluster): LayoutItem {
  return {
    id: cluster.id,
    start: cluster.start,
    end: cluster.end,
    granularity: 'year',
    title: eventCount(cluster.members.length),
    count: cluster.members.length,
  };
}

/**
 * The items to draw for the view [start, end) (UTC ms) shown `options.width` px wide. `items` are
 * in chronological order; the result keeps that order (a cluster where its first event was).
 */
export function clusterItems(
  items: readonly LayoutItem[],
  view: { start: number; end: number },
  options: ClusterOptions,
): Clustered {
  const msPerPx = (view.end - view.start) / options.width;
  const bin = binSize(msPerPx, options.binWidth);
  // A bin's worth of room on each side, so that a cluster at the edge keeps all its events.
  const visible = inView(items, view.start - bin, view.end + bin);

  const slots = new Map<string, number[]>();
  for (const i of visible) {
    const item = items[i]!;
    const key =
      item.end - item.start >= bin
        ? `i${item.start}-${item.end}`
        : `b${bin}-${Math.floor((item.start + item.end) / 2 / bin)}`;
    const slot = slots.get(key);
    if (slot) slot.push(i);
    else slots.set(key, [i]);
  }

  const capacity = slotCapacity(
    [...slots.values()].map((slot) => slot.length),
    options.maxPerSlot,
    options.maxSingles,
  );
  const clusters = new Map<string, Cluster>();
  /** The cluster a position belongs to, when it is its first member. */
  const firstOf = new Map<number, Cluster>();
  const clustered = new Set<number>();
  for (const [key, members] of slots) {
    if (members.length <= capacity) continue;
    let start = Infinity;
    let end = -Infinity;
    for (const i of members) {
      start = Math.min(start, items[i]!.start);
      end = Math.max(end, items[i]!.end);
      clustered.add(i);
    }
    const stacked = members.every((i) => items[i]!.start === start && items[i]!.end === end);
    const cluster: Cluster = { id: `cluster-${key}`, members, start, end, stacked };
    clusters.set(cluster.id, cluster);
    firstOf.set(members[0]!, cluster);
  }

  const out: LayoutItem[] = [];
  for (const i of visible) {
    const cluster = firstOf.get(i);
    if (cluster) out.push(clusterItem(cluster));
    else if (!clustered.has(i)) out.push(items[i]!);
  }
  return { items: out, clusters };
}
