/**
 * The marks of one view, each with its label: clusters (cluster.ts) are formed, the marks laid
 * out (layout.ts), and when a mark found no lane with room for its label, the view is clustered
 * again, more coarsely. A mark without a label would be drawn over its
 * neighbours, nameless, where a click opens whichever lies on top; a counted cluster says what is
 * there and opens it. Pure numbers, like the two steps it combines.
 */
import { clusterItems, type ClusterOptions, type Clustered } from './cluster.ts';
import { layoutTimeline, type Layout, type LayoutItem, type LayoutOptions } from './layout.ts';

export interface Fitted {
  clustered: Clustered;
  layout: Layout;
}

/**
 * Clusters and lays out `items` for the view [start, end) drawn by `x`: while a mark is left
 * without its label, slots keep half as many single events, and once they keep one, bins grow
 * twice as wide (labels wider than a bin still collide when each bin has one event), up to the
 * width of the view.
 */
export function fitView(
  items: readonly LayoutItem[],
  view: { start: number; end: number },
  x: (ms: number) => number,
  clusterOptions: ClusterOptions,
  layoutOptions: LayoutOptions,
): Fitted {
  let { maxPerSlot, binWidth } = clusterOptions;
  for (;;) {
    const clustered = clusterItems(items, view, { ...clusterOptions, maxPerSlot, binWidth });
    const layout = layoutTimeline(clustered.items, x, layoutOptions);
    if (layout.marks.every((mark) => mark.label !== null)) return { clustered, layout };
    if (maxPerSlot > 1) maxPerSlot = Math.floor(maxPerSlot / 2);
    else if (binWidth < clusterOptions.width) binWidth *= 2;
    else return { clustered, layout };
  }
}
