/**
 * The details of the selected event, drawn into a container with plain DOM calls (text only, no
 * HTML strings, so no title or quote can inject markup). `document` is a parameter, as in
 * Observable Plot, so that this could run against any DOM implementation.
 */
import type { TimelineDetails, TimelineEntry } from './index-data.ts';
import { eventCount, PRECISION_LABELS, STATUS_LABELS } from './labels.ts';

/** Quotes shown at once; an event gathered from many sentences folds the rest away. */
export const QUOTES_SHOWN = 3;

type Child = Node | string | null | false;

function element(
  doc: Document,
  tag: string,
  attributes: Record<string, string>,
  ...children: Child[]
): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === false) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

function fact(doc: Document, term: string, value: string | null): Node[] {
  if (!value) return [];
  return [element(doc, 'dt', {}, term), element(doc, 'dd', {}, value)];
}

/**
 * Replaces the container's content with the details of `item`; `listHref` is the event in the
 * list (on this page, or on the page of its period when the list is paged).
 */
export function renderDetails(
  container: HTMLElement,
  item: TimelineDetails,
  listHref: string,
  doc: Document,
): void {
  const headingId = `details-${item.id}`;
  const facts = element(doc, 'dl', { class: 'facts' });
  facts.append(
    ...fact(doc, 'Date', `${item.date.label}, ${PRECISION_LABELS[item.date.granularity]}`),
    ...fact(doc, 'Status', STATUS_LABELS[item.status]),
    ...fact(doc, 'What', item.summary),
    ...fact(doc, 'Who', item.actors.join(', ')),
    ...fact(doc, 'Where', item.places.join(', ')),
    ...fact(doc, 'Categories', item.categories.map((category) => category.label).join(', ')),
    ...fact(
      doc,
      'Other dates given',
      item.conflicts.map((conflict) => `${conflict.label} (${conflict.articleTitle})`).join('; '),
    ),
  );
  const quote = (source: TimelineDetails['sources'][number]): HTMLElement =>
    element(
      doc,
      'figure',
      { class: 'quote' },
      element(doc, 'blockquote', {}, element(doc, 'p', {}, source.quote)),
      element(
        doc,
        'figcaption',
        {},
        element(doc, 'a', { href: source.href }, `Read it in “${source.articleTitle}”`),
      ),
    );
  const shown = item.sources.slice(0, QUOTES_SHOWN).map(quote);
  const folded = item.sources.slice(QUOTES_SHOWN);
  const more =
    folded.length > 0 &&
    element(
      doc,
      'details',
      { class: 'more-quotes' },
      element(
        doc,
        'summary',
        {},
        `${folded.length} more ${folded.length === 1 ? 'sentence' : 'sentences'}`,
      ),
      ...folded.map(quote),
    );
  const panel = element(
    doc,
    'article',
    { class: 'details', 'aria-labelledby': headingId, 'data-event-id': item.id },
    header(doc, headingId, item.date.label, item.title),
    facts,
    ...shown,
    more,
    element(
      doc,
      'p',
      { class: 'details__list-link' },
      element(doc, 'a', { href: listHref }, 'Show in the list of events'),
    ),
  );
  container.replaceChildren(panel);
}

/** The panel's header: the date, the title the panel is labelled by (it takes the focus), Close. */
function header(doc: Document, headingId: string, date: string, title: string): HTMLElement {
  return element(
    doc,
    'header',
    { class: 'details__header' },
    element(doc, 'p', { class: 'details__date' }, date),
    element(doc, 'h3', { id: headingId, class: 'details__title', tabindex: '-1' }, title),
    element(
      doc,
      'button',
      { type: 'button', class: 'button details__close', 'data-action': 'close' },
      'Close',
    ),
  );
}

/** While an event's details are on their way, and if they cannot be had. */
export function renderPending(
  container: HTMLElement,
  item: Pick<TimelineEntry, 'id' | 'title' | 'label' | 'listHref'>,
  failed: boolean,
  doc: Document,
): void {
  const headingId = `details-${item.id}`;
  container.replaceChildren(
    element(
      doc,
      'article',
      { class: 'details', 'aria-labelledby': headingId, 'data-event-id': item.id },
      header(doc, headingId, item.label, item.title),
      element(
        doc,
        'p',
        { class: 'details__status' },
        failed ? 'The details could not be loaded. ' : 'Loading the details…',
        failed && element(doc, 'a', { href: item.listHref }, 'See them in the list of events'),
      ),
    ),
  );
}

/** Events listed at once for a cluster; the rest are in the list pages. */
export const CLUSTER_LIST_SHOWN = 100;

/**
 * The events of a cluster that no zoom can tell apart (they share one date, or zooming is at its
 * most), as buttons that select each (`data-action="select"`, `data-id`).
 */
export function renderClusterList(
  container: HTMLElement,
  cluster: { id: string; label: string; entries: readonly TimelineEntry[]; sameDate: boolean },
  doc: Document,
): void {
  const headingId = `details-${cluster.id}`;
  const shown = cluster.entries.slice(0, CLUSTER_LIST_SHOWN);
  const rest = cluster.entries.length - shown.length;
  const first = cluster.entries[shown.length];
  container.replaceChildren(
    element(
      doc,
      'article',
      {
        class: 'details details--cluster',
        'aria-labelledby': headingId,
        'data-cluster-id': cluster.id,
      },
      header(
        doc,
        headingId,
        cluster.label,
        `${eventCount(cluster.entries.length)} ${cluster.sameDate ? 'with this date' : 'too close to tell apart'}`,
      ),
      element(
        doc,
        'ul',
        { class: 'cluster-list' },
        ...shown.map((entry) =>
          element(
            doc,
            'li',
            {},
            element(
              doc,
              'button',
              {
                type: 'button',
                class: 'link-button',
                'data-action': 'select',
                'data-id': entry.id,
              },
              entry.title,
            ),
          ),
        ),
      ),
      rest > 0 &&
        first !== undefined &&
        element(
          doc,
          'p',
          { class: 'details__list-link' },
          element(doc, 'a', { href: first.listHref }, `${eventCount(rest)} more in the list`),
        ),
    ),
  );
}
