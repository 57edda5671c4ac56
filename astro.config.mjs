// @ts-check
import { defineConfig } from 'astro/config';

// The site is fully static: the build reads content/ (or $CONTENT_DIR), extracts events and renders
// plain HTML that a small D3 script enhances. SITE_URL and BASE_PATH let a deployment live under a
// sub-path without code changes. OUT_DIR builds a second site (e.g. the UI test fixture) next to
// dist/, with its own content cache so the two builds do not evict each other's extractions.
const outDir = process.env.OUT_DIR;

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  output: 'static',
  devToolbar: { enabled: false },
  ...(outDir
    ? { outDir, cacheDir: `./node_modules/.astro-${outDir.replace(/[^A-Za-z0-9_-]+/g, '_')}` }
    : {}),
});
