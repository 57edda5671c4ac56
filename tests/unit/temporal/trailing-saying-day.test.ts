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

  it("moves it when the day told before dates no act of the sentence but a noun's", () => {
    // (wrong side: was 2026-03-10T06:00 and 2026-03-08T14:00, the days of "began" and "arrested")
    expect(
      values(
        'The strike that began on Tuesday ended, union leaders said on Thursday. Workers returned at 6 a.m.',
      ).at(-1),
    ).toEqual(['6 a.m.', '2026-03-12T06:00']);
    expect(
      values(
        'A man arrested on Sunday was charged with murder, police said on Wednesday. He appeared in court at 2 p.m.',
      ).at(-1),
    ).toEqual(['2 p.m.', '2026-03-11T14:00']);
  });
});
