#!/usr/bin/env node
/**
 * What a reader's browser goes through on a large site: a SYNTHETIC corpus (bench/extract.corpus.ts,
 * generated on each run, never committed) is built, served from this machine (127.0.0.1, a port
 * the system picks) and loaded in headless Chromium at 1280x900.
 *
 *   npm run bench:site [-- --articles 800] [-- --keep]
 *
 * Prints figures only, nothing is asserted:
 *   - HTML bytes of the home page and of the largest page in the build;
 *   - bytes transferred (as sent, no compression by this server) until the timeline is ready;
 *   - DOM elements and SVG elements once the timeline is ready;
 *   - time from navigation to `data-ready` on <news-timeline>;
 *   - the median of 10 zoom steps (the "Zoom in" and "Zoom out" buttons in turn, from the whole
 *     view, so that each step draws every event) and of 10 pan steps (the right and left arrow
 *     keys in turn, one zoom step in), each timed in the page from the input to the next frame:
 *     script, style, layout and paint, plus up to one frame of waiting for the frame.
 * `--keep` keeps the build (dist-bench-site/) for a look; its content cache is kept either way, so
 * that a second run reuses the extractions.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright';
import { writeSyntheticContent } from './content.ts';
import { syntheticCorpus } from './extract.corpus.ts';
import { astroBuild, option, removeBuild, reported, ROOT } from './shell.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static file server for a build folder (`/a/` serves `a/index.html`), on 127.0.0.1. */
function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) file = root;
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

function htmlSizes(root: string): { home: number; largest: number; largestPage: string } {
  let largest = 0;
  let largestPage = '';
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const size = statSync(file).size;
    if (size > largest) {
      largest = size;
      largestPage = `/${path.relative(root, file)}`;
    }
  }
  return { home: statSync(path.join(root, 'index.html')).size, largest, largestPage };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number): string =>
  `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 0 })} KB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;

async function measure(origin: string): Promise<string[]> {
  const executablePath =
    process.env['CHROMIUM_PATH'] ??
    (statSync('/usr/bin/chromium', { throwIfNoEntry: false }) ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The moment the element says it is ready, seen by a mutation observer from the first script.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const timeline = document.querySelector('news-timeline[data-ready="true"]');
        if (!timeline) return;
        (window as unknown as { readyAt: number }).readyAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    let transferred = 0;
    cdp.on('Network.loadingFinished', (event) => (transferred += event.encodedDataLength));
    await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: 300_000 });
    await page.waitForSelector('news-timeline[data-ready="true"]', { timeout: 300_000 });
    const bytes = transferred;
    const readyAt = await page.evaluate(() => (window as unknown as { readyAt: number }).readyAt);
    const count = () =>
      page.evaluate(() => ({
        dom: document.getElementsByTagName('*').length,
        svg: document.querySelectorAll('svg.timeline__svg, svg.timeline__svg *').length,
      }));
    const loaded = await count();

    // Zoom steps alternate in and out from the whole view, so that each one draws every event;
    // pan steps alternate right and left one zoom step in (the whole view cannot pan).
    const steps = (kind: 'zoom' | 'pan') =>
      page.evaluate(async (which) => {
        const timeline = document.querySelector('news-timeline')!;
        const button = (action: string) =>
          timeline.querySelector<HTMLElement>(`[data-action="${action}"]`)!;
        const viewport = timeline.querySelector<HTMLElement>('[data-timeline-viewport]')!;
        const frame = () =>
          new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        button('reset').click();
        if (which === 'pan') button('zoom-in').click();
        await frame();
        viewport.focus();
        const times: number[] = [];
        for (let i = 0; i < 10; i++) {
          const start = performance.now();
          if (which === 'zoom') button(i % 2 ? 'zoom-out' : 'zoom-in').click();
          else {
            const key = i % 2 ? 'ArrowLeft' : 'ArrowRight';
            viewport.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          }
          await frame();
          times.push(performance.now() - start);
        }
        return times;
      }, kind);
    const zoom = await steps('zoom');
    const pan = await steps('pan');
    const after = await count();
    return [
      `transferred until ready: ${kb(bytes)}`,
      `ready (data-ready):      ${(readyAt / 1000).toFixed(2)} s after navigation`,
      `after load:              ${loaded.dom.toLocaleString('en')} DOM elements, ${loaded.svg.toLocaleString('en')} SVG elements`,
      `zoom step (median of 10): ${ms(median(zoom))}   [${zoom.map((t) => t.toFixed(0)).join(' ')}]`,
      `pan step (median of 10):  ${ms(median(pan))}   [${pan.map((t) => t.toFixed(0)).join(' ')}]`,
      `after the steps:         ${after.dom.toLocaleString('en')} DOM elements, ${after.svg.toLocaleString('en')} SVG elements`,
    ];
  } finally {
    await browser.close();
  }
}

const articles = option('--articles', 800, { integer: true });
const keep = process.argv.includes('--keep');
const documents = syntheticCorpus(articles * 5000, 4000).slice(0, articles);
const work = mkdtempSync(path.join(tmpdir(), 'bench-site-'));
// inside the project (OUT_DIR also names the content cache, kept between runs)
const out = 'dist-bench-site';
try {
  const content = path.join(work, 'content');
  const { characters } = writeSyntheticContent(content, documents, {
    siteYaml: path.join(ROOT, 'content/site.yaml'),
    source: 'generated for the site benchmark',
    titlePrefix: 'Synthetic article',
  });
  process.stdout.write(
    `corpus: ${documents.length} synthetic articles, ${(characters / 1e6).toFixed(2)} M characters (generated, seeded)\n`,
  );
  const build = astroBuild(content, out);
  process.stdout.write(`build: ${build.wall.toFixed(1)} s wall; ${reported(build.output)}\n`);
  const root = path.join(ROOT, out);
  const sizes = htmlSizes(root);
  process.stdout.write(
    `HTML: home page ${kb(sizes.home)}; largest page ${kb(sizes.largest)} (${sizes.largestPage})\n`,
  );
  const { server, origin } = await serve(root);
  try {
    for (const line of await measure(origin)) process.stdout.write(`${line}\n`);
  } finally {
    server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  if (keep) process.stdout.write(`build kept in ${out}/\n`);
  else removeBuild(out, { keepCache: true });
}
