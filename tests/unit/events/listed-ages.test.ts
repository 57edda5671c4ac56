/** Names listed with their ages: the title keeps every name, and the list whole. */
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
    // (was "John Smith 38, were arrested"; then the list whole with its ages, which go now as one
    // name's age goes: "John Smith, 45, was arrested")
    expect(told('John Smith, 45, and Mary Jones, 38, were arrested on Friday.')).toEqual([
      ['2024-03-01', 'John Smith and Mary Jones were arrested', ['John Smith', 'Mary Jones']],
    ]);
    expect(
      told('Sarah Jones, 34, Tom Brown, 36, and Ann Lee, 40, were charged on Monday.'),
    ).toEqual([
      [
        '2024-03-04',
        'Sarah Jones, Tom Brown, and Ann Lee were charged',
        ['Sarah Jones', 'Tom Brown', 'Ann Lee'],
      ],
    ]);
  });

  it('so does one whose names have home towns', () => {
    // (was "Smith of Leeds 38, of York, were arrested")
    const titles = told(
      'Smith, 45, of Leeds, and Jones, 38, of York, were arrested on Friday.',
    ).map(([date, title]) => [date, title]);
    expect(titles).toEqual([
      ['2024-03-01', 'Smith, 45, of Leeds, and Jones, 38, of York, were arrested'],
    ]);
  });

  it('an object list, and one name with its age, are told as before', () => {
    expect(told('Police arrested John Smith, 45, and Mary Jones, 38, on Friday.')).toEqual([
      [
        '2024-03-01',
        'Police arrested John Smith, 45, and Mary Jones, 38',
        ['Police', 'John Smith', 'Mary Jones'],
      ],
    ]);
    expect(told('John Smith, 45, was arrested on Friday.')).toEqual([
      ['2024-03-01', 'John Smith was arrested', ['John Smith']],
    ]);
  });
});
