import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusLoaders } from '../../../src/loaders/corpus-loaders.ts';
import { articleSchema, eventSchema } from '../../../src/loaders/schemas.ts';
import { extractArticle } from '../../../src/extract/index.ts';
import type { ArticleDocument, TimelineEvent } from '../../../src/extract/index.ts';
import { contentFolder, fakeContext } from './helpers.ts';

/**
 * A stand-in extractor for the loader's plumbing: the real article reader, and one event per
 * article dated by a "DATE: yyyy-mm-dd" line. (The real extractor has its own tests.)
 */
function stubExtract(calls: string[] = []): typeof extractArticle {
  return (doc: ArticleDocument, options) => {
    calls.push(doc.id);
    const result = extractArticle(doc, options);
    const day = /DATE: (?<day>\d{4}-\d{2}-\d{2})/.exec(doc.raw)?.groups?.['day'];
    if (!day) return result;
    const next = new Date(`${day}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const event: TimelineEvent = {
      id: `ev-${doc.id}`,
      title: `Event of ${doc.id}`,
      summary: doc.raw,
      date: {
        value: day,
        start: day,
        end: next.toISOString().slice(0, 10),
        granularity: 'day',
        approximate: false,
        label: day,
      },
      status: 'happened',
      actors: [],
      places: [],
      categories: [],
      relevance: 1,
      sources: [{ article: doc.id, start: 0, end: doc.raw.length, timex: null, quote: doc.raw }],
    };
    return { ...result, events: [event] };
  };
}

async function load(dir: string, extract = stubExtract(), meta = new Map<string, string>()) {
  const loaders = corpusLoaders({ contentDir: dir, extract });
  const articles = fakeContext(articleSchema, meta);
  const events = fakeContext(eventSchema);
  await Promise.all([loaders.articles.load(articles.context), loaders.events.load(events.context)]);
  return { articles, events };
}

describe('corpusLoaders()', () => {
  it('fills the articles and events collections from the content folder', async () => {
    const dir = contentFolder({
      'articles/first.txt': 'First article. DATE: 2023-05-05',
      'articles/second.txt': 'Second article. DATE: 2018-07-20',
    });
    const { articles, events } = await load(dir);
    expect([...articles.entries.keys()].sort()).toEqual(['first', 'second']);
    expect(articles.entries.get('first')?.data).toMatchObject({
      file: path.join('articles', 'first.txt'),
    });
    expect([...events.entries.keys()].sort()).toEqual(['ev-first', 'ev-second']);
  });

  it('does not extract an unchanged article again, and re-extracts a changed one', async () => {
    const dir = contentFolder({
      'articles/a.txt': 'A. DATE: 2023-05-05',
      'articles/b.txt': 'B. DATE: 2023-05-06',
    });
    const calls: string[] = [];
    const loaders = corpusLoaders({ contentDir: dir, extract: stubExtract(calls) });
    const articles = fakeContext(articleSchema);
    const events = fakeContext(eventSchema);
    const run = () =>
      Promise.all([loaders.articles.load(articles.context), loaders.events.load(events.context)]);
    await run();
    writeFileSync(path.join(dir, 'articles/b.txt'), 'B changed. DATE: 2023-05-07');
    await run();
    expect(calls).toEqual(['a', 'b', 'b']);
    expect(events.entries.get('ev-b')?.data).toMatchObject({ date: { value: '2023-05-07' } });
  });

  it('removes the entries of a deleted article', async () => {
    const dir = contentFolder({ 'articles/a.txt': 'A. DATE: 2023-05-05', 'articles/b.txt': 'B.' });
    const loaders = corpusLoaders({ contentDir: dir, extract: stubExtract() });
    const articles = fakeContext(articleSchema);
    const events = fakeContext(eventSchema);
    const run = () =>
      Promise.all([loaders.articles.load(articles.context), loaders.events.load(events.context)]);
    await run();
    rmSync(path.join(dir, 'articles/a.txt'));
    await run();
    expect([...articles.entries.keys()]).toEqual(['b']);
    expect([...events.entries.keys()]).toEqual([]);
  });

  it('fails on an extraction error with the file and line', async () => {
    const dir = contentFolder({ 'articles/bad.md': '---\ntitle: [\n---\nText.' });
    const failing: typeof extractArticle = () => {
      throw new Error('line 2: front matter is not valid YAML: flow sequence not closed');
    };
    await expect(load(dir, failing)).rejects.toThrow(
      /articles[\\/]bad\.md:2: front matter is not valid YAML/,
    );
  });

  it('fails on an article with invalid front matter, naming the file and line', async () => {
    const dir = contentFolder({
      'articles/bad-front-matter.md':
        '---\ntitle: [A title\npublished: 2023\nsource: Wire\n---\nBody text.\n',
    });
    // (the line of the unclosed bracket, not the line where the parser gave up)
    await expect(load(dir, extractArticle)).rejects.toThrow(
      /articles[\\/]bad-front-matter\.md:2: front matter is not valid YAML/,
    );
  });

  it('names every article with a mistake in one error, not only the first', async () => {
    const dir = contentFolder({
      'articles/a-date.md': '---\npublished: 2023-13-45\n---\nThe summit opened on Monday.\n',
      'articles/b-fine.txt': 'Fine. DATE: 2023-05-05',
      'articles/c-yaml.md': '---\ntitle: [unclosed\n---\nText.\n',
    });
    const error = await load(dir, extractArticle).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^2 articles could not be read:/u);
    expect(error?.message).toMatch(
      /articles[\\/]a-date\.md:2: .*"2023-13-45" has no such month \(13\)/u,
    );
    expect(error?.message).toMatch(/articles[\\/]c-yaml\.md:2: .*front matter/u);
    expect(error?.message).not.toMatch(/b-fine/u);
  });

  it('fails when two files would give the same article id', async () => {
    const dir = contentFolder({ 'articles/same.txt': 'A.', 'articles/same.md': 'B.' });
    await expect(load(dir)).rejects.toThrow(
      /same\.txt: its id "same" is already used by articles[\\/]same\.md/,
    );
  });

  it('warns clearly, and builds an empty timeline, when the articles folder is empty', async () => {
    const dir = contentFolder({ 'articles/README': 'not an article' });
    const { articles, events } = await load(dir);
    expect(articles.entries.size).toBe(0);
    expect(events.entries.size).toBe(0);
    expect(articles.warnings.join('\n')).toMatch(/no articles \(\.txt or \.md files\) found/);
  });

  it('fails when an event does not match the schema, naming the event and its article', async () => {
    const dir = contentFolder({ 'articles/a.txt': 'A. DATE: 2023-05-05' });
    const broken: typeof extractArticle = (doc, options) => {
      const result = stubExtract()(doc, options);
      return { ...result, events: result.events.map((event) => ({ ...event, relevance: 2 })) };
    };
    await expect(load(dir, broken)).rejects.toThrow(/event ev-a \(from article "a"\)/);
  });
});
