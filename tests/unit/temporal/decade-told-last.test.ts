/**
 * "The following decade" and "the previous decade" count from the decade the story named last
 * ("During the 1960s ..."), not from the last year told before it nor the publication's. Made-up
 * passages, published Monday 2012-11-19 and without a date.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

type Row = [text: string, expression: string, value: string];

const valueOf = (text: string, expression: string, published?: string) =>
  tagTimexes(text, { published: published ?? null }).find((t) => t.text === expression)?.value;

const ROWS: Row[] = [
  // (was 196X: counted from 1959)
  [
    'In 1959 he recorded an album. During the 1960s he toured Europe, and he spent most of the following decade in Paris.',
    'the following decade',
    '197X',
  ],
  // (was 202X: counted from the publication)
  [
    'During the 1960s he toured Europe, and he spent most of the following decade in Paris.',
    'the following decade',
    '197X',
  ],
  ['In the 1990s the firm grew. The previous decade had been hard.', 'The previous decade', '198X'],
  // a year told after the decade is the story's again
  [
    'In the 1960s he toured. In 1975 he moved; the following decade he returned.',
    'the following decade',
    '198X',
  ],
];

describe('tagTimexes() counts "the following decade" from the decade told last', () => {
  it.each<Row>(ROWS)('"%s": %s is %s (dated)', (text, expression, value) => {
    expect(valueOf(text, expression, '2012-11-19')).toBe(value);
  });
  it.each<Row>(ROWS)('"%s": %s is %s (undated)', (text, expression, value) => {
    expect(valueOf(text, expression)).toBe(value);
  });
});
