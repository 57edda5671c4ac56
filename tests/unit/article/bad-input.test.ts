import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/extract/article/index.ts';

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

  it('reads a megabyte on one line in linear time (no quadratic scan of a long line)', () => {
    const raw =
      'Mr. Smith said on Friday, May 5, that the U.S. border — 1,239 km — stays open. '.repeat(
        12_000,
      );
    const started = performance.now();
    readArticle({ id: 'a', raw });
    // About 0.1 s here; a quadratic step took 20 s.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['many embedded posts', '— Name (@handle) May 17, 2023'],
    ['many wire stamps', 'AP-NY-08-07-98 1822EDT'],
    ['many numeric dates', '06/03/2012'],
    ['many dated related links', 'Related: Talks stall (March 1, 2012)'],
    ['many captions', 'FILE - In this March 1, 1999, file photo, troops parade.'],
  ])('reads a megabyte of short lines with %s well under a second', (_title, line) => {
    const raw = `Some text here.\n${line}\n`.repeat(Math.ceil(1_000_000 / (line.length + 17)));
    const started = performance.now();
    readArticle({ id: 'a', raw });
    // About 0.1-0.2 s here; a scan of every line against every post took 3 s.
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('reads a megabyte on one line of header-like pieces well under a second', () => {
    const raw =
      '(ANSA) - Rome, March 6 - By Jane Doe, Published: March 6 | 3/6/12 founded on March 1, 1999, 13 years ago (AP Photo/J) © Copyright ANSA 2012 '.repeat(
        8_000,
      );
    const started = performance.now();
    readArticle({ id: 'a', raw });
    expect(performance.now() - started).toBeLessThan(1_500);
  });

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
