/**
 * "set" and its object arrange the day right after "for", as "set a date for the vote in March"
 * arranges the month: the day is ahead even when last year's is nearer. Made-up passages (helper
 * 182), told on 2026-04-22.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const values = (text: string) =>
  tagTimexes(text, { published: '2026-04-22' }).map((t) => [t.text, t.value]);

describe('a day set for', () => {
  it('is the coming one', () => {
    // (were 2026-03-03 and 2026-03-05: the nearer March day overruled the plan)
    expect(values('The council set a high-level meeting for March 3.')).toEqual([
      ['March 3', '2027-03-03'],
    ]);
    expect(values('The court set a sale date for March 2.')).toEqual([['March 2', '2027-03-02']]);
    // (four words between the article and "for": was no plan at all)
    expect(values('The committee set the mark-up of the bill for March 5.')).toEqual([
      ['March 5', '2027-03-05'],
    ]);
    expect(values('The district set the high school graduation for June 14.')).toEqual([
      ['June 14', '2026-06-14'],
    ]);
  });

  it('is the coming one after "scheduled" or "slated" and an object too', () => {
    // (were 2026-03-03: only "set" arranged the day; helper 186)
    expect(values('The council scheduled a meeting for March 3.')).toEqual([
      ['March 3', '2027-03-03'],
    ]);
    expect(values('Officials slated the count for March 9.')).toEqual([['March 9', '2027-03-09']]);
    expect(values('The council had scheduled a meeting for March 3.')).toEqual([
      ['March 3', '2026-03-03'],
    ]);
    expect(values('Last month the council scheduled a meeting for March 3.')).toEqual([
      ['Last month', '2026-03'],
      ['March 3', '2026-03-03'],
    ]);
    expect(
      values('The council scheduled a meeting for March 3, where residents protested.'),
    ).toEqual([['March 3', '2026-03-03']]);
    expect(values('The meeting scheduled for March 3 was cancelled.')).toEqual([
      ['March 3', '2026-03-03'],
    ]);
  });

  it('is the day gone after "planned", often a plot or a past event told (made up, helper 192)', () => {
    // (were 2027-03-03 on helper 186's branch, which read "planned" as "set")
    expect(values('Prosecutors said the men planned the bombing for March 3.')).toEqual([
      ['March 3', '2026-03-03'],
    ]);
    expect(values('According to the indictment, he planned the attack for March 3.')).toEqual([
      ['March 3', '2026-03-03'],
    ]);
  });

  it('is the day gone when the next sentence tells of it, at it, in the past (helper 186)', () => {
    // (was 2027-03-03)
    expect(
      values('The judge set a hearing for March 3. At that hearing, Smith pleaded guilty.'),
    ).toEqual([['March 3', '2026-03-03']]);
    expect(
      values('The judge set a hearing for March 3. At that hearing, Smith will enter a plea.'),
    ).toEqual([['March 3', '2027-03-03']]);
    // (made up, helper 192) a past further into the next sentence, or "At the time," is no
    // telling of the day as gone; a short past verb is ("shareholders sued")
    expect(
      values(
        "The judge set a hearing for March 3. At that hearing, Smith's lawyers plan to argue that the evidence was obtained illegally.",
      ),
    ).toEqual([['March 3', '2027-03-03']]);
    expect(values('The judge set a hearing for March 3. At the time, Smith was in jail.')).toEqual([
      ['March 3', '2027-03-03'],
    ]);
    expect(
      values('The judge set a hearing for March 3. At that hearing, Smith will be sentenced.'),
    ).toEqual([['March 3', '2027-03-03']]);
    expect(values('The board set a vote for March 3. After the vote, shareholders sued.')).toEqual([
      ['March 3', '2026-03-03'],
    ]);
  });

  // (made up, helper 200) the next sentence tells of the occasion itself as gone: its turnout,
  // its crowd or its voters, in the past (were all 2027: next year's)
  it('is the day gone when the next sentence tells of the occasion in the past', () => {
    expect(values('Officials scheduled a vote for March 3. Turnout was low.')).toEqual([
      ['March 3', '2026-03-03'],
    ]);
    expect(values('The union set a strike for April 5. Thousands of workers walked out.')).toEqual([
      ['April 5', '2026-04-05'],
    ]);
    expect(
      values('The council scheduled a referendum for March 12. Voters rejected the plan.'),
    ).toEqual([['March 12', '2026-03-12']]);
    expect(
      values('Officials scheduled a vote for March 3. Turnout is expected to be low.'),
    ).toEqual([['March 3', '2027-03-03']]);
    expect(values('Officials scheduled a vote for March 3. Voters welcomed the decision.')).toEqual(
      [['March 3', '2027-03-03']],
    );
    expect(
      values('Officials scheduled a vote for March 3. Voters said they would stay home.'),
    ).toEqual([['March 3', '2027-03-03']]);
  });

  it('leaves a feat, a plan made further back, an outcome told, and other days as they were', () => {
    expect(values('The team set a club record for March 3.')).toEqual([['March 3', '2026-03-03']]);
    expect(values('The council had set a meeting for March 3.')).toEqual([
      ['March 3', '2026-03-03'],
    ]);
    expect(values('The council set a meeting for March 3, but it was cancelled.')).toEqual([
      ['March 3', '2026-03-03'],
    ]);
    expect(values('The council set up a fund on March 3.')).toEqual([['March 3', '2026-03-03']]);
    expect(values('The council set a meeting on March 3 to discuss the budget.')).toEqual([
      ['March 3', '2026-03-03'],
    ]);
    expect(values('Police arrested a man for the March 3 attack.')).toEqual([
      ['March 3', '2026-03-03'],
    ]);
  });

  it('leaves a day with more told after it in its sentence, or a setting told at a time (made-up, helper 184)', () => {
    // (were all 2027 under the first cut of the rule)
    expect(values('The judge set a hearing for April 10, where Smith pleaded not guilty.')).toEqual(
      [['April 10', '2026-04-10']],
    );
    expect(values('Officials set a deadline for April 1 and it passed without a deal.')).toEqual([
      ['April 1', '2026-04-01'],
    ]);
    expect(values('The storm set the tone for March 3 elections, which saw low turnout.')).toEqual([
      ['March 3', '2026-03-03'],
    ]);
    expect(
      values('Denver set a record high temperature for March 3, reaching 78 degrees.'),
    ).toEqual([['March 3', '2026-03-03']]);
    expect(values('The board set the vote for March 30; shareholders approved the deal.')).toEqual([
      ['March 30', '2026-03-30'],
    ]);
    expect(values('Last month the council set a meeting for March 3.')).toEqual([
      ['Last month', '2026-03'],
      ['March 3', '2026-03-03'],
    ]);
    // (a few words that close the sentence still leave the day arranged)
    expect(values('The council set a meeting for March 3 to discuss the budget.')).toEqual([
      ['March 3', '2027-03-03'],
    ]);
  });
});
