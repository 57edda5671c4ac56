import { describe, expect, it } from 'vitest';
import { dateValue, findDates } from '../../../src/extract/article/dates.ts';
import { numericOrder } from '../../../src/extract/article/order.ts';

/** The text's first numeric date, read in the order the text writes its dates. */
function firstNumeric(text: string): string {
  const dates = findDates(text);
  const numeric = dates.find((d) => /^\d/u.test(text.slice(d.start, d.end)));
  return dateValue(numericOrder(dates)(numeric!));
}

const CASES: Array<[title: string, text: string, value: string]> = [
  ['alone, month first, as US wires write it', '06/03/2012\n\nThe vote passed.', '2012-06-03'],
  [
    'a date of the text naming the month that matches the day-first reading',
    '06/03/2012 10:15\n\nLONDON, 6 March (Reuters) - The bank held rates.',
    '2012-03-06',
  ],
  [
    'a date of the text naming the month that matches the month-first reading',
    '06/03/2012\n\nThe graduation on June 3 moved indoors; 5 May was dry.',
    '2012-06-03',
  ],
  [
    'a text that writes day before month',
    '06/03/2012\n\nThe consultation closed on 5 March.',
    '2012-03-06',
  ],
  [
    'a text that writes month before day',
    '06/03/2012\n\nStorms on June 1 flooded the stadium.',
    '2012-06-03',
  ],
  [
    'another numeric date that can only be day first',
    '06/03/2012\n\nThe offer lapsed on 25/02/2012.',
    '2012-03-06',
  ],
  ['a date whose day and month are the same number', '03/03/2012 with 5 March', '2012-03-03'],
];

describe('numericOrder() reads "06/03/2012" as the text writes its dates', () => {
  it.each(CASES)('%s', (_title, text, value) => {
    expect(firstNumeric(text)).toBe(value);
  });
});
