/**
 * axe on the routes a large timeline adds (tests/fixtures/content-large): the home page with its
 * years and clustered timeline, a year's page of events, a year's page of months, a month's page;
 * and the timeline with a cluster's list or an event's details open.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { periodLinks, readyTimeline } from './helpers.ts';

/** One route of each kind, found from the home page's links. */
async function pagedRoutes(page: Page): Promise<string[]> {
  await page.goto('/');
  const years = await periodLinks(page);
  const byMonth = years.find(({ text }) => text.includes('by month'));
  const whole = years.find(({ text }) => !text.includes('by month'));
  expect(byMonth && whole, 'the fixture has a year by month and a year on one page').toBeTruthy();
  await page.goto(byMonth!.href);
  const [month] = await periodLinks(page);
  return ['/', whole!.href, byMonth!.href, month!.href];
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the paged list and the clustered timeline pass axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const routes = await pagedRoutes(page);
    // pages of 200 events each: axe takes its time on them, more on a shared, busy machine
    test.setTimeout(30_000 + routes.length * 20_000);
    for (const route of routes) {
      await page.goto(route);
      if (route === '/') await readyTimeline(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, `axe on ${route} (${colorScheme})`).toEqual([]);
    }
  });
}

test('the timeline with a cluster zoomed into and an event selected passes axe', async ({
  page,
}) => {
  await page.goto('/');
  const timeline = await readyTimeline(page);
  await timeline.locator('g.mark--cluster[aria-label$="zoom in"]').first().click();
  await timeline.locator('g.mark:not(.mark--cluster)').first().click();
  await expect(timeline.locator('.details blockquote').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
