/**
 * The whole extraction on the article reader's adversarial inputs (tests/fixtures/adversarial.ts):
 * each megabyte must be read and its events built. No time is asserted, since the machine is
 * shared and noisy: the test timeout only catches work that grows with the square of the input
 * (thousands of one-line asides once took minutes a megabyte). `npm run bench:adversarial`
 * prints how the time grows.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { READER_INPUTS, repeat } from '../../fixtures/adversarial.ts';

describe('extractArticle() on adversarial inputs', () => {
  it.each(READER_INPUTS)(
    'finishes on 1 MB of %s with sources inside the text',
    (_name, unit) => {
      const raw = repeat(unit, 1_000_000);
      const { article, events } = extractArticle({ id: 'x', raw, published: '2023-05-17' });
      for (const event of events)
        for (const source of event.sources) {
          expect(source.start).toBeGreaterThanOrEqual(0);
          expect(source.end).toBeLessThanOrEqual(article.text.length);
        }
    },
    60_000,
  );
});
