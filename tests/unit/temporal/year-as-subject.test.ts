/**
 * A year that opens its sentence as the subject of a linking verb told in the past frames the
 * part of the year the next sentence opens with, as "Last year, the firm struggled" does. Made-up
 * passages (helper 182), told on 2026-03-10.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const values = (text: string, published = '2026-03-10') =>
  tagTimexes(text, { published }).map((t) => [t.text, t.value]);

describe('a year told of as the subject', () => {
  it('frames the part of the year the next sentence opens with', () => {
    // (were 2026-H1 and 2025-Q2)
    expect(
      values('Last year proved difficult for the firm. In the first half, sales fell 10%.'),
    ).toEqual([
      ['Last year', '2025'],
      ['first half', '2025-H1'],
    ]);
    expect(values('2024 was hard for the firm. In the second quarter, sales fell 10%.')).toEqual([
      ['2024', '2024'],
      ['second quarter', '2024-Q2'],
    ]);
    // (was 2026-Q2, told in August)
    expect(
      values(
        'Last year was hard for the firm. In the second quarter, sales fell 10%.',
        '2026-08-10',
      ),
    ).toEqual([
      ['Last year', '2025'],
      ['second quarter', '2025-Q2'],
    ]);
  });

  it('leaves a year told ahead, a year as a modifier, and a part of another year', () => {
    expect(
      values('2030 will be hard for the firm. In the second quarter, sales fell 10%.'),
    ).toEqual([
      ['2030', '2030'],
      ['second quarter', '2025-Q2'],
    ]);
    expect(
      values('Last year proved difficult for the firm. In the first half of 2026, sales rose.'),
    ).toEqual([
      ['Last year', '2025'],
      ['first half of 2026', '2026-H1'],
    ]);
    expect(
      values('2024 was hard for the firm. This year, in the first half, sales should rise.'),
    ).toEqual([
      ['2024', '2024'],
      ['This year', '2026'],
      ['first half', '2026-H1'],
    ]);
  });

  it('does not frame the rest of its own sentence (made-up passages, helper 184)', () => {
    // (were 2025-01-09, 2025-03 and 2025-01 under the first cut of the rule)
    expect(
      values('2025 was the hottest year on record, the agency said on Jan. 9.', '2026-01-12'),
    ).toEqual([
      ['2025', '2025'],
      ['Jan. 9', '2026-01-09'],
    ]);
    expect(
      values('2025 was a record year, and the firm expects another in March.', '2026-01-10'),
    ).toEqual([
      ['2025', '2025'],
      ['March', '2026-03'],
    ]);
    expect(
      values('Last year was the warmest on record, scientists said in January.', '2026-02-15'),
    ).toEqual([
      ['Last year', '2025'],
      ['January', '2026-01'],
    ]);
    // (the next sentence's opening still is the year's)
    expect(
      values('2008 was the year of the crash. In September, Lehman Brothers collapsed.'),
    ).toEqual([
      ['2008', '2008'],
      ['September', '2008-09'],
    ]);
  });

  it('does not frame a next sentence told in the present (made-up, helper 184)', () => {
    // (was 2025-Q2 under the first cut of the rule, told in August)
    expect(
      values(
        'Last year was difficult for the chain. In the second quarter, sales have recovered.',
        '2026-08-01',
      ),
    ).toEqual([
      ['Last year', '2025'],
      ['second quarter', '2026-Q2'],
    ]);
  });
});
