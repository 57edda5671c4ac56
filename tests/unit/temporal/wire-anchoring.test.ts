/**
 * Tense and anchoring in wire copy (made-up sentences, helper h212's probe set, issue #3). Each
 * row is a sentence with the expression in [brackets], the publication date, and the expected
 * value.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

type Row = [sentence: string, published: string, value: string | undefined];

function valueAt(sentence: string, published: string): string | undefined {
  const start = sentence.indexOf('[');
  const end = sentence.indexOf(']') - 1;
  const text = sentence.replace('[', '').replace(']', '');
  return tagTimexes(text, { published }).find((t) => t.start === start && t.end === end)?.value;
}

describe('wire copy anchoring', () => {
  it.each<Row>([
    // a figure in "per cent" (two words) keeps a forecast's period to a month nearest, as "%" does
    [
      'The bank predicted inflation of 3.1 per cent over the year to [September].',
      '2026-08-20',
      '2026-09',
    ],
    ['The bank predicted inflation of 3.1% over the year to [September].', '2026-08-20', '2026-09'],
    ['Inflation was 3.1 per cent over the year to [September].', '2026-08-20', '2025-09'],
  ])('%s (published %s) is %s', (sentence, published, value) => {
    expect(valueAt(sentence, published)).toBe(value);
  });
});
