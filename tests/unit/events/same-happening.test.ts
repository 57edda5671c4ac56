/** Two names of one happening on one day are one event (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const events = (raw: string, published = '2026-03-12') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [
    e.date.value,
    e.title,
    e.sources.length,
  ]);

describe('"the quake" after "an earthquake"', () => {
  it('is the same event on the same day', () => {
    // (was two events of March 10, "The quake destroyed 300 homes in Annesby" besides)
    expect(
      events(
        'A magnitude 6.8 earthquake struck Veloria on Tuesday. The quake destroyed 300 homes in Annesby on Tuesday.',
      ),
    ).toEqual([['2026-03-10', 'A magnitude 6.8 earthquake struck Veloria', 2]]);
  });

  it('another happening on the same day stays apart', () => {
    // (wrong side: a storm is no earthquake)
    expect(
      events(
        'A magnitude 6.8 earthquake struck Veloria on Tuesday. A storm hit the coast on Tuesday.',
      ),
    ).toEqual([
      ['2026-03-10', 'A magnitude 6.8 earthquake struck Veloria', 1],
      ['2026-03-10', 'A storm hit the coast', 1],
    ]);
  });

  it('a quake told with "a" after an earthquake is another quake', () => {
    // (wrong side: was one event, the Japanese quake a source of the Chilean one)
    expect(
      events(
        'A magnitude 6.1 earthquake struck northern Chile on Tuesday. In Japan, a quake shook Hokkaido on Tuesday, damaging several homes.',
      ),
    ).toHaveLength(2);
    expect(
      events(
        'A fire destroyed a warehouse in Leeds on Monday. A blaze gutted a school in York on Monday.',
      ),
    ).toHaveLength(2);
  });

  it('"another" by the same noun is another act', () => {
    // (wrong side: was one event of Monday, "Another fire gutted a school" a source of the first
    // fire, and so for "Another man robbed a bank")
    expect(
      events(
        'A fire destroyed a warehouse in Leeds on Monday. Another fire gutted a school in York on Monday. A man stabbed a guard in Leeds on Monday. Another man robbed a bank in York on Monday.',
      ).map((e) => e[1]),
    ).toEqual([
      'A fire destroyed a warehouse in Leeds',
      'Another fire gutted a school in York',
      'A man stabbed a guard in Leeds',
      'Another man robbed a bank in York',
    ]);
  });
});
