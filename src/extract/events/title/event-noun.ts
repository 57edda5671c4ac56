/**
 * "Apple Corps argued that the iTunes Music Store was a breach of the 1991 settlement reached
 * between the two parties": a date that only qualifies an event's noun dates that event, and the
 * noun phrase is its title ("The settlement reached between the two parties"), not the clause
 * around it, which tells of something else. Only after a verb or a preposition: a dated noun that
 * is the clause's subject is told by the clause ("The Aug. 7 blasts killed 257 people").
 */
import {
  DATED_EVENT_NOUNS,
  GATHERING_NOUNS,
  NOUNS_OF_A_CASE,
  TAKING_PART_VERBS,
  VERBS_WITH_OBJECT_THEN_COMPLEMENT,
} from '../../lexicon/en/events/titles.ts';
import type { Span } from '../../text/sentences.ts';
import { isPlacePart } from '../../text/clauses.ts';
import { isPresentAfterSubject, isVerbish, verbForm } from '../../text/verbs.ts';
import { wordSet, splitAtSpaces } from '../../text/words.ts';
import { DETERMINER, PREPOSITION_WORDS } from './text.ts';

const EVENT_NOUNS = wordSet(DATED_EVENT_NOUNS, { lower: true });
const TAKING_PART = wordSet(TAKING_PART_VERBS);
const CASE_NOUNS = wordSet(NOUNS_OF_A_CASE, { lower: true });
const GATHERINGS = wordSet(GATHERING_NOUNS, { lower: true });

/** The lower-case word that ends `text`, before its last spaces. */
const LAST_LOWER_WORD = /(?:^|\s)(?<word>\p{Ll}+)\s+$/u;

/** Each verb form of VERBS_WITH_OBJECT_THEN_COMPLEMENT and what opens its complement (" for "). */
const COMPLEMENT_OF_VERB = complementsOfVerbs();

function complementsOfVerbs(): Map<string, RegExp> {
  const prepositionsOf = new Map<string, string[]>();
  for (const [preposition, forms] of Object.entries(VERBS_WITH_OBJECT_THEN_COMPLEMENT)) {
    for (const form of wordSet(forms)) {
      prepositionsOf.set(form, [...(prepositionsOf.get(form) ?? []), preposition]);
    }
  }
  const complements = new Map<string, RegExp>();
  for (const [form, prepositions] of prepositionsOf)
    complements.set(form, new RegExp(String.raw`\s(?:${prepositions.join('|')})\s`, 'u'));
  return complements;
}

/**
 * Where the complement of the verb before the noun's phrase opens in `text` (what follows the
 * date), or -1: "blamed the 2022 strike | for the loss".
 */
function verbComplementAt(beforeNoun: string, text: string): number {
  const verb = /(?<verb>\p{L}+)\s+$/u.exec(beforeNoun)?.groups?.['verb']?.toLowerCase() ?? '';
  const at = COMPLEMENT_OF_VERB.get(verb)?.exec(text);
  return at ? at.index : -1;
}

/** Words between a date and its event's noun at most ("the 1998 abortion clinic bombing"). */
const MAX_NOUN_WORDS = 4;

/**
 * A finite auxiliary after the noun's phrase, the clause's verb, or a word that opens what the
 * verb goes on with ("remembers the 1956 uprising | as a 13-year-old"): no part of the phrase.
 */
const FINITE_VERB =
  /\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did|as|because|when|while|although|though|unless)\s/u;

/** A lower-case word and the word after it (looked ahead: every word is tried). */
const VERB_THEN_WORD = /\s(?<verb>\p{Ll}+)(?=\s+(?<next>\S+))/gu;

/** A lower-case word after a space. */
const LOWER_WORD = /\s(?<word>\p{Ll}+)\b/gu;

/** A preposition of time that opens the sentence, right before the dated noun's phrase. */
const FRONTED_TIME = /^\s*(?:after|before|following|ahead\s+of)\s+$/iu;

/** A preposition of the setting of an act, right before the dated noun's phrase. */
const SETTING = /\b(?:in|at|during|throughout|amid)\s+$/iu;

