import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { tickDates, tickLabel } from '../../../src/timeline/ticks.ts';

/** A UTC date; `Date.UTC` reads years 0-99 as 1900-1999, so the year is set apart. */
function utc(year: number, month = 1, day = 1, hour = 0, minute = 0): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute);
  return date;
}

describe('tickLabel()', () => {
  it.each([
    [utc(410), '410'],
    [utc(600), '600'],
    [utc(50), '50'],
    [utc(1995), '1995'],
    [utc(2018), '2018'],
  ])('writes the year of %o without padding: %j', (date, label) => {
    expect(tickLabel(date)).toBe(label);
  });

  it.each([
    [utc(2018, 3), 'March'],
    [utc(410, 3), 'March'],
    // 2023-05-07 is a Sunday, the first day of d3's weeks; 2023-05-10 a Wednesday
    [utc(2023, 5, 7), 'May 7'],
    [utc(2023, 5, 10), 'Wed 10'],
    [utc(2023, 5, 3), 'Wed 3'],
    [utc(2023, 5, 3, 15), '3 PM'],
    [utc(2023, 5, 3, 9, 5), '9:05'],
  ])('writes the month, week, day or hour of %o without padding: %j', (date, label) => {
    expect(tickLabel(date)).toBe(label);
  });

  it('the ticks of an axis over four centuries read as years', () => {
    const x = scaleUtc().domain([utc(400), utc(2000)]);
    const labels = x.ticks(8).map((tick) => tickLabel(tick));
    expect(labels).toContain('400');
    expect(labels.every((label) => !label.startsWith('0'))).toBe(true);
  });

  it("the ticks of an axis over a month read as d3's, with unpadded days: 'May 7', not 'May 07'", () => {
    const x = scaleUtc().domain([utc(2023, 5, 1), utc(2023, 6, 1)]);
    const labels = x.ticks(5).map((tick) => tickLabel(tick));
    expect(labels).toContain('May 7');
    expect(labels).toEqual(x.ticks(5).map((tick) => x.tickFormat()(tick).replace(/ 0/u, ' ')));
  });
});

describe('tickDates()', () => {
  const x = (from: Date, to: Date) => scaleUtc().domain([from, to]).range([0, 1000]);

  it("keeps d3's ticks over months and years", () => {
    const scale = x(utc(2020), utc(2024));
    expect(tickDates(scale, 9)).toEqual(scale.ticks(9));
  });

  it('never ticks at noon: a view of a few days has a tick at each midnight only', () => {
    const scale = x(utc(2023, 5, 8, 6), utc(2023, 5, 12, 18));
    expect(scale.ticks(9).some((t) => t.getUTCHours() !== 0)).toBe(true);
    expect(tickDates(scale, 9).map((t) => tickLabel(t))).toEqual([
      'Tue 9',
      'Wed 10',
      'Thu 11',
      'Fri 12',
    ]);
  });

  it('includes a midnight at either end of the view', () => {
    const scale = x(utc(2023, 5, 9), utc(2023, 5, 11));
    expect(tickDates(scale, 9).map((t) => t.toISOString().slice(0, 10))).toEqual([
      '2023-05-09',
      '2023-05-10',
      '2023-05-11',
    ]);
  });
});
