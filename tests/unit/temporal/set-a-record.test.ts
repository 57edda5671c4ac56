/**
 * A record set "for" a stretch is a feat of its date, not an arrangement for a date ahead, as "set
 * a date for the vote in March" is. Made-up passages from review (helper 176), told in April.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const values = (text: string) =>
  tagTimexes(text, { published: '2026-04-22' }).map((t) => [t.text, t.value]);

describe('a record set for a stretch', () => {
  it('is past, of the month named', () => {
    // (was 2027-03, read as "set a date for")
    expect(values('Temperatures set a record for the 14th straight month in March.')).toEqual([
      ['March', '2026-03'],
    ]);
    expect(values('Shares set a new high for the fourth day in March.')).toEqual([
      ['March', '2026-03'],
    ]);
  });

  it('leaves a date or a deadline set for a month ahead', () => {
    expect(values('They set a date for the vote in March.')).toEqual([['March', '2027-03']]);
    expect(values('The judge set a deadline for filings in March.')).toEqual([
      ['March', '2027-03'],
    ]);
  });

  it('leaves a feat word that only qualifies what is arranged (review, helper 178)', () => {
    // (were 2026-03: "record" and "best" were taken for the feat itself)
    expect(values('Organizers set a record attendance goal for March.')).toEqual([
      ['March', '2027-03'],
    ]);
    expect(values('The league set the best-of-seven final for March.')).toEqual([
      ['March', '2027-03'],
    ]);
  });

  it('takes a feat with two words before it', () => {
    expect(values('The index set a new all-time high for the year in March.')).toEqual([
      ['March', '2026-03'],
    ]);
  });
});
