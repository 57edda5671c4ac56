/**
 * A noun told of by a relative without its pronoun ("The new models he unveiled in June go on
 * sale") goes after the relative's verb in lower case: "He unveiled the new models". Made-up.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('the noun of a contact relative, put after its verb', () => {
  it('keeps its determiner in lower case', () => {
    // (was "He unveiled The new models")
    expect(told('The new models he unveiled in June go on sale on Monday.')).toContainEqual([
      '2025-06',
      'He unveiled the new models',
    ]);
  });
});
