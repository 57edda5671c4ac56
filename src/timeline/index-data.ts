/**
 * What the browser fetches to draw the timeline, apart from the page: the index
 * (`timeline/index.json`), one compact row per event with only what drawing, the marks' names and
 * "Show in the list" need; and each event's details (`timeline/details/<n>.json`, chunks of
 * DETAILS_CHUNK events in chronological order), fetched when an event is selected. With 17,515
 * events the index is 2.4 MB (gzip leaves about 15% of it) where the page used to carry 21 MB.
 *
 * Rows are arrays, not objects, so that key names are not repeated 20,000 times; `readIndex()`
 * turns them back into named fields, and a test holds the two functions to each other.
 */
import type { EventStatus, Granularity } from '../extract/types.ts';
import type { TimelineItem, TimelineSource } from './data.ts';
import { DAY_MS, isoDayToMs } from './dates.ts';

/** Events per details file: one click fetches at most this many events' details. */
export const DETAILS_CHUNK = 200;

/** One event as the timeline draws it. */
export interface TimelineEntry {
  id: string;
  title: string;
  /** UTC milliseconds: start inclusive, end exclusive (see dates.ts). */
  start: number;
  end: number;
  granularity: Granularity;
  status: EventStatus;
  approximate: boolean;
  /** The date for people: "May 5, 2023", "2018". */
  label: string;
  /** The address of the list that shows the event, with its anchor (`/events/2018/#event-…`). */
  listHref: string;
}

/** An event's details, as the details panel shows them. */
export type TimelineDetails = Pick<
  TimelineItem,
  'id' | 'title' | 'summary' | 'date' | 'status' | 'actors' | 'places' | 'categories' | 'conflicts'
> & { sources: Array<Pick<TimelineSource, 'articleTitle' | 'href' | 'quote'>> };

/** A row: id, title, first day, day after the last, granularity, status, approximate, label, page. */
export type IndexRow = [
  string,
  string,
  number,
  number,
  Granularity,
  EventStatus,
  0 | 1,
  string,
  number,
];

export interface TimelineIndexJson {
  version: 1;
  /** Events per details file. */
  detailsChunk: number;
  /** The list pages events are shown on (addresses without anchor); rows point into it. */
  pages: string[];
  /** Every event, in chronological order. */
  events: IndexRow[];
}

/** The index of `items` (in chronological order); `listPage(item)` is the page that lists it. */
export function indexOf(
  items: readonly TimelineItem[],
  listPage: (item: TimelineItem) => string,
): TimelineIndexJson {
  const pages: string[] = [];
  const pageNumbers = new Map<string, number>();
  const events = items.map((item): IndexRow => {
    const page = listPage(item);
    let number = pageNumbers.get(page);
    if (number === undefined) {
      number = pages.push(page) - 1;
      pageNumbers.set(page, number);
    }
    return [
      item.id,
      item.title,
      isoDayToMs(item.date.start) / DAY_MS,
      isoDayToMs(item.date.end) / DAY_MS,
      item.date.granularity,
      item.status,
      item.date.approximate ? 1 : 0,
      item.date.label,
      number,
    ];
  });
  return { version: 1, detailsChunk: DETAILS_CHUNK, pages, events };
}

/** The entries of an index, in its order; `anchor(id)` names an event's place in a list. */
export function readIndex(
  json: TimelineIndexJson,
  anchor: (id: string) => string,
): TimelineEntry[] {
  if (json.version !== 1) throw new Error(`unknown timeline index version ${String(json.version)}`);
  return json.events.map(
    ([id, title, start, end, granularity, status, approximate, label, page]) => ({
      id,
      title,
      start: start * DAY_MS,
      end: end * DAY_MS,
      granularity,
      status,
      approximate: approximate === 1,
      label,
      listHref: `${json.pages[page] ?? ''}#${anchor(id)}`,
    }),
  );
}

/** The details file that holds the event at `position` in the index. */
export function detailsChunkOf(position: number, chunk = DETAILS_CHUNK): number {
  return Math.floor(position / chunk);
}

/** The details of the events of one chunk, in index order. */
export function detailsChunk(
  items: readonly TimelineItem[],
  number: number,
  chunk = DETAILS_CHUNK,
): TimelineDetails[] {
  return items.slice(number * chunk, (number + 1) * chunk).map((item) => ({
    id: item.id,
    title: item.title,
    summary: item.summary,
    date: item.date,
    status: item.status,
    actors: item.actors,
    places: item.places,
    categories: item.categories,
    conflicts: item.conflicts,
    sources: item.sources.map(({ articleTitle, href, quote }) => ({ articleTitle, href, quote })),
  }));
}

/** How many details files `count` events need. */
export function detailsChunkCount(count: number, chunk = DETAILS_CHUNK): number {
  return Math.ceil(count / chunk);
}
