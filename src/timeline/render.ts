/**
 * The one drawing step: puts a computed layout into an SVG with d3-selection. No decisions are
 * made here (positions come from layout.ts, words from labels.ts); it only maps data to elements,
 * keyed by event id so that zooming moves elements instead of recreating them (focus survives).
 */
import { axisTop } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import type { TimelineItem } from './data.ts';
import type { Layout, Mark } from './layout.ts';
import { STATUS_LABELS } from './labels.ts';
import { tickLabelFits } from './scale.ts';

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
  items: ReadonlyMap<string, TimelineItem>;
  selectedId: string | null;
  options: RenderOptions;
}

/** The words a screen reader hears for a mark, and a hover title. */
export function markName(item: TimelineItem): string {
  return `${item.date.label}: ${item.title} (${STATUS_LABELS[item.status].toLowerCase()})`;
}

export function renderTimeline(svgNode: SVGSVGElement, input: RenderInput): void {
  const { x, layout, items, selectedId, options } = input;
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
      .ticks(Math.max(2, Math.floor(width / 110)))
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
    .attr('class', (mark) => {
      const item = items.get(mark.id);
      return [
        'mark',
        `mark--${mark.kind}`,
        `status--${item?.status ?? 'happened'}`,
        item?.date.approximate ? 'mark--approximate' : '',
        mark.id === selectedId ? 'is-selected' : '',
      ]
        .filter(Boolean)
        .join(' ');
    })
    .attr('aria-pressed', (mark) => String(mark.id === selectedId))
    .attr('aria-label', (mark) => {
      const item = items.get(mark.id);
      return item ? markName(item) : mark.id;
    });

  marks.select('path.mark__shape').attr('d', (mark) => {
    const y = rowY(mark);
    if (mark.kind === 'point') {
      const r = pointRadius;
      return `M${mark.x},${y - r}L${mark.x + r},${y}L${mark.x},${y + r}L${mark.x - r},${y}Z`;
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
  marks.select('title').text((mark) => {
    const item = items.get(mark.id);
    return item ? markName(item) : mark.id;
  });
}
