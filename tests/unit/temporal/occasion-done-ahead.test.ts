/**
 * A month's occasion whose result is the subject, or that a future acts on as done ("will be
 * certified", "will be challenged"), is the nearest such month, not the coming one. Made-up
 * passages (helper 186).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const values = (text: string, published: string) =>
  tagTimexes(text, { published }).map((t) => [t.text, t.value]);

describe('a month occasion acted on as done', () => {
  it('is the nearest month', () => {
    // (were 2027-11, 2027-01, 2027-03: the "will" after put the month ahead)
    expect(
      values('The November election result will be certified next week.', '2026-12-07'),
    ).toEqual([
      ['November', '2026-11'],
      ['next week', '2026-W51'],
    ]);
    expect(values('The January vote will be challenged in court.', '2026-02-10')).toEqual([
      ['January', '2026-01'],
    ]);
    expect(values('The March referendum outcome will be appealed.', '2026-04-15')).toEqual([
      ['March', '2026-03'],
    ]);
    // the nearest, which may be ahead
    expect(values('The May election results will be certified.', '2026-03-10')).toEqual([
      ['May', '2026-05'],
    ]);
  });

  it('leaves an occasion still to be held or run ahead', () => {
    expect(values('The June meeting will be held in Paris.', '2026-03-10')).toEqual([
      ['June', '2026-06'],
    ]);
    expect(values('The February summit will be delayed.', '2026-03-10')).toEqual([
      ['February', '2027-02'],
    ]);
    expect(values('The January election will be contested by four parties.', '2026-12-07')).toEqual(
      [['January', '2027-01']],
    );
    // (made up, helper 192) a result said only to be still to tell, and a later clause's "will be
    // challenged", leave the month ahead (were 2025-08 and 2025-09, the nearest)
    expect(
      values('The August election outcome will decide who controls parliament.', '2026-01-10'),
    ).toEqual([['August', '2026-08']]);
    expect(
      values(
        'The September summit will be closely watched, and any deal will be challenged by hardliners.',
        '2026-01-10',
      ),
    ).toEqual([['September', '2026-09']]);
  });
});
