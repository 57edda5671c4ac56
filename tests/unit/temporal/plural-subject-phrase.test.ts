/**
 * A timetable's base form after a plural subject whose head a phrase follows looks ahead, as after
 * the plural alone: "Pre-orders for the cheaper model begin on Friday", "Talks with the union
 * resume on Friday". Not a verb that is also a noun after an adjective ("Results of the final vote
 * Friday showed"), nor a question told in the past. Made-up passages, published Tuesday 2013-09-10.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

type Row = [text: string, expression: string, value: string];

const valueOf = (text: string, expression: string) =>
  tagTimexes(text, { published: '2013-09-10' }).find((t) => t.text === expression)?.value;

describe('tagTimexes() reads a timetable after a plural subject and its phrase', () => {
  it.each<Row>([
    // (were 2013-09-06)
    ['Pre-orders for the cheaper 5C model begin on Friday.', 'Friday', '2013-09-13'],
    ['Talks with the union resume on Friday.', 'Friday', '2013-09-13'],
    ['Sales of the new phone begin Friday.', 'Friday', '2013-09-13'],
    ['Curbs on the import of beef expire on Friday.', 'Friday', '2013-09-13'],
    // (unchanged)
    ['Results of the final vote Friday showed a gap.', 'Friday', '2013-09-06'],
    ['Did talks with the union resume on Monday?', 'Monday', '2013-09-09'],
    ['Workers at the Ford plant in Chicago walked out on Friday.', 'Friday', '2013-09-06'],
  ])('"%s": %s is %s', (text, expression, value) => {
    expect(valueOf(text, expression)).toBe(value);
  });
});