/**
 * A relative pronoun and the word after it, right before the dated noun's phrase: that word is
 * the relative's verb, whatever form it has ("Residents who remember | the 1998 bombing").
 */
const RELATIVE_AND_VERB = /\b(?:who|that|which)\s+\p{Ll}+\s+$/u;

/** A preposition and a space that end the text before the dated noun's determiner. */
const PREPOSITION_BEFORE = /(?:^|\s)(?<word>\p{Ll}+)\s+$/u;

/** "of" before a possessive date ("the handling of | Wednesday's meeting"). */
const OF_BEFORE = /\bof\s+$/u;

/** The possessive ending right after a date ("Wednesday|'s meeting"). */
const POSSESSIVE_AFTER = /^['’]s\s/u;

/** An infinitive after the noun's phrase: the clause's verb goes on ("slaying | to begin"). */
const INFINITIVE = /\sto\s+(?<verb>\p{Ll}+)\b/gu;

/** A preposition that opens a date ("charged on Monday"), at the end of the text before it. */
const DATE_PREPOSITION = /\s(?:on|in|at)$/iu;

/**
 * The text before the dated noun's phrase, from `sentence`'s start up to `from`, without another
 * date of the clause that sits right before its last preposition ("was charged [last month] in
 * the December 2024 stabbing"): the word before the preposition is then the verb's.
 */
function beforeSkippingDate(
  sentence: Span & { text: string },
  from: number,
  otherDates: readonly Span[],
): string {
  const before = sentence.text.slice(0, from);
  for (const d of otherDates) {
    const end = d.end - sentence.start;
    if (end > from || end < 0 || d.start < sentence.start) continue;
    if (/^\s+\p{Ll}+\s+$/u.test(before.slice(end))) {
      // (with the date's own preposition, which the tagger leaves out: "charged on Monday in")
      const lead = before.slice(0, d.start - sentence.start).trimEnd();
      return lead.replace(DATE_PREPOSITION, '').trimEnd() + before.slice(end);
    }
  }
  return before;
}

/** The word before the preposition that ends `text`, lower case. */
function lastWord(text: string): string {
  return /(?<word>\p{L}+)\s+\p{L}+\s+$/u.exec(text)?.groups?.['word']?.toLowerCase() ?? '';
}

/** The determiner or possessive before the date: "the", "its", "the company's". */
const BEFORE_DATE =
  /(?:^|\s)(?<np>(?:(?:the|a|an|its|their|his|her|our)|(?:(?:the|a|an)\s+)?[\p{L}.-]+['’]s?))\s+$/iu;

/**
 * The stretch of `clause` that names the event `date` qualifies, from its determiner to the end
 * of the noun's phrase (a comma, a semicolon or the clause's end; a place's comma stays: "in
 * Birmingham, Ala."); undefined when the date qualifies no event's noun, or that noun is the
 * clause's subject, or follows "since" (a state from it is the news: "has been on the run since
 * the January 1998 bombing", "searching since shortly after the Oct. 23 slaying"). `onlyDate`:
 * whether `date` is the only date of its clause (else only a relative's object is taken).
 */
export function datedEventNoun(
  sentence: Span & { text: string },
  clause: Span,
  date: Span,
  onlyDate = true,
  otherDates: readonly Span[] = [],
): (Span & { text: string }) | undefined {
  const at = date.start - sentence.start;
  // ("its condemnation of the handling of Wednesday's meeting": a possessive date after "of"
  // opens the phrase itself, and the title reads "The meeting")
  const of = OF_BEFORE.exec(sentence.text.slice(Math.max(0, at - 4), at));
  const possessive =
    of !== null && POSSESSIVE_AFTER.test(sentence.text.slice(date.end - sentence.start));
  const before = possessive
    ? undefined
    : BEFORE_DATE.exec(sentence.text.slice(Math.max(0, at - 40), at));
  if (!possessive && !before?.groups) return undefined;
  // (the possessive's phrase takes the place of its "of", which "the" stands for below)
  const from = before?.groups
    ? at - before[0].length + before[0].indexOf(before.groups['np']!)
    : at - of![0].length;
  // (the clause's words before it: a clause split off after the date still goes on with the
  // noun's phrase, "charged in the Dec. 21, 1988, | bombing of Pan Am Flight 103")
  const lead = sentence.text.slice(Math.max(0, clause.start - sentence.start), from);
  const beforeNoun = sentence.text.slice(Math.max(0, from - 40), from);
  // (the verb's word before the preposition, past another date of the clause: "was charged last
  // month in the December 2024 stabbing" is "charged ... in")
  const beforeVerb = beforeSkippingDate(sentence, from, otherDates).slice(-40);
  if (
    // (a clause with other dates tells their act: "Smith won the Nov. 5 election, officials said
    // on Wednesday" is Smith's win; but one in a relative not split off tells of the noun,
    // "Residents who remember the 1998 bombing attended the ceremony on Sunday"; and so does
    // one after a preposition past the clause's own date, "was charged last month in the
    // December 2024 stabbing": the stabbing is December's, the charging last month's)
    (!onlyDate &&
      !RELATIVE_AND_VERB.test(beforeNoun) &&
      !dateBefore(clause, from + sentence.start, beforeNoun, otherDates)) ||
    /\bsince\s+(?:\S+\s+){0,2}$/iu.test(beforeNoun) ||
    // ("After the November election, the party lost control of the Senate": a phrase that opens
    // the sentence sets the time of the main clause's act, which tells more than "The election")
    FRONTED_TIME.test(sentence.text.slice(0, from)) ||
    // ("He won a seat in the 2019 election", "Biden will face voters in the 2024 election": the
    // clause's act took place in the event, and tells more than the event's noun; but one done
    // to someone in it is the event's, "injured in the 1998 bombing", "charged in the bombing")
    // (nor is "evidence in the October slaying": a case's noun ties the event to it)
    (SETTING.test(beforeNoun) &&
      verbForm(lastWord(beforeVerb)) !== 'past' &&
      !CASE_NOUNS.has(lastWord(beforeVerb))) ||
    // (a possessive date after "of" only past the clause's verb: "The toll of Friday's quake
    // rose" tells of the toll)
    (possessive && !splitAtSpaces(lead).some((w) => isVerbish(w) || isPresentAfterSubject(w))) ||
    // ("Smith won the 2020 election": the clause's act took part in the event; not a relative's,
    // "Residents who fought the 1998 fire gathered")
    (TAKING_PART.has(LAST_LOWER_WORD.exec(beforeNoun)?.groups?.['word'] ?? '') &&
      !RELATIVE_AND_VERB.test(beforeNoun)) ||
    (!splitAtSpaces(lead).some(
      (w) => isVerbish(w) || isPresentAfterSubject(w) || PREPOSITION_WORDS.has(w.toLowerCase()),
    ) &&
      !RELATIVE_AND_VERB.test(lead))
  )
    return undefined;
  // the noun: the last of the words after the date before one that is no part of the phrase
  // (a verb's form may be the noun: "the 1998 abortion clinic bombing")
  const rest = sentence.text
    .slice(date.end - sentence.start)
    .replace(possessive ? /^['’]s/u : /^,/u, (m) => ' '.repeat(m.length));
  const words = [...rest.matchAll(/\S+/gu)].slice(0, MAX_NOUN_WORDS + 1);
  let head = -1;
  for (const [k, w] of words.entries()) {
    const word = w[0];
    const bare = word.replace(/[,;.:]+$/u, '');
    if (
      !/^[\p{L}-]+$/u.test(bare) ||
      PREPOSITION_WORDS.has(bare.toLowerCase()) ||
      DETERMINER.has(bare.toLowerCase()) ||
      (k > 0 && isVerbish(bare) && !EVENT_NOUNS.has(bare.toLowerCase()))
    )
      break;
    head = k;
    if (bare !== word) break;
  }
  if (head < 0 || head >= MAX_NOUN_WORDS) return undefined;
  const noun = words[head]![0].replace(/[,;.:]+$/u, '');
  if (!EVENT_NOUNS.has(noun.toLowerCase()) && !(possessive && GATHERINGS.has(noun.toLowerCase())))
    return undefined;
  // to the end of the phrase: a comma that is no place's, a semicolon, or the clause's end
  let end = sentence.text.length;
  const after = date.end - sentence.start;
  for (const m of sentence.text.slice(after).matchAll(/[,;]/gu)) {
    const stop = after + m.index;
    if (stop <= after + 1 && m[0] === ',') continue;
    const next = /^[,;]\s+(?<word>\S+)/u.exec(sentence.text.slice(stop))?.groups?.['word'] ?? '';
    if (m[0] === ',' && isPlacePart(next)) continue;
    end = stop;
    break;
  }
  // ... or the verb the phrase is the subject of ("who led the 1992 protests | have moved"), or
  // what the verb goes on with
  const verb = FINITE_VERB.exec(sentence.text.slice(after, end));
  if (verb) end = after + verb.index;
  // ... or the complement of the verb the noun is the object of ("blamed the 2022 strike | for
  // the loss")
  const complement = verbComplementAt(beforeNoun, sentence.text.slice(after, end));
  if (complement >= 0) end = after + complement;
  // ... or a verb with its object, the clause's own ("the 1998 abortion clinic bombing |
  // attended the ceremony"; not a participle, "the 1991 settlement reached between them")
  for (const m of sentence.text.slice(after, end).matchAll(VERB_THEN_WORD)) {
    const word = m.groups!['verb']!;
    // ("the 1996 Olympic bombing | that killed one person": the noun itself, then its relative)
    if (
      isVerbish(word) &&
      !EVENT_NOUNS.has(word) &&
      DETERMINER.has(m.groups!['next']!.toLowerCase())
    ) {
      end = after + m.index;
      break;
    }
  }
  // ... or an infinitive of the clause's verb ("the October slaying of Dr. Slepian | to begin
  // presenting a murder case")
  for (const m of sentence.text.slice(after, end).matchAll(INFINITIVE)) {
    if (verbForm(m.groups!['verb']!) === 'base') {
      end = after + m.index;
      break;
    }
  }
  // ... or, after the object of a relative before it, any verb: the main clause's ("Residents who
  // survived the 1998 bombing | gathered at the memorial", "who remember the 1998 bombing | spoke
  // to reporters on Sunday")
  if (RELATIVE_AND_VERB.test(beforeNoun)) {
    for (const m of sentence.text.slice(after, end).matchAll(LOWER_WORD)) {
      const word = m.groups!['word']!;
      if (isVerbish(word) && !EVENT_NOUNS.has(word)) {
        end = after + m.index;
        break;
      }
    }
  }
  // (the date left out, blanked so that offsets hold: a title shows none; and a comma after it,
  // "the Dec. 21, 1988, bombing")
  // (a possessive date's "of" gives its place to "the": "of Wednesday's meeting" is "The
  // meeting"; the date and its "'s" are blanked, so that offsets hold)
  if (possessive) {
    const text = `the${' '.repeat(at - from - 3 + after + 2 - at)}${sentence.text.slice(after + 2, end)}`;
    return { start: sentence.start + from, end: sentence.start + end, text };
  }
  const comma = /^,?/u.exec(sentence.text.slice(after))![0].length;
  const text = `${sentence.text.slice(from, at)}${' '.repeat(after + comma - at)}${sentence.text.slice(after + comma, end)}`;
  return { start: sentence.start + from, end: sentence.start + end, text };
}

/**
 * Whether another date of the clause sits before the dated noun's phrase (from the clause's start
 * up to `from`), and a preposition opens the phrase: that date is the clause's act's, the noun's
 * date its own ("was charged last month in the December 2024 stabbing").
 */
function dateBefore(
  clause: Span,
  from: number,
  beforeNoun: string,
  otherDates: readonly Span[],
): boolean {
  const word = PREPOSITION_BEFORE.exec(beforeNoun)?.groups?.['word'] ?? '';
  if (!PREPOSITION_WORDS.has(word)) return false;
  return otherDates.some((d) => d.start >= clause.start && d.end <= from);
}
