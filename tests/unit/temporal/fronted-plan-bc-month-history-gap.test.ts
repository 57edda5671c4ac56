/**
 * Review of the fronted past day, the bare head carrying a history on, and BC months (helper
 * h232). Made-up sentences; each row is a sentence with the expression in [brackets], the
 * publication date, and the expected value.
 */
import { describe, expect, it } from 'vitest';
import { tagged } from './bracketed.ts';

type Row = [sentence: string, published: string | null, value: string];

describe('tagTimexes() on a fronted day told as a plan in the past', () => {
  it.each<Row>([
    // a plan told in the past is still ahead (these were 2025's)
    ['On [3 April] he was supposed to testify.', '2026-03-20', '2026-04-03'],
    ['On [3 April] they were going to vote.', '2026-03-20', '2026-04-03'],
    ['On [3 April] they were about to leave.', '2026-03-20', '2026-04-03'],
    // a day opening a quote is fronted too (was this April)
    ['“On [3 April] we lost everything,” she said.', '2026-03-20', '2025-04-03'],
    ['‘On [3 April] we will win,’ he said.', '2026-03-20', '2026-04-03'],
    ['On [3 April] they died.', '2026-03-20', '2025-04-03'],
  ])('%s (published %s) is %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() counts months on from a month BC', () => {
  it.each<Row>([
    // was BC0044--8, a month counted with a remainder below zero
    ['In March 44 BC Caesar was killed. [The next month] Antony fled.', null, 'BC0044-04'],
    ['In January 44 BC Caesar was made dictator. [The month before] he fought.', null, 'BC0045-12'],
  ])('%s (published %s) is %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() carries a history opening the text on with a bare head only straight on', () => {
  it.each<Row>([
    // a sentence between may bring the history to now (was 1920-03)
    [
      'In 1920 the club won its first title. It has won nothing since. In [March] the club sacked its manager.',
      '2026-03-20',
      '2026-03',
    ],
    [
      'In 1914 the regiment sailed for France. In [October] the regiment fought at Ypres.',
      '2024-03-20',
      '1914-10',
    ],
  ])('%s (published %s) is %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});
