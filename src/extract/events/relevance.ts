/**
 * Categories and relevance from the site's topic (content/site.yaml, read by topic.ts): an event
 * gets every category one of whose terms its text mentions, and a relevance from the weights of
 * the topic keywords it mentions. Terms match whole words, case-insensitively, with the usual
 * English endings ("deport" matches "deported", "deportation"; "war" does not match "warning").
 * All the terms of a topic make one pattern, so that an event's text is read once.
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

interface Term {
  /** Keyword weight (0 when the term only names a category). */
  weight: number;
  categories: string[];
}

interface CompiledTopic {
  pattern: RegExp | null;
  /** Terms with the name of their group in the pattern, in the pattern's order. */
  terms: Array<[group: string, term: Term]>;
  /** Category ids in the topic's order. */
  order: string[];
}

const cache = new WeakMap<Topic, CompiledTopic>();

function escaped(term: string): string {
  return foldTypography(term)
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    .replace(/\s+/gu, '\\s+');
}

function compile(topic: Topic): CompiledTopic {
  const cached = cache.get(topic);
  if (cached) return cached;
  const byText = new Map<string, Term>();
  const term = (text: string): Term => {
    const key = foldTypography(text).trim().toLowerCase().replace(/\s+/gu, ' ');
    let t = byText.get(key);
    if (!t) byText.set(key, (t = { weight: 0, categories: [] }));
    return t;
  };
  for (const k of topic.keywords) term(k.term).weight += k.weight;
  for (const c of topic.categories) for (const t of c.terms) term(t).categories.push(c.id);
  // longest terms first, so that "border checks" wins over "border" where both fit
  const entries = [...byText].sort((a, b) => b[0].length - a[0].length);
  const terms = entries.map(([, t], i): [string, Term] => [`t${i}`, t]);
  const alternatives = entries.map(([text], i) => `(?<t${i}>${escaped(text)})`);
  const compiled: CompiledTopic = {
    pattern: alternatives.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})${ENDINGS}(?![\\p{L}\\p{N}])`,
          'giu',
        )
      : null,
    terms,
    order: topic.categories.map((c) => c.id),
  };
  cache.set(topic, compiled);
  return compiled;
}

/** The term whose group took part in a match (a function: no closure over the match). */
function termOf(
  terms: ReadonlyArray<readonly [string, Term]>,
  groups: Readonly<Record<string, string | undefined>>,
): Term | undefined {
  for (const [name, term] of terms) if (groups[name] !== undefined) return term;
  return undefined;
}

/** Matches an event's text against the topic. Without a topic, nothing is filtered out. */
export function matchTopic(text: string, topic: Topic | undefined): TopicMatch {
  if (!topic) return { categories: [], relevance: 1 };
  const { pattern, terms, order } = compile(topic);
  const found = new Set<Term>();
  if (pattern) {
    // exec on the shared pattern, not matchAll (which copies it), and only the one group that
    // took part: listing every group of every match cost more than the matching
    const folded = foldTypography(text);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
      const term = termOf(terms, m.groups!);
      if (term) found.add(term);
      // an empty match (a hand-made topic with a blank term) moves on, as matchAll would
      if (m[0] === '') pattern.lastIndex += (folded.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
    }
  }
  const weight = [...found].reduce((sum, t) => sum + t.weight, 0);
  const categories = new Set([...found].flatMap((t) => t.categories));
  return {
    categories: order.filter((id) => categories.has(id)),
    relevance: Math.round(100 * (1 - 2 ** (-weight / HALF_RELEVANCE_WEIGHT))) / 100,
  };
}
