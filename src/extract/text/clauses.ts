/**
 * Clauses of a sentence, cut at the boundaries the lexicon lists (conjunctions after a comma,
 * subordinators, relative pronouns, "that" after a reporting verb, participles after a comma,
 * strong punctuation), then glued back where a piece has no verb, so that "In 1995, Russia and
 * Belarus did away with their boundaries" stays one clause. Offsets are in the article text.
 */
import {
  ASIDE_ADVERBS,
  RESUMING_ADVERBS,
  FRONTING_ADVERBS,
  FRONTED_OPENER_PHRASES,
  FRONTED_PHRASE_PREPOSITIONS,
  PARTICIPLE_ADVERBS,
  CLAUSE_BOUNDARIES,
  CLAUSE_PUNCTUATION,
  type ClauseBoundary,
  STATE_ASIDES,
  NOT_BARE_VERBS,
  CONTENT_NOUNS,
  BARE_GROUP_NOUNS,
  QUANTITY_WORDS,
  TIME_UNIT_WORDS,
  TOOK_PLACE_PARTICIPLES,
  HELD_OCCASIONS,
  QUESTION_GOVERNORS,
  QUESTION_NOUNS,
  DISTANCE_SPLICE,
  DISTANCE_APPOSITION_HEADS,
  NAMING_PARTICIPLES,
  OBJECT_COMPLEMENT_VERBS,
  PRONOUNS_BEFORE_RELATIVE,
  PLURAL_TIMETABLE_PHRASES,
} from '../lexicon/en/events/clauses.ts';
import {
  DETERMINERS as DETERMINER_WORDS,
  DETERMINERS_STANDING_ALONE,
  NOUN_PHRASE_MODIFIERS,
  OBJECT_PRONOUNS,
  PREPOSITIONS as PREPOSITION_WORDS,
  TOLD_ACT_NOUNS,
} from '../lexicon/en/events/function-words.ts';
import {
  ADJECTIVAL_PARTICIPLES,
  AUXILIARIES_CHAIN,
  INTENT_VERBS,
  INTRANSITIVE_PASTS,
  PLAN_STATUS_WORDS,
  PRESENT_ONLY_VERBS,
} from '../lexicon/en/events/verbs.ts';
import { CLEFT_WHO, PLACE_AFTER_COMMA, SUBJECT_PRONOUNS } from '../lexicon/en/events/titles.ts';
import {
  SAID_BEFORE_A_CLAUSE,
  SAID_CLAUSE_BREAKERS,
  SAID_CLAUSE_COUNT_OPENERS,
  SAID_CLAUSE_DETERMINERS,
  SAID_CLAUSE_PARTICIPLE_AFTER,
} from '../lexicon/en/events/reporting.ts';
import { COMPARISON } from '../lexicon/en/events/comparisons.ts';
import type { Span } from './sentences.ts';
import {
  FINITE_FORMS,
  isPastOrParticiple,
  isPresentAfterSubject,
  isPresentVerbAt,
  isReportingVerb,
  isVerbish,
  mayBeParticiple,
  takesClause,
  verbForm,
} from './verbs.ts';
import { gapBefore, tokenize, wordSet, type Token } from './words.ts';
import { isCountry } from './names.ts';
import { NAME_CONNECTORS } from '../lexicon/en/events/names.ts';

/** Words of a plan's status after "is" ("is scheduled", "is expected"). */
const PLAN_WORD_SET = wordSet(PLAN_STATUS_WORDS, { lower: true });

/** Verbs of intent before their "to" (lexicon INTENT_VERBS). */
export const INTENT_WORDS = wordSet(INTENT_VERBS, { lower: true });

export interface Clause extends Span {
  text: string;
  /** `main` for the clause that carries the sentence; others by how they attach. */
  kind: 'main' | ClauseBoundary['kind'];
  /** The word that opened it ("since", "that", "which"), lower case; empty for the first. */
  opener: string;
  /** A date in this clause also dates the main clause ("since", "when", "while"). */
  sharesTime: boolean;
}

interface Opener {
  kind: ClauseBoundary['kind'];
  afterComma: boolean;
  sharesTime: boolean;
}

const OPENERS = new Map<string, Opener>();
for (const b of CLAUSE_BOUNDARIES) {
  for (const word of wordSet(b.openers, { lower: true })) {
    OPENERS.set(word, { kind: b.kind, afterComma: b.afterComma, sharesTime: b.sharesTime });
  }
}
const DETERMINERS = wordSet(DETERMINER_WORDS);
const STANDING_ALONE = wordSet(DETERMINERS_STANDING_ALONE);
const PREPOSITION_SET = wordSet(PREPOSITION_WORDS, { lower: true });
const FRONTED_PREPOSITIONS = new Set([
  ...PREPOSITION_SET,
  ...wordSet(FRONTED_PHRASE_PREPOSITIONS, { lower: true }),
]);
const CONTENT = wordSet(CONTENT_NOUNS, { lower: true });
const ASKING = wordSet(QUESTION_GOVERNORS, { lower: true });
const QUESTION_NOUN_SET = wordSet(QUESTION_NOUNS, { lower: true });
const BARE_GROUP = wordSet(BARE_GROUP_NOUNS, { lower: true });
/** Each plural timetable phrase's words ("take effect"), lexicon PLURAL_TIMETABLE_PHRASES. */
const TIMETABLE_PHRASES: readonly (readonly string[])[] = PLURAL_TIMETABLE_PHRASES.split(' ').map(
  (p) => p.split('_'),
);

/** How many words of the plural timetable phrase open at `j` ("take effect"), or 1 for none. */
function timetablePhraseLength(tokens: readonly Token[], j: number): number {
  for (const words of TIMETABLE_PHRASES)
    if (words.every((w, k) => tokens[j + k]?.text.toLowerCase() === w)) return words.length;
  return 1;
}
const INTRANSITIVE = wordSet(INTRANSITIVE_PASTS, { lower: true });
const ASIDE_ADVERB_SET = wordSet(ASIDE_ADVERBS, { lower: true });
const RESUMING_ADVERB_SET = wordSet(RESUMING_ADVERBS, { lower: true });
const FRONTING_WORDS = wordSet(FRONTING_ADVERBS, { lower: true });
const BEFORE_PARTICIPLE = wordSet(PARTICIPLE_ADVERBS, { lower: true });
const ADJECTIVAL = wordSet(ADJECTIVAL_PARTICIPLES, { lower: true });
const QUANTITY = wordSet(QUANTITY_WORDS, { lower: true });
const TIME_UNITS = wordSet(TIME_UNIT_WORDS, { lower: true });
const SUBJECT_PRONOUN_SET = wordSet(SUBJECT_PRONOUNS, { lower: true });
/** Words after a participle that make it a verb ("and wounded him", "and injured in"). */
const FUNCTION_WORDS = new Set([
  ...PREPOSITION_SET,
  ...wordSet(DETERMINER_WORDS, { lower: true }),
  ...wordSet(OBJECT_PRONOUNS, { lower: true }),
]);

/** The clause punctuation besides the comma, without its spaces: what a gap between words is searched for. */
const STRONG_MARKS = CLAUSE_PUNCTUATION.map((p) => p.trim()).filter((p) => p !== ',');
/** Whether a plain one-space gap holds one of them (only an empty mark would): asked once. */
const PLAIN_GAP_CUTS = STRONG_MARKS.some((p) => ' '.includes(p));

/** Subordinators that are also prepositions: before a noun, they open no clause. */
const PREPOSITIONAL = new Set(['before', 'after', 'until', 'till', 'since']);

/**
 * Whether a verb comes among the words from `from` before the next quotation mark or strong
 * break (or the sentence's end).
 */
function verbBeforeBreak(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  from: number,
): boolean {
  let afterComma = false;
  // where the words after the first comma begin, while it is the only one
  let firstComma = -1;
  let commas = 0;
  for (let j = from; j < tokens.length; j++) {
    // a comma may only part a list or an aside ("after his mother, stepfather and eight others
    // drowned"): the phrase ends at a quotation's edge or a stronger mark
    const gap = j > from ? gapBefore(sentence, tokens, j) : '';
    if (/[;:"“”'`—–]/u.test(gap)) return false;
    const comma = gap.includes(',');
    const form = verbForm(tokens[j]!.text);
    // ("until at least Sept. 2, the ministry said": the verb after the comma is the attribution's;
    // not after a name set between the phrase's first two commas: "after its chief executive,
    // Klaus Riedel, announced")
    if (form !== null && form !== 'base')
      return !(
        afterComma &&
        isReportingVerb(tokens[j]!.text) &&
        !(comma && commas === 1 && isNameBetween(tokens, firstComma, j))
      );
    if (comma && ++commas === 1) firstComma = j;
    afterComma ||= comma;
  }
  return false;
}

/**
 * Whether the comma before word `i` closes a name set between commas after a noun in lower case
 * ("its chief executive, Klaus Riedel, announced").
 */
function closesNamedAside(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
): boolean {
  for (let from = i - 1; from > 0 && i - from <= 4; from--) {
    if (!gapBefore(sentence, tokens, from).includes(',')) continue;
    return isNameBetween(tokens, from, i) && /^\p{Ll}+$/u.test(tokens[from - 1]!.text);
  }
  return false;
}

/** Whether the words from `from` up to `to` are a name of one to four capitalised words. */
function isNameBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4) return false;
  for (let k = from; k < to; k++) if (!/^\p{Lu}/u.test(tokens[k]!.text)) return false;
  return true;
}

/** Subordinators that are also prepositions or adverbs ("as well", "since 2004") need a comma. */
const COMMA_ONLY = new Set(['as', 'once', 'so']);
/** Phrases of such a word that open a fronted clause all the same (lexicon FRONTED_OPENER_PHRASES). */
const OPENER_PHRASES = wordSet(FRONTED_OPENER_PHRASES, { lower: true });

/** Whether the words from `at` make one of those phrases ("As soon as"). */
function opensOpenerPhrase(tokens: readonly Token[], at: number): boolean {
  const words = tokens.slice(at, at + 3).map((t) => t.text.toLowerCase());
  return OPENER_PHRASES.has(words.join(' '));
}

interface Cut {
  at: number;
  opener: string;
  kind: Clause['kind'];
  sharesTime: boolean;
}

/** Where the main clause begins or goes on (after a fronted clause, or an aside). */
function mainAt(at: number): Cut {
  return { at, opener: '', kind: 'main', sharesTime: false };
}

/**
 * `tokens`: the sentence's words, when the caller has them already. `dates`: the sentence's date
 * expressions, when known: a second verb phrase is only cut off on its own when each side has
 * a date ("will own all trademarks and will license some" stays whole).
 */
export function splitClauses(
  sentence: Span & { text: string },
  tokens: readonly Token[] = tokenize(sentence.text, sentence.start),
  dates: readonly Span[] = [],
): Clause[] {
  const cuts = findCuts(sentence, tokens, dates);
  const pieces: Clause[] = [];
  let from = sentence.start;
  let head: Cut = mainAt(sentence.start);
  // "When Jobs introduced the iPhone, he praised ...": a fronted subordinate clause ends at the
  // first comma after its verb, where the main clause begins
  // "Even before the killing, ...", "Two days after the vote, ...": a few words may come first
  const lead = leadingAdverbs(tokens);
  const first = tokens[lead]?.text.toLowerCase() ?? '';
  const fronted = OPENERS.get(first);
  if (
    fronted?.kind === 'subordinate' &&
    (!COMMA_ONLY.has(first) || opensOpenerPhrase(tokens, lead))
  ) {
    head = cutAt(tokens[0]!, first, fronted);
    const end = mainAfterFronted(sentence, tokens, dates);
    if (end !== null && !cuts.some((c) => c.at === end)) {
      cuts.push(mainAt(end));
      cuts.sort((a, b) => a.at - b.at);
    }
    // ("Because the plant, which opened in 1990, | was old, | the city closed it": where the
    // fronted clause goes on after a relative aside on its subject, it is the fronted clause
    // again, not the main clause)
    const back = end === null ? null : resumedAfterAside(sentence, tokens, dates);
    const at = back !== null && back < end! ? cuts.findIndex((c) => c.at === back) : -1;
    if (at >= 0) cuts[at] = { ...head, at: back! };
  } else if (opensWithParticiple(tokens)) {
    // "Born in 1939 in Duluth, Minn., Dr. Doe earned ...": a fronted participle is a clause
    // about the subject after it, up to the comma where that subject and its verb begin
    const end = mainAfterParticiple(sentence, tokens);
    if (end !== null) {
      head = { at: sentence.start, opener: first, kind: 'participle', sharesTime: false };
      const after = cuts.filter((c) => c.at > end);
      cuts.splice(0, cuts.length, mainAt(end), ...after);
    }
  } else if (!fronted && FRONTED_PREPOSITIONS.has(first)) {
    // "In the election, which was held on Sunday, the party won": a fronted phrase, a relative
    // aside on its noun, and the main clause with its own subject; the phrase stays apart from
    // the aside, as "After the vote," does
    const end = mainAfterPhraseAside(sentence, tokens, dates);
    if (end !== null) {
      head = { at: sentence.start, opener: first, kind: 'subordinate', sharesTime: false };
      // (the subject may look like a participle: "fighting resumed")
      const others = cuts.filter((c) => c.at !== end);
      cuts.splice(0, cuts.length, ...others, mainAt(end));
      cuts.sort((a, b) => a.at - b.at);
    }
  }
  for (const cut of [...cuts, null]) {
    const end = cut ? cut.at : sentence.end;
    if (end > from) pieces.push(makeClause(sentence, from, end, head));
    if (cut) {
      from = cut.at;
      head = cut;
    }
  }
  const glued = glue(sentence, pieces, tokens, dates);
  markMain(glued);
  return glued;
}

function makeClause(
  sentence: Span & { text: string },
  start: number,
  end: number,
  cut: Cut,
): Clause {
  const raw = sentence.text.slice(start - sentence.start, end - sentence.start);
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  return {
    start: start + lead,
    end: end - trail,
    text: raw.trim(),
    kind: cut.kind,
    opener: cut.opener,
    sharesTime: cut.sharesTime,
  };
}

const SPLICE = new RegExp(DISTANCE_SPLICE.pattern, 'u');

/**
 * Whether token `i`, after a comma, opens a comma splice's second clause with a distance in time
 * (lexicon DISTANCE_SPLICE), a finite verb before it and one after it.
 */
