/**
 * An era joins what the rules read apart around it: a day or a month before a year with "AD"
 * ("24 August AD 79" was 2023-08-24 and 0079, now 0079-08-24), and a month with a year of 1000
 * on before "BC" ("March 1200 BC" was 1200-03, now BC1200-03). Passages made up for these tests
 * (helper h200).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2024-05-01' }).map((t) => [t.text, t.value]);

describe('an era and the day or month before its year', () => {
  it('joins a day and month before a year of the common era', () => {
    expect(tags('The town was buried on 24 August AD 79.')).toEqual([
      ['24 August AD 79', '0079-08-24'],
    ]);
    expect(tags('Vesuvius erupted on 24 August, AD 79.')).toEqual([
      ['24 August, AD 79', '0079-08-24'],
    ]);
    expect(tags('The fire began on 19 July 64 AD.')).toEqual([['19 July 64 AD', '0064-07-19']]);
    expect(tags('In the winter of 78–79 AD the town was quiet.')).toEqual([
      ['winter of 78–79 AD', '0078-WI'],
    ]);
  });

  it('takes a month with an old year of figures before "BC" into the era', () => {
    expect(tags('The city fell in March 1200 BC.')).toEqual([['March 1200 BC', 'BC1200-03']]);
    expect(tags('Ships sailed on 3 May 1500 BC.')).toEqual([['3 May 1500 BC', 'BC1500-05-03']]);
  });

  it('leaves "BC" after a recent month and year, British Columbia’s', () => {
    expect(tags('In October 2024 BC voters chose a new government.')).toEqual([
      ['October 2024', '2024-10'],
    ]);
  });
});
