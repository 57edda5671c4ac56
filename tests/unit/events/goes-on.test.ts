/** A second verb phrase with no date of its own goes on with the act of the main clause. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-07' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() on "was arrested on Friday and charged with murder"', () => {
  it('titles the main clause with its second verb phrase', () => {
    // (was "A man was arrested")
    expect(told('A man, 34, was arrested on Friday and charged with murder.')).toEqual([
      ['2024-03-01', 'A man was arrested and charged with murder'],
    ]);
  });

  it('a second phrase with a date of its own is an event of its own', () => {
    expect(told('He was arrested on Friday and charged on Monday.')).toEqual([
      ['2024-03-01', 'He was arrested'],
      ['2024-03-04', 'He was charged'],
    ]);
  });
});
