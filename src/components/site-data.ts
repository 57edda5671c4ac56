/**
 * The collections as the pages use them: events as timeline items in chronological order, and
 * articles with their events. One place, so that every page agrees on order and links.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readSiteSettings } from '../loaders/content-files.ts';
import { eventAnchor, toTimelineItems, type TimelineItem } from '../timeline/data.ts';
import type { TimelineEvent } from '../extract/types.ts';
import { listPages, type ListPage, type Listing } from './list-pages.ts';
import { articlePath, sitePath } from './paths.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export interface SiteData {
  items: TimelineItem[];
  articles: ArticleEntry[];
  /** Each article's events, in chronological order. */
  itemsByArticle: ReadonlyMap<string, TimelineItem[]>;
  /** How the list is paged: not at all (the home page lists every event), or by period. */
  listing: Listing;
  /** The address of the page that lists an event (the home page, or its period's page). */
  listPath(item: TimelineItem): string;
  /** The address of an event in the list: `listPath(item)#event-<id>`. */
  listHref(item: TimelineItem): string;
}

/** The address of a list page. */
export function pagePath(page: ListPage): string {
  return sitePath(`/events/${page.segments.join('/')}/`);
}

/**
 * In a build the collections do not change, and every page asks for them: they are read once
 * (with 17,000 events, reading them again for each of 1,400 pages took most of the build). The
 * dev server reads them for each page, so that an edited article shows at once.
 */
let built: Promise<SiteData> | undefined;

export function loadSiteData(): Promise<SiteData> {
  if (!import.meta.env.PROD) return readSiteData();
  built ??= readSiteData();
  return built;
}

async function readSiteData(): Promise<SiteData> {
  const settings = readSiteSettings();
  const [eventEntries, articleEntries] = await Promise.all([
    getCollection('events'),
    getCollection('articles'),
  ]);
  const articles = [...articleEntries].sort((a, b) => a.id.localeCompare(b.id));
  const items = toTimelineItems(
    eventEntries.map((entry) => entry.data as TimelineEvent),
    {
      articleTitles: new Map(articles.map((article) => [article.id, article.data.title])),
      categoryLabels: new Map(
        settings.topic.categories.map((category) => [category.id, category.label]),
      ),
      articleHref: articlePath,
    },
  );
  const itemsByArticle = new Map<string, TimelineItem[]>();
  for (const item of items) {
    for (const article of new Set(item.sources.map((source) => source.article))) {
      const list = itemsByArticle.get(article) ?? [];
      list.push(item);
      itemsByArticle.set(article, list);
    }
  }
  const listing = listPages(items.map((item) => item.date.start));
  const pageOf = new Map<string, string>();
  if (listing.paged)
    for (const page of listing.pages)
      for (const item of items.slice(page.from, page.to)) pageOf.set(item.id, pagePath(page));
  const listPath = (item: TimelineItem): string => pageOf.get(item.id) ?? sitePath('/');
  return {
    items,
    articles,
    itemsByArticle,
    listing,
    listPath,
    listHref: (item) => `${listPath(item)}#${eventAnchor(item.id)}`,
  };
}
