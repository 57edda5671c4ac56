/**
 * The timeline of a large corpus (the generated fixture, tests/fixtures/content-large): dense
 * stretches are drawn as counted clusters that zoom in, the drawing stays small, and the keyboard,
 * links to events and "Show in the list" work as on a small timeline.
 */
import { expect, test, type Page } from '@playwright/test';
import { indexedIds, readyTimeline, zoomOf } from './helpers.ts';

const CLUSTER_NAME = /^[\d,]+ events, .+: (zoom in|list them)$/;

async function svgElements(page: Page): Promise<number> {
  return page.locator('svg.timeline__svg *').count();
}

test('dense stretches are drawn as counted clusters, and the drawing stays small', async ({
  page,
}) => {
  const ids = await indexedIds(page);
  await page.goto('/');
  await readyTimeline(page);
  const clusters = page.locator('g.mark--cluster');
  expect(await clusters.count()).toBeGreaterThan(0);
  for (const name of await clusters.evaluateAll((gs) =>
    gs.map((g) => g.getAttribute('aria-label')),
  ))
    expect(name).toMatch(CLUSTER_NAME);
  await expect(clusters.first().locator('text')).toHaveText(/^[\d,]+ events$/);
  // Fewer marks than events: the clusters stand for the rest.
  expect(await page.locator('g.mark').count()).toBeLessThan(ids.length / 4);
  expect(await svgElements(page)).toBeLessThan(ids.length);
});

test('clicking a cluster zooms in on its events', async ({ page }) => {
  await page.goto('/');
  const timeline = await readyTimeline(page);
  const cluster = page.locator('g.mark--cluster[aria-label$="zoom in"]').first();
  const before = Number(await timeline.getAttribute('data-clusters'));
  await cluster.click();
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(1);
  // Closer in, the cluster's events spread out: fewer of them are gathered.
  const zoomed = await page.locator('g.mark').count();
  expect(zoomed).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(() => zoomOf(page)).toBe(1);
  expect(Number(await timeline.getAttribute('data-clusters'))).toBe(before);
});

test('a cluster of events sharing one date lists them, each opening its details', async ({
  page,
}) => {
  await page.goto('/');
  const timeline = await readyTimeline(page);
  // Closer in, a year is wide enough to be its own slot: its many events are one stack. Which
  // dense stretch holds such a year depends on the generated corpus: each is tried in turn.
  const stack = timeline.locator('g.mark--cluster[aria-label$="list them"]').first();
  const stretches = timeline.locator('g.mark--cluster[aria-label$="zoom in"]');
  const tries = await stretches.count();
  for (let k = 0; k < tries && (await stack.count()) === 0; k++) {
    if (k > 0) {
      await page.getByRole('button', { name: 'Show all' }).click();
      await expect.poll(() => zoomOf(page)).toBe(1);
    }
    await stretches.nth(k).click();
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(1);
  }
  const count = Number(/^([\d,]+) events/.exec((await stack.getAttribute('aria-label'))!)![1]);
  await stack.click();
  const list = timeline.locator('.details--cluster');
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(
    `${count} events with this date`,
  );
  const buttons = list.locator('.cluster-list button');
  await expect(buttons).toHaveCount(Math.min(count, 100));
  const id = (await buttons.nth(1).getAttribute('data-id'))!;
  await buttons.nth(1).click();
  await expect(timeline.locator('.details')).toHaveAttribute('data-event-id', id);
  await expect(timeline.locator('.details blockquote').first()).toBeVisible();
  await expect(stack).toHaveClass(/is-selected/);
});

test('the keyboard goes through the clusters to an event and opens its details', async ({
  page,
}) => {
  await page.goto('/');
  await readyTimeline(page);
  await page.getByRole('group', { name: 'Timeline of events' }).focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('g.mark:focus');
  // Enter on a cluster zooms in on it and moves the focus to its first mark; a cluster whose
  // events share one date lists them instead.
  for (let step = 0; step < 20; step++) {
    await expect(focused).toHaveCount(1);
    if (!(await focused.getAttribute('class'))?.includes('mark--cluster')) break;
    const listed = (await focused.getAttribute('aria-label'))?.endsWith('list them');
    await page.keyboard.press('Enter');
    if (listed) {
      await expect(page.locator('.details--cluster')).toBeVisible();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      break;
    }
  }
  const id =
    (await focused.count()) === 1
      ? await focused.getAttribute('data-id')
      : await page.locator('.cluster-list button:focus').getAttribute('data-id');
  expect(id).toBeTruthy();
  await page.keyboard.press('Enter');
  const details = page.locator('.details');
  await expect(details).toHaveAttribute('data-event-id', id!);
  await expect(details.locator('blockquote').first()).toBeVisible();
  await expect(details.getByRole('link', { name: /^Read it in/ }).first()).toHaveAttribute(
    'href',
    /\/sources\/[^/]+\/#s-\d+-\d+$/,
  );
});

test('a link to an event opens its details, and "Show in the list" leads to its page', async ({
  page,
}) => {
  const ids = await indexedIds(page);
  const id = ids[Math.floor(ids.length * 0.8)]!;
  await page.goto(`/#event-${id}`);
  await readyTimeline(page);
  const details = page.locator('.details');
  await expect(details).toHaveAttribute('data-event-id', id);
  await expect(details.getByRole('heading', { level: 3 })).not.toBeEmpty();
  await details.getByRole('link', { name: 'Show in the list of events' }).click();
  await expect(page).toHaveURL(new RegExp(`/events/[^#]+#event-${id}$`));
  await expect(page.locator(`li.event[id="event-${id}"]`)).toBeInViewport();
});

test('on a phone the clustered timeline fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await readyTimeline(page);
  await expect(page.locator('g.mark--cluster').first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('Enter on a cluster takes the keyboard to its first event, not to a mark before it', async ({
  page,
}) => {
  // the earliest day each date label starts on, from the index: [id, title, start, end, ..., label]
  const response = await page.request.get('/timeline/index.json');
  const rows = ((await response.json()) as { events: unknown[][] }).events;
  const earliest = new Map<string, number>();
  for (const row of rows) {
    const [label, start] = [String(row[7]), Number(row[2])];
    earliest.set(label, Math.min(earliest.get(label) ?? Infinity, start));
  }
  const startOf = new Map(rows.map((row) => [String(row[0]), Number(row[2])]));
  /** The first date a mark's name gives: "5 events, 2001 to 2003: zoom in", "2001: Title (...)". */
  const firstLabel = (name: string): string =>
    (/^[\d,]+ events, (?<first>.+?)(?: to .+)?: (?:zoom in|list them)$/.exec(name)?.groups?.[
      'first'
    ] ?? name.slice(0, name.indexOf(': '))) as string;

  await page.goto('/');
  await readyTimeline(page);
  const names = await page
    .locator('g.mark--cluster[aria-label$="zoom in"]')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    await page.goto('/');
    await readyTimeline(page);
    const clusterStart = earliest.get(firstLabel(name))!;
    await page.locator(`g.mark--cluster[aria-label="${name}"]`).focus();
    await page.keyboard.press('Enter');
    const focused = page.locator('g.mark:focus');
    await expect(focused).toHaveCount(1);
    const id = (await focused.getAttribute('data-id'))!;
    const focusedName = (await focused.getAttribute('aria-label'))!;
    const start = startOf.get(id) ?? earliest.get(firstLabel(focusedName))!;
    expect(start, `after "${name}", the focus is on "${focusedName}"`).toBeGreaterThanOrEqual(
      clusterStart,
    );
  }
});
