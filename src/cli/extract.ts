#!/usr/bin/env node
/**
 * The extract command (started by extract.mjs, which turns Node's compile cache on first).
 *
 *   npm run --silent extract -- --jsonl            JSONL in (stdin), JSONL out (stdout)
 *   npm run --silent extract -- --json FILE...     one JSON array, an element per file
 *   npm run --silent extract -- FILE...            a readable table
 *
 * Options: --site FILE (site.yaml with the topic and categories; default $CONTENT_DIR/site.yaml
 * or content/site.yaml when present).
 *
 * In --jsonl mode a long input is shared among worker threads once the first PARALLEL_AFTER
 * characters have been done here (small inputs do not pay for starting workers); output keeps
 * the input's order. EXTRACT_WORKERS sets how many (1: none).
 */
import { transcode } from 'node:buffer';
import { readFileSync, existsSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ArticleExtraction, Topic } from '../extract/index.ts';

// Node strips the types of the extractor's modules at every start, which costs about as much as
// extracting a few hundred kilobytes; its compile cache keeps the result between runs (in
// NODE_COMPILE_CACHE, else the temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off).
// The modules are imported after it is on, since static imports load first. (Started by
// extract.mjs, the cache is on already; this is for `node src/cli/extract.ts`.)
enableCompileCache();
const { parse: parseYaml } = await import('yaml');
const { extractArticle, parseTopic } = await import('../extract/index.ts');
const { articleIdFromFileName } = await import('../extract/article/id.ts');

const USAGE = `usage: extract [--site site.yaml] (--jsonl | --json FILE... | FILE...)`;

interface Options {
  mode: 'jsonl' | 'json' | 'table';
  files: string[];
  site: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { mode: 'table', files: [], site: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--jsonl') options.mode = 'jsonl';
    else if (arg === '--json') options.mode = 'json';
    else if (arg === '--site') options.site = argv[++i] ?? fail('--site needs a file');
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}\n${USAGE}`);
    else options.files.push(arg);
  }
  if (options.mode !== 'jsonl' && options.files.length === 0) fail(`no files given\n${USAGE}`);
  return options;
}

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

function loadTopic(site: string | null): Topic | undefined {
  const file = site ?? path.join(process.env['CONTENT_DIR'] ?? 'content', 'site.yaml');
  if (!existsSync(file)) {
    if (site) fail(`${site}: no such file`);
    return undefined;
  }
  try {
    return parseTopic(parseYaml(readFileSync(file, 'utf8')));
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`);
  }
}

/** Characters done in this thread before workers are started. */
const PARALLEL_AFTER = 2_000_000;
/** A batch of lines handed to a worker: about this many characters, or this many lines. */
const BATCH_CHARS = 200_000;
const BATCH_LINES = 64;
/** Batches in flight before the reader waits for the oldest to be written. */
const MAX_PENDING = 64;

type Batch = Array<[line: string, lineNumber: number]>;

/**
 * The output of a batch: one JSON line per input line, kept apart. Written one by one, each line
 * is encoded as it is; joined first, the batch would be one string of megabytes to flatten and
 * encode, which costs more than the writes.
 */
function runBatch(batch: Batch, topic: Topic | undefined): string[] {
  return batch.map(
    ([line, lineNumber]) => JSON.stringify(jsonlRecord(line, lineNumber, topic)) + '\n',
  );
}

function workerCount(): number {
  const asked = Number(process.env['EXTRACT_WORKERS']);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return Math.min(8, availableParallelism());
}

/** Worker threads, started on first use; each runs batches in the order it gets them. */
class Pool {
  private workers: Worker[] = [];
  private waiting = new Map<
    number,
    { resolve: (out: string[]) => void; reject: (e: Error) => void }
  >();
  private next = 0;
  private id = 0;

  private readonly size: number;
  private readonly topic: Topic | undefined;

  constructor(size: number, topic: Topic | undefined) {
    this.size = size;
    this.topic = topic;
  }

