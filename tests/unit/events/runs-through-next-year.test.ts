/** A run told after a day ahead ends after that day: "opens Friday and runs through March 1". */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const dated = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-20' }).events.map((e) => [
    e.date.start,
    e.date.end,
    e.status,
  ]);

describe('extractArticle() on a run whose end, without its year, comes before its start', () => {
  it("the end is the next year's", () => {
    // (was a past event of March 1, 2024, "The exhibition opens and runs")
    expect(dated('The exhibition opens Friday and runs through March 1.')).toContainEqual([
      '2024-03-22',
      '2025-03-02',
      'planned',
    ]);
  });
  it('is one event, the opening with it, also told on the opening day', () => {
    // (was a run and "The exhibition opens" apart; told on that Friday, a run of March 1, 2026)
    const told = (raw: string, published: string) =>
      extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.start, e.date.end]);
    expect(told('The exhibition opens Friday and runs through March 1.', '2026-03-20')).toEqual([
      ['2026-03-20', '2027-03-02'],
    ]);
    expect(told('The show opens on Thursday and runs until January 5.', '2026-11-10')).toEqual([
      ['2026-11-12', '2027-01-06'],
    ]);
  });
  it('a past run, or an end with its year, stays as told', () => {
    expect(dated('The show ran through March 1.')).toEqual([
      ['2024-03-01', '2024-03-02', 'happened'],
    ]);
    expect(dated('The exhibition opens Friday and runs through March 1, 2024.')).not.toContainEqual(
      ['2024-03-22', '2025-03-02', 'planned'],
    );
  });
});

describe('extractArticle() on a past run beside a day ahead', () => {
  it('a run told in the past ends when it was told, not a year on', () => {
    // (was planned from Friday through next March 1, with 'ran')
    const events = dated(
      'Tickets go on sale Friday for the show, which ran through March 1 last season.',
    );
    expect(events).not.toContainEqual(['2024-03-22', '2025-03-02', 'planned']);
  });
  it('a participle after "be" is no past run', () => {
    expect(dated('The gallery opens Friday and will be closed through March 1.')).toContainEqual([
      '2024-03-22',
      '2025-03-02',
      'planned',
    ]);
  });
});
