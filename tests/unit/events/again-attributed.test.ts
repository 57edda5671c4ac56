/** "and again in 2015" repeats the act before it, an attribution after its comma or not. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const events = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-12' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() on "and again" before an attribution', () => {
  it('the repeated act keeps its object', () => {
    // (was 'Inspectors had flagged again')
    expect(
      events('Inspectors had flagged leaks at the plant in 2012 and again in 2015, records show.'),
    ).toContainEqual(['2015', 'Inspectors had flagged leaks at the plant again']);
  });
});
