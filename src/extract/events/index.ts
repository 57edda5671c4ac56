/**
 * The event builder. FIRST VERSION PLACEHOLDER: the events issue replaces it.
 */
import type { Topic } from '../topic.ts';
import type { ArticleInfo, Timex, TimelineEvent } from '../types.ts';

export function buildEvents(
  article: ArticleInfo,
  timexes: Timex[],
  topic?: Topic,
): TimelineEvent[] {
  void article;
  void timexes;
  void topic;
  return [];
}
