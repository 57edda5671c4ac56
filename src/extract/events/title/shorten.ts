/**
 * Titles: the cut. A title keeps at most TITLE_MAX_WORDS words, stopping at a comma or before a
 * detail after the verb, where the statement before the cut is whole.
 */
import {
  ADJECTIVES_WITH_COMPLEMENT,
  CLAUSE_PRONOUNS,
  CLAUSE_TAKING_VERBS,
  FIXED_PAIRS,
  GRADING_WORDS,
  NOUN_COMPLEMENTS,
  PAIRED_COORDINATORS,
  TITLE_COORDINATORS,
  VERBS_WITH_OBJECT_THEN_COMPLEMENT,
  TITLE_MAX_WORDS,
  TITLE_OVERRUN_WORDS,
} from '../../lexicon/en/events/titles.ts';
import { PRONOUNS_BEFORE_RELATIVE } from '../../lexicon/en/events/clauses.ts';
import { isPlaceAfterComma, isPlacePart } from '../../text/clauses.ts';
import { isPresentAfterSubject, isReportingVerb, isVerbish, verbForm } from '../../text/verbs.ts';
import { wordSet, splitAtSpaces } from '../../text/words.ts';
import {
  bare,
  BREAKS,
  DANGLING,
  hasVerb,
  opensWithVerb,
  withoutDanglingEnd,
  WORD_RUN,
} from './text.ts';

const CLAUSE_OPENERS = wordSet(CLAUSE_PRONOUNS);
const TAKES_CLAUSE = wordSet(CLAUSE_TAKING_VERBS);

/** Each coordinator as its words, last first: a conjunct is found by the word before it. */
const COORDINATORS = TITLE_COORDINATORS.map((phrase) => phrase.split(' ').reverse());

const LONGEST_COORDINATOR = Math.max(...COORDINATORS.map((parts) => parts.length));

/** How many words the coordinator ending at `words[c]` has, or 0 when none ends there. */
function coordinatorAt(words: readonly string[], c: number): number {
  // (plain loops: this is asked at nearly every word a cut is tried at)
  for (const parts of COORDINATORS) {
    let k = 0;
    while (k < parts.length && bare(words[c - k] ?? '').toLowerCase() === parts[k]) k++;
    if (k === parts.length) return parts.length;
  }
  return 0;
}

const COMPLEMENTS = wordSet(NOUN_COMPLEMENTS, { lower: true });

const PAIRS = new Set(FIXED_PAIRS.split(',').map((p) => p.trim()));

/**
 * The fewest words a clause before a title's first comma needs to be the title: three, or two
 * when a clause with a subject and a verb of its own follows the comma ("When police arrived on
 * March 3, Smith fled" was titled "Police arrived, Smith fled", two statements glued by a comma;
 * now "Police arrived", as "The bridge collapsed" is of "When the bridge collapsed on March 4,
 * Smith fled").
 */
function minimumHead(head: string, tail: string): number {
  return opensWithSubjectAndVerb(tail) && isTelling(head) ? 2 : 3;
}

/**
 * Whether a subject and its verb tell something by themselves: not a pronoun ("He arrived" of
 * "When he arrived on March 3, the president signed the treaty" says neither who nor what
 * happened), and not a verb whose object may be the clause after the comma ("Analysts expected").
 */
function isTelling(head: string): boolean {
  const [subject = '', verb = ''] = head.split(' ');
  return !CLAUSE_OPENERS.has(subject.toLowerCase()) && !TAKES_CLAUSE.has(bare(verb).toLowerCase());
}

/**
 * Whether a text opens with a short subject and its verb ("Smith fled", "two people died", "the
 * gunman had fled"): a verb within its first four words, after no other article ("the year the
 * war ended" is a noun and its relative).
 */
function opensWithSubjectAndVerb(text: string): boolean {
  if (!hasVerb(text) || opensWithVerb(text) || opensWithVerb(text, true)) return false;
  const words = splitAtSpaces(text).slice(0, 4).map(bare);
  const verb = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w) && isVerbish(w));
  return verb > 0 && !words.slice(1, verb).some((w) => /^(?:the|a|an)$/iu.test(w));
}

/**
 * At most TITLE_MAX_WORDS words, stopping at a comma or before a detail after the verb. A cut
 * that would leave the statement unfinished ("... will be placed | on a travel ban", "the
 * presidents of Russia | and Belarus") moves up to TITLE_OVERRUN_WORDS words further when a
 * better one is there; otherwise it stays where it was. `twoWordHead`: the text opened with a
 * clause of time, which may be a title of two words (minimumHead).
 */
