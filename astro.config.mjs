// @ts-check
import { defineConfig } from 'astro/config';

// The site is fully static: the build reads content/ (or $CONTENT_DIR), extracts events and renders
// plain HTML that a small D3 script enhances. SITE_URL and BASE_PATH let a deployment live under a
// sub-path without code changes.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  output: 'static',
  devToolbar: { enabled: false },
});
