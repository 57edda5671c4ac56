/** A saying that trails a participle phrase dates the whole sentence's saying (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string, published = '2026-03-12') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

describe('", killing ..., officials said on Thursday"', () => {
  it('the saying tells what the sentence says, not only who said it', () => {
    // (was ["2026-03-12", "Officials said"]: the participle phrase the saying trailed went)
    expect(
      titles(
        'A magnitude 6.8 earthquake struck Veloria on Tuesday, killing at least 140 people and leaving thousands homeless, officials said on Thursday.',
      ),
    ).toEqual([
      ['2026-03-10', 'A magnitude 6.8 earthquake struck Veloria'],
      [
        '2026-03-12',
        'A magnitude 6.8 earthquake struck Veloria, killing at least 140 people and leaving thousands homeless, officials said',
      ],
    ]);
  });

  it('a participle phrase with a date of its own keeps it', () => {
    // (wrong side: "arriving on Wednesday" is the rescuers' day, not a saying's)
    expect(
      titles('The rescuers reached Annesby, arriving on Wednesday after a long drive.'),
    ).toEqual([
      ['2026-03-11', 'The rescuers arrived after a long drive'],
      ['2026-03-12', 'The rescuers reached Annesby'],
    ]);
  });
});
