/**
 * A fronted participle with an adverb ("Last seen in 2019, he ...") and a main clause opened by
 * one ("Elected in 2010, later she resigned"): the participle is the subject's, apart.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() on a fronted participle and an adverb', () => {
  it('an adverb before the participle keeps it a clause of its own', () => {
    // (was "Last seen" in 2019 and "Last seen, he was declared dead" in 2024)
    expect(told('Last seen in 2019, he was declared dead in 2024.')).toEqual([
      ['2019', 'He was last seen'],
      ['2024', 'He was declared dead'],
    ]);
    // (was "First elected" and "First elected, she resigned")
    expect(told('First elected in 2010, she resigned in 2015.')).toEqual([
      ['2010', 'She was first elected'],
      ['2015', 'She resigned'],
    ]);
  });
  it('an adverb opening the main clause is passed over for its subject', () => {
    // (was "Elected, later she resigned" in 2010)
    expect(told('Elected in 2010, later she resigned in 2015.')).toContainEqual([
      '2010',
      'She was elected',
    ]);
  });
  it('a participle alone stays as it was', () => {
    expect(told('Elected in 2010, she resigned in 2015.')).toEqual([
      ['2010', 'She was elected'],
      ['2015', 'She resigned'],
    ]);
  });
});
