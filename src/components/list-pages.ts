/**
 * The event list cut into pages when it is too long for one: the home page lists every event up to
 * LIST_PAGE_LIMIT of them (as it always did); above that it lists the years, each with its number
 * of events, and each year has its page, `/events/2018/`, with every event of that year and its
 * details. A year with more events than the limit lists its months instead (`/events/2018/05/`),
 * and a month with more is cut into parts (`/events/2018/05/`, `/events/2018/05/2/`, ...).
 *
 * Pages are consecutive stretches of the chronological list, so together they hold every event
 * exactly once. An event belongs to the period its date starts in, as in the list's year headings:
 * "2018" (the year) is listed with January 2018, and says "2018".
 */

/**
 * The most events one page lists with their details. Each event is about 1.8 KB of HTML and 33
 * elements with its details, so a page stays under about 400 KB and 7,000 elements; a topic
 * timeline of a few dozen articles (the seed site has 16 events) never reaches it.
 */
export const LIST_PAGE_LIMIT = 200;

export interface ListPage {
  /** Path segments under `/events/`: `['2018']`, `['2018', '05']`, `['2018', '05', '2']`. */
  segments: string[];
  /** "2018", "May 2018", "May 2018, part 2 of 3". */
  label: string;
  /** Positions of its events in the chronological list: [from, to). */
  from: number;
  to: number;
}

export interface YearListing {
  year: string;
  from: number;
  to: number;
  /** Its one page, or the pages of its months (and their parts) when the year is over the limit. */
  pages: ListPage[];
}

export interface Listing {
  /** Whether the list is paged at all (more events than the limit). */
  paged: boolean;
  years: YearListing[];
  /** Every page, in order. */
  pages: ListPage[];
}

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

const ISO_START = /^(?<year>-?\d+)-(?<month>\d{2})-\d{2}$/;

/** The year and month an ISO day starts in, as they appear in addresses: `['2018', '05']`. */
function yearMonth(start: string): [string, string] {
  const match = ISO_START.exec(start);
  if (!match?.groups) throw new Error(`not an ISO day: "${start}"`);
  const year = (match.groups['year'] ?? '').replace(/^(-?)0+(?=\d)/, '$1');
  return [year, match.groups['month'] ?? '01'];
}

/** Consecutive runs of equal keys: [key, from, to). */
function runs(keys: readonly string[], from: number, to: number): Array<[string, number, number]> {
  const found: Array<[string, number, number]> = [];
  for (let i = from; i < to; i++) {
    const last = found.at(-1);
    if (last && last[0] === keys[i]) last[2] = i + 1;
    else found.push([keys[i] ?? '', i, i + 1]);
  }
  return found;
}

/**
 * The listing of events whose dates start on `starts` (ISO days, in chronological order), with
 * at most `limit` events on a page.
 */
export function listPages(starts: readonly string[], limit = LIST_PAGE_LIMIT): Listing {
  const periods = starts.map(yearMonth);
  const years = runs(
    periods.map(([year]) => year),
    0,
    starts.length,
  ).map(([year, from, to]): YearListing => {
    if (to - from <= limit)
      return { year, from, to, pages: [{ segments: [year], label: year, from, to }] };
    const months = runs(
      periods.map(([, month]) => month),
      from,
      to,
    );
    const pages = months.flatMap(([month, monthFrom, monthTo]) => {
      const label = `${MONTHS[Number(month) - 1] ?? month} ${year}`;
      const parts = Math.ceil((monthTo - monthFrom) / limit);
      return Array.from({ length: parts }, (_, part): ListPage => ({
        segments: part === 0 ? [year, month] : [year, month, String(part + 1)],
        label: parts === 1 ? label : `${label}, part ${part + 1} of ${parts}`,
        from: monthFrom + part * limit,
        to: Math.min(monthTo, monthFrom + (part + 1) * limit),
      }));
    });
    return { year, from, to, pages };
  });
  return {
    paged: starts.length > limit,
    years,
    pages: years.flatMap((year) => year.pages),
  };
}
