import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against built sites (`astro preview`), in Chromium:
 *
 *   seed   dist/           the seed articles in content/: what a new user sees
 *   ui     dist-fixture/   synthetic articles (tests/fixtures/content-ui) with a known mix of date
 *                         precisions, for the interface's mechanics
 *   large  dist-large/     generated synthetic articles (tests/fixtures/content-large), with
 *                         enough events to page the list and to cluster the timeline
 *
 * `site.*.spec.ts` (axe on every route, no-JavaScript view) runs against both.
 * Where Playwright cannot download its own browser, CHROMIUM_PATH or Debian's /usr/bin/chromium
 * is used; elsewhere Playwright's bundled Chromium.
 */
const chromiumPath =
  process.env['CHROMIUM_PATH'] ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const seedPort = Number(process.env['E2E_PORT'] ?? 4399);
const fixturePort = seedPort - 1;
const largePort = seedPort - 2;

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    // Keep Chromium off the network: this machine has none, and tests must not need it.
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  },
};

// --ignore-lock: two previews run at once, and neither should refuse because of a user's own.
const preview = (port: number) => `npx astro preview --port ${port} --host localhost --ignore-lock`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  // The HTML report keeps the attached screenshots; open it with `npx playwright show-report`.
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'seed',
      testMatch: /(seed|site)\..*spec\.ts$/,
      use: { ...chromium, baseURL: `http://localhost:${seedPort}` },
    },
    {
      name: 'ui',
      testMatch: /(ui|site)\..*spec\.ts$/,
      use: { ...chromium, baseURL: `http://localhost:${fixturePort}` },
    },
    {
      name: 'large',
      testMatch: /large\..*spec\.ts$/,
      use: { ...chromium, baseURL: `http://localhost:${largePort}` },
    },
  ],
  webServer: [
    {
      command: preview(seedPort),
      url: `http://localhost:${seedPort}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: preview(fixturePort),
      env: { OUT_DIR: 'dist-fixture' },
      url: `http://localhost:${fixturePort}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: preview(largePort),
      env: { OUT_DIR: 'dist-large' },
      url: `http://localhost:${largePort}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
