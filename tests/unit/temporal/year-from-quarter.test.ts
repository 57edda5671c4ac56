/**
 * A distance in whole years from a quarter or a half, the latest date told, is that quarter or
 * half of the other year, as TimeBank has "from a year earlier" after "the third quarter"; a year
 * named by the story ("that year", "the following year") and a distance from a month or a year
 * stay years. Passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

type Row = [sentence: string, published: string, expression: string, value: string];

const valueOf = (text: string, published: string, expression: string) =>
  tagTimexes(text, { published }).find((t) => t.text === expression)?.value;

describe('tagTimexes() counts whole years from a quarter or a half in quarters or halves', () => {
  it.each<Row>([
    // (were 1988, 1989 and 1990: the year alone)
    [
      'Profit in the third quarter rose 5% from a year earlier.',
      '1989-10-20',
      'a year earlier',
      '1988-Q3',
    ],
    [
      'First-quarter net income rose 12% from a year earlier.',
      '1990-04-20',
      'a year earlier',
      '1989-Q1',
    ],
    [
      'The plant opened in the second half of 1988. Two years later, it closed.',
      '2026-03-10',
      'Two years later',
      '1990-H2',
    ],
  ])('"%s" published %s: %s is %s', (sentence, published, expression, value) => {
    expect(valueOf(sentence, published, expression)).toBe(value);
  });
});

describe('tagTimexes() goes on from the quarter named, not the one counted', () => {
  it.each<Row>([
    [
      'Third-quarter net income fell 22% from $23.5 million a year earlier. Sales in the quarter rose 4%.',
      '1989-10-26',
      'quarter',
      '1989-Q3',
    ],
    [
      'In the third quarter of 1989, profit rose 5% from a year earlier. In the fourth quarter, it fell.',
      '1990-02-10',
      'fourth quarter',
      '1989-Q4',
    ],
  ])('"%s" published %s: %s is %s', (sentence, published, expression, value) => {
    expect(valueOf(sentence, published, expression)).toBe(value);
  });
});

describe('tagTimexes() keeps years elsewhere', () => {
  it.each<Row>([
    ['Profit in 1989 rose 5% from a year earlier.', '1990-02-20', 'a year earlier', '1988'],
    ['He was elected in March 1998 and quit a year later.', '2026-03-10', 'a year later', '1999'],
    [
      'Sales fell in the third quarter of 2001. Later that year, the firm was sold.',
      '2026-03-10',
      'Later that year',
      '2001',
    ],
    [
      'Sales fell in the third quarter of 2001. The following year, the firm was sold.',
      '2026-03-10',
      'The following year',
      '2002',
    ],
    [
      'Output fell in the first half of 2010. A few years later, it recovered.',
      '2026-03-10',
      'A few years later',
      '2010',
    ],
  ])('"%s" published %s: %s is %s', (sentence, published, expression, value) => {
    expect(valueOf(sentence, published, expression)).toBe(value);
  });
});
