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
  ARTICLE_EXTENSIONS,
  contentDir as defaultContentDir,
  contentError,
  extractorSourceHash,
  listArticleFiles,
  readSiteSettings,
  readYamlFile,
} from './content-files.ts';

export interface CorpusLoaderOptions {
  /** The content folder; defaults to $CONTENT_DIR or content/. */
  contentDir?: string;
  /** The extractor (tests may pass their own); defaults to the real one. */
  extract?: typeof extractArticle;
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
  const dir = (): string => options.contentDir ?? defaultContentDir();
  const extract = options.extract ?? extractArticle;
  // Kept for the dev server: a change in the content folder reloads both collections at once.
  let eventsContext: LoaderContext | null = null;
  const watched = new WeakSet<object>();

  async function reload(articlesContext: LoaderContext): Promise<void> {
    const extractions = await loadArticles(articlesContext, dir(), extract);
    if (eventsContext) await loadEvents(eventsContext, dir(), extractions);
  }

  const articles: Loader = {
    name: 'news-timeline-articles',
    schema: articleSchema,
    async load(context: LoaderContext) {
      // Watch first, so that in dev a broken article can be fixed without a restart.
      const { watcher } = context;
      if (watcher && !watched.has(watcher)) {
        watched.add(watcher);
        watchContent(watcher, dir(), () => reload(context), context.logger);
      }
      try {
        const result = await loadArticles(context, dir(), extract);
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
      eventsContext = context;
      const extractions = await extracted.promise;
      await loadEvents(context, dir(), extractions);
      // A later sync (dev server) extracts again.
      extracted = deferred();
    },
  };

  return { articles, events };
}

/** Whether a changed file is content the collections are made of. */
export function isContentFile(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const [first, ...rest] = relative.split(path.sep);
  if (first === 'site.yaml' || first === 'overrides.yaml') return rest.length === 0;
  return (
    first === 'articles' &&
    rest.length > 0 &&
    !rest.some((part) => part.startsWith('.')) &&
    (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase())
  );
}

/**
 * Dev server: re-extracts when an article, site.yaml or overrides.yaml changes. Changes that come
 * in a burst (an editor saving, a folder copied in) give one reload; an error is logged, not
 * thrown, so that the dev server keeps running while the file is fixed.
 */
function watchContent(
  watcher: NonNullable<LoaderContext['watcher']>,
  dir: string,
  reload: () => Promise<void>,
  logger: LoaderContext['logger'],
): void {
  watcher.add(dir);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = Promise.resolve();
  const onEvent = (file: string): void => {
    if (!isContentFile(dir, file)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      running = running.then(() =>
        reload().then(
          () => logger.info(`reloaded after a change in ${path.relative(process.cwd(), file)}`),
          (error: unknown) => logger.error((error as Error).message),
        ),
      );
    }, 100);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
}

async function loadArticles(
  context: LoaderContext,
  dir: string,
  extract: typeof extractArticle,
): Promise<ArticleExtraction[]> {
  const { store, meta, logger, generateDigest, parseData } = context;
  const settings = readSiteSettings(dir);
  const version = `${EXTRACTOR_VERSION}+${extractorSourceHash()}`;
  const skipped: string[] = [];
  const files = listArticleFiles(dir, skipped);
  // nothing is left out silently: a file that is no article says so
  for (const file of skipped)
    logger.warn(
      `${path.relative(process.cwd(), path.join(dir, file))}: not read; only .txt and .md files ` +
        `are articles (save it as one of those to have it on the timeline)`,
    );
  if (files.length === 0) {
    logger.warn(
      `${path.relative(process.cwd(), path.join(dir, 'articles')) || 'articles'}: no articles ` +
        `(.txt or .md files) found, so the timeline is empty. Add articles there, or point ` +
        `CONTENT_DIR at a folder that has an articles/ folder.`,
    );
  }

  const seen = new Map<string, string>();
  // every article with a mistake is named in one go: a folder of fifty articles is not fixed one
  // build at a time
  const mistakes: Error[] = [];
  const results: ArticleExtraction[] = [];
  let reused = 0;
  for (const file of files) {
    const id = articleIdFromFileName(file);
    const other = seen.get(id);
    if (other) {
      mistakes.push(
        contentError(
          path.join(dir, file),
          `its id "${id}" is already used by ${other}; rename one of them`,
        ),
      );
      continue;
    }
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
        extraction = extract({ id, raw, fileName: file }, { topic: settings.topic });
      } catch (error) {
        mistakes.push(contentError(path.join(dir, file), error));
        continue;
      }
      const { article, timexes } = extraction;
      if (article.published.value === null)
        logger.warn(
          `${path.relative(process.cwd(), path.join(dir, file))}: no publication date found, so ` +
            `"on Monday" or "last year" cannot be placed; give one in front matter ` +
            `(published: 2024-05-17) or a dateline`,
        );
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
  if (mistakes.length > 0) throw articleMistakes(mistakes);
  for (const id of store.keys()) {
    if (!seen.has(id)) {
      store.delete(id);
      meta.delete(`extraction:${id}`);
    }
  }
  logger.info(`${files.length} articles (${files.length - reused} extracted, ${reused} unchanged)`);
  return results;
}

/** One error for every article that could not be read: the only one, or all of them listed. */
function articleMistakes(mistakes: readonly Error[]): Error {
  if (mistakes.length === 1) return mistakes[0]!;
  return new Error(
    `${mistakes.length} articles could not be read:\n${mistakes.map((e) => `  ${e.message}`).join('\n')}`,
    { cause: mistakes[0] },
  );
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
    // An event the schema refuses is an extractor bug: name the article it came from.
    const article = event.sources[0]?.article ?? '?';
    const where = `event ${event.id} (from article "${article}")`;
    if (store.has(event.id)) throw new Error(`${where}: two events share this id`);
    let data: Record<string, unknown>;
    try {
      data = await parseData({ id: event.id, data: event as unknown as Record<string, unknown> });
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
    }
    store.set({ id: event.id, data, digest: generateDigest(data) });
  }

  logger.info(`${events.length} events from ${extractions.length} articles`);
}
