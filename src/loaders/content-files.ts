/**
 * Reading the content folder: the only place (with the loaders) that touches files for the site.
 * Errors name the file, so that a bad article or setting is easy to find.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseTopic, type Topic } from '../extract/index.ts';

/** The content folder: `$CONTENT_DIR`, else `content/`, resolved against the working directory. */
export function contentDir(): string {
  return path.resolve(process.env['CONTENT_DIR'] ?? 'content');
}

export interface SiteSettings {
  title: string;
  description: string;
  language: string;
  topic: Topic;
}

const DEFAULT_SETTINGS: SiteSettings = {
  title: 'News timeline',
  description: 'Events found in news articles, each with its source.',
  language: 'en',
  topic: { keywords: [], categories: [] },
};

/** Reads `site.yaml` of the content folder; a missing file gives the defaults, a bad one throws. */
export function readSiteSettings(dir: string = contentDir()): SiteSettings {
  const file = path.join(dir, 'site.yaml');
  if (!existsSync(file)) return DEFAULT_SETTINGS;
  const data = readYamlFile(file);
  if (data === null || data === undefined) return DEFAULT_SETTINGS;
  try {
    const record = data as Record<string, unknown>;
    const text = (key: string, fallback: string): string => {
      const value = record[key] ?? fallback;
      if (typeof value !== 'string') throw new Error(`${key} must be a string`);
      return value.trim();
    };
    return {
      title: text('title', DEFAULT_SETTINGS.title),
      description: text('description', DEFAULT_SETTINGS.description),
      language: text('language', DEFAULT_SETTINGS.language),
      topic: parseTopic(data),
    };
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** Parses a YAML file; a syntax error names the file and line. */
export function readYamlFile(file: string): unknown {
  const source = readFileSync(file, 'utf8');
  try {
    return parseYaml(source);
  } catch (error) {
    const linePos = (error as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
    const where = linePos ? `:${linePos.line}:${linePos.col}` : '';
    throw new Error(`${file}${where}: invalid YAML: ${(error as Error).message.split('\n')[0]}`, {
      cause: error,
    });
  }
}

/**
 * An error about a content file, located as editors and terminals expect: `path:line: message`.
 * The extractor reports positions as a leading `line N: ` (it knows no file names); the path is
 * shown relative to the working directory so that it can be opened as printed.
 */
export function contentError(file: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const shown = path.isAbsolute(file) ? path.relative(process.cwd(), file) || file : file;
  const located = /^line (?<line>\d+)(?::(?<column>\d+))?: (?<rest>[\s\S]*)$/.exec(message);
  const text = located?.groups
    ? `${shown}:${located.groups['line']}${located.groups['column'] ? `:${located.groups['column']}` : ''}: ${located.groups['rest']}`
    : `${shown}: ${message}`;
  return new Error(text, { cause: error });
}

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

/**
 * Every article file under `<dir>/articles`, sorted, as paths relative to `dir`. Other files
 * there (but hidden ones) are not articles: they go into `skipped`, for the caller to say so.
 */
export function listArticleFiles(dir: string = contentDir(), skipped: string[] = []): string[] {
  const root = path.join(dir, 'articles');
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new Error(`${root}: no articles folder. Put .txt or .md articles in it (see README).`);
  }
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (
        (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(entry.name).toLowerCase())
      ) {
        files.push(path.relative(dir, full));
      } else skipped.push(path.relative(dir, full));
    }
  };
  walk(root);
  skipped.sort();
  return files.sort();
}

/**
 * A fingerprint of the extractor's own sources, part of every article digest: editing a rule or a
 * lexicon re-extracts the articles even when nobody remembered to bump EXTRACTOR_VERSION.
 */
export function extractorSourceHash(root: string = path.resolve('src/extract')): string {
  const hash = createHash('sha256');
  if (!existsSync(root)) return 'no-sources';
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        hash.update(path.relative(root, full));
        hash.update(readFileSync(full));
      }
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 16);
}
