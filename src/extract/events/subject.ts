/**
 * The subject a dependent clause leaves out: the main clause's subject for a second verb phrase
 * or a participle ("Apple ... and launched the store in 2003"), the noun before a relative
 * pronoun for a relative clause ("iAd, which goes live on July 1"). Titles put it back.
 */
import {
  DETERMINERS as DETERMINER_WORDS,
  DUMMY_IT_VERBS,
  LOCATIVE_PREPOSITIONS,
  MEASURE_NOUNS,
  PREPOSITIONS as PREPOSITION_WORDS,
} from '../lexicon/en/events/function-words.ts';
import { THING_ONLY_ACTIVES, TIME_UNIT_WORDS } from '../lexicon/en/events/clauses.ts';
import {
  ADVERBIAL_OPENERS,
  LEADING_DATELINE,
  SUBJECT_PRONOUNS,
  TITLE_BREAKS,
} from '../lexicon/en/events/titles.ts';
import {
  ADJECTIVAL_PARTICIPLES,
  INTRANSITIVE_PASTS,
  THING_ONLY_VERBS,
} from '../lexicon/en/events/verbs.ts';
import { PLURAL_OF_PEOPLE_ENDINGS } from '../lexicon/en/events/names.ts';
import { LISTED_NAME_MAX_WORDS, isNameInIng } from '../text/clauses.ts';
import type { Span } from '../text/sentences.ts';
import {
  FINITE_FORMS,
  isIngQualifier,
  isPastOrParticiple,
  isPresentAfterSubject,
  isPresentVerbAt,
  isReportingVerb,
  isVerbish,
  mayBeParticiple,
  verbForm,
} from '../text/verbs.ts';
import { gapBefore, wordSet, splitAtSpaces, type Token } from '../text/words.ts';
import type { ClauseInfo, SentenceInfo } from './analysis.ts';

/** Words a subject is at most. */
const MAX_SUBJECT_WORDS = 6;
const DATELINE = new RegExp(LEADING_DATELINE.pattern, 'u');

const DETERMINERS = wordSet(DETERMINER_WORDS, { lower: true });
const PREPOSITIONS = wordSet(PREPOSITION_WORDS, { lower: true });
const ADVERBIAL = wordSet(ADVERBIAL_OPENERS, { lower: true });
const TIME_UNITS = wordSet(TIME_UNIT_WORDS, { lower: true });
const ADJECTIVAL = wordSet(ADJECTIVAL_PARTICIPLES, { lower: true });
const STOPS = new Set([
  ...wordSet(TITLE_BREAKS, { lower: true }),
  ...wordSet(LOCATIVE_PREPOSITIONS, { lower: true }),
]);

export function impliedSubject(sentence: SentenceInfo, clause: ClauseInfo): string | undefined {
  if (clause.kind === 'main') return subjectBeforeAside(sentence, clause);
  if (clause.kind === 'relative' || isNounsParticipleAside(sentence, clause))
    return antecedent(sentence, clause);
  // "... after the retailer cut its forecast and said ...": a second verb phrase goes with the
  // subject of the subordinate clause it follows
  const previous = sentence.clauses[sentence.clauses.indexOf(clause) - 1];
  // (so does one after what was said: "told analysts that most of the layoffs would take place
  // in the second quarter and would be completed by the end of September")
  // (and one right after a relative aside goes with its noun: "its smartwatch, which was
  // announced in September 2019 and went on sale the following month"; not after "that",
  // which may end the main clause's object: "reported revenue that beat estimates and raised
  // its outlook")
  // (and one after what was said without "that": "Police said the man fled in 2019 and
  // returned in 2021" is the man's return, not the police's; so after a verb resumed past an
  // aside: "said the plant, built in 1990, closed in 2015 and reopened in 2020")
  // ("When the bridge, which was built in 1950, | collapsed on March 4,": a fronted clause
  // that goes on after a relative aside on its subject is the aside's noun's)
  const head = sentence.clauses[sentence.clauses.indexOf(clause) - 2];
  if (
    clause.kind === 'subordinate' &&
    previous?.kind === 'relative' &&
    head?.kind === 'subordinate' &&
    head.opener === clause.opener
  )
    return antecedent(sentence, previous);
  const own =
    clause.kind === 'coordinate' &&
    (previous?.kind === 'subordinate' || previous?.kind === 'complement')
      ? subordinateSubject(sentence, previous)
      : clause.kind === 'coordinate' &&
          (isAsideOpened(sentence, previous) || planAfterPassiveRelative(previous, clause))
        ? antecedent(sentence, previous!)
        : clause.kind === 'coordinate' && previous !== undefined
          ? (resumedSubject(sentence, previous) ?? saidSubject(sentence, previous))
          : undefined;
  // "Mexico, where the virus was found, has closed schools and cancelled events": the main
  // clause's subject may stand before an aside
  const subject =
    own ?? subjectOf(sentence, sentence.main) ?? subjectBeforeAside(sentence, sentence.main);
  // ("Injured in March, months passed before he played again": time that passed is no one a
  // fronted participle tells of)
  // (the one a clause after the main clause tells of is: "Injured in March, months passed
  // before he played again" is his injury)
  if (clause.kind === 'participle' && isTimeSpan(subject)) return subjectAfterTimeSpan(sentence);
  const passive = clause.kind === 'coordinate' ? sharedPassive(sentence.main, clause) : undefined;
  return subject !== undefined && passive !== undefined ? `${subject} ${passive}` : subject;
}

/**
 * The subject of the first subordinate clause after the main clause, when a pronoun or a name:
 * "he" of "months passed before he played again", "John Smith" of "before John Smith played
 * again"; undefined otherwise, and when that clause tells of someone else as its object ("months
 * passed before Arsenal signed him": he, not Arsenal, was injured).
 */
function subjectAfterTimeSpan(sentence: SentenceInfo): string | undefined {
  const after = sentence.clauses.find(
    (c) => c.kind === 'subordinate' && c.start >= sentence.main.end,
  );
  if (after === undefined || OBJECT_PERSON.test(after.text)) return undefined;
  const subject = subordinateSubject(sentence, after);
  return subject !== undefined && /^(?:he|she|they|\p{Lu}\S*(?: \p{Lu}\S*){0,3})$/u.test(subject)
    ? subject
    : undefined;
}

/** A person as an object ("signed him", "told her", "sold them"). */
const OBJECT_PERSON = /\b(?:him|her|them)\b/iu;

