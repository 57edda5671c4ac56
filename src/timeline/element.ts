/**
 * <news-timeline>: enhances the server-rendered event list inside it with a D3 timeline. It fetches
 * its data from the address in its `src` attribute (the compact index of index-data.ts, and each
 * event's details when it is selected), so it needs nothing else from the page: the same element
 * can later be embedded on its own. Pure modules decide (cluster, layout, scale, keys); this file
 * wires the browser to them: d3-zoom for wheel, drag and keys, one render call per change.
 *
 * Attributes it reflects, for tests and for the URL state to come: `data-ready`, `data-zoom` (the
 * zoom factor), `data-view-start` / `data-view-end` (the visible ISO days) and `data-clusters`
 * (how many clusters are drawn).
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
import { DEFAULT_CLUSTER_OPTIONS, labelRoom, type Cluster } from './cluster.ts';
import { fitView } from './fit.ts';
import { eventAnchor } from './data.ts';
import { msToIsoDay } from './dates.ts';
import { renderClusterList, renderDetails, renderPending } from './details.ts';
import {
  detailsChunkOf,
  readIndex,
  type TimelineDetails,
  type TimelineEntry,
  type TimelineIndexJson,
} from './index-data.ts';
import { keyAction, ZOOM_STEP, type KeyAction } from './keys.ts';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutItem } from './layout.ts';
import { renderTimeline, type RenderOptions } from './render.ts';
import { timeDomain, zoomScaleExtent, zoomToFit } from './scale.ts';

const GEOMETRY = {
  axisHeight: 30,
  laneHeight: DEFAULT_LAYOUT_OPTIONS.laneHeight,
  pointRadius: DEFAULT_LAYOUT_OPTIONS.pointRadius,
  spanHeight: 10,
  labelOffset: 20,
  bottom: 6,
} as const;

/** How much of the details panel must show above the bottom of the window to count as seen. */
const DETAILS_PEEK = 80;

/**
 * Label widths measured with the font the SVG uses, so that lanes pack tightly but never overlap;
 * each text is measured once.
 */
function labelMeasurer(reference: Element): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return DEFAULT_LAYOUT_OPTIONS.measure;
  const style = getComputedStyle(reference);
  context.font = `${style.fontWeight} 13px ${style.fontFamily}`;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  };
}