function isDistanceSplice(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
): boolean {
  const rest = sentence.text.slice(
    tokens[i]!.start - sentence.start,
    tokens[i]!.start - sentence.start + 80,
  );
  const groups = SPLICE.exec(rest)?.groups;
  const verb = groups?.['verb'];
  if (verb === undefined) return false;
  // ("the coast guard reported": a noun of two words, its verb the word after)
  const next = groups?.['det'] === undefined ? undefined : groups['next'];
  const finite = (w: string | undefined) => w !== undefined && FINITE_FORMS.has(verbForm(w));
  if (!finite(verb) && !finite(next)) return false;
  // a subject after "a", or of two words, may be an apposition's noun instead
  if ((groups?.['det'] ?? 'the') !== 'the' || !finite(verb)) {
    if (isAppositionHead(groups?.['noun'] ?? '')) return false;
    // ("a price analysts called too low": no plural after "a" ends its noun; that plural is
    // the subject of a clause that qualifies the noun, "a rescue team found" a subject of two)
    if (!finite(verb) && groups?.['det'] !== 'the' && looksPlural(verb)) return false;
    // ("The vote was held on June 9, two weeks later, a delay blamed on the strike": after "a",
    // a noun of the act just told and a participle sum that act up, no subject and its verb)
    // (not one a verb of its own follows: "a deal signed in Paris ended the war")
    if (
      groups?.['det'] !== 'the' &&
      TOLD_ACT.has(groups?.['noun'] ?? '') &&
      mayBeParticiple(verb) &&
      !finiteAfterParticiple(sentence, tokens, i, verb)
    )
      return false;
    const after = finite(verb) ? groups?.['next'] : groups?.['after'];
    if (mayBeParticiple(finite(verb) ? verb : next!) && PARTICIPLE_AFTER.has(after ?? '')) {
      return false;
    }
  }
  return tokens.slice(0, i).some((t) => FINITE_FORMS.has(verbForm(t.text)));
}

const TOLD_ACT = wordSet(TOLD_ACT_NOUNS, { lower: true });

/**
 * Whether a finite verb follows the participle `participle` after token `i`, before the next
 * comma or the sentence's end ("a deal signed in Paris ended the war").
 */
function finiteAfterParticiple(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
  participle: string,
): boolean {
  let seen = false;
  for (let j = i; j < tokens.length; j++) {
    if (j > i && gapBefore(sentence, tokens, j) !== ' ') {
      if (seen) return false;
      continue;
    }
    const word = tokens[j]!.text;
    if (!seen) seen = word === participle;
    else if (FINITE_FORMS.has(verbForm(word))) return true;
  }
  return false;
}

/** Whether a lower-case word looks like a plural noun ("analysts"; not "crisis", "bonus"). */
function looksPlural(word: string): boolean {
  return /^\p{Ll}+s$/u.test(word) && !/(?:ss|us|is)$/u.test(word);
}

const APPOSITION_HEADS = new Set([
  ...wordSet(DISTANCE_APPOSITION_HEADS, { lower: true }),
  ...wordSet(TIME_UNIT_WORDS, { lower: true }),
  ...wordSet(NOUN_PHRASE_MODIFIERS, { lower: true }),
]);

/**
 * Whether the noun after a splice's "the" or "a" heads an apposition rather than a subject: a time
 * ("two days later, the day prosecutors had promised"), an ordinal or a record ("the first meeting
 * held since the flood", "the longest walkout recorded"); lexicon DISTANCE_APPOSITION_HEADS.
 */
function isAppositionHead(noun: string): boolean {
  // (RECORD, "the deadliest since ...", tests a word of a record)
  return APPOSITION_HEADS.has(noun) || RECORD.test(noun);
}

function findCuts(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  dates: readonly Span[],
): Cut[] {
  const cuts: Cut[] = [];
  const pairedDashes = dashPairs(sentence);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = token.text.toLowerCase();
    // most words are one space apart: no comma or quotation mark to look for then (and no gap
    // to cut out of the text)
    const prevEnd = tokens[i - 1]!.end;
    const plain =
      token.start - prevEnd === 1 && sentence.text.charCodeAt(prevEnd - sentence.start) === 32;
    const gap = plain ? ' ' : gapBefore(sentence, tokens, i);
    const comma = !plain && /[,;:]/.test(gap);
    // a pair of dashes around an aside ("The service -- a Jewish ceremony -- included") is no
    // break by itself: titles leave the aside out
    const aside = !plain && pairedDashes.has(tokens[i - 1]!.end);
    // a colon or semicolon breaks a clause when a space follows it: "3:42 a.m." is a time
    const strong = plain ? PLAIN_GAP_CUTS : holdsStrongMark(gap) && !/^[:;]$/u.test(gap);
    if (!aside && strong) {
      cuts.push({ at: token.start, opener: '', kind: 'coordinate', sharesTime: false });
      continue;
    }
    // "The talks began on Monday, two days later, they collapsed": a comma splice's second
    // clause opens with a distance in time and has a subject and verb of its own
    if (comma && gap.trim() === ',' && isDistanceSplice(sentence, tokens, i)) {
      cuts.push({ at: token.start, opener: '', kind: 'coordinate', sharesTime: false });
      continue;
    }
    if (!plain && /["“”]/.test(gap)) continue; // inside or at the edge of a quotation: leave it whole
    const next = tokens[i + 1];
    // "He fought cancer in 2004 and took six months off": a second verb phrase; one opened by
    // an auxiliary when each has its own date ("have been shut since March 16 and will stay
    // closed until Tuesday")
    if (word === 'and' && !comma && next) {
      // the second date within the second verb phrase: before any comma ("and is being
      // analyzed, FBI officials said Monday" dates the saying)
      const after = firstDateAfter(dates, token.start);
      const dated =
        endsBefore(dates, token.start) &&
        after !== undefined &&
        // (a comma of punctuation, not of a figure: "to reach 50,000 people by")
        !/,\s/u.test(
          sentence.text.slice(token.start - sentence.start, after.start - sentence.start),
        );
      // ("and later moved to Leeds in 2005", "and nearly went out of business in 2009": an
      // adverb may come first, when each verb phrase has its date)
      const v = dated && isResumingAdverb(next.text) && tokens[i + 2] ? i + 2 : i + 1;
      const verb = tokens[v]!;
      const form = verbForm(verb.text);
      // (an auxiliary: a finite form other than a past verb)
      // ("remanded him in custody and will pass sentence on July 1": a verb phrase still to come
      // after one past, or after one with its own date, "will retire at the end of the year and
      // will be succeeded by", is an act of its own, and the date after it only its own)
      // ("and expects to begin mailing checks in March": a verb of intent in -s and its "to")
      const intent = opensIntent(tokens.slice(v, v + 8).map((t) => t.text));
      if (
        (form === 'past' && opensVerbPhrase(tokens, i, v)) ||
        (dated && ((form !== 'past' && FINITE_FORMS.has(form)) || intent)) ||
        (dated && presentAfterPastPhrase(tokens, i, v, cuts.at(-1)?.at ?? -1)) ||
        (form === 'future-aux' &&
          after !== undefined &&
          (pastVerbBefore(tokens, i) || endsBefore(dates, token.start))) ||
        // ("was released as a beta and is scheduled for public release in June": a plan as it
        // stands after a past act is a verb phrase of its own, and the date only the plan's)
        (form === 'present-aux' &&
          PLAN_WORD_SET.has(tokens[v + 1]?.text.toLowerCase() ?? '') &&
          after !== undefined &&
          pastVerbBefore(tokens, i))
      ) {
        cuts.push({ at: token.start, opener: word, kind: 'coordinate', sharesTime: false });
        continue;
      }
    }
    // "Protesters blocked the road and, the next day, police cleared the site": a date set off
    // by commas right after "and" opens a clause of its own, with that date
    if (word === 'and' && !comma && next && opensDatedAside(sentence, token, dates)) {
      cuts.push({ at: token.start, opener: word, kind: 'coordinate', sharesTime: false });
      continue;
    }
    // "Airbus said on Tuesday it delivered 766 jets": what was said, without its "that"
    if (!comma && SUBJECT_PRONOUN_SET.has(word) && saidWithoutThat(tokens, i, dates)) {
      cuts.push({ at: token.start, opener: '', kind: 'complement', sharesTime: false });
      continue;
    }
    // "The man she married in 1990 died on Monday": a relative without its pronoun inside the
    // subject, then the main clause's verb resumed
    // ("The rules the council adopted in February cut taxes": so a subject of "the" and a noun)
    if (
      plain &&
      (SUBJECT_PRONOUN_SET.has(word) || word === 'the') &&
      opensContactRelative(tokens, i, cuts, dates)
    ) {
      const resume = verbAfterDatedRelative(sentence, tokens, i, dates, true);
      if (resume > 0) {
        cuts.push({ at: token.start, opener: word, kind: 'relative', sharesTime: false });
        cuts.push(mainAt(tokens[resume]!.start));
        i = resume;
        continue;
      }
    }
    // "Prosecutors said Hale moved the money in 2019": what was said, a noun phrase and its verb
    if (
      plain &&
      (saidBeforeNounClause(sentence, tokens, i, dates) || saidBeforeSource(sentence, tokens, i))
    ) {
      cuts.push({ at: token.start, opener: '', kind: 'complement', sharesTime: false });
      continue;
    }
    // "A bridge built in 1890 reopened on Tuesday": inside the subject, a reduced relative with
    // its date splits off only where the verb resumed after it has a date of its own
    if (plain && next && !OPENERS.has(word)) {
      const resume = subjectReducedRelative(sentence, tokens, i, dates, cuts.at(-1)?.at ?? -1);
      if (resume > 0) {
        cuts.push({ at: token.start, opener: word, kind: 'participle', sharesTime: false });
        cuts.push(mainAt(tokens[resume]!.start));
        i = resume;
        continue;
      }
    }
    // "Scientists confirmed on Monday a particle first described in 1998", "A bridge built in
    // 1890 reopened on Tuesday": a participle right after its noun, with a date of its own, is a
    // reduced relative, told apart as "which was first described in 1998" is (not yet inside the
    // subject: "The Canadian warrant issued Monday charged Kopp" would lose the subject of
    // "charged")
    if (
      plain &&
      next &&
      !OPENERS.has(word) &&
      opensReducedRelative(sentence, tokens, i, dates, cuts.at(-1)?.at ?? sentence.start)
    ) {
      cuts.push({ at: token.start, opener: word, kind: 'participle', sharesTime: false });
      continue;
    }
    // "fell to $412 million, or 61 cents a share, in the quarter": a figure restated, no clause
    if (word === 'or' && comma && next && /^[$€£¥]?\d/u.test(next.text)) continue;
    // ("the WHO said": a word in capitals is an acronym, not the opener it spells; asked only of
    // an opener's word, as most words are none)
    const listed = OPENERS.get(word);
    const opener = listed && !/^\p{Lu}{2,}$/u.test(token.text) ? listed : undefined;
    // "it could take until Sunday to know", "after 18 days of protests": before a date, a
    // subordinator that is also a preposition opens no clause
    if (opener?.kind === 'subordinate' && next && startsAt(dates, next.start)) continue;
    // "what we want to introduce before a grand jury,'' Clark said": no verb before the
    // quotation ends, so "before" governs a noun, and opens no clause
    if (
      opener?.kind === 'subordinate' &&
      PREPOSITIONAL.has(word) &&
      !verbBeforeBreak(sentence, tokens, i + 1)
    )
      continue;
    if (opener) {
      if (opener.kind === 'complement') {
        if (followsReportingVerb(tokens, i)) cuts.push(cutAt(token, word, opener));
        else if (objectRelative(tokens, i) || subjectRelative(tokens, i)) {
          cuts.push({ at: token.start, opener: word, kind: 'relative', sharesTime: false });
          // ("Smith, the coach that the club hired in 2019, left": inside an apposition, the
          // main clause resumes after its closing comma, as after "who")
          const appositive = !comma && inAppositive(sentence, tokens, i);
          const resume = mainVerbAfterRelative(sentence, tokens, i, dates, appositive);
          if (resume > 0) {
            cuts.push(mainAt(tokens[resume]!.start));
            i = resume;
          }
        }
        continue;
      }
      // "Jane Doe, a scientist whose research ..., died": the main clause resumes after it
      // ("It was Smith who scored the winner on Saturday": a cleft's "who" opens what the focus
      // did, the clause's own act)
      if (word === 'who' && !comma && isCleftWho(sentence, token)) continue;
      // "bring to justice those who were responsible": what the pronoun names is the relative,
      // no clause of its own while it has no date of its own before the next comma
      if (opener.kind === 'relative' && !comma && completesPronoun(sentence, tokens, i, dates))
        continue;
      // ("The mayor — who took office in 2022 — resigned on Monday": a relative between a pair of
      // dashes is an aside as between commas, the main clause resuming after the second dash)
      const dashed =
        opener.kind === 'relative' && aside ? verbAfterDashes(tokens, i, pairedDashes) : -1;
      if (dashed > 0) {
        cuts.push(cutAt(token, word, opener));
        cuts.push(mainAt(tokens[dashed]!.start));
        i = dashed;
        continue;
      }
      const appositive = opener.kind === 'relative' && !comma && inAppositive(sentence, tokens, i);
      if (
        opener.kind === 'relative' &&
        !comma &&
        (appositive ||
          objectRelative(tokens, i) ||
          subjectRelative(tokens, i) ||
          opensWithSaying(sentence, tokens, i))
      ) {
        const resume = mainVerbAfterRelative(sentence, tokens, i, dates, appositive);
        if (resume > 0) {
          cuts.push(cutAt(token, word, opener));
          cuts.push(mainAt(tokens[resume]!.start));
          i = resume;
        } else if (!insideSubject(sentence, tokens, i)) cuts.push(cutAt(token, word, opener));
        continue;
      }
      // "a house in Lorem where the suspect lived last year": a "where" without its comma after
      // a place's noun, whose subject's past verb has a date of its own, is a relative of its own
      // (the date is the living's, not the finding's)
      if (word === 'where' && !comma && datedPlaceRelative(sentence, tokens, i, dates)) {
        cuts.push(cutAt(token, word, opener));
        const resume = verbAfterDatedRelative(sentence, tokens, i, dates);
        if (resume > 0) {
          cuts.push(mainAt(tokens[resume]!.start));
          i = resume;
        }
        continue;
      }
      if ((opener.afterComma || COMMA_ONLY.has(word)) && !comma) continue;
      // "the embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania, were bombed": the next
      // town of a list, with its own country, is no clause (was "Dar es Salaam were bombed")
      if (word === 'and' && comma && nextPlaceOfList(sentence, tokens, i)) continue;
      // "The United States, Britain, and France agreed": a serial comma in a subject's list of
      // names opens no clause (was "France agreed", as without the comma it is all three)
      if (word === 'and' && comma && lastNameOfSubjectList(sentence, tokens, i)) continue;
      // "the deadliest since the ceasefire took effect": a record is measured from that
      // clause's time, which is not the time of the clause before it
      const measured = opener.sharesTime && recordBefore(sentence, tokens, i);
      cuts.push(
        measured
          ? { ...cutAt(token, word, opener), sharesTime: false }
          : cutAt(token, word, opener),
      );
      // "Obama, who arrives in Jordan on Friday, will meet ...": the main clause resumes
      // after the relative clause's closing comma with its verb
      // ("The vote, which, officials said, ended on Friday, was certified": past a saying set
      // off right after the pronoun, the relative's own verb)
      const resume =
        comma && opener.kind === 'relative'
          ? finiteAfterComma(sentence, tokens, afterSayingAside(sentence, tokens, i))
          : -1;
      if (resume > 0) {
        cuts.push(mainAt(tokens[resume]!.start));
        i = resume;
      }
      continue;
    }
    // "Jobs, born in San Francisco on February 24, 1955, has built ...", "The drug, approved
    // by regulators in May, costs ...": a participle between commas after the subject, then
    // the main clause goes on with its verb
    const resume = comma ? mainAfterAside(sentence, tokens, i, dates) : -1;
    if (resume > 0) {
      cuts.push({ at: token.start, opener: word, kind: 'participle', sharesTime: false });
      cuts.push(mainAt(tokens[resume]!.start));
      i = resume;
      continue;
    }
    // ("after its chief executive, Klaus Riedel, resigned": after a name set between commas
    // a past form is its noun's verb; "the capital, Puerto Lemar, demanding" stays a participle)
    if (
      comma &&
      isParticiple(word, next) &&
      !(verbForm(word) !== 'ing' && closesNamedAside(sentence, tokens, i))
    ) {
      cuts.push({ at: token.start, opener: word, kind: 'participle', sharesTime: false });
    }
  }
  return cuts;
}

/*
 * The tests findCuts makes of its neighbours, as plain loops over plain values: a closure over
 * its loop's variables makes the engine keep them in a new heap object for every word of every
 * sentence, whether or not the closure is ever made.
 */

/** Whether a gap between words holds one of the strong marks (";", ":", a dash...). */
function holdsStrongMark(gap: string): boolean {
  for (const mark of STRONG_MARKS) if (gap.includes(mark)) return true;
  return false;
}

/** The first date that starts after `at`. */
function firstDateAfter(dates: readonly Span[], at: number): Span | undefined {
  for (const d of dates) if (d.start > at) return d;
  return undefined;
}

/**
 * Whether "and" is followed by a date between commas, maybe after a preposition ("and, the next
 * day,", "and, on Tuesday,").
 */
function opensDatedAside(
  sentence: Span & { text: string },
  and: Token,
  dates: readonly Span[],
): boolean {
  const date = firstDateAfter(dates, and.end);
  if (date === undefined) return false;
  const before = sentence.text.slice(and.end - sentence.start, date.start - sentence.start);
  const after = sentence.text.slice(date.end - sentence.start, date.end - sentence.start + 2);
  return /^,\s+(?:\p{Ll}+\s+)?$/u.test(before) && /^,\s/u.test(after);
}

const CLEFT_WHO_RE = new RegExp(CLEFT_WHO.pattern, 'u');

/** Whether `who` is a cleft's, right after its focus ("It was Smith who scored"). */
function isCleftWho(sentence: Span & { text: string }, who: Token): boolean {
  if (!sentence.text.startsWith('It ')) return false;
  const m = CLEFT_WHO_RE.exec(sentence.text);
  return m !== null && sentence.start + m[0].trimEnd().length === who.end;
}

/** Whether a date ends at or before `at`. */
function endsBefore(dates: readonly Span[], at: number): boolean {
  for (const d of dates) if (d.end <= at) return true;
  return false;
}

/** Whether a date starts at `at`. */
function startsAt(dates: readonly Span[], at: number): boolean {
  for (const d of dates) if (d.start === at) return true;
  return false;
}

/**
 * Whether the last verb before token `i` is in the past form ("remanded Pellow in custody and
 * will", "has resigned and will"); not a past inside a relative clause before a present ("The man
 * who attacked her is in custody and will").
 */
/**
 * Whether the word in -s at `v`, after "and" at `i`, is a present verb after a past verb phrase
 * of the same clause (since `from`): "left its rate unchanged at its January meeting and | meets
 * again on March 17". An adverb or a determiner must follow it, as a plural noun's would not
 * ("sold cars in January and trucks in March" stays one clause).
 */
function presentAfterPastPhrase(
  tokens: readonly Token[],
  i: number,
  v: number,
  from: number,
): boolean {
  if (!isPresentAfterSubject(tokens[v]!.text)) return false;
  const after = tokens[v + 1]?.text ?? '';
  if (!RESUMING_ADVERB_SET.has(after) && !DETERMINERS.has(after) && !isLyAdverb(after))
    return false;
  for (let j = i - 1; j >= 0 && tokens[j]!.start > from; j--)
    if (verbForm(tokens[j]!.text) === 'past') return true;
  return false;
}

function pastVerbBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const form = verbForm(tokens[j]!.text);
    if (form !== null) return form === 'past';
  }
  return false;
}

