/** Without JavaScript the page is the event list: complete, readable, with working links. */
import { expect, test } from '@playwright/test';
import { listedEvents } from './helpers.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the list shows every event and the timeline stays hidden', async ({
  page,
}) => {
  await page.goto('/');
  const events = await listedEvents(page);
  expect(events.length).toBeGreaterThan(0);
  await expect(page.locator('li.event').first()).toBeVisible();
  await expect(page.locator('[data-timeline-ui]')).toBeHidden();
  await expect(page.locator('svg.timeline__svg')).toHaveCount(0);
  for (const event of events) {
    expect(event.label, `${event.id} has a date label`).not.toBe('');
    expect(event.title, `${event.id} has a title`).not.toBe('');
    expect(event.sources.length, `${event.id} links its source`).toBeGreaterThan(0);
  }
});

test('without JavaScript an event opens its details in place', async ({ page }) => {
  await page.goto('/');
  const first = page.locator('li.event').first();
  await first.locator('details.event__details > summary').click();
  await expect(first.locator('details.event__details')).toHaveAttribute('open', '');
  await expect(first.locator('blockquote').first()).toBeVisible();
});

test('without JavaScript the source links reach the marked sentences', async ({ page }) => {
  await page.goto('/');
  const [first] = await listedEvents(page);
  await page.goto(first!.sources[0]!);
  const anchor = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`mark#${anchor}`)).toBeVisible();
});
