/**
 * A day of a year before the common era is a day a story goes on from ("on 15 March 44 BC. The
 * next day" was BC0044-XX-XX, the year's only), and a spring told by two years is the second's
 * in either era ("the spring of 54–53 BC" was BC0054-SP); a season after its two years ("the
 * 2012–13 winter") is one season, no longer two years. Made-up sentences (helper h223).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string, published: string | null = null) =>
  tagTimexes(text, { published }).map((t) => [t.text, t.value]);

describe('a day or a month joined to a year BC', () => {
  it('is where the story goes on from', () => {
    expect(tags('Caesar was killed on 15 March 44 BC. The next day the senate met.')).toEqual([
      ['15 March 44 BC', 'BC0044-03-15'],
      ['The next day', 'BC0044-03-16'],
    ]);
    // (the day after the last of 45 BC is the first of 44 BC: years BC count down)
    expect(tags('The city fell on 31 December 45 BC. The next day the army left.')).toEqual([
      ['31 December 45 BC', 'BC0045-12-31'],
      ['The next day', 'BC0044-01-01'],
    ]);
  });

  it('a year BC alone, and a day of the common era, go on as before', () => {
    expect(tags('In 204 BC the army landed. Two years later it won.')).toEqual([
      ['204 BC', 'BC0204'],
      ['Two years later', 'BC0202'],
    ]);
    expect(tags('The city fell on 3 May 1453. The next day the sultan entered.')).toEqual([
      ['3 May 1453', '1453-05-03'],
      ['The next day', '1453-05-04'],
    ]);
  });
});

describe('a season told by two years', () => {
  it('a spring is the second year’s, BC too; a winter the first’s', () => {
    expect(tags('In the spring of 54–53 BC Caesar crossed the river.')).toEqual([
      ['spring of 54–53 BC', 'BC0053-SP'],
    ]);
    expect(tags('In the winter of 54–53 BC Caesar stayed in Gaul.')).toEqual([
      ['winter of 54–53 BC', 'BC0054-WI'],
    ]);
  });

  it('with its years first, is one season; "the 2012-13 season" stays two years', () => {
    expect(
      tags('The drought of the 2012–13 winter was the worst on record.', '2026-03-20'),
    ).toEqual([['2012–13 winter', '2012-WI']]);
    expect(tags('The 2012-13 season was a success.', '2026-03-20')).toEqual([
      ['2012', '2012'],
      ['13', '2013'],
    ]);
  });
});
