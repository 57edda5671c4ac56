/**
 * A content folder (site.yaml and articles/) of SYNTHETIC articles from bench/extract.corpus.ts,
 * written for a build: the benchmarks generate it on each run, and so does the large test
 * fixture (tests/fixtures/content-large). Nothing it writes is news, and none of it is committed.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchDocument } from './extract.corpus.ts';

export interface WrittenContent {
  articles: number;
  characters: number;
}

/**
 * Writes each document as `articles/<id>.md` with front matter (`<titlePrefix> <id>`, the
 * publication date, `source`),
 * and copies `siteYaml`, when given, as the folder's `site.yaml`.
 */
export function writeSyntheticContent(
  folder: string,
  documents: readonly BenchDocument[],
  options: { siteYaml?: string; source: string; titlePrefix: string },
): WrittenContent {
  mkdirSync(path.join(folder, 'articles'), { recursive: true });
  if (options.siteYaml) copyFileSync(options.siteYaml, path.join(folder, 'site.yaml'));
  let characters = 0;
  for (const doc of documents) {
    const body = doc.text.replace(/^SYNTHETIC BENCHMARK DOCUMENT \d+\n\n/u, '');
    const front = `---\ntitle: ${options.titlePrefix} ${doc.id}\npublished: ${doc.published}\nsource: ${options.source}\n---\n\n`;
    writeFileSync(path.join(folder, 'articles', `${doc.id}.md`), front + body);
    characters += body.length;
  }
  return { articles: documents.length, characters };
}
