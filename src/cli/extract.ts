#!/usr/bin/env node
/**
 * The extract command.
 *
 *   npm run --silent extract -- --jsonl            JSONL in (stdin), JSONL out (stdout)
 *   npm run --silent extract -- --json FILE...     one JSON array, an element per file
 *   npm run --silent extract -- FILE...            a readable table
 *
 * Options: --site FILE (site.yaml with the topic and categories; default $CONTENT_DIR/site.yaml
 * or content/site.yaml when present).
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseYaml } from 'yaml';
import {
  extractArticle,
  parseTopic,
  type ArticleExtraction,
  type Topic,
} from '../extract/index.ts';
import { articleIdFromFileName } from '../extract/article/id.ts';

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

/** JSONL: one document per line in, one result per line out, same order; a bad line gets an error object. */
async function runJsonl(topic: Topic | undefined): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let out = '';
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    out += JSON.stringify(jsonlRecord(line, lineNumber, topic)) + '\n';
    if (out.length > 1 << 16) {
      process.stdout.write(out);
      out = '';
    }
  }
  process.stdout.write(out);
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
    return {
      id,
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

function extractFiles(files: string[], topic: Topic | undefined): ArticleExtraction[] {
  return files.map((file) => {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (error) {
      fail(
        `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    try {
      return extractArticle(
        { id: articleIdFromFileName(file), raw, fileName: file },
        topic ? { topic } : {},
      );
    } catch (error) {
      fail(`${file}: ${(error as Error).message}`);
    }
  });
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

const options = parseArgs(process.argv.slice(2));
const topic = loadTopic(options.site);
if (options.mode === 'jsonl') await runJsonl(topic);
else {
  const results = extractFiles(options.files, topic);
  if (options.mode === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else printTable(results);
}
