/**
 * The home page built from the seed articles in content/: what a new user sees after
 * `npm install && npm start`. The expected dates are the ones issue 4 lists for the seeds.
 */
import { expect, test } from '@playwright/test';
import { dayIndex, listedEvents, readyTimeline, zoomOf } from './helpers.ts';

const SEEDS = [
  'belarus-restores-border-controls-with-russia',
  'russia-seeks-to-resolve-belarus-border-dispute',
];

test('the home page lists events from both seed articles in chronological order', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Belarus–Russia border controls',
  );
  const events = await listedEvents(page);
  expect(events.length).toBeGreaterThan(0);
  for (const seed of SEEDS) {
    expect(
      events.some((event) => event.sources.some((href) => href.includes(`/sources/${seed}/#s-`))),
      `an event from ${seed}`,
    ).toBe(true);
  }
  const starts = events.map((event) => dayIndex(event.start));
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
});

test('the seed events carry the dates the articles give, at their precision', async ({ page }) => {
  await page.goto('/');
  const events = await listedEvents(page);
  const has = (start: string, granularity: string) =>
    events.some((event) => event.start === start && event.granularity === granularity);
  // From the first seed (published 2023-05-17) and the second (published 2018, year only).
  const expected: Array<[string, string, string]> = [
    ['1995-01-01', 'year', 'Russia and Belarus removed border controls in 1995'],
    ['2022-02-01', 'month', 'the war broke out in February 2022'],
    ['2023-03-01', 'month', 'Moskalyov escaped in March'],
    ['2023-05-05', 'day', 'the border service began checks on May 5'],
    ['2023-05-17', 'day', 'the checks became public on Wednesday'],
    ['2014-01-01', 'year', 'Crimea annexed in 2014'],
    ['2018-07-20', 'day', 'border posts opened on July 20'],
    ['2018-01-01', 'year', 'Lavrov travelled to Belarus (2018, the publication year)'],
  ];
  for (const [start, granularity, what] of expected)
    expect(has(start, granularity), `${what}: ${granularity} ${start}`).toBe(true);
  expect(
    events.some((event) => event.granularity === 'season' && /autumn 2023/i.test(event.label)),
    'the autumn 2023 draft, as a season',
  ).toBe(true);
  for (const label of ['a Monday in 2018', 'a Tuesday in 2018'])
    expect(
      events.some((event) => event.label === label),
      `${label}: a weekday known only to its year`,
    ).toBe(true);
  // Durations and measures are not dates.
  expect(events.some((event) => /\b(28 years|1,239)\b/.test(event.label))).toBe(false);
});

test('the D3 timeline draws every event and zooms with the wheel and the keyboard', async ({
  page,
}) => {
  await page.goto('/');
  const timeline = await readyTimeline(page);
  const events = await listedEvents(page);
  // each event alone or in a counted cluster, and every mark with its label
  const drawn = await timeline
    .locator('svg g.mark')
    .evaluateAll((marks) =>
      marks.reduce(
        (n, mark) =>
          n +
          (mark.classList.contains('mark--cluster')
            ? Number(/(\d+) events/u.exec(mark.textContent ?? '')?.[1] ?? 0)
            : 1),
        0,
      ),
    );
  expect(drawn).toBe(events.length);
  const labels = await timeline.locator('svg g.mark text').allTextContents();
  expect(labels.every((label) => label.trim() !== '')).toBe(true);
  await expect(timeline.locator('svg g.axis .tick').first()).toBeVisible();

  expect(await zoomOf(page)).toBe(1);
  const viewport = page.getByRole('group', { name: 'Timeline of events' });
  const box = (await viewport.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(1);

  const afterWheel = await zoomOf(page);
  await viewport.focus();
  await page.keyboard.press('+');
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(afterWheel);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(() => zoomOf(page)).toBeLessThan(afterWheel);
  await page.keyboard.press('0');
  await expect.poll(() => zoomOf(page)).toBe(1);
});

test('clicking an event on the timeline shows its details and its source', async ({ page }) => {
  await page.goto('/');
  const timeline = await readyTimeline(page);
  const [first] = await listedEvents(page);
  await timeline.locator(`svg g.mark[data-id="${first!.id}"]`).click();
  const details = timeline.locator('.details');
  await expect(details.getByRole('heading', { level: 3 })).toHaveText(first!.title);
  await expect(details).toContainText(first!.label);
  const source = details.getByRole('link', { name: /^Read it in/ }).first();
  await expect(source).toHaveAttribute('href', first!.sources[0]!);
  await expect(page.locator(`#event-${first!.id}`)).toHaveClass(/is-selected/);
});

test('a screenshot of the home page', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await readyTimeline(page);
  await testInfo.attach('home', { body: await page.screenshot(), contentType: 'image/png' });
  await testInfo.attach('home-full-page', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
});
