/**
 * A month beside an explicit year in the same phrase is of that year, whichever comes first:
 * "The plant closed in 2009 in March", "in 2009, in March,", "in March, in 2009," are 2009-03, as
 * "in March in 2009" was; not a month in another clause, or after a year in an aside. Passages
 * made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const valueOf = (text: string, expression: string) =>
  tagTimexes(text, { published: '2026-03-20' }).find((t) => t.text === expression)?.value;

describe('a year told right beside a month in its phrase', () => {
  it('gives the month its year after it', () => {
    // (were 2026-03, the publication's March)
    expect(valueOf('The plant closed in 2009 in March.', 'March')).toBe('2009-03');
    expect(valueOf('The plant closed in 2009, in March, and never reopened.', 'March')).toBe(
      '2009-03',
    );
    expect(valueOf('The plant closed in 2009, on March 12, and never reopened.', 'March 12')).toBe(
      '2009-03-12',
    );
    expect(valueOf('The plant closed in 2009, in March, when demand collapsed.', 'March')).toBe(
      '2009-03',
    );
    expect(valueOf('Fares fell in 2009, in March, by a tenth.', 'March')).toBe('2009-03');
  });

  it('gives the month its year before it, set off by commas', () => {
    // (was 2026-03)
    expect(valueOf('The plant closed in March, in 2009, and never reopened.', 'March')).toBe(
      '2009-03',
    );
  });

  it('leaves a month of another clause or after an aside the publication’s', () => {
    expect(valueOf('Sales in 2009 rose; in March, the firm cut jobs.', 'March')).toBe('2026-03');
    expect(valueOf('The firm, founded in 2009, in March announced layoffs.', 'March')).toBe(
      '2026-03',
    );
    expect(valueOf('The firm, which opened in 2009, in March, was sold.', 'March')).toBe('2026-03');
    expect(valueOf('Between 2009 and March, output doubled.', 'March')).toBe('2026-03');
    // (a month set off by commas that opens the next clause: were 2019-03, 2025-03, 1990-03)
    expect(valueOf('Elected in 2019, in March, she resigned over the scandal.', 'March')).toBe(
      '2026-03',
    );
    expect(valueOf('Prices rose in 2025, in March, however, they fell.', 'March')).toBe('2026-03');
    expect(valueOf('Founded in 1990, in March, the firm announced layoffs.', 'March')).toBe(
      '2026-03',
    );
    expect(valueOf('The plant closed in 2009 and reopened in March 2010.', 'March 2010')).toBe(
      '2010-03',
    );
  });
});
