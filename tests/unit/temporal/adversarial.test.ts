/**
 * Inputs built to make regular expressions backtrack: every one must finish, and the work must
 * grow linearly with the input. Timing is noisy on a shared machine, so the bounds are generous:
 * a 1 MB input within a few seconds, and 4x the input within 8x the time (linear is 4x,
 * quadratic 16x). Throughput itself is reported by `npm run bench:extract`, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const MB = 1_000_000;

/** `unit` repeated to `size` characters. */
const repeat = (unit: string, size: number): string =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const INPUTS: Array<[string, string]> = [
  ['a long digit run', '1'],
  ['"1 1 1 ..."', '1 '],
  ['digits and commas', '1,'],
  ['repeated month names', 'May '],
  ['repeated dates', 'May 5, 2023 '],
  ['repeated weekdays', 'Monday '],
  ['repeated punctuation', '.'],
  ['repeated dashes', '-'],
  ['repeated apostrophes and quotes', '\'`"'],
  ['repeated newlines', '\n'],
  ['repeated spaces', ' '],
  ['number words', 'a few two and a half '],
  ['half-built expressions', 'the next the past last of the '],
  ['clock-like digits', '12:'],
  ['slashes between digits', '1/'],
  ['years and dashes', '1999-'],
];

function seconds(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const start = performance.now();
    tagTimexes(text, { published: '2023-05-17' });
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}

describe('tagTimexes() on adversarial inputs', () => {
  it.each(INPUTS)(
    'finishes on 1 MB of %s, in time linear in its size',
    (_name, unit) => {
      const small = seconds(repeat(unit, MB / 4));
      const large = seconds(repeat(unit, MB));
      expect(large).toBeLessThan(5);
      // a floor keeps a few milliseconds of noise from deciding the ratio
      expect(large / Math.max(small, 0.02)).toBeLessThan(8);
    },
    60_000,
  );

  it('returns well-formed results on them', () => {
    const text = repeat('May 5, 2023 and the 1990s ', 100_000);
    const timexes = tagTimexes(text, { published: '2023-05-17' });
    expect(timexes.length).toBeGreaterThan(1000);
    for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
