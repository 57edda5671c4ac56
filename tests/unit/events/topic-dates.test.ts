/** A noun's date that only names what an act is about does not date the act. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const dated = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '1999-10-08' }).events.map((e) => e.date.value);

describe('extractArticle() on a date that qualifies the noun an act is about', () => {
  it.each([
    // (was 1998: the blasts' year)
    ['A man was arrested in connection with last year’s deadly embassy blasts.', ['1999-10-08']],
    // (was 1999-10-06)
    ['The row over Wednesday’s vote deepened.', ['1999-10-08']],
    // (was 1999-10-03)
    ['Officials said the death toll from Sunday’s earthquake had risen to 300.', ['1999-10-08']],
    // (was 1999-10-01)
    ['Police are probing into last Friday’s bombings of two embassies.', ['1999-10-08']],
    // ("from" only after a noun of what the event left behind: a return, evidence are that day's)
    ['He returned from Monday’s summit with a deal.', ['1999-10-04']],
    ['Evidence from Monday’s hearing showed he lied.', ['1999-10-04']],
  ])('%s', (raw, dates) => {
    expect(dated(raw)).toEqual(dates);
  });

  it('an occasion the act took place at still dates it ("at last year’s Madrid summit")', () => {
    expect(dated('NATO decided at last year’s Madrid summit to invite three countries.')).toEqual([
      '1998',
    ]);
    expect(dated('Thursday’s decision made it clear the family has 14 days.')).toEqual([
      '1999-10-07',
    ]);
    // ("since" starts a state: from that day through the report)
    expect(dated('Shares have fallen 10% since Monday’s announcement.')).toEqual(['1999-10-04']);
  });
});