/**
 * Whether "and" at `i` opens a second verb phrase with the past form at `v` (right after it, or
 * after an adverb): not when that
 * form shares its object with a verb before "and" ("has interviewed and released one of two
 * men"), nor when it is one of the participles news uses as adjectives, before a noun
 * ("activist and accused doctor killer James Kopp", "and wounded soldiers").
 */
function opensVerbPhrase(tokens: readonly Token[], i: number, v = i + 1): boolean {
  if (isPastOrParticiple(tokens[i - 1]!.text)) return false;
  return !isAdjectiveBeforeNoun(tokens[v]!.text, tokens[v + 1]?.text ?? '');
}

/**
 * Whether `word` is a participle news uses as an adjective, here before its noun ("wounded
 * soldiers", "elected officials"), not a verb before its object or preposition ("wounded him",
 * "elected in 2004").
 */
export function isAdjectiveBeforeNoun(word: string, next: string): boolean {
  return (
    ADJECTIVAL.has(word.toLowerCase()) &&
    /^\p{Ll}/u.test(next) &&
    !FUNCTION_WORDS.has(next) &&
    verbForm(next) === null
  );
}

/**
 * The most words a subject may have before a participle aside between commas: a name of some
 * length ("The James Webb Space Telescope, launched on Christmas Day 2021, has found ..."; four
 * words left that date to "has found").
 */
const ASIDE_SUBJECT_WORDS = 6;

/**
 * Whether the five or six words before a comma at `i` are one subject a participle aside may
 * follow: no mark breaks them ("Clark, the Erie district attorney, said" is an apposition and a
 * verb) and none is a verb.
 */
function longSubjectBefore(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
): boolean {
  if (i > ASIDE_SUBJECT_WORDS) return false;
  const before = sentence.text.slice(0, tokens[i - 1]!.end - sentence.start);
  return !/[,;:()]/u.test(before) && !tokens.slice(0, i).some((t) => isVerbish(t.text));
}

/**
 * Where the main clause resumes after a participle aside between commas at `i` (its verb), or
 * -1. After a short subject it does ("Jobs, born in ... 1955, has built"), unless the aside tells
 * when an event was held and the main clause is no act of a time of its own: "The Olympic Games,
 * held in July, drew record crowds" is one act, of July. After a longer subject, only an act of a
 * time of its own resumes ("The James Webb Space Telescope, launched in 2021, has found").
 */
function mainAfterAside(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
  dates: readonly Span[],
): number {
  const short = i <= 4;
  if (!short && !longSubjectBefore(sentence, tokens, i)) return -1;
  const resume = resumption(sentence, tokens, i);
  if (resume < 0) return -1;
  // (an occasion's: "The suspect, held in May, confessed" is a detention, not a time for
  // the confession)
  const heldAside =
    TOOK_PLACE.has(tokens[i]!.text.toLowerCase()) &&
    OCCASIONS.has(tokens[i - 1]!.text.toLowerCase());
  const mustHaveOwnTime = !short || (heldAside && !toldOfAnotherTime(tokens, i, resume));
  return mustHaveOwnTime && !isActOfItsOwnTime(tokens, resume, dates) ? -1 : resume;
}

/**
 * Whether the main clause resumed at `resume` is an act of a time of its own, not the aside's:
 * not told in the past ("has found", "will fly": the news of now), or with a date after its verb
 * ("..., was released on Friday"). A past verb with no date after it ("drew record crowds") is
 * told of the aside's time.
 */
function isActOfItsOwnTime(
  tokens: readonly Token[],
  resume: number,
  dates: readonly Span[],
): boolean {
  const form = verbForm(tokens[resume]!.text) ?? '';
  return !PAST_FORMS.has(form) || dates.some((d) => d.start >= tokens[resume]!.start);
}

const TOOK_PLACE = wordSet(TOOK_PLACE_PARTICIPLES);
const OCCASIONS = wordSet(HELD_OCCASIONS, { lower: true });

/**
 * Whether an aside of when something was held at `i` tells a time the main clause resumed at
 * `resume` is not of: a state since then ("The hostages, held since July, were freed"), or a main
 * clause in the passive, done to the ones held, as a detention ("Two suspects, held in July, were
 * charged with murder"), unlike "The Olympic Games, held in July, drew record crowds".
 */
function toldOfAnotherTime(tokens: readonly Token[], i: number, resume: number): boolean {
  if (tokens.slice(i, resume).some((t) => t.text === 'since')) return true;
  return (
    /^(?:was|were)$/u.test(tokens[resume]!.text) &&
    isPastOrParticiple(tokens[resume + 1]?.text ?? '')
  );
}

/**
 * Where the main clause resumes after a parenthetical past participle opening at `i`: the first
 * word after a later comma when it is a finite verb; -1 when there is none.
 */
function resumption(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
): number {
  // "first proposed in 2011": an adverb may come first
  const adverb = isAsideAdverb(tokens[i]!.text) ? 1 : 0;
  const state = stateAsideLength(tokens, i);
  if (state > 0) return finiteAfterComma(sentence, tokens, i + state - 1);
  if (!isPastOrParticiple(tokens[i + adverb]?.text ?? '')) return -1;
  return finiteAfterComma(sentence, tokens, i + adverb);
}

/** The state asides, each as its words. */
export const STATE_ASIDE_WORDS: readonly (readonly string[])[] = STATE_ASIDES.split(' ').map(
  (phrase) => phrase.split('_'),
);

/**
 * How many words the state an aside opens with at `i` has ("open", "on view"), or 0: an aside
 * that tells a state without a verb ("The exhibition, open until Jan. 7, has drawn ...").
 */
export function stateAsideLength(tokens: readonly Token[], i: number): number {
  const found = STATE_ASIDE_WORDS.find((words) =>
    words.every((word, k) => tokens[i + k]?.text === word),
  );
  return found?.length ?? 0;
}

/**
 * "Xi Jinping", "Deng Xiaoping", "Beijing": inside a sentence, a capitalised word in -ing is a
 * name, not a participle; the sentence's first word may be either ("Speaking to reporters, ...",
 * "Boeing, the largest exporter, said ...").
 */
export function isNameInIng(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!;
  if (!looksLikeNameInIng(word.text)) return false;
  if (i > 0) return true;
  // first in its sentence, a name when a comma or a finite verb follows ("Boeing, the largest
  // exporter, said", "Beijing imposed tariffs"), unlike "Speaking to reporters"
  const next = tokens[1];
  return next !== undefined && (next.start - word.end > 1 || FINITE_FORMS.has(verbForm(next.text)));
}

/**
 * Whether a sentence's first words are a subject qualified by a word in -ing, then its own verb:
 * one that is no participle, or one with an object ("Waiting times rose in November", "Waiting
 * times in A&E were the worst", "Rising prices pushed inflation to 4%"); no fronted phrase, whose
 * second word is a preposition or a determiner ("Speaking to reporters", "Following the vote"),
 * or which has no verb but a participle or a relative's ("Citing data released on Friday",
 * "Citing figures that showed a rise"). Words as written, up to the first comma.
 */
export function opensWithIngSubject(words: readonly string[]): boolean {
  const [first = '', second = ''] = words;
  const lower = second.toLowerCase();
  if (verbForm(first) !== 'ing' || PREPOSITION_SET.has(lower) || DETERMINERS.has(lower))
    return false;
  for (let i = 2; i < Math.min(words.length, ING_SUBJECT_MAX_WORDS); i++) {
    const word = words[i]!;
    if (RELATIVE_PRONOUNS.test(word)) return false;
    // (a clause of the word in -ing, its "that" left out: "Fearing prices would rise", "Citing
    // concerns the plan was rushed", a determiner opening a noun phrase of its own)
    if (i === 2 && takesClause(first) && FINITE_FORMS.has(verbForm(word))) return false;
    if (DETERMINERS.has(word.toLowerCase()) && !PREPOSITION_SET.has(words[i - 1]!.toLowerCase()))
      return false;
    if (!FINITE_FORMS.has(verbForm(word))) continue;
    const next = words[i + 1] ?? '';
    return !mayBeParticiple(word) || (/^\p{Ll}/u.test(next) && !PREPOSITION_SET.has(next));
  }
  return false;
}

/** Words a subject qualified by a word in -ing is read for its verb ("Waiting times in A&E were"). */
const ING_SUBJECT_MAX_WORDS = 8;
const RELATIVE_PRONOUNS = /^(?:that|which|who|whose|whom)$/iu;

/** A capitalised word in -ing: a name ("Beijing", "Boeing") or a participle opening a sentence. */
export function looksLikeNameInIng(word: string): boolean {
  return /^\p{Lu}\p{Ll}+ing$/u.test(word);
}

const NO_DASHES: ReadonlySet<number> = new Set();

/** A spaced dash: one of two to four hyphens, an en dash or an em dash. */
const SPACED_DASH = /\s(?:-{2,4}|[–—])\s/gu;

/**
 * Where the dashes that come in pairs start (article offsets of the space before them): the
 * first and second dash of a sentence enclose an aside, so do the third and fourth; an odd last
 * one stays a break.
 */
function dashPairs(sentence: Span & { text: string }): ReadonlySet<number> {
  // most sentences have no dash: nothing to search for then
  const { text } = sentence;
  if (!text.includes('--') && !text.includes('–') && !text.includes('—')) return NO_DASHES;
  const starts = [...sentence.text.matchAll(SPACED_DASH)].map((m) => sentence.start + m.index);
  return new Set(starts.slice(0, starts.length - (starts.length % 2)));
}

/**
 * Where the main clause resumes after an aside that opens at word `i` after the first dash of a
 * pair: the word after the second dash, when a finite verb; -1 otherwise.
 */
function verbAfterDashes(
  tokens: readonly Token[],
  i: number,
  pairedDashes: ReadonlySet<number>,
): number {
  const starts = [...pairedDashes].sort((a, b) => a - b);
  const at = starts.indexOf(tokens[i - 1]!.end);
  if (at < 0 || at % 2 === 1) return -1;
  const close = starts[at + 1]!;
  const j = tokens.findIndex((t) => t.start > close);
  return j > i && FINITE_FORMS.has(verbForm(tokens[j]!.text)) ? j : -1;
}

/** Words after which a finite form still belongs to the relative ("who was killed", "and were"). */
const CHAINING = new Set([...wordSet(AUXILIARIES_CHAIN, { lower: true })]);

/**
 * "the number of doctors who performed abortions declined": a relative without commas followed,
 * before any comma, by another finite verb is part of the subject of that verb; it is no clause
 * of its own (cutting it would leave "declined" without a subject).
 */
function insideSubject(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
): boolean {
  for (let j = i + 2; j < Math.min(tokens.length, i + 9); j++) {
    if (gapBefore(sentence, tokens, j) !== ' ') return false;
    // a finite form after the relative's own verb is the verb of the clause around it
    if (!FINITE_FORMS.has(verbForm(tokens[j]!.text))) continue;
    const previous = tokens[j - 1]!.text.toLowerCase();
    // "who was badly wounded": an adverb inside the relative's verb group
    if (CHAINING.has(previous) || isLyAdverb(previous)) continue;
    return true;
  }
  return false;
}