export function shorten(text: string, twoWordHead = false): string {
  const all = splitAtSpaces(text);
  // "A 34-year-old man who was found with a knife outside a school in Leeds has been jailed for
  // two years": too long, the relative inside the subject goes, not the main clause's verb
  const words = all.length > TITLE_MAX_WORDS ? withoutSubjectRelative(all) : all;
  if (words !== all) return shorten(words.join(' '), twoWordHead);
  // a clause that ends inside a dash's aside ("troubled for years _ in part | because of ...")
  // ends at the dash, when a verb after a subject comes before it (not "Based on physical
  // evidence _ including a rifle found in April", a fronted participle's phrase)
  const firstVerb = words.findIndex((w, i) => isVerbish(bare(w)) && !isNounInIng(words, i));
  const dashAt = openDashBefore(words, words.length, firstVerb);
  if (dashAt < words.length) return shorten(words.slice(0, dashAt).join(' '), twoWordHead);
  if (words.length <= TITLE_MAX_WORDS) {
    const first = text.indexOf(', ');
    const comma = firstCommaInPlaceName(words) || opensListOfNames(text, first) ? -1 : first;
    const head = comma > 0 ? text.slice(0, comma) : '';
    return head.split(' ').length >= (twoWordHead ? minimumHead(head, text.slice(comma + 2)) : 3) &&
      hasVerb(head) &&
      !onlyReports(head) &&
      withoutDanglingEnd(head) === head
      ? head
      : text;
  }
  let verbAt = words.findIndex((w, i) => isVerbish(bare(w)) && !isNounInIng(words, i));
  // "The ... League plans to hold": a verb in -s after its subject when no other comes in time
  if (verbAt < 0 || verbAt >= TITLE_MAX_WORDS) {
    const present = words.findIndex(
      (w, i) => i > 0 && i < TITLE_MAX_WORDS && isPresentAfterSubject(bare(w)),
    );
    if (present > 0) verbAt = present;
  }
  if (verbAt < 0) verbAt = 0;
  const within = Math.min(words.length, TITLE_MAX_WORDS + 1);
  const beyond = Math.min(words.length, TITLE_MAX_WORDS + 1 + TITLE_OVERRUN_WORDS);
  // the first comma after the verb ends the main statement
  for (let i = verbAt + 2; i <= within; i++) {
    if (
      /[,;:]$/u.test(words[i - 1]!) &&
      i >= 4 &&
      !inPlaceName(words, i) &&
      !joinsAdjectives(words, i) &&
      !inListOfNames(words, i)
    ) {
      const head = words.slice(0, i).join(' ');
      if (onlyReports(head)) break;
      if (withoutDanglingEnd(head) === head.replace(/[,;:]$/u, '')) return head;
    }
  }
  // a break may come with the quotation mark it opens ('make the assessments "in the next days')
  const breaksAt = (i: number): boolean =>
    i >= 4 && i > verbAt + 1 && BREAKS.has(bare(words[i]!).toLowerCase());
  // (a dash after the verb whose aside the cut falls in ends the title: "has been troubled for
  // years _ in part | because of" was "... for years _ in part")
  const cut = (i: number): string => words.slice(0, openDashBefore(words, i, verbAt)).join(' ');
  // a finished statement near the limit; one much shorter loses what the old cut kept
  // (a cut that leaves a complement wanted is taken only when no other one is found: "free |
  // from", "between Elian | and")
  let wanting = 0;
  const finishedAt = (i: number): boolean => {
    if (!completeBefore(words, i)) return false;
    if (!wantsComplement(words, i)) return true;
    wanting ||= i;
    return false;
  };
  for (let i = within - 1; i > verbAt + 1 && i >= TITLE_MAX_WORDS - TITLE_OVERRUN_WORDS; i--) {
    if (breaksAt(i) && finishedAt(i)) return cut(i);
  }
  for (let i = within; i < beyond; i++) {
    if (
      /[,;:]$/u.test(words[i - 1]!) &&
      !inPlaceName(words, i) &&
      !joinsAdjectives(words, i) &&
      !inListOfNames(words, i) &&
      finishedAt(i)
    ) {
      return cut(i).replace(/[,;:]$/u, '');
    }
    if ((breaksAt(i) || opensClause(words, i)) && finishedAt(i)) return cut(i);
  }
  // a clause just over the limit is best whole
  if (words.length <= TITLE_MAX_WORDS + TITLE_OVERRUN_WORDS) return text;
  if (wanting > 0) return cut(wanting).replace(/[,;:]$/u, '');
  // (not inside a fixed phrase: "The FBI arrested Mohamed at the city's airport as he was about
  // | to be deported for ..." was cut after "about")
  for (let i = within - 1; i > verbAt + 1; i--) {
    if (breaksAt(i) && !insideFixedPhrase(words, i)) return cut(i);
  }
  return `${words.slice(0, TITLE_MAX_WORDS).join(' ')} …`;
}

