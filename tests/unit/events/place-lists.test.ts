/**
 * Lists of three or more place names ("France, Spain, Italy, and Greece agreed") keep every item;
 * the second name is no "Paris, France," apposition, which still goes. Made-up passages.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => e.title);

describe('a list of place names', () => {
  it('keeps its second item', () => {
    // (were "France Italy, and Greece agreed to the plan", "France Italy and Greece signed …")
    expect(titles('France, Spain, Italy, and Greece agreed on Monday to the plan.')).toEqual([
      'France, Spain, Italy, and Greece agreed to the plan',
    ]);
    expect(titles('France, Spain, Italy and Greece signed the treaty on Monday.')).toEqual([
      'France, Spain, Italy and Greece signed the treaty',
    ]);
  });

  it('a country restating its town still goes', () => {
    expect(titles('In Paris, France, police arrested Smith on Monday.')).toEqual([
      'Police arrested Smith',
    ]);
  });
});