/** Words between a relative's date and the verb after the relative, at most ("in Leeds"). */
const MAX_AFTER_RELATIVE_DATE = 4;
/** Words a relative inside the subject is read for the verb after it. */
const MAX_DATED_RELATIVE = 24;

/**
 * Where the main clause resumes after a relative opening at `tokens[i]`: after the closing comma
 * of an apposition ("Smith, the coach that the club hired in 2019, left"), else at the finite verb
 * after the relative's own date (verbAfterDatedRelative()); -1 when it does not.
 */
function mainVerbAfterRelative(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
  dates: readonly Span[],
  appositive: boolean,
): number {
  return appositive
    ? finiteAfterComma(sentence, tokens, i)
    : verbAfterDatedRelative(sentence, tokens, i, dates);
}

/** Words that join two dates into one run of a relative's dates ("the 1980s and 1990s"). */
const DATE_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'to']);

/**
 * Where the main clause resumes after a relative without commas inside the subject, when the
 * relative ends with a date of its own: "The man who was arrested on Tuesday | will appear in
 * court on Friday", "The company that filed for bankruptcy in March | said on Monday ...". The
 * date ends the relative (the verb right after it, or after a place or a phrase of a
 * preposition, is the clause's around it): each verb has its own date, and a title of the
 * relative's ("The man was arrested") and of the main clause. -1 when the relative has no date
 * right before such a finite verb ("the number of doctors who performed abortions declined"
 * stays whole, as insideSubject() says).
 */
function verbAfterDatedRelative(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
  dates: readonly Span[],
  contact = false,
): number {
  // (a date before the relative is the main clause's, "On Monday the woman who was injured on
  // Sunday died": its clause would keep it from its verb; unless it is fronted before the
  // subject, no verb before it, and so the main clause's own date: "On Monday the dog they lost
  // in May | came home")
  if (dates.length === 0) return -1;
  const fronted = endsBefore(dates, tokens[i]!.start);
  if (fronted && !frontedDate(tokens, i, dates)) return -1;
  let ownVerb = false;
  let dateEnd = -1;
  let dateRuns = 0;
  let bounded = false;
  for (let j = i + 1; j < Math.min(tokens.length, i + MAX_DATED_RELATIVE); j++) {
    const token = tokens[j]!;
    // (a figure's comma or point is no break: "stole more than 40,000 pounds")
    const gap = gapBefore(sentence, tokens, j);
    if (gap !== ' ' && gap !== ',' && gap !== '.') return -1;
    if (dates.some((d) => d.start <= token.start && token.end <= d.end)) {
      // ("Anyone who bought a ticket before March 1 will get a refund": a bound is no day of
      // the relative's act, which splits off only beside a date of the main clause's own)
      if (dateEnd !== j - 1) {
        bounded = BOUND_BEFORE_DATE.has(tokens[j - 1]!.text.toLowerCase());
        // (dates joined by "and" are one run: "aroused in the 1980s and early 1990s | remains")
        if (!(dateRuns === 1 && dateEnd === j - 2 && DATE_JOINERS.has(tokens[j - 1]!.text))) {
          dateRuns++;
        }
      }
      dateEnd = j;
      continue;
    }
    // ("Little of the vitriol that the issue aroused in the 1990s | remains": a verb in -s right
    // after the relative's date is the main clause's present; not after a second date, past the
    // main verb already: "the law that lawmakers passed in 2015 requires yearly | audits")
    const form = verbForm(token.text);
    // (a timetable phrase whose verb reads as a participle too: "The measures the council
    // approved in June | come into force on Monday", "run out")
    if (
      (form === null || form === 'base' || timetablePhraseLength(tokens, j) > 1) &&
      ownVerb &&
      dateEnd === j - 1 &&
      dateRuns === 1 &&
      !bounded &&
      (presentAfterDate(sentence, tokens, j, dates) ||
        presentWithOwnDate(sentence, tokens, i, j, dates))
    )
      return j;
    if (!FINITE_FORMS.has(form)) continue;
    // ("the man who police said | fled in May surrendered": a saying right after the pronoun
    // and its subject is an aside, and the verb after it the relative's own)
    if (!ownVerb && sayingInRelative(sentence, tokens, i, j)) continue;
    // the relative's own verb group ("who was badly wounded", "that Moscow annexed"; not "in
    // May will", whose month is no modal)
    const previous = tokens[j - 1]!.text.toLowerCase();
    const chained = dateEnd !== j - 1 && (CHAINING.has(previous) || isLyAdverb(previous));
    if (!ownVerb || chained) {
      ownVerb = true;
      continue;
    }
    if (dateEnd < 0 || !onlyPlaceAfterDate(tokens, dateEnd + 1, j)) return -1;
    // ("The people who voted on Tuesday were mostly young", "Fans who arrived on Saturday found
    // the stadium closed": a past main clause with no date of its own is told of the relative's
    // time, or is a state of its subject, not an act of the publication's day; "The man who was
    // arrested on Tuesday has been charged" is today's news)
    const ownDate = fronted || dates.some((d) => d.start >= token.start);
    if (ownDate) return j;
    // ("The firm that police raided on Monday said it had done nothing wrong": a saying is an
    // act of its own, not of the relative's day)
    if (PAST_FORMS.has(form ?? '') && isReportingVerb(token.text) && !bounded) return j;
    // ("The dog they lost in May came home": the main clause's act is no act of a relative
    // without its pronoun, whose subject is another than the main clause's)
    if (contact && !bounded) return j;
    return bounded || PAST_FORMS.has(form ?? '') ? -1 : j;
  }
  return -1;
}

/** Words a saying's subject may have inside a relative ("police", "the police"). */
const MAX_SAYING_SUBJECT = 2;

/**
 * Whether the past saying at `j`, inside the relative opened by the pronoun at `i`, is an aside
 * told without commas: its subject, a word or two and no verb, follows the pronoun, and a finite
 * verb follows the saying ("who police said fled", "who officials believe stole").
 */
function sayingInRelative(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
  j: number,
): boolean {
  const said = tokens[j];
  if (!said || j - i < 2 || j - i > MAX_SAYING_SUBJECT + 1) return false;
  if (!PAST_FORMS.has(verbForm(said.text) ?? '') || !isReportingVerb(said.text)) return false;
  for (let k = i + 1; k < j; k++) if (isVerbish(tokens[k]!.text)) return false;
  const next = tokens[j + 1];
  return (
    next !== undefined &&
    gapBefore(sentence, tokens, j + 1) === ' ' &&
    FINITE_FORMS.has(verbForm(next.text))
  );
}

/** Whether the relative opened by the pronoun at `i` opens with a saying aside ("who police said fled"). */
function opensWithSaying(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
): boolean {
  for (let j = i + 2; j <= i + 1 + MAX_SAYING_SUBJECT; j++)
    if (sayingInRelative(sentence, tokens, i, j)) return true;
  return false;
}

/**
 * Whether the dates before word `i` stand in front of the sentence's subject: no verb comes
 * before `i` ("On Monday the dog they lost in May came home"; not "Police said on Monday the
 * dog ..."), and each opens the sentence.
 */
function frontedDate(tokens: readonly Token[], i: number, dates: readonly Span[]): boolean {
  for (let j = 0; j < i; j++) if (FINITE_FORMS.has(verbForm(tokens[j]!.text))) return false;
  // (the date opens the sentence, alone or after its preposition: "Sales in the half that
  // ended in June fell" names a period in its subject, no date of the main clause)
  const second = tokens[1]?.start ?? Infinity;
  for (const d of dates) if (d.end <= tokens[i]!.start && d.start > second) return false;
  return true;
}

/**
 * Whether the word in -s at `j`, right after a date, reads as a present verb: followed by a
 * comma, the sentence's end or a preposition ("aroused in the 1990s | remains, residents said"),
 * and the date is no noun's qualifier, which a determiner before it marks ("led the 1992 |
 * protests in Buffalo": a noun).
 */
function presentAfterDate(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  j: number,
  dates: readonly Span[],
): boolean {
  const token = tokens[j]!;
  if (!isPresentAfterSubject(token.text)) return false;
  const date = dates.find((d) => d.end <= token.start && d.end >= tokens[j - 1]!.end);
  if (!date) return false;
  const before = sentence.text.slice(
    Math.max(0, date.start - sentence.start - 8),
    date.start - sentence.start,
  );
  // (but a decade takes "the" of its own: "in the 1990s | remains")
  const decade = /\d0['’]?s$/u.test(
    sentence.text.slice(date.start - sentence.start, date.end - sentence.start),
  );
  if (!decade && /(?:^|\s)(?:the|a|an|its|their|his|her|our|this|that)\s+$/iu.test(before))
    return false;
  const next = tokens[j + 1];
  if (!next) return true;
  const gap = gapBefore(sentence, tokens, j + 1);
  return gap.includes(',') || PREPOSITION_SET.has(next.text.toLowerCase());
}

/** Words a present verb after a relative's date may stand before its own date ("plays Lorem on"). */
const MAX_BEFORE_OWN_DATE = 4;

/**
 * Whether the word at `j`, right after the date of a relative opened at `i`, is the main clause's
 * present verb with a date of its own a few words on, before any break: one in -s ("The team that
 * won the cup in 2019 | plays Lorem on Sunday"), or a plural's bare verb after a plural noun
 * right before its date's preposition ("The rules that the council adopted in March | apply from
 * Monday"; hasVerb() knows no other bare verb, and "take effect on Monday" would be glued back to
 * the relative). Made-up examples.
 */
function presentWithOwnDate(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
  j: number,
  dates: readonly Span[],
): boolean {
  const word = tokens[j]!.text;
  if (!/^\p{Ll}+$/u.test(word) || FUNCTION_WORDS.has(word)) return false;
  // ("take effect on Monday": a phrase's words come before the preposition)
  const after = j + timetablePhraseLength(tokens, j);
  const present =
    isPresentAfterSubject(word) ||
    (looksPlural(tokens[i - 1]?.text ?? '') &&
      !word.endsWith('s') &&
      PREPOSITION_SET.has(tokens[after]?.text.toLowerCase() ?? '') &&
      startsAt(dates, tokens[after + 1]?.start ?? -1));
  if (!present) return false;
  // (the relative's date after a preposition, an adverbial: "that posted 2019 earnings on
  // Monday" has a year of a noun)
  const date = dates.find((d) => d.end <= tokens[j]!.start && d.end >= tokens[j - 1]!.end);
  let d = j - 1;
  while (d > i && date !== undefined && tokens[d]!.start > date.start) d--;
  if (!PREPOSITION_SET.has(tokens[d - 1]?.text.toLowerCase() ?? '')) return false;
  for (let k = j + 1; k < Math.min(tokens.length, j + 1 + MAX_BEFORE_OWN_DATE); k++) {
    if (gapBefore(sentence, tokens, k) !== ' ') return false;
    // (after its preposition: "requires yearly audits" has no day of its own)
    if (dates.some((d) => d.start === tokens[k]!.start))
      return PREPOSITION_SET.has(tokens[k - 1]!.text.toLowerCase());
  }
  return false;
}

const NAMING = wordSet(NAMING_PARTICIPLES, { lower: true });
const OBJECT_COMPLEMENT = wordSet(OBJECT_COMPLEMENT_VERBS, { lower: true });
/** Words a reduced relative's participle is read for its date ("first described in 1998"). */
const MAX_REDUCED_RELATIVE = 8;
/** Prepositions that put a reduced relative's act at its date ("built in 1890", "on May 2"). */
const AT_DATE = new Set(['in', 'on', 'at', 'during']);

/**
 * Whether token `i` (an adverb such as "first", or the participle itself) opens a reduced
 * relative on the main clause's object right before it, with a date of its own: "Scientists
 * confirmed on Monday a particle first described in 1998".
 *
 * Told so only where the date cannot be the main clause's: when the main clause has a date of
 * its own before the noun, or an adverb marks the participle ("The team found an orchid last
 * seen in the wild in 1931"; "The band released an album recorded in Berlin in 2019" may be the
 * release's year and stays whole). Inside the subject one is left whole ("The Canadian warrant
 * issued Monday charged Kopp": the resumed verb's subject would not be put back). `from`: where
 * the clause the noun is in begins.
 */