/** "months", "two years", "a few weeks": a span of time, as a subject. */
function isTimeSpan(subject: string | undefined): boolean {
  const last = subject?.split(' ').at(-1)?.toLowerCase() ?? '';
  return TIME_UNITS.has(last);
}

/**
 * Whether a clause is an aside between commas opened by a past participle, right after a noun:
 * "the plant, [built in 1990,] closed in 2015" tells of the plant, not of the sentence's subject
 * ("Officials said the plant, ..."). (A word in -ing after a comma is the subject's: "The company
 * closed the plant, citing weak demand".)
 */
function isNounsParticipleAside(sentence: SentenceInfo, clause: ClauseInfo): boolean {
  const first = clause.words[0]?.text ?? '';
  if (clause.kind !== 'participle' || first.toLowerCase() !== clause.opener) return false;
  const before = sentence.text.slice(0, clause.start - sentence.start);
  // ("a particle [first described in 1998]": a reduced relative, right after its noun with no
  // comma, is cut off only with a date of its own; no other participle is cut without a comma,
  // bar one opening the sentence)
  if (/\p{L}\s$/u.test(before)) return true;
  return (
    verbForm(first) !== 'ing' &&
    isPastOrParticiple(first) &&
    clause.text.trimEnd().endsWith(',') &&
    /,\s*$/u.test(before)
  );
}

/**
 * The subject of a main clause resumed after an aside ("closed in 2015" of "Officials said the
 * plant, built in 1990, closed in 2015"): the one before the aside; undefined for the sentence's
 * first main clause.
 */
function resumedSubject(sentence: SentenceInfo, clause: ClauseInfo): string | undefined {
  return clause.kind === 'main' && clause !== sentence.main
    ? subjectBeforeAside(sentence, clause)
    : undefined;
}

/** A relative in the passive: "that was released", "which had been approved". */
const PASSIVE_RELATIVE =
  /^(?:that|which)\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn)\b/iu;
/** A plan as it stands opening a second verb phrase: "and is scheduled", "and are expected". */
const AND_PLAN = /^and\s+(?:is|are)\s+(?:slated|scheduled|expected|set|due|planned)\b/iu;

/**
 * Whether a second verb phrase tells the plan of what a relative in the passive before it names:
 * "the iPhone 2.0 update that was released as a closed beta and is scheduled for public release
 * in June" (the update is scheduled, not the company that announced it).
 */
function planAfterPassiveRelative(previous: ClauseInfo | undefined, clause: ClauseInfo): boolean {
  return (
    previous?.kind === 'relative' &&
    PASSIVE_RELATIVE.test(previous.text) &&
    AND_PLAN.test(clause.text)
  );
}

/** Whether a clause is a relative aside, opened by a comma and "which" or "who", not closed. */
function isAsideOpened(sentence: SentenceInfo, clause: ClauseInfo | undefined): boolean {
  if (clause?.kind !== 'relative' || clause.text.trimEnd().endsWith(',')) return false;
  const before = sentence.text.slice(0, clause.start - sentence.start);
  return /^(?:which|who)\b/iu.test(clause.text) && /,\s*$/u.test(before);
}

/** The subject of a subordinate clause, after its subordinator ("after [the retailer] cut"). */
function subordinateSubject(sentence: SentenceInfo, clause: ClauseInfo): string | undefined {
  const subject = subjectOf(sentence, clause);
  const words = subject === undefined ? [] : splitAtSpaces(subject);
  // (what was said without "that" opens with its subject: "Police said [the man fled in 2019]")
  if (clause.opener === '' && clause.kind === 'complement')
    return words.length > 0 && !NOT_A_THING_OR_PERSON.test(words[0]!) ? subject : undefined;
  if (words[0]?.toLowerCase() !== clause.opener) return undefined;
  const rest = words.slice(1);
  return rest.length > 0 && !NOT_A_THING_OR_PERSON.test(rest[0]!) ? rest.join(' ') : undefined;
}

/** Words the subject of what was said without "that" is at most ("the county's former treasurer"). */
const MAX_SAID_SUBJECT_WORDS = 4;

/**
 * The subject of what a clause says without "that", before its past verb: "the man" of "Police
 * said [the man] fled in 2019", also after the day of the saying ("said Thursday the plant
 * opened"); undefined when the clause says nothing so, or the words between are no one noun
 * phrase ("told reporters the deal closed": a second determiner; "said in 2019 and again": a
 * preposition), or stand for no one ("said it was built").
 */
