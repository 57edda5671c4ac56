import { describe, expect, it } from 'vitest';
import { compiledAhead } from '../../../src/extract/temporal/regex.ts';

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
