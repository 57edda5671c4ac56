/**
 * The one drawing step: puts a computed layout into an SVG with d3-selection. No decisions are
 * made here (positions come from layout.ts, words from labels.ts); it only maps data to elements,
 * keyed by event id so that zooming moves elements instead of recreating them (focus survives).
 * A cluster is drawn as a rounded bar with its count; like an event, it is a button.
 */
import { axisTop } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import type { Cluster } from './cluster.ts';
import type { TimelineEntry } from './index-data.ts';
import type { Layout, Mark } from './layout.ts';
import { clusterName, STATUS_LABELS } from './labels.ts';
import { tickLabelFits } from './scale.ts';
import { tickDates, tickLabel } from './ticks.ts';

export interface RenderOptions {
  width: number;
  height: number;
  axisHeight: number;
  laneHeight: number;
  pointRadius: number;
  spanHeight: number;
  /** Offset of a label's baseline below its mark's row. */
  labelOffset: number;
}

export interface RenderInput {
  x: ScaleTime<number, number>;
  layout: Layout;
  /** Every event, in chronological order (clusters name their members by position). */
  entries: readonly TimelineEntry[];
  /** Events by id. */
  items: ReadonlyMap<string, TimelineEntry>;
  clusters: ReadonlyMap<string, Cluster>;
  selectedId: string | null;
  options: RenderOptions;
}

/** The words a screen reader hears for a mark, and a hover title. */
export function markName(item: Pick<TimelineEntry, 'label' | 'title' | 'status'>): string {
  return `${item.label}: ${item.title} (${STATUS_LABELS[item.status].toLowerCase()})`;
}

/** A rectangle with rounded corners, as a path. */
function roundedRect(x: number, y: number, width: number, height: number, r: number): string {
  const radius = Math.min(r, width / 2, height / 2);
  const w = width - 2 * radius;
  const h = height - 2 * radius;
  const arc = (dx: number, dy: number) => `a${radius},${radius} 0 0 1 ${dx},${dy}`;
  return `M${x + radius},${y}h${w}${arc(radius, radius)}v${h}${arc(-radius, radius)}h${-w}${arc(-radius, -radius)}v${-h}${arc(radius, -radius)}Z`;
}

export function renderTimeline(svgNode: SVGSVGElement, input: RenderInput): void {
  const { x, layout, entries, items, clusters, selectedId, options } = input;
  const name = (mark: Mark): string => {
    const cluster = clusters.get(mark.id);
    if (cluster) {
      const first = entries[cluster.members[0] ?? -1];
      const last = entries[cluster.members.at(-1) ?? -1];
      return clusterName({
        count: cluster.members.length,
        firstLabel: first?.label ?? '',
        lastLabel: last?.label ?? '',
        stacked: cluster.stacked,
      });
    }
    const item = items.get(mark.id);
    return item ? markName(item) : mark.id;
  };
  const selected = selectedId === null ? undefined : items.get(selectedId);
  const holdsSelected = (mark: Mark): boolean =>
    selected !== undefined &&
    (clusters.get(mark.id)?.members.some((i) => entries[i] === selected) ?? false);
  const { width, height, axisHeight, laneHeight, pointRadius, spanHeight, labelOffset } = options;
  const svg = select(svgNode)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`);

  const axis = svg
    .selectAll<SVGGElement, null>('g.axis')
    .data([null])
    .join((enter) => enter.append('g').attr('class', 'axis').attr('aria-hidden', 'true'))
    .attr('transform', `translate(0,${axisHeight})`);
  axis.call(
    axisTop(x)
      .tickValues(tickDates(x, Math.max(2, Math.floor(width / 110))))
      .tickFormat((tick) => tickLabel(tick as Date))
      .tickSizeInner(-(height - axisHeight))
      .tickSizeOuter(0)
      .tickPadding(6),
  );
  axis
    .selectAll<SVGTextElement, Date>('.tick text')
    .attr('visibility', (tick) => (tickLabelFits(x(tick), width) ? null : 'hidden'));

  const markLayer = svg
    .selectAll<SVGGElement, null>('g.marks')
    .data([null])
    .join((enter) => enter.append('g').attr('class', 'marks'));

  const rowY = (mark: Mark): number => axisHeight + mark.lane * laneHeight + laneHeight / 3;
  const markLeft = (mark: Mark): number => (mark.kind === 'point' ? mark.x - pointRadius : mark.x);
  const markRight = (mark: Mark): number =>
    mark.kind === 'point' ? mark.x + pointRadius : mark.x + mark.width;
  const marks = markLayer
    .selectAll<SVGGElement, Mark>('g.mark')
    .data(layout.marks, (mark) => mark.id)
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('role', 'button')
        .attr('tabindex', 0)
        .attr('data-id', (mark) => mark.id);
      // A transparent rectangle over mark and label: the whole of it is one click target.
      g.append('rect').attr('class', 'mark__hit');
      g.append('path').attr('class', 'mark__shape');
      g.append('text').attr('class', 'mark__label');
      g.append('title');
      return g;
    })
    // the document order is the tab order: time order, as layout.ts gives the marks
    .order()
    .attr('class', (mark) => {
      const item = items.get(mark.id);
      return [
        'mark',
        `mark--${mark.kind}`,
        item ? `status--${item.status}` : '',
        item?.approximate ? 'mark--approximate' : '',
        mark.id === selectedId || holdsSelected(mark) ? 'is-selected' : '',
      ]
        .filter(Boolean)
        .join(' ');
    })
    .attr('aria-pressed', (mark) =>
      mark.kind === 'cluster' ? null : String(mark.id === selectedId),
    )
    .attr('aria-label', name);

  marks.select('path.mark__shape').attr('d', (mark) => {
    const y = rowY(mark);
    if (mark.kind === 'point') {
      const r = pointRadius;
      return `M${mark.x},${y - r}L${mark.x + r},${y}L${mark.x},${y + r}L${mark.x - r},${y}Z`;
    }
    if (mark.kind === 'cluster') {
      const height = spanHeight + 6;
      return roundedRect(mark.x, y - height / 2, mark.width, height, height / 2);
    }
    const top = y - spanHeight / 2;
    return `M${mark.x},${top}h${mark.width}v${spanHeight}h${-mark.width}Z`;
  });
  marks
    .select('rect.mark__hit')
    .attr('x', (mark) => Math.min(markLeft(mark), mark.labelX) - 2)
    .attr('y', (mark) => rowY(mark) - laneHeight / 3)
    .attr(
      'width',
      (mark) =>
        Math.max(markRight(mark), mark.labelX + mark.labelWidth) -
        Math.min(markLeft(mark), mark.labelX) +
        4,
    )
    .attr('height', laneHeight - 4);
  marks
    .select('text.mark__label')
    .attr('x', (mark) => mark.labelX)
    .attr('y', (mark) => rowY(mark) + labelOffset)
    .text((mark) => mark.label ?? '');
  marks.select('title').text(name);
}
