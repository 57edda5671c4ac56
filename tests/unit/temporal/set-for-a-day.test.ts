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
});
