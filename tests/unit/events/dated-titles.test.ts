/** Titles that kept or lost a date's words wrongly, on made-up passages. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const events = (raw: string, published = '2026-03-12') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

describe('extractArticle() on titles with a dated noun, a holiday or a range', () => {
  it('a dated event a verb of taking part has for object is titled by the clause', () => {
    // (was 'The election')
    expect(events('Smith won the 2020 election.')).toEqual([
      ['2020', 'Smith won the 2020 election'],
    ]);
    expect(
      events('Apple Corps argued that the store was a breach of the 1991 settlement.'),
    ).toContainEqual(['1991', 'The settlement']);
  });

  it('a holiday opening the sentence names its noun, and dates no event of its own', () => {
    // (were 'Rallies drew thousands', and two events 'Markets drew thousands')
    expect(events('May Day rallies drew thousands.', '2026-05-12')).toEqual([
      ['2026-05-01', 'May Day rallies drew thousands'],
    ]);
    expect(events('Christmas markets drew thousands on Friday.', '2026-12-14')).toEqual([
      ['2026-12-11', 'Christmas markets drew thousands'],
    ]);
    expect(events('Yesterday police arrested five men.', '2026-05-12')).toEqual([
      ['2026-05-11', 'Police arrested five men'],
    ]);
  });

  it('a month abbreviation and a spaced dash open no dateline, and the range stays whole', () => {
    // (was 'March sales rose 4%', dated the day of publication)
    expect(events('Jan. - March sales rose 4%.', '2026-04-12')).toEqual([
      ['2026-01', 'Jan. - March sales rose 4%'],
    ]);
  });
});
