/**
 * A quarter or a half named by its ordinal alone, told in the past, is of the year that frames
 * its sentence or the sentence before, as a month is ("Last year the company grew. In the first
 * half, sales rose"). Made-up passages.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

type Row = [sentence: string, published: string, part: string, value: string];

const valueOf = (text: string, published: string, part: string) =>
  tagTimexes(text, { published }).find((t) => t.text === part)?.value;

describe('tagTimexes() puts a part of the year in the year framing its story', () => {
  it.each<Row>([
    // (were 2026-H1 and 2026-Q1: the publication's year)
    [
      'Last year the company grew. In the first half, sales rose.',
      '2026-07-15',
      'first half',
      '2025-H1',
    ],
    [
      'Last year the company grew, and in the first half sales rose.',
      '2026-07-15',
      'first half',
      '2025-H1',
    ],
    [
      'In 2019 the company grew. In the first quarter, sales rose.',
      '2026-07-15',
      'first quarter',
      '2019-Q1',
    ],
  ])('"%s" published %s: %s is %s', (sentence, published, part, value) => {
    expect(valueOf(sentence, published, part)).toBe(value);
  });
});

describe('tagTimexes() leaves a part of the year to the publication otherwise', () => {
  it.each<Row>([
    ['The company grew. In the first half, sales rose.', '2026-07-15', 'first half', '2026-H1'],
    [
      'Sales fell last year. In the first half, revenue rose.',
      '2026-07-15',
      'first half',
      '2026-H1',
    ],
    [
      'Last year the company grew. This year, in the first half, sales rose.',
      '2026-07-15',
      'first half',
      '2026-H1',
    ],
    [
      'Last year the company grew. In the second half, it will hire.',
      '2026-03-20',
      'second half',
      '2026-H2',
    ],
    [
      'In 2019 the company grew, and it expects growth in the second half.',
      '2026-07-15',
      'second half',
      '2026-H2',
    ],
    [
      'In 2019 the company grew. It was founded in 1990. In the first half, sales rose.',
      '2026-07-15',
      'first half',
      '2026-H1',
    ],
  ])('"%s" published %s: %s is %s', (sentence, published, part, value) => {
    expect(valueOf(sentence, published, part)).toBe(value);
  });
});