/** A dash typed alone between words: an em or en dash, two hyphens or more, a wire underscore. */
const DASH = /^(?:—|–|-{2,}|_)$/u;

/**
 * Where a title cut at `i` ends: at a dash after the verb (after a subject) that opens an aside
 * the cut falls in (no second dash closes it before `i`), else at `i`.
 */
function openDashBefore(words: readonly string[], i: number, verbAt: number): number {
  // (a verb that opens the words is a fronted participle's, no statement before the dash)
  if (verbAt < 1) return i;
  let open = -1;
  for (let k = Math.max(verbAt + 2, 4); k < i; k++) {
    if (DASH.test(words[k]!)) open = open < 0 ? k : -1;
  }
  return open > 0 ? open : i;
}

/** Words a subject before its relative pronoun is at most ("A 34-year-old man who"). */
const MAX_SUBJECT_BEFORE_RELATIVE = 6;
/** Words of a relative clause inside the subject at most. */
const MAX_SUBJECT_RELATIVE = 20;
const RELATIVE_PRONOUN = /^(?:who|that|which)$/u;
/** "those", "anyone": pronouns that name no one without the relative after them. */
const COMPLETED_PRONOUN = wordSet(PRONOUNS_BEFORE_RELATIVE, { lower: true });
/** Forms that open the main clause's verb group after a relative ("was", "has", "will"). */
const AUXILIARY_OPENERS = new Set(['past-aux', 'present-aux', 'future-aux', 'modal']);
/** Words after which an auxiliary is still the relative's ("who was, and is, ...", "who has been"). */
const IN_VERB_GROUP =
  /^(?:and|or|but|not|never|also|be|been|being|is|are|was|were|has|have|had|to)$/u;

/**
 * The words without a subject relative clause set in the subject (the sentence's, or a "that"
 * clause's after its verb) without commas, from its pronoun up to the auxiliary that opens the
 * main clause's verb after it ("A 34-year-old man | who was found with a knife outside a school
 * in Leeds | has been jailed"); the same words when there is none.
 */
function withoutSubjectRelative(words: readonly string[]): readonly string[] {
  let r = words.findIndex((w) => RELATIVE_PRONOUN.test(w));
  // the subject of a clause a verb's "that" opens, as much as the sentence's ("police said that
  // a suspect | who was returned from Pakistan | had not admitted any role" was cut to "... said
  // that a suspect who was returned")
  const start = r > 0 && words[r] === 'that' && isVerbish(bare(words[r - 1]!)) ? r + 1 : 0;
  if (start > 0) r = words.findIndex((w, i) => i > start && RELATIVE_PRONOUN.test(w));
  if (r < start + 1 || r > start + MAX_SUBJECT_BEFORE_RELATIVE) return words;
  // (the subject before it has no verb, and no comma: "Jan Kavan, who" is an aside's)
  for (let k = start; k < r; k++)
    if (isVerbish(bare(words[k]!)) || /,$/u.test(words[k]!)) return words;
  // ("police said that those | who had fled the building | were safe": "those were safe" names
  // no one; the relative is what the pronoun means)
  if (COMPLETED_PRONOUN.has(bare(words[r - 1]!).toLowerCase())) return words;
  // a relative a dash opens goes with both its dashes ("the bill -- which passed the House --
  // would fail"; was "the bill -- would fail", whose lone dash then ended the title at "the bill")
  const dashed = DASH.test(words[r - 1]!);
  // the relative's own verb right after its pronoun ("who was found", "that filed")
  const own = verbForm(bare(words[r + 1] ?? ''));
  if (own === null || own === 'ing' || own === 'base') return words;
  for (let m = r + 3; m < Math.min(words.length - 1, r + MAX_SUBJECT_RELATIVE); m++) {
    if (/[,;:]$/u.test(words[m - 1]!)) return words;
    const word = bare(words[m]!);
    if (!/^\p{Ll}/u.test(word) || !AUXILIARY_OPENERS.has(verbForm(word) ?? '')) continue;
    const previous = bare(words[m - 1]!).toLowerCase();
    if (IN_VERB_GROUP.test(previous) || isVerbish(previous)) continue;
    if (dashed)
      return DASH.test(words[m - 1]!) ? [...words.slice(0, r - 1), ...words.slice(m)] : words;
    return [...words.slice(0, r), ...words.slice(m)];
  }
  return words;
}