function opensReducedRelative(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
  dates: readonly Span[],
  from: number,
): boolean {
  if (dates.length === 0) return false;
  const adverb = BEFORE_PARTICIPLE.has(tokens[i]!.text) ? 1 : 0;
  const p = i + adverb;
  const participle = tokens[p]?.text ?? '';
  const after = tokens[p + 1];
  // a participle in lower case, without an object: a preposition or the date follows
  if (!after || !/^\p{Ll}+$/u.test(participle) || !mayBeParticiple(participle)) return false;
  // (nor a saying's verb, unless an adverb marks it: ", FBI officials said Monday"; "a particle
  // first described in 1998")
  if (NAMING.has(participle) || (!adverb && isReportingVerb(participle))) return false;
  if (isAdjectiveBeforeNoun(participle, after.text)) return false;
  if (!PREPOSITION_SET.has(after.text.toLowerCase()) && !startsAt(dates, after.start)) return false;
  if (adverb && gapBefore(sentence, tokens, p) !== ' ') return false;
  // the noun right before: a word of a name or a noun, no function word, verb or date
  const noun = tokens[i - 1]!;
  const lower = noun.text.toLowerCase();
  if (
    !/^\p{L}[\p{L}'’-]*$/u.test(noun.text) ||
    FUNCTION_WORDS.has(lower) ||
    SUBJECT_PRONOUN_SET.has(lower) ||
    isVerbish(noun.text) ||
    dates.some((d) => d.start <= noun.start && noun.end <= d.end)
  )
    return false;
  // the date: after the participle, put at by a preposition (or right after it), before any
  // break or other verb
  let date: Span | undefined;
  for (let j = p + 1; j < Math.min(tokens.length, p + MAX_REDUCED_RELATIVE); j++) {
    if (gapBefore(sentence, tokens, j) !== ' ') return false;
    const t = tokens[j]!;
    date = dates.find((d) => d.start === t.start);
    if (date) {
      if (j > p + 1 && !AT_DATE.has(tokens[j - 1]!.text.toLowerCase())) return false;
      // ("figures released April 3 by NPD Group": a passive with its doer is titled from the
      // doer, "NPD Group released figures", as a whole)
      const end = date.end;
      const following = tokens.find((k) => k.start > end);
      if (following?.text === 'by') return false;
      // ("Officials said Monday a bridge first built in 1890 collapsed": a verb after the date
      // has the noun for its subject; the participle is inside that subject, left whole)
      if (following && following.start === end + 1 && FINITE_FORMS.has(verbForm(following.text)))
        return false;
      break;
    }
    // (a doer before the date is the relative's only when an adverb marks the participle: "a
    // plan first proposed by the mayor in 2019")
    if ((t.text === 'by' && !adverb) || FINITE_FORMS.has(verbForm(t.text))) return false;
  }
  if (!date) return false;
  // the main clause's verb before the noun, since the clause began: the noun is its object
  let verb = -1;
  for (let j = i - 2; j >= 0 && tokens[j]!.start >= from; j--) {
    if (FINITE_FORMS.has(verbForm(tokens[j]!.text))) {
      verb = j;
      break;
    }
  }
  // (inside the subject, a reduced relative is left whole: "The Canadian warrant issued Monday
  // charged Kopp" would lose the resumed verb's subject)
  if (verb < 0) return false;
  // (the noun in the verb's own stretch, no comma between: ", preliminary results showed on
  // Monday" is an attribution, ", with more cancellations expected Wednesday" a phrase of its own)
  for (let j = verb + 1; j < i; j++) if (gapBefore(sentence, tokens, j) !== ' ') return false;
  const main = tokens[verb]!.text.toLowerCase();
  // ("She had her car repaired in 2019": the participle completes the verb's object)
  if (!adverb && OBJECT_COMPLEMENT.has(main)) return false;
  // ("The company said on Monday revenue increased in 2025": after a verb of saying, a noun and
  // a past is what was said; only an indefinite noun and a marked participle is its object)
  if (takesClause(main) && !(adverb && indefiniteBefore(tokens, verb, i - 1))) return false;
  // (the main clause's own date, before the noun: "confirmed on Monday a particle")
  const ownDate = dates.some((d) => d.start >= from && d.end <= noun.start);
  return ownDate || adverb === 1;
}

/**
 * Where the main clause's verb resumes after a reduced relative inside its subject that token
 * `i` opens ("A bridge [built in 1890] reopened on Tuesday"), or -1. The participle follows its
 * noun with no verb before it since the clause began; its date follows it, put at by a
 * preposition or right after it; then a finite verb with a date of its own after it ("The
 * Canadian warrant issued Monday charged Kopp" has none, and stays whole).
 */
function subjectReducedRelative(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
  dates: readonly Span[],
  from: number,
): number {
  if (dates.length < 2) return -1;
  const adverb = BEFORE_PARTICIPLE.has(tokens[i]!.text) ? 1 : 0;
  const p = i + adverb;
  const participle = tokens[p]?.text ?? '';
  if (!/^\p{Ll}+$/u.test(participle) || !mayBeParticiple(participle)) return -1;
  // (a reporting verb's past is its saying, "The spokesman said on Monday"; not its own
  // participle: "A letter written in 1862 sold on Monday")
  if (
    NAMING.has(participle) ||
    (!adverb && isReportingVerb(participle) && verbForm(participle) !== 'participle')
  )
    return -1;
  // (a past that takes no object is no passive: "Smith arrived on Monday wanted by police")
  if (INTRANSITIVE.has(participle)) return -1;
  const noun = tokens[i - 1];
  if (!noun || !/^\p{L}[\p{L}'’-]*$/u.test(noun.text)) return -1;
  const lower = noun.text.toLowerCase();
  // (a word in -ing after a determiner is a noun: "A painting stolen in 1990 was found")
  const ingNoun =
    verbForm(lower) === 'ing' && DETERMINERS.has(tokens[i - 2]?.text.toLowerCase() ?? '');
  if (
    FUNCTION_WORDS.has(lower) ||
    SUBJECT_PRONOUN_SET.has(lower) ||
    (isVerbish(noun.text) && !ingNoun)
  )
    return -1;
  for (let j = i - 1; j >= 0 && tokens[j]!.start >= from; j--)
    if (FINITE_FORMS.has(verbForm(tokens[j]!.text))) return -1;
  // the participle's date: right after it, or after a preposition of time
  let at = p + 1;
  if (AT_DATE.has(tokens[at]?.text.toLowerCase() ?? '')) at++;
  const date = dates.find((d) => d.start === tokens[at]?.start);
  if (!date || gapBefore(sentence, tokens, p + 1) !== ' ') return -1;
  // the verb right after the date ("Shares of Acme plunged on Thursday after the retailer cut"
  // is a past and its clause, no participle)
  let k = at;
  while (k < tokens.length && tokens[k]!.end <= date.end) k++;
  const verb = tokens[k];
  if (!verb || gapBefore(sentence, tokens, k) !== ' ') return -1;
  if (!FINITE_FORMS.has(verbForm(verb.text))) return -1;
  // its own date, before a break ("Cars sold in April rose 12 percent, the industry group said
  // on Monday": the saying's date is none of the rise's)
  const own = dates.find((d) => d.start > verb.start);
  const stop = sentence.text.slice(verb.end - sentence.start).search(/[,;:]/u);
  return own && (stop < 0 || own.start < verb.end + stop) ? k : -1;
}

/** Whether "a" or "an" stands between tokens `from` and `to` (an indefinite object). */
function indefiniteBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (/^an?$/iu.test(tokens[j]!.text)) return true;
  return false;
}

/** Words before a date that make it a bound of the act, not its time ("before March 1"). */
const BOUND_BEFORE_DATE = new Set([...PREPOSITIONAL, 'by']);

/** Forms of a verb told in the past, as a main clause's after a dated relative. */
const PAST_FORMS = new Set(['past', 'past-aux']);

/**
 * Whether the words from `from` up to `to` (after a relative's date, before the verb after the
 * relative) are none, or a phrase of a preposition without a verb or a pronoun ("in Leeds").
 */
function onlyPlaceAfterDate(tokens: readonly Token[], from: number, to: number): boolean {
  if (from === to) return true;
  if (to - from > MAX_AFTER_RELATIVE_DATE) return false;
  if (!PREPOSITION_SET.has(tokens[from]!.text.toLowerCase())) return false;
  for (let k = from + 1; k < to; k++) {
    const word = tokens[k]!.text;
    if (isVerbish(word) || SUBJECT_PRONOUN_SET.has(word.toLowerCase())) return false;
  }
  return true;
}

/** A quotation mark: inside a quotation, an aside's end is left to the quotation. */
const QUOTE_BEFORE = /["“”]|``|''/u;

/** Whether a word is an adverb an aside's participle may follow ("first", "originally"). */
export function isAsideAdverb(word: string): boolean {
  const lower = word.toLowerCase();
  return ASIDE_ADVERB_SET.has(lower) || isLyAdverb(lower);
}

/** "badly", "originally": a word in -ly of more than four letters ("fly", "only" are not). */
export function isLyAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ly');
}

/**
 * The first word after a comma later than `i` when it is a finite verb, or an adverb before one
 * ("..., now goes to the president"); -1 when there is none.
 */
function finiteAfterComma(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
): number {
  for (let j = i + 1; j < tokens.length; j++) {
    const gap = gapBefore(sentence, tokens, j);
    if (!gap.includes(',') || /^\d/u.test(tokens[j]!.text)) continue; // "February 24, 1955"
    const adverb = isResumingAdverb(tokens[j]!.text) ? 1 : 0;
    const verb = tokens[j + adverb];
    if (!verb) return -1;
    const resumed = verbForm(verb.text);
    // "The lawsuit, filed in March, argues ...": a verb in -s, when no verb follows it
    // ("..., lawyers say" is a plural and its verb)
    if (
      (resumed === null || resumed === 'present') &&
      isPresentAfterSubject(verb.text) &&
      !isVerbish(tokens[j + adverb + 1]?.text ?? '') &&
      !QUOTE_BEFORE.test(sentence.text.slice(0, verb.start - sentence.start))
    )
      return j;
    if (FINITE_FORMS.has(resumed)) return j;
    // "The Dodgers, who last won ..., open the playoffs": a plural's verb in its base form,
    // known by the object it takes
    return adverb === 0 && resumed === null && isBareVerbBeforeObject(tokens, j) ? j : -1;
  }
  return -1;
}

const NOT_VERBS_BEFORE_OBJECT = wordSet(NOT_BARE_VERBS, { lower: true });

function isBareVerbBeforeObject(tokens: readonly Token[], j: number): boolean {
  return isBareVerbBefore(tokens[j]!.text, tokens[j + 1]?.text ?? '');
}

/**
 * Whether a lower-case word that is no function word stands before a determiner, as a verb
 * before its object: where a subject is known to end ("The Dodgers, who ..., open the playoffs").
 */
export function isBareVerbBefore(word: string, next: string): boolean {
  return (
    /^\p{Ll}+$/u.test(word) &&
    !FUNCTION_WORDS.has(word) &&
    !OPENERS.has(word) &&
    !NOT_VERBS_BEFORE_OBJECT.has(word) &&
    !isLyAdverb(word) &&
    /^(?:the|a|an|its|their|his|her|our)$/u.test(next)
  );
}

/** Words from the subject to an appositive's article, at most ("Jane Doe, a ..."). */
const MAX_APPOSITIVE_START = 6;

/**
 * Whether token `i` stands in an appositive after the subject, opened by a comma and an article,
 * with no finite verb before it: "Jane Doe, a climate scientist whose research ..., died". The
 * subject opens the sentence, or what was said ("Police said that Tom Reyes, the man who shot Ann
 * Holt, was arrested", "said on Tuesday Tom Reyes, the man who ...": was cut at "the man").
 */
function inAppositive(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
): boolean {
  // (an adjective in -ing is no verb: "a pioneering scientist")
  const finite = (t: Token): boolean => FINITE_FORMS.has(verbForm(t.text));
  let article = -1;
  for (let j = i - 1; j > 0 && article < 0; j--) {
    if (finite(tokens[j]!)) return false;
    if (gapBefore(sentence, tokens, j).includes(',') && /^(?:a|an|the)$/u.test(tokens[j]!.text))
      article = j;
  }
  if (article < 0) return false;
  for (let k = article - 1; k >= Math.max(0, article - MAX_APPOSITIVE_START); k--) {
    const word = tokens[k]!.text;
    // (past a saying verb, the apposition stands in what was said only when that goes on with
    // its verb after the closing comma: "Officials told Tom Reyes, the man who runs the shelter,
    // that it would close" names whom they told)
    if (word === 'that' || isReportingVerb(word))
      return k < article - 1 && finiteAfterComma(sentence, tokens, i) > 0;
    if (finite(tokens[k]!)) return false;
    if (k === 0) return true;
  }
  return false;
}

/** Whether a lower-case word is an adverb a resumed clause may open with ("now", "last"). */
export function isResumingAdverb(word: string): boolean {
  return /^\p{Ll}/u.test(word) && (RESUMING_ADVERB_SET.has(word) || isAsideAdverb(word));
}

/** Whether the comma before the word at `i` separates a number's thousands ("2,500"). */
function inNumber(sentence: Span & { text: string }, tokens: readonly Token[], i: number): boolean {
  return (
    gapBefore(sentence, tokens, i) === ',' &&
    /\d$/u.test(tokens[i - 1]?.text ?? '') &&
    /^\d{3}\b/u.test(tokens[i]!.text)
  );
}

/** Where the main clause starts after a fronted subordinate clause: after its first comma past a verb. */
function mainAfterFronted(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  dates: readonly Span[] = [],
): number | null {
  // (a comma inside a date is none of the clause's: "If the deal has not closed by Jan. 20, 2027,";
  // nor is one inside a number: "When the firm paid 2,500 workers in 2019,")
  const hasComma = (i: number): boolean =>
    gapBefore(sentence, tokens, i).includes(',') &&
    !inNumber(sentence, tokens, i) &&
    !dates.some((d) => d.start < tokens[i]!.start && tokens[i]!.start < d.end);
  let verb = false;
  let firstComma = true;
  for (let i = 1; i < tokens.length; i++) {
    if (hasComma(i)) {
      if (verb) return afterRelativeAside(tokens, i, hasComma) ?? tokens[i]!.start;
      // "Even before the killing, Schumer was ...": a fronted phrase without a verb ends at its
      // comma, when a verb follows before the next one (not "When Jobs, the CEO, introduced")
      if (firstComma && !OPENERS.has(tokens[i]!.text.toLowerCase())) {
        for (let j = i; j < tokens.length && (j === i || !hasComma(j)); j++)
          if (isVerbish(tokens[j]!.text)) return tokens[i]!.start;
      }
      // ("Before the summit, which opens March 25, diplomats met": past a relative aside on
      // the phrase's noun, when a subject, no verb of the phrase's, follows it; not "Because the
      // plant, which opened in 1990, was old,")
      const resumed = firstComma ? afterRelativeAside(tokens, i, hasComma) : null;
      const at = tokens.findIndex((t) => t.start === resumed);
      if (at > 0 && !resumesWithVerb(tokens.slice(at, at + 2).map((t) => t.text))) return resumed;
      firstComma = false;
      // ("Because the plant, which opened in 1990, was old, the city ...": the aside's verb is
      // none of the phrase's, which goes on after it with its own)
      if (at > 0) {
        i = at;
        verb = false;
      }
    }
    if (isVerbish(tokens[i]!.text) || PRESENT_ONLY.has(tokens[i]!.text.toLowerCase())) verb = true;
  }
  return null;
}

const PRESENT_ONLY = wordSet(PRESENT_ONLY_VERBS, { lower: true });

/**
 * Where a fronted clause goes on with its own verb after a relative aside at its first comma
 * ("Because the plant, which opened in 1990, | was old,"), or null.
 */
function resumedAfterAside(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  dates: readonly Span[],
): number | null {
  const hasComma = (i: number): boolean =>
    gapBefore(sentence, tokens, i).includes(',') &&
    !inNumber(sentence, tokens, i) &&
    !dates.some((d) => d.start < tokens[i]!.start && tokens[i]!.start < d.end);
  for (let i = 1; i < tokens.length; i++) {
    if (!hasComma(i)) continue;
    const resumed = afterRelativeAside(tokens, i, hasComma);
    const at = tokens.findIndex((t) => t.start === resumed);
    return at > 0 && resumesWithVerb(tokens.slice(at, at + 2).map((t) => t.text)) ? resumed : null;
  }
  return null;
}

/**
 * Where the main clause starts after a fronted prepositional phrase and a relative aside on its
 * noun ("In the election, which was held on Sunday, | the party won"): after the aside's closing
 * comma, when no verb of the phrase's follows it. Null when the phrase's first comma opens no
 * "which" or "who", or a verb comes before it ("In 2019 the firm, which ...").
 */
function mainAfterPhraseAside(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  dates: readonly Span[],
): number | null {
  const hasComma = (i: number): boolean =>
    gapBefore(sentence, tokens, i).includes(',') &&
    !inNumber(sentence, tokens, i) &&
    !dates.some((d) => d.start < tokens[i]!.start && tokens[i]!.start < d.end);
  for (let i = 1; i < tokens.length; i++) {
    if (hasComma(i)) {
      const resumed = afterRelativeAside(tokens, i, hasComma);
      const at = tokens.findIndex((t) => t.start === resumed);
      const rest = tokens.slice(at, at + 2).map((t) => t.text);
      return at > 0 && !resumesWithVerb(rest) ? resumed : null;
    }
    if (isVerbish(tokens[i]!.text)) return null;
  }
  return null;
}

/**
 * Where the main clause begins after a relative aside on a fronted clause's last noun: "After
 * voting, which ended Friday, officials counted ballots" goes on at "officials", the word after
 * the comma that closes the relative's verb. Null when the comma at `i` opens no "which" or
 * "who", or no comma closes it.
 */
function afterRelativeAside(
  tokens: readonly Token[],
  i: number,
  hasComma: (i: number) => boolean,
): number | null {
  if (!/^(?:which|who)$/u.test(tokens[i]!.text)) return null;
  let verb = false;
  for (let j = i + 1; j < tokens.length; j++) {
    if (hasComma(j)) return verb ? tokens[j]!.start : null;
    // (a word in -s right after the pronoun is its verb: "which opens")
    if (isVerbish(tokens[j]!.text) || (j === i + 1 && isPresentAfterSubject(tokens[j]!.text)))
      verb = true;
  }
  return null;
}

/** Words a saying set off after a relative pronoun has at most ("union leaders said"). */
const MAX_SAYING_ASIDE_WORDS = 4;

/**
 * The word after a saying set off by commas right after the relative pronoun at `i` ("which,
 * officials said, ended": "ended"), or `i` when none follows it.
 */
function afterSayingAside(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
): number {
  if (i + 1 >= tokens.length || !gapBefore(sentence, tokens, i + 1).includes(',')) return i;
  for (let j = i + 2; j < tokens.length && j <= i + MAX_SAYING_ASIDE_WORDS; j++) {
    if (!gapBefore(sentence, tokens, j).includes(',')) continue;
    const said = tokens[j - 1]!.text;
    return /^\p{Ll}/u.test(said) && isReportingVerb(said) && j + 1 < tokens.length ? j : i;
  }
  return i;
}

/**
 * Whether a sentence opens with a past participle and its preposition or agent ("Born in",
 * "Elected in 2004", "Founded by"), not an adjective before a noun ("Increased border checks").
 */
function opensWithParticiple(tokens: readonly Token[]): boolean {
  // ("Last seen in 2019, he was declared dead": an adverb may come first)
  const adverb = BEFORE_PARTICIPLE.has(tokens[0]?.text.toLowerCase() ?? '') ? 1 : 0;
  const [first, next] = tokens.slice(adverb);
  if (!first || !next || !(adverb ? /^\p{Ll}+$/u : /^\p{Lu}\p{Ll}+$/u).test(first.text))
    return false;
  if (adverb && !/^\p{Lu}\p{Ll}+$/u.test(tokens[0]!.text)) return false;
  const form = verbForm(first.text);
  return (
    (form === 'past' || form === 'participle') &&
    isPastOrParticiple(first.text) &&
    PARTICIPLE_PREPOSITIONS.has(next.text.toLowerCase())
  );
}

const PLACE_PART = new RegExp(PLACE_AFTER_COMMA, 'u');

/** Whether a word is a state after a town's comma ("Duluth, Minn.", "Buffalo, N.Y."). */
export function isPlacePart(word: string): boolean {
  return PLACE_PART.test(word);
}
const COMPLETED_PRONOUNS = wordSet(PRONOUNS_BEFORE_RELATIVE, { lower: true });

/**
 * Whether the relative at `tokens[i]` completes a pronoun before it ("those who", "anyone
 * who"), not after a preposition, and has no date before the next comma: it is the pronoun's,
 * not a clause of its own.
 */
function completesPronoun(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
  dates: readonly Span[],
): boolean {
  if (!COMPLETED_PRONOUNS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) return false;
  // (not after a preposition: "was among those who attended the ceremony at a church" is a
  // clause of its own, whose names are not the act's before it)
  if (PREPOSITION_SET.has(tokens[i - 2]?.text.toLowerCase() ?? '')) return false;
  const from = tokens[i]!.start;
  const comma = sentence.text.indexOf(',', from - sentence.start);
  const end = comma < 0 ? sentence.end : sentence.start + comma;
  const date = firstDateAfter(dates, from);
  return date === undefined || date.start >= end;
}

/** A country or a state after a town's comma: "Kenya", "Minn.", "Tanzania,". */
export function isPlaceAfterComma(word: string): boolean {
  return isCountry(word.replace(/,$/u, '')) || isPlacePart(word);
}

const NAME_JOINER_WORDS = wordSet(NAME_CONNECTORS, { lower: true });

/** The most words of one name in a list ("The United States", "Bank of America", "Dar es Salaam"). */
export const LISTED_NAME_MAX_WORDS = 4;

/** A word of a name in a list: capitalised, or a joiner inside one ("of", "es"). */
function isNameWord(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text) || NAME_JOINER_WORDS.has(token.text.toLowerCase());
}

/**
 * Whether ", and" at `tokens[i]` goes on a list of towns with their countries: a country (or
 * state) and its comma before it, and after it a name of up to four words, a comma, a country
 * and another comma ("in Nairobi, Kenya, and Dar es Salaam, Tanzania, ...").
 */
function nextPlaceOfList(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
): boolean {
  const before = tokens[i - 1];
  if (before === undefined || !isPlaceAfterComma(before.text)) return false;
  if (!gapBefore(sentence, tokens, i - 1).includes(',')) return false;
  let j = i + 1;
  while (j < tokens.length && j <= i + LISTED_NAME_MAX_WORDS && isNameWord(tokens[j]!)) {
    const country = tokens[j + 1];
    if (
      j > i &&
      /^\p{Lu}/u.test(tokens[j]!.text) &&
      country !== undefined &&
      gapBefore(sentence, tokens, j + 1).includes(',') &&
      isPlaceAfterComma(country.text) &&
      (j + 2 >= tokens.length || gapBefore(sentence, tokens, j + 2).includes(','))
    )
      return true;
    j++;
  }
  return false;
}

/** Pronouns that open a relative aside on a list of names ("Spain, Italy, and Greece, which ..."). */
const RELATIVE_ASIDE_OPENERS: ReadonlySet<string> = new Set(['which', 'who']);

/**
 * Whether ", and" at `tokens[i]` closes a subject's list of names: from the sentence's start or
 * a "that", two or more names of capitalised words (and name joiners) set apart by commas, no
 * verb between, and after "and" one more name right before its finite verb ("The United States,
 * Britain, and France agreed", "said that Spain, Italy, and Greece would join"). Clauses with
 * verbs of their own ("Smith resigned, Jones was fired, and Brown quit") or a list after a
 * preposition ("rose in Texas, Ohio, and prices fell") are none.
 */
function lastNameOfSubjectList(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
): boolean {
  const gap = (j: number): string => gapBefore(sentence, tokens, j);
  // the names before: walking back, a comma ends each one
  let names = 0;
  let words = 0;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.text === 'that') break;
    // (a lowercase word, a verb among them, is no name)
    if (!isNameWord(t)) return false;
    if (++words > LISTED_NAME_MAX_WORDS) return false;
    const before = j > 0 ? gap(j) : ' ';
    if (before.trim() === ',') {
      names++;
      words = 0;
    } else if (before.trim() !== '') return false;
  }
  if (words > 0) names++;
  if (names < 2) return false;
  // the last name, then its verb
  for (let k = i + 1; k < tokens.length && k <= i + 1 + LISTED_NAME_MAX_WORDS; k++) {
    const named = k > i + 1 && /^\p{Lu}/u.test(tokens[k - 1]!.text);
    // ("Spain, Italy, and Greece, which joined in 2001, agreed": a relative aside on the list,
    // then the list's verb)
    if (named && gap(k).trim() === ',' && RELATIVE_ASIDE_OPENERS.has(tokens[k]!.text))
      return finiteAfterComma(sentence, tokens, k) > 0;
    if (gap(k).trim() !== '') return false;
    if (named) {
      const form = verbForm(tokens[k]!.text);
      if (/^\p{Ll}/u.test(tokens[k]!.text) && FINITE_FORMS.has(form)) return true;
    }
    if (!isNameWord(tokens[k]!)) return false;
  }
  return false;
}

