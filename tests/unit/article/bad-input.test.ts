import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/extract/article/index.ts';
import { READER_INPUTS, repeat } from '../../fixtures/adversarial.ts';

describe('readArticle() on bad input', () => {
  it.each([
    ['', /empty/u],
    ['  \n\t\n', /empty/u],
    ['PK\u0003\u0004\u0000\u0000binary', /binary/u],
    ['\u0001\u0002\u0003\u0004 some words \u0005\u0006', /binary/u],
    ['Caf\uFFFD \uFFFD\uFFFD \uFFFD\uFFFD text', /not UTF-8/u],
    ['1,239 2023 42', /no words/u],
  ])('refuses %j with a clear Error', (raw, message) => {
    expect(() => readArticle({ id: 'a', raw })).toThrow(message);
  });
});

describe('readArticle() on odd but valid text', () => {
  it.each([
    ['x'],
    ['one line without a full stop'],
    ['ALL CAPS HEADLINE\nALL CAPS BODY.'],
    ['\uFEFFA text with a byte-order mark.'],
    ['Windows\r\nline\r\nendings.'],
    ['— (@a) May 17, 2023'],
    ['Leave a Comment'],
    ['https://t.co/abc'],
    ['a\n\n\n\n\nb'],
  ])('reads %j without throwing and keeps it whole', (raw) => {
    expect(readArticle({ id: 'a', raw }).text).toBe(raw);
  });

  it.each([
    ['Text — Name (@handle) May 17, 2023\n.', 'Text — Name (@handle) May 17, 2023'],
    ['— Name (@handle) May 17, 2023\n!', '— Name (@handle) May 17, 2023'],
    ['...\n\nThe talks ended.', 'The talks ended'],
  ])('names %j by a line with words (%j), not by punctuation', (raw, title) => {
    expect(readArticle({ id: 'a', raw }).title).toBe(title);
  });

  // No time is asserted (the machine is shared and noisy): the test timeout only catches a
  // quadratic scan, which takes minutes on a megabyte. `npm run bench:adversarial` prints times.
  it.each(READER_INPUTS)(
    'reads a megabyte of %s and keeps it whole',
    (_name, unit) => {
      const raw = repeat(unit, 1_000_000);
      const article = readArticle({ id: 'a', raw });
      expect(article.text).toBe(raw);
    },
    120_000,
  );

  it('never throws on text with letters, keeps it whole, and gives sorted, disjoint asides inside it', () => {
    const piece = fc.constantFrom(
      'MOSCOW — ',
      'Leave a Comment\n',
      'https://t.co/x ',
      '— Name (@handle) May 17, 2023\n',
      '(c) 2018, The Post.\n',
      'Published: Jan. 5, 2010\n',
      'By JANE DOE\n',
      'WASHINGTON, March 3 (Reuters) - ',
      '\n\n',
      'The talks ended. ',
      'Mr. Smith said on Friday. ',
      '# Heading\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 12 }), (parts) => {
        const raw = `Text ${parts.join('')}`;
        const article = readArticle({ id: 'a', raw });
        expect(article.text).toBe(raw);
        let last = 0;
        for (const aside of article.asides) {
          expect(aside.start).toBeGreaterThanOrEqual(last);
          expect(aside.end).toBeGreaterThan(aside.start);
          expect(aside.end).toBeLessThanOrEqual(raw.length);
          last = aside.end;
        }
        expect(article.title.length).toBeGreaterThan(0);
      }),
    );
  });
});
