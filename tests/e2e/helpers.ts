/** Shared helpers of the end-to-end tests: reading the event list and finding the site's routes. */
import { expect, type Page } from '@playwright/test';

export interface ListedEvent {
  id: string;
  start: string;
  end: string;
  granularity: string;
  label: string;
  datetime: string | null;
  title: string;
  sources: string[];
}

/** The events of the server-rendered list, in page order. */
export async function listedEvents(page: Page): Promise<ListedEvent[]> {
  return page.locator('li.event').evaluateAll((items) =>
    items.map((li) => {
      const element = li as HTMLElement;
      return {
        id: element.dataset['eventId'] ?? '',
        start: element.dataset['start'] ?? '',
        end: element.dataset['end'] ?? '',
        granularity: element.dataset['granularity'] ?? '',
        label: element.querySelector('time')?.textContent?.trim() ?? '',
        datetime: element.querySelector('time')?.getAttribute('datetime') ?? null,
        title: element.querySelector('.event__title')?.textContent?.trim() ?? '',
        sources: [...element.querySelectorAll('a[href*="/sources/"]')].map(
          (a) => a.getAttribute('href') ?? '',
        ),
      };
    }),
  );
}

/** Days since 1970 of an ISO day, for ordering (years may be negative or longer than 4 digits). */
export function dayIndex(iso: string): number {
  const match = /^(?<year>-?\d+)-(?<month>\d{2})-(?<day>\d{2})$/.exec(iso);
  if (!match?.groups) throw new Error(`not an ISO day: ${iso}`);
  const date = new Date(0);
  date.setUTCFullYear(
    Number(match.groups['year']),
    Number(match.groups['month']) - 1,
    Number(match.groups['day']),
  );
  return Math.round(date.getTime() / 86_400_000);
}

/** Every page reachable from the home page by internal links (the site is small). */
export async function siteRoutes(page: Page): Promise<string[]> {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const route = queue.shift()!;
    const response = await page.goto(route);
    expect(response?.status(), `${route} loads`).toBe(200);
    const links = await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) {
      const url = new URL(link);
      if (url.origin !== new URL(page.url()).origin) continue;
      const path = url.pathname;
      if (!seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  return [...seen].sort();
}

/** The timeline, once the script has drawn it. */
export async function readyTimeline(page: Page) {
  const timeline = page.locator('news-timeline[data-ready="true"]');
  await expect(timeline).toBeVisible();
  return timeline;
}

export async function zoomOf(page: Page): Promise<number> {
  return Number(await page.locator('news-timeline').getAttribute('data-zoom'));
}

/** The ids of every event, in chronological order, from the timeline's index. */
export async function indexedIds(page: Page): Promise<string[]> {
  const response = await page.request.get('/timeline/index.json');
  expect(response.ok(), '/timeline/index.json loads').toBe(true);
  const index = (await response.json()) as { events: Array<[string, ...unknown[]]> };
  return index.events.map(([id]) => id);
}

/** The addresses the period list of the current page links to (years, or a year's months). */
export async function periodLinks(
  page: Page,
): Promise<Array<{ href: string; label: string; text: string; count: number }>> {
  return page.locator('.period-list li').evaluateAll((items) =>
    items.map((li) => {
      const note = li.querySelector('.muted')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      return {
        href: new URL(li.querySelector('a')?.getAttribute('href') ?? '', location.href).pathname,
        label: li.querySelector('a')?.textContent?.trim() ?? '',
        text: note,
        count: Number(/^([\d,]+) events?/.exec(note)?.[1]?.replace(/,/g, '') ?? NaN),
      };
    }),
  );
}
