/** Whether an event has happened or is planned, as the words of its clause tell. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string, published = '2007-01-18') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.status]);

describe('extractArticle() tells "due to" a cause from "due to" a plan', () => {
  it.each([
    'The steady growth is also due to considerable sales of its iPods and computers.',
    'The delay was due to bad weather.',
    'The losses were due to rising costs.',
  ])('a cause is no plan: %s', (raw) => {
    // (was planned: "is due to" read as "is due to open")
    expect(told(raw)).toEqual([['2007-01-18', 'happened']]);
  });

  it.each(['The drop was due to a strike in January.', 'The drop is due to a strike in January.'])(
    'a cause dates its month in the past: %s',
    (raw) => {
      // (was ['2008-01', 'planned']: the tagger read "due to" as a plan and took the next January)
      expect(told(raw, '2007-03-10')).toEqual([['2007-01', 'happened']]);
    },
  );

  it('a verb after it is still a plan ("is due to reopen in May")', () => {
    expect(told('The plant is due to reopen in May.')).toEqual([['2007-05', 'planned']]);
  });

  it('a verb in -eed after it is a plan too ("is due to proceed on Monday")', () => {
    // (was ['2007-01-15', 'happened']: "proceed" read as a cause's word in -ed, the Monday gone)
    expect(told('The trial is due to proceed on Monday.')).toEqual([['2007-01-22', 'planned']]);
  });
});

describe('extractArticle() on a plan or a forecast a later "but" says did not come about', () => {
  it.each([
    'Heavy snow was expected on Friday but never came.',
    'The vote was scheduled for Friday but did not take place.',
  ])('the day is gone, and what the sentence tells happened: %s', (raw) => {
    // (was ['2024-03-15', 'planned']: the next Friday, a plan still to come)
    expect(told(raw, '2024-03-10')).toEqual([['2024-03-08', 'happened']]);
  });

  it('a forecast alone, or a plan put off, still looks ahead', () => {
    expect(told('Heavy snow was expected on Friday.', '2024-03-10')).toEqual([
      ['2024-03-15', 'planned'],
    ]);
    expect(told('The vote was expected on Friday but was postponed.', '2024-03-10')).toEqual([
      ['2024-03-15', 'planned'],
    ]);
  });
});

describe('extractArticle() on the weather told for days ahead', () => {
  it.each([
    ['Snow is forecast for Tuesday and Wednesday.', [['2026-12-08', 'planned']]],
    ['Heavy rain is forecast for Tuesday.', [['2026-12-08', 'planned']]],
  ])('the forecast weather is of its days, not a report of today: %s', (raw, expected) => {
    // (was one event of the publication's day, happened, titled with the whole sentence: "is
    // forecast for" was read as a forecast's figures for a period, as in "cut its forecast for
    // 2025")
    expect(told(raw, '2026-12-06')).toEqual(expected);
  });

  it('"over the next 48 hours" is still to come', () => {
    expect(told('More rain is expected over the next 48 hours.', '2026-12-06')).toEqual([
      ['2026-12-06', 'planned'],
    ]);
  });
});

describe("extractArticle() on a company's guidance for a period already begun", () => {
  it('a figure it expects for the quarter is still to come', () => {
    // (was ['2026-Q4', 'happened']: the quarter had begun, and "expects revenue of" was no plan)
    expect(
      told(
        'For the fourth quarter, Acme expects revenue of $22 billion to $23 billion.',
        '2026-10-29',
      ),
    ).toEqual([['2026-Q4', 'planned']]);
  });

  it('a figure it reported for the quarter happened', () => {
    expect(
      told('For the third quarter, Acme reported revenue of $21 billion.', '2026-10-29'),
    ).toEqual([['2026-Q3', 'happened']]);
  });
});
