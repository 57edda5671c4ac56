import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/extract/article/index.ts';

function asides(raw: string) {
  const article = readArticle({ id: 'a', raw });
  return article.asides.map((a) => [a.kind, raw.slice(a.start, a.end)]);
}

describe('readArticle() asides', () => {
  it.each([
    ['Leave a Comment'],
    ['Share this:'],
    ['Facebook | Twitter | Email'],
    ['Follow us on Twitter'],
    ['Sign up for our daily newsletter'],
    ['Advertisement'],
    ['Read more: Belarus closes border'],
    ['© 2023 Reuters'],
    ['David M. Drucker contributed to this report.'],
    ['(Reporting by Andrew Osborn; Editing by Mark Heinrich)'],
  ])('sets the line "%s" aside as boilerplate', (line) => {
    expect(asides(`The checks began on the border.\n${line}\nThey continued.`)).toEqual([
      ['boilerplate', line],
    ]);
  });

  it('sets bare links aside inside prose, without the full stop after them', () => {
    expect(
      asides('Read it at https://t.co/IIu9pokDzo. Or www.example.org/a, pic.twitter.com/x'),
    ).toEqual([
      ['url', 'https://t.co/IIu9pokDzo'],
      ['url', 'www.example.org/a'],
      ['url', 'pic.twitter.com/x'],
    ]);
  });

  it('an embedded post on one line: its quote and signature together', () => {
    const raw =
      'The checks began.\nChecks are back pic.twitter.com/x — Jane Roe (@jroe) May 17, 2023\nMore prose.';
    expect(asides(raw)).toEqual([
      ['embedded-post', 'Checks are back pic.twitter.com/x — Jane Roe (@jroe) May 17, 2023'],
    ]);
  });

  it('an Instagram post signature with the line before it', () => {
    const raw =
      'The checks began.\nA queue at the border\nA post shared by Jane Roe (@jane.roe) on May 17, 2023 at 10:00am PDT\nMore.';
    expect(asides(raw)).toEqual([
      [
        'embedded-post',
        'A queue at the border\nA post shared by Jane Roe (@jane.roe) on May 17, 2023 at 10:00am PDT',
      ],
    ]);
  });

  it('header lines (date, byline, a dateline alone) are not prose', () => {
    const raw =
      'Published: Jan. 5, 2010\nBy JOHN SMITH\n\nNAIROBI, Kenya (AP) _\n\nBombs exploded.';
    expect(asides(raw)).toEqual([
      ['boilerplate', 'Published: Jan. 5, 2010'],
      ['boilerplate', 'By JOHN SMITH'],
      ['boilerplate', 'NAIROBI, Kenya (AP) _'],
    ]);
  });

  it('prose that mentions Twitter or copyright stays prose', () => {
    expect(asides('Twitter suspended the account.\nCopyright holders sued in 2019.')).toEqual([]);
  });
});

describe('readArticle() bylines', () => {
  it.each([
    ['By CHEGE MBITIRU, Associated Press Writer', 'Chege Mbitiru'],
    ['By Jane Doe, Reuters', 'Jane Doe'],
    ['By Anna Smith and John Doe', 'Anna Smith and John Doe'],
    ['By Ana de Armas', 'Ana de Armas'],
  ])('reads "%s" as %s', (line, author) => {
    expect(readArticle({ id: 'a', raw: `${line}\n\nThe checks began.` }).author).toBe(author);
  });

  it.each([['By Monday, officials said the checks began.'], ['By 2030 the border will be open.']])(
    'reads no author in "%s"',
    (line) => {
      expect(readArticle({ id: 'a', raw: `${line}\nMore.` }).author).toBeNull();
    },
  );
});