export class NewsTimeline extends HTMLElement {
  /** Every event, in chronological order. */
  #entries: TimelineEntry[] = [];
  #positions = new Map<string, number>();
  #items = new Map<string, TimelineEntry>();
  #layoutItems: LayoutItem[] = [];
  #clusters = new Map<string, Cluster>();
  #detailsChunk = 1;
  #detailsBase: URL | null = null;
  #chunks = new Map<number, Promise<Map<string, TimelineDetails>>>();
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
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    const src = this.getAttribute('src');
    if (!src) return;
    const url = new URL(src, document.baseURI);
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url.href}: ${response.status}`);
        return response.json() as Promise<TimelineIndexJson>;
      })
      .then((json) => this.#start(json, url))
      .catch((error: unknown) => {
        // The list stays: the page works as it does without JavaScript.
        console.error('news-timeline: no data', error);
      });
  }

  #start(json: TimelineIndexJson, url: URL): void {
    this.#entries = readIndex(json, eventAnchor);
    this.#detailsChunk = json.detailsChunk;
    this.#detailsBase = new URL('details/', url);
    this.#positions = new Map(this.#entries.map((entry, i) => [entry.id, i]));
    this.#items = new Map(this.#entries.map((entry) => [entry.id, entry]));
    this.#layoutItems = this.#entries.map(({ id, start, end, granularity, title }) => ({
      id,
      start,
      end,
      granularity,
      title,
    }));
    const ui = this.querySelector<HTMLElement>('[data-timeline-ui]');
    const viewport = this.querySelector<HTMLElement>('[data-timeline-viewport]');
    const domain = timeDomain(this.#layoutItems);
    if (this.#entries.length === 0 || !ui || !viewport || !domain) return;
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
      if (id) this.#activate(id);
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
      this.#showDetails(item);
    } else {
      this.#details?.replaceChildren();
    }
    this.#draw();
    this.dispatchEvent(
      new CustomEvent('timeline-select', { detail: { id: this.#selectedId }, bubbles: true }),
    );
  }

  /** The details come from their chunk file, fetched once; the panel says so meanwhile. */
  #showDetails(item: TimelineEntry): void {
    const container = this.#details;
    if (!container) return;
    // Selected from the panel (a cluster's list): the focus stays in the panel.
    const keepFocus = container.contains(document.activeElement);
    const render = (details: TimelineDetails | undefined): void => {
      if (this.#selectedId !== item.id) return;
      // (the focus may have come into the panel since: from the keyboard, it goes on to it)
      const focusInside = keepFocus || container.contains(document.activeElement);
      if (details) renderDetails(container, details, item.listHref, document);
      else renderPending(container, item, true, document);
      if (focusInside) container.querySelector<HTMLElement>('.details__title')?.focus();
    };
    const chunk = this.#chunk(
      detailsChunkOf(this.#positions.get(item.id) ?? 0, this.#detailsChunk),
    );
    renderPending(container, item, false, document);
    if (keepFocus) container.querySelector<HTMLElement>('.details__title')?.focus();
    chunk.then((details) => render(details.get(item.id))).catch(() => render(undefined));
  }

  #chunk(number: number): Promise<Map<string, TimelineDetails>> {
    let chunk = this.#chunks.get(number);
    if (!chunk) {
      const url = new URL(`${number}.json`, this.#detailsBase ?? location.href);
      chunk = fetch(url)
        .then((response) => {
          if (!response.ok) throw new Error(`${url.href}: ${response.status}`);
          return response.json() as Promise<TimelineDetails[]>;
        })
        .then((list) => new Map(list.map((details) => [details.id, details])));
      // A failed fetch is tried again on the next selection.
      chunk.catch(() => this.#chunks.delete(number));
      this.#chunks.set(number, chunk);
    }
    return chunk;
  }

  /** A mark was clicked or pressed: an event opens its details, a cluster zooms in or lists. */
  #activate(id: string): void {
    const cluster = this.#clusters.get(id);
    if (!cluster) {
      this.select(id);
      this.#revealDetails();
      return;
    }
    const svg = this.#svg;
    const behaviour = this.#zoom;
    if (!svg || !behaviour) return;
    const fit = zoomToFit(
      cluster,
      this.#domain,
      this.#width,
      zoomScaleExtent(this.#domain, this.#width),
    );
    if (cluster.stacked || fit.k <= this.#transform.k * 1.01) {
      this.#listCluster(cluster);
      return;
    }
    const refocus = this.#viewport?.contains(document.activeElement) ?? false;
    behaviour.transform(svg, zoomIdentity.translate(fit.x, 0).scale(fit.k));
    // The keyboard goes on from the first mark of what the cluster held.
    if (refocus) this.#focusFirstOf(cluster.members);
  }

  /**
   * Focuses the first mark (in time order) that holds one of `members`: the event's own, or a
   * smaller cluster with it. Not merely the first mark in view: zoomed in on "5 events, 2001 to
   * April 28, 2003", that was "2000: Cisco has received the trademark", from outside the cluster.
   */
  #focusFirstOf(members: readonly number[]): void {
    const held = new Set(members);
    const ids = new Set(members.map((i) => this.#entries[i]?.id));
    const marks = this.#viewport?.querySelectorAll<SVGGElement>('g.mark') ?? [];
    const first = [...marks].find((mark) => {
      const id = mark.dataset['id'] ?? '';
      return ids.has(id) || (this.#clusters.get(id)?.members.some((i) => held.has(i)) ?? false);
    });
    (first ?? marks[0])?.focus();
  }

  /**
   * Brings the details panel into view when too little of it shows (a mark chosen near the bottom
   * of the screen opened it out of sight), without moving the page otherwise. What shows is asked
   * of an IntersectionObserver, which measures against the top window's viewport: in a frame that
   * embed.js makes as tall as its content, the frame's own window always holds the panel while
   * the host page has it below the screen.
   */
  #revealDetails(): void {
    const panel = this.#details;
    if (!panel?.hasChildNodes()) return;
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect();
      if (!entry) return;
      const enough = Math.min(DETAILS_PEEK, entry.boundingClientRect.height);
      if (entry.intersectionRect.height >= enough) return;
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      panel.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
    });
    observer.observe(panel);
  }

  #listCluster(cluster: Cluster): void {
    if (!this.#details) return;
    const entries = cluster.members.flatMap((i) => this.#entries[i] ?? []);
    const first = entries[0];
    const last = entries.at(-1);
    const sameDate = !first || !last || first.label === last.label;
    const label = sameDate ? (first?.label ?? '') : `${first.label} to ${last.label}`;
    renderClusterList(this.#details, { id: cluster.id, label, entries, sameDate }, document);
    this.#revealDetails();
    this.#details.querySelector<HTMLElement>('.details__title')?.focus({ preventScroll: true });
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
    const [viewStart, viewEnd] = x.domain().map((date) => date.getTime());
    // (every mark with its label: what has no room is gathered into counted clusters)
    const { clustered, layout } = fitView(
      this.#layoutItems,
      { start: viewStart ?? this.#domain[0], end: viewEnd ?? this.#domain[1] },
      x,
      {
        ...DEFAULT_CLUSTER_OPTIONS,
        width: this.#width,
        maxSingles: labelRoom(this.#width, DEFAULT_LAYOUT_OPTIONS.maxLanes),
      },
      { ...DEFAULT_LAYOUT_OPTIONS, width: this.#width, measure: this.#measure },
    );
    this.#clusters = clustered.clusters;
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
      entries: this.#entries,
      items: this.#items,
      clusters: this.#clusters,
      selectedId: this.#selectedId,
      options,
    });
    // A focused mark that scrolled out of view is gone: keep the keyboard in the timeline.
    if (focused instanceof SVGElement && !focused.isConnected) this.#viewport?.focus();
    this.dataset['zoom'] = this.#transform.k.toFixed(3);
    if (viewStart !== undefined && viewEnd !== undefined) {
      this.dataset['viewStart'] = msToIsoDay(viewStart);
      this.dataset['viewEnd'] = msToIsoDay(viewEnd);
    }
    this.dataset['clusters'] = String(this.#clusters.size);
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
    const interval = id === null ? undefined : (this.#clusters.get(id) ?? this.#items.get(id));
    if (!interval) return null;
    const centre = x((interval.start + interval.end) / 2);
    return centre >= 0 && centre <= this.#width ? centre : null;
  }

  #onKey(event: KeyboardEvent): void {
    const target = event.target;
    if (!(target instanceof Element)) return;
    // Escape closes the panel from within it too, and goes back to the mark
    if (event.key === 'Escape' && this.#details?.contains(target)) {
      event.preventDefault();
      this.#close();
      return;
    }
    if (!target.closest('[data-timeline-viewport]')) return;
    const id = markIdOf(target);
    if (id && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this.#activate(id);
      // from the keyboard, the details are where the focus goes on (Escape or Close come back
      // to the mark): they come after every mark in the tab order
      if (!this.#clusters.has(id))
        this.#details?.querySelector<HTMLElement>('.details__title')?.focus();
      return;
    }
    if (event.key === 'Escape' && this.#details?.hasChildNodes()) {
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
    else if (action === 'select' && button.dataset['id']) this.select(button.dataset['id']);
    else if (action === 'close') this.#close();
  }

  /** Closes the panel (an event's details or a cluster's list) and goes back to its mark. */
  #close(): void {
    const id =
      this.#selectedId ??
      this.#details?.querySelector<HTMLElement>('[data-cluster-id]')?.dataset['clusterId'];
    this.select(null);
    if (id)
      this.#viewport?.querySelector<SVGElement>(`g.mark[data-id="${CSS.escape(id)}"]`)?.focus();
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
