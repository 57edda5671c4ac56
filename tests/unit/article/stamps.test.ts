import { describe, expect, it } from 'vitest';
import { dateValue } from '../../../src/extract/article/dates.ts';
import { readStamp } from '../../../src/extract/article/stamps.ts';

describe('readStamp()', () => {
  it.each([
    ['AP-NY-08-07-98 1822EDT', '1998-08-07'],
    ['AP-WA-03-06-12 1015 EST', '2012-03-06'],
    ['26-FEB-1987 15:01:01.79', '1987-02-26'],
    ['APW19980807.0261 NEWS STORY 08/07/1998 06:18:00', '1998-08-07'],
    ['AFP_ENG_19940512.0004', '1994-05-12'],
  ])('reads the wire stamp "%s" as %s', (line, value) => {
    expect(dateValue(readStamp(line)!)).toBe(value);
  });

  it.each([
    ['31-FEB-1987 10:00:00', 'no such day'],
    ['AP-NY-13-07-98 1822EDT', 'no such month'],
    ['The AP-NY desk filed at 1822EDT on 08-07-98.', 'prose'],
    ['NYT19980231.0001', 'no such day'],
    ['2-Mar-1987 09:15:20.00', 'not in the capitals of the wire'],
  ])('reads no stamp in "%s" (%s)', (line) => {
    expect(readStamp(line)).toBeNull();
  });
});
