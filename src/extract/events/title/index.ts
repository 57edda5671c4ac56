/**
 * Short, extractive titles: "who did what", taken from the clause that reports the event.
 * The date is left out (the timeline shows it), and so are the linking words, a leading
 * adverbial phrase, attributions ("according to ..."), a role phrase in apposition and the
 * detail after the twelfth word. A leading "he"/"she" becomes the name it stands for.
 *
 * makeTitle() runs the steps in order; each lives in its own module:
 * - dates.ts: the dates and the prepositions that carry them;
 * - leading.ts: linking words and adverbials before the subject;
 * - asides.ts: appositions, relative and participle asides, read for the subject they name;
 * - shorten.ts: the cut near TITLE_MAX_WORDS words, where the statement is whole;
 * - text.ts: tidying and the word tests every step uses.
 */
import { ATTRIBUTIONS, TRAILING_ATTRIBUTION } from '../../lexicon/en/events/reporting.ts';
import { DAYS_LATER, HOURS_LATER } from '../../lexicon/en/events/comparisons.ts';
import {
  ABSOLUTE_PREDICATES,
  LEADING_DATELINE,
  LEADING_LABEL,
  KEEP_LEADING_POSSESSIVE,
  PERSON_POSSESSIVES,
  PREPOSITION_BEFORE_CONDITION,
  STOCK_TICKER,
  SUBJECT_PRONOUNS,
  TITLE_MAX_WORDS,
  DATED_CLAUSE_OPENERS,
  TITLE_OVERRUN_WORDS,
  VERB_PARTICLES,
  UNMARKED_PLURALS,
} from '../../lexicon/en/events/titles.ts';
import type { Span } from '../../text/sentences.ts';
import { isResumingAdverb, opensIntent, opensWithAdverbAndVerb } from '../../text/clauses.ts';
import { PARTICIPLE_ADVERBS, PLURAL_TIMETABLE_PHRASES } from '../../lexicon/en/events/clauses.ts';
import {
  isPastOrParticiple,
  isPresentAfterSubject,
  isVerbish,
  pastOfBase,
  pastOfIng,
  verbForm,
} from '../../text/verbs.ts';
import { wordSet, splitAtSpaces } from '../../text/words.ts';
import {
  apposition,
  appositionInThatClause,
  frontedParticiple,
  withoutBareParticiple,
  namedDashAside,
  participleAside,
  placeOfWhere,
  reducedRelativeInSubject,
  RELATIVE_AFTER_NAME,
  relativeAside,
  restrictiveRelative,
  withObject,
  withoutAsides,
  withoutExamples,
} from './asides.ts';
import { afterCleft } from './cleft.ts';
import { withoutDates } from './dates.ts';
import { possessiveOf } from './possessive.ts';
import { LINKS, stripLeading } from './leading.ts';
import { shorten } from './shorten.ts';
import {
  balanceQuotes,
  capitalised,
  DETERMINER,
  hasVerb,
  opensWithVerb,
  PREPOSITION_WORDS,
  tidy,
  withoutDanglingEnd,
  withoutDanglingModal,
} from './text.ts';

export { isOnlyAdverbial } from './leading.ts';
export { opensWithVerb, tidy, withoutDanglingEnd } from './text.ts';

