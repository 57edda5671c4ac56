import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/extract/article/index.ts';

const md = (raw: string) => readArticle({ id: 'a', raw, fileName: 'articles/a.md' });

describe('readArticle() on .md files with front matter', () => {
  const raw =
    '---\n' +
    'title: Belarus restores checks\n' +
    'published: 2023-05-17\n' +
    'source: Example News\n' +
    'url: https://example.org/a\n' +
    'author: Jane Doe\n' +
    'language: en-GB\n' +
    '---\n' +
    'MOSCOW — The border service began checks.\n';

  it('takes every field from the front matter', () => {
    expect(md(raw)).toMatchObject({
      title: 'Belarus restores checks',
      titleSource: 'front-matter',
      published: { value: '2023-05-17', granularity: 'day', source: 'front-matter' },
      publisher: 'Example News',
      url: 'https://example.org/a',
      author: 'Jane Doe',
      language: 'en-GB',
    });
  });

  it('makes the body after the front matter the text, so offsets point into it', () => {
    const article = md(raw);
    expect(article.text).toBe('MOSCOW — The border service began checks.\n');
    expect(article.place).toBe('MOSCOW');
  });

  it('infers what the front matter leaves out', () => {
    const article = md(
      '---\nsource: Example News\n---\n# Border checks return\n\nJan. 5, 2010\n\nThe checks began.',
    );
    expect(article).toMatchObject({
      title: 'Border checks return',
      titleSource: 'headline',
      published: { value: '2010-01-05', source: 'text' },
      publisher: 'Example News',
    });
  });

  it.each([
    ['published: 2018', '2018', 'year'],
    ['published: 2023-05', '2023-05', 'month'],
    ['published: 2023-05-17T23:30:00-05:00', '2023-05-17', 'day'],
    ['published: May 17, 2023', '2023-05-17', 'day'],
  ])('reads "%s" as %s', (line, value, granularity) => {
    expect(md(`---\n${line}\n---\nText.`).published).toEqual({
      value,
      granularity,
      source: 'front-matter',
    });
  });

  it('reads a list of authors', () => {
    expect(md('---\nauthor: [Jane Doe, John Roe]\n---\nText.').author).toBe('Jane Doe, John Roe');
  });

  it('treats an empty value as not given', () => {
    expect(md('---\ntitle:\n---\nThe checks began.').titleSource).toBe('lead');
  });

  it('leaves a .md file without front matter whole', () => {
    expect(md('The checks began.').text).toBe('The checks began.');
  });

  it('does not read front matter in a .txt file: its text stays exactly the raw text', () => {
    const raw = '---\ntitle: X\n---\nThe checks began.';
    expect(readArticle({ id: 'a', raw, fileName: 'a.txt' }).text).toBe(raw);
  });

  it.each([
    ['---\ntitle: X\ntags: [a]\n---\nText', /^line 3: unknown front matter field "tags"/u],
    [
      '---\ntitle: X\npublished: tomorrow\n---\nText',
      /^line 3: front matter field "published" must be a date/u,
    ],
    ['---\npublished: 2023-02-30\n---\nText', /^line 2: .*"published".*no such day/u],
    ['---\npublished: 2023-13\n---\nText', /^line 2: .*"published".*has no such month \(13\)/u],
    [
      '---\npublished: 0000-01-01\n---\nText',
      /^line 2: .*"published".*"0000-01-01" is before year 1/u,
    ],
    [
      '---\ntitle: [1, 2]\n---\nText',
      /^line 2: front matter field "title" must be a single value/u,
    ],
    ['---\ntitle: 42\n---\nText', /^line 2: front matter field "title" must be text/u],
    [
      '---\nurl: example.org\n---\nText',
      /^line 2: front matter field "url" must be an http\(s\) address/u,
    ],
    [
      '---\nlanguage: English\n---\nText',
      /^line 2: front matter field "language" must be a language code/u,
    ],
    [
      '---\nauthor: [Jane, 3]\n---\nText',
      /^line 2: front matter field "author" must be a name or a list/u,
    ],
    ['---\ntitle: X\ntitle: Y\n---\nText', /^line 3: front matter is not valid YAML/u],
    // an unclosed bracket or quote is shown on the line of its field, not where the parser gave up
    ['---\ntitle: [x\n---\nText', /^line 2: front matter is not valid YAML: Flow sequence/u],
    [
      '---\nsource: Wire\ntitle: [x\npublished: 2023\nauthor: A\n---\nText',
      /^line 3: front matter is not valid YAML: Flow sequence/u,
    ],
    ['---\ntitle: {x\npublished: 2023\n---\nText', /^line 2: front matter is not valid YAML/u],
    ['---\ntitle: "x\npublished: 2023\n---\nText', /^line 2: .*Missing closing "quote/u],
    ['---\n- a\n---\nText', /^line 2: front matter must be a list of "field: value" lines/u],
    ['---\ntitle: X\nText', /^line 1: front matter opened with '---' is never closed/u],
    ['---\ntitle: X\n---\n  \n', /front matter but no text/u],
  ])('rejects %j', (raw, message) => {
    expect(() => md(raw)).toThrow(message);
  });
});