function saidSubject(sentence: SentenceInfo, clause: ClauseInfo): string | undefined {
  const tokens = clause.words;
  const said = tokens.findIndex(
    (t, i) => i > 0 && isReportingVerb(t.text) && verbForm(t.text) === 'past',
  );
  if (said < 0) return undefined;
  // (past the day of the saying: "said Thursday")
  let from = said + 1;
  while (
    from < tokens.length &&
    sentence.timexes.some((x) => x.start <= tokens[from]!.start && tokens[from]!.end <= x.end)
  )
    from++;
  for (let end = from + 1; end <= from + MAX_SAID_SUBJECT_WORDS && end < tokens.length; end++) {
    const verb = tokens[end]!.text;
    if (verbForm(verb) !== 'past' || !/^\p{Ll}/u.test(verb)) continue;
    const subject = tokens.slice(from, end).map((t) => t.text);
    const plain = subject.every(
      (w, i) =>
        /^[\p{L}'’-]+$/u.test(w) &&
        !PREPOSITIONS.has(w.toLowerCase()) &&
        !(i > 0 && DETERMINERS.has(w.toLowerCase())) &&
        verbForm(w) === null,
    );
    return plain && !NOT_A_THING_OR_PERSON.test(subject[0]!) ? subject.join(' ') : undefined;
  }
  return undefined;
}

/** Words that stand for no one in particular: a subject that opens with one is not borrowed. */
const NO_REFERENT = String.raw`it|this|that|these|those|there|here|what|which`;
const NOT_A_THING_OR_PERSON = new RegExp(`^(?:${NO_REFERENT})$`, 'iu');

const INTRANSITIVE = wordSet(INTRANSITIVE_PASTS, { lower: true });

/** Forms of "be" that, with a participle, make the main clause passive. */
const PASSIVE_BE = /^(?:is|are|was|were|(?:has|have|had) been|will be)$/iu;

/**
 * "She was sentenced in 2009 and released on parole last month": a second verb phrase opened by
 * a participle and a preposition ("released on", "charged with") is passive as the first one
 * was, and shares its "was" ("She was released on parole"). One with an object after it stays
 * active ("was founded in 1976 and launched the store in 2003").
 */
function sharedPassive(main: ClauseInfo, clause: ClauseInfo): string | undefined {
  const [conjunction, participle, after] = clause.words.map((t) => t.text);
  if (!/^(?:and|or|but)$/iu.test(conjunction ?? '') || participle === undefined) return undefined;
  // "and retired in 2006", "and died Saturday": a verb that takes no object is no passive
  // ("and went on sale": a past that is no participle makes no passive)
  if (
    !isPastOrParticiple(participle) ||
    !mayBeParticiple(participle) ||
    INTRANSITIVE.has(participle.toLowerCase())
  )
    return undefined;
  // "and released the next day": a date right after the participle, where an object would be
  const dated = clause.anchors.some((a) => a.timex.start === clause.words[2]?.start);
  if (after !== undefined && !PREPOSITIONS.has(after.toLowerCase()) && !dated) return undefined;
  const words = main.words.map((t) => t.text);
  const at = words.findIndex((w) => isVerbish(w));
  if (at < 0) return undefined;
  for (const length of [2, 1]) {
    const be = words.slice(at, at + length).join(' ');
    if (PASSIVE_BE.test(be) && isPastOrParticiple(words[at + length] ?? ''))
      return be.toLowerCase();
  }
  return undefined;
}

/**
 * "[Jobs], born in 1955, has built ...", "[Obama], who arrives on Friday, will meet ...": the
 * subject before a participle or relative aside.
 */
function subjectBeforeAside(sentence: SentenceInfo, main: ClauseInfo): string | undefined {
  const at = sentence.clauses.findIndex(
    (c) => c.end <= main.start && (c.kind === 'participle' || c.kind === 'relative'),
  );
  const aside = sentence.clauses[at];
  if (!aside) return undefined;
  // ("Despite the truce, which was signed on March 2, fighting resumed": a relative aside on
  // the noun of a fronted phrase is followed by the main clause's own subject)
  const phrase = sentence.clauses[0]!;
  if (at === 1 && aside.kind === 'relative' && phrase.kind === 'subordinate' && !phrase.verb)
    return undefined;
  // (a relative opened by the "the" of its own subject, "the council adopted", when the noun
  // it tells of was glued to it: "The rules the council adopted" opens with that noun's "The")
  const first = aside.words[0]?.text;
  const opensWithPronoun =
    aside.kind === 'relative' &&
    (aside.opener === 'the' ? first === 'the' : first?.toLowerCase() === aside.opener);
  // "Hundreds of former fighters in the revolution that brought Castro to power 42 years ago
  // gathered ...": a relative without commas inside the subject leaves the whole subject in the
  // clause before it, not only the noun its pronoun is for
  const before = sentence.clauses[at - 1];
  // (a comma that ends the clause before opens an aside: "The fighting, which began on Monday,
  // killed 20 people" is the fighting's, not "The fighting,"'s)
  if (opensWithPronoun && before?.kind === 'main' && !/,(?:\s|$)/u.test(before.text))
    return restrictiveSubject(before.text, false) ?? antecedent(sentence, aside);
  // "The killing of Dr. Barnett Slepian, a gynecologist in Buffalo who performed abortions, has
  // become ...": a relative without a comma inside an apposition leaves the subject before it
  const apposed =
    opensWithPronoun && before?.kind === 'main' ? subjectBeforeApposition(before) : '';
  if (apposed) return apposed;
  // "Officials said the storm, which made landfall ..., had weakened": an aside that opens
  // with its pronoun leaves the subject in the clause before it, the noun the pronoun is for
  // (so does one that opens with its past participle: "Officials said the plant, built in 1990,
  // closed in 2015")
  if (opensWithPronoun || isNounsParticipleAside(sentence, aside))
    return antecedent(sentence, aside);
  // ("In the race for attorney general, the Democratic candidate, Eliot Spitzer, who favors
  // abortion rights, has moved ...": the subject comes after a fronted phrase)
  const from = afterFronted(sentence, aside.words);
  const opening =
    from > 0
      ? aside.text.slice(aside.words[from]!.start - aside.start)
      : aside.text.slice(frontedDateEnd(sentence, aside));
  // ("Spain, Italy, and Greece, which joined in 2001, agreed": a list of names before the
  // pronoun is the subject, whole)
  const listed = namesBeforeRelative(opening, aside);
  if (listed !== undefined) return listed;
  // ("The man who was arrested on Tuesday will appear": without commas, up to its pronoun)
  // (a figure's comma is none: "stole more than 40,000 pounds")
  const comma = opening.search(/,\s/u);
  // ("A plan first proposed in 2019 passed": a reduced relative without commas, up to its
  // participle or the adverb before it)
  if (
    comma < 0 &&
    aside.kind === 'participle' &&
    aside.opener &&
    aside.words[0]?.text !== aside.opener
  )
    return restrictiveSubject(
      opening.slice(0, Math.max(0, opening.indexOf(` ${aside.opener} `))),
      true,
    );
  if (comma < 0)
    return restrictiveSubject(opening.slice(0, restrictiveOpener(opening, aside.opener)), true);
  const subject = opening.slice(0, comma).trim();
  const words = splitAtSpaces(subject).filter(Boolean);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return undefined;
  return listedBeforeAside(sentence, at, main, opening) ?? subject;
}

/**
 * A list of names right before a relative aside's pronoun ("Spain, Italy, and Greece" of "Spain,
 * Italy, and Greece, which joined in 2001,"): three or more items of capitalised words (a "the"
 * may open one) set apart by commas, the last after "and" or "or" (with or without a comma before
 * it); undefined otherwise.
 */
function namesBeforeRelative(opening: string, aside: ClauseInfo): string | undefined {
  if (aside.kind !== 'relative' || !aside.opener) return undefined;
  const at = opening.indexOf(`, ${aside.opener} `);
  if (at < 0) return undefined;
  const items = opening.slice(0, at).split(', ');
  // (the last two are joined by "and" after a comma or without one: "Italy and Greece")
  const last = / (?:and|or) /u.exec(` ${items.at(-1)!}`);
  if (items.length < 2 || last === null) return undefined;
  const tail = [
    items.at(-1)!.slice(0, Math.max(0, last.index - 1)),
    items.at(-1)!.slice(last.index + last[0].length - 1),
  ];
  const named = (item: string): boolean => {
    const words = splitAtSpaces(item.replace(/^the /u, ''));
    return (
      words.length > 0 &&
      words.length <= LISTED_NAME_MAX_WORDS &&
      words.every((w) => /^\p{Lu}/u.test(w))
    );
  };
  const listed = [...items.slice(0, -1), ...tail.filter(Boolean)];
  // ("The coach, the captain and the doctor, who joined in May,": determined nouns, all of them)
  return listed.every(named) || listed.every(isDeterminedNoun) ? opening.slice(0, at) : undefined;
}

/**
 * Whether a listed item is a determiner and one to three words in lower case, none a verb ("the
 * captain", "his deputy"; not "Police searched the house").
 */
function isDeterminedNoun(item: string): boolean {
  const [determiner = '', ...words] = splitAtSpaces(item);
  return (
    DETERMINERS.has(determiner.toLowerCase()) &&
    words.length > 0 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(w) && !isVerbish(w))
  );
}

