import { describe, expect, it } from 'vitest';
import { DAY_MS, htmlDatetime, isoDayToMs, msToIsoDay } from '../../../src/timeline/dates.ts';

describe('isoDayToMs()', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', DAY_MS],
    ['1969-12-31', -DAY_MS],
    ['2023-05-05', Date.UTC(2023, 4, 5)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    // Years below 100 are not shifted to the 1900s, as Date.UTC(95, ...) would.
    ['0095-03-01', new Date(Date.UTC(2000, 2, 1)).setUTCFullYear(95)],
  ])('puts %s at the UTC midnight that starts it', (iso, ms) => {
    expect(isoDayToMs(iso)).toBe(ms);
  });

  it('rejects what is not an ISO day', () => {
    expect(() => isoDayToMs('2023-05')).toThrow(/not an ISO day/);
  });
});

describe('msToIsoDay()', () => {
  it.each([
    [0, '1970-01-01'],
    [DAY_MS - 1, '1970-01-01'],
    [-1, '1969-12-31'],
    [Date.UTC(2023, 4, 5, 23, 59), '2023-05-05'],
  ])('names the day that contains %d', (ms, iso) => {
    expect(msToIsoDay(ms)).toBe(iso);
  });

  it('round-trips every day of a leap year', () => {
    const start = isoDayToMs('2024-01-01');
    for (let day = 0; day < 366; day++) {
      const ms = start + day * DAY_MS;
      expect(isoDayToMs(msToIsoDay(ms))).toBe(ms);
    }
  });
});

describe('htmlDatetime()', () => {
  it.each([
    [{ value: '2018', granularity: 'year' }, '2018'],
    [{ value: '2023-05', granularity: 'month' }, '2023-05'],
    [{ value: '2023-05-05', granularity: 'day' }, '2023-05-05'],
    [{ value: '2013-W12', granularity: 'week' }, '2013-W12'],
    [{ value: '2018-07-20T14:30', granularity: 'time' }, '2018-07-20T14:30'],
    // No machine-readable form is more precise than the date: none for these.
    [{ value: '2023-FA', granularity: 'season' }, null],
    [{ value: '2023-Q2', granularity: 'quarter' }, null],
    [{ value: '2018-WXX-1', granularity: 'day' }, null],
    [{ value: '199', granularity: 'decade' }, null],
    // a range ("March 2019 – June 2020") is no one date
    [{ value: '2019-03', through: '2020-06', granularity: 'month' }, null],
  ] as const)('gives %j the datetime %j', (date, expected) => {
    expect(htmlDatetime(date)).toBe(expected);
  });
});
