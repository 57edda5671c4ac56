import { describe, expect, it } from 'vitest';
import { whyNoSuchDate } from '../../../src/extract/article/no-such-date.ts';

describe('whyNoSuchDate()', () => {
  it.each([
    '2023',
    '2023-05',
    '2023-05-17',
    '2024-02-29',
    '2000-02-29',
    '0001-01-01',
    '2023-12-31',
  ])('finds nothing wrong with %s', (value) => expect(whyNoSuchDate(value)).toBeNull());

  it.each([
    ['2023-02-29', '"2023-02-29" is no such day'],
    ['1900-02-29', '"1900-02-29" is no such day'],
    ['2023-04-31', '"2023-04-31" is no such day'],
    ['2023-05-00', '"2023-05-00" is no such day'],
    ['2023-13', '"2023-13" has no such month (13)'],
    ['2023-00-10', '"2023-00-10" has no such month (0)'],
    ['0000', '"0000" is before year 1, where the calendar starts'],
    ['0000-01-01', '"0000-01-01" is before year 1, where the calendar starts'],
  ])('says why %s names no day', (value, why) => expect(whyNoSuchDate(value)).toBe(why));
});