/**
 * Whether `words[i]` is a word in -ing before "of", a noun ("the military planning of Poland,
 * Hungary and the Czech Republic was built", "the bombing of two embassies"): no verb a cut may
 * follow.
 */
function isNounInIng(words: readonly string[], i: number): boolean {
  return bare(words[i + 1] ?? '') === 'of' && verbForm(bare(words[i]!)) === 'ing';
}

const GRADING = wordSet(GRADING_WORDS, { lower: true });

/** A name, then a comma: "Hungary, " of a list. */
const NAME = String.raw`(?:the )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}`;
/** A person's age after their name: "John Smith, 45, Mary Jones, 38, and Peter Brown". */
const AGE = String.raw`(?:, \d{1,3})?`;
/**
 * The rest of a list of names after a comma of it: ", Hungary and the Czech Republic", ", France,
 * Germany, and Japan", ", and Japan", ", 45, Mary Jones, 38, and Peter Brown". The last name
 * ends the clause or goes on with lower-case words ("convicted Ahmed Ali, Omar Hassan, and Yusuf
 * Khan of fraud").
 */
const LIST_REST = new RegExp(
  String.raw`^${AGE}(?:, ${NAME}${AGE})*,? (?:and|or) ${NAME}${AGE}(?=[,;.]| \p{Ll}|$)`,
  'u',
);

/** A name ending the words before a comma, or a name and the age after it ("Smith, 45"). */
const NAME_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}.'’-]*${AGE}$`, 'u');

/**
 * Whether the comma at `comma` is one of a list of names ("would accept Poland, Hungary and
 * the Czech Republic"): a name before it, names after it up to "and" and the last one. The cut
 * would keep the first name alone.
 */
function opensListOfNames(text: string, comma: number): boolean {
  if (comma <= 0) return false;
  if (opensListOfTheNouns(text, comma)) return true;
  if (!NAME_BEFORE.test(text.slice(0, comma))) return false;
  return LIST_REST.test(text.slice(comma));
}

/** A determiner and a noun, maybe after a word: "the coach", "his new deputy". */
const DETERMINED_NOUN = String.raw`(?:the|a|an|his|her|its|their|our) \p{Ll}[\p{L}'’-]*(?: \p{Ll}[\p{L}'’-]*)?`;
const DETERMINED_NOUN_BEFORE = new RegExp(String.raw`\b${DETERMINED_NOUN}$`, 'u');
/** The rest of a list of such nouns, to its end: ", the captain and the doctor". */
const DETERMINED_LIST_REST = new RegExp(
  String.raw`^(?:, ${DETERMINED_NOUN})*,? (?:and|or) ${DETERMINED_NOUN}(?=[,;.]|$)`,
  'u',
);

/**
 * Whether the comma at `comma` is one of a list of nouns each with its determiner ("fired the
 * coach, the captain and the doctor"), with no verb among them ("hired the coach, the board said
 * and the fans cheered" is no list). The cut would keep the first noun alone.
 */
function opensListOfTheNouns(text: string, comma: number): boolean {
  const before = DETERMINED_NOUN_BEFORE.exec(text.slice(0, comma))?.[0];
  const rest = DETERMINED_LIST_REST.exec(text.slice(comma))?.[0];
  if (before === undefined || rest === undefined) return false;
  return splitAtSpaces(`${before} ${rest}`).every((w) => !isVerbish(bare(w)));
}

/** Whether the comma ending `words[i - 1]` is one of a list of names (opensListOfNames()). */
function inListOfNames(words: readonly string[], i: number): boolean {
  return opensListOfNames(words.join(' '), words.slice(0, i).join(' ').length - 1);
}

/** Whether the comma before `words[i]` only parts two adjectives of one noun. */
function joinsAdjectives(words: readonly string[], i: number): boolean {
  return words[i - 1]!.endsWith(',') && GRADING.has(bare(words[i] ?? '').toLowerCase());
}

