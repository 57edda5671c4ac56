/**
 * extractArticle() titles a date's event by the clause or the noun the date belongs to, not by a
 * neighbour of it: whole articles, tagger included, with a fixed publication date.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function titles(raw: string, published = '2008-01-10'): [string, string][] {
  return extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);
}

describe('extractArticle() on "which took place" after a clause', () => {
  it('"..., when the company overtook Infogear Technology Corp., which took place in 1996": the overtaking', () => {
    // (was "Infogear Technology Corp. took place")
    expect(
      titles(
        'Cisco states that it has received the trademark in 2000, when the company overtook Infogear Technology Corp., which took place in 1996.',
      ),
    ).toContainEqual(['1996', 'The company overtook Infogear Technology Corp.']);
    expect(titles('Cisco hired him, which happened in May.')).toContainEqual([
      '2007-05',
      'Cisco hired him',
    ]);
  });

  it('after an event\'s noun, or one with "the", the noun took place ("the merger, which took place in 1996")', () => {
    expect(titles('Cisco announced the merger, which took place in 1996.')).toContainEqual([
      '1996',
      'The merger took place',
    ]);
    expect(titles('Cisco bought Infogear, which was founded in 1996.')).toContainEqual([
      '1996',
      'Infogear was founded',
    ]);
    const olympics = titles('Athletes came to the Olympics, which took place in 1996.');
    expect(olympics.find(([date]) => date === '1996')?.[1]).toMatch(/Olympics took place$/u);
  });
});