export interface TitleInput {
  clause: Span & { text: string };
  /**
   * Date expressions inside the clause (article offsets), with their TIMEX3 values where known;
   * adverbial ones are left out.
   */
  dates: ReadonlyArray<Span & { value?: string }>;
  /** Names in the clause, to keep the named side of an apposition. */
  names: readonly string[];
  /** Who a leading "he", "she" or "they" stands for, when known. */
  subject?: string | undefined;
  /** What a leading "it" stands for, when known ("[iPhone 4] is slated for a U.S. release"). */
  thing?: string | undefined;
  /**
   * The subject a clause without one goes with ("[Apple] launched the store in 2003", "[iAd]
   * goes live on July 1"), when the clause opens with its verb.
   */
  implied?: string | undefined;
  /** The clause is a relative one: "which goes live" opens with a verb in -s too. */
  relative?: boolean | undefined;
  /** The relative clause opened with "whose": `implied` owns its subject ("whose café has"). */
  whose?: boolean | undefined;
  /**
   * The clause is the main one, resumed after an aside that follows its subject: it opens with
   * its verb, one in -s too ("[The law], passed in 2019, requires ...").
   */
  resumed?: boolean | undefined;
  /**
   * The clause is a second verb phrase: "and leaves for Jordan" opens with a verb in -s too
   * (after "and", "leaves" is a verb, not a plural).
   */
  coordinate?: boolean | undefined;
  /**
   * The subject and verb a stretch without a verb shares with its clause ("[Apple introduced]
   * the iPod" in "In 1998 Apple introduced the iMac, in 2001 the iPod").
   */
  gapped?: string | undefined;
  /**
   * The clause is a participle one after a main clause in the past ("..., declaring victory on
   * Jan. 1"): told with the subject it leaves out, its -ing is the past ("The fighters declared
   * victory").
   */
  participlePast?: boolean | undefined;
  /**
   * The clause is a participle one: told with the subject it leaves out, a past participle is a
   * passive ("Born in Duluth, Dr. Doe ..." -> "Dr. Doe was born in Duluth").
   */
  participle?: boolean | undefined;
  /**
   * The sentence's own verb, resumed after the participle on `implied`, is a plural one ("Cars
   * built in 2019 [were] recalled"): the participle's passive is "were built" too, whatever a
   * capital at the sentence's head hides of the subject's number.
   */
  impliedPlural?: boolean | undefined;
  /**
   * The title tells of the saying ("Banks will reopen on Tuesday, the central bank said", as news
   * of the day it was said): a trailing attribution stays. Give no `dates` with it: the date
   * said is part of the news.
   */
  attributed?: boolean | undefined;
}

/**
 * "did not resume flights until early May" tells that flights resumed then: once the date is
 * out, the title says so ("The airline resumed flights"), not the opposite. `clause` is the
 * clause as written, `text` what is left of it.
 */
