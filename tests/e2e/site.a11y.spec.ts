/** axe on every page of the site, in light and dark, and with the timeline's details open. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readyTimeline, siteRoutes } from './helpers.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every route passes axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const routes = await siteRoutes(page);
    expect(routes).toContain('/sources/');
    // one page after another: the time allowed grows with the site (a shared machine is slow)
    test.setTimeout(30_000 + routes.length * 15_000);
    for (const route of routes) {
      await page.goto(route);
      if (route === '/' && (await page.locator('li.event').count()) > 0) await readyTimeline(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, `axe on ${route} (${colorScheme})`).toEqual([]);
    }
  });
}

test('the timeline with an event selected passes axe', async ({ page }) => {
  await page.goto('/');
  const timeline = await readyTimeline(page);
  await timeline.locator('g.mark').first().click();
  await expect(timeline.locator('.details')).toBeVisible();
  await page
    .locator('li.event details')
    .first()
    .evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
