/**
 * Two weekdays of a range or a list whose first is the publication's day: the second is the one
 * after it, also with clock times ("a blizzard warning from 6 a.m. Friday until 1 p.m. Saturday",
 * "canceled 3,000 flights for Friday and Saturday", told on that Friday), not the Saturday six
 * days before. Made-up passages, published Friday 2013-02-08.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

type Row = [text: string, expression: string, value: string];

const valueOf = (text: string, expression: string) =>
  tagTimexes(text, { published: '2013-02-08' }).find((t) => t.text === expression)?.value;

describe('tagTimexes() orders two weekdays from the publication day', () => {
  it.each<Row>([
    // (was 2013-02-02T13:00)
    [
      'The weather service issued a blizzard warning from 6 a.m. Friday until 1 p.m. Saturday.',
      '1 p.m. Saturday',
      '2013-02-09T13:00',
    ],
    // (were 2013-02-01 and 2013-02-02: the start moved back a week)
    [
      'The weather service issued a blizzard warning from Friday until Saturday.',
      'Friday',
      '2013-02-08',
    ],
    [
      'The weather service issued a blizzard warning from Friday until Saturday.',
      'Saturday',
      '2013-02-09',
    ],
    // (was 2013-02-02)
    [
      'Airlines canceled more than 3,000 flights for Friday and Saturday.',
      'Saturday',
      '2013-02-09',
    ],
    // (unchanged: a week gone by, and a start gone by)
    ['The museum was open from Monday to Friday.', 'Monday', '2013-02-04'],
    ['Protesters marched on Thursday and Friday.', 'Thursday', '2013-02-07'],
    ['The store was closed from Wednesday to Monday.', 'Wednesday', '2013-01-30'],
    // (a past act's days on the publication's day stay put or go back, as before fix215: no
    // plan or notice is for them; were 2013-02-14, 2013-02-09 and 2013-02-09)
    ['Protesters marched on Friday and Thursday.', 'Thursday', '2013-02-07'],
    ['"We searched the woods on Friday and Saturday," the sheriff said.', 'Saturday', '2013-02-02'],
    // (h224: its first day is the one before its second, as in the range below; was 2013-02-08)
    ['"We searched the woods on Friday and Saturday," the sheriff said.', 'Friday', '2013-02-01'],
    ['Police searched the area on Friday and Sunday.', 'Friday', '2013-02-01'],
    ['Protesters marched on Friday and Thursday.', 'Friday', '2013-02-08'],
    [
      'Rescuers worked from 6 p.m. Friday until 2 a.m. Saturday.',
      '2 a.m. Saturday',
      '2013-02-02T02:00',
    ],
    [
      'Rescuers worked from 6 p.m. Friday until 2 a.m. Saturday.',
      '6 p.m. Friday',
      '2013-02-01T18:00',
    ],
  ])('"%s": %s is %s', (text, expression, value) => {
    expect(valueOf(text, expression)).toBe(value);
  });
});
