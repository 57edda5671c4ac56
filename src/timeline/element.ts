/**
 * <news-timeline>: enhances the server-rendered event list inside it with a D3 timeline. It reads
 * its data from the JSON script inside it, so it needs nothing else from the page: the same element
 * can later be embedded on its own. Pure modules decide (layout, scale, keys); this file wires the
 * browser to them: d3-zoom for wheel, drag and keys, one render call per change.
 *
 * Attributes it reflects, for tests and for the URL state to come: `data-ready`, `data-zoom` (the
 * zoom factor) and `data-view-start` / `data-view-end` (the visible ISO days).
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import {
  zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import { eventAnchor, type TimelineItem } from './data.ts';
import { isoDayToMs, msToIsoDay } from './dates.ts';
import { renderDetails } from './details.ts';
import { keyAction, ZOOM_STEP, type KeyAction } from './keys.ts';
import { DEFAULT_LAYOUT_OPTIONS, layoutTimeline, type LayoutItem } from './layout.ts';
import { renderTimeline, type RenderOptions } from './render.ts';
import { timeDomain, zoomScaleExtent } from './scale.ts';

const GEOMETRY = {
  axisHeight: 30,
  laneHeight: DEFAULT_LAYOUT_OPTIONS.laneHeight,
  pointRadius: DEFAULT_LAYOUT_OPTIONS.pointRadius,
  spanHeight: 10,
  labelOffset: 20,
  bottom: 6,
} as const;

/** Label widths measured with the font the SVG uses, so that lanes pack tightly but never overlap. */
function labelMeasurer(reference: Element): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return DEFAULT_LAYOUT_OPTIONS.measure;
  const style = getComputedStyle(reference);
  context.font = `${style.fontWeight} 13px ${style.fontFamily}`;
  return (text) => context.measureText(text).width;
}

export class NewsTimeline extends HTMLElement {
  #items = new Map<string, TimelineItem>();
  #layoutItems: LayoutItem[] = [];
  #domain: [number, number] = [0, 1];
  #width = 0;
  #lanes = 1;
  #transform: ZoomTransform = zoomIdentity;
  #selectedId: string | null = null;
  #svg: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  #zoom: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  #viewport: HTMLElement | null = null;
  #details: HTMLElement | null = null;
  #measure: (text: string) => number = DEFAULT_LAYOUT_OPTIONS.measure;
  #resize: ResizeObserver | null = null;
  /** The time scale of the last drawing (after zoom). */
  #x: ScaleTime<number, number> | null = null;

