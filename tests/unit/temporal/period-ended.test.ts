/**
 * A quarter named by its last month and told as ended ("the quarter that ended in September") is
 * over, whatever the tense of the sentence: an expectation around it does not put it ahead.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';
import { extractArticle } from '../../../src/extract/index.ts';

const values = (text: string, published: string) =>
  tagTimexes(text, { published }).map((t) => [t.text, t.value]);

describe('a quarter told as ended', () => {
  it('is the one gone by, in a sentence of expectation', () => {
    // (was 2026-Q3, of the year ahead, beside 2025-09 for the September it ended in)
    const text = 'Acme expected revenue of $2 billion for the quarter that ended in September.';
    expect(values(text, '2026-03-22')).toEqual([
      ['quarter', '2025-Q3'],
      ['September', '2025-09'],
    ]);
    // (and the event is no plan: was 'planned')
    const [event] = extractArticle({ id: 'x', raw: text, published: '2026-03-22' }).events;
    expect([event?.date.value, event?.status]).toEqual(['2025-Q3', 'happened']);
  });

  it("has ended by its month's last day, however near its month is", () => {
    // (told in May, the quarter that ended in June is last year's: was 2026-Q2 beside 2025-06)
    expect(values('Results for the quarter that ended in June were strong.', '2026-05-10')).toEqual(
      [
        ['quarter', '2025-Q2'],
        ['June', '2025-06'],
      ],
    );
    expect(
      values('Acme reported results for the quarter that ended in June.', '2026-07-08'),
    ).toEqual([
      ['quarter', '2026-Q2'],
      ['June', '2026-06'],
    ]);
  });

  it('a quarter still ending keeps the tense of its sentence', () => {
    expect(values('Profit in the quarter ending March 31 will fall.', '2023-11-20')).toEqual([
      ['quarter', '2024-Q1'],
      ['March 31', '2024-03-31'],
    ]);
  });

  // (made-up passages from review)
  it('an ended quarter is not overruled by its month being near ahead', () => {
    // (was 2026-Q3 beside 2025-09: the month's nearness overruled the verb of its ending)
    expect(values('Profit fell in the quarter that ended in September.', '2026-08-01')).toEqual([
      ['quarter', '2025-Q3'],
      ['September', '2025-09'],
    ]);
  });

  it('a quarter that ends in a month is named by it', () => {
    // (was 2026-Q1, the publication's quarter: "that ends" was not read)
    const text = 'Analysts expect sales to rise in the quarter that ends in September.';
    expect(values(text, '2026-03-20')).toEqual([
      ['quarter', '2026-Q3'],
      ['September', '2026-09'],
    ]);
  });

  it('a quarter told as still to end is ahead, though figures are told', () => {
    // (was 2025-Q4, a report of profit looking back, with "which ends")
    const text = 'Profit for the quarter which ends Dec. 31 is expected to rise.';
    expect(values(text, '2026-08-05')).toEqual([
      ['quarter', '2026-Q4'],
      ['Dec. 31', '2026-12-31'],
    ]);
  });

  it('a half is named by its last month as a quarter is', () => {
    // (was June alone, and the title "Sales in the half that ended fell 5 percent")
    const text = 'Sales in the half that ended in June fell 5 percent.';
    expect(values(text, '2026-08-01')).toEqual([
      ['half', '2026-H1'],
      ['June', '2026-06'],
    ]);
    const [event] = extractArticle({ id: 'x', raw: text, published: '2026-08-01' }).events;
    expect([event?.title, event?.date.value]).toEqual(['Sales fell 5 percent', '2026-H1']);
  });
});

describe('a relative clause closed by its own date', () => {
  it('leaves the next date to the main verb', () => {
    // (made up; March 25 was 2025-03-25, told as ended with the quarter)
    const text = 'Acme will report results for the quarter that ended in December on March 25.';
    expect(values(text, '2026-02-10')).toEqual([
      ['quarter', '2025-Q4'],
      ['December', '2025-12'],
      ['March 25', '2026-03-25'],
    ]);
  });

  it("but a weekday may be a day of the relative clause's month", () => {
    const text = 'The man who was arrested in March on Tuesday will appear in court.';
    expect(values(text, '2026-08-05')).toContainEqual(['Tuesday', '2026-08-04']);
  });
});
