/**
 * The two content collections, `articles` and `events`, filled by one extraction of the content
 * folder. Astro runs collection loaders concurrently, so the articles loader extracts and hands the
 * results to the events loader through a shared promise.
 *
 * Like Astro's glob() loader, an article whose digest (text + extractor version) is unchanged is
 * not extracted again: its extraction is kept in the loader's meta store.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  EXTRACTOR_VERSION,
  applyOverrides,
  extractArticle,
  mergeEvents,
  type ArticleExtraction,
} from '../extract/index.ts';
import { articleIdFromFileName } from '../extract/article/id.ts';
import { articleSchema, eventSchema } from './schemas.ts';
import {
  contentDir as defaultContentDir,
  extractorSourceHash,
  listArticleFiles,
  readSiteSettings,
  readYamlFile,
} from './content-files.ts';

export interface CorpusLoaderOptions {
  /** The content folder; defaults to $CONTENT_DIR or content/. */
  contentDir?: string;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // The events loader may never await it (if Astro only syncs one collection): no unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

interface CachedExtraction {
  digest: string;
  extraction: ArticleExtraction;
}

export function corpusLoaders(options: CorpusLoaderOptions = {}): {
  articles: Loader;
  events: Loader;
} {
  let extracted = deferred<ArticleExtraction[]>();

  const articles: Loader = {
    name: 'news-timeline-articles',
    schema: articleSchema,
    async load(context: LoaderContext) {
      try {
        const result = await loadArticles(context, options.contentDir ?? defaultContentDir());
        extracted.resolve(result);
      } catch (error) {
        extracted.reject(error);
        throw error;
      }
    },
  };

  const events: Loader = {
    name: 'news-timeline-events',
    schema: eventSchema,
    async load(context: LoaderContext) {
      const extractions = await extracted.promise;
      await loadEvents(context, options.contentDir ?? defaultContentDir(), extractions);
      // A later sync (dev server) extracts again.
      extracted = deferred();
    },
  };

  return { articles, events };
}

async function loadArticles(context: LoaderContext, dir: string): Promise<ArticleExtraction[]> {
  const { store, meta, logger, generateDigest, parseData } = context;
  const settings = readSiteSettings(dir);
  const version = `${EXTRACTOR_VERSION}+${extractorSourceHash()}`;
  const files = listArticleFiles(dir);
  if (files.length === 0) logger.warn(`${path.join(dir, 'articles')}: no .txt or .md articles`);

  const seen = new Map<string, string>();
  const results: ArticleExtraction[] = [];
  let reused = 0;
  for (const file of files) {
    const id = articleIdFromFileName(file);
    const other = seen.get(id);
    if (other)
      throw new Error(`${file}: its id "${id}" is already used by ${other}; rename one of them`);
    seen.set(id, file);

    const raw = readFileSync(path.join(dir, file), 'utf8');
    const digest = generateDigest(`${version}\n${JSON.stringify(settings.topic)}\n${raw}`);
    const cached = readCache(meta.get(`extraction:${id}`));
    let extraction: ArticleExtraction;
    if (cached?.digest === digest && store.has(id)) {
      extraction = cached.extraction;
      reused++;
    } else {
      try {
        extraction = extractArticle({ id, raw, fileName: file }, { topic: settings.topic });
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
      }
      const { article, timexes } = extraction;
      const data = await parseData({
        id,
        data: { ...article, file, timexes },
        filePath: path.join(dir, file),
      });
      store.set({ id, data, digest, filePath: path.relative(process.cwd(), path.join(dir, file)) });
      meta.set(
        `extraction:${id}`,
        JSON.stringify({ digest, extraction } satisfies CachedExtraction),
      );
    }
    results.push(extraction);
  }
  for (const id of store.keys()) {
    if (!seen.has(id)) {
      store.delete(id);
      meta.delete(`extraction:${id}`);
    }
  }
  logger.info(`${files.length} articles (${files.length - reused} extracted, ${reused} unchanged)`);
  return results;
}

function readCache(value: string | undefined): CachedExtraction | null {
  if (!value) return null;
  try {
    return JSON.parse(value) as CachedExtraction;
  } catch {
    return null;
  }
}

async function loadEvents(
  context: LoaderContext,
  dir: string,
  extractions: ArticleExtraction[],
): Promise<void> {
  const { store, logger, generateDigest, parseData } = context;
  const merged = mergeEvents(extractions.map((x) => x.events));
  const overridesFile = path.join(dir, 'overrides.yaml');
  const overrides = existsSync(overridesFile) ? readYamlFile(overridesFile) : null;
  const { events, problems } = applyOverrides(merged, overrides);
  for (const problem of problems)
    logger.warn(`${overridesFile}: ${problem.id}: ${problem.message}`);

  store.clear();
  for (const event of events) {
    if (store.has(event.id)) throw new Error(`two events share the id ${event.id}`);
    const data = await parseData({
      id: event.id,
      data: event as unknown as Record<string, unknown>,
    });
    store.set({ id: event.id, data, digest: generateDigest(data) });
  }
  logger.info(`${events.length} events from ${extractions.length} articles`);
}
