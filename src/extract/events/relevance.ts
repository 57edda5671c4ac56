/**
 * Categories and relevance from the site's topic (content/site.yaml, read by topic.ts): an event
 * gets every category one of whose terms its text mentions, and a relevance from the weights of
 * the topic keywords it mentions. Terms match whole words, case-insensitively, with the usual
 * English endings ("deport" matches "deported", "deportation"; "war" does not match "warning").
 */
import type { Topic } from '../topic.ts';
import { foldTypography } from '../text/words.ts';

/** Endings a term may take and still match. */
const ENDINGS = '(?:s|es|ed|d|ing|er|ers|ation|ations|ee|ees|ment|ments)?';

/** Keyword weight at which relevance reaches one half. */
const HALF_RELEVANCE_WEIGHT = 3;

export interface TopicMatch {
  categories: string[];
  /** 0..1: 1 - 2^(-weight / HALF_RELEVANCE_WEIGHT), rounded to two decimals; 1 without a topic. */
  relevance: number;
}

const cache = new WeakMap<Topic, CompiledTopic>();

interface CompiledTopic {
  keywords: Array<{ pattern: RegExp; weight: number }>;
  categories: Array<{ id: string; patterns: RegExp[] }>;
}

function termPattern(term: string): RegExp {
  const escaped = foldTypography(term)
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    .replace(/\s+/gu, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${ENDINGS}(?![\\p{L}\\p{N}])`, 'iu');
}

function compile(topic: Topic): CompiledTopic {
  let compiled = cache.get(topic);
  if (!compiled) {
    compiled = {
      keywords: topic.keywords.map((k) => ({ pattern: termPattern(k.term), weight: k.weight })),
      categories: topic.categories.map((c) => ({ id: c.id, patterns: c.terms.map(termPattern) })),
    };
    cache.set(topic, compiled);
  }
  return compiled;
}

/** Matches an event's text against the topic. Without a topic, nothing is filtered out. */
export function matchTopic(text: string, topic: Topic | undefined): TopicMatch {
  if (!topic) return { categories: [], relevance: 1 };
  const folded = foldTypography(text);
  const { keywords, categories } = compile(topic);
  const weight = keywords.reduce((sum, k) => sum + (k.pattern.test(folded) ? k.weight : 0), 0);
  return {
    categories: categories.filter((c) => c.patterns.some((p) => p.test(folded))).map((c) => c.id),
    relevance: Math.round(100 * (1 - 2 ** (-weight / HALF_RELEVANCE_WEIGHT))) / 100,
  };
}
