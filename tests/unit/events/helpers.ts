/** Hand-made articles and timexes for event tests: a fixed publication date, no tagger. */
import type { ArticleInfo, PublicationDate, Timex, TimexType } from '../../../src/extract/types.ts';

export function article(
  text: string,
  published: string | null = '2023-05-17',
  extra: Partial<ArticleInfo> = {},
): ArticleInfo {
  const granularity: PublicationDate['granularity'] =
    published === null
      ? null
      : published.length === 4
        ? 'year'
        : published.length === 7
          ? 'month'
          : 'day';
  return {
    id: 'test-article',
    title: '',
    titleSource: 'lead',
    published: { value: published, granularity, source: published ? 'input' : 'none' },
    publisher: null,
    place: null,
    author: null,
    url: null,
    language: 'en',
    text,
    asides: [],
    ...extra,
  };
}

/** The `nth` occurrence of `text` in `body` as a timex with the given value. */
export function timex(
  body: string,
  text: string,
  value: string,
  type: TimexType = 'DATE',
  nth = 0,
  extra: Partial<Timex> = {},
): Timex {
  let start = -1;
  for (let k = 0; k <= nth; k++) {
    start = body.indexOf(text, start + 1);
    if (start < 0) throw new Error(`"${text}" (occurrence ${nth}) is not in the test text`);
  }
  return { start, end: start + text.length, text, type, value, ...extra };
}
