/**
 * "The first nine months" is a length whose extent keeps its ordinal, as "the past 12 months"
 * keeps "past"; only with a count ("the first day of school" is a date). Passages made up.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '1989-10-26' }).map((t) => [t.text, t.type, t.value]);

describe('the first nine months', () => {
  it('is one duration with its ordinal', () => {
    // (was "nine months" alone)
    expect(tags('In the first nine months, earnings rose 15% to $1.2 billion.')).toEqual([
      ['first nine months', 'DURATION', 'P9M'],
    ]);
  });

  it('counts quarters as months', () => {
    // (was "two quarters" alone)
    expect(tags('Sales rose in the first two quarters of the year.')).toEqual([
      ['first two quarters', 'DURATION', 'P6M'],
    ]);
  });

  it('needs a count', () => {
    expect(tags('The first day of trading was calm.')).not.toContainEqual(
      expect.arrayContaining(['first day']),
    );
  });
});
