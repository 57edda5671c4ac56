/**
 * A season told by the two years it spans is one season, the one that began in the first ("the
 * winter of 1812–13" was 1812-WI and a stray 1813, and "The following spring" 1814-SP), and a
 * story goes on from it; before the common era too, where years count down ("the winter of 54–53
 * BC ... The following summer" was BC0052-SU, now BC0053-SU). Passages made up for these tests
 * (helper h211).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2026-03-20' }).map((t) => [t.text, t.value]);

describe('a season told by two years', () => {
  it('is one season, the one that began in the first year', () => {
    expect(
      tags('In the winter of 1812–13 the army retreated. The following spring it regrouped.'),
    ).toEqual([
      ['winter of 1812–13', '1812-WI'],
      ['The following spring', '1813-SP'],
    ]);
    expect(tags('In the winter of 1812-1813 the army retreated.')).toEqual([
      ['winter of 1812-1813', '1812-WI'],
    ]);
  });

  it('with no "of" between the season and its years too', () => {
    expect(tags('In winter 1812–13 the army retreated.')).toEqual([['winter 1812–13', '1812-WI']]);
  });

  it('not two years further apart', () => {
    expect(tags('In the winter of 1812-15 the army retreated.')).toEqual([
      ['winter of 1812', '1812-WI'],
      ['15', '1815'],
    ]);
  });

  it('before the common era, a story goes on from the first year, counting down', () => {
    expect(
      tags(
        'In the winter of 54–53 BC Caesar stayed in Gaul. The following summer he crossed the Rhine.',
      ),
    ).toEqual([
      ['winter of 54–53 BC', 'BC0054-WI'],
      ['The following summer', 'BC0053-SU'],
    ]);
    expect(
      tags('In 53 BC Caesar stayed in Gaul. The following summer he crossed the Rhine.'),
    ).toEqual([
      ['53 BC', 'BC0053'],
      ['The following summer', 'BC0052-SU'],
    ]);
  });

  // (helper h217: was 2020-SP, the first year's spring)
  it('a spring, which never spans the turn, is the second year’s', () => {
    expect(tags('The spring 2020-21 semester was taught online.')).toEqual([
      ['spring 2020-21', '2021-SP'],
    ]);
    expect(tags('In the spring of 1999/2000 the river flooded.')).toEqual([
      ['spring of 1999/2000', '2000-SP'],
    ]);
  });
});
