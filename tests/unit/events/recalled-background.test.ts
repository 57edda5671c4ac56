/** A clause a record's base recalls is no date the story goes on at (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const events = (raw: string, published = '2026-04-09') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [
    e.date.value,
    e.title,
    e.sources.length,
  ]);

describe('what comes after "the worst since 1953, when ..."', () => {
  it("a dateless act after the recalled clause is the story's, not 1953's", () => {
    // (was ["1953", "Three people died"]: the sentence went on with the recalled drowning)
    const got = events(
      'The river burst its banks on Saturday night. It was the worst flooding since 1953, when 46 people drowned in the same valley. Three people died.',
    );
    expect(got).toContainEqual(['1953', '46 people drowned in the same valley', 1]);
    expect(got.find((e) => e[0] === '1953')?.[1]).not.toBe('Three people died');
  });

  it('a main clause dated in the past still carries the story on', () => {
    // (wrong side: "was last flooded in 1953" is the main clause's own date)
    expect(
      events(
        'The river burst its banks on Saturday night. The town was last flooded in 1953, when 46 people drowned. Rescuers recovered 12 bodies.',
      ),
    ).toContainEqual(['1953', 'The town was last flooded', 2]);
  });
});
