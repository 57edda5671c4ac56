/** Names the name finder used to cut or keep wrongly (a first name that is a season, a role word as surname, a quoted title), told by the actors of made-up events. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const actors = (raw: string, published = '2026-03-12') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => e.actors);

describe('extractArticle() on the actors of names', () => {
  it('a season or month opening a name of two or three words is a first name', () => {
    // (were ['Lee'] and ['Carter Cash'])
    expect(actors('Summer Lee won the primary in 2022.')).toEqual([['Summer Lee']]);
    expect(actors('June Carter Cash recorded the song in 1968.')).toEqual([['June Carter Cash']]);
    expect(actors('Summer heat killed 40 people in 2025.')).toEqual([[]]);
  });

  it('a role word ending a name after a known first name is a surname; "Coach" is a role', () => {
    // (were ['Stephen'] and ['Coach Joe Little'])
    expect(actors('Stephen King published a novel on Monday.')).toEqual([['Stephen King']]);
    expect(actors('Coach Joe Little resigned on Monday.')).toEqual([['Joe Little']]);
    expect(actors('Coach Inc. cut 300 jobs on Monday.')).toEqual([['Coach Inc.']]);
  });

  it("a day's number left by the month before it opens no name", () => {
    // (was [] : "5 Smith" was dropped for opening with a figure)
    expect(actors('On June 5 Smith resigned.', '2026-07-12')).toEqual([['Smith']]);
  });

  it('a quoted title or slogan acts only as the subject', () => {
    // (were ['No Surrender'] and ['Stop'])
    expect(actors('Protesters chanted “No Surrender” on Monday.')).toEqual([[]]);
    expect(actors('Workers removed the “Stop” signs on Monday.')).toEqual([[]]);
    expect(actors('“Right Said Fred” played in Boston on Monday.')).toEqual([['Right Said Fred']]);
  });

  it('a known place in -ing opening a sentence is no participle', () => {
    // (was [] : "Beijing" read as a fronted participle)
    expect(actors('Beijing protested on Monday.')).toEqual([['Beijing']]);
  });
});