/**
 * Where the subject starts after a date fronted, with or without a comma, in the sentence's first clause
 * ("On Monday the dog they lost in May came home": "the dog"), as an offset into its text; 0
 * when none is.
 */
function frontedDateEnd(sentence: SentenceInfo, clause: ClauseInfo): number {
  if (clause !== sentence.clauses[0]) return 0;
  for (const t of sentence.timexes) {
    if (t.start < clause.start || t.end >= clause.end) continue;
    if (!/^(?:\p{L}+\s+)?$/u.test(clause.text.slice(0, t.start - clause.start))) continue;
    // (not a day that is the subject's own word, "Monday's meeting, which was called in
    // February, ended")
    const gap = /^,?\s+/u.exec(clause.text.slice(t.end - clause.start));
    if (gap) return t.end - clause.start + gap[0].length;
  }
  return 0;
}

/** ", and his deputy," closing an aside's clause: the second item of a listed subject. */
const ITEM_BEFORE_ASIDE = /,\s+(?<conjunction>and|or)\s+(?<item>[^,]+),\s*$/u;

/**
 * "Smith and his deputy" of "Smith, the coach who was hired in 2019, and his deputy, who quit in
 * 2020, were fired" (made-up): the clause before the main clause's verb lists a second subject
 * after the first one's aside, and a relative aside of its own on that second item follows; the
 * main clause's subject is the list, not its first name (was "Smith were fired"). Undefined
 * when not so.
 */
function listedBeforeAside(
  sentence: SentenceInfo,
  at: number,
  main: ClauseInfo,
  opening: string,
): string | undefined {
  const second = sentence.clauses[at + 1];
  if (
    second?.kind !== 'relative' ||
    second.end > main.start ||
    second.words[0]?.text.toLowerCase() !== second.opener
  )
    return undefined;
  const m = ITEM_BEFORE_ASIDE.exec(opening)?.groups;
  if (m === undefined) return undefined;
  const item = splitAtSpaces(m['item']!.trim()).filter(Boolean);
  if (item.length === 0 || item.length > MAX_SUBJECT_WORDS || item.some((w) => isVerbish(w)))
    return undefined;
  const first = opening.slice(0, opening.search(/,\s/u)).trim();
  return `${first} ${m['conjunction']!} ${item.join(' ')}`;
}

/**
 * The words before an apposition that ends a clause ("The killing of Dr. Barnett Slepian" of
 * "The killing of Dr. Barnett Slepian, a gynecologist in Buffalo"), or '' when the clause is no
 * subject and apposition, or the subject is too long.
 */
function subjectBeforeApposition(clause: ClauseInfo): string {
  const m = /^(?<subject>[^,]+), (?:a|an|the) [^,]+$/u.exec(clause.text);
  const subject = m?.groups?.['subject'] ?? '';
  const words = splitAtSpaces(subject);
  return words.length > 0 && words.length <= MAX_SUBJECT_WORDS && /^\p{Lu}/u.test(subject)
    ? subject
    : '';
}

/**
 * The subject before a relative without commas, as written; a long one without its last phrase
 * of a place or time ("Hundreds of former fighters in the revolution" -> "Hundreds of former
 * fighters"). Undefined when it is longer still, or has a verb (`verbs`: whether to ask).
 */
function restrictiveSubject(text: string, verbs: boolean): string | undefined {
  let words = splitAtSpaces(text.trim().replace(OPENING_DASH, '')).filter(Boolean);
  const phrase = words.findLastIndex((w, i) => i > 1 && w !== 'of' && PREPOSITIONS.has(w));
  if (words.length > MAX_SUBJECT_WORDS && phrase > 0) words = words.slice(0, phrase);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return undefined;
  if (!verbs && words.some((w) => /^\p{Ll}/u.test(w) && isVerbish(w))) return undefined;
  return words.join(' ');
}

/**
 * Where the pronoun of a relative clause without commas stands in the clause's text, its noun
 * before it ("The man who was arrested"); 0 when it does not follow a noun phrase.
 */
function restrictiveOpener(text: string, opener: string): number {
  // ("The man she married in 1990": a relative without its pronoun opens with its subject)
  if (SUBJECT_PRONOUN.has(opener)) return Math.max(0, text.indexOf(` ${opener} `));
  // ("The rules the council adopted in February": or with a subject of "the" and a noun, the
  // first such before its past)
  if (opener === 'the') {
    for (const m of text.matchAll(CONTACT_THE_SUBJECT))
      if (verbForm(m.groups!['verb']!) === 'past') return m.index;
    return 0;
  }
  // ("The town where he was born": a place's relative too)
  if (!/^(?:who|which|that|where)$/u.test(opener)) return 0;
  return Math.max(0, text.search(RELATIVE_PRONOUN_INSIDE));
}

