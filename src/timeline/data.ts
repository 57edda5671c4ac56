/**
 * The timeline's data: what the page hands the browser (as JSON) for each event. It is computed
 * on the server from the `events` and `articles` collections, so that the browser needs no other
 * request, and it is plain data, so that an embed (iframe, web component, exports) can reuse it.
 */
import type { EventDate, EventStatus, TimelineEvent } from '../extract/types.ts';
import { ordinal } from '../extract/calendar/label.ts';
import { isoDayToMs } from './dates.ts';

export interface TimelineSource {
  article: string;
  articleTitle: string;
  /** Offsets of the sentence in the article text. */
  start: number;
  end: number;
  /** The article's page, at the sentence that reports the event. */
  href: string;
  quote: string;
}

export interface TimelineItem {
  id: string;
  title: string;
  summary: string;
  date: EventDate;
  status: EventStatus;
  actors: string[];
  places: string[];
  categories: Array<{ id: string; label: string }>;
  relevance: number;
  sources: TimelineSource[];
  conflicts: Array<{ label: string; articleTitle: string }>;
}

export interface ItemContext {
  /** Article titles by id. */
  articleTitles: ReadonlyMap<string, string>;
  /** Category labels by id (from site.yaml); unknown ids show as themselves. */
  categoryLabels: ReadonlyMap<string, string>;
  /** The URL of an article page (the site may live under a base path). */
  articleHref(articleId: string): string;
}

/** The id of the element that marks a sentence on its article page. */
export function sentenceAnchor(source: { start: number; end: number }): string {
  return `s-${source.start}-${source.end}`;
}

/** The id of an event's entry in the server-rendered list. */
export function eventAnchor(eventId: string): string {
  return `event-${eventId}`;
}

/**
 * Chronological order: earlier start first; at the same start the shorter interval first. Events
 * the dates cannot order ("2018", "a Monday in 2018", "a Tuesday in 2018" all cover the year)
 * keep the order their article tells them in, which is the best guess at their order in time.
 */
export function compareEvents(
  a: Pick<TimelineEvent, 'id' | 'title' | 'date' | 'sources'>,
  b: Pick<TimelineEvent, 'id' | 'title' | 'date' | 'sources'>,
): number {
  return (
    isoDayToMs(a.date.start) - isoDayToMs(b.date.start) ||
    isoDayToMs(a.date.end) - isoDayToMs(b.date.end) ||
    compareFirstSources(a.sources[0], b.sources[0]) ||
    a.title.localeCompare(b.title, 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Sources of one article in text order; of different articles, grouped by article. */
function compareFirstSources(
  a: { article: string; start: number } | undefined,
  b: { article: string; start: number } | undefined,
): number {
  if (!a || !b) return 0;
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  return a.start - b.start;
}

export function toTimelineItem(event: TimelineEvent, context: ItemContext): TimelineItem {
  const title = (article: string): string => context.articleTitles.get(article) ?? article;
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    date: event.date,
    status: event.status,
    actors: event.actors,
    places: event.places,
    categories: event.categories.map((id) => ({
      id,
      label: context.categoryLabels.get(id) ?? id,
    })),
    relevance: event.relevance,
    sources: event.sources.map((source) => ({
      article: source.article,
      articleTitle: title(source.article),
      start: source.start,
      end: source.end,
      href: `${context.articleHref(source.article)}#${sentenceAnchor(source)}`,
      quote: source.quote,
    })),
    conflicts: (event.conflicts ?? []).map((conflict) => ({
      label: conflict.label,
      articleTitle: title(conflict.article),
    })),
  };
}

/** The events as timeline items, in chronological order. */
export function toTimelineItems(
  events: readonly TimelineEvent[],
  context: ItemContext,
): TimelineItem[] {
  return [...events].sort(compareEvents).map((event) => toTimelineItem(event, context));
}

/**
 * Items grouped under the period their date starts in, keeping their order: its year, or, for a
 * date known only to the decade or the century, that decade or century. "The town was founded in
 * the 18th century" is listed under "18th century", not under "1700", a year the text never gave
 * (and "the 1990s" under "1990s", before the events of 1990). `key` is fit for an id.
 */
export function groupByYear<T extends { date: Pick<EventDate, 'start' | 'granularity'> }>(
  items: readonly T[],
): Array<{ key: string; heading: string; items: T[] }> {
  const groups: Array<{ key: string; heading: string; items: T[] }> = [];
  for (const item of items) {
    const year = item.date.start
      .slice(0, item.date.start.indexOf('-', 1))
      .replace(/^(-?)0+(?=\d)/, '$1');
    let heading = year;
    if (item.date.granularity === 'decade') heading = `${year}s`;
    else if (item.date.granularity === 'century')
      heading = `${ordinal(Math.floor(Number(year) / 100) + 1)} century`;
    const key = heading.replaceAll(' ', '-');
    const last = groups.at(-1);
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, heading, items: [item] });
  }
  return groups;
}
