/**
 * The extractor: text in, data out. Pure TypeScript; no Astro, d3, DOM or Node imports (a test
 * checks). One declared pipeline:
 *
 *   readArticle   metadata, body, asides (src/extract/article/)
 *   tagTimexes    find temporal expressions, then resolve them (src/extract/temporal/)
 *   buildEvents   sentences and clauses around the dates -> dated, sourced events (src/extract/events/)
 *
 * and, across articles, `buildTimeline` merges events reported by several articles.
 */
import { readArticle, type ArticleDocument } from './article/index.ts';
import { tagTimexes } from './temporal/index.ts';
import { buildEvents } from './events/index.ts';
import type { Topic } from './topic.ts';
import type { ArticleExtraction } from './types.ts';

export type * from './types.ts';
export type { ArticleDocument } from './article/index.ts';
export type { Topic } from './topic.ts';
export { parseTopic } from './topic.ts';
export { EXTRACTOR_VERSION } from './version.ts';

export interface ExtractOptions {
  /** The site's topic and categories (from content/site.yaml); without it events get no categories. */
  topic?: Topic;
}

/** Extracts one article: its metadata, every temporal expression and its events. */
export function extractArticle(
  doc: ArticleDocument,
  options: ExtractOptions = {},
): ArticleExtraction {
  const article = readArticle(doc);
  const timexes = tagTimexes(article.text, {
    published: article.published.value,
    publishedAtLeast: article.published.source === 'lead',
  });
  const events = buildEvents(article, timexes, options.topic);
  return { article, timexes, events };
}
export { mergeEvents } from './events/merge.ts';
export { applyOverrides, type OverrideProblem } from './events/overrides.ts';
