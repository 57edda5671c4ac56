/**
 * A date in an aside that measures the sentence's own date from it ("on March 2, weeks after the
 * February 10 deadline") is no date the story goes on from: "Three days later" counts from March
 * 2. A sentence with no date before the aside's still goes on from it. Passages made up for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const valueOf = (text: string, expression: string) =>
  tagTimexes(text, { published: '2026-03-20' }).find((t) => t.text === expression)?.value;

describe('a date in a distance aside', () => {
  it('is not what "later" counts from', () => {
    // (were 2026-02-13 and 2026-02-12, counted from February 10)
    const text =
      'Talks collapsed on March 2, weeks after the February 10 deadline. Three days later, on Thursday, the union returned.';
    expect(valueOf(text, 'Three days later')).toBe('2026-03-05');
    expect(valueOf(text, 'Thursday')).toBe('2026-03-05');
    // (was 2026-03-12, counted from March 10)
    expect(
      valueOf(
        'Talks collapsed on March 2, days before the March 10 deadline. Two days later the union returned.',
        'Two days later',
      ),
    ).toBe('2026-03-04');
  });

  it('is still what "later" counts from with no date before it', () => {
    expect(
      valueOf(
        'Weeks after the February 10 deadline, talks collapsed. Two days later the union returned.',
        'Two days later',
      ),
    ).toBe('2026-02-12');
  });
});
