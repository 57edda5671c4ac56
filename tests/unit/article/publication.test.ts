import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/extract/article/index.ts';

type Case = [
  title: string,
  raw: string,
  value: string | null,
  granularity: string | null,
  source: string,
];

/** Synthetic articles in the header formats of wires and news sites. */
const CASES: Case[] = [
  [
    'a date alone on a line under the headline (Wikinews)',
    'Apple launches 3G iPhone\n\nJune 9, 2008\n\nApple unveiled the phone.',
    '2008-06-09',
    'day',
    'text',
  ],
  [
    'a zero-padded day',
    'Apple to lower prices\n\nJanuary 09, 2008\n\nApple said so.',
    '2008-01-09',
    'day',
    'text',
  ],
  [
    'an AP-style abbreviated month',
    'Jan. 5, 2010\n\nThe company said it would cut jobs.',
    '2010-01-05',
    'day',
    'text',
  ],
  [
    'a "Published:" header',
    'Published: Jan. 5, 2010\nBy JOHN SMITH, Associated Press Writer\n\nNEW YORK (AP) — The company cut jobs.',
    '2010-01-05',
    'day',
    'text',
  ],
  [
    '"Published" wins over "Updated"',
    'Updated: May 18, 2023\nPublished: May 17, 2023\n\nThe border reopened.',
    '2023-05-17',
    'day',
    'text',
  ],
  [
    'an "Updated" header with a time and weekday',
    'Updated 2:34 PM ET, Wed May 17, 2023\n\n(CNN) — The border service began checks.',
    '2023-05-17',
    'day',
    'text',
  ],
  [
    'a header line with times and a relative update',
    'Markets fall\nMay 17, 2023 / 10:42 AM / Updated 2 hours ago\n\nLONDON (Reuters) - Shares fell.',
    '2023-05-17',
    'day',
    'text',
  ],
  [
    'an ISO date-time in the header',
    'Headline here\n2023-05-17T10:20:00Z\nBody text goes here. More text.',
    '2023-05-17',
    'day',
    'text',
  ],
  [
    'a day-first numeric date with a label',
    'Posted on 17/05/2023 by admin\n\nThe border reopened.',
    '2023-05-17',
    'day',
    'text',
  ],
  [
    'a day-first date with a weekday and a clock (Guardian)',
    'Wednesday 17 May 2023 14.30 BST\n\nThe border reopened.',
    '2023-05-17',
    'day',
    'text',
  ],
  [
    '"First published" and "Last modified"',
    'First published on Wed 17 May 2023 14.30 BST\nLast modified on Thu 18 May 2023 08.35 BST\n\nThe border reopened.',
    '2023-05-17',
    'day',
    'text',
  ],
  [
    'a byline and a date on one line',
    'By Jane Doe | May 17, 2023\n\nThe talks ended without a deal.',
    '2023-05-17',
    'day',
    'text',
  ],
  [
    'a place and a date on one line (Reuters)',
    'WASHINGTON | Wed Mar 3, 2010 6:15pm EST\n\nWASHINGTON (Reuters) - The Senate voted.',
    '2010-03-03',
    'day',
    'text',
  ],
  [
    'a US numeric date in a wire header line',
    'APW19980807.0261 NEWS STORY 08/07/1998 06:18:00\n\nNAIROBI, Kenya (AP) _ Bombs exploded.',
    '1998-08-07',
    'day',
    'text',
  ],
  [
    'a month and year only',
    'Published: May 2023\n\nThe border reopened.',
    '2023-05',
    'month',
    'text',
  ],
  [
    'a dateline with a full date and a wire',
    'NEW YORK, March 3, 2010 /PRNewswire/ -- Acme Corp today announced results.',
    '2010-03-03',
    'day',
    'dateline',
  ],
  [
    'a dateline with an ISO date (RCV1)',
    'LONDON 1996-08-20\n\nBritish shares fell on Tuesday.',
    '1996-08-20',
    'day',
    'dateline',
  ],
  [
    'a date opening the lead',
    'Thursday, March 4, 2010 — The Senate voted on the bill.',
    '2010-03-04',
    'day',
    'dateline',
  ],
  [
    'a dateline in capitals',
    'WASHINGTON, MARCH 3, 2010 (UPI) -- The Senate voted.',
    '2010-03-03',
    'day',
    'dateline',
  ],
  [
    'a yearless dateline stays partial when the text gives no year',
    'WASHINGTON, March 3 (Reuters) - U.S. stocks rose sharply after the data.',
    'XXXX-03-03',
    'day',
    'dateline',
  ],
  [
    'a yearless dateline takes the copyright year',
    'HOUSTON, Feb 26 - Texas Commerce said it filed.\n\nCopyright 1987 Reuters',
    '1987-02-26',
    'day',
    'dateline',
  ],
  [
    'a yearless dateline takes the year of a later full date of the text',
    'BEIJING, Dec 30 (Xinhua) -- China said the rules take effect on Jan. 1, 2011.',
    '2010-12-30',
    'day',
    'dateline',
  ],
  [
    'a yearless dateline takes the only year that fits the weekday of the lead',
    'Stocks rally\n\nWASHINGTON, March 3 (Reuters) - U.S. stocks rose on Wednesday after hiring data for 2010.',
    '2010-03-03',
    'day',
    'dateline',
  ],
  [
    'a yearless dateline stays partial when no named year fits the weekday',
    'WASHINGTON, March 3 (Reuters) - Stocks rose on Monday after hiring data for 2010.',
    'XXXX-03-03',
    'day',
    'dateline',
  ],
  [
    'a full date the lead tells as an event: only the earliest the text can be',
    'Germany declared war on Russia on 1 August 1914 and invaded Belgium on 4 August.',
    '1914-08-01',
    'day',
    'lead',
  ],
  [
    'a full date in the lead, nothing else',
    'KYIV, Ukraine (AP) — Russian forces shelled the city, officials said Friday, Sept. 30, 2022.',
    '2022-09-30',
    'day',
    'text',
  ],
  [
    'a copyright year alone',
    'Talks ended.\n\n© 2019 Example News. All rights reserved.',
    '2019',
    'year',
    'copyright',
  ],
  [
    "a photo caption's old date is no publication date",
    'FILE - In this March 1, 1999, file photo, troops parade. (AP Photo/John Roe, File)\n\nTOPEKA, Kan. (AP) — Veterans gathered on Tuesday.',
    null,
    null,
    'none',
  ],
  [
    'an AP slug line at the foot',
    'NAIROBI, Kenya (AP) _ Bombs exploded on Friday.\n\nAP-NY-08-07-98 1822EDT',
    '1998-08-07',
    'day',
    'text',
  ],
  [
    'a date at the foot above a link to more stories',
    'The council approved the budget on Tuesday, the mayor said.\n\nFeb. 8, 2024\n\nMore from City Hall',
    '2024-02-08',
    'day',
    'text',
  ],
  [
    'a Reuters date stamp above the story',
    '26-FEB-1987 15:01:01.79\n\nHOUSTON, Feb 26 - Texas Commerce said it filed.',
    '1987-02-26',
    'day',
    'text',
  ],
  [
    'a yearless dateline takes the year a copyright line writes after its holder',
    'ROME, March 6 - The plan passed.\n\n© Copyright ANSA 2012',
    '2012-03-06',
    'day',
    'dateline',
  ],
  [
    'a yearless dateline takes the year before a year named when only that one fits the weekday',
    'PARIS, May 12 (AFP) - France and Germany agreed Thursday to expand a corps due by the end of 1995.',
    '1994-05-12',
    'day',
    'dateline',
  ],
  [
    'a yearless dateline takes the year the text counts back from',
    'LONDON, March 6 - Workers marked the strike that began on March 1, 1999, 13 years ago.',
    '2012-03-06',
    'day',
    'dateline',
  ],
  [
    'a day-first numeric header in a text that writes day before month',
    '06/03/2012\n\nThe consultation closed on 5 March.',
    '2012-03-06',
    'day',
    'text',
  ],
  [
    'a two-digit year in a header',
    'Posted 3/6/12 10:15 AM\n\nThe mayor signed a deal.',
    '2012-03-06',
    'day',
    'text',
  ],
  [
    'a lead date of an earlier event is no publication date',
    'The bakery chain, founded on March 1, 1999, said on Tuesday it would grow.',
    null,
    null,
    'none',
  ],
  [
    'a lead that counts back from a year gives the year',
    'Workers gathered where the strike began on March 1, 1999, 13 years ago.',
    '2012',
    'year',
    'text',
  ],
  [
    'nothing at all',
    'The talks ended without a deal, officials said on Wednesday.',
    null,
    null,
    'none',
  ],
  [
    'a date later in the body is not a publication date',
    'The talks ended.\n\nThey began on May 5 and will resume on June 1.',
    null,
    null,
    'none',
  ],
  [
    'the first date of a timeline article is its first entry, not the page date',
    'Timeline of the strike\n\nJan. 3, 2024\nWorkers walk out\n\nJan. 9, 2024\nTalks begin',
    null,
    null,
    'none',
  ],
  [
    'nor when its entries open with their dates',
    'Key dates in the strike\n\nJan. 3, 2024: Workers walk out\nJan. 9, 2024: Talks begin',
    null,
    null,
    'none',
  ],
  [
    'a date alone under the headline, with no list after it, still dates the page',
    'Strike ends\n\nJan. 20, 2024\n\nA deal was reached.\n\nTalks began on Jan. 9, 2024.',
    '2024-01-20',
    'day',
    'text',
  ],
];

