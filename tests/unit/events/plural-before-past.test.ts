/** A plural after a capitalised opener, then a past in -ed (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string, published = '2026-03-20') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => e.title);

describe('"Rescue teams reached the village"', () => {
  it('the plural is the subject, the past in -ed with an article after it the verb', () => {
    // (was "Rescue arriving at the school": "teams" read as the verb)
    expect(
      titles('Rescue teams reached the village on Tuesday, arriving on Wednesday at the school.'),
    ).toEqual(['Rescue teams reached the village', 'Rescue teams arrived at the school']);
  });

  it('a form in -ed before a noun is still an adjective', () => {
    // (wrong side: "sells used phones")
    expect(titles('Apple sells used phones in China from Tuesday.')).toEqual([
      'Apple sells used phones in China',
    ]);
    expect(titles('Samsung sells refurbished phones on Tuesday.')).toEqual([
      'Samsung sells refurbished phones',
    ]);
  });
});
