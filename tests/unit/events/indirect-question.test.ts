/** "who" after a word of not knowing asks: "It was unclear who won the vote on Monday". */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => e.title);

describe('extractArticle() on an indirect question', () => {
  it('keeps the question in its sentence, with no antecedent made of "unclear"', () => {
    // (was "Unclear won the vote", and "It was unclear" apart on the publication day)
    expect(titles('It was unclear who won the vote on Monday.')).toEqual([
      'It was unclear who won the vote',
    ]);
    expect(titles('It was not clear who fired the shots on Sunday.')).toEqual([
      'It was not clear who fired the shots',
    ]);
  });
  it('so after a noun of a question: no mystery sent the letter', () => {
    // (was "A mystery sent the letter", and "It was a mystery" apart on the publication day)
    expect(titles('It was a mystery who sent the letter on Monday.')).toEqual([
      'It was a mystery who sent the letter',
    ]);
    expect(titles('Police had no idea who fired the shots on Sunday.')).toEqual([
      'Police had no idea who fired the shots',
    ]);
    // (a cleft on a person still tells of the person)
    expect(titles('It was the mayor who sent the letter on Monday.')).toEqual([
      'The mayor sent the letter',
    ]);
  });
  it('a relative "who" after a noun still tells of the noun', () => {
    expect(titles('The man who was arrested on Tuesday will appear in court on Friday.')).toEqual([
      'The man was arrested',
      'The man will appear in court',
    ]);
  });
});