describe('readArticle() infers the publication date from the text', () => {
  it.each(CASES)('%s', (_title, raw, value, granularity, source) => {
    expect(readArticle({ id: 'a', raw }).published).toEqual({ value, granularity, source });
  });
});

describe('readArticle() ranks the evidence', () => {
  it('a date given by the caller wins over the text', () => {
    const article = readArticle({
      id: 'a',
      raw: 'Jan. 5, 2010\n\nJobs were cut.',
      published: '2010-01-06',
    });
    expect(article.published).toEqual({ value: '2010-01-06', granularity: 'day', source: 'input' });
  });

  it('front matter wins over the caller and the text', () => {
    const raw = '---\npublished: 2010-01-04\n---\nJan. 5, 2010\n\nJobs were cut.';
    const article = readArticle({ id: 'a', raw, fileName: 'a.md', published: '2010-01-06' });
    expect(article.published.source).toBe('front-matter');
    expect(article.published.value).toBe('2010-01-04');
  });

  it('an embedded post that does not quote the lead does not date the article', () => {
    const raw =
      'The minister resigned after a long dispute over the budget.\n' +
      'What a lovely morning in the mountains today pic.twitter.com/abc\n' +
      '— Someone (@someone) May 17, 2023\n';
    expect(readArticle({ id: 'a', raw }).published.source).toBe('none');
  });

  it('a caller date that is not a calendar day is an Error', () => {
    expect(() => readArticle({ id: 'a', raw: 'Text.', published: '2023-02-30' })).toThrow(
      /published/u,
    );
  });
});
