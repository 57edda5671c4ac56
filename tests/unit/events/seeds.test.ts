/**
 * The seed articles as a reader sees them (issue 4): the whole pipeline (article reader,
 * temporal tagger, events) on content/articles. These tests need the real tagger and reader:
 * a failure lists what was extracted, so a missing date shows which stage to look at.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { opensWithVerb } from '../../../src/extract/events/title/index.ts';
import {
  TITLE_MAX_WORDS,
  TITLE_OVERRUN_WORDS,
} from '../../../src/extract/lexicon/en/events/titles.ts';
import { extractArticle } from '../../../src/extract/index.ts';
import { parseTopic } from '../../../src/extract/topic.ts';
import type { ArticleExtraction, TimelineEvent } from '../../../src/extract/types.ts';
import { parse as parseYaml } from 'yaml';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');
const topic = parseTopic(parseYaml(readFileSync(path.join(CONTENT, 'site.yaml'), 'utf8')));

function extract(file: string): ArticleExtraction {
  const raw = readFileSync(path.join(CONTENT, 'articles', file), 'utf8');
  return extractArticle({ id: file.replace(/\.txt$/u, ''), raw, fileName: file }, { topic });
}

function table(result: ArticleExtraction): string {
  const events = result.events.map(
    (e) =>
      `  ${e.date.value} (${e.date.label}) ${e.status}: ${e.title} [${e.sources.length} source(s)]`,
  );
  const timexes = result.timexes.map((t) => `  "${t.text}" ${t.type} ${t.value}`);
  return `published ${result.article.published.value} (${result.article.published.source})\nevents:\n${events.join('\n')}\ntimexes:\n${timexes.join('\n')}`;
}

/** The event at `value` one of whose sentences contains `words`; fails with what was found. */
function eventAt(result: ArticleExtraction, value: string, words: string): TimelineEvent {
  const found = result.events.find(
    (e) => e.date.value === value && e.sources.some((s) => s.quote.includes(words)),
  );
  if (!found) {
    throw new Error(
      `no event at ${value} with a source saying "${words}"; extracted:\n${table(result)}`,
    );
  }
  return found;
}

describe('the first seed (Belarus restores border controls, published 2023-05-17, inferred)', () => {
  const result = extract('belarus-restores-border-controls-with-russia.txt');

  it('infers the publication date from the embedded post', () => {
    expect(result.article.published, table(result)).toMatchObject({
      value: '2023-05-17',
      granularity: 'day',
    });
  });

  it.each([
    ['1995', 'In 1995, Russia and Belarus did away with their boundaries', 'happened'],
    ['2023-03', 'Alexei Moskalyov escaped to Belarus', 'happened'],
    ['2023-05-05', 'began carrying out checks from May 5', 'happened'],
    ['2023-05-17', 'it only became public knowledge on Wednesday', 'happened'],
    ['2023-05-17', 'Shadayev, also announced today', 'happened'],
    ['2023-FA', 'in time for the autumn draft', 'planned'],
  ])('has an event at %s told by "%s" (%s)', (value, words, status) => {
    expect(eventAt(result, value, words).status).toBe(status);
  });

  it('tells the outbreak of the war in February 2022, and the flight to Belarus as a state since', () => {
    const told = result.events
      .filter((e) => e.date.value === '2022-02')
      .map((e) => [e.date.label, e.status, e.title]);
    expect(told, table(result)).toEqual([
      ['since February 2022', 'ongoing', 'Thousands of Russians have fled to Belarus'],
      ['February 2022', 'happened', 'The Ukraine war broke out'],
    ]);
  });

  it('gathers the announcement and its becoming public into one event at the publication date', () => {
    const event = eventAt(result, '2023-05-17', 'it only became public knowledge on Wednesday');
    expect(event.sources.map((s) => s.quote).join('\n'), table(result)).toContain(
      'Belarus has announced it has restored some controls',
    );
  });

  it('keeps Shadayev’s announcement apart, with him as its actor', () => {
    const shadayev = eventAt(result, '2023-05-17', 'Shadayev, also announced today');
    const main = eventAt(result, '2023-05-17', 'Belarus has announced');
    expect(shadayev.id).not.toBe(main.id);
    expect(shadayev.actors).toContain('Maksut Shadayev');
  });

  it('tells the autumn draft by what it brings, the travel ban, in a title that reads as a statement', () => {
    const autumn = eventAt(result, '2023-FA', 'autumn draft');
    expect(autumn.title, table(result)).not.toMatch(/^(?:Also|Accompanied)\b/u);
    expect(autumn.sources.map((s) => s.quote).join('\n'), table(result)).toContain(
      'placed on a travel ban',
    );
  });

  it('labels the draft "autumn 2023"', () => {
    expect(eventAt(result, '2023-FA', 'autumn draft').date.label).toBe('autumn 2023');
  });

  it('never dates "28 years" or "1,239-kilometer"', () => {
    const junk = result.events.filter((e) =>
      e.sources.some(
        (s) =>
          s.timex && /28 years|1,239/u.test(result.article.text.slice(s.timex.start, s.timex.end)),
      ),
    );
    expect(junk, table(result)).toEqual([]);
    expect(result.events.map((e) => e.date.value)).not.toContain('1239');
  });

  it('takes nothing from the embedded post: it repeats the lead', () => {
    const post = result.article.asides.filter((a) => a.kind === 'embedded-post');
    expect(post.length, 'the article reader should set the embedded post aside').toBeGreaterThan(0);
    const inPost = result.events.flatMap((e) =>
      e.sources.filter((s) => post.some((a) => s.start < a.end && a.start < s.end)),
    );
    expect(inPost, table(result)).toEqual([]);
  });

  it('stays readable: at most 12 events', () => {
    expect(result.events.length, table(result)).toBeLessThanOrEqual(12);
  });
});

