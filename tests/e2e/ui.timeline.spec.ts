/**
 * The timeline's mechanics, on the synthetic fixture (tests/fixtures/content-ui): its articles
 * give events known to the year, the month and the day, whatever else the extractor finds.
 */
import { expect, test, type Page } from '@playwright/test';
import { dayIndex, listedEvents, readyTimeline, zoomOf } from './helpers.ts';

async function markWidth(page: Page, id: string): Promise<number> {
  return page
    .locator(`svg g.mark[data-id="${id}"] path.mark__shape`)
    .evaluate((path) => (path as SVGGraphicsElement).getBBox().width);
}

/** The share of the visible time a [start, end) interval covers, in px. */
async function expectedWidth(page: Page, start: string, end: string): Promise<number> {
  const timeline = page.locator('news-timeline');
  const viewStart = (await timeline.getAttribute('data-view-start'))!;
  const viewEnd = (await timeline.getAttribute('data-view-end'))!;
  const width = await page
    .locator('svg.timeline__svg')
    .evaluate((svg) => (svg as SVGSVGElement).width.baseVal.value);
  return (width * (dayIndex(end) - dayIndex(start))) / (dayIndex(viewEnd) - dayIndex(viewStart));
}

test('a year is drawn as a span a year wide, a day as a point', async ({ page }) => {
  await page.goto('/');
  await readyTimeline(page);
  const events = await listedEvents(page);
  const year = events.find((event) => event.granularity === 'year')!;
  const month = events.find((event) => event.granularity === 'month')!;
  const day = events.find((event) => event.granularity === 'day')!;
  expect(year && month && day, 'the fixture has a year, a month and a day').toBeTruthy();

  await expect(page.locator(`g.mark[data-id="${year.id}"]`)).toHaveClass(/mark--span/);
  // View bounds are whole days, so allow a few px.
  expect(
    Math.abs((await markWidth(page, year.id)) - (await expectedWidth(page, year.start, year.end))),
  ).toBeLessThan(4);
  await expect(page.locator(`g.mark[data-id="${month.id}"]`)).toHaveClass(/mark--span/);
  await expect(page.locator(`g.mark[data-id="${day.id}"]`)).toHaveClass(/mark--point/);
});

