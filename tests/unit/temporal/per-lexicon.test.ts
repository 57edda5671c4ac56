import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../src/extract/lexicon/en/temporal/index.ts';
import { perLexicon } from '../../../src/extract/temporal/per-lexicon.ts';

describe('perLexicon()', () => {
  it('builds once per lexicon, and again for another lexicon', () => {
    let builds = 0;
    const count = perLexicon((lexicon) => ({ rules: lexicon.rules.length, build: ++builds }));
    const first = count(ENGLISH);
    expect(count(ENGLISH)).toBe(first);
    expect(builds).toBe(1);
    const other = { ...ENGLISH };
    expect(count(other)).not.toBe(first);
    expect(builds).toBe(2);
  });
});
