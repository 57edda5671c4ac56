import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentError,
  listArticleFiles,
  readSiteSettings,
} from '../../../src/loaders/content-files.ts';
import { isContentFile } from '../../../src/loaders/corpus-loaders.ts';
import { contentFolder } from './helpers.ts';

describe('contentError()', () => {
  it.each([
    [
      'line 3: front matter is not valid YAML',
      'content/articles/a.md:3: front matter is not valid YAML',
    ],
    ['line 3:7: bad value', 'content/articles/a.md:3:7: bad value'],
    ['no title found', 'content/articles/a.md: no title found'],
  ])('locates %j as %j', (message, expected) => {
    expect(contentError('content/articles/a.md', new Error(message)).message).toBe(expected);
  });

  it('shows an absolute path relative to the working directory', () => {
    const file = path.join(process.cwd(), 'content', 'articles', 'a.md');
    expect(contentError(file, 'oops').message).toBe(
      `${path.join('content', 'articles', 'a.md')}: oops`,
    );
  });
});

describe('listArticleFiles()', () => {
  it('lists .txt and .md articles, in sub-folders too, sorted, and nothing else', () => {
    const dir = contentFolder({
      'articles/b.txt': 'B',
      'articles/a.md': 'A',
      'articles/2023/c.TXT': 'C',
      'articles/notes.json': '{}',
      'articles/.hidden.txt': 'hidden',
      'site.yaml': 'title: T',
    });
    const skipped: string[] = [];
    expect(listArticleFiles(dir, skipped)).toEqual([
      path.join('articles', '2023', 'c.TXT'),
      path.join('articles', 'a.md'),
      path.join('articles', 'b.txt'),
    ]);
    // what is no article is named for the caller to warn of, not lost in silence
    expect(skipped).toEqual([path.join('articles', 'notes.json')]);
  });

  it('fails with a clear message when there is no articles folder', () => {
    const dir = contentFolder({ 'site.yaml': 'title: T' });
    expect(() => listArticleFiles(dir)).toThrow(
      /no articles folder\. Put \.txt or \.md articles in it/,
    );
  });
});

describe('readSiteSettings()', () => {
  it('reads the title, description and categories', () => {
    const dir = contentFolder({
      'site.yaml':
        'title: My timeline\ndescription: About things\ncategories:\n  - { id: border, label: Border, terms: [border] }\n',
    });
    const settings = readSiteSettings(dir);
    expect(settings.title).toBe('My timeline');
    expect(settings.description).toBe('About things');
    expect(settings.topic.categories.map((category) => category.label)).toEqual(['Border']);
  });

  it('falls back to defaults without a site.yaml', () => {
    expect(readSiteSettings(contentFolder({})).title).toBe('News timeline');
  });

  it('names the file and line of invalid YAML', () => {
    const dir = contentFolder({});
    writeFileSync(path.join(dir, 'site.yaml'), 'title: ok\ndescription: [unclosed\n');
    expect(() => readSiteSettings(dir)).toThrow(/site\.yaml:\d+:\d+: invalid YAML/);
  });

  it('names the file and key of a wrong value', () => {
    const dir = contentFolder({ 'site.yaml': 'title: [1, 2]\n' });
    expect(() => readSiteSettings(dir)).toThrow(/site\.yaml: title must be a string/);
  });
});

describe('isContentFile()', () => {
  const dir = path.join('/srv', 'content');
  it.each([
    ['articles/a.txt', true],
    ['articles/2023/b.md', true],
    ['site.yaml', true],
    ['overrides.yaml', true],
    ['articles/.a.txt.swp', false],
    ['articles/notes.json', false],
    ['other/site.yaml', false],
    ['../elsewhere/articles/a.txt', false],
  ])('%s is content: %s', (file, expected) => {
    expect(isContentFile(dir, path.join(dir, file))).toBe(expected);
  });
});
