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
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { syntheticCorpus } from './extract.corpus.ts';
import { option, ROOT, timed, type Timing } from './shell.ts';

/** `astro build` with the content and output folders given; its log (stdout and stderr) kept. */
function build(content: string, out: string): Timing {
  const run = timed('{ npx astro build 2>&1; }', `${out}.log`, {
    CONTENT_DIR: content,
    OUT_DIR: out,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  if (!/Complete!/u.test(run.output))
    throw new Error(`astro build failed:\n${run.output.slice(-2000)}`);
  return run;
}

/** What the loaders said: "N articles (x extracted, y unchanged)" and "N events from M articles". */
function reported(log: string): string {
  // eslint-disable-next-line no-control-regex -- the log is coloured
  const plain = log.replace(/\u001b\[[0-9;]*m/gu, '');
  const articles = /\d+ articles \(\d+ extracted, \d+ unchanged\)/u.exec(plain)?.[0] ?? '?';
  const events = /\d+ events from \d+ articles/u.exec(plain)?.[0] ?? '?';
  return `${articles}; ${events}`;
}

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
  mkdirSync(path.join(content, 'articles'), { recursive: true });
  copyFileSync(path.join(ROOT, 'content/site.yaml'), path.join(content, 'site.yaml'));
  let characters = 0;
  for (const doc of documents) {
    const body = doc.text.replace(/^SYNTHETIC BENCHMARK DOCUMENT \d+\n\n/u, '');
    const front = `---\ntitle: Synthetic benchmark article ${doc.id}\npublished: ${doc.published}\nsource: generated for the build benchmark\n---\n\n`;
    writeFileSync(path.join(content, 'articles', `${doc.id}.md`), front + body);
    characters += body.length;
  }
  process.stdout.write(
    `corpus: ${documents.length} synthetic articles, ${(characters / 1e6).toFixed(2)} M characters (generated, seeded)\n`,
  );
  const cold = build(content, out);
  const warm = build(content, out);
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
  rmSync(path.join(ROOT, out), { recursive: true, force: true });
  rmSync(path.join(ROOT, `${out}.log`), { force: true });
  // the content cache astro.config.mjs names after OUT_DIR
  rmSync(path.join(ROOT, 'node_modules', `.astro-${out.replace(/[^A-Za-z0-9_-]+/g, '_')}`), {
    recursive: true,
    force: true,
  });
}
