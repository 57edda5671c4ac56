/** Acts on a timetable, told in the present with a date still to come: one planned event. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-05' }).events.map((e) => [
    e.date.value,
    e.status,
    e.title,
  ]);

describe('extractArticle() on an act a reporting verb tells on its timetable', () => {
  it('"The company reports earnings on Thursday" is the planned act alone, no saying of the day', () => {
    // (was also March 5, happened, "The company reports earnings on Thursday": "reports" read as
    // a saying of the plan)
    expect(told('The company reports earnings on Thursday.')).toEqual([
      ['2024-03-07', 'planned', 'The company reports earnings'],
    ]);
  });

  it('a saying of a plan is still news of its own day ("says ... will", "reports that")', () => {
    expect(told('The mayor says the bridge will reopen in May.').map((e) => e[0])).toEqual([
      '2024-03-05',
      '2024-05',
    ]);
    expect(told('The company reports that sales will rise in May.').map((e) => e[0])).toEqual([
      '2024-03-05',
      '2024-05',
    ]);
  });
});
