#!/usr/bin/env node
/**
 * Build time of the site for a large SYNTHETIC corpus (bench/extract.corpus.ts, generated on
 * each run into a temporary content folder, never committed): a cold build, which extracts every
 * article, then a warm one, which finds every article unchanged (same text, same extractor) and
 * reuses its extraction, as Astro's own loaders do.
 *
 *   npm run bench:build [-- --articles 500]
 *
 * Prints wall and CPU seconds of each `astro build`, the articles and events the loader
 * reported, and the pages written.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSyntheticContent } from './content.ts';
import { syntheticCorpus } from './extract.corpus.ts';
import { astroBuild, option, removeBuild, reported, ROOT } from './shell.ts';

function countPages(dir: string): number {
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) pages++;
  }
  return pages;
}

const articles = option('--articles', 500, { integer: true });
// documents of about 4,000 characters, one per article
const documents = syntheticCorpus(articles * 5000, 4000).slice(0, articles);
const work = mkdtempSync(path.join(tmpdir(), 'bench-build-'));
// the output folder must sit in the project: OUT_DIR also names the content cache there
const out = `dist-bench-${process.pid}`;
try {
  const content = path.join(work, 'content');
  const { characters } = writeSyntheticContent(content, documents, {
    siteYaml: path.join(ROOT, 'content/site.yaml'),
    source: 'generated for the build benchmark',
    titlePrefix: 'Synthetic benchmark article',
  });
  process.stdout.write(
    `corpus: ${documents.length} synthetic articles, ${(characters / 1e6).toFixed(2)} M characters (generated, seeded)\n`,
  );
  const cold = astroBuild(content, out);
  const warm = astroBuild(content, out);
  const pages = countPages(path.join(ROOT, out));
  for (const [name, run] of [
    ['cold build', cold],
    ['warm build', warm],
  ] as const) {
    process.stdout.write(
      `${name.padEnd(12)}${run.wall.toFixed(1).padStart(7)} s wall${run.cpu.toFixed(1).padStart(7)} s cpu   ${reported(run.output)}\n`,
    );
  }
  process.stdout.write(`pages written: ${pages}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
  removeBuild(out);
}
