/**
 * The day of a saying that trails a sentence which told a day of its own is when it was said, not
 * where the story is: a later time of day alone is on the story's day. Made-up passages.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const values = (text: string, published = '2026-03-12') =>
  tagTimexes(text, { published }).map((t) => [t.text, t.value]);

describe('", officials said on Thursday." after a day of the sentence', () => {
  it('leaves the story on the day the sentence told', () => {
    // (was 2026-03-12T04:12: the time took the saying's Thursday)
    expect(
      values(
        'An earthquake struck Veloria on Tuesday, killing 140 people, officials said on Thursday. The quake hit at 4:12 a.m.',
      ),
    ).toEqual([
      ['Tuesday', '2026-03-10'],
      ['Thursday', '2026-03-12'],
      ['4:12 a.m.', '2026-03-10T04:12'],
    ]);
  });

  it("moves it when the saying's day is the only day its sentence tells", () => {
    // (wrong side: "The toll rose to 140, officials said on Thursday" is Thursday's news)
    expect(
      values(
        'An earthquake struck Veloria on Tuesday. The toll rose to 140, officials said on Thursday. Rescuers arrived at 4:12 a.m.',
      ),
    ).toEqual([
      ['Tuesday', '2026-03-10'],
      ['Thursday', '2026-03-12'],
      ['4:12 a.m.', '2026-03-12T04:12'],
    ]);
  });
});
