import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { tickLabel } from '../../../src/timeline/ticks.ts';

/** A UTC date; `Date.UTC` reads years 0-99 as 1900-1999, so the year is set apart. */
function utc(year: number, month = 1, day = 1): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

describe('tickLabel()', () => {
  const d3Label = scaleUtc().tickFormat();

  it.each([
    [utc(410), '410'],
    [utc(600), '600'],
    [utc(50), '50'],
    [utc(1995), '1995'],
    [utc(2018), '2018'],
  ])('writes the year of %o without padding: %j', (date, label) => {
    expect(tickLabel(date, d3Label)).toBe(label);
  });

  it("leaves other ticks to d3's own format", () => {
    expect(tickLabel(utc(2018, 3), d3Label)).toBe('March');
    expect(tickLabel(utc(410, 3), d3Label)).toBe('March');
    expect(tickLabel(utc(2018, 3, 8), d3Label)).toBe(d3Label(utc(2018, 3, 8)));
  });

  it('the ticks of an axis over four centuries read as years', () => {
    const x = scaleUtc().domain([utc(400), utc(2000)]);
    const labels = x.ticks(8).map((tick) => tickLabel(tick, x.tickFormat()));
    expect(labels).toContain('400');
    expect(labels.every((label) => !label.startsWith('0'))).toBe(true);
  });
});
