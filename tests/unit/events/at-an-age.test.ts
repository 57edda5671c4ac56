/** A past told at an age ("She moved to London at 19") is no act of the publication's day. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-20' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() on a past told at an age', () => {
  it('an undated act at an age makes no event of the publication day', () => {
    // (were "She moved to London at 19", "He left school at 16 to work in a mine" of 2024-03-20)
    expect(told('She moved to London at 19 and opened a shop.')).toEqual([]);
    expect(told('He left school at 16 to work in a mine.')).toEqual([]);
  });
  it('a clock, a figure or a man of an age still make news of the day', () => {
    expect(told('A man aged 45 was arrested.')).toEqual([
      ['2024-03-20', 'A man aged 45 was arrested'],
    ]);
    expect(told('Shares closed at 45.')).toEqual([['2024-03-20', 'Shares closed at 45']]);
  });
});

describe('extractArticle() on a figure after "at" that is no age', () => {
  it('a figure a noun or a preposition follows still makes news of the day', () => {
    // (were no events: 'at 20' and 'at 19' read as ages)
    expect(told('The company capped fees at 20 for each customer.')).toEqual([
      ['2024-03-20', 'The company capped fees at 20 for each customer'],
    ]);
    expect(told('She ranked at 19 on the list of richest women.')).toEqual([
      ['2024-03-20', 'She ranked at 19 on the list of richest women'],
    ]);
  });
});