/**
 * Whether a stretch only reports: it has a reporting verb and no verb but reporting ones ("NPD
 * said according to those figures"). What was said comes after the comma; the stretch alone is
 * no title. ("Apple announced it has settled the dispute" says what was announced.)
 */
function onlyReports(head: string): boolean {
  let reports = false;
  for (const m of head.matchAll(WORD_RUN)) {
    if (isReportingVerb(m[0])) reports = true;
    else if (isVerbish(m[0])) return false;
  }
  return reports;
}

/**
 * Whether the comma ending `words[i - 1]` is part of a place name: "Buffalo, N.Y., doctor" has
 * one before the state and one after it.
 */
function inPlaceName(words: readonly string[], i: number): boolean {
  // (a country after its town's comma as much as a state: "in Dar es Salaam, | Tanzania")
  if (isPlaceAfterComma(words[i] ?? '')) return true;
  if (!/,$/u.test(words[i - 2] ?? '')) return false;
  // (after the country, only before the verb it is the subject's: "in Dar es Salaam, Tanzania,
  // | killed 257 people"; "on the ground in Dar es Salaam, Tanzania, | her first stop" is whole)
  return (
    isPlacePart(words[i - 1]!) ||
    (isPlaceAfterComma(words[i - 1]!) && isVerbish(bare(words[i] ?? '')))
  );
}

/** Whether the first comma of a short title is one of a place name's (no cut there). */
function firstCommaInPlaceName(words: readonly string[]): boolean {
  const at = words.findIndex((w) => w.endsWith(','));
  return at >= 0 && inPlaceName(words, at + 1);
}

/**
 * Whether `words[i]` is a subject pronoun opening a clause of its own after the verb's object
 * ("established a high probability | it came from ..."): the statement before it is whole.
 */
function opensClause(words: readonly string[], i: number): boolean {
  return i >= 4 && CLAUSE_OPENERS.has(words[i]!) && isVerbish(bare(words[i + 1] ?? ''));
}

/**
 * Whether the words before `words[i]` make a finished statement: they do not end on a verb or
 * an auxiliary, whose complement is what follows ("will be placed | on a travel ban"), nor on a
 * word that needs one, nor before the complement of a noun ("the presidents | of Russia"), nor
 * between two names joined by "and" ("Russia | and Belarus").
 */
function completeBefore(words: readonly string[], i: number): boolean {
  const last = bare(words[i - 1]!);
  const next = words[i]!.toLowerCase();
  if (isVerbish(last) || DANGLING.has(last.toLowerCase()) || COMPLEMENTS.has(next)) {
    return false;
  }
  // "will need | to", "can | try": a verb after a modal or "to" wants what follows
  const before = verbForm(bare(words[i - 2] ?? '').toLowerCase());
  if (before === 'modal' || before === 'future-aux') return false;
  if (insideFixedPhrase(words, i)) return false;
  // ("Poland, Hungary | and the Czech Republic": a name after "the" too)
  const name = words[i + 1] === 'the' ? words[i + 2] : words[i + 1];
  const joinsNames = next === 'and' && /^\p{Lu}/u.test(last) && /^\p{Lu}/u.test(name ?? '');
  return !joinsNames && !endsParallelConjunct(words, i) && !endsSaidBeforeItsVerb(words, i);
}

/**
 * Whether a cut before `words[i]` leaves a word wanting what follows: a complement
 * (endsBeforeComplement()) or the second half of a pair (endsFirstHalfOfPair()).
 */
function wantsComplement(words: readonly string[], i: number): boolean {
  return endsBeforeComplement(words, i) || endsFirstHalfOfPair(words, i);
}

/** Each preposition and the words whose complement it opens, as sets. */
function complementSets(table: Readonly<Record<string, string>>): Map<string, Set<string>> {
  return new Map(Object.entries(table).map(([p, forms]) => [p, wordSet(forms, { lower: true })]));
}

const VERB_COMPLEMENTS = complementSets(VERBS_WITH_OBJECT_THEN_COMPLEMENT);
const ADJECTIVE_COMPLEMENTS = complementSets(ADJECTIVES_WITH_COMPLEMENT);

/**
 * How many words back a cut looks for the verb whose object it follows ("turn this pious wish",
 * "turn the old fire station on the high street").
 */
const OBJECT_REACH = 8;

/**
 * Whether a cut before the preposition `words[i]` would drop the complement of the word before
 * it or of a verb whose object stands between: "is largely free | from the congestion", "help
 * turn this pious wish | into a policy". The object has no comma.
 */
