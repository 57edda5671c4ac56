/** The seed articles' pages: metadata, marked source sentences, highlighted dates, links back. */
import { expect, test } from '@playwright/test';
import { listedEvents } from './helpers.ts';

test('each seed article has a page with its metadata and text', async ({ page }) => {
  await page.goto('/sources/');
  const links = page.locator('.source-list a');
  await expect(links).toHaveCount(2);
  await page.getByRole('link', { name: /Russia seeks to resolve/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Russia seeks to resolve Ukraine, Belarus border dispute with Belarusian visit',
  );
  // Published in 2018, known only to the year, from the copyright line.
  const published = page.locator('dt:has-text("Published") + dd');
  await expect(published).toContainText('2018 (year only)');
  await expect(published).toContainText('copyright');
  await expect(page.locator('dt:has-text("Publisher") + dd')).toHaveText('The Washington Post');
  await expect(page.locator('.article-text')).toContainText('MOSCOW — Foreign Minister');
});

test("every event's source link lands on a marked sentence that links back", async ({ page }) => {
  await page.goto('/');
  const events = await listedEvents(page);
  const links = [...new Set(events.flatMap((event) => event.sources))];
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) {
    await page.goto(href);
    const anchor = decodeURIComponent(new URL(href, page.url()).hash.slice(1));
    const sentence = page.locator(`[id="${anchor}"]`);
    await expect(sentence, href).toHaveCount(1);
    await expect(sentence).toHaveClass(/sentence/);
    await expect(sentence).toBeInViewport();
    const back = page.locator(`[id="${anchor}"] + sup.event-refs a`);
    expect(await back.count(), `${href} links back to its events`).toBeGreaterThan(0);
  }
});

test('date expressions are highlighted in the text', async ({ page }) => {
  await page.goto('/sources/russia-seeks-to-resolve-belarus-border-dispute/');
  const timexes = page.locator('.article-text .timex');
  await expect(timexes.filter({ hasText: 'July 20' })).toHaveCount(1);
  await expect(timexes.filter({ hasText: '2014' }).first()).toBeVisible();
});
