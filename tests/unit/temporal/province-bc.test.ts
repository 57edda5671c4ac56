/**
 * "BC" after a year and before one of British Columbia's bodies is the province, no era: "In 2025
 * BC Ferries carried" was BC2025. Passages made up for these tests (helper h200).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2026-03-20' }).map((t) => [t.text, t.value]);

describe('"BC" before a British Columbia body', () => {
  it('leaves the year a year of the common era', () => {
    expect(tags('In 2025 BC Ferries carried 22 million passengers.')).toEqual([['2025', '2025']]);
    expect(tags('In 2024 BC Hydro raised its rates twice.')).toEqual([['2024', '2024']]);
    expect(tags('By 2023 B.C. Transit had bought 100 buses.')).toEqual([['2023', '2023']]);
  });

  it('is still an era before a name or a lower-case word', () => {
    expect(tags('In 49 BC Caesar crossed the river.')).toEqual([['49 BC', 'BC0049']]);
    expect(tags('In 490 BC the Persians landed at Marathon.')).toEqual([['490 BC', 'BC0490']]);
    expect(tags('In 1200 BC Egypt was strong.')).toEqual([['1200 BC', 'BC1200']]);
  });

  // (helper h205, made up: the points of "B.C." also end a sentence; "BC's" is the province's)
  it('is still an era at a sentence’s end before a common word opening the next', () => {
    expect(tags('The tomb dates to about 1300 B.C. Human remains were found inside.')).toEqual([
      ['1300 B.C.', 'BC1300'],
    ]);
    expect(tags('The road was laid in 312 B.C. Family tombs line it.')).toEqual([
      ['312 B.C.', 'BC0312'],
    ]);
    expect(tags('In 2019 B.C. Supreme Court judges heard the case.')).toEqual([['2019', '2019']]);
  });

  it('is the province as a possessive', () => {
    expect(tags("In March 1778 BC's coast was charted by Captain Cook.")).toEqual([
      ['March 1778', '1778-03'],
    ]);
  });
});
