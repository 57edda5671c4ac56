/**
 * Merging across articles: the same event reported by several articles becomes one event with
 * several sources. Two events are the same when their dates are compatible (one interval holds
 * the other: "May 2023" and "May 17, 2023"), they share an actor, and their words are alike.
 * Events that look the same (an actor in common and very alike words) under dates that do not
 * agree are both kept, each flagged with the other's date in `conflicts`.
 *
 * The result does not depend on the order of the articles: events are taken finest date first,
 * then by date and article id, and a merged event keeps the id, date, title and summary of its
 * first-ranked member.
 */
import { STOP_WORDS } from '../lexicon/en/events/similarity.ts';
import type { EventDate, TimelineEvent } from '../types.ts';
import { normalizeText, wordSet } from '../text/words.ts';
import { shareActor } from './actors.ts';
import { daysBetween } from './date.ts';

/** Word overlap (Jaccard of content words) at which events with compatible dates merge. */
const SAME_EVENT_SIMILARITY = 0.3;
/** Word overlap at which events with incompatible dates are flagged as a conflict. */
const CONFLICT_SIMILARITY = 0.5;

const STOP = wordSet(STOP_WORDS, { lower: true });

interface Candidate {
  event: TimelineEvent;
  words: Set<string>;
  article: string;
}

export function mergeEvents(perArticle: readonly (readonly TimelineEvent[])[]): TimelineEvent[] {
  const candidates = perArticle
    .flat()
    .map((event) => ({ event, words: contentWords(event), article: articleOf(event) }))
    .sort(byRank);
  const merged: Candidate[] = [];
  // events can only merge when they share an actor, so they are looked up by actor words
  const byActorWord = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const same = sharingActorWords(byActorWord, c.event).find(
      (m) =>
        !sharesArticle(m.event, c.article) &&
        compatible(m.event.date, c.event.date) &&
        related(m, c, SAME_EVENT_SIMILARITY),
    );
    if (same) {
      same.event = absorb(same.event, c.event);
      for (const w of c.words) same.words.add(w);
      index(byActorWord, same, c.event.actors);
    } else {
      const fresh = { ...c, event: { ...c.event }, words: new Set(c.words) };
      merged.push(fresh);
      index(byActorWord, fresh, fresh.event.actors);
    }
  }
  flagConflicts(merged, byActorWord);
  return merged
    .map((m) => m.event)
    .sort(
      (a, b) =>
        a.date.start.localeCompare(b.date.start) ||
        b.date.end.localeCompare(a.date.end) ||
        a.id.localeCompare(b.id),
    );
}

function actorWords(actors: readonly string[]): Set<string> {
  return new Set(
    actors.flatMap((a) =>
      a
        .toLowerCase()
        .split(/[\s.]+/u)
        .filter(Boolean),
    ),
  );
}

function index(byWord: Map<string, Candidate[]>, c: Candidate, actors: readonly string[]): void {
  for (const word of actorWords(actors)) {
    const list = byWord.get(word);
    if (!list) byWord.set(word, [c]);
    else if (!list.includes(c)) list.push(c);
  }
}

/** The candidates that have an actor word in common with the event, in the order they came. */
function sharingActorWords(byWord: Map<string, Candidate[]>, event: TimelineEvent): Candidate[] {
  const found = new Set<Candidate>();
  for (const word of actorWords(event.actors)) for (const c of byWord.get(word) ?? []) found.add(c);
  return [...found];
}

/** Finer dates first, so that they become the merged events' dates; then date, article, id. */
function byRank(a: Candidate, b: Candidate): number {
  return (
    span(a.event.date) - span(b.event.date) ||
    a.event.date.start.localeCompare(b.event.date.start) ||
    a.article.localeCompare(b.article) ||
    a.event.id.localeCompare(b.event.id)
  );
}

function articleOf(event: TimelineEvent): string {
  return event.sources[0]?.article ?? '';
}

function sharesArticle(event: TimelineEvent, article: string): boolean {
  return event.sources.some((s) => s.article === article);
}

/** Whether one date's interval holds the other's. */
export function compatible(a: EventDate, b: EventDate): boolean {
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

function related(a: Candidate, b: Candidate, threshold: number): boolean {
  return shareActor(a.event.actors, b.event.actors) && jaccard(a.words, b.words) >= threshold;
}

/** Content words of the title and summary, lower case, without stop words and digits. */
function contentWords(event: TimelineEvent): Set<string> {
  const words = normalizeText(`${event.title} ${event.summary}`).match(/\p{L}[\p{L}'-]*/gu) ?? [];
  return new Set(words.map(stem).filter((w) => w.length > 2 && !STOP.has(w)));
}

/** A light stemmer: enough that "restored" and "restores" compare equal. */
function stem(word: string): string {
  return word.replace(/'s$/u, '').replace(/(?:ing|ed|es|s)$/u, '');
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  const all = a.size + b.size - common;
  return all === 0 ? 0 : common / all;
}

/** The first event with the other's sources, actors, places and categories added. */
function absorb(into: TimelineEvent, other: TimelineEvent): TimelineEvent {
  const union = (a: readonly string[], b: readonly string[]): string[] => [
    ...new Set([...a, ...b]),
  ];
  const conflicts = [...(into.conflicts ?? []), ...(other.conflicts ?? [])];
  return {
    ...into,
    actors: union(into.actors, other.actors),
    places: union(into.places, other.places),
    categories: union(into.categories, other.categories),
    relevance: Math.max(into.relevance, other.relevance),
    sources: [...into.sources, ...other.sources].sort(
      (a, b) => a.article.localeCompare(b.article) || a.start - b.start,
    ),
    ...(conflicts.length ? { conflicts } : {}),
  };
}

function span(date: EventDate): number {
  return daysBetween(date.start, date.end);
}

/** Events of different articles that look the same under dates that do not agree. */
function flagConflicts(merged: Candidate[], byActorWord: Map<string, Candidate[]>): void {
  for (const a of merged) {
    for (const b of sharingActorWords(byActorWord, a.event)) {
      if (a === b || compatible(a.event.date, b.event.date)) continue;
      if (a.event.sources.some((s) => sharesArticle(b.event, s.article))) continue;
      if (!related(a, b, CONFLICT_SIMILARITY)) continue;
      const known = a.event.conflicts ?? [];
      if (known.some((c) => c.value === b.event.date.value && c.article === articleOf(b.event)))
        continue;
      a.event = {
        ...a.event,
        conflicts: [
          ...known,
          { value: b.event.date.value, label: b.event.date.label, article: articleOf(b.event) },
        ],
      };
    }
  }
}