describe('the second seed (Russia seeks to resolve border dispute, published 2018, year only)', () => {
  const result = extract('russia-seeks-to-resolve-belarus-border-dispute.txt');

  it('knows the publication year only, from the copyright line', () => {
    expect(result.article.published, table(result)).toMatchObject({
      value: '2018',
      granularity: 'year',
    });
  });

  it.each([
    ['2014', 'Crimean Peninsula that Moscow annexed in 2014'],
    ['2014', 'abandoned a trade agreement with the European Union in 2014'],
    ['2018-07-20', 'border posts were opened on July 20'],
    ['2018-WXX-1', 'arrived in Iraq on Monday'],
    ['2018-WXX-2', 'scheduled to take off to Afghanistan on Tuesday'],
    ['2018', 'Lavrov traveled to Belarus'],
  ])('has an event at %s told by "%s"', (value, words) => {
    expect(eventAt(result, value, words).date.value).toBe(value);
  });

  it('sources the 2018 visit by Lavrov’s sentences only, not the background around them', () => {
    const visit = eventAt(result, '2018', 'Lavrov traveled to Belarus');
    const quotes = visit.sources.map((s) => s.quote);
    expect(quotes, table(result)).toContainEqual(
      expect.stringContaining('The visit to Belarus by Lavrov'),
    );
    for (const background of [
      'Russia and Belarus are both members of the Collective Security Treaty Organization',
      'The confrontation is a huge embarrassment for the Kremlin',
      'The regional conflict threatens to sabotage',
    ])
      expect(quotes.join('\n')).not.toContain(background);
  });

  it('keeps the annexation of Crimea and Yanukovych’s turn apart', () => {
    const crimea = eventAt(result, '2014', 'annexed in 2014');
    const yanukovych = eventAt(result, '2014', 'Yanukovych abandoned');
    expect(crimea.id, table(result)).not.toBe(yanukovych.id);
  });

  it('labels weekdays known only to the year as "a Monday in 2018"', () => {
    expect(eventAt(result, '2018-WXX-1', 'on Monday').date.label).toBe('a Monday in 2018');
  });

  it('marks the scheduled flight as planned', () => {
    expect(eventAt(result, '2018-WXX-2', 'on Tuesday').status).toBe('planned');
  });

  it('stays readable: at most 12 events', () => {
    expect(result.events.length, table(result)).toBeLessThanOrEqual(12);
  });
});

describe('the seeds’ titles read as headlines', () => {
  const results = [
    extract('belarus-restores-border-controls-with-russia.txt'),
    extract('russia-seeks-to-resolve-belarus-border-dispute.txt'),
  ];
  const titles = results.flatMap((r) => r.events.map((e) => e.title));

  const most = TITLE_MAX_WORDS + TITLE_OVERRUN_WORDS;
  it.each(titles)(`"%s" opens with its subject, capitalised, in at most ${most} words`, (title) => {
    expect(title).toMatch(/^(?:\p{Lu}|\p{Ll}\p{Lu}|\d)/u);
    expect(opensWithVerb(title, true)).toBe(false);
    expect(title.split(/\s+/u).length).toBeLessThanOrEqual(most);
    // a cut never leaves the statement hanging on a verb or an article
    expect(title).not.toMatch(/\b(?:be|been|was|were|will|the|a|an|of)$/u);
  });
});