const PARTICIPLE_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'by',
  'as',
  'during',
  'after',
  'from',
  'with',
]);

/**
 * Where the main clause starts after a fronted participle: at the first comma followed by a
 * subject (a capitalised word or a determiner) and a finite verb before the next comma; a comma
 * of a place name ("Duluth, Minn.,") is none.
 */
function mainAfterParticiple(
  sentence: Span & { text: string },
  tokens: readonly Token[],
): number | null {
  const hasComma = (i: number): boolean =>
    gapBefore(sentence, tokens, i).includes(',') && !inNumber(sentence, tokens, i);
  for (let i = 2; i < tokens.length; i++) {
    if (!hasComma(i) || isPlacePart(tokens[i]!.text)) continue;
    const word = tokens[i]!.text;
    // a name, "the" and a noun, a pronoun ("Born in 1927 in Plains, she married ..."), a
    // number ("Armed with knives, two men attacked ..."), or a noun right before its verb
    // ("Armed with a warrant, police searched the house"; not a saying set off by commas,
    // "Arrested in May, police said, the man ...")
    const lower = word.toLowerCase();
    if (
      !/^[\p{Lu}\d]/u.test(word) &&
      !DETERMINERS.has(lower) &&
      !SUBJECT_PRONOUN_SET.has(lower) &&
      !QUANTITY.has(lower) &&
      !nounBeforeItsVerb(tokens, i)
    )
      continue;
    // (a number of days or years is a distance in time, no subject: "Arrested in May, two days
    // after the attack was reported, the suspect confessed"; but a quantity of a thing is one,
    // "Released on Monday, three weeks of negotiations ended"; a distance "later" or "earlier"
    // is followed by the subject, "Injured in March, two months later[,] the player returned",
    // and opens the main clause, whose date it is, with a comma after it or not)
    if (isDistanceInTime(tokens, i)) {
      const after = tokens[i + 3];
      if (
        after &&
        DISTANCE_ENDS.has(tokens[i + 2]!.text.toLowerCase()) &&
        opensSubjectBeforeVerb(tokens, i + 3, hasComma)
      )
        return tokens[i]!.start;
      continue;
    }
    if (verbFollows(tokens, i, hasComma)) return tokens[i]!.start;
  }
  return null;
}

/** Words that close a distance in time before the clause it places ("two months later"). */
const DISTANCE_ENDS = new Set(['later', 'earlier']);

/**
 * Whether the number or quantity word at `i` opens a distance in time ("two days after", "two
 * months later"): a unit of time follows it, and no "of" after the unit ("three weeks of
 * negotiations" is a quantity of a thing).
 */
function isDistanceInTime(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.text;
  return (
    (/^\d/u.test(word) || QUANTITY.has(word.toLowerCase())) &&
    TIME_UNITS.has(tokens[i + 1]?.text.toLowerCase() ?? '') &&
    tokens[i + 2]?.text.toLowerCase() !== 'of'
  );
}

/** Whether the word at `i` may open a subject ("the player", "she", "Smith") its verb follows. */
function opensSubjectBeforeVerb(
  tokens: readonly Token[],
  i: number,
  hasComma: (i: number) => boolean,
): boolean {
  const lower = tokens[i]!.text.toLowerCase();
  return (
    (/^\p{Lu}/u.test(tokens[i]!.text) ||
      DETERMINERS.has(lower) ||
      SUBJECT_PRONOUN_SET.has(lower)) &&
    verbFollows(tokens, i, hasComma)
  );
}

/** Whether a finite verb follows word `i` before the next comma. */
function verbFollows(
  tokens: readonly Token[],
  i: number,
  hasComma: (i: number) => boolean,
): boolean {
  for (let j = i + 1; j < tokens.length && !hasComma(j); j++) {
    const form = verbForm(tokens[j]!.text);
    if (FINITE_FORMS.has(form) || isPresentVerbAt(tokens, j)) return true;
  }
  return false;
}

/**
 * Whether the word at `i` is a bare noun right before its finite verb ("police searched",
 * "soldiers were taken"): no verb itself nor a word of function, and the verb no saying.
 */
function nounBeforeItsVerb(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.text;
  const verb = tokens[i + 1]?.text ?? '';
  return (
    /^\p{Ll}+$/u.test(word) &&
    verbForm(word) === null &&
    !FUNCTION_WORDS.has(word) &&
    !NOT_VERBS_BEFORE_OBJECT.has(word) &&
    FINITE_FORMS.has(verbForm(verb)) &&
    !isReportingVerb(verb)
  );
}

/** How many words before a fronted subordinator only qualify it ("Even", "Two days", "Shortly"). */
function leadingAdverbs(tokens: readonly Token[]): number {
  for (let i = 0; i < Math.min(3, tokens.length); i++) {
    const word = tokens[i]!.text.toLowerCase();
    if (OPENERS.get(word)?.kind === 'subordinate') return i;
    if (!FRONTING_WORDS.has(word) && !/^\d+$/u.test(word)) return 0;
  }
  return 0;
}

const RECORD = new RegExp(COMPARISON.record, 'iu');
const ORDINAL = new RegExp(`^${COMPARISON.ordinal}$`, 'iu');

/** Whether a superlative or "first" comes shortly before word `i` in its clause. */
function recordBefore(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
): boolean {
  for (let j = i - 1; j >= Math.max(0, i - RECORD_REACH_WORDS); j--) {
    if (/[,;:]/u.test(gapBefore(sentence, tokens, j + 1))) return false;
    // ("at least three times since" counts, it sets no record)
    if (RECORD.test(tokens[j]!.text) && !/^at$/iu.test(tokens[j - 1]?.text ?? '')) return true;
    // ("the 14th since the dispute began": an ordinal after a determiner counts since a point)
    if (ORDINAL.test(`${tokens[j - 1]?.text ?? ''} ${tokens[j]!.text}`)) return true;
  }
  return false;
}

/** Words back from "since" a record word may stand ("the deadliest attack on civilians since"). */
const RECORD_REACH_WORDS = 6;

function cutAt(token: Token, word: string, opener: Opener): Cut {
  return { at: token.start, opener: word, kind: opener.kind, sharesTime: opener.sharesTime };
}

/**
 * "announced today that", "said in a memo that": a reporting verb shortly before "that", and a
 * subject after it ("the update that was released" is a relative clause: a verb follows).
 */
function followsReportingVerb(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || isVerbish(next.text)) return false;
  for (let j = i - 1; j >= Math.max(0, i - 7); j--) {
    const word = tokens[j]!.text;
    if (isReportingVerb(word) && word.toLowerCase() !== 'according') return true;
    if (j < i - 1 && isVerbish(word)) return false;
  }
  return false;
}

/**
 * Whether word `i` is a subject pronoun and its verb right after a reporting verb and maybe a
 * date ("said Tuesday it delivered", "told reporters he would"... not "said it"'s object).
 */
function saidWithoutThat(tokens: readonly Token[], i: number, dates: readonly Span[]): boolean {
  // ("it expects": after a pronoun, a word in -s is its verb)
  const next = tokens[i + 1]?.text ?? '';
  if (
    !SUBJECT_PRONOUN_SET.has(tokens[i]!.text) ||
    !(isVerbish(next) || isPresentAfterSubject(next))
  )
    return false;
  let j = i - 1;
  while (
    j > 0 &&
    (dates.some((d) => d.start <= tokens[j]!.start && tokens[j]!.end <= d.end) ||
      tokens[j]!.text === 'on')
  )
    j--;
  // only past a date: "said it delivered" is a reporting verb and its object too often
  if (j === i - 1) return false;
  const verb = tokens[j]!.text;
  return isReportingVerb(verb) && verbForm(verb) !== 'base' && verb.toLowerCase() !== 'according';
}

