/**
 * A habit puts both ends of a range of days in no one year: the first end's day of the month does
 * not stop the habit reaching the second ("typically runs from June 1 to [Nov. 30]"), while a year
 * still does, and so does a number that is no month's day ("usually opens at 9 and closed on"). Passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const values = (text: string) =>
  tagTimexes(text, { published: '2016-08-18' }).map((t) => [t.text, t.value]);

describe('a habitual range of days', () => {
  it('is in no year at both ends', () => {
    // (Nov. 30 was 2016-11-30 beside XXXX-06-01)
    expect(values('Hurricane season typically runs from June 1 to Nov. 30.')).toEqual([
      ['June 1', 'XXXX-06-01'],
      ['Nov. 30', 'XXXX-11-30'],
    ]);
    // (past an abbreviated month's dot and day too: Oct. 1 was 2016-10-01)
    expect(values('Storms typically peak from Aug. 20 to Oct. 1.')).toEqual([
      ['Aug. 20', 'XXXX-08-20'],
      ['Oct. 1', 'XXXX-10-01'],
    ]);
    // (and past a rate, which the habit tells)
    expect(values('Rents typically rise 3 percent in January.')).toEqual([['January', 'XXXX-01']]);
  });

  it("stops at a number that is no month's day", () => {
    // (each was XXXX when any one- or two-digit number let the habit through)
    expect(values('The museum usually opens at 9 and closed early on Dec. 24.')).toEqual([
      ['Dec. 24', '2015-12-24'],
    ]);
    expect(
      values('Typically 10 to 12 storms form each season and Hurricane Earl formed on Aug. 2.'),
    ).toEqual([['Aug. 2', '2016-08-02']]);
    expect(values('The plant normally employs 40 workers and laid off 12 on Friday.')).toEqual([
      ['Friday', '2016-08-12'],
    ]);
  });

  it('stops at a year of its own', () => {
    // (June is a day of 2015's story, whichever year the tagger then gives it, not a habit's)
    const [may, year, june] = values('The fair usually opens in May and in 2015 opened in June.');
    expect([may, year]).toEqual([
      ['May', 'XXXX-05'],
      ['2015', '2015'],
    ]);
    expect(june?.[1]).not.toMatch(/^XXXX/u);
  });
});
