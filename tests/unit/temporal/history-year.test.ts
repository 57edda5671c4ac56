/**
 * A year a century or more before the publication, opening its sentence, is a history the days
 * told after it in the past belong to, with no second date of its year to confirm it: "In 1346
 * the army landed in Normandy. On 26 August it fought" was 2023-08-26 in a text of 2024. Passages
 * made up for these tests (helper h200).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2024-05-01' }).map((t) => [t.text, t.value]);

describe('a history told from a year long before the publication', () => {
  it('frames the days and months told after it', () => {
    expect(tags('In 1346 the army landed in Normandy. On 26 August it fought at Crécy.')).toEqual([
      ['1346', '1346'],
      ['26 August', '1346-08-26'],
    ]);
    expect(tags('In 52 BC a siege ended in late September.')).toEqual([
      ['52 BC', 'BC0052'],
      ['late September', 'BC0052-09'],
    ]);
    expect(tags('In 1900 the town had 2,000 people. In March it voted to build a school.')).toEqual(
      [
        ['1900', '1900'],
        ['March', '1900-03'],
      ],
    );
  });

  it('not a beginning told of a thing still about, the week’s news, or a year of late', () => {
    expect(tags('In 1865 the bank was founded. It reported earnings on April 25.')).toEqual([
      ['1865', '1865'],
      ['April 25', '2024-04-25'],
    ]);
    expect(
      tags('In 1346 the army landed in Normandy. On Monday the museum said it would reopen.'),
    ).toEqual([
      ['1346', '1346'],
      ['Monday', '2024-04-29'],
    ]);
    expect(tags('In 1998, Google was founded. Alphabet reported earnings on April 25.')).toEqual([
      ['1998', '1998'],
      ['April 25', '2024-04-25'],
    ]);
  });

  // (helper h205, made up: a new subject after the history is often the news's, looking back)
  it('only for a day told in the year’s sentence or with a pronoun carrying the history on', () => {
    expect(tags('In 1815 Napoleon escaped from Elba. On 1 March he landed in France.')).toEqual([
      ['1815', '1815'],
      ['1 March', '1815-03-01'],
    ]);
    expect(
      tags('In 1776 the founders wrote of liberty. On March 3 the senator quoted them.'),
    ).toEqual([
      ['1776', '1776'],
      ['March 3', '2024-03-03'],
    ]);
    expect(
      tags('In 1850 the city laid its first sewer. The council voted on 3 March to replace it.'),
    ).toEqual([
      ['1850', '1850'],
      ['3 March', '2024-03-03'],
    ]);
  });
});
