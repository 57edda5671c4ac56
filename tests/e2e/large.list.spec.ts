/**
 * The list of a timeline too large for one page (the generated fixture, tests/fixtures/
 * content-large): without JavaScript the home page gives the years, and their pages, by year or
 * by month, reach every event with its date, title, status and sources.
 */
import { expect, test } from '@playwright/test';
import { indexedIds, listedEvents, periodLinks } from './helpers.ts';

test.use({ javaScriptEnabled: false });

test('above the limit the home page lists the years and their numbers of events', async ({
  page,
}) => {
  const ids = await indexedIds(page);
  expect(ids.length, 'the fixture is over the 200-event limit').toBeGreaterThan(200);
  await page.goto('/');
  await expect(page.locator('li.event')).toHaveCount(0);
  const years = await periodLinks(page);
  expect(years.length).toBeGreaterThan(1);
  expect(years.reduce((sum, { count }) => sum + count, 0)).toBe(ids.length);
  expect(
    years.some(({ text }) => text.includes('by month')),
    'a year too full for one page is listed by month',
  ).toBe(true);
});

test('without JavaScript the pages of the list reach every event once, complete', async ({
  page,
}) => {
  // Some 80 pages of up to 200 events each.
  test.setTimeout(180_000);
  const ids = await indexedIds(page);
  await page.goto('/');
  const queue = (await periodLinks(page)).map(({ href }) => href);
  const seen: string[] = [];
  const visited = new Set<string>();
  while (queue.length > 0) {
    const route = queue.shift()!;
    if (visited.has(route)) continue;
    visited.add(route);
    expect((await page.goto(route))?.status(), `${route} loads`).toBe(200);
    // A year's months come before the next year: the pages are read in the list's order.
    queue.unshift(...(await periodLinks(page)).map(({ href }) => href));
    const events = await listedEvents(page);
    expect(events.length, `${route} lists at most 200 events`).toBeLessThanOrEqual(200);
    for (const event of events) {
      expect(event.label, `${event.id} has a date label`).not.toBe('');
      expect(event.title, `${event.id} has a title`).not.toBe('');
      expect(event.sources.length, `${event.id} links its source`).toBeGreaterThan(0);
    }
    const statuses = await page.locator('li.event .event__meta .status').count();
    expect(statuses, `every event on ${route} says its status`).toBe(events.length);
    seen.push(...events.map((event) => event.id));
  }
  expect(seen, 'every event once, in chronological order').toEqual(ids);
});

test('a page of the list opens an event in place and links the pages before and after', async ({
  page,
}) => {
  await page.goto('/');
  const [firstYear] = await periodLinks(page);
  await page.goto(firstYear!.href);
  const first = page.locator('li.event').first();
  await first.locator('details.event__details > summary').click();
  await expect(first.locator('blockquote').first()).toBeVisible();
  const next = page.getByRole('navigation', { name: 'Pages of the list' }).getByRole('link');
  await expect(next.first()).toHaveAttribute('rel', 'next');
  await next.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Events of');
  await expect(page.locator('a[rel="prev"]').first()).toHaveAttribute(
    'href',
    new RegExp(`${firstYear!.href}$`),
  );
});

test("an article's events link to their place in the paged list", async ({ page }) => {
  await page.goto('/sources/');
  await page.locator('.source-list a').first().click();
  const link = page.locator('.source-events a[href*="/events/"]').first();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/\/events\/-?\d+\/(\d{2}\/(\d+\/)?)?#event-/);
  await link.click();
  const anchor = href.slice(href.indexOf('#') + 1);
  await expect(page.locator(`li.event[id="${anchor}"]`)).toBeInViewport();
});
