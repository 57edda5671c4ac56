/**
 * Reading an article: front matter or inferred metadata, the body, and the asides that are not
 * the article's own prose. FIRST VERSION (to be deepened by the events issue).
 */
import type { ArticleInfo, PublicationDate } from '../types.ts';

/** An article as handed to the extractor. */
export interface ArticleDocument {
  /** Stable article id (file name without extension). */
  id: string;
  /** The file's contents. `.md` files may start with YAML front matter. */
  raw: string;
  /** The file name, used to pick the format and in error messages. */
  fileName?: string;
  /** A publication date given by the caller (JSONL input); wins over inference. */
  published?: string | null;
}

export function readArticle(doc: ArticleDocument): ArticleInfo {
  const text = doc.raw;
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  return {
    id: doc.id,
    title: firstLine.slice(0, 120),
    titleSource: 'lead',
    published: publicationFromInput(doc.published),
    publisher: null,
    place: null,
    author: null,
    url: null,
    language: 'en',
    text,
    asides: [],
  };
}

function publicationFromInput(value: string | null | undefined): PublicationDate {
  if (!value) return { value: null, granularity: null, source: 'none' };
  const granularity = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return { value, granularity, source: 'input' };
}
