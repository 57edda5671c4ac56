/**
 * In a text with no date of its own, "the end of the year" told in the past is the story's year,
 * as "the end of the decade" is its decade (was XXXX); told ahead, it is the writer's, unknown.
 * Passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) => tagTimexes(text, { published: null }).map((t) => [t.text, t.value]);

describe('"the end of the year" in a text with no date', () => {
  it("is the story's year when told in the past", () => {
    expect(
      tags(
        'The canal company raised its capital on 4 March 1820. By the end of the year four miles had been dug.',
      ),
    ).toEqual([
      ['4 March 1820', '1820-03-04'],
      ['the end of the year', '1820'],
    ]);
  });

  it("is not the story's when told ahead", () => {
    expect(
      tags('He moved to Paris in 1968. He expects to finish the book by the end of the year.'),
    ).toEqual([
      ['1968', '1968'],
      ['the end of the year', 'XXXX'],
    ]);
  });
});