test('zoom buttons, and arrow keys pan once zoomed in', async ({ page }) => {
  await page.goto('/');
  const timeline = await readyTimeline(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(1);
  const start = await timeline.getAttribute('data-view-start');
  await page.getByRole('group', { name: 'Timeline of events' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => timeline.getAttribute('data-view-start')).not.toBe(start);
  expect(dayIndex((await timeline.getAttribute('data-view-start'))!)).toBeGreaterThan(
    dayIndex(start!),
  );
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => timeline.getAttribute('data-view-start')).toBe(start);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(() => zoomOf(page)).toBe(1);
});

test('the keyboard reaches an event, opens its details and closes them', async ({ page }) => {
  await page.goto('/');
  await readyTimeline(page);
  await page.getByRole('group', { name: 'Timeline of events' }).focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('g.mark:focus');
  await expect(focused).toHaveCount(1);
  const id = (await focused.getAttribute('data-id'))!;
  await page.keyboard.press('Enter');
  const details = page.locator('.details');
  await expect(details).toHaveAttribute('data-event-id', id);
  await expect(page.locator(`g.mark[data-id="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
  // the focus goes on to the details, and Escape brings it back to the mark
  await expect(details.locator('.details__title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(page.locator(`g.mark[data-id="${id}"]`)).toBeFocused();

  await page.keyboard.press(' ');
  await expect(details).toHaveAttribute('data-event-id', id);
  await details.getByRole('button', { name: 'Close' }).click();
  await expect(details).toHaveCount(0);
  await expect(page.locator(`g.mark[data-id="${id}"]`)).toBeFocused();
});

test('the details show what the extractor says about the event, with a working source link', async ({
  page,
}) => {
  await page.goto('/');
  const timeline = await readyTimeline(page);
  const events = await listedEvents(page);
  const event = events.find((e) => e.granularity === 'day')!;
  await timeline.locator(`g.mark[data-id="${event.id}"]`).click();
  const details = timeline.locator('.details');
  await expect(details.locator('dt')).toContainText(['Date', 'Status', 'What']);
  await expect(details.locator('dd').first()).toContainText('known to the day');
  await expect(details.locator('blockquote').first()).not.toBeEmpty();
  await details
    .getByRole('link', { name: /^Read it in/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sources\/[^/]+\/#s-\d+-\d+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`mark#${anchor}`)).toBeInViewport();
});

test('"Show in the list" leads to the event in the list', async ({ page }) => {
  await page.goto('/');
  const timeline = await readyTimeline(page);
  const [first] = await listedEvents(page);
  await timeline.locator(`g.mark[data-id="${first!.id}"]`).click();
  await page.getByRole('link', { name: 'Show in the list of events' }).click();
  await expect(page).toHaveURL(new RegExp(`#event-${first!.id}$`));
  await expect(page.locator(`#event-${first!.id}`)).toBeInViewport();
});

test('on a phone the timeline fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await readyTimeline(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const svgWidth = await page
    .locator('svg.timeline__svg')
    .evaluate((svg) => svg.getBoundingClientRect().width);
  expect(svgWidth).toBeLessThanOrEqual(390);
});

test('a long title is cut on the timeline and whole in the list', async ({ page }) => {
  await page.goto('/');
  await readyTimeline(page);
  const events = await listedEvents(page);
  const long = events.find((event) => event.title.length > 60);
  test.skip(!long, 'the extractor gave no long title');
  const label = await page.locator(`g.mark[data-id="${long!.id}"] text`).textContent();
  expect(label!.length).toBeLessThan(long!.title.length);
  expect(label!.endsWith('…') || label === '').toBe(true);
});

test('a link to an event opens its details on the timeline', async ({ page }) => {
  await page.goto('/');
  const [, second] = await listedEvents(page);
  await page.goto(`/#event-${second!.id}`);
  await readyTimeline(page);
  await expect(page.locator('.details')).toHaveAttribute('data-event-id', second!.id);
  await expect(page.locator(`#event-${second!.id}`)).toBeInViewport();
});

test("an article page's event links lead to the event on the timeline", async ({ page }) => {
  await page.goto('/sources/northport-harbour-reopens/');
  const link = page.locator('.source-events a[href*="/#event-"]').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await readyTimeline(page);
  await expect(page.locator('.details')).toHaveAttribute(
    'data-event-id',
    href.slice(href.indexOf('#event-') + '#event-'.length),
  );
});

test("a selected event's label stays whole: inside the timeline and its own room", async ({
  page,
}) => {
  // On a phone, labels near the right edge end at it; a selected label must not grow past it
  // (it was set in bold, wider than the label was measured and laid out for, and was cut off).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const timeline = await readyTimeline(page);
  const svgWidth = await page
    .locator('svg.timeline__svg')
    .evaluate((svg) => (svg as SVGSVGElement).width.baseVal.value);
  const ids = await timeline
    .locator('g.mark:not(.mark--cluster)')
    .evaluateAll((marks) => marks.map((mark) => (mark as SVGGElement).dataset['id'] ?? ''));
  expect(ids.length).toBeGreaterThan(1);
  for (const id of ids) {
    const mark = timeline.locator(`g.mark[data-id="${id}"]`);
    await mark.click();
    await expect(mark).toHaveAttribute('aria-pressed', 'true');
    const { label, hit } = await mark.evaluate((g) => {
      const box = (selector: string) => {
        const { x, width } = g.querySelector<SVGGraphicsElement>(selector)!.getBBox();
        return { left: x, right: x + width };
      };
      return { label: box('text.mark__label'), hit: box('rect.mark__hit') };
    });
    expect(label.right, `the label of ${id} ends inside the timeline`).toBeLessThanOrEqual(
      svgWidth + 0.5,
    );
    expect(label.right, `the label of ${id} ends inside its room`).toBeLessThanOrEqual(
      hit.right + 0.5,
    );
  }
});

test('on a phone a word longer than the screen wraps instead of widening the page', async ({
  page,
}) => {
  // A URL, a chemical name or a hashtag in a title or a source's name has no place to break.
  const longWord = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(2);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const route of ['/', '/sources/northport-harbour-reopens/']) {
    await page.goto(route);
    await page.evaluate((word) => {
      const texts = document.querySelectorAll(
        'h1, .event__title, .event__source a, .event__details dd, .source-events a',
      );
      for (const element of texts) element.textContent = `Synthetic ${word} title`;
      for (const details of document.querySelectorAll('details')) details.open = true;
    }, longWord);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${route} is no wider than the screen`).toBeLessThanOrEqual(0);
  }
});

test('zoomed to 200%, the hint still names the keys, not touch', async ({ page }) => {
  // 640 px is a 1280 px screen at 200%: its reader has a mouse and a keyboard, not a finger
  await page.setViewportSize({ width: 640, height: 450 });
  await page.goto('/');
  await readyTimeline(page);
  const hint = page.locator('#timeline-hint');
  await expect(hint).toContainText('with ← →', { useInnerText: true });
  await expect(hint).not.toContainText('tap', { useInnerText: true });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('the hint says to tap and drag', async ({ page }) => {
    await page.goto('/');
    await readyTimeline(page);
    const hint = page.locator('#timeline-hint');
    await expect(hint).toContainText('tap an event', { useInnerText: true });
    await expect(hint).not.toContainText('wheel', { useInnerText: true });
  });
});
