import { describe, expect, it } from 'vitest';
import { eventDate, eventRange, timexInterval } from '../../../src/extract/calendar/index.ts';

type Case = [
  value: string,
  mod: string | undefined,
  start: string,
  end: string,
  granularity: string,
];

/** Intervals are [start, end) in ISO days; end is the day after the last day covered. */
const INTERVALS: Case[] = [
  ['2023-05-05', undefined, '2023-05-05', '2023-05-06', 'day'],
  ['2024-02-29', undefined, '2024-02-29', '2024-03-01', 'day'],
  ['2023-12-31', undefined, '2023-12-31', '2024-01-01', 'day'],
  ['2023-05', undefined, '2023-05-01', '2023-06-01', 'month'],
  ['2023-12', undefined, '2023-12-01', '2024-01-01', 'month'],
  ['2023', undefined, '2023-01-01', '2024-01-01', 'year'],
  ['0800', undefined, '0800-01-01', '0801-01-01', 'year'],
  ['2023-05-05T10:30', undefined, '2023-05-05', '2023-05-06', 'time'],
  ['2023-05-05T10:30:15+02:00', undefined, '2023-05-05', '2023-05-06', 'time'],
  ['2023-05-05T23:59Z', undefined, '2023-05-05', '2023-05-06', 'time'],
  ['2023-05-05T24:00', undefined, '2023-05-05', '2023-05-06', 'time'],
  ['2018-07-20TNI', undefined, '2018-07-20', '2018-07-21', 'time'],
  ['2018-07-20TMO', undefined, '2018-07-20', '2018-07-21', 'time'],
  ['2000-04-16TEV', undefined, '2000-04-16', '2000-04-17', 'time'],
  ['2023-SP', undefined, '2023-03-01', '2023-06-01', 'season'],
  ['2023-SU', undefined, '2023-06-01', '2023-09-01', 'season'],
  ['2023-FA', undefined, '2023-09-01', '2023-12-01', 'season'],
  ['2023-WI', undefined, '2023-12-01', '2024-03-01', 'season'],
  ['2013-Q1', undefined, '2013-01-01', '2013-04-01', 'quarter'],
  ['2013-Q4', undefined, '2013-10-01', '2014-01-01', 'quarter'],
  ['2013-H1', undefined, '2013-01-01', '2013-07-01', 'half'],
  ['2013-H2', undefined, '2013-07-01', '2014-01-01', 'half'],
  ['2013-W12', undefined, '2013-03-18', '2013-03-25', 'week'],
  ['2000-W8', undefined, '2000-02-21', '2000-02-28', 'week'],
  ['2000-W08', undefined, '2000-02-21', '2000-02-28', 'week'],
  ['2020-W01', undefined, '2019-12-30', '2020-01-06', 'week'],
  ['2020-W53', undefined, '2020-12-28', '2021-01-04', 'week'],
  ['2013-W12-WE', undefined, '2013-03-23', '2013-03-25', 'week'],
  ['2013-W12-3', undefined, '2013-03-20', '2013-03-21', 'day'],
  ['2013-W12-3TAF', undefined, '2013-03-20', '2013-03-21', 'time'],
  ['199X', undefined, '1990-01-01', '2000-01-01', 'decade'],
  ['199', undefined, '1990-01-01', '2000-01-01', 'decade'],
  ['19XX', undefined, '1900-01-01', '2000-01-01', 'century'],
  ['19', undefined, '1900-01-01', '2000-01-01', 'century'],
  // Partially known values: the interval of what is known, at that granularity.
  ['2018-WXX-1', undefined, '2018-01-01', '2019-01-01', 'year'],
  ['2018-XX-XX', undefined, '2018-01-01', '2019-01-01', 'year'],
  ['2018-XX', undefined, '2018-01-01', '2019-01-01', 'year'],
  ['1998-WXX', undefined, '1998-01-01', '1999-01-01', 'year'],
  ['1998-QX', undefined, '1998-01-01', '1999-01-01', 'year'],
  ['1998-08-XX', undefined, '1998-08-01', '1998-09-01', 'month'],
  ['2018-WXX-1TNI', undefined, '2018-01-01', '2019-01-01', 'year'],
  // Mods: START/MID/END are thirds cut at the next finer unit; the others keep the interval.
  ['199X', 'START', '1990-01-01', '1994-01-01', 'decade'],
  ['199X', 'MID', '1994-01-01', '1997-01-01', 'decade'],
  ['199X', 'END', '1997-01-01', '2000-01-01', 'decade'],
  ['19XX', 'START', '1900-01-01', '1934-01-01', 'century'],
  ['2023', 'START', '2023-01-01', '2023-05-01', 'year'],
  ['2023', 'MID', '2023-05-01', '2023-09-01', 'year'],
  ['2023', 'END', '2023-09-01', '2024-01-01', 'year'],
  ['2023-WI', 'END', '2024-02-01', '2024-03-01', 'season'],
  ['2023-05', 'START', '2023-05-01', '2023-05-12', 'month'],
  ['2023-05', 'MID', '2023-05-12', '2023-05-22', 'month'],
  ['2024-02', 'END', '2024-02-20', '2024-03-01', 'month'],
  ['2023-05-05', 'END', '2023-05-05', '2023-05-06', 'day'],
  ['2023-05-05', 'APPROX', '2023-05-05', '2023-05-06', 'day'],
  ['2014', 'BEFORE', '2014-01-01', '2015-01-01', 'year'],
  ['2023', 'start', '2023-01-01', '2023-05-01', 'year'],
];

