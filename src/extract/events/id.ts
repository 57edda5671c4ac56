/**
 * Event ids that survive re-extraction: a hash of the article id, the sentence that reports the
 * event (normalized: case, typography, white space) and the date expression that dates it. Edits
 * elsewhere in the article, a new extractor version or a different date resolution leave the id
 * alone, so editorial overrides keyed by id keep applying.
 */
import { hashId } from '../text/hash.ts';
import { normalizeText } from '../text/words.ts';

export function eventId(article: string, sentence: string, dateExpression: string): string {
  return `ev-${hashId(`${article}\n${normalizeText(sentence)}\n${normalizeText(dateExpression)}`)}`;
}

/** Makes ids unique within a list by suffixing repeats (-2, -3...), in list order. */
export function uniqueIds<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    return n === 1 ? item : { ...item, id: `${item.id}-${n}` };
  });
}
