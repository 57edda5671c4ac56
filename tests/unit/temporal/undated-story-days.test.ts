/**
 * In a text with no date of its own, a day of the month told alone ("On the 9th") and a holiday
 * ("On Christmas Day") go on from the story's last date, as a month told alone does; they were
 * dropped. Passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string, published: string | null = null) =>
  tagTimexes(text, { published }).map((t) => [t.text, t.value]);

describe('a day of a story told in a text with no date', () => {
  it('is a day of the month the story last told', () => {
    expect(
      tags(
        'The offensive began on 6 September 1914. On the 9th the wing fell back, and by the 12th it had withdrawn.',
      ),
    ).toEqual([
      ['6 September 1914', '1914-09-06'],
      ['the 9th', '1914-09-09'],
      ['the 12th', '1914-09-12'],
    ]);
  });

  it('is a holiday of the year the story has reached', () => {
    expect(
      tags(
        'The war began on 6 September 1914. In October the fighting spread. On Christmas Day soldiers met.',
      ),
    ).toEqual([
      ['6 September 1914', '1914-09-06'],
      ['October', '1914-10'],
      ['Christmas Day', '1914-12-25'],
    ]);
  });

  it('is no day when the story has told no month, and a dated text keeps its own reading', () => {
    expect(tags('On Christmas Day soldiers met.')).toEqual([]);
    expect(
      tags('The offensive began on 6 September 1914. On Christmas Day soldiers met.', '2024-05-10'),
    ).toEqual([
      ['6 September 1914', '1914-09-06'],
      ['Christmas Day', '2023-12-25'],
    ]);
  });
});
