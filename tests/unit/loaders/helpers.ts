/**
 * A content folder in a temporary directory, and a LoaderContext that keeps its store in memory:
 * enough of Astro's content layer to run the loaders in Node.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';

export function contentFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-timeline-content-'));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return dir;
}

export interface FakeContext {
  context: LoaderContext;
  entries: Map<string, { id: string; data: Record<string, unknown>; digest?: string }>;
  warnings: string[];
}

/** A context whose parseData validates with `schema`, as Astro does. */
export function fakeContext(schema: z.ZodType, meta = new Map<string, string>()): FakeContext {
  const entries: FakeContext['entries'] = new Map();
  const warnings: string[] = [];
  const store = {
    set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => {
      entries.set(entry.id, entry);
      return true;
    },
    has: (id: string) => entries.has(id),
    get: (id: string) => entries.get(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
  };
  const logger = {
    info: () => undefined,
    warn: (message: string) => void warnings.push(message),
    error: (message: string) => void warnings.push(message),
    debug: () => undefined,
  };
  const context = {
    collection: 'test',
    store,
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => void meta.set(key, value),
      has: (key: string) => meta.has(key),
      delete: (key: string) => void meta.delete(key),
    },
    logger,
    parseData: async ({ data }: { data: Record<string, unknown> }) => schema.parse(data),
    generateDigest: (data: unknown) => JSON.stringify(data),
  } as unknown as LoaderContext;
  return { context, entries, warnings };
}
