/**
 * A saying in the present perfect is dated by no past day before it: "Cook, who took over in
 * August 2011, has promised new products this fall" is this fall, not 2011's, while "The ministry
 * on Monday said the border would reopen on Thursday" still tells its Thursday from that Monday.
 * Made-up passages, published Thursday 2013-09-12.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

type Row = [text: string, expression: string, value: string];

const valueOf = (text: string, expression: string) =>
  tagTimexes(text, { published: '2013-09-12' }).find((t) => t.text === expression)?.value;

describe('tagTimexes() tells a present perfect saying from the publication', () => {
  it.each<Row>([
    // (were 2011-FA and 2011-SU: from August 2011)
    [
      'Cook, who took over from Jobs in August 2011, has promised great products this fall.',
      'this fall',
      '2013-FA',
    ],
    [
      'The mayor, elected in May 2009, has pledged new parks this summer.',
      'this summer',
      '2013-SU',
    ],
    // (unchanged: a saying dated by its day)
    ['The ministry on Monday said the border would reopen on Thursday.', 'Thursday', '2013-09-12'],
    ['Police on Monday told residents to leave by Wednesday.', 'Wednesday', '2013-09-11'],
  ])('"%s": %s is %s', (text, expression, value) => {
    expect(valueOf(text, expression)).toBe(value);
  });
});
