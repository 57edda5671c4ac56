import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../src/extract/lexicon/en/temporal/index.ts';
import { compiledAhead, lexiconRegExp } from '../../../src/extract/temporal/regex.ts';
import { cuePatterns } from '../../../src/extract/temporal/tense.ts';

describe('compiledAhead()', () => {
  it('returns the same regex, ready to search from the start, with the same matches', () => {
    const regex = /\b(?:will|shall)\s+\w+/gi;
    expect(compiledAhead(regex)).toBe(regex);
    expect(regex.lastIndex).toBe(0);
    expect('They will meet. We shall see.'.match(regex)).toEqual(['will meet', 'shall see']);
  });

  it('leaves a sticky regex at the start too', () => {
    const regex = compiledAhead(/\s*said/iy);
    expect(regex.lastIndex).toBe(0);
    expect(regex.exec(' said')?.[0]).toBe(' said');
  });

  it('refuses a regex that is neither global nor sticky, which would search the whole blank', () => {
    expect(() => compiledAhead(/said/i)).toThrow(/not global/);
  });
});

describe('the tense cues patterns', () => {
  it("stay under V8's 20 KB each, above which a pattern's case modifiers go wrong", () => {
    for (const pattern of cuePatterns(ENGLISH)) expect(pattern.length).toBeLessThan(20 * 1024);
  });

  it('find a cue written in capitals and one with a case modifier', () => {
    const [nearest, , past] = cuePatterns(ENGLISH).map((p) => lexiconRegExp(p, 'gi'));
    expect('The sign read "CLOSED UNTIL MONDAY".'.match(past!)).toContain('CLOSED');
    expect('Updated on Oct. 16: The operator said.'.match(nearest!)).toContain('Updated on');
  });
});