  connectedCallback(): void {
    if (this.#svg) return;
    const items = this.#readData();
    const ui = this.querySelector<HTMLElement>('[data-timeline-ui]');
    const viewport = this.querySelector<HTMLElement>('[data-timeline-viewport]');
    const domain = timeDomain(this.#layoutItems);
    if (items.length === 0 || !ui || !viewport || !domain) return;
    this.#domain = domain;
    this.#viewport = viewport;
    this.#details = this.querySelector<HTMLElement>('[data-timeline-details]');
    ui.hidden = false;

    const svg = select(viewport).append('svg').attr('class', 'timeline__svg');
    this.#svg = svg;
    this.#measure = labelMeasurer(svg.node() ?? viewport);
    this.#width = Math.max(viewport.clientWidth, 200);
    this.#zoom = zoom<SVGSVGElement, unknown>().on(
      'zoom',
      (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.#transform = event.transform;
        this.#draw();
      },
    );
    this.#configureZoom();
    svg.call(this.#zoom);

    svg.on('click', (event: MouseEvent) => {
      const id = markIdOf(event.target);
      if (id) this.select(id);
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));
    this.addEventListener('click', (event) => this.#onButton(event));
    this.#resize = new ResizeObserver(() => this.#onResize());
    this.#resize.observe(viewport);
    this.#draw();
    // A link to an event (`/#event-<id>`, as the source pages give) opens its details too.
    this.#selectFromHash();
    window.addEventListener('hashchange', this.#onHashChange);
    this.dataset['ready'] = 'true';
  }

  #onHashChange = (): void => this.#selectFromHash();

  #selectFromHash(): void {
    const id = /^#event-(?<id>.+)$/.exec(location.hash)?.groups?.['id'];
    if (id && this.#items.has(decodeURIComponent(id))) this.select(decodeURIComponent(id));
  }

  disconnectedCallback(): void {
    this.#resize?.disconnect();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** Shows the details of an event (by id) and marks it on the timeline and in the list. */
  select(id: string | null): void {
    const item = id === null ? undefined : this.#items.get(id);
    this.#selectedId = item ? item.id : null;
    for (const selected of this.querySelectorAll('.event.is-selected'))
      selected.classList.remove('is-selected');
    if (item) {
      this.querySelector(`#${CSS.escape(eventAnchor(item.id))}`)?.classList.add('is-selected');
      if (this.#details) renderDetails(this.#details, item, document);
    } else {
      this.#details?.replaceChildren();
    }
    this.#draw();
    this.dispatchEvent(
      new CustomEvent('timeline-select', { detail: { id: this.#selectedId }, bubbles: true }),
    );
  }

  #readData(): TimelineItem[] {
    const script = this.querySelector('script[data-timeline-data]');
    const items = JSON.parse(script?.textContent || '[]') as TimelineItem[];
    this.#items = new Map(items.map((item) => [item.id, item]));
    this.#layoutItems = items.map((item) => ({
      id: item.id,
      start: isoDayToMs(item.date.start),
      end: isoDayToMs(item.date.end),
      granularity: item.date.granularity,
      title: item.title,
    }));
    return items;
  }

  #configureZoom(): void {
    const height = this.#height();
    this.#zoom
      ?.scaleExtent(zoomScaleExtent(this.#domain, this.#width))
      .extent([
        [0, 0],
        [this.#width, height],
      ])
      .translateExtent([
        [0, 0],
        [this.#width, height],
      ]);
  }

  #height(): number {
    return GEOMETRY.axisHeight + this.#lanes * GEOMETRY.laneHeight + GEOMETRY.bottom;
  }

  #draw(): void {
    const svgNode = this.#svg?.node();
    if (!svgNode) return;
    const base = scaleUtc().domain(this.#domain).range([0, this.#width]);
    const x = this.#transform.rescaleX(base);
    this.#x = x;
    const layout = layoutTimeline(this.#layoutItems, x, {
      ...DEFAULT_LAYOUT_OPTIONS,
      width: this.#width,
      measure: this.#measure,
    });
    // Lanes only grow while zooming, so the page below does not jump up and down.
    if (layout.lanes > this.#lanes) {
      this.#lanes = layout.lanes;
      this.#configureZoom();
    }
    const options: RenderOptions = { ...GEOMETRY, width: this.#width, height: this.#height() };
    const focused = document.activeElement;
    renderTimeline(svgNode, {
      x,
      layout,
      items: this.#items,
      selectedId: this.#selectedId,
      options,
    });
    // A focused mark that scrolled out of view is gone: keep the keyboard in the timeline.
    if (focused instanceof SVGElement && !focused.isConnected) this.#viewport?.focus();
    const [start, end] = x.domain();
    this.dataset['zoom'] = this.#transform.k.toFixed(3);
    if (start && end) {
      this.dataset['viewStart'] = msToIsoDay(start.getTime());
      this.dataset['viewEnd'] = msToIsoDay(end.getTime());
    }
  }

  #apply(action: KeyAction): void {
    const svg = this.#svg;
    const behaviour = this.#zoom;
    if (!svg || !behaviour) return;
    if (action.kind === 'zoom') {
      const centre = this.#zoomCentre();
      if (centre === null) behaviour.scaleBy(svg, action.factor);
      else behaviour.scaleBy(svg, action.factor, [centre, 0]);
    } else if (action.kind === 'pan')
      behaviour.translateBy(svg, (-action.fraction * this.#width) / this.#transform.k, 0);
    else behaviour.transform(svg, zoomIdentity);
  }

  /**
   * Where a key or button zoom is centred: on the focused mark, else on the selected event when it
   * is in view, else (null) the middle of the view. Zooming keeps what the reader looks at in place.
   */
  #zoomCentre(): number | null {
    const x = this.#x;
    if (!x) return null;
    const id = markIdOf(document.activeElement) ?? this.#selectedId;
    const item = id === null ? undefined : this.#items.get(id);
    if (!item) return null;
    const centre = x((isoDayToMs(item.date.start) + isoDayToMs(item.date.end)) / 2);
    return centre >= 0 && centre <= this.#width ? centre : null;
  }

  #onKey(event: KeyboardEvent): void {
    const target = event.target;
    if (!(target instanceof Element) || !target.closest('[data-timeline-viewport]')) return;
    const id = markIdOf(target);
    if (id && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this.select(id);
      return;
    }
    if (event.key === 'Escape' && this.#selectedId) {
      this.select(null);
      return;
    }
    const action = keyAction(event);
    if (!action) return;
    event.preventDefault();
    this.#apply(action);
  }

  #onButton(event: MouseEvent): void {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const action = button?.dataset['action'];
    if (!action) return;
    if (action === 'zoom-in') this.#apply({ kind: 'zoom', factor: ZOOM_STEP });
    else if (action === 'zoom-out') this.#apply({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    else if (action === 'reset') this.#apply({ kind: 'reset' });
    else if (action === 'close') {
      const id = this.#selectedId;
      this.select(null);
      // Back to where the reader was: the mark of the event just closed.
      if (id)
        this.#viewport?.querySelector<SVGElement>(`g.mark[data-id="${CSS.escape(id)}"]`)?.focus();
    }
  }

  #onResize(): void {
    const width = Math.max(this.#viewport?.clientWidth ?? 0, 200);
    if (Math.abs(width - this.#width) < 1) return;
    this.#width = width;
    this.#configureZoom();
    this.#draw();
  }
}

/** The event id of a timeline mark, when `target` is inside one. */
function markIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest<SVGGElement>('g.mark')?.dataset['id'] ?? null;
}

if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);
