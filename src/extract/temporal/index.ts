/**
 * The temporal tagger. FIRST VERSION PLACEHOLDER: finds nothing yet; the temporal-tagger issue
 * replaces it with the real extract-then-resolve pipeline.
 */
import type { Timex } from '../types.ts';

export interface TagOptions {
  /** Publication date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) or null when unknown. */
  published: string | null;
}

export function tagTimexes(text: string, options: TagOptions): Timex[] {
  void text;
  void options;
  return [];
}
