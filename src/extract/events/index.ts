/**
 * The event builder: sentences and clauses around the dates -> dated, sourced events. One
 * declared pipeline, in this order:
 *
 *   analyseArticle   prose sentences (asides, headline, datelines left out), clauses with aspect,
 *                    names as actors and places, anchoring dates          (analysis.ts)
 *   mentionsOf       a mention per anchoring date, and one for a main clause without a date
 *                                                                         (mentions.ts)
 *   gatherMentions   the narrative dates dateless mentions; related mentions become one event
 *                                                                         (gather.ts, narrative.ts)
 *   buildEvent       title, summary, status, actors, places, categories, relevance, sources, id
 *                                                                         (build.ts)
 *
 * Across articles, mergeEvents (merge.ts) joins the events several articles report.
 */
import type { Topic } from '../topic.ts';
import type { ArticleInfo, Timex, TimelineEvent } from '../types.ts';
import { analyseArticle, type SentenceInfo } from './analysis.ts';
import { peopleOf } from './actors.ts';
import { buildEvent } from './build.ts';
import { dateOfPublication } from './date.ts';
import { gatherMentions } from './gather.ts';
import { uniqueIds } from './id.ts';
import { mentionsOf } from './mentions.ts';
import { thingOf } from './subject.ts';

export function buildEvents(
  article: ArticleInfo,
  timexes: Timex[],
  topic?: Topic,
): TimelineEvent[] {
  const published = dateOfPublication(article.published);
  const sentences = analyseArticle(article, timexes, published);
  const mentions = sentences.flatMap((s) => mentionsOf(s, published));
  const groups = gatherMentions(mentions, published);
  const firstSentence = sentences[0]?.index ?? 0;
  const titled = namedOnlyInLabels(sentences);
  const people = peopleOf(mentions.flatMap((m) => m.actors)).filter((p) => !titled.has(p));
  const context = {
    article: article.id,
    published,
    topic,
    firstSentence,
    people,
    lastPersonBefore: lastPersonBefore(sentences, new Set(people)),
    thingBefore: thingBefore(sentences, new Set(people)),
  };
  const events = groups.map((group) => buildEvent(group, context));
  events.sort(
    (a, b) =>
      a.date.start.localeCompare(b.date.start) ||
      b.date.end.localeCompare(a.date.end) ||
      a.sources[0]!.start - b.sources[0]!.start,
  );
  return uniqueIds(events);
}

/**
 * The person last named before a clause (in text order: the earlier clauses of its sentence, then
 * the sentences before), outside a prepositional phrase: whom a "he" or "she" opening the clause
 * most likely stands for ("Fritz Henderson said ... He said ...", "Kopp has been sought
 * following reports that he was spotted"), not one named in passing ("closed in honor of Martin
 * Luther King").
 */
function lastPersonBefore(
  sentences: readonly SentenceInfo[],
  people: ReadonlySet<string>,
): (offset: number) => string | undefined {
  const named: Array<[clauseStart: number, person: string]> = [];
  for (const sentence of sentences) {
    for (const clause of sentence.clauses)
      for (const actor of clause.roles.participants)
        if (people.has(actor)) named.push([clause.start, actor]);
  }
  return (offset) => named.findLast(([at]) => at < offset)?.[1];
}

/**
 * What the sentence right before a sentence is about, when that is one thing and no person: what
 * an "it" opening the sentence most likely stands for (also across a paragraph break: news
 * writes paragraphs of one sentence).
 */
function thingBefore(
  sentences: readonly SentenceInfo[],
  people: ReadonlySet<string>,
): (sentence: SentenceInfo) => string | undefined {
  const at = new Map(sentences.map((s, k) => [s, k]));
  return (sentence) => {
    const previous = sentences[(at.get(sentence) ?? 0) - 1];
    if (!previous) return undefined;
    const thing = thingOf(previous);
    return thing && !people.has(thing) ? thing : undefined;
  };
}

/**
 * Names the article writes only inside quoted labels: titles of works ("The Thinning Ice"),
 * not people a "he" or "she" may stand for.
 */
function namedOnlyInLabels(sentences: readonly SentenceInfo[]): Set<string> {
  const inLabels = new Set<string>();
  const elsewhere = new Set<string>();
  for (const sentence of sentences) {
    for (const name of sentence.names) {
      const labelled = sentence.labels.some((q) => name.start >= q.start && name.end <= q.end);
      (labelled ? inLabels : elsewhere).add(name.text);
    }
  }
  return new Set([...inLabels].filter((name) => !elsewhere.has(name)));
}
