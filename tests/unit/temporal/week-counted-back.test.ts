/**
 * A week counted back from now ("a week ago", "two weeks ago") is a point: a weekday later in
 * its clause is placed as though no week were told, unless it follows the week at once or the
 * week opens its sentence. Passages made up for these tests; published on Sunday 13 October 2013.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2013-10-13' }).map((t) => [t.text, t.value]);

describe('a week counted back', () => {
  it('leaves a weekday of a later clause to its tense', () => {
    // (was 2013-10-03, the Thursday of the week a week ago)
    expect(tags('The storm formed a week ago and strengthened rapidly on Thursday.')).toEqual([
      ['a week ago', '2013-W40'],
      ['Thursday', '2013-10-10'],
    ]);
    // (was 2013-09-23)
    expect(
      tags('The firm filed for bankruptcy two weeks ago and fired its chief on Monday.'),
    ).toEqual([
      ['two weeks ago', '2013-W39'],
      ['Monday', '2013-10-07'],
    ]);
  });

  it('frames a weekday right after it, or when it opens the sentence', () => {
    expect(tags('The council met a week ago on Thursday.')).toEqual([
      ['a week ago', '2013-W40'],
      ['Thursday', '2013-10-03'],
    ]);
    expect(tags('Two weeks ago the council met on Wednesday.')).toEqual([
      ['Two weeks ago', '2013-W39'],
      ['Wednesday', '2013-09-25'],
    ]);
  });

  it('opens its sentence after a quotation mark or a word of nearness', () => {
    // (were 2013-10-10, 2013-10-09 and 2013-10-09: the week was not seen to open its sentence)
    expect(tags('"A week ago we met on Thursday," the mayor said.')).toEqual([
      ['A week ago', '2013-W40'],
      ['Thursday', '2013-10-03'],
    ]);
    expect(tags('Just two weeks ago the council met on Wednesday.')).toEqual([
      ['two weeks ago', '2013-W39'],
      ['Wednesday', '2013-09-25'],
    ]);
    expect(tags('He said: "Two weeks ago we signed the deal on Wednesday."')).toEqual([
      ['Two weeks ago', '2013-W39'],
      ['Wednesday', '2013-09-25'],
    ]);
  });

  it('keeps its comma when it opens the sentence or the weekday follows at once', () => {
    // (were 2013-10-08 and 2013-10-09: the comma was taken for a break)
    expect(tags('Only a week ago, the council voted on Tuesday to close the school.')).toEqual([
      ['a week ago', '2013-W40'],
      ['Tuesday', '2013-10-01'],
    ]);
    expect(tags('"Only two weeks ago, on Wednesday, we met," she said.')).toEqual([
      ['two weeks ago', '2013-W39'],
      ['Wednesday', '2013-09-25'],
    ]);
    // (a later clause after the comma is still its own)
    expect(tags('Just a week ago, the talks collapsed, and on Friday they resumed.')).toEqual([
      ['a week ago', '2013-W40'],
      ['Friday', '2013-10-11'],
    ]);
  });

  it('differs from a week told as one, whose clause keeps its weekdays', () => {
    expect(tags('The storm formed last week and strengthened on Thursday.')).toEqual([
      ['last week', '2013-W40'],
      ['Thursday', '2013-10-03'],
    ]);
  });
});
