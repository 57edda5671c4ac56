/**
 * Subjects with asides (made-up passages): ages after each item of a list go, and so does a
 * description after a name in apposition.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() on subjects with asides', () => {
  it('drops the ages of a list whose items are no names', () => {
    // (was "Ann Lee 12, were found dead": the second item lost, the age kept)
    expect(titles('Ann Lee, 34, and her son, 12, were found dead on Sunday.')).toEqual([
      ['2026-03-15', 'Ann Lee and her son were found dead'],
    ]);
    expect(titles('The driver, 52, and a passenger, 19, were injured on Monday.')).toEqual([
      ['2026-03-16', 'The driver and a passenger were injured'],
    ]);
  });

  it('drops a description after a name in apposition', () => {
    // (was "His first wife Mary Jones an actress, died")
    expect(titles('His first wife, Mary Jones, an actress, died in 2010.')).toEqual([
      ['2010', 'His first wife Mary Jones died'],
    ]);
    // (was "Jane Doe a Democrat, resigned")
    expect(titles('The mayor, Jane Doe, a Democrat, resigned on Monday.')).toEqual([
      ['2026-03-16', 'Jane Doe resigned'],
    ]);
  });

  it('keeps every item of a list of nouns "the" opens', () => {
    // (was "The coach and the doctor were fired": "the captain" read as an apposition)
    expect(
      titles('The coach, the captain, and the doctor, who joined in May, were fired on Monday.'),
    ).toContainEqual(['2026-03-16', 'The coach, the captain, and the doctor were fired']);
    expect(titles('The mayor, the governor, and the senator met on Monday.')).toEqual([
      ['2026-03-16', 'The mayor, the governor, and the senator met'],
    ]);
    // (a superlative describes: "the largest employer" is an apposition)
    expect(
      titles('The company, the largest employer, and the union signed a deal on Monday.'),
    ).toEqual([['2026-03-16', 'The company and the union signed a deal']]);
  });

  it('one age, a list with home towns, and a firm named in apposition stay as before', () => {
    expect(titles('Smith, 34, was arrested on Monday.')).toEqual([
      ['2026-03-16', 'Smith was arrested'],
    ]);
    expect(titles('Smith, 45, of Leeds, and Jones, 38, of York, were arrested on Monday.')).toEqual(
      [['2026-03-16', 'Smith, 45, of Leeds, and Jones, 38, of York, were arrested']],
    );
    expect(titles('The company, Lorem Inc., said on Monday that it would cut 500 jobs.')).toEqual([
      ['2026-03-16', 'Lorem Inc. said that it would cut 500 jobs'],
    ]);
  });
});
