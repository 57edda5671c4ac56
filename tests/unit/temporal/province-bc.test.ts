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
});
