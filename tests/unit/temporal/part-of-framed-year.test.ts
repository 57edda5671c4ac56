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
    // (a comparison in the frame's own sentence is with the year before it)
    [
      'In 2024 the company grew, and in the first half sales rose 3% from a year earlier.',
      '2026-07-15',
      'first half',
      '2024-H1',
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
    // (compared with the year before, it is the news's latest; nor a year still ahead: were
    // 2025-Q1, 2025-Q1 and 2027-H1)
    [
      'Last year the company lost $5 million. In the first quarter, it earned $2 million, compared with a loss a year earlier.',
      '2026-04-28',
      'first quarter',
      '2026-Q1',
    ],
    [
      'In 2025 the bank cut 900 jobs. In the first quarter, profit rose 12% on the year.',
      '2026-04-28',
      'first quarter',
      '2026-Q1',
    ],
    [
      'Next year the plant will close. In the first half, it produced 2,000 cars.',
      '2026-08-10',
      'first half',
      '2026-H1',
    ],
  ])('"%s" published %s: %s is %s', (sentence, published, part, value) => {
    expect(valueOf(sentence, published, part)).toBe(value);
  });
});
