/**
 * A range's start that a habit put in no year takes the year its end tells, as a placed one
 * does: the sentence names the run's year ("The season typically runs from June 1 to Nov. 30,
 * 2016"). With no year told, both ends stay in none. Passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2016-03-01' }).map((t) => [t.text, t.value]);

describe('a habit’s range with its year told at the end', () => {
  it('is of that year at both ends', () => {
    // (June 1 was XXXX-06-01)
    expect(tags('The season typically runs from June 1 to Nov. 30, 2016.')).toEqual([
      ['June 1', '2016-06-01'],
      ['Nov. 30, 2016', '2016-11-30'],
    ]);
  });

  it('is in no year with no year told', () => {
    expect(tags('The season typically runs from June 1 to Nov. 30.')).toEqual([
      ['June 1', 'XXXX-06-01'],
      ['Nov. 30', 'XXXX-11-30'],
    ]);
  });
});