const SAID_BEFORE_CLAUSE = wordSet(SAID_BEFORE_A_CLAUSE);
/** Words a noun phrase of what was said opens with: "the", "its" ("said the company would"). */
const CLAUSE_DETERMINERS = wordSet(SAID_CLAUSE_DETERMINERS);
/** Words of a noun phrase, a name's or a possessive's ("Apple's", "U.S."). */
const NOUN_PHRASE_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u;
/** How many words a noun phrase of what was said may have before its verb. */
const SAID_SUBJECT_MAX_WORDS = 4;
/** Forms of a finite verb after that noun phrase ("moved", "had", "was"). */
// (not one still to come: "The ministry said the talks would resume in Geneva" is the news of
// the saying, which keeps who said it)
const SAID_CLAUSE_VERB_FORMS = new Set<string>(['past', 'past-aux']);

/**
 * Whether word `i` opens a clause said without "that" right after a reporting verb whose object
 * is what was said: a determiner or a capitalised word, a few words of a noun phrase, then a
 * past verb ("said Hale moved", "said the bridge was built"). Not a noun phrase with
 * no verb after it ("said a prayer for the victims"), nor one a preposition or a conjunction
 * breaks ("said the money and fled").
 */
function saidBeforeNounClause(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
  dates: readonly Span[],
): boolean {
  const verb = verbBeforeDate(tokens, i, dates);
  if (!SAID_BEFORE_CLAUSE.has(tokens[verb]?.text ?? '')) return false;
  // (past the saying's date, only what was said with a date of its own is cut off: "Castro said
  // on Friday his government told U.S. officials" stays the saying's news, with its actors)
  if (verb < i - 1 && !dates.some((d) => d.start > tokens[i]!.start)) return false;
  // ("said more than 4 billion songs had": the phrase is read from its number, a count's
  // determiner)
  const counted = numberOfCount(tokens, i);
  const at = counted >= 0 ? counted : i;
  const first = tokens[at]!.text;
  const determiner = counted >= 0 || CLAUSE_DETERMINERS.has(first.toLowerCase());
  // (past the saying's date, a bare noun opens what was said as well: "said on Monday revenue
  // increased"; right after "said" a bare noun is too often its object)
  const bare =
    verb < i - 1 &&
    /^\p{Ll}+$/u.test(first) &&
    verbForm(first) === null &&
    !FUNCTION_WORDS.has(first);
  if (
    !determiner &&
    !bare &&
    !(/^\p{Lu}\p{Ll}/u.test(first) && !FUNCTION_WORDS.has(first.toLowerCase()))
  )
    return false;
  if (SUBJECT_PRONOUN_SET.has(first.toLowerCase())) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 1 + SAID_SUBJECT_MAX_WORDS); k++) {
    const token = tokens[k]!;
    // (the words of the phrase one space apart: a comma or a quotation mark ends it)
    if (
      sentence.text.slice(tokens[k - 1]!.end - sentence.start, token.start - sentence.start) !== ' '
    )
      return false;
    const text = token.text;
    const form = verbForm(text);
    // (after a determiner, a noun first: "the embattled company would")
    if (form !== null && SAID_CLAUSE_VERB_FORMS.has(form) && (!determiner || k >= at + 2))
      return (
        !/^(?:be|been|being)$/iu.test(text) &&
        !PARTICIPLE_AFTER.has(tokens[k + 1]?.text.toLowerCase() ?? '') &&
        !(form === 'past' && finiteVerbAfter(sentence, tokens, k))
      );
    // (any other verb ends the phrase, but for an adjective right after a determiner: "said the
    // company would cut jobs" looks ahead, and so does "said Cuba has not prohibited")
    if (form !== null && form !== 'ing' && form !== 'participle' && !(determiner && k === at + 1))
      return false;
    // (a pronoun opens a clause of the noun's: "said the man she married in 2019 died"; what
    // was said only when the noun's own verb resumes after that relative's date: "Police said
    // the dog they lost in May | came home on Monday")
    if (SUBJECT_PRONOUN_SET.has(text.toLowerCase()))
      return (
        determiner &&
        verbForm(tokens[k + 1]?.text ?? '') === 'past' &&
        verbAfterDatedRelative(sentence, tokens, k, dates) > 0
      );
    if (!NOUN_PHRASE_WORD.test(text) || FUNCTION_WORDS.has(text.toLowerCase())) return false;
    if (CLAUSE_BREAKERS.has(text.toLowerCase())) return false;
  }
  return false;
}

/**
 * The token before word `i`, past a date right before it and the "on" of that date ("said on
 * Monday revenue increased" is read from "said").
 */
function verbBeforeDate(tokens: readonly Token[], i: number, dates: readonly Span[]): number {
  let j = i - 1;
  const date = dates.find((d) => d.end === tokens[j]?.end);
  if (!date) return j;
  while (j > 0 && tokens[j]!.start >= date.start) j--;
  return tokens[j]!.text === 'on' ? j - 1 : j;
}

/** How many words the source of "according to" may have before its comma. */
const SOURCE_MAX_WORDS = 6;

/**
 * Whether word `i` opens what was said with its source, right after a reporting verb: "NPD said
 * according to those figures, Apple sold 2 million phones" (an "according to" phrase a comma
 * closes, and a clause after it that opens with no conjunction). The title leaves the source out
 * as it does at the head of any sentence.
 */
function saidBeforeSource(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
): boolean {
  if (!SAID_BEFORE_CLAUSE.has(tokens[i - 1]!.text)) return false;
  if (tokens[i]!.text.toLowerCase() !== 'according' || tokens[i + 1]?.text.toLowerCase() !== 'to')
    return false;
  const last = Math.min(tokens.length - 1, i + 2 + SOURCE_MAX_WORDS);
  for (let k = i + 3; k <= last; k++) {
    const gap = sentence.text.slice(
      tokens[k - 1]!.end - sentence.start,
      tokens[k]!.start - sentence.start,
    );
    if (gap === ' ') continue;
    if (gap.trim() !== ',') return false;
    const next = tokens[k]!.text.toLowerCase();
    const opens =
      (!CLAUSE_BREAKERS.has(next) && !FUNCTION_WORDS.has(next)) || DETERMINERS.has(next);
    return opens && !commaBeforeVerb(sentence, tokens, k);
  }
  return false;
}

/**
 * Whether a comma closes the words from `k` before any verb: an aside, no clause ("He said
 * according to Smith, the mayor, the plan failed" and "according to witnesses, three of them,"
 * name the source further; made-up text).
 */
function commaBeforeVerb(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  k: number,
): boolean {
  for (let m = k; m < Math.min(tokens.length, k + 1 + SAID_SUBJECT_MAX_WORDS); m++) {
    if (m > k) {
      const gap = sentence.text.slice(
        tokens[m - 1]!.end - sentence.start,
        tokens[m]!.start - sentence.start,
      );
      if (gap.includes(',')) return true;
    }
    if (verbForm(tokens[m]!.text) !== null) return false;
  }
  return false;
}

const CLAUSE_BREAKERS = wordSet(SAID_CLAUSE_BREAKERS);
/** The words of each count opener ("more than"), lower case. */
const COUNT_OPENERS = [...wordSet(SAID_CLAUSE_COUNT_OPENERS, { lower: true })].map((p) =>
  p.split(' '),
);
/** A number as written in figures ("4", "1,200", "$3"). */
const FIGURE = /^[$€£¥]?\d/u;

/**
 * Where the number of a count at word `i` is ("4" in "more than 4 billion songs"), or -1 when no
 * count opens there. (Not a bare figure: "Police said 112 people had been arrested since Oct. 17"
 * stays one state that held up to the saying, and "said 18 people had died on Monday, bringing
 * the toll to 203 since the first case was confirmed on July 2" keeps the case's event, which a
 * cut there loses, as it does after "the".)
 */
function numberOfCount(tokens: readonly Token[], i: number): number {
  for (const words of COUNT_OPENERS) {
    const at = i + words.length;
    if (
      words.every((w, n) => tokens[i + n]?.text.toLowerCase() === w) &&
      FIGURE.test(tokens[at]?.text ?? '')
    )
      return at;
  }
  return -1;
}
/** Forms of the clause's own verb after a participle of its subject ("built in 1932 was"). */
const FINITE_AUX_FORMS = new Set<string>(['past-aux', 'present-aux', 'future-aux', 'modal']);
/** How many words after the participle its clause's verb may come. */
const PARTICIPLE_PHRASE_MAX_WORDS = 6;

/**
 * Whether the verb at `k` is a participle of the noun phrase before it, the clause's own verb
 * still to come: "said the bridge built in 1932 was unsafe", "said the man arrested on Monday
 * was released" (an auxiliary before any comma, pronoun or conjunction). Then the date after it
 * is the participle's, never the clause's.
 */
function finiteVerbAfter(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  k: number,
): boolean {
  const last = Math.min(tokens.length, k + 1 + PARTICIPLE_PHRASE_MAX_WORDS);
  for (let j = k + 1; j < last; j++) {
    const between = sentence.text.slice(
      tokens[j - 1]!.end - sentence.start,
      tokens[j]!.start - sentence.start,
    );
    if (between.trim() !== '') return false;
    const word = tokens[j]!.text.toLowerCase();
    if (CLAUSE_BREAKERS.has(word) || SUBJECT_PRONOUN_SET.has(word)) return false;
    const form = verbForm(word);
    if (form !== null && FINITE_AUX_FORMS.has(form)) return true;
  }
  return false;
}
/** Words after a verb that make it a participle of the phrase before it ("attended by"). */
const PARTICIPLE_AFTER = wordSet(SAID_CLAUSE_PARTICIPLE_AFTER, { lower: true });

/**
 * "the peninsula that Moscow annexed in 2014": "that" or "which" followed by a named subject (or
 * a pronoun) and its verb opens a relative clause whose object is the noun before it. So does a
 * subject with its determiner, when nothing follows the verb but a preposition or the end ("a
 * rule that a state judge upheld on March 1"; not "the claim that the company ignored warnings",
 * what the claim says).
 */
function objectRelative(tokens: readonly Token[], i: number): boolean {
  const subject = tokens[i + 1];
  const verb = tokens[i + 2];
  if (!subject || !verb) return false;
  const named = /^\p{Lu}/u.test(subject.text) || /^(?:he|she|they|we|it)$/u.test(subject.text);
  if (named) {
    if (!/^\p{Lu}/u.test(verb.text)) return isPast(verb.text);
    // "the refinery that Talmont Oil built in 1987": a name of more words, its past verb, and
    // nothing after but a preposition or the end (not "accusations that Juan Miguel Gonzalez had
    // mistreated his son", what the accusations say)
    let at = i + 2;
    while (at < i + 5 && /^\p{Lu}/u.test(tokens[at]?.text ?? '')) at++;
    if (!/^\p{Lu}/u.test(subject.text) || !isPast(tokens[at]?.text ?? '')) return false;
    const after = tokens[at + 1];
    return after === undefined || PREPOSITION_SET.has(after.text.toLowerCase());
  }
  // "the firm that police raided on Monday", "a law that lawmakers passed in May": a bare plural
  // or a group, its verb and nothing after but a preposition or the end
  if (isBareGroup(subject.text)) {
    const noun = tokens[i - 1]?.text.toLowerCase() ?? '';
    if (PREPOSITION_SET.has(noun) || CONTENT.has(noun) || isVerbish(noun)) return false;
    if (!isPast(verb.text) || INTRANSITIVE.has(verb.text.toLowerCase())) return false;
    const after = tokens[i + 3];
    return after === undefined || PREPOSITION_SET.has(after.text.toLowerCase());
  }
  // ("a difficult year in which its new website ... suffered": after a preposition, the noun is
  // no object; "news that the bank collapsed": what a noun says)
  if (!DETERMINERS.has(subject.text.toLowerCase())) return false;
  const noun = tokens[i - 1]?.text.toLowerCase() ?? '';
  if (PREPOSITION_SET.has(noun) || CONTENT.has(noun)) return false;
  // the determiner's noun, maybe after a word that qualifies it, then the verb ("demanded that
  // the boy be returned" has a verb before its past)
  for (let k = i + 2; k <= i + 4; k++) {
    const word = tokens[k]?.text ?? '';
    if (k > i + 2 && isPast(word)) {
      // ("the bank collapsed": a verb with no object is no object relative's)
      if (INTRANSITIVE.has(word.toLowerCase())) return false;
      const after = tokens[k + 1];
      return after === undefined || PREPOSITION_SET.has(after.text.toLowerCase());
    }
    if (isVerbish(word)) return false;
  }
  return false;
}

/** Words a place relative's subject has at most, with an apposition on it. */
const MAX_PLACE_SUBJECT = 12;
/** Words between a place relative's verb and its date, at most ("lived in Newark last year"). */
const MAX_PLACE_VERB_TO_DATE = 4;

/**
 * Whether "where" at `i` opens a relative on the place's noun before it, told of its own date:
 * a noun before it (no verb, preposition or word that asks: "asked where the man lived"), a
 * subject (a pronoun, a determiner and its noun, or a name with an apposition between commas:
 * "where James Kopp, a protester, lived"), a past verb, and a date a few words after it.
 */
function datedPlaceRelative(
  sentence: Span & { text: string },
  tokens: readonly Token[],
  i: number,
  dates: readonly Span[],
): boolean {
  const noun = tokens[i - 1]?.text ?? '';
  const lowerNoun = noun.toLowerCase();
  if (!/^\p{L}+$/u.test(noun) || isVerbish(noun) || PREPOSITION_SET.has(lowerNoun)) return false;
  if (ASKING.has(lowerNoun) || FUNCTION_WORDS.has(lowerNoun)) return false;
  // (nor a date: "asked on Monday where the man lived")
  if (dates.some((d) => d.start <= tokens[i - 1]!.start && tokens[i - 1]!.end <= d.end))
    return false;
  const first = tokens[i + 1]?.text ?? '';
  let k = i + 2;
  if (DETERMINERS.has(first.toLowerCase())) {
    while (k < i + 5 && tokens[k] && !isVerbish(tokens[k]!.text)) k++;
  } else if (/^\p{Lu}/u.test(first) && !SUBJECT_PRONOUN_SET.has(first.toLowerCase())) {
    while (k < i + 5 && /^\p{Lu}/u.test(tokens[k]?.text ?? '')) k++;
    // (an apposition on the name, between commas: "James C. Kopp, a protester, lived")
    if (tokens[k] && gapBefore(sentence, tokens, k).includes(',')) {
      let j = k + 1;
      while (
        j < i + MAX_PLACE_SUBJECT &&
        tokens[j] &&
        !gapBefore(sentence, tokens, j).includes(',')
      )
        j++;
      k = j;
    }
  } else if (!SUBJECT_PRONOUN_SET.has(first.toLowerCase())) return false;
  const verb = tokens[k];
  if (!verb || !isPast(verb.text)) return false;
  const limit = tokens[k + MAX_PLACE_VERB_TO_DATE]?.end ?? Infinity;
  return dates.some((d) => d.start > verb.end && d.start < limit);
}

