/**
 * Wire copy's tenses (made-up sentences in the style of 2012-2013 AP and Reuters news, from the
 * h203 probe set): a coordinated past after the date, an adverb inside a present passive, a
 * succession told in the present, and a month framed by "This year" across a decade. Each row
 * is a sentence with the expression in [brackets], the publication date, and the expected value.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';
import { valueAt } from './bracketed.ts';

type Row = [sentence: string, published: string, value: string];

describe('wire copy tenses', () => {
  it.each<Row>([
    // "and hoped to" opens a clause of its own: the voting "would begin" is to come
    [
      'Murray said the committee would begin voting on the measure [Wednesday] and hoped to bring it to the floor next week.',
      '2013-03-12',
      '2013-03-13',
    ],
    ['The council met on [Monday] and voted to close the plant.', '2013-03-12', '2013-03-11'],
    // an adverb between "is" and the participle leaves a present passive, no past
    ['The government is currently funded through [March 27].', '2013-03-12', '2013-03-27'],
    ['The government was funded through [March 27].', '2013-03-12', '2012-03-27'],
    // a participle coordinated with one after "be" is of the same passive, no past
    [
      'The hostages will be freed and returned to their families on [Friday].',
      '2013-03-12',
      '2013-03-15',
    ],
    ['Prices will be reviewed and adjusted for inflation in [April].', '2013-07-10', '2014-04'],
    // (but a charge's participle names an act gone by, adverb or not)
    ['He is also accused of stealing $5 million in [April].', '2013-02-10', '2012-04'],
    ['She is now charged with killing her husband in [November].', '2013-07-10', '2012-11'],
    // a succession told in the present is a timetable
    ['Its governor steps down at [the end of June].', '2013-01-25', '2013-06'],
    ['Mark Carney takes over on [July 1].', '2013-01-25', '2013-07-01'],
    ['The chief executive stepped down in [June].', '2013-01-25', '2012-06'],
    // (an 'and' before "retires" opens its own clause: the past before it keeps its date)
    [
      'He retired from the army in [May] and retires from the board in December.',
      '2013-02-10',
      '2012-05',
    ],
    // a month after "This year" and a decade is the year's, not that of a January told before it
    [
      'Cuts are due on Jan. 1. This year he ran on a record shaped by the worst recession since the 1930s, with unemployment at 7.9 percent in [October].',
      '2012-11-07',
      '2012-10',
    ],
    // (a quarter is a part of the frame as a month is: the January after it is the next year's)
    [
      'Last year, sales peaked in the fourth quarter before slumping in [January].',
      '2013-07-10',
      '2013-01',
    ],
  ])('%s (%s) = %s', (sentence, published, value) => {
    expect(valueAt(sentence, published)).toBe(value);
  });
});

describe('"now and then" is no present', () => {
  it('tags no PRESENT_REF in the idiom', () => {
    const found = tagTimexes('"He has earned a rest now and then," Girardi said.', {
      published: '2013-09-03',
    });
    expect(found.map((t) => t.value)).not.toContain('PRESENT_REF');
  });
});