function endsBeforeComplement(words: readonly string[], i: number): boolean {
  const preposition = bare(words[i]!).toLowerCase();
  if (ADJECTIVE_COMPLEMENTS.get(preposition)?.has(bare(words[i - 1]!).toLowerCase())) return true;
  const verbs = VERB_COMPLEMENTS.get(preposition);
  if (verbs === undefined) return false;
  for (let k = i - 2; k >= 0 && k >= i - 1 - OBJECT_REACH; k--) {
    const word = bare(words[k]!).toLowerCase();
    if (verbs.has(word)) return true;
    if (/[,;:]$/u.test(words[k]!)) return false;
  }
  return false;
}

/** Each paired coordinator's first word and its second: "between" and "and". */
const PAIRS_OF_COORDINATORS = new Map(
  PAIRED_COORDINATORS.split(',').map((pair) => pair.trim().split(' ') as [string, string]),
);

/** How many words back a cut looks for the first word of a pair ("between the two | and"). */
const PAIR_REACH = 5;

/**
 * Whether a cut before `words[i]` would leave a paired coordinator without its second half:
 * "a meeting between Elian | and his grandmothers" is the cut before the "and" that "between"
 * wants. Not across a verb: "the bakeries both reported losses | and closed" joins two verbs;
 * nor before one: "arrested both brothers at a flat | and charged them" joins two acts.
 */
function endsFirstHalfOfPair(words: readonly string[], i: number): boolean {
  const second = bare(words[i]!).toLowerCase();
  if (isVerbish(bare(words[i + 1] ?? '').toLowerCase())) return false;
  for (let k = i - 1; k >= 0 && k >= i - PAIR_REACH; k--) {
    const word = bare(words[k]!).toLowerCase();
    if (word === second || /[,;:]$/u.test(words[k]!) || isVerbish(word)) return false;
    if (PAIRS_OF_COORDINATORS.get(word) === second) return true;
  }
  return false;
}

/** Whether a cut before `words[i]` falls inside a fixed phrase: "black | and white", "up | to four times". */
function insideFixedPhrase(words: readonly string[], i: number): boolean {
  const pair = `${bare(words[i - 1]!).toLowerCase()} ${bare(words[i]!.toLowerCase())}`;
  return PAIRS.has(pair) || PAIRS.has(`${pair} ${bare(words[i + 1] ?? '').toLowerCase()}`);
}

/** How far back a cut looks for the "that" of what was said. */
const SAID_REACH = 8;

/**
 * Whether a cut before `words[i]` would leave what was said without its verb: "Officials in the
 * fictional port of Lorem confirmed that talks | on the border agreement would resume" ends on
 * the subject of the "that" clause, which says nothing yet.
 */
function endsSaidBeforeItsVerb(words: readonly string[], i: number): boolean {
  for (let k = i - 1; k > 0 && k >= i - SAID_REACH; k--) {
    const word = bare(words[k]!);
    if (isVerbish(word)) return false;
    if (word.toLowerCase() === 'that') return isReportingVerb(bare(words[k - 1]!));
  }
  return false;
}

/** How far back a cut looks for the coordinator that opened the conjunct it would end. */
const CONJUNCT_REACH = 5;

/**
 * Whether a cut before `words[i]` would strip a second conjunct of the preposition its first
 * one kept: "held talks with his counterpart as well as a session | with Lukashenko", "met the
 * mayor in Paris and the governor | in Lyon". Parallel noun phrases stand or fall together.
 */
function endsParallelConjunct(words: readonly string[], i: number): boolean {
  const preposition = bare(words[i]!).toLowerCase();
  // "as well | as": no cut inside a coordinator
  for (let k = 0; k < LONGEST_COORDINATOR; k++)
    if (coordinatorAt(words, i + k) > k + 1) return true;
  if (!BREAKS.has(preposition) || coordinatorAt(words, i) > 0) return false;
  for (let c = i - 1; c > 0 && c >= i - CONJUNCT_REACH; c--) {
    const length = coordinatorAt(words, c);
    if (length === 0) continue;
    // "and are poised to intervene | in Yugoslavia": a second verb phrase is whole without it
    if (words.slice(c + 1, i).some((w) => isVerbish(bare(w)))) return false;
    for (let j = c - length; j > 0; j--) {
      if (bare(words[j]!).toLowerCase() === preposition) return true;
    }
    return false;
  }
  return false;
}
