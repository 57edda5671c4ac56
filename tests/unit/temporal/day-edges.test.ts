/**
 * The day's edges told as when ("at dawn", "until dusk"; fix190) in small letters only, not a
 * name ("by Dawn, her sister"), not the whole of any day ("from dawn till dusk"), not a habit
 * ("at dusk every day"); told with a day after them, that day's ("at dawn on Monday"). Helper
 * h193's probes; passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string, published: string | null = '2026-03-20') =>
  tagTimexes(text, { published }).map((t) => [t.text, t.type, t.value]);

describe('the day’s edges', () => {
  it('are no name', () => {
    expect(tags('The song was written by Dawn, her sister said.')).toEqual([]);
    expect(tags('The flowers were a gift from Dawn and Mike.')).toEqual([]);
  });

  it('are not the whole of any day, nor a habit', () => {
    expect(tags('Farmers work from dawn till dusk in the harvest season.')).toEqual([]);
    expect(tags('The park gates close at dusk every day.')).toEqual([['every day', 'SET', 'P1D']]);
  });

  it('are of the day told right after them', () => {
    expect(tags('Police raided the house at dawn on Monday.')).toEqual([
      ['dawn on Monday', 'TIME', '2026-03-16TMO'],
    ]);
    expect(tags('The assault began at dawn on 5 July 1943 with a barrage.', null)).toEqual([
      ['dawn on 5 July 1943', 'TIME', '1943-07-05TMO'],
    ]);
  });

  it('are still of the story’s day', () => {
    expect(
      tags('Troops crossed on Tuesday. They attacked at dawn and withdrew by nightfall.'),
    ).toEqual([
      ['Tuesday', 'DATE', '2026-03-17'],
      ['dawn', 'TIME', '2026-03-17TMO'],
      ['nightfall', 'TIME', '2026-03-17TEV'],
    ]);
    expect(tags('Rain will spread east by evening.')).toEqual([
      ['evening', 'TIME', '2026-03-20TEV'],
    ]);
  });
});