  run(batch: Batch): Promise<string[]> {
    if (this.workers.length === 0) this.start();
    const id = this.id++;
    const worker = this.workers[this.next++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, batch });
    });
  }

  private start(): void {
    for (let i = 0; i < this.size; i++) {
      // through the plain-JavaScript entry, as the main thread: see extract.mjs
      const worker = new Worker(new URL('extract.mjs', import.meta.url), {
        workerData: { topic: this.topic },
      });
      worker.on('message', ({ id, out }: { id: number; out: string[] }) => {
        this.waiting.get(id)?.resolve(out);
        this.waiting.delete(id);
      });
      worker.on('error', (error) => {
        for (const { reject } of this.waiting.values()) reject(error);
        this.waiting.clear();
      });
      this.workers.push(worker);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * An output line as UTF-8 bytes. Most lines have a character beyond Latin-1 (the en dash of a
 * range's label, "May 3–5"), so V8 holds them two bytes a character, and Node encodes such a
 * string one character at a time: about 30 instructions a character, the line being some 15,000
 * characters. Copied out as UTF-16 and transcoded (SIMD), it takes about a fifth of that, with
 * the same bytes: JSON.stringify leaves no lone surrogate, where the two could differ.
 */
function utf8(line: string): Buffer {
  return transcode(Buffer.from(line, 'utf16le'), 'utf16le', 'utf8');
}

/** JSONL: one document per line in, one result per line out, same order; a bad line gets an error object. */
async function runJsonl(topic: Topic | undefined): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const size = workerCount();
  const pool = size > 1 ? new Pool(size, topic) : null;
  const pending: Array<Promise<string[]>> = [];
  let read = 0;
  let batch: Batch = [];
  let batchChars = 0;

  const dispatch = (): void => {
    if (batch.length === 0) return;
    const lines = batch;
    pending.push(
      pool && read > PARALLEL_AFTER
        ? pool.run(lines).catch(() => runBatch(lines, topic))
        : Promise.resolve(runBatch(lines, topic)),
    );
    batch = [];
    batchChars = 0;
  };
  const drain = async (keep: number): Promise<void> => {
    while (pending.length > keep)
      for (const out of await pending.shift()!) process.stdout.write(utf8(out));
  };

  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    batch.push([line, lineNumber]);
    batchChars += line.length;
    read += line.length;
    if (batchChars >= BATCH_CHARS || batch.length >= BATCH_LINES) {
      dispatch();
      // without workers a batch is done once dispatched: written at once, its output is not
      // kept (keeping it grows the heap the collector has to go through)
      await drain(pool ? MAX_PENDING : 0);
    }
  }
  dispatch();
  await drain(0);
  await pool?.close();
}

/** A worker thread: runs the batches the main thread sends. */
function serveBatches(): void {
  const { topic } = workerData as { topic: Topic | undefined };
  parentPort!.on('message', ({ id, batch }: { id: number; batch: Batch }) => {
    parentPort!.postMessage({ id, out: runBatch(batch, topic) });
  });
}

function jsonlRecord(line: string, lineNumber: number, topic: Topic | undefined): object {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${lineNumber}: not valid JSON` };
  }
  const record = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>;
  const id = typeof record['id'] === 'string' ? record['id'] : null;
  if (id === null) return { id: null, error: `line ${lineNumber}: "id" must be a string` };
  if (typeof record['text'] !== 'string')
    return { id, error: `line ${lineNumber}: "text" must be a string` };
  const published = record['published'] ?? null;
  if (
    published !== null &&
    (typeof published !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(published))
  ) {
    return {
      id,
      error: `line ${lineNumber}: "published" must be YYYY-MM-DD, YYYY-MM, YYYY or null`,
    };
  }
  try {
    const result = extractArticle({ id, raw: record['text'], published }, topic ? { topic } : {});
    // The article's metadata as in --json (its publication date as given or inferred), without
    // the text the caller already has.
    const { text: _text, asides: _asides, ...article } = result.article;
    return {
      id,
      article,
      timexes: result.timexes.map(({ start, end, text, type, value }) => ({
        start,
        end,
        text,
        type,
        value,
      })),
      events: result.events,
    };
  } catch (error) {
    return { id, error: `line ${lineNumber}: extractor failed: ${(error as Error).message}` };
  }
}

/**
 * The files' extractions. A file that cannot be read or has a mistake is named on stderr (with
 * its line, as "file:3: ..."), the others are still extracted, and the command fails at the end.
 */
function extractFiles(files: string[], topic: Topic | undefined): ArticleExtraction[] {
  const results: ArticleExtraction[] = [];
  for (const file of files) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (error) {
      mistake(
        `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
      continue;
    }
    try {
      results.push(
        extractArticle(
          { id: articleIdFromFileName(file), raw, fileName: file },
          topic ? { topic } : {},
        ),
      );
    } catch (error) {
      const message = (error as Error).message;
      const located = /^line (?<line>\d+): (?<rest>[\s\S]*)$/u.exec(message)?.groups;
      mistake(located ? `${file}:${located['line']}: ${located['rest']}` : `${file}: ${message}`);
    }
  }
  return results;
}

/** A file's mistake, told on stderr; the command exits with 1 once the others are done. */
function mistake(message: string): void {
  process.stderr.write(`extract: ${message}\n`);
  process.exitCode = 1;
}

function printTable(results: ArticleExtraction[]): void {
  for (const { article, events } of results) {
    const published = article.published.value ?? 'unknown';
    process.stdout.write(
      `${article.id}  (published ${published}, ${article.published.source})\n  ${article.title}\n`,
    );
    if (events.length === 0) process.stdout.write('  (no events)\n');
    for (const event of events) {
      process.stdout.write(
        `  ${event.date.value.padEnd(12)} ${event.date.label.padEnd(22)} ${event.status.padEnd(9)} ${event.title}\n`,
      );
    }
    process.stdout.write('\n');
  }
}

if (!isMainThread) serveBatches();
else {
  // "extract ... | head": the reader has gone, so there is no one to write for
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const options = parseArgs(process.argv.slice(2));
  const topic = loadTopic(options.site);
  if (options.mode === 'jsonl') await runJsonl(topic);
  else {
    const results = extractFiles(options.files, topic);
    if (options.mode === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
    else printTable(results);
  }
}
