/**
 * A habit puts both ends of a range of days in no one year: the first end's day of the month does
 * not stop the habit reaching the second ("typically runs from June 1 to [Nov. 30]"), while a year
 * still does. Passages made up for these tests.
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
