/** What was said, opened by a count ("said more than 4 billion songs had ..."; made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string, published = '2026-03-20') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => e.title);

describe('said + a count + its verb', () => {
  it('the counted phrase and its verb are what was said', () => {
    // (was "The firm said more than 4 billion songs had been downloaded")
    expect(
      titles('The firm said more than 4 billion songs had been downloaded by Monday.'),
    ).toEqual(['More than 4 billion songs had been downloaded']);
    expect(titles('The official said some 300 homes were destroyed on Monday.')).toEqual([
      'Some 300 homes were destroyed',
    ]);
  });

  it("a count with no verb of its own stays the saying's", () => {
    // (wrong side: "more than 40 times" is how often he said it)
    for (const title of titles('He said more than 40 times on Monday that he was innocent.'))
      expect(title).not.toMatch(/^More than 40 times/u);
    for (const title of titles('The minister said about 20 words to reporters on Monday.'))
      expect(title).not.toMatch(/^About 20 words/u);
  });
});

describe('said + "according to" its source + a clause', () => {
  it('the clause after the source is what was said', () => {
    // (was "NPD said according to those figures, Apple sold 2 million phones")
    expect(
      titles('NPD said according to those figures, Apple sold 2 million phones on Monday.'),
    ).toEqual(['Apple sold 2 million phones']);
    expect(titles('He said according to witnesses, the gunman fled on Monday.')).toEqual([
      'The gunman fled',
    ]);
  });

  it('no comma, or a conjunction after it: no clause of its own', () => {
    // (wrong side)
    expect(
      titles('Officials said on Monday according to the plan the bridge would reopen.'),
    ).not.toContain('The bridge would reopen');
    for (const title of titles(
      'The mayor said according to custom, and she kept the custom on Monday.',
    ))
      expect(title).not.toMatch(/^According to custom/u);
  });

  it('a comma that closes an aside after the source: no clause there', () => {
    // (wrong side: was "The mayor, the plan failed" and "Three of them, the gunman fled")
    for (const title of titles('He said according to Smith, the mayor, the plan failed on Monday.'))
      expect(title).not.toMatch(/^The mayor/u);
    for (const title of titles(
      'Police said according to witnesses, three of them, the gunman fled on Monday.',
    ))
      expect(title).not.toMatch(/^Three of them/u);
  });
});
