import { describe, expect, it } from 'vitest';
import { dateValue, findDates, weekdaysIn } from '../../../src/extract/article/dates.ts';
import { leadNewsDate, yearCountedBack } from '../../../src/extract/article/lead-date.ts';

function newsDate(lead: string): string | null {
  const date = leadNewsDate(lead, findDates(lead), weekdaysIn(lead));
  return date === null ? null : dateValue(date);
}

describe('leadNewsDate() finds the date the lead gives its news', () => {
  it.each([
    [
      'a date with its weekday',
      'Forces shelled the city, officials said Friday, Sept. 30, 2022.',
      '2022-09-30',
    ],
    [
      'a reported date',
      'The company said on March 6, 2012 that it would close its plant.',
      '2012-03-06',
    ],
    [
      'the later of a past opening and the day of the news',
      'The plant, which opened on Jan. 5, 1987, closed on Tuesday, March 6, 2012, the company said.',
      '2012-03-06',
    ],
    [
      'a date without a year but with its weekday (partial)',
      'The candidates said Tuesday, March 6, that they would debate.',
      'XXXX-03-06',
    ],
  ])('%s', (_title, lead, value) => {
    expect(newsDate(lead)).toBe(value);
  });

  it.each([
    [
      'a founding date',
      'The bakery chain, founded on March 1, 1999, said on Tuesday it would grow.',
    ],
    [
      'a date the text counts back from',
      'Workers gathered where the strike began on March 1, 1999, 13 years ago.',
    ],
    [
      'a full date on another weekday than the news',
      'On March 24, 1999, the first air strikes hit. On Tuesday, residents crossed the bridge.',
    ],
    ['a date since which something holds', 'Prices have risen since Jan. 5, 2010, the bank said.'],
    ['a date without a year or weekday', 'The talks ended on May 5.'],
    ['a planned date', 'Officials said on Friday that talks would begin on July 1, 2016.'],
    ['a deadline', 'The company must repay the loan by March 6, 2012, the court said.'],
    ['a weekday alone', 'The union rejected the offer on Tuesday.'],
  ])('gives none for %s', (_title, lead) => {
    expect(newsDate(lead)).toBeNull();
  });
});

describe('yearCountedBack()', () => {
  it.each([
    ['the strike began on March 1, 1999, 13 years ago.', 2012],
    ['the plant opened in 1999, ten years ago.', 2009],
    ['the wall fell in 1989 (exactly 25 years ago).', 2014],
    ['the plant opened in 1999, ten years later it closed.', null],
    ['13 years ago, in 1999, the strike began.', null],
  ])('reads the year "%s" is written in: %s', (text, year) => {
    expect(yearCountedBack(text, findDates(text))).toBe(year);
  });
});

describe('leadNewsDate() and a chronicle', () => {
  // (made-up passages)
  it('gives none for a lead telling its own dates in two years', () => {
    expect(
      newsDate(
        'The rebels took the fortress on 3 May 1861, and on 20 June they stormed the bridge. That winter they held the passes. The last band surrendered on 2 February 1862.',
      ),
    ).toBeNull();
  });

  it.each([
    [
      'an earlier date told as another event',
      'The plant, which opened in May 1990, closed on 2 March 2026, leaving 400 without jobs.',
      '2026-03-02',
    ],
    [
      'a news date with its weekday',
      'Smith, who joined the firm in March 1990, retired on Monday, March 2, 2026.',
      '2026-03-02',
    ],
    [
      'a day of writing',
      'The war ended on 11 November 1918, and the museum said on March 3, 2018 that it would reopen.',
      '2018-03-03',
    ],
    [
      'an earlier year told after the news date (background, not a chronicle)',
      'Police arrested a man on 3 March 2026 over a murder committed on 14 July 2019.',
      '2026-03-03',
    ],
    [
      'a ruling of an earlier year told after the news date',
      'The court on 3 March 2026 upheld a ruling issued on 5 June 2024.',
      '2026-03-03',
    ],
    [
      'an earlier date in a relative clause',
      'The company, which filed for bankruptcy on Jan. 5, 2025, was sold on March 3, 2026.',
      '2026-03-03',
    ],
    [
      'an earlier event the news follows',
      'Ten years after the flood of 12 May 2016, the town reopened its bridge on 3 March 2026.',
      '2026-03-03',
    ],
    [
      'a story of one year',
      'The fleet sailed on 2 April 1888 and reached the channel on 19 July.',
      '1888-04-02',
    ],
  ])('still gives the news date after %s', (_title, lead, value) => {
    expect(newsDate(lead)).toBe(value);
  });
});
