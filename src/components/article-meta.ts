/** How an article's metadata reads on its page: the value and, honestly, where it came from. */
import { timexLabel } from '../extract/calendar/index.ts';
import type { PublicationDate } from '../extract/types.ts';

const PUBLISHED_SOURCES: Readonly<Record<PublicationDate['source'], string>> = {
  'front-matter': 'as stated in the front matter',
  input: 'as given with the article',
  dateline: 'inferred from the dateline',
  'embedded-post': 'inferred from the date of an embedded post',
  copyright: 'inferred from the copyright line',
  lead: 'inferred from the date the lead tells its news, the earliest it can be',
  text: 'inferred from the text',
  none: 'not found in the article',
};

/** "May 17, 2023", "2018 (year only)" or "Unknown". */
export function publishedLabel(published: PublicationDate): string {
  if (!published.value) return 'Unknown';
  const label = timexLabel(published.value);
  if (published.granularity === 'year') return `${label} (year only)`;
  if (published.granularity === 'month') return `${label} (month only)`;
  return label;
}

export function publishedSource(published: PublicationDate): string {
  return PUBLISHED_SOURCES[published.source];
}
