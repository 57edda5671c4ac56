/**
 * The embed page (/embed/), the host script (/embed.js) and the page that gives the code (/share/):
 * a frame without the site's header, whose links open the full site, that a host page resizes to
 * its content, from any origin.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { indexedIds } from './helpers.ts';

/** A host page on another origin (about:blank) with the embed code pointing at this site. */
async function hostPage(page: Page, baseURL: string, height = 300): Promise<Frame> {
  await page.setContent(
    `<!doctype html><html lang="en"><body>
      <p>A host page.</p>
      <iframe src="${baseURL}/embed/" title="Timeline" style="width:900px;border:0" height="${height}"></iframe>
      <script src="${baseURL}/embed.js"></script>
    </body></html>`,
  );
  const frame = page.frame({ url: /\/embed\/$/ });
  expect(frame, 'the iframe loads the embed page').not.toBeNull();
  return frame!;
}

const frameHeight = (page: Page): Promise<number> =>
  page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);

/** The height of the embedded page's content, as its script reports it. */
const contentHeight = (frame: Frame): Promise<number> =>
  frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));

test('the embed page has the timeline without the site frame, and its links open the top window', async ({
  page,
}) => {
  await page.goto('/embed/');
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('.site-footer')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('base')).toHaveAttribute('target', '_top');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('news-timeline[data-ready="true"]')).toBeVisible();
  // once the timeline is drawn, the list closes to a line, one click away
  const list = page.locator('details[data-list-disclosure]');
  await expect(list).not.toHaveAttribute('open', '');
  await list.locator('> summary').click();
  await expect(list).toHaveAttribute('open', '');
  await expect(page.locator('li.event').first()).toBeVisible();
  await expect(page.locator('.embed__credit a')).toHaveAttribute('href', /\/$/);
});

test("an event's anchor in the embed address opens its details", async ({ page }) => {
  const [first] = await indexedIds(page);
  await page.goto(`/embed/#event-${encodeURIComponent(first!)}`);
  await expect(page.locator('news-timeline[data-ready="true"]')).toBeVisible();
  await expect(page.locator('[data-timeline-details] .details__title')).toBeVisible();
  await expect(page.locator('g.mark.is-selected')).toHaveCount(1);
});

test('?theme= fixes the colour scheme whatever the reader prefers', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/embed/');
  const light = await background();
  await page.goto('/embed/?theme=dark');
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/embed/');
  expect(await background()).toBe(dark);
  await page.goto('/embed/?theme=light');
  expect(await background()).toBe(light);
  await expect(page.locator('news-timeline[data-ready="true"]')).toBeVisible();
});

test('a host page on another origin sizes the frame to its content, as it changes', async ({
  page,
  baseURL,
}) => {
  const frame = await hostPage(page, baseURL!);
  await expect(frame.locator('news-timeline[data-ready="true"]')).toBeVisible();
  await expect.poll(() => frameHeight(page)).toBe(await contentHeight(frame));
  const closed = await frameHeight(page);
  await frame.locator('details[data-list-disclosure] > summary').click();
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(closed + 100);
  await expect.poll(async () => frameHeight(page)).toBe(await contentHeight(frame));
});

test('a link in the embedded timeline opens the full site in the top window', async ({
  page,
  baseURL,
}) => {
  const frame = await hostPage(page, baseURL!);
  await expect(frame.locator('news-timeline[data-ready="true"]')).toBeVisible();
  await frame.locator('details[data-list-disclosure] > summary').click();
  const source = frame.locator('li.event a[href*="/sources/"]').first();
  const href = await source.getAttribute('href');
  await source.click();
  await expect(page).toHaveURL(new URL(href!, baseURL).href);
  await expect(page.locator('.site-header')).toBeVisible();
});

test("an event chosen at the bottom of the screen brings its details into the host page's view", async ({
  page,
  baseURL,
}) => {
  // embed.js makes the frame as tall as its content, so the frame's own window always shows the
  // details: only the host page's window can tell that they opened below the screen
  await page.setViewportSize({ width: 1000, height: 1400 });
  const frame = await hostPage(page, baseURL!);
  await expect(frame.locator('news-timeline[data-ready="true"]')).toBeVisible();
  await expect.poll(() => frameHeight(page)).toBe(await contentHeight(frame));
  const frameTop = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top);
  const timelineBottom = await frame
    .locator('[data-timeline-viewport]')
    .evaluate((viewport) => viewport.getBoundingClientRect().bottom);
  // the window ends just under the timeline: its marks show, the details would open below
  await page.setViewportSize({ width: 1000, height: Math.ceil(frameTop + timelineBottom + 10) });
  const lowest = await frame.locator('g.mark').evaluateAll((marks) => {
    const bottom = (mark: Element) => mark.getBoundingClientRect().bottom;
    const sorted = marks.filter((mark) => !mark.classList.contains('mark--cluster'));
    sorted.sort((a, b) => bottom(b) - bottom(a));
    return (sorted[0] as SVGGElement | undefined)?.dataset['id'] ?? '';
  });
  await frame.locator(`g.mark[data-id="${lowest}"]`).click();
  const panel = frame.locator('[data-timeline-details]');
  await expect(panel.locator('.details__title')).toBeVisible();
  const panelTopInHost = async () =>
    frameTop +
    (await panel.evaluate((p) => p.getBoundingClientRect().top)) -
    (await page.evaluate(() => window.scrollY));
  await expect
    .poll(panelTopInHost, { message: "the details' top shows in the host page's window" })
    .toBeLessThan(await page.evaluate(() => window.innerHeight - 60));
});

test('messages that are not from one of its frames do not resize anything', async ({
  page,
  baseURL,
}) => {
  await hostPage(page, baseURL!, 321);
  await page.locator('iframe').evaluate((f) => f.remove());
  await page.evaluate(() => {
    const other = document.createElement('iframe');
    other.setAttribute('height', '123');
    document.body.append(other);
    window.postMessage({ type: 'news-timeline:height', height: 999 }, '*');
  });
  // a message is handled at once: a short wait is enough to see that nothing happened
  await page.waitForTimeout(200);
  expect(await page.locator('iframe').evaluate((f) => f.style.height)).toBe('');
});

test('the share page gives the code with the address it is served from, and previews it', async ({
  page,
  baseURL,
}) => {
  await page.goto('/share/');
  const code = await page.locator('[data-embed-code]').inputValue();
  expect(code).toContain(`<iframe src="${baseURL}/embed/"`);
  expect(code).toContain(`<script src="${baseURL}/embed.js" async></script>`);
  // (the preview frame is found once it has navigated: before, it is not yet at /embed/)
  await expect.poll(() => page.frame({ url: /\/embed\/$/ }) !== null).toBe(true);
  const preview = page.frame({ url: /\/embed\/$/ });
  await expect(preview!.locator('news-timeline[data-ready="true"]')).toBeVisible();
  const height = await contentHeight(preview!);
  // the frame's content box, inside the border the share page gives it
  await expect
    .poll(() => page.locator('iframe.embed-preview').evaluate((f) => f.clientHeight))
    .toBe(height);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the embed page is the whole list, open', async ({ page }) => {
    await page.goto('/embed/');
    await expect(page.locator('details[data-list-disclosure]')).toHaveAttribute('open', '');
    await expect(page.locator('li.event').first()).toBeVisible();
    await expect(page.locator('[data-timeline-ui]')).toBeHidden();
  });
});