function notUntil(clause: string, text: string): string {
  if (!NOT_UNTIL.test(clause)) return text;
  return text
    .replace(/\b(?:did\s+not|didn['’]t)\s+(?<verb>\p{Ll}+)/u, (_match, verb: string) =>
      pastOfBase(verb),
    )
    .replace(/\b(?<be>was|were|had)(?:\s+not|n['’]t)\b/u, '$<be>');
}

/** A negation and, after it in the clause, "until": "did not resume flights until May". */
const NOT_UNTIL =
  /\b(?:did\s+not|didn['’]t|(?:was|were|had)(?:\s+not|n['’]t))\s[^,;]{0,80}?\buntil\s/u;

const PARTICLES = wordSet(VERB_PARTICLES, { lower: true });

/** The first word of a text, as written. */
function firstWord(text: string): string {
  return /^\S+/u.exec(text)?.[0] ?? '';
}

/** "Born in Duluth" -> "was born in Duluth" (of `subject`): a past participle told as a passive. */
function passiveOf(text: string, subject: string, plural = false): string {
  // "Then" is no subject a cut could have found
  if (LINKS.has(subject.toLowerCase())) return text;
  // (or before a comma: "Arrested, police said," of "Arrested in May, police said,"; or the
  // sentence's end: "a bridge built." of "a bridge built in 1890.")
  const m = /^(?<verb>\p{L}\p{Ll}+)(?= (?<next>\p{Ll}+)|,|\.?$)/u.exec(text);
  const verb = m?.groups?.['verb'];
  if (!m || !verb || verbForm(verb) === 'ing' || !isPastOrParticiple(verb)) return text;
  // only a participle without an object: "Born in", "Founded by" ("prompted Apple Corps" is active);
  // a particle is none either ("a ship sunk off the coast", "workers laid off in May")
  const next = m.groups?.['next'];
  if (next !== undefined && !PREPOSITION_WORDS.has(next) && !PARTICLES.has(next)) return text;
  return `${plural ? 'were' : pastOfBe(subject)} ${verb.toLowerCase()}${text.slice(m[0].length)}`;
}

/**
 * Whether a resumed main clause is one word in lower case before the phrase of its date it lost
 * ("The rules that the council adopted in March | apply from Monday" leaves "apply"): the clause
 * was cut at its verb, which no list knows; or a plural's timetable phrase so left ("| take effect
 * on Monday" leaves "take effect", lexicon PLURAL_TIMETABLE_PHRASES). `clause` as written, `text`
 * without its dates.
 */
function isLoneVerb(clause: string, text: string): boolean {
  if (TIMETABLE_PHRASE_TEXTS.has(text.trim().replace(/[\s.]+$/u, ''))) return true;
  const word = /^\s*(?<word>\p{Ll}+)[\s.]*$/u.exec(text)?.groups?.['word'];
  if (word === undefined || PREPOSITION_WORDS.has(word)) return false;
  const next = /^\p{Ll}+\s+(?<next>\p{Ll}+)\s/u.exec(clause.trim())?.groups?.['next'] ?? '';
  return PREPOSITION_WORDS.has(next);
}

const TIMETABLE_PHRASE_TEXTS = new Set(
  PLURAL_TIMETABLE_PHRASES.split(' ').map((p) => p.replace(/_/gu, ' ')),
);

/** "The talks" were; "Dr. Doe", "Apple Records" was. */
function pastOfBe(subject: string): 'was' | 'were' {
  const last = subject.split(' ').at(-1) ?? '';
  // ("The children" were born, as "the bridges" were built)
  if (UNMARKED_PLURAL.has(last.toLowerCase())) return 'were';
  return /[^s]s$/u.test(last) && /^\p{Ll}/u.test(last) ? 'were' : 'was';
}

const UNMARKED_PLURAL = wordSet(UNMARKED_PLURALS, { lower: true });

/** "being arrested in May" -> "was arrested in May" (of `subject`), or null. */
function pastOfBeing(text: string, subject: string): string | null {
  return text.startsWith('being ') ? `${pastOfBe(subject)} ${text.slice(6)}` : null;
}

/** "partially reversing its decision" -> "partially reversed its decision". */
function inThePast(text: string): string {
  const m = /^(?<adverb>\p{Ll}+ly )?(?<verb>\p{Ll}+ing)\b/u.exec(text);
  const past = m?.groups?.['verb'] === undefined ? null : pastOfIng(m.groups['verb']);
  if (!m || past === null) return text;
  return `${m.groups?.['adverb'] ?? ''}${past}${text.slice(m[0].length)}`;
}

/**
 * ", nearly three months" left at the end once "after they broke down" is cut off: a length of
 * time that only placed the event from another one.
 */
const TRAILING_INTERVAL =
  /,\s+(?:nearly|almost|about|around|some|just|only|barely|more than|less than|over)?\s*(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/iu;

/** ", the central bank said", ", said Jobs": a trailing attribution. */
const TRAILING_SAID = new RegExp(TRAILING_ATTRIBUTION, 'u');
const HOURS = new RegExp(
  `(?:,\\s*)?(?:${HOURS_LATER.pattern}|${DAYS_LATER.pattern})(?:\\s*,)?`,
  'giu',
);

const LATER = /later/i;

/** "and leaves for Jordan": a conjunction and the word after it, a verb when it ends in -s. */
const CONJOINED = /^(?:and|but|then|or)\s+(?<verb>\p{Ll}+)(?=\s)/iu;

const CONJUNCTION = /^(?:and|but|then|or)\s+/iu;

const PREPOSITION_BEFORE_CONDITION_RE = new RegExp(PREPOSITION_BEFORE_CONDITION.pattern, 'giu');

/** "and Jones were fired", "or the board will": a subject's next item, then its own verb. */
const LISTED_SUBJECT =
  /^(?<conjunction>and|or)\s+(?<item>(?:(?:the|his|her|its|their)\s+)?\p{L}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?<rest>\S.*)$/u;

/**
 * The conjunction a clause opens with, then a noun phrase of a name or a determined noun, then a
 * verb: the next item of a subject list whose first item stood before an aside; else undefined.
 */
function listedConjunction(text: string): string | undefined {
  const m = LISTED_SUBJECT.exec(text)?.groups;
  if (m === undefined) return undefined;
  const item = m['item']!;
  // ("and later Jones took over": an adverb opens a clause of its own, no item of the list)
  if (isResumingAdverb(item.split(' ', 1)[0]!)) return undefined;
  return !hasVerb(item) && !opensWithVerb(item) && opensWithVerb(m['rest']!)
    ? m['conjunction']!.toLowerCase()
    : undefined;
}

/** "later moved", "nearly went", "expects to": a verb phrase without its subject. */
function opensWithAdverbOrIntent(text: string): boolean {
  const words = splitAtSpaces(text, 8).map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  return opensWithAdverbAndVerb(words) || opensIntent(words);
}

const PRONOUNS = wordSet(SUBJECT_PRONOUNS, { lower: true });

/**
 * A possessive of PERSON_POSSESSIVES opening a title, before a word ("His car"), not one of
 * KEEP_LEADING_POSSESSIVE ("His Majesty", "His and her").
 */
const LEADING_POSSESSIVE = new RegExp(
  String.raw`^(?:${PERSON_POSSESSIVES.split(' ')
    .map((pair) => pair.split(':')[0])
    .join('|')})\s+(?!(?:${KEEP_LEADING_POSSESSIVE.split(' ').join('|')})(?!\p{L}))(?=\p{L})`,
  'iu',
);

const DATELINE = new RegExp(LEADING_DATELINE.pattern, 'u');
const LABEL = new RegExp(LEADING_LABEL.pattern, 'u');

const TICKER = new RegExp(STOCK_TICKER.pattern, 'gu');

const ATTRIBUTION_PATTERNS = ATTRIBUTIONS.map((a) => new RegExp(a.pattern, 'u'));

/**
 * A comma right inside the closing double quotes of a short name after a word in lower case,
 * before a space: `nicknamed "Marigold," started` (not a quotation, `"Today," he said`, nor a
 * list of titles, `will play "Hey Jude," "Let It Be" and`); wire copy's ``...,'' too
 * ("Calling her ``an excellent girl,'' Castro said").
 */
export const COMMA_IN_QUOTE =
  /(?<=\p{Ll}\s(?:["“]|``)[^"“”`,]{1,40}),(?<quote>["”]|'')(?=\s)(?!\s+(?:["“]|``))/gu;

/**
 * Whether a text has a comma right before a closing quote (`,"`, `,”`, `,''`), which
 * COMMA_IN_QUOTE needs: most clauses have none, and the pattern, which opens with a lookbehind
 * of up to 40 characters, is otherwise tried at every position of the clause.
 */
export function hasCommaBeforeQuote(text: string): boolean {
  return text.includes(',"') || text.includes(',”') || text.includes(",''");
}

const ADVERB_BEFORE_VERB = new RegExp(
  String.raw`^(${PARTICIPLE_ADVERBS.split(' ').join('|')})\s+(?=\p{Ll})`,
  'iu',
);

export function makeTitle(given: TitleInput): string {
  // ("BOSTON (AP) — The Red Sox, who last won in 2018, open ...": a subject put back keeps no
  // dateline)
  const implied = given.implied?.slice(DATELINE.exec(given.implied.slice(0, 80))?.[0].length ?? 0);
  const input: TitleInput = implied === undefined ? given : { ...given, implied };
  // 'nicknamed "Marigold," started': a comma American quotes close over is the aside's, outside
  // them (the same length, so the dates' offsets hold)
  const moved = hasCommaBeforeQuote(input.clause.text)
    ? input.clause.text.replace(COMMA_IN_QUOTE, '$<quote>,')
    : input.clause.text;
  // ("It was a Tuesday morning in September 2001 when the first plane hit": the clause after the
  // focus on its date tells the event)
  const clause = afterCleft(
    moved === input.clause.text ? input.clause : { ...input.clause, text: moved },
    input.dates,
  );
  let text = withoutDates(clause, input.dates);
  // ("When police arrived on March 3, Smith fled": the event dated is the arriving, and
  // "Police arrived" is its title; not "Smith slept" after "while", nor "Jobs vanished" of a list)
  const dated = opensWithDatedClause(tidy(text));
  // (the conjunction goes with the leading words below: which one it was, is kept)
  const listed = input.resumed ? listedConjunction(tidy(text)) : undefined;
  // "She died hours later", "Days later, ...": the distance only places it, as a date would
  // (both distances end in "later": a clause without the word is left as it is, unscanned)
  text = notUntil(input.clause.text, text);
  text = tidy(LATER.test(text) ? text.replace(HOURS, '') : text);
  // a dateline is short: looking at the first words only keeps the match cheap
  text = text.slice(DATELINE.exec(text.slice(0, 80))?.[0].length ?? 0);
  // ("UPDATE, Oct. 16, 4:10 p.m.: The river crested", "A: The library closed": an entry's label)
  text = text.slice(LABEL.exec(text.slice(0, 40))?.[0].length ?? 0);
  // ("Norvik Industries, Inc. (NYSE: NVK) reported": a ticker is a reference, not the news)
  if (text.includes(':')) text = text.replace(TICKER, '');
  // ("Speaking on Monday, the minister said": a participle whose phrase was its date goes)
  text = stripLeading(withoutBareParticiple(text, clause.text, input.names));
  // the news of a saying keeps who said it ("..., the central bank said"): it is the news
  if (!(input.attributed && TRAILING_SAID.test(text)))
    for (const pattern of ATTRIBUTION_PATTERNS) {
      const stripped = text.replace(pattern, '');
      if (stripped !== text && hasVerb(stripped)) text = stripped;
    }
  text = stripLeading(tidy(text));
  // ("Last seen in 2019, he ...": the adverb before a fronted participle goes after its "was")
  const adverb = input.participle && input.implied ? ADVERB_BEFORE_VERB.exec(text) : null;
  if (adverb) text = text.slice(adverb[0].length);
  if (input.gapped !== undefined) {
    // ("BERLIN (Reuters) - Germany's cabinet approved a plan": a borrowed start keeps no dateline)
    const gapped = input.gapped.slice(DATELINE.exec(input.gapped.slice(0, 80))?.[0].length ?? 0);
    text = `${gapped} ${text.replace(/^(?:and|then|or|but)\s+/iu, '')}`.trim();
    // "..., and sold cars in China in 2023 and in India in 2024": what a second verb phrase
    // lends still lacks the subject of the sentence
    if (input.implied && input.coordinate && opensWithVerb(text)) text = `${input.implied} ${text}`;
  } else if (input.relative && /^where\s/iu.test(text)) {
    text = placeOfWhere(text, input.implied);
  } else if (
    input.implied &&
    (opensWithVerb(text, (input.relative ?? false) || input.resumed) ||
      (input.resumed && isLoneVerb(input.clause.text, text)))
  )
    text = `${input.implied} ${text}`;
  // "Smith, the coach who was hired in 2019, | and Jones were fired": a main clause resumed after
  // an aside that opens with "and" lists its subject after the one before the aside ("Smith and
  // Jones were fired"; was "Jones were fired")
  else if (input.implied && listed !== undefined && !opensWithVerb(text))
    text = `${input.implied} ${listed} ${text.replace(CONJUNCTION, '')}`;
  else if (input.implied && input.coordinate) {
    const conjoined = CONJOINED.exec(text);
    const verb = conjoined?.groups?.['verb'];
    // "but lawmakers overrode the veto": a plural before a verb is the clause's own subject
    const after = /^\s*(?<word>[\p{L}'’]+)/u.exec(text.slice(conjoined?.[0].length ?? 0))?.groups?.[
      'word'
    ];
    if (verb !== undefined && isPresentAfterSubject(verb) && !isVerbish(after ?? ''))
      text = `${input.implied} ${text.replace(CONJOINED, '$<verb>')}`;
    // "and later moved to Leeds", "and expects to begin mailing checks": an adverb before the
    // verb, or a verb of intent in -s and its "to"
    else {
      const rest = text.replace(CONJUNCTION, '');
      if (opensWithVerb(rest) || opensWithAdverbOrIntent(rest)) text = `${input.implied} ${rest}`;
    }
  } else if (input.implied && input.relative)
    text = input.whose ? `${possessiveOf(input.implied)} ${text}` : withObject(text, input.implied);
  if (input.participle && input.implied && text.startsWith(`${input.implied} `)) {
    const rest = text.slice(input.implied.length + 1);
    // "declaring victory" in the past is "declared victory"; "Born in Duluth" is a passive
    text = `${input.implied} ${(input.participlePast && pastOfBeing(rest, input.implied)) || (input.participlePast ? inThePast(rest) : rest)}`;
    if (text === `${input.implied} ${rest}`)
      text = `${input.implied} ${passiveOf(rest, input.implied, input.impliedPlural)}`;
  }
  if (adverb) {
    const be = `${input.implied} ${pastOfBe(input.implied!)} `;
    text = text.startsWith(be)
      ? `${be}${adverb[1]!.toLowerCase()} ${text.slice(be.length)}`
      : `${adverb[0]}${text}`;
  }
  // "Slepian, 52, an obstetrician, was shot": an age, then a description, both go
  text = apposition(apposition(namedDashAside(withoutExamples(text)), input.names), input.names);
  text = appositionInThatClause(text, input.names);
  text = participleAside(text, input.names);
  // (only a clause that opens with the noun, not with its participle: "arriving on Wednesday")
  if (input.participle && firstWord(input.clause.text) === firstWord(text))
    text = reducedRelativeInSubject(text);
  // (a clause that is nothing but a name and its relative clause reads the same way, whatever
  // the splitter called it: "Jan Kavan, who lived in London")
  if (input.relative || RELATIVE_AFTER_NAME.test(text)) text = relativeAside(text);
  if (input.relative) text = restrictiveRelative(text);
  text = frontedParticiple(text, input.names);
  text = citedSource(text);
  text = uninverted(withoutAsides(text));
  // ("she married Jimmy Carter": a name the title already holds is no one "she" stands for)
  if (input.subject && !namesAlready(text, input.subject)) {
    // "He'll be ..." -> "Elian Gonzalez will be ..."; "He's", "He'd" say "is" or "has", "would"
    // or "had": those keep their pronoun
    // "they" is rarely one person: it stays
    text = text.replace(
      /^(?<pronoun>he|she)(?<will>['’]ll)?\b(?!['’])/iu,
      (match, pronoun: string, will?: string) =>
        PRONOUNS.has(pronoun.toLowerCase()) ? `${input.subject!}${will ? ' will' : ''}` : match,
    );
    // "His car was found abandoned" -> "Kopp’s car was found abandoned"
    text = text.replace(LEADING_POSSESSIVE, () => `${possessiveOf(input.subject!)} `);
  }
  if (input.thing) text = withThing(text, input.thing);
  // a title of a saying keeps its attribution when it is short enough: shortening would cut it
  const keepsSaying =
    input.attributed &&
    TRAILING_SAID.test(text) &&
    splitAtSpaces(text).length <= TITLE_MAX_WORDS + TITLE_OVERRUN_WORDS;
  // too long to keep whole: who said it goes first, and what was said is shortened after it
  if (!keepsSaying && input.attributed) text = sayingFirst(text);
  if (!keepsSaying) text = shorten(text, dated);
  // ("paid retroactive to once the budget passes": a "to" no noun follows dangles)
  text = text.replace(PREPOSITION_BEFORE_CONDITION_RE, '');
  text = withoutDanglingModal(withoutDanglingEnd(tidy(text).replace(TRAILING_INTERVAL, '')));
  text = withCopula(balanceQuotes(text));
  // "iPhone 4 will ..." keeps its brand's lower-case first letter
  return /^\p{Ll}\p{Lu}/u.test(text) ? text : capitalised(text);
}

/**
 * Whether a title already names a person, in full or by the first name ("He has spoken with
 * Elian" is not Elian Gonzalez speaking with himself; "she married Jimmy Carter" may still be
 * Rosalynn Carter, kin share a last name).
 */
function namesAlready(text: string, person: string): boolean {
  if (text.includes(person)) return true;
  const first = splitAtSpaces(person)[0]!;
  return first.length > 2 && isPieceOf(text, first);
}

/** A character of the pieces namesAlready cuts a title into (letters, apostrophes, hyphens). */
const PIECE_START = /^[\p{L}'’-]/u;
const PIECE_END = /[\p{L}'’-]$/u;
const WHOLE_PIECE = /^[\p{L}'’-]+$/u;

/**
 * Whether `word` is one of the pieces `text.split(/[^\p{L}'’-]+/u)` gives: an occurrence with no
 * such character right before or after it. Looked for in place: building every piece of every
 * title cost more than the search.
 */
function isPieceOf(text: string, word: string): boolean {
  if (!WHOLE_PIECE.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    // (two code units on each side: a letter beyond the BMP is a surrogate pair)
    const before = text.slice(Math.max(0, at - 2), at);
    const after = text.slice(at + word.length, at + word.length + 2);
    if (!PIECE_END.test(before) && !PIECE_START.test(after)) return true;
  }
  return false;
}

const DATED_OPENERS = wordSet(DATED_CLAUSE_OPENERS);

/** Whether a clause opens with a conjunction of time (lexicon DATED_CLAUSE_OPENERS). */
function opensWithDatedClause(text: string): boolean {
  const [first = '', second = '', third = ''] = text.toLowerCase().split(' ', 3);
  return DATED_OPENERS.has(first) || DATED_OPENERS.has(`${first} ${second} ${third}`);
}

const ABSOLUTE = new RegExp(
  String.raw`^(?<noun>(?:[\p{L}'’-]+ ){0,3}[\p{L}'’-]+) (?<state>${ABSOLUTE_PREDICATES.split(' ').join('|')})$`,
  'u',
);

/**
 * "A decision expected", "Arguments likely" (what an absolute phrase leaves: "with arguments
 * likely in the fall"): a noun and its state and nothing more, told with "is" or "are" ("The
 * team planned to leave" is a verb with its object).
 */
function withCopula(text: string): string {
  const m = ABSOLUTE.exec(text);
  if (!m?.groups) return text;
  const { noun = '', state = '' } = m.groups;
  const first = noun.split(' ', 1)[0]!.toLowerCase();
  if (hasVerb(noun) || PREPOSITION_WORDS.has(first)) return text;
  const last = noun.split(' ').at(-1)!;
  const be = /[^s]s$/u.test(last) && /^\p{Ll}/u.test(last) ? 'are' : 'is';
  return `${noun} ${be} ${state}`;
}

/**
 * "The evidence is being analyzed, FBI officials said" -> "FBI officials said the evidence is
 * being analyzed": the saying first, so that a cut keeps it. Left as it is with a quotation.
 */
function sayingFirst(text: string): string {
  const m = TRAILING_SAID.exec(text);
  const who = m?.groups?.['who'] ?? m?.groups?.['who2'];
  const verb = m?.groups?.['verb'] ?? m?.groups?.['verb2'];
  if (!m || who === undefined || verb === undefined || /["“”`]|''/u.test(text)) return text;
  const said = text.slice(0, m.index).trim();
  const first = /^\p{L}+/u.exec(said)?.[0] ?? '';
  const lower = DETERMINER.has(first.toLowerCase()) || PRONOUNS.has(first.toLowerCase());
  return `${capitalised(who)} ${verb} ${lower ? said.charAt(0).toLowerCase() + said.slice(1) : said}`;
}

/**
 * "(Then) came another sister" -> "Another sister came": a verb of coming before its subject,
 * once the adverb that inverted them is gone, goes after it.
 */
function uninverted(text: string): string {
  const m =
    /^(?<verb>came|arrived|followed|emerged) (?<subject>(?:a|an|another|the|two|three|more) [^,;]+)(?:,[^;]*)?$/iu.exec(
      text,
    );
  if (!m?.groups) return text;
  return `${capitalised(m.groups['subject']!)} ${m.groups['verb']!.toLowerCase()}`;
}

/**
 * "According to figures released by NPD Group" -> "NPD Group released figures": a source cited
 * with its date is the news of its release, told by who released it.
 */
function citedSource(text: string): string {
  const m =
    /^[Aa]ccording to (?<what>(?:the |new |latest |official )*[\p{Ll}-]+(?: [\p{Ll}-]+)?) (?<verb>\p{Ll}+ed) by (?<who>[^,;]+)(?:,[^;]*)?$/u.exec(
      text,
    );
  if (!m?.groups || !isPastOrParticiple(m.groups['verb']!)) return text;
  const { what, verb, who } = m.groups as { what: string; verb: string; who: string };
  return `${capitalised(who)} ${verb} ${what}`;
}

/**
 * "It is slated for a U.S. release" -> "iPhone 4 is slated ...": a leading "it" before a verb
 * stands for `thing`; not an "it" that only opens the sentence ("It is humiliating that ...",
 * "It was the first time"): after "is" or "was", only a passive ("It is slated") is about a thing.
 */
function withThing(text: string, thing: string): string {
  const m = /^it (?<verb>[\p{L}'’]+)(?: (?<next>[\p{L}'’-]+))?/iu.exec(text);
  if (!m?.groups) return text;
  const { verb = '', next = '' } = m.groups;
  // after "it", a word in -s is a verb ("It plans to")
  if (!isVerbish(verb) && !isPresentAfterSubject(verb)) return text;
  if (verbForm(verb) === 'be' || /^(?:is|was|isn['’]t|wasn['’]t)$/iu.test(verb)) {
    if (!isPastOrParticiple(next) || verbForm(next) === 'ing') return text;
  }
  return `${thing}${text.slice(2)}`;
}
