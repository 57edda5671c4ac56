/** A name a nationality opens names a thing, not a person a "he" or "she" stands for (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string, published = '2026-12-01') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

describe('names opened by a nationality', () => {
  it('"She" after "the Australian Open" is still the player', () => {
    // (was "Australian Open will play a farewell match in Vilna")
    expect(
      titles(
        'Elena Sorova underwent surgery in October and had hoped to return for the Australian Open in January. She will play a farewell match in Vilna on Dec. 19.',
      ),
    ).toContainEqual(['2026-12-19', 'Elena Sorova will play a farewell match in Vilna']);
  });

  it("a common first name that is also a nationality still opens a person's name", () => {
    // (wrong side: "Dutch" is no first name the lexicon knows, but a first name it knows is kept)
    expect(
      titles('Tom Welsh resigned as coach in October. He will return as an adviser on Dec. 19.'),
    ).toContainEqual(['2026-12-19', 'Tom Welsh will return as an adviser']);
  });

  it('a person whose first name is a nationality, never written after "the", is a person', () => {
    // (wrong side: was ["2026-04-02", "He will be replaced by Tom Reyes"])
    expect(
      titles(
        'German Gref, the head of Sberbank, resigned on Monday. He will be replaced by Tom Reyes on April 2.',
        '2026-03-20',
      ),
    ).toContainEqual(['2026-04-02', 'German Gref will be replaced by Tom Reyes']);
  });

  it('a nationality before a known first name after "the" still names a person', () => {
    // (wrong side: was ["2026-05-04", "She will swim in Rome"])
    expect(
      titles(
        'The American Katie Ledecky won the title on Saturday. She will swim in Rome on May 4.',
        '2026-03-20',
      ),
    ).toContainEqual(['2026-05-04', 'American Katie Ledecky will swim in Rome']);
  });
});
