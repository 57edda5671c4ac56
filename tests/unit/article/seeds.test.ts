import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/extract/article/index.ts';

function read(name: string) {
  const raw = readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8');
  return { raw, article: readArticle({ id: name, raw, fileName: `${name}.txt` }) };
}

function asideTexts(article: ReturnType<typeof readArticle>) {
  return article.asides.map((a) => ({ kind: a.kind, text: article.text.slice(a.start, a.end) }));
}

describe('readArticle() on the first seed (no headline, an embedded post)', () => {
  const { raw, article } = read('belarus-restores-border-controls-with-russia');

  it('keeps the raw text exactly', () => {
    expect(article.text).toBe(raw);
  });

  it('dates the article by the embedded post that quotes the lead: 2023-05-17, a day', () => {
    expect(article.published).toEqual({
      value: '2023-05-17',
      granularity: 'day',
      source: 'embedded-post',
    });
  });

  it('makes a title from the lead sentence, cut before its trailing clause', () => {
    expect(article.titleSource).toBe('lead');
    expect(article.title).toBe(
      'Belarus has announced it has restored some controls at its border with Russia',
    );
  });

  it('sets the tweet (its text and its signature) aside as one embedded post', () => {
    const asides = asideTexts(article);
    expect(asides).toHaveLength(1);
    expect(asides[0]!.kind).toBe('embedded-post');
    expect(asides[0]!.text).toMatch(/^Belarus, one of Russia’s closest allies/u);
    expect(asides[0]!.text).toMatch(
      /pic\.twitter\.com\/3p1bFVQAsI\n— Dénes Törteli .*\(@DenesTorteli\) May 17, 2023$/u,
    );
  });

  it('finds no place, publisher or author the text does not give', () => {
    expect(article).toMatchObject({
      place: null,
      publisher: null,
      author: null,
      url: null,
      language: 'en',
    });
  });
});

describe('readArticle() on the second seed (headline, dateline, copyright)', () => {
  const { raw, article } = read('russia-seeks-to-resolve-belarus-border-dispute');

  it('keeps the raw text exactly', () => {
    expect(article.text).toBe(raw);
  });

  it('takes the first line as the headline', () => {
    expect(article).toMatchObject({
      title: 'Russia seeks to resolve Ukraine, Belarus border dispute with Belarusian visit',
      titleSource: 'headline',
    });
  });

  it('reads the MOSCOW dateline and the publisher of the copyright line', () => {
    expect(article.place).toBe('MOSCOW');
    expect(article.publisher).toBe('The Washington Post');
  });

  it('dates the article by the copyright year only: 2018, a year', () => {
    expect(article.published).toEqual({ value: '2018', granularity: 'year', source: 'copyright' });
  });

  it('sets aside the copyright and contributor line and "Leave a Comment"', () => {
    expect(asideTexts(article)).toEqual([
      {
        kind: 'boilerplate',
        text: '(c) 2018, The Washington Post. David M. Drucker contributed to this report.',
      },
      { kind: 'boilerplate', text: 'Leave a Comment' },
    ]);
  });
});
