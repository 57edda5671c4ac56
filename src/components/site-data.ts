/**
 * The collections as the pages use them: events as timeline items in chronological order, and
 * articles with their events. One place, so that every page agrees on order and links.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readSiteSettings } from '../loaders/content-files.ts';
import { toTimelineItems, type TimelineItem } from '../timeline/data.ts';
import type { TimelineEvent } from '../extract/types.ts';
import { articlePath } from './paths.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export interface SiteData {
  items: TimelineItem[];
  articles: ArticleEntry[];
  /** Each article's events, in chronological order. */
  itemsByArticle: ReadonlyMap<string, TimelineItem[]>;
}

export async function loadSiteData(): Promise<SiteData> {
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
  return { items, articles, itemsByArticle };
}
