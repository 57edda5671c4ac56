/**
 * The seed articles' dates (issue 3): the tagger alone, on the article text, with the publication
 * date the article reader finds (2023-05-17 for the first, only the year 2018 for the second).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';
import type { Timex } from '../../../src/extract/types.ts';

const ARTICLES = path.resolve(import.meta.dirname, '../../../content/articles');

function tag(file: string, published: string): Timex[] {
  return tagTimexes(readFileSync(path.join(ARTICLES, file), 'utf8'), { published });
}

/** The timex whose text is `words`, preceded in the article by `before` (to tell repeats apart). */
function find(timexes: Timex[], text: string, words: string, before = ''): Timex | undefined {
  const at = text.indexOf(before + words);
  if (at < 0) throw new Error(`"${before}${words}" is not in the article`);
  const start = at + before.length;
  return timexes.find((t) => t.start <= start && t.end >= start + words.length);
}

describe('tagTimexes() on the first seed (Belarus restores border controls, 2023-05-17)', () => {
  const file = 'belarus-restores-border-controls-with-russia.txt';
  const text = readFileSync(path.join(ARTICLES, file), 'utf8');
  const timexes = tag(file, '2023-05-17');

  it.each([
    ['May 5', 'from ', 'DATE', '2023-05-05'],
    ['Wednesday', 'on ', 'DATE', '2023-05-17'],
    ['today', 'announced ', 'DATE', '2023-05-17'],
    ['autumn', 'the ', 'DATE', '2023-FA'],
    ['1995', 'in ', 'DATE', '1995'],
    ['February 2022', 'in ', 'DATE', '2022-02'],
    ['March', 'in ', 'DATE', '2023-03'],
    ['28 years', 'in ', 'DURATION', 'P28Y'],
    ['two-year', 'a ', 'DURATION', 'P2Y'],
    ['Currently', '', 'DATE', 'PRESENT_REF'],
  ])('"%s" (after "%s") is %s %s', (words, before, type, value) => {
    const timex = find(timexes, text, words, before);
    expect(timex?.text).toBe(words);
    expect(timex?.type).toBe(type);
    expect(timex?.value).toBe(value);
  });

  it('"from May 5" starts a range', () => {
    expect(find(timexes, text, 'May 5', 'from ')?.range?.role).toBe('start');
  });

  it('"1,239-kilometer" is no date', () => {
    expect(find(timexes, text, '1,239-kilometer')).toBeUndefined();
  });

  it('"the first time in 28 years" is a duration, never a date', () => {
    const inside = timexes.filter((t) => text.slice(t.start, t.end).includes('28'));
    expect(inside.map((t) => t.type)).toEqual(['DURATION']);
  });
});

describe('tagTimexes() on the second seed (Russia seeks to resolve..., published in 2018)', () => {
  const file = 'russia-seeks-to-resolve-belarus-border-dispute.txt';
  const text = readFileSync(path.join(ARTICLES, file), 'utf8');
  const timexes = tag(file, '2018');

  it.each([
    ['Monday', 'on ', 'DATE', '2018-WXX-1'],
    ['Tuesday', 'on ', 'DATE', '2018-WXX-2'],
    ['July 20', 'on ', 'DATE', '2018-07-20'],
    ['2014', 'Union in ', 'DATE', '2014'],
    ['this week', 'counterpart earlier ', 'DATE', '2018-WXX'],
  ])('"%s" (after "%s") is %s %s', (words, before, type, value) => {
    const timex = find(timexes, text, words, before);
    expect(timex?.text).toBe(words);
    expect(timex?.type).toBe(type);
    expect(timex?.value).toBe(value);
  });

  it('"over the next few days" is an open future duration', () => {
    const timex = find(timexes, text, 'next few days', 'over the ');
    expect(timex).toMatchObject({ type: 'DURATION', value: 'PXD' });
  });
});
