import { describe, expect, it } from 'vitest';
import { LIST_PAGE_LIMIT, listPages } from '../../../src/components/list-pages.ts';

/** `count` starts on one day. */
const on = (day: string, count: number): string[] => Array.from({ length: count }, () => day);

describe('listPages()', () => {
  it('does not page a list of up to the limit: the home page lists every event', () => {
    const listing = listPages([...on('2018-01-01', 3), ...on('2023-05-17', 2)], 5);
    expect(listing.paged).toBe(false);
  });

  it('gives each year its page above the limit', () => {
    const listing = listPages(
      [...on('1995-01-01', 2), ...on('2018-01-01', 3), ...on('2018-07-20', 1)],
      5,
    );
    expect(listing.paged).toBe(true);
    expect(listing.pages).toEqual([
      { segments: ['1995'], label: '1995', from: 0, to: 2 },
      { segments: ['2018'], label: '2018', from: 2, to: 6 },
    ]);
  });

  it('gives the months of a year over the limit their pages, and parts to a month over it', () => {
    const listing = listPages(
      [...on('2018-01-01', 2), ...on('2018-05-05', 7), ...on('2019-02-01', 1)],
      3,
    );
    expect(listing.years.map((y) => [y.year, y.from, y.to, y.pages.length])).toEqual([
      ['2018', 0, 9, 4],
      ['2019', 9, 10, 1],
    ]);
    expect(listing.pages.map((p) => [p.segments.join('/'), p.label, p.from, p.to])).toEqual([
      ['2018/01', 'January 2018', 0, 2],
      ['2018/05', 'May 2018, part 1 of 3', 2, 5],
      ['2018/05/2', 'May 2018, part 2 of 3', 5, 8],
      ['2018/05/3', 'May 2018, part 3 of 3', 8, 9],
      ['2019', '2019', 9, 10],
    ]);
  });

  it('writes years before the common era and with leading zeros as the list headings do', () => {
    const listing = listPages([...on('-0044-03-15', 1), ...on('0800-12-25', 1)], 1);
    expect(listing.pages.map((p) => p.segments[0])).toEqual(['-44', '800']);
  });

  it('puts every event on exactly one page, in order, none over the limit', () => {
    const starts = Array.from({ length: 5000 }, (_, i) => {
      const year = 1990 + Math.floor(i ** 1.3 / 700);
      const month = String((i % 12) + 1).padStart(2, '0');
      return `${year}-${month}-01`;
    }).sort();
    const { pages } = listPages(starts);
    let next = 0;
    for (const page of pages) {
      expect(page.from).toBe(next);
      expect(page.to - page.from).toBeGreaterThan(0);
      expect(page.to - page.from).toBeLessThanOrEqual(LIST_PAGE_LIMIT);
      next = page.to;
    }
    expect(next).toBe(starts.length);
  });
});
