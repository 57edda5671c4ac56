/**
 * Merging across articles: the same event reported by several articles becomes one event with
 * several sources. Two events are the same when their dates are compatible (one interval holds
 * the other: "May 2023" and "May 17, 2023"), they share an actor, and their words are alike.
 * Events that look the same (an actor in common and very alike words) under dates that do not
 * agree but lie near each other (apart by no more than the longer of the two dates, and at least
 * a month) are both kept, each flagged with the other's date in `conflicts`; alike events years
 * apart are not one event told twice but two (the yearly summit).
 *
 * The result does not depend on the order of the articles: events are taken finest date first,
 * then by date and article id, and a merged event keeps the id, date, title and summary of its
 * first-ranked member; where several could take an event, the first-ranked does.
 *
 * Events are looked up by the month their date starts in, so that each is compared only with
 * the events its date could agree or conflict with: tens of thousands of events merge in seconds.
 */
import { STOP_WORDS } from '../lexicon/en/events/similarity.ts';
import type { EventDate, TimelineEvent } from '../types.ts';
import { normalizeText, wordSet } from '../text/words.ts';
import { shareActor } from './actors.ts';
import { dayNumberOf } from './date.ts';

/** Word overlap (Jaccard of content words) at which events with compatible dates merge. */
const SAME_EVENT_SIMILARITY = 0.3;
/** Word overlap at which events with incompatible dates are flagged as a conflict. */
const CONFLICT_SIMILARITY = 0.5;
/** Dates conflict only this near each other at least, in days (else: the longer date's span). */
const CONFLICT_REACH = 31;

const STOP = wordSet(STOP_WORDS, { lower: true });

interface Candidate {
  event: TimelineEvent;
  words: Set<string>;
  article: string;
  /** First and last day (exclusive) of its date, as day numbers. */
  start: number;
  end: number;
  /** Position among the merged events, in rank order. */
  position: number;
}

export function mergeEvents(perArticle: readonly (readonly TimelineEvent[])[]): TimelineEvent[] {
  const candidates = perArticle
    .flat()
    .map((event) => ({
      event,
      words: contentWords(event),
      article: articleOf(event),
      start: dayNumberOf(event.date.start),
      end: dayNumberOf(event.date.end),
      position: -1,
    }))
    .sort(byRank);
  const merged: Candidate[] = [];
  const byMonth = new MonthIndex();
  for (const c of candidates) {
    // ranked finest first, a merged event's date is at most as long as this one's: they agree
    // when it lies within this one's
    const same = byMonth
      .starting(c.start, c.end)
      .find(
        (m) =>
          m.end <= c.end &&
          !sharesArticle(m.event, c.article) &&
          related(m, c, SAME_EVENT_SIMILARITY),
      );
    if (same) {
      same.event = absorb(same.event, c.event);
      for (const w of c.words) same.words.add(w);
    } else {
      const fresh = {
        ...c,
        event: { ...c.event },
        words: new Set(c.words),
        position: merged.length,
      };
      merged.push(fresh);
      byMonth.add(fresh);
    }
  }
  flagConflicts(merged, byMonth);
  return merged
    .map((m) => m.event)
    .sort(
      (a, b) =>
        a.date.start.localeCompare(b.date.start) ||
        b.date.end.localeCompare(a.date.end) ||
        a.id.localeCompare(b.id),
    );
}

/** Merged events by the month their date starts in. */
class MonthIndex {
  readonly #byMonth = new Map<number, Candidate[]>();

  add(c: Candidate): void {
    const key = monthOf(c.start);
    const list = this.#byMonth.get(key);
    if (list) list.push(c);
    else this.#byMonth.set(key, [c]);
  }

  /** The events whose date starts in [start, end), first-ranked first. */
  starting(start: number, end: number): Candidate[] {
    const found: Candidate[] = [];
    const last = monthOf(end - 1);
    for (let month = monthOf(start); month <= last; month++) {
      for (const c of this.#byMonth.get(month) ?? [])
        if (c.start >= start && c.start < end) found.push(c);
    }
    return found.sort((a, b) => a.position - b.position);
  }
}

/** A month number of a day number: months are about 30.44 days; buckets need not be exact. */
function monthOf(day: number): number {
  return Math.floor(day / 30.436875);
}

/** Finer dates first, so that they become the merged events' dates; then date, article, id. */
function byRank(a: Candidate, b: Candidate): number {
  return (
    span(a) - span(b) ||
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

/** How many days a candidate's date covers. */
function span(c: Candidate): number {
  return c.end - c.start;
}

/**
 * Events of different articles that look the same under dates that do not agree but lie near
 * each other. Each pair is found once, from the event with the longer date (which reaches
 * further), and flagged on both.
 */
function flagConflicts(merged: readonly Candidate[], byMonth: MonthIndex): void {
  const found = new Map<Candidate, Candidate[]>();
  const note = (a: Candidate, b: Candidate): void => {
    const list = found.get(a);
    if (list) list.push(b);
    else found.set(a, [b]);
  };
  for (const a of merged) {
    const days = span(a);
    const reach = Math.max(days, CONFLICT_REACH);
    for (const b of byMonth.starting(a.start - reach - days, a.end + reach)) {
      if (span(b) > days || (span(b) === days && b.position <= a.position)) continue;
      if (b.start >= a.end + reach || b.end <= a.start - reach) continue;
      if (compatible(a.event.date, b.event.date)) continue;
      if (a.event.sources.some((s) => sharesArticle(b.event, s.article))) continue;
      if (!related(a, b, CONFLICT_SIMILARITY)) continue;
      note(a, b);
      note(b, a);
    }
  }
  for (const [a, others] of found) {
    const conflicts = [...(a.event.conflicts ?? [])];
    for (const b of others) {
      const article = articleOf(b.event);
      if (conflicts.some((c) => c.value === b.event.date.value && c.article === article)) continue;
      conflicts.push({ value: b.event.date.value, label: b.event.date.label, article });
    }
    conflicts.sort((x, y) => x.value.localeCompare(y.value) || x.article.localeCompare(y.article));
    a.event = { ...a.event, conflicts };
  }
}
