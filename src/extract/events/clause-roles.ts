/**
 * Who and where for the event a dependent clause tells: the clause's own, not the whole
 * sentence's. "the Belarusians included ten citizens of the Crimean Peninsula that Moscow
 * annexed in 2014": the annexing is Moscow's, of a place; the Belarusians, who are the main
 * clause's, take no part in it.
 */
import { isPlace, type Name } from '../text/names.ts';
import { isAsideAdverb } from '../text/clauses.ts';
import { isPresentVerbAt, isVerbish } from '../text/verbs.ts';
import { splitAtSpaces, wordSet } from '../text/words.ts';
import { SUBJECT_STAND_INS } from '../lexicon/en/events/function-words.ts';
import { pushNew, sameActor } from './actors.ts';
import type { ClauseInfo, SentenceInfo } from './analysis.ts';
import { impliedSubject } from './subject.ts';

export interface ClauseRoles {
  actors: string[];
  places: string[];
}

const STANDING_FOR = wordSet(SUBJECT_STAND_INS);

/**
 * The actors and places of the event told by `clause`, a clause that leans on the main one: a
 * relative clause's own, with the noun it tells of in the part that noun plays; a subordinate
 * clause's own when it names its subject ("after French forces took Gao"). Null when the clause
 * gives no such reading (its subject is a pronoun, it has none of its own, or its noun is not
 * found): the caller then joins the main clause's actors as before.
 */
export function dependentRoles(sentence: SentenceInfo, clause: ClauseInfo): ClauseRoles | null {
  const [opener, first] = clause.words;
  if (!opener || !first || opener.text.toLowerCase() !== clause.opener) return null;
  const own = clause.roles;
  if (clause.kind === 'subordinate') {
    // "since the Ukraine war broke out", "after French forces took Gao": a subject of its own;
    // not "after he resigned", "since taking office", "before finally agreeing"
    return ownSubject(clause) ? { actors: own.actors, places: own.places } : null;
  }
  if (clause.kind !== 'relative') return null;
  // ("in 2014, when Russia annexed Crimea": a time, no one taking part)
  if (clause.opener === 'when') return { actors: own.actors, places: own.places };
  // (an object relative with a pronoun for its subject, "the law that he signed": whom "he"
  // stands for is the main clause's to tell)
  if (STANDING_FOR.has(first.text.toLowerCase()) && clause.opener !== 'whose') return null;
  const head = headNames(sentence, clause);
  if (head === null) return null;
  const actors: string[] = [];
  const places: string[] = [];
  // "Oklahoma City, where 168 people were killed": the noun is where it happened
  // "the Crimean Peninsula that Moscow annexed": the noun is the object; a place stays one, a
  // person or body named undergoes the act ("Navalny, whom police arrested")
  // "Bergh, who has led the party", "Disney, whose shares rose": the noun acts
  const role =
    clause.opener === 'where'
      ? 'place'
      : clause.opener === 'whom' || (clause.opener !== 'whose' && ownSubject(clause))
        ? 'object'
        : 'subject';
  for (const name of head) {
    if (role === 'place' || (role === 'object' && (name.place || placeByItsWords(name.text))))
      pushNew(places, name.text);
    else pushNew(actors, resolvedIn(sentence, name.text));
  }
  for (const a of own.actors) pushNew(actors, a);
  for (const p of own.places) if (!actors.includes(p)) pushNew(places, p);
  return { actors, places };
}

/**
 * Whether a clause names a subject of its own right after its opener, before its verb: "that
 * Moscow annexed", "which firefighters brought", "after French forces took"; not "who has led",
 * "which later opened", "after resigning", "after he resigned".
 */
function ownSubject(clause: ClauseInfo): boolean {
  const first = clause.words[1];
  if (!first) return false;
  const word = first.text;
  return (
    /^[\p{L}]/u.test(word) &&
    !STANDING_FOR.has(word.toLowerCase()) &&
    !isVerbish(word) &&
    !isPresentVerbAt(clause.words, 1) &&
    !isAsideAdverb(word) &&
    // (a clause with no verb after it is no clause of its own: "since last year")
    clause.verb !== ''
  );
}

interface HeadName {
  text: string;
  place: boolean;
}

function headName(name: Name): HeadName {
  return { text: name.text, place: name.kind === 'place' };
}

/**
 * The names in the noun phrase a relative clause tells of ("ten citizens of the rebel
 * Russian-speaking Crimean Peninsula" -> that name; "a man" -> none), or null when no such
 * phrase is found.
 */
function headNames(sentence: SentenceInfo, clause: ClauseInfo): HeadName[] | null {
  const phrase = impliedSubject(sentence, clause);
  if (phrase === undefined) return null;
  const before = sentence.text.slice(0, clause.start - sentence.start).replace(/[\s,]+$/u, '');
  const at = before.lastIndexOf(phrase);
  const from = sentence.start + (at >= 0 ? at : before.length);
  const to = sentence.start + before.length;
  const head: HeadName[] = [];
  for (const n of sentence.names) {
    // ("a 39-year-old Miami businessman who", "the FBI's most wanted list, which": a name that
    // qualifies the noun is not the noun; "five Iraqis and a Libyan who": one listed is)
    const qualifies = n.end < to && QUALIFYING.test(sentence.text.slice(n.end - sentence.start));
    if (n.start >= from && n.end <= to && !qualifies) head.push(headName(n));
  }
  // (a name the phrase was rebuilt around: the one that ends right before the clause)
  if (at < 0)
    for (const n of sentence.names)
      if (n.end === to && phrase.includes(n.text)) head.push(headName(n));
  // "Sergio Navarro, a 39-year-old Miami businessman who spent ...": the noun is the name it
  // stands beside
  const apposed = APPOSITION_AT_END.exec(before);
  if (apposed)
    for (const n of sentence.names)
      if (n.end - sentence.start === apposed.index) head.push(headName(n));
  return head;
}

/** What follows a name that qualifies a noun: "'s", or a word in lower case but "and", "or". */
const QUALIFYING = /^(?:['’]s\b|\s+(?!(?:and|or)\s)\p{Ll})/u;

/** ", a nurse", ", the revolutionary and poet": a noun phrase beside a name, up to the relative. */
const APPOSITION_AT_END = /,\s+(?:a|an|the)\s[^,;:()"]{1,60}$/u;

/**
 * Whether a name ends in a place the gazetteer knows: "Russian-speaking Crimean Peninsula"
 * (a qualifier joined to the name) is the Crimean Peninsula.
 */
function placeByItsWords(name: string): boolean {
  const words = splitAtSpaces(name);
  for (let k = 1; k < words.length; k++) if (isPlace(words.slice(k).join(' '))) return true;
  return false;
}

/** A name as the sentence's roles resolved it ("Lavrov" -> "Vladimir Lavrov"), or as it is. */
function resolvedIn(sentence: SentenceInfo, name: string): string {
  for (const c of sentence.clauses)
    for (const a of c.roles.actors) if (a === name || sameActor(a, name)) return a;
  return name;
}
