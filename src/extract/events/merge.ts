/**
 * Merging across articles: the same event reported by several articles becomes one event with
 * several sources. FIRST VERSION PLACEHOLDER: concatenates and sorts; the events issue deepens it.
 */
import type { TimelineEvent } from '../types.ts';

export function mergeEvents(perArticle: readonly (readonly TimelineEvent[])[]): TimelineEvent[] {
  return perArticle
    .flat()
    .slice()
    .sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
}
