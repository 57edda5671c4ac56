/**
 * The extract benchmark's synthetic corpus: seeded, and as dense in dates as it is asked to be
 * (the benchmark's figures are only comparable to news when the density is news's).
 */
import { describe, expect, it } from 'vitest';
import { NEWS_DATE_DENSITY, syntheticCorpus } from '../../../bench/extract.corpus.ts';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

/** Date expressions (DATE and TIME) the tagger finds per 1,000 characters. */
function density(documents: ReturnType<typeof syntheticCorpus>): number {
  let dates = 0;
  let characters = 0;
  for (const d of documents) {
    dates += tagTimexes(d.text, { published: d.published }).filter(
      (t) => t.type === 'DATE' || t.type === 'TIME',
    ).length;
    characters += d.text.length;
  }
  return (1000 * dates) / characters;
}

describe('syntheticCorpus()', () => {
  it('is the same for the same seed', () => {
    expect(syntheticCorpus(20_000, 4000, 7, undefined, NEWS_DATE_DENSITY)).toEqual(
      syntheticCorpus(20_000, 4000, 7, undefined, NEWS_DATE_DENSITY),
    );
  });

  it('has about the density of dates asked for, and the dense corpus about three times more', () => {
    const news = density(syntheticCorpus(200_000, 4000, 7, undefined, NEWS_DATE_DENSITY));
    const dense = density(syntheticCorpus(200_000, 4000, 7));
    // the generator counts the expressions it writes, the tagger its own: durations ("for two
    // weeks") are no dates, a range is two; the two agree within a sixth
    expect(news).toBeGreaterThan(NEWS_DATE_DENSITY * 0.85);
    expect(news).toBeLessThan(NEWS_DATE_DENSITY * 1.2);
    expect(dense / news).toBeGreaterThan(2);
  });
});
