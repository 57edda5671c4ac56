/** Names listed with their ages: the title keeps every name, without the ages. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-05' }).events.map((e) => [
    e.date.value,
    e.title,
    e.actors,
  ]);

describe('extractArticle() on names listed with their ages', () => {
  it('a subject of two or three people keeps them all', () => {
    // (was "John Smith 38, were arrested")
    expect(told('John Smith, 45, and Mary Jones, 38, were arrested on Friday.')).toEqual([
      ['2024-03-01', 'John Smith and Mary Jones were arrested', ['John Smith', 'Mary Jones']],
    ]);
    expect(
      told('Sarah Jones, 34, Tom Brown, 36, and Ann Lee, 40, were charged on Monday.'),
    ).toEqual([
      [
        '2024-03-04',
        'Sarah Jones, Tom Brown and Ann Lee were charged',
        ['Sarah Jones', 'Tom Brown', 'Ann Lee'],
      ],
    ]);
  });

  it('so does an object, and one name with its age is told as before', () => {
    // (was "Police arrested John Smith, 45, and Mary Jones, 38")
    expect(told('Police arrested John Smith, 45, and Mary Jones, 38, on Friday.')).toEqual([
      [
        '2024-03-01',
        'Police arrested John Smith and Mary Jones',
        ['Police', 'John Smith', 'Mary Jones'],
      ],
    ]);
    expect(told('John Smith, 45, was arrested on Friday.')).toEqual([
      ['2024-03-01', 'John Smith was arrested', ['John Smith']],
    ]);
  });
});
