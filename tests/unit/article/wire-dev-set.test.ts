/**
 * The synthetic wire development set (tests/fixtures/articles/wire/, generated for tests): each
 * text's publication date as the article reader should infer it from the text alone. The manifest
 * also records the date each text was written to carry; where the text does not tell it (a
 * weekday-only lead, a dateline without a year), the expected value is partial or null.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/extract/article/index.ts';

interface Entry {
  file: string;
  format: string;
  published: string;
  expected: { value: string | null; source: string };
}

const DIR = 'tests/fixtures/articles/wire';
const manifest = JSON.parse(readFileSync(`${DIR}/manifest.json`, 'utf8')) as {
  articles: Entry[];
};

function granularity(value: string | null): string | null {
  if (value === null) return null;
  return ['year', 'month', 'day'][value.split('-').length - 1] ?? null;
}

describe('readArticle() on the synthetic wire set', () => {
  it('the manifest lists every text of the set, once', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
    expect(manifest.articles.map((a) => a.file).sort()).toEqual(files.sort());
  });

  it.each(manifest.articles.map((a) => [a.format, a] as const))('%s', (_format, entry) => {
    const raw = readFileSync(`${DIR}/${entry.file}`, 'utf8');
    const { published } = readArticle({ id: entry.file, raw, fileName: entry.file });
    expect(published).toEqual({
      value: entry.expected.value,
      granularity: granularity(entry.expected.value),
      source: entry.expected.source,
    });
  });
});