describe('timexInterval()', () => {
  it.each(INTERVALS)(
    '%s (mod %s) covers [%s, %s) at granularity %s',
    (value, mod, start, end, granularity) => {
      expect(timexInterval(value, mod)).toEqual({
        start,
        end,
        granularity,
        // a vague mod, or a part named but unknown ("2018-WXX-1": a Monday somewhere in 2018)
        approximate: mod !== undefined || /X/u.test(value.slice(4)),
      });
    },
  );

  it('a mod it does not know changes nothing', () => {
    expect(timexInterval('2023', 'FOO')).toEqual({
      start: '2023-01-01',
      end: '2024-01-01',
      granularity: 'year',
      approximate: false,
    });
  });

  const NO_INTERVAL = [
    ['XXXX', 'no year'],
    ['XXXX-05-05', 'no year'],
    ['XXXX-WXX-2', 'a Tuesday of no known year'],
    ['XXXX-SU', 'a summer of no known year'],
    ['PRESENT_REF', 'the event layer anchors reference values'],
    ['PAST_REF', 'the event layer anchors reference values'],
    ['FUTURE_REF', 'the event layer anchors reference values'],
    ['P28Y', 'a duration is not a date'],
    ['XXXX-WXX-1', 'a set-like weekday'],
    ['T10:30', 'a time with no day'],
    ['2023-02-29', 'no such day'],
    ['2023-13', 'no such month'],
    ['2021-W53', '2021 has 52 ISO weeks'],
    ['2023-05-05T25:00', 'no such hour'],
    ['2023-05-05T24:30', 'no time after 24:00'],
    ['2023-Q5', 'no such quarter'],
    ['', 'empty'],
    ['May 5', 'not a TIMEX3 value'],
  ];
  it.each(NO_INTERVAL)('%s has no interval (%s)', (value) => {
    expect(timexInterval(value)).toBeNull();
  });

  it('is the same in every time zone: it never builds a local-time Date', () => {
    // Vitest pins TZ=UTC; the arithmetic is on day numbers, so a late-in-the-day time stays on its day.
    expect(timexInterval('2023-05-05T23:30-11:00')?.start).toBe('2023-05-05');
  });
});

describe('eventDate()', () => {
  it('combines the interval and the label of a value', () => {
    expect(eventDate('2023-FA')).toEqual({
      value: '2023-FA',
      start: '2023-09-01',
      end: '2023-12-01',
      granularity: 'season',
      approximate: false,
      label: 'autumn 2023',
    });
  });

  it('keeps the mod in the label and the approximate flag', () => {
    expect(eventDate('199X', 'START')).toMatchObject({
      start: '1990-01-01',
      end: '1994-01-01',
      approximate: true,
      label: 'the early 1990s',
    });
  });

  it('draws a fiscal year or quarter over its calendar year, approximate', () => {
    expect(eventDate('FY2013')).toEqual({
      value: 'FY2013',
      start: '2013-01-01',
      end: '2014-01-01',
      granularity: 'year',
      approximate: true,
      label: 'fiscal 2013',
    });
    expect(eventDate('FY2013-Q3')).toMatchObject({ start: '2013-01-01', label: 'fiscal Q3 2013' });
  });

  it('gives null for a value the event layer must anchor first', () => {
    expect(eventDate('PRESENT_REF')).toBeNull();
    expect(eventDate('XXXX-WXX-2')).toBeNull();
  });
});

describe('eventRange()', () => {
  const range = (from: string, through: string) =>
    eventRange(eventDate(from)!, eventDate(through)!);

  it('spans the first day of one end to the last of the other, and keeps both values', () => {
    expect(range('2019-03', '2020-06')).toEqual({
      value: '2019-03',
      through: '2020-06',
      start: '2019-03-01',
      end: '2020-07-01',
      granularity: 'month',
      approximate: false,
      label: 'March 2019 – June 2020',
    });
  });

  it.each([
    ['2023-05-05', '2023-05-07', 'May 5–7, 2023'],
    ['2023-05-05', '2023-06-02', 'May 5 – June 2, 2023'],
    ['2023-01', '2023-03', 'January – March 2023'],
    ['2015', '2017', '2015–2017'],
    ['2019', '2023-05-17', '2019 – May 17, 2023'],
    ['2022-12-30', '2023-01-02', 'December 30, 2022 – January 2, 2023'],
    ['2023-SU', '2023-FA', 'summer – autumn 2023'],
  ])('reads %s through %s as "%s", the year said once when both ends share it', (a, b, label) => {
    expect(range(a, b)?.label).toBe(label);
  });

  it('is approximate when either end is', () => {
    const early = eventDate('2019', 'START')!;
    expect(eventRange(early, eventDate('2021')!)).toMatchObject({
      approximate: true,
      start: '2019-01-01',
      end: '2022-01-01',
    });
  });

  it('gives null when the ends are out of order, the same, or one holds the other', () => {
    expect(range('2017', '2015')).toBeNull();
    expect(range('2017', '2017')).toBeNull();
    expect(range('2017', '2017-05')).toBeNull();
    expect(range('2017-05', '2017')).toBeNull();
  });
});

describe('eventDate() before the common era', () => {
  it('names no interval for a BC value: no event is placed in the wrong millennium', () => {
    expect(eventDate('BC14')).toBeNull();
    expect(eventDate('BC1200')).toBeNull();
  });
});
