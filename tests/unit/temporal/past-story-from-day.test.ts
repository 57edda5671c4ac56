/**
 * A dated text telling a story long before its publication may open it with a day or a month
 * written with its year, told as when something happened ("on 1 July 1916"): the months and days
 * told in the past after it, in its paragraph, are the story's, as after "In 1960, Kennedy
 * announced his candidacy on January 2" (they were the publication's year: 2015-11-18, told in
 * 2016). Passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string, published = '2016-07-01') =>
  tagTimexes(text, { published }).map((t) => [t.text, t.value]);

describe('a story opened by a day with its year, long before the publication', () => {
  it('goes on in its paragraph', () => {
    expect(
      tags(
        'On 1 July 1916 the offensive opened. In mid-September tanks were used. The last attack was made on 18 November.',
      ),
    ).toEqual([
      ['1 July 1916', '1916-07-01'],
      ['mid-September', '1916-09'],
      ['18 November', '1916-11-18'],
    ]);
  });

  it('is not opened by a day that names a happening, nor by a recent one', () => {
    expect(
      tags(
        'The two were charged in the Dec. 21, 1988, bombing. They were removed from the list after Libya agreed in April to hand them over.',
        '1999-06-07',
      ),
    ).toEqual([
      ['Dec. 21, 1988', '1988-12-21'],
      ['April', '1999-04'],
    ]);
    expect(
      tags(
        'On 3 March 2014 the plant opened. The last unit was sold on 18 November.',
        '2016-07-01',
      ),
    ).toEqual([
      ['3 March 2014', '2014-03-03'],
      ['18 November', '2015-11-18'],
    ]);
  });
});
