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
import type { Span } from '../text/sentences.ts';
import { analyseArticle, type SentenceInfo } from './analysis.ts';
import { isOrganisationWord, peopleOf, pronounByFirstName, subjectPronoun } from './actors.ts';
import { KIN_WORDS, NATIONAL_THING_DETERMINERS } from '../lexicon/en/events/names.ts';
import { wordSet, splitAtSpaces } from '../text/words.ts';
import { demonymPlace, isRoleWord } from '../text/names.ts';
import { buildEvent } from './build.ts';
import { dateOfPublication } from './date.ts';
import { gatherMentions } from './gather.ts';
import { flatMapped } from './lists.ts';
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
  const mentions = flatMapped(sentences, (s) => mentionsOf(s, published));
  const groups = gatherMentions(mentions, published);
  const firstSentence = sentences[0]?.index ?? 0;
  // (names of works and of things a nationality opens are no people a "he" or "she" stands for)
  const titled = new Set([...namedOnlyInLabels(sentences), ...namedThingsOfNations(sentences)]);
  const people = peopleOf(flatMapped(mentions, (m) => m.actors)).filter((p) => !titled.has(p));
  const personLookup = lastPersonBefore(sentences, new Set(namedPeople(sentences, titled)));
  const context = {
    article: article.id,
    published,
    publishedAtLeast: article.published.source === 'lead',
    topic,
    firstSentence,
    people,
    // (whom a pronoun stands for may be named in a clause that dates nothing: "Dr. Sarah
    // Lindqvist, who led the trial, said ... She said")
    lastPersonBefore: personLookup,
    possessorBefore: (offset: number, pronoun: string, ownClause: number) =>
      personLookup(offset, pronoun, ownClause, true) ?? undefined,
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

/** The people every clause of the article names, labels' names apart. */
function namedPeople(sentences: readonly SentenceInfo[], titled: ReadonlySet<string>): string[] {
  const actors = flatMapped(sentences, (s) => flatMapped(s.clauses, (c) => c.roles.actors));
  return peopleOf(actors).filter((p) => !titled.has(p));
}

/** Whether one full name ends with the other, word for word ("Mohamed Hosni Mubarak"). */
function sameFullName(a: string, b: string): boolean {
  return a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

const shorter = (a: string, b: string): string => (b.length < a.length ? b : a);

/**
 * The person last named before a clause (in text order: the earlier clauses of its sentence, then
 * the sentences before), outside a prepositional phrase: whom a "he" or "she" opening the clause
 * most likely stands for ("Fritz Henderson said ... He said ...", "Kopp has been sought
 * following reports that he was spotted"), not one named in passing ("closed in honor of Martin
 * Luther King").
 *
 * A "he" or "she" that is a subject goes on with the person last named as a subject, and tells
 * that person's pronoun; a person named as the object of a clause whose subject is that same
 * pronoun is someone else ("In 1991 she married Daniel Hughes. In 1999 she opened a bakery" is
 * not Daniel Hughes's bakery), and a person known by the other pronoun is not meant either.
 * Null when people were named before but none of them is meant.
 *
 * With `possessive`, whose a "His" or "Her" opening the clause is, named only when sure: the one
 * person the pronoun fits named in its sentence before it or in the sentence before, and none
 * other its own clause names after it ("Prosecutor David Cole questioned witness Mark Byrne. His
 * testimony ..." may be either man's; "His first novel made Tom Reyes famous" is Reyes's; "The
 * ship left Lorem. Her maiden voyage ..." is no woman's named further back).
 */
function lastPersonBefore(
  sentences: readonly SentenceInfo[],
  people: ReadonlySet<string>,
): (
  offset: number,
  pronoun?: string,
  ownClause?: number,
  possessive?: boolean,
) => string | null | undefined {
  interface Named {
    at: number;
    person: string | undefined;
    /** The "he" or "she" subject of the clause the person is named in, as its object. */
    beside?: string | undefined;
    /** Named as an object: the clause's own subject comes first for a subject pronoun. */
    object?: true;
  }
  const named: Named[] = [];
  const pronounOf = new Map<string, string>();
  // "Kopp" for "James Charles Kopp", when no other person has that last name
  const byLastName = new Map<string, string | null>();
  for (const person of people) {
    const last = splitAtSpaces(person).at(-1)!;
    const known = byLastName.get(last);
    // ("Mohamed Hosni Mubarak" and "Hosni Mubarak" are one person: the shorter name is kept;
    // of two people, the one named most, as an obituary's "Ellison" beside her husband's name)
    byLastName.set(
      last,
      known === undefined
        ? person
        : known !== null && sameFullName(known, person)
          ? shorter(known, person)
          : known,
    );
  }
  const kinOwners = namesWithKin(sentences);
  const titled = namesWithTitle(sentences);
  const asPerson = (actor: string): string | undefined =>
    people.has(actor) || kinOwners.has(actor) || titled.has(actor)
      ? actor
      : (byLastName.get(actor) ?? undefined);
  /** The person last named as a subject, or that a subject pronoun went on with. */
  let focus: string | undefined;
  for (const sentence of sentences) {
    for (const clause of sentence.clauses) {
      const subject = firstPerson(clause.roles.subjects, asPerson);
      const pronoun = subject === undefined ? subjectPronoun(clause.words) : undefined;
      if (subject !== undefined) {
        focus = subject;
        named.push({ at: clause.start, person: subject });
      } else if (pronoun !== undefined) {
        const meant = focus !== undefined && fits(focus, pronoun) ? focus : undefined;
        if (meant !== undefined && !pronounOf.has(meant)) pronounOf.set(meant, pronoun);
        named.push({ at: clause.start, person: meant });
      }
      for (const actor of clause.roles.participants) {
        const person = asPerson(actor);
        if (person !== undefined && person !== subject)
          named.push({ at: clause.start, person, beside: pronoun, object: true });
      }
    }
  }
  function fits(person: string, pronoun: string | undefined): boolean {
    const known = pronounOf.get(person) ?? pronounByFirstName(person);
    return pronoun === undefined || known === undefined || known === pronoun;
  }
  /**
   * The one person `said` fits named in the sentence before `offset` or in its own before it, or
   * as an object of `ownClause`; null when none or more than one.
   */
  function onlyPossessor(offset: number, said: string, ownClause?: number): string | null {
    const own = sentences.findIndex((s) => s.end > offset);
    const from = sentences[Math.max(own - 1, 0)]?.start ?? 0;
    const fitting = new Set<string>();
    for (const { at, person, object } of named) {
      if (person === undefined || at < from || !fits(person, said)) continue;
      // (of its own clause, not the subject: "His brother Sean Byrne was charged")
      if (at === ownClause ? object : at < offset) fitting.add(person);
    }
    return fitting.size === 1 ? [...fitting][0]! : null;
  }
  // undefined: no one named before; null: those named before are not meant
  return (offset, pronoun, ownClause, possessive = false) => {
    const said = pronoun?.toLowerCase();
    if (possessive && said !== undefined) return onlyPossessor(offset, said, ownClause);
    let declined = false;
    for (let k = named.length - 1; k >= 0; k--) {
      const { at, person, beside } = named[k]!;
      // (the pronoun's own clause tells nothing of whom it stands for)
      if (at >= offset || at === ownClause) continue;
      declined = true;
      if (person === undefined || (said !== undefined && beside === said)) continue;
      if (!fits(person, said)) continue;
      // "Mark Davis met Sarah Kim in 2010. In 2012 he hired a deputy": the subject of the clause
      // an object is named in comes first
      // (a clause's subject is listed right before its objects)
      let subject: string | undefined;
      for (let j = k - 1; named[k]!.object && j >= 0 && named[j]!.at === at; j--)
        if (!named[j]!.object) subject = named[j]!.person;
      return subject !== undefined && fits(subject, said) ? subject : person;
    }
    return declined ? null : undefined;
  };
}

/** The first of `actors` that `asPerson` takes for a person, as that person. */
function firstPerson(
  actors: readonly string[],
  asPerson: (actor: string) => string | undefined,
): string | undefined {
  for (const actor of actors) {
    const person = asPerson(actor);
    if (person !== undefined) return person;
  }
  return undefined;
}

const KIN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<name>\p{Lu}\p{Ll}+)['’]s\s+(?:${[...wordSet(KIN_WORDS)].join('|')})\b`,
  'gu',
);

/** A role word and the one-word name after it: "Mr. Smith", "Mayor Smith" (not "Mr. John Smith"). */
const ROLE_THEN_NAME =
  /(?<![\p{L}\p{N}])(?<role>\p{Lu}\p{L}+)\.?\s+(?<name>\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+\p{Lu})/gu;
/**
 * A name and the role it is said to hold: "Smith was the mayor of Boston", "Jones is a senator";
 * not a role's possessive, another person's ("Smith was the governor's lawyer. The governor
 * resigned. She left office": the "she" may be the governor).
 */
const NAME_IS_ROLE =
  /(?<![\p{L}\p{N}])(?<name>\p{Lu}\p{Ll}+)\s+(?:is|was)\s+(?:the|a|an)\s+(?:former\s+|then\s+|longtime\s+)?(?<role>\p{Ll}+)\b(?!['’])/gu;

/**
 * Names of one word the text gives a person's role: after a role word ("Mr. Smith", "Mayor
 * Smith"), or said to hold one ("Smith was the mayor of Boston. He was arrested on Monday": the
 * "he" is Smith). Not "Boston was the capital", which names no role.
 */
function namesWithTitle(sentences: readonly SentenceInfo[]): Set<string> {
  const names = new Set<string>();
  for (const { text } of sentences) {
    for (const pattern of [ROLE_THEN_NAME, NAME_IS_ROLE]) {
      // exec on the shared pattern rather than matchAll, which copies it for every sentence
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const { role, name } = match.groups!;
        if (isRoleWord(role!) && !isRoleWord(name!)) names.add(name!);
      }
    }
  }
  return names;
}

/** Names of one word that have a wife, a son or other kin in the text ("Slepian's wife"). */
function namesWithKin(sentences: readonly SentenceInfo[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    // every match holds a possessive: most sentences have none to search for
    if (!sentence.text.includes("'s") && !sentence.text.includes('’s')) continue;
    for (const match of sentence.text.matchAll(KIN)) names.add(match.groups!['name']!);
  }
  return names;
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
    return thing && !namesAPerson(thing, people) ? thing : undefined;
  };
}

/**
 * Whether a subject names a person, whom an "it" never stands for: one of the article's people,
 * a role ("The governor", "Gov.") or a role before the name ("Senator Jane Cole", "Lagos State
 * Governor Babajide Sanwo-Olu").
 */
function namesAPerson(subject: string, people: ReadonlySet<string>): boolean {
  if (people.has(subject)) return true;
  for (const person of people) if (subject.endsWith(` ${person}`)) return true;
  // (a role before a capitalised name: "Senator Jane Cole", "Lagos State Governor Babajide
  // Sanwo-Olu"; not an organisation named with a role's word, "Cardinal Health", "Queen Mary
  // University")
  const words = splitAtSpaces(subject);
  const last = words.at(-1)!;
  // (a role alone: "The governor signed the bill on Monday. It takes effect on Jan. 1")
  if (isRoleWord(last) && !isOrganisationWord(last)) return true;
  if (!/^\p{Lu}/u.test(last) || isOrganisationWord(last)) return false;
  return words.some((word, k) => isRoleWord(word) && k + 1 < words.length);
}

/** Whether a span lies inside one of `spans` (a function: no closure over the loop's name). */
function insideAny(spans: readonly Span[], span: Span): boolean {
  for (const q of spans) if (span.start >= q.start && span.end <= q.end) return true;
  return false;
}

const NATIONAL_THING_BEFORE = wordSet(NATIONAL_THING_DETERMINERS, { lower: true });

/**
 * Names a nationality opens that the article writes after "the": things' ("the Australian Open"),
 * not people's ("German Gref, the head of Sberbank," is a person, and so is "the American Katie
 * Ledecky", whose first name is known).
 */
function namedThingsOfNations(sentences: readonly SentenceInfo[]): Set<string> {
  const things = new Set<string>();
  for (const sentence of sentences) {
    for (const name of sentence.names) {
      if (!NATIONAL_THING_BEFORE.has(name.before)) continue;
      const [first = '', ...rest] = splitAtSpaces(name.text);
      // (not a person's name a nationality qualifies: "the American Katie Ledecky")
      if (demonymPlace(first) !== undefined && pronounByFirstName(rest.join(' ')) === undefined)
        things.add(name.text);
    }
  }
  return things;
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
      (insideAny(sentence.labels, name) ? inLabels : elsewhere).add(name.text);
    }
  }
  return new Set([...inLabels].filter((name) => !elsewhere.has(name)));
}
