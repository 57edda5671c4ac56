/**
 * A product, show or release launched on a day to come is told in the present, as a timetable is
 * ("Season two drops Friday", "The headset ships next spring"), and a period measured back to the
 * day that ends it, as data releases give it ("in the 12 months through October"), is a record's,
 * not a bound still ahead. Passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const at = (published: string) => (text: string) =>
  tagTimexes(text, { published }).map((t) => [t.text, t.value]);

describe('a launch told in the present', () => {
  // told on Tuesday 2026-09-15
  const values = at('2026-09-15');

  it('is on the day to come', () => {
    // (each was 2026-09-11, the Friday gone)
    expect(values('Season two drops Friday.')).toEqual([['Friday', '2026-09-18']]);
    expect(values('The series streams Friday.')).toEqual([['Friday', '2026-09-18']]);
    expect(values('The app ships Friday.')).toEqual([['Friday', '2026-09-18']]);
    expect(values('The rocket launches Friday.')).toEqual([['Friday', '2026-09-18']]);
    expect(values('The film hits theaters Friday.')).toEqual([['Friday', '2026-09-18']]);
    expect(values('The update rolls out Friday.')).toEqual([['Friday', '2026-09-18']]);
    // (was 2026-03-17: "delayed" was the nearest cue)
    expect(values('The game, delayed twice, now ships March 17.')).toContainEqual([
      'March 17',
      '2027-03-17',
    ]);
    expect(values('The game launches on PlayStation March 17.')).toEqual([
      ['March 17', '2027-03-17'],
    ]);
  });

  it('is no launch as a plural noun or with a figure between', () => {
    expect(values('Navy ships docked in the port on Friday.')).toEqual([['Friday', '2026-09-11']]);
    expect(values('The two ships collided on Friday.')).toEqual([['Friday', '2026-09-11']]);
    expect(values('Stock drops 5% on Friday.')).toEqual([['Friday', '2026-09-11']]);
    expect(values('Price drops on Friday were steep.')).toEqual([['Friday', '2026-09-11']]);
    expect(values('The launches on Friday went well.')).toEqual([['Friday', '2026-09-11']]);
    expect(values('SpaceX made three launches in March.')).toEqual([['March', '2026-03']]);
  });

  it('is no launch as a bare plural, or a headline told the day after', () => {
    // (each was the Friday to come, 2026-09-18, or the March or October to come)
    const monday = at('2026-09-14');
    expect(monday('Rocket launches Friday drew big crowds.')).toEqual([['Friday', '2026-09-11']]);
    expect(monday('Cargo ships Friday were stuck outside the port.')).toEqual([
      ['Friday', '2026-09-11'],
    ]);
    expect(monday('Price drops Friday lured shoppers.')).toEqual([['Friday', '2026-09-11']]);
    expect(monday('Live streams Friday drew two million viewers.')).toEqual([
      ['Friday', '2026-09-11'],
    ]);
    expect(monday('All launches Friday were scrubbed.')).toEqual([['Friday', '2026-09-11']]);
    expect(at('2026-09-12')('Gold drops Friday as the dollar firms.')).toEqual([
      ['Friday', '2026-09-11'],
    ]);
    const june = at('2026-06-10');
    expect(june('Product launches in March boosted sales.')).toEqual([['March', '2026-03']]);
    expect(june('SpaceX flew 12 orbital launches in March.')).toEqual([['March', '2026-03']]);
    expect(june("The company's launches in March disappointed.")).toEqual([['March', '2026-03']]);
    expect(june('Its three launches in March all failed.')).toEqual([['March', '2026-03']]);
  });

  it('is on the day to come after a subject with a possessive, "season two" or "finally"', () => {
    expect(values("Apple's new watch launches on Friday.")).toEqual([['Friday', '2026-09-18']]);
    expect(values('Netflix said season four drops Friday.')).toEqual([['Friday', '2026-09-18']]);
    expect(values('The long-delayed sequel finally hits theaters Friday.')).toEqual([
      ['Friday', '2026-09-18'],
    ]);
    expect(values('The second season, filmed in Spain, drops Friday.')).toEqual([
      ['Friday', '2026-09-18'],
    ]);
  });

  it('is no launch as a noun the subject of a verb after the day (helper 186)', () => {
    // (were 2027-03 and 2026-09-18: "launches" and "drops" read as the present of a timetable)
    expect(values('The rocket launches in March were delayed twice.')).toEqual([
      ['March', '2026-03'],
    ]);
    expect(values('The price drops Friday lured shoppers.')).toEqual([['Friday', '2026-09-11']]);
    // still a launch: a verb after "and", or a participle before a preposition
    expect(values('The phone launches Friday and costs $799.')).toEqual([['Friday', '2026-09-18']]);
    expect(values('The new console ships Friday priced at $499.')).toEqual([
      ['Friday', '2026-09-18'],
    ]);
  });

  it('may have "in" or "on" between "ships" and the day (helper 186)', () => {
    // (was 2025-11: "ships" took the day right after it only)
    expect(values('The game ships in November, the publisher said.')).toEqual([
      ['November', '2026-11'],
    ]);
    expect(values('The album drops on Friday.')).toEqual([['Friday', '2026-09-18']]);
    expect(values('The phone ships in March priced at $999.')).toEqual([['March', '2027-03']]);
  });

  it('is no launch after "in" or "on" when a verb follows the day (made up, helper 192)', () => {
    // (were 2027-03, 2027-03 and 2026-09-18: any verb not on the short list let the noun go)
    expect(values('The price drops in March hurt farmers.')).toEqual([['March', '2026-03']]);
    expect(values('The cargo ships in March sank off the coast.')).toEqual([['March', '2026-03']]);
    expect(values('The price drops on Friday caught investors off guard.')).toEqual([
      ['Friday', '2026-09-11'],
    ]);
  });
});

describe('a measured period through a month', () => {
  // told on Friday 2026-12-04
  const values = at('2026-12-04');

  it('ends at the month gone', () => {
    // (each was 2027-10, as a bound ahead)
    expect(values('Prices are up 3% in the 12 months through October.')).toContainEqual([
      'October',
      '2026-10',
    ]);
    expect(values('Prices are up 3% in the year through October.')).toEqual([
      ['October', '2026-10'],
    ]);
    expect(values('Exports rose 2% over the period through mid-October.')).toEqual([
      ['mid-October', '2026-10'],
    ]);
    expect(values('Sales are up 4% year to date through October.')).toContainEqual([
      'October',
      '2026-10',
    ]);
  });

  it('is the nearest month when forecast (helper 186)', () => {
    // (was 2025-06, told in March: "forecast" read as a past, the period as measured back)
    expect(
      at('2026-03-10')('Analysts forecast growth in the 12 months through June.'),
    ).toContainEqual(['June', '2026-06']);
    expect(values('Analysts forecast growth in the 12 months through November.')).toContainEqual([
      'November',
      '2026-11',
    ]);
  });

  it('leaves a bound of something running, or of a period to come, ahead', () => {
    expect(values('The ban runs through October.')).toEqual([['October', '2027-10']]);
    expect(values('The company funds the program through October.')).toEqual([
      ['October', '2027-10'],
    ]);
    expect(values('The freeze covers the next six months through October.')).toContainEqual([
      'October',
      '2027-10',
    ]);
    expect(values('The ban runs for six months through October.')).toContainEqual([
      'October',
      '2027-10',
    ]);
    expect(
      values('The ban stays in force for the rest of the year through October.'),
    ).toContainEqual(['October', '2027-10']);
    // (each was 2026-09 or 2026-06, a period measured back)
    expect(values('The bill funds the government for the year through September.')).toEqual([
      ['September', '2027-09'],
    ]);
    expect(values('The contract covers the period through September.')).toEqual([
      ['September', '2027-09'],
    ]);
    expect(values('The ban runs for the six months through October.')).toContainEqual([
      'October',
      '2027-10',
    ]);
    expect(values('The budget covers the fiscal year through June.')).toContainEqual([
      'June',
      '2027-06',
    ]);
  });
});
