import { describe, expect, it } from 'vitest';
import { dateValue, findDates, parseWholeDate } from '../../../src/extract/article/dates.ts';

const WHOLE: Array<[text: string, value: string]> = [
  ['May 17, 2023', '2023-05-17'],
  ['May 17 2023', '2023-05-17'],
  ['Jan. 5, 2010', '2010-01-05'],
  ['Sept. 30, 2022', '2022-09-30'],
  ['Sep 30, 2022', '2022-09-30'],
  ['January 09, 2008', '2008-01-09'],
  ['January 5th, 2010', '2010-01-05'],
  ['Wednesday, May 17, 2023', '2023-05-17'],
  ['Wed, 17 May 2023', '2023-05-17'],
  ['17 May 2023', '2023-05-17'],
  ['5th of January 2010', '2010-01-05'],
  ['MARCH 3, 2010', '2010-03-03'],
  ['2023-05-17', '2023-05-17'],
  ['2023/05/17', '2023-05-17'],
  ['2023-05-17T10:20:00Z', '2023-05-17'],
  ['08/07/1998', '1998-08-07'],
  ['08-07-1998', '1998-08-07'],
  ['3/6/12', '2012-03-06'],
  ['8/7/98', '1998-08-07'],
  ['03-06-12', '2012-03-06'],
  ['25/12/11', '2011-12-25'],
  ['17/05/2023', '2023-05-17'],
  ['17.05.2023', '2023-05-17'],
  ['May 2023', '2023-05'],
  ['March 3', 'XXXX-03-03'],
  ['7 August', 'XXXX-08-07'],
  ['Feb. 29', 'XXXX-02-29'],
];

describe('findDates()', () => {
  it.each(WHOLE)('reads "%s" as %s', (text, value) => {
    const date = parseWholeDate(text);
    expect(date).not.toBeNull();
    expect(dateValue(date!)).toBe(value);
  });

  it.each([
    ['February 30, 2023', 'no such day'],
    ['2023-13-01', 'no such month'],
    ['they may 2 go', 'not a month but the verb'],
    ['32 May 2023', 'no such day'],
    ['1,239-kilometer', 'a number'],
    ['May', 'a month name alone'],
    ['10.4.11', 'a version number (two-digit years only with / and -)'],
    ['1/2/3', 'a one-digit year'],
    ['13/13/2012', 'no month either way'],
  ])('finds no date in "%s" (%s)', (text) => {
    expect(parseWholeDate(text)).toBeNull();
  });

  it.each([['they may 2 go'], ['we sat 3 hours'], ['the sun 5 times']])(
    'reads no lower-case word as a month or weekday in "%s"',
    (text) => {
      expect(findDates(text)).toEqual([]);
    },
  );

  it('gives offsets and the longest reading where forms overlap', () => {
    const text = 'Published on Wednesday, May 17, 2023 at 10:00';
    const [date] = findDates(text);
    expect(text.slice(date!.start, date!.end)).toBe('Wednesday, May 17, 2023');
    expect(date!.weekday).toBe(3);
  });

  it.each([
    ['version 10.5.8 of the system', 'a version'],
    ['pages 1/2/3/4 of the file', 'a list'],
    ['the 2012-03-06-07 build', 'a longer run of numbers'],
  ])('finds no date in "%s" (%s)', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it.each([
    ['06/03/2012', null, true],
    ['03/03/2012', null, false],
    ['25/12/2012', 'day-first', false],
    ['12/25/2012', 'month-first', false],
    ['06.03.2012', 'day-first', false],
    ['6 March 2012', 'day-first', false],
    ['March 6, 2012', 'month-first', false],
    ['2012-03-06', null, false],
    ['March 2012', null, false],
  ])('tells how "%s" orders day and month: %s (swappable: %s)', (text, order, swappable) => {
    const date = parseWholeDate(text);
    expect(date?.order).toBe(order);
    expect(date?.swappable).toBe(swappable);
  });

  it('finds every date of a text in order', () => {
    const found = findDates('From March 3 to 17 May 2023, and again in June 2024.').map(dateValue);
    expect(found).toEqual(['XXXX-03-03', '2023-05-17', '2024-06']);
  });
});
