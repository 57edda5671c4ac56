/**
 * Inputs built to make regular expressions backtrack (tests/fixtures/adversarial.ts): each
 * megabyte must be tagged, with well-formed results. No time is asserted, since the machine is
 * shared and noisy: the test timeout only catches a hang (catastrophic or quadratic backtracking
 * on a megabyte takes hours; a linear pass takes about a second). How the time grows with the
 * input is printed by `npm run bench:adversarial`.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';
import { TAGGER_INPUTS, repeat } from '../../fixtures/adversarial.ts';

const MB = 1_000_000;

describe('tagTimexes() on adversarial inputs', () => {
  it.each(TAGGER_INPUTS)(
    'finishes on 1 MB of %s with offsets that match its text',
    (_name, unit) => {
      const text = repeat(unit, MB);
      const timexes = tagTimexes(text, { published: '2023-05-17' });
      let previousEnd = 0;
      for (const t of timexes) {
        expect(t.start).toBeGreaterThanOrEqual(previousEnd);
        expect(t.end).toBeGreaterThan(t.start);
        expect(text.slice(t.start, t.end)).toBe(t.text);
        previousEnd = t.end;
      }
    },
    120_000,
  );

  it('finds every date in a megabyte of repeated dates', () => {
    const text = repeat('May 5, 2023 and the 1990s ', MB);
    const timexes = tagTimexes(text, { published: '2023-05-17' });
    expect(timexes.filter((t) => t.value === '2023-05-05').length).toBeGreaterThan(30_000);
    expect(timexes.filter((t) => t.value === '199X').length).toBeGreaterThan(30_000);
  }, 120_000);
});