const SUBJECT_PRONOUN = wordSet(SUBJECT_PRONOUNS, { lower: true });
/** A spaced dash that ends the words before an aside between dashes ("The mayor —"). */
const OPENING_DASH = /\s(?:-{2,4}|[–—])$/u;
const RELATIVE_PRONOUN_INSIDE = /\s(?:who|which|that|where)\s/u;
/** " the council adopted": "the", a noun and the word after it (a relative's subject and verb). */
const CONTACT_THE_SUBJECT = / the \p{Ll}[\p{L}'’-]* (?<verb>\p{Ll}+)/gu;

/** Words a fronted phrase is at most ("According to sources quoted by the Herald, ..."). */
const MAX_FRONTED_WORDS = 12;

/**
 * Where the subject may start: after a fronted adverbial phrase closed by a comma ("According to
 * sources, Munero had fled"), whose words are no verbs of the clause; else at the start.
 */
export function afterFronted(
  sentence: { start: number; text: string },
  tokens: ClauseInfo['words'],
): number {
  const first = tokens[0]?.text.toLowerCase() ?? '';
  const adverbial = ADVERBIAL.has(first);
  // (the word as written: "MindSpring" is a name, no participle)
  if (!adverbial && verbForm(tokens[0]?.text ?? '') !== 'ing') return 0;
  for (let i = 1; i < Math.min(tokens.length, MAX_FRONTED_WORDS); i++)
    // ("Beijing, which imposed tariffs": a word in -ing alone before its comma is a name)
    if (gapBefore(sentence, tokens, i).includes(',')) return adverbial || i > 1 ? i : 0;
  return 0;
}

/**
 * What "it" opening a clause of time stands for: the main clause's subject when it is a thing
 * with its article ("The truce collapsed two days after it began": "The truce"); undefined for a
 * name, a person or a pronoun, whose "it" may be anything.
 */
export function itsThing(sentence: SentenceInfo): string | undefined {
  const subject = subjectOf(sentence, sentence.main);
  if (subject === undefined || !/^(?:the|a|an)\s+\p{Ll}/iu.test(subject)) return undefined;
  const words = splitAtSpaces(subject);
  // (it opens a title, capitalised: the subject may follow a fronted phrase in the text, "Founded
  // in 1990, the firm grew for two decades before it collapsed" is "The firm collapsed")
  return words.length <= 4 && words.every((w) => /^\p{Ll}[\p{L}-]*$/u.test(w) || w === words[0])
    ? subject.charAt(0).toUpperCase() + subject.slice(1)
    : undefined;
}

/** The words before the main clause's first verb, after any fronted phrase closed by a comma. */
function subjectOf(sentence: SentenceInfo, main: ClauseInfo): string | undefined {
  const tokens = main.words;
  const from = afterFronted(sentence, tokens);
  // (a word of a date is no verb: "two months later the player returned")
  const dated = (t: Span): boolean =>
    sentence.timexes.some((x) => x.start <= t.start && t.end <= x.end);
  const verb = tokens.findIndex(
    (t, i) =>
      (i >= from &&
        isVerbish(t.text) &&
        !isNameInIng(tokens, i) &&
        !endsCompoundAfterName(sentence, tokens, i) &&
        // ("Their working week fell")
        !isIngQualifier(t.text, tokens[i - 1]?.text)) ||
      // "the banks have been shut", "the guerrilla fighters waged war": a plural after a
      // determiner or a possessive, or before a finite verb, is the subject
      (i > from &&
        !dated(t) &&
        isPresentAfterSubject(t.text) &&
        !/['’]s?$/u.test(tokens[i - 1]!.text) &&
        !DETERMINERS.has(tokens[i - 1]!.text.toLowerCase()) &&
        (isPresentVerbAt(tokens, i) || !FINITE_FORMS.has(verbForm(tokens[i + 1]?.text ?? '')))),
  );
  if (verb <= from) return undefined;
  // "In the late 1980's Apple Computer added": the subject starts after a date before it
  const verbStart = tokens[verb]!.start;
  const headStart = sentence.timexes.reduce(
    (at, t) => (t.start >= main.start && t.end <= verbStart ? Math.max(at, t.end) : at),
    main.start,
  );
  const head = sentence.text.slice(headStart - sentence.start, verbStart - sentence.start);
  let subject = beforeAppositive(head) ?? head.slice(head.lastIndexOf(',') + 1).trim();
  // ("The tour, her first in six years, began": a date that closes an appositive leaves only
  // its comma before the verb; the subject is before the appositive)
  if (subject === '' && headStart > main.start)
    subject = aloneBeforeAppositive(
      sentence.text.slice(
        (tokens[from]?.start ?? main.start) - sentence.start,
        verbStart - sentence.start,
      ),
    );
  const words = splitAtSpaces(subject).filter(Boolean);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return undefined;
  // "plus all the": a subject cut short is no subject
  if (STOPS.has(words.at(-1)!.toLowerCase()) || /^(?:the|a|an|plus|and|or)$/iu.test(words.at(-1)!))
    return undefined;
  return subject;
}

/**
 * Whether the word at `i` ends an adjective a hyphen joins to the name before it, the hyphen
 * spaced or not: "a Portland, Ore.-based chipmaker", "Ore. - based", "Iran - backed"; no verb.
 */
function endsCompoundAfterName(
  sentence: { start: number; text: string },
  tokens: readonly Token[],
  i: number,
): boolean {
  return (
    i > 0 &&
    /^\p{Lu}/u.test(tokens[i - 1]!.text) &&
    /^\.?\s?-\s?$/u.test(gapBefore(sentence, tokens, i))
  );
}

/**
 * "Ms. Alvarez, 54, joined", "Smith, the company's founder, left": words closed by a comma just
 * before the verb are an aside; the subject is the piece before it.
 */
function beforeAppositive(head: string): string | undefined {
  if (!/,\s*$/u.test(head)) return undefined;
  const pieces = head.split(',');
  return pieces.length >= 3 ? pieces[pieces.length - 3]!.trim() : undefined;
}

/**
 * "The tour, her first in six years, " (after any fronted phrase and dateline): the words before
 * the one aside closed just before the verb, when nothing else is cut by commas ("France,
 * Germany and Italy, all members since 1957, " or "Ms. Alvarez, 54, a teacher since 2019, "
 * would leave a piece of the subject); else none.
 */
function aloneBeforeAppositive(head: string): string {
  const pieces = head.slice(DATELINE.exec(head.slice(0, 80))?.[0].length ?? 0).split(',');
  return pieces.length === 3 && pieces[2]!.trim() === '' ? pieces[0]!.trim() : '';
}

/** The noun phrase just before a relative pronoun: back to a preposition, verb or comma. */
function antecedent(sentence: SentenceInfo, clause: Span): string | undefined {
  // ("The mayor — who took office": a dash that opens the aside is none of its noun's)
  let before = sentence.text
    .slice(0, clause.start - sentence.start)
    .replace(/[\s,]+$/u, '')
    .replace(OPENING_DASH, '');
  // "said Cerys Morgan, 19, who read the list", "Gareth Pryce, then 23, who": an age in
  // apposition is not whom "who" names
  if (/^who/iu.test(sentence.text.slice(clause.start - sentence.start)))
    before = before.replace(/,\s*(?:then\s+|now\s+|aged\s+)?\d{1,3}$/u, '');
  // "since Typhoon Haiyan in 2013, which killed ...": the date places the noun before it
  const which = /^which\s/iu.test(sentence.text.slice(clause.start - sentence.start));
  const date = which
    ? sentence.timexes.find((t) => t.end - sentence.start === before.length)
    : undefined;
  const placed = date
    ? before.slice(0, date.start - sentence.start).replace(/\s+(?:in|on|of|during)\s*$/iu, '')
    : '';
  // (only after a name: in "was founded in 1998, which was a boom year" the year is meant)
  if (/\p{Lu}[\p{L}'’-]*$/u.test(placed)) before = placed;
  // "testified Tuesday that she had met": a "that" right after a date opens what was said, not
  // a clause about the date ("the last quarter, which ended" is one)
  const that = /^that\s/iu.test(sentence.text.slice(clause.start - sentence.start));
  if (that && sentence.timexes.some((t) => t.end - sentence.start === before.length))
    return undefined;
  const name = sentence.names.find((n) => n.end - sentence.start === before.length);
  // "the case of Elian, who was rescued": "who" is about the person named
  const who = /^who/iu.test(sentence.text.slice(clause.start - sentence.start));
  // "a gynecologist in Buffalo who performed abortions": "who" is about the person, not the
  // place after the person's preposition
  // (a name after "in", "at" or "near" is a place, known to the gazetteer or not)
  const inPlace = name !== undefined && who && PLACE_PREPOSITION.test(name.before);
  const person = inPlace
    ? nounPhraseAtEnd(before.slice(0, name.start - sentence.start).replace(/\s+\p{Ll}+\s*$/u, ''))
    : undefined;
  if (person !== undefined) return person;
  if (name) {
    if (who)
      return (
        jointAntecedent(sentence, clause, before, name) ??
        withArticle(before, name.start - sentence.start, name.text)
      );
    const names = coordinatedNames(sentence, name);
    const thing = THING_ONLY_CLAUSE.exec(sentence.text.slice(clause.start - sentence.start));
    const verb = thing?.groups?.['verb']?.toLowerCase() ?? '';
    // "which signed a contract" is the company's; "which was signed", "which expired" the deal's
    const isThing =
      THING_ONLY.has(verb) && (thing?.groups?.['passive'] !== undefined || THING_ACTIVE.has(verb));
    const head = withHead(before.slice(0, names.start - sentence.start), names.text, isThing);
    return head === names.text ? withArticle(before, names.start - sentence.start, head) : head;
  }
  const phrase = nounPhraseAtEnd(afterDayOfAct(sentence, before));
  return who || phrase === undefined ? phrase : whichNoun(phrase);
}

/**
 * The words before a relative, from after a day put at by "on" when the day stands before its
 * noun phrase: "Prices reached on Monday levels [last seen in 2008]" tells of the levels, not
 * of "Monday levels" (a bare year may name the figures: "based on 2019 levels").
 */
function afterDayOfAct(sentence: SentenceInfo, before: string): string {
  const day = sentence.timexes.find((t) => {
    const start = t.start - sentence.start;
    const end = t.end - sentence.start;
    return (
      end < before.length &&
      start >= 3 &&
      !/^\d{4}$/u.test(t.text) &&
      /\bon\s$/iu.test(before.slice(start - 3, start)) &&
      /^ [\p{L}'’ -]+$/u.test(before.slice(end))
    );
  });
  return day ? before.slice(day.end - sentence.start) : before;
}

/** Prepositions of a place after a person's noun ("a doctor in Buffalo", "a nurse at Mercy"). */
const PLACE_PREPOSITION = /^(?:in|at|near)$/u;

/**
 * A name with the article before it ("a Libyan who was questioned" -> "a Libyan", "the Olympics,
 * which took place" -> "the Olympics"): without it the title reads "Libyan was questioned". A
 * word or two that qualify the name go with it ("the rebel Russian-speaking Crimean Peninsula
 * that Moscow annexed": "Moscow annexed the rebel Russian-speaking Crimean Peninsula").
 */
function withArticle(before: string, start: number, name: string): string {
  const m = ARTICLE_BEFORE_NAME.exec(before.slice(0, start))?.groups;
  if (m === undefined) return name;
  const qualifiers = splitAtSpaces(m['qualifiers'] ?? '').filter(Boolean);
  // (a verb or a preposition is no qualifier: "the ... found in Paris")
  if (qualifiers.some((w) => isVerbish(w) || STOPS.has(w) || PREPOSITIONS.has(w))) return name;
  return [m['article'], ...qualifiers, name].join(' ');
}
const ARTICLE_BEFORE_NAME =
  /(?:^|\s)(?<article>a|an|the)(?<qualifiers>(?:\s+\p{Ll}[\p{Ll}-]*){0,2})\s+$/u;

/**
 * "expelled five Iraqis and a Libyan who were questioned": before a plural verb, the name "who"
 * follows and the noun phrase "and" joins it to are both whom "who" names ("five Iraqis and a
 * Libyan"); undefined when the verb is singular or no noun phrase is joined.
 */
function jointAntecedent(
  sentence: SentenceInfo,
  clause: Span,
  before: string,
  name: Span,
): string | undefined {
  if (!PLURAL_AFTER_WHO.test(sentence.text.slice(clause.start - sentence.start))) return undefined;
  const upToName = before.slice(0, name.start - sentence.start);
  const and = /\s+and\s+(?:(?:a|an|the)\s+)?$/iu.exec(upToName);
  if (!and) return undefined;
  const first = nounPhraseAtEnd(upToName.slice(0, and.index));
  return first === undefined ? undefined : `${first}${before.slice(and.index)}`;
}
const PLURAL_AFTER_WHO = /^who\s+(?:were|are|have|had\s+been)\s/iu;

/** A noun phrase with a noun after "of" that has a determiner of its own ("shares of [the company]"). */
const OF_NOUN = /^\S.*?\sof\s+(?<noun>(?:the|a|an|its|their|his|her|this|that)\s.+)$/iu;

/**
 * What a "which" after a noun phrase tells of: the nearer noun, after "of", when it has a
 * determiner of its own ("Shares of the company, which reported earnings" -> "the company").
 */
export function whichNoun(phrase: string): string {
  const of = OF_NOUN.exec(phrase);
  // ("the Festival of the Sea, which runs": a name of that shape is one thing)
  if (!of?.groups || /\p{Lu}[\p{L}'’-]*\s+of\s+\S+\s+\p{Lu}/u.test(phrase)) return phrase;
  return of.groups['noun']!;
}

/** The verb of a "which" clause, after any "was" or "has been" and an adverb in -ly. */
const THING_ONLY_CLAUSE =
  /^which\s+(?:(?<passive>was|were|is|are|will\s+be|(?:has|have|had)\s+been)\s+)?(?:\p{L}+ly\s+)?(?<verb>\p{L}+)/iu;
const THING_ONLY = wordSet(THING_ONLY_VERBS, { lower: true });
const THING_ACTIVE = wordSet(THING_ONLY_ACTIVES, { lower: true });

/**
 * "a treaty between Chile and Peru, which": the names joined by "and" or commas before the last
 * one, as one span.
 */
function coordinatedNames(
  sentence: SentenceInfo,
  last: { start: number; text: string },
): { start: number; text: string } {
  let start = last.start;
  for (;;) {
    const gap = /(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)$/u.exec(
      sentence.text.slice(0, start - sentence.start),
    );
    const previous = gap && sentence.names.find((n) => n.end - sentence.start === gap.index);
    if (!previous) break;
    start = previous.start;
  }
  return {
    start,
    text: sentence.text.slice(start - sentence.start, last.start - sentence.start) + last.text,
  };
}

/**
 * Prepositions by which a name completes a noun before it ("the release to OS X", "the
 * Festival of the Sea"); and those by which it does when the thing is meant ("an agreement with
 * Helix Labs, which was signed").
 */
const OF_NAME = /\s(?<of>(?:of|to|for)(?:\s+the)?)\s+$/u;
const WITH_NAME = /\s(?<of>(?:with|between|by)(?:\s+the)?)\s+$/u;

/**
 * "the Lion release to OS X, which is scheduled": a name after "of", "to" or "for" completes the
 * noun phrase before it, which is what a "which" clause is about; the whole phrase, when it
 * opens with a determiner and fits in a subject's words. After "with", "between" or "by" only
 * when the clause's verb takes no person or company (`isThing`: "an agreement with Helix Labs,
 * which was signed in 2019"; not "a deal with Helix Labs, which opened a plant").
 */
function withHead(before: string, name: string, isThing = false): string {
  const of = OF_NAME.exec(before) ?? (isThing ? WITH_NAME.exec(before) : null);
  if (!of?.groups) return name;
  // (the head as far back as it may go: "to articulate a vision for NATO, which" keeps NATO)
  const head = nounPhraseAtEnd(before.slice(0, of.index), false);
  const words = head === undefined ? [] : splitAtSpaces(head);
  if (head === undefined || !DETERMINERS.has(words[0]!.replace(/[^\p{L}]/gu, '').toLowerCase()))
    return name;
  return words.length + 1 + splitAtSpaces(name).length <= MAX_SUBJECT_WORDS + 2
    ? `${head} ${of.groups['of']} ${name}`
    : name;
}

/**
 * The noun phrase that ends a text: its words back to a stop, a verb or a comma, and, when
 * `bounded`, back to an infinitive's verb or the determiner that opens the phrase (unbounded, it
 * goes as far back as it may, for the caller to judge where it starts).
 */
function nounPhraseAtEnd(before: string, bounded = true): string | undefined {
  const words = splitAtSpaces(before);
  const phrase: string[] = [];
  for (let i = words.length - 1; i >= 0 && phrase.length < MAX_SUBJECT_WORDS; i--) {
    const word = words[i]!;
    const bare = word.replace(/[^\p{L}\p{N}'’-]/gu, '').toLowerCase();
    const qualifier =
      isIngQualifier(bare, words[i - 1]) ||
      isOpeningIngNoun(words, i) ||
      isGerundAfterOpeningPreposition(words, i) ||
      (phrase.length > 0 && isAdjectivalBefore(bare, words[i - 1], words[i - 2]));
    if (isGerundAfterOpeningPreposition(words, i + 1)) break;
    if (!bare || STOPS.has(bare) || (isVerbish(bare) && !qualifier) || /[,;:]$/u.test(word)) break;
    // ("will replace four astronauts, who": a lower-case word after a modal is a verb, and so
    // after "to": "seek to recover the property, which he bought")
    const previous = words[i - 1]?.toLowerCase() ?? '';
    const afterModal =
      verbForm(previous) === 'modal' ||
      verbForm(previous) === 'future-aux' ||
      (bounded && previous === 'to' && !DETERMINERS.has(bare));
    if (afterModal && /^\p{Ll}/u.test(word)) break;
    phrase.unshift(word);
    // "The ruling revives a fight that began": a determiner opens the phrase, unless a noun
    // before it takes it with "of" ("shares of the company"); the words before are another
    // clause's, whose verb may not look like one
    if (bounded && DETERMINERS.has(bare) && !PHRASE_JOINS.has(previous)) break;
  }
  return phrase.length ? phrase.join(' ') : undefined;
}

/**
 * Whether the word at `i` is a noun in -ing after an adjective that opens the text ("Early
 * voting, which ended Friday", "Heavy fighting, which began"): the second word, after a
 * capitalised word that is no verb, preposition or other stop.
 */
function isOpeningIngNoun(words: readonly string[], i: number): boolean {
  const first = words[0] ?? '';
  const lower = first.toLowerCase();
  return (
    i === 1 &&
    verbForm((words[1] ?? '').toLowerCase()) === 'ing' &&
    /^\p{Lu}\p{Ll}+$/u.test(first) &&
    verbForm(lower) === null &&
    !STOPS.has(lower) &&
    !PREPOSITIONS.has(lower) &&
    !ADVERBIAL.has(lower) &&
    !DETERMINERS.has(lower)
  );
}

/** Adverbs of degree before a participle used as an adjective ("the most wanted list"). */
const DEGREE_BEFORE = /^(?:most|more|least|less|best|well|newly|recently)$/iu;

/** Superlatives, an adjective's degree only after a determiner or a possessive ("the most wanted"). */
const SUPERLATIVE = /^(?:most|least|best)$/iu;

/**
 * Whether a participle before a noun is its adjective ("the FBI's most wanted list", "its
 * elected officials"): one of ADJECTIVAL_PARTICIPLES after an adverb of degree, a determiner or
 * a possessive. A superlative needs its own determiner or possessive: "those who suffered most
 * wanted change" is a verb.
 */
function isAdjectivalBefore(
  bare: string,
  previous: string | undefined,
  beforePrevious: string | undefined,
): boolean {
  if (!ADJECTIVAL.has(bare) || previous === undefined) return false;
  if (SUPERLATIVE.test(previous))
    return beforePrevious !== undefined && isDeterminerOrPossessive(beforePrevious);
  return DEGREE_BEFORE.test(previous) || isDeterminerOrPossessive(previous);
}

/** "the", "its", "the FBI's". */
function isDeterminerOrPossessive(word: string): boolean {
  return DETERMINERS.has(word.toLowerCase()) || /['’]s?$/u.test(word);
}

/**
 * Whether the word at `i` is a noun in -ing, the whole object of a preposition that opens the
 * text ("After voting, which ended Friday, officials counted ballots": the voting ended).
 */
function isGerundAfterOpeningPreposition(words: readonly string[], i: number): boolean {
  return (
    i === 1 &&
    words.length === 2 &&
    verbForm((words[1] ?? '').toLowerCase()) === 'ing' &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') &&
    PREPOSITIONS.has((words[0] ?? '').toLowerCase())
  );
}

/** A subject without the dateline it opens with, or the end of its sentence's dateline. */
function withoutDateline(subject: string, sentence: SentenceInfo): string {
  return withoutDatelineTail(
    subject.slice(DATELINE.exec(subject.slice(0, 80))?.[0].length ?? 0),
    sentence.text,
  );
}

/**
 * A subject without the end of the dateline its sentence opens with, when it starts inside it
 * ("France — Eurostar", of "PARIS, France — Eurostar said ...", is "Eurostar").
 */
function withoutDatelineTail(subject: string, sentenceText: string): string {
  const dateline = DATELINE.exec(sentenceText.slice(0, 80))?.[0];
  if (dateline === undefined) return subject;
  for (let at = dateline.indexOf(' '); at >= 0; at = dateline.indexOf(' ', at + 1)) {
    const tail = dateline.slice(at + 1);
    if (tail !== '' && subject.startsWith(tail)) return subject.slice(tail.length);
  }
  return subject;
}

/** Words that join a noun phrase to the noun before it ("the release of the phone"). */
const PHRASE_JOINS = new Set(['of', 'for', 'to', 'and', '&']);

/** Words that make a subject stand for no one thing: those, and pronouns of people. */
const NOT_A_THING = new RegExp(`^(?:${NO_REFERENT}|he|she|they|we|i|you|who)$`, 'iu');

/** A plural of people or a group, capitalised: "Engineers", "Officials", "Residents", "Rebels". */
const PLURAL_OF_PEOPLE = new RegExp(
  `^\\p{Lu}\\p{Ll}+(?:${PLURAL_OF_PEOPLE_ENDINGS.split(' ').join('|')})s$`,
  'u',
);

/**
 * What the main clause of a sentence is about when that is one thing a later "it" may stand
 * for: a name or "the" and a noun ("iPhone 4", "The museum", "NATO"), singular, no pronoun.
 * People are the caller's to leave out ("he" and "she" stand for them).
 */
export function thingOf(
  sentence: SentenceInfo,
  clause: ClauseInfo = sentence.main,
): string | undefined {
  // "The museum, founded in 1753, last faced ...": the subject stands before the aside
  const found = subjectBeforeAside(sentence, clause) ?? subjectOf(sentence, clause);
  if (found === undefined) return undefined;
  // ("LONDON (Reuters) - The company said ...": the thing is the company, not the dateline, nor
  // what is left of one the clause began inside: "PARIS, France — Eurostar said")
  const subject = withoutDateline(found, sentence);
  if (subject === '') return undefined;
  const words = splitAtSpaces(subject);
  if (words.some((w) => NOT_A_THING.test(w))) return undefined;
  // "The talks", "Officials": a plural is "they"; a name may end in -s ("Apple Records"), but
  // one word capitalised only as the sentence's first, with the ending of a plural of people, is
  // a plural too ("Engineers worked ...", not "Airbus said")
  const last = words.at(-1)!;
  if (/[^s]s$/u.test(last) && !/^\p{Lu}/u.test(last)) return undefined;
  if (words.length === 1 && PLURAL_OF_PEOPLE.test(last) && sentence.text.startsWith(last))
    return undefined;
  // a name or a capitalised noun phrase ("NATO", "The museum", "iPhone 4")
  return /^(?:\p{Lu}|\p{Ll}+\p{Lu})/u.test(subject) ? subject : undefined;
}

const MEASURES = wordSet(MEASURE_NOUNS, { lower: true });
const SINCE_IT = /^since\s+it\s+([\p{L}'’]+)(?:\s+([\p{L}'’]+))?/iu;
/** Verbs after an "it" that stands for nothing ("since it emerged that ..."). */
const DUMMY_IT = wordSet(DUMMY_IT_VERBS, { lower: true });
/** The forms of the verbs a subject is followed by before a participle ("has held", "was founded"). */
const AUXILIARIES = new Set(['present-aux', 'past-aux']);

/**
 * What the "it" opening a "since" clause stands for: the main clause's subject, when a thing and
 * not a measure or a count ("The ceasefire has held since it took effect"; not "The price has
 * risen since it was introduced", "More than 500 people have died since it began"); null for an
 * "it" that stands for nothing but what it opens ("since it emerged that", "since it was
 * announced"), or for a clause without one; undefined when the "it" is someone else's.
 */
export function sinceItStandsFor(
  sentence: SentenceInfo,
  clause: ClauseInfo,
): string | null | undefined {
  const m = SINCE_IT.exec(clause.text);
  if (!m || DUMMY_IT.has(m[1]!.toLowerCase()) || isReportingVerb(m[2] ?? '')) return null;
  const subject = thingOf(sentence, sentence.main);
  if (subject === undefined) return undefined;
  const words = splitAtSpaces(subject);
  if (MEASURES.has(words.at(-1)!.toLowerCase()) || words.some((w) => /\d/u.test(w)))
    return undefined;
  // (the whole subject, up to the main clause's verb: not "A ceasefire between government" of
  // "A ceasefire between government forces and separatists has held")
  const main = sentence.main.text;
  const after = main.slice(main.indexOf(subject) + subject.length);
  const next = /^\s*([\p{L}'’]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  return next === sentence.main.verb || AUXILIARIES.has(verbForm(next) ?? '') ? subject : undefined;
}