/** A subject with no article: a plural in -s ("lawmakers") or a group ("police"). */
function isBareGroup(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  if (BARE_GROUP.has(word)) return true;
  return (
    word.endsWith('s') && !word.endsWith('ss') && !isVerbish(word) && !FUNCTION_WORDS.has(word)
  );
}

function isPast(word: string): boolean {
  const form = verbForm(word);
  return form === 'past' || form === 'past-aux';
}

/**
 * Whether the pronoun at `i` opens a relative clause told without its "that", on the noun right
 * before it in the sentence's subject: "The man [she married in 1990] died", "the house [he
 * bought]". Its verb is a past after the pronoun; no verb stands before the noun since the
 * clause began ("told the man he could go", "warned staff they lost" say what was told).
 */
function opensContactRelative(
  tokens: readonly Token[],
  i: number,
  cuts: readonly Cut[],
  dates: readonly Span[],
): boolean {
  const noun = tokens[i - 1];
  // ("the council adopted": a subject of "the" and one noun, before its past)
  const determined = tokens[i]!.text === 'the';
  if (determined && !isContactNoun(tokens[i + 1]?.text ?? '')) return false;
  const verb = tokens[determined ? i + 2 : i + 1];
  if (!noun || !verb || verbForm(verb.text) !== 'past') return false;
  // ("Last week the council adopted": a date's noun is no noun the relative tells of)
  if (dates.some((d) => d.start <= noun.start && noun.end <= d.end)) return false;
  if (!/^\p{Ll}[\p{L}'’-]*$/u.test(noun.text) || FUNCTION_WORDS.has(noun.text)) return false;
  if (isVerbish(noun.text) || SUBJECT_PRONOUN_SET.has(noun.text)) return false;
  const from = cuts.at(-1)?.at ?? -1;
  for (let j = i - 2; j >= 0 && tokens[j]!.start >= from; j--)
    if (FINITE_FORMS.has(verbForm(tokens[j]!.text))) return false;
  return true;
}

/** A noun that may be a relative's subject after "the": lower case, no function word nor verb. */
function isContactNoun(word: string): boolean {
  return /^\p{Ll}[\p{L}'’-]*$/u.test(word) && !FUNCTION_WORDS.has(word) && !isVerbish(word);
}

/** "Pixar which was acquired in 2005", "the update that was released": a verb right after. */
function subjectRelative(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i + 1];
  if (!verb || i === 0) return false;
  // "some of which have been parked": a quantified relative belongs to the aside around it
  if (PREPOSITION_SET.has(tokens[i - 1]!.text.toLowerCase())) return false;
  // ("It was unclear who won the vote": an indirect question, no relative of "unclear")
  if (ASKING.has(tokens[i - 1]!.text.toLowerCase())) return false;
  // ("It was a mystery who sent the letter": so "who" after a noun of a question)
  const asks = /^whom?$/iu.test(tokens[i]!.text);
  if (asks && QUESTION_NOUN_SET.has(tokens[i - 1]!.text.toLowerCase())) return false;
  const form = verbForm(verb.text);
  return form === 'past-aux' || form === 'present-aux' || form === 'past' || form === 'future-aux';
}

/**
 * ", partially reversing", ", prompting": a participle (maybe after an adverb) after a comma; or
 * a past participle with its agent (", accompanied by the introduction of ..."), which tells of
 * something else than the clause before it.
 */
function isParticiple(word: string, next: Token | undefined): boolean {
  const form = verbForm(word);
  if (form === 'ing') return true;
  if (isPastOrParticiple(word) && next?.text.toLowerCase() === 'by') return true;
  return /ly$/.test(word) && next !== undefined && verbForm(next.text) === 'ing';
}

/**
 * A sentence's words as glue reads them: its dates, and whether each word is verbal, worked out
 * once. (Functions of the module take it, not closures made for every sentence: V8 did not keep
 * the optimized code of those closures for later sentences, and compiled them two or three times
 * a run.)
 */
interface SentenceWords {
  sentence: Span & { text: string };
  tokens: readonly Token[];
  dates: readonly Span[];
  verbal: Array<boolean | undefined>;
}

/**
 * Whether the word at `i` is verbal; a word of a date is not ("until May 6"). (After a
 * determiner, a word in -s is part of a noun phrase; so is one in -ing after "a": "a pioneering
 * scientist"; "before the killing," still reads as a clause of its own.)
 */
function isVerbal(words: SentenceWords, i: number): boolean {
  const { tokens, dates, verbal } = words;
  return (verbal[i] ??=
    ((isVerbish(tokens[i]!.text) &&
      !isNameInIng(tokens, i) &&
      !opensNounPhrase(words, i) &&
      !(verbForm(tokens[i]!.text) === 'ing' && /^an?$/iu.test(tokens[i - 1]?.text ?? ''))) ||
      (isPresentAfterSubject(tokens[i]!.text) &&
        ((!DETERMINERS.has(tokens[i - 1]?.text.toLowerCase() ?? '') &&
          !(i > 0 && opensNounPhrase(words, i - 1))) ||
          verbAfterLoneDeterminer(tokens, i) ||
          PRESENT_ONLY.has(tokens[i]!.text.toLowerCase()) ||
          opensRelativeAside(words, i - 1)))) &&
    !dates.some((d) => d.start <= tokens[i]!.start && tokens[i]!.end <= d.end));
}

/**
 * Whether the -s word at `i` is the verb of a determiner standing alone before it: "and another
 * arrives on April 2", not "another series of strikes" or "another species was found".
 */
function verbAfterLoneDeterminer(tokens: readonly Token[], i: number): boolean {
  if (!STANDING_ALONE.has(tokens[i - 1]?.text.toLowerCase() ?? '')) return false;
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  return next !== 'of' && !FINITE_FORMS.has(verbForm(next));
}

/**
 * Whether the word at `i` is a "which" after a comma: the word in -s after it is its verb
 * ("the summit, which opens on March 25,"), not a noun it determines.
 */
function opensRelativeAside({ sentence, tokens }: SentenceWords, i: number): boolean {
  return i > 0 && tokens[i]!.text === 'which' && gapBefore(sentence, tokens, i).includes(',');
}

/**
 * Whether the word at `i` is a participle news uses as an adjective, opening a noun phrase where
 * no subject comes before it: first in the sentence or after a comma ("All week, elected
 * officials in Washington, D.C., and at the state capital have issued statements": "elected" is
 * no verb, nor is the noun after it a verb in -s, so the words before "and at" are no clause of
 * their own). After a subject it stays a verb ("Voters elected officials"), and before a
 * preposition a participle ("Elected in 2004,").
 */
function opensNounPhrase({ sentence, tokens }: SentenceWords, i: number): boolean {
  return (
    isAdjectiveBeforeNoun(tokens[i]!.text, tokens[i + 1]?.text ?? '') &&
    (i === 0 || gapBefore(sentence, tokens, i).includes(','))
  );
}

/**
 * Whether words open with a verb of intent in -s and its "to" ("expects to begin mailing
 * checks"), not with a plural noun that is the subject of a verb of its own ("plans to expand
 * were shelved").
 */
export function opensIntent(words: readonly string[]): boolean {
  const [verb = '', to = ''] = words;
  return (
    INTENT_WORDS.has(verb.toLowerCase()) &&
    /s$/u.test(verb) &&
    to.toLowerCase() === 'to' &&
    !words.slice(2).some((w) => /^(?:was|were|is|are|have|has)$/iu.test(w))
  );
}

/**
 * Whether words open with an adverb and a finite verb ("later moved", "only fell"): a verb
 * phrase without its subject.
 */
export function opensWithAdverbAndVerb(words: readonly string[]): boolean {
  const [adverb = '', verb = ''] = words;
  return (
    isResumingAdverb(adverb) &&
    (isVerbish(verb) ||
      FINITE_FORMS.has(verbForm(verb.toLowerCase())) ||
      isPresentAfterSubject(verb))
  );
}

/** Whether a piece of the sentence has a verb. */
function hasVerb(words: SentenceWords, c: Clause): boolean {
  const { tokens } = words;
  for (let i = 0; i < tokens.length && tokens[i]!.start < c.end; i++) {
    const token = tokens[i]!;
    if (token.start < c.start) continue;
    if (token.end <= c.end && isVerbal(words, i)) return true;
    // "..., open the playoffs": a main clause resumed with a plural's bare verb
    if (token.start === c.start && c.kind === 'main' && isBareVerbBeforeObject(tokens, i))
      return true;
    // ("The rules that the council adopted in March | apply from Monday": so with its own date,
    // also after a timetable's phrase: "| take effect on Monday")
    if (token.start === c.start && c.kind === 'main' && c.start > words.sentence.start) {
      const after = i + timetablePhraseLength(tokens, i);
      if (
        /^\p{Ll}+$/u.test(token.text) &&
        !FUNCTION_WORDS.has(token.text) &&
        PREPOSITION_SET.has(tokens[after]?.text.toLowerCase() ?? '') &&
        startsAt(words.dates, tokens[after + 1]?.start ?? -1)
      )
        return true;
    }
    // "open until Jan. 7": a state aside tells its state without a verb (also once its
    // subject has joined it: "The exhibition, open until Jan. 7,")
    if (c.kind === 'participle' && token.text === c.opener && stateAsideLength(tokens, i) > 0)
      return true;
  }
  return false;
}

/** A name, a comma, an apposition opened by an article, and its closing comma. */
const NAME_WITH_APPOSITION = /^\p{Lu}[^,]*, (?:a|an|the) [^,]+,$/u;

/**
 * Whether a piece is a name and its apposition, whose only verbal word is a participle right
 * after a noun of the apposition ("Smith, the coach hired in 2019,", "Smith, the former minister
 * jailed in 2019,"), maybe after a saying ("Police said Smith, ..."): a subject waiting for its
 * verb, no clause.
 */
function isNameWithParticipleAside(words: SentenceWords, c: Clause): boolean {
  if (!NAME_WITH_APPOSITION.test(c.text)) return false;
  const { tokens } = words;
  // (after a saying: "Police said Smith, the coach hired in 2019, | and Jones were fired")
  const name = c.start + c.text.indexOf(',');
  let participles = 0;
  for (let i = 0; i < tokens.length && tokens[i]!.start < c.end; i++) {
    if (tokens[i]!.start < c.start || !isVerbal(words, i)) continue;
    const text = tokens[i]!.text;
    const form = verbForm(text);
    if (tokens[i]!.start < name && form === 'past' && isReportingVerb(text)) continue;
    const afterNoun = /^\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') && !isVerbal(words, i - 1);
    if ((form !== 'past' && form !== 'participle') || !isPastOrParticiple(text) || !afterNoun)
      return false;
    participles++;
  }
  return participles === 1;
}

/**
 * Whether a leading piece is a fronted subordinate phrase ("After the vote,") and the next one a
 * relative aside opened by "which" or "who" on its last noun, after which comes no verb of the
 * phrase's ("Because the plant, which opened in 1990, was old," is a clause, the plant its
 * subject).
 */
function isFrontedBeforeRelative(last: Clause, piece: Clause, next: Clause | undefined): boolean {
  return (
    last.kind === 'subordinate' &&
    last.text.endsWith(',') &&
    piece.kind === 'relative' &&
    /^(?:which|who)$/iu.test(piece.opener) &&
    next !== undefined &&
    // (or the fronted clause goes on after it: "Because the plant, which opened in 1990, | was
    // old,")
    ((next.kind === last.kind && next.opener === last.opener) ||
      !resumesWithVerb(next.text.split(/[^\p{L}'’-]+/u, 2)))
  );
}

/**
 * Whether words open with a verb, maybe after an adverb ("was old", "never worked"): what
 * follows a relative aside is then the rest of the clause the aside is in, not a clause of its
 * own.
 */
function resumesWithVerb([first = '', second = '']: readonly string[]): boolean {
  // (a noun in -ing before a finite verb is a subject: "fighting resumed", not "having failed")
  const gerund =
    verbForm(first) === 'ing' &&
    !/^(?:having|being)$/iu.test(first) &&
    FINITE_FORMS.has(verbForm(second));
  return (isVerbish(first) && !gerund) || (isResumingAdverb(first) && isVerbish(second));
}

/** Pieces without a verb are not clauses: a leading one joins the next, others the previous. */
function glue(
  sentence: Span & { text: string },
  pieces: Clause[],
  tokens: readonly Token[],
  dates: readonly Span[],
): Clause[] {
  // whether each word is verbal, worked out once: pieces are asked about more than once
  const words: SentenceWords = { sentence, tokens, dates, verbal: [] };
  // "Two stopgap measures, passed in October, kept ...": before a participle aside after which
  // the main clause resumes, the words are its subject, a word in -s its noun ("measures")
  const [head, aside, resumed] = pieces;
  const subjectOnly =
    head?.kind === 'main' &&
    aside?.kind === 'participle' &&
    resumed?.kind === 'main' &&
    !resumed.opener &&
    tokens.every(
      (t, i) =>
        t.start >= head.end ||
        !isVerbal(words, i) ||
        (isPresentAfterSubject(t.text) && [null, 'present'].includes(verbForm(t.text))),
    );
  const out: Clause[] = [];
  for (const [k, piece] of pieces.entries()) {
    const last = out.at(-1);
    // (`out` holds copies: the head is the first one, while nothing has joined it)
    const isHead = last === out[0] && last?.end === head?.end;
    // ("Smith, the coach hired in 2019, | and Jones, the manager, were fired": a name and its
    // apposition, whose verb is only a participle after its noun, are the first of two subjects)
    // ("After the vote, | which was held Friday, | the council adjourned": a fronted phrase
    // without a verb stays apart from a relative aside on its noun, as "After voting," does)
    const lastHasVerb =
      last !== undefined &&
      !(isHead && subjectOnly) &&
      !(isHead && piece.opener === 'and' && isNameWithParticipleAside(words, last)) &&
      (hasVerb(words, last) || (isHead && isFrontedBeforeRelative(last, piece, pieces[k + 1])));
    if (last && (!hasVerb(words, piece) || !lastHasVerb)) {
      const merged = { ...last, end: piece.end };
      merged.text = sentence.text.slice(merged.start - sentence.start, merged.end - sentence.start);
      if (!lastHasVerb && last === out[0]) {
        merged.kind = piece.kind;
        merged.opener = piece.opener;
        merged.sharesTime = piece.sharesTime;
        if (last.opener) {
          merged.kind = last.kind;
          merged.opener = last.opener;
          merged.sharesTime = last.sharesTime;
        }
      }
      out[out.length - 1] = merged;
    } else out.push({ ...piece });
  }
  return out;
}

/** The main clause: the first that is not subordinate, relative, complement or participle. */
function markMain(clauses: Clause[]): void {
  if (clauses.some((c) => c.kind === 'main')) return;
  const main =
    clauses.find((c) => c.kind === 'coordinate') ?? clauses.find((c) => c.kind !== 'subordinate');
  if (main) main.kind = 'main';
}
