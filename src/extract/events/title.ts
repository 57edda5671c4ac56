/**
 * Short, extractive titles: "who did what", taken from the clause that reports the event.
 * The date is left out (the timeline shows it), and so are the linking words, a leading
 * adverbial phrase, attributions ("according to ..."), a role phrase in apposition and the
 * detail after the twelfth word. A leading "he"/"she" becomes the name it stands for.
 */
import { ATTRIBUTIONS, TRAILING_ATTRIBUTION } from '../lexicon/en/events/reporting.ts';
import { DETERMINERS, PREPOSITIONS } from '../lexicon/en/events/function-words.ts';
import { OFFSET_FROM } from '../lexicon/en/events/comparisons.ts';
import {
  ADVERBIAL_OPENERS,
  DATE_PREPOSITIONS,
  PARTICLE_PREPOSITIONS,
  ABBREVIATIONS_AT_END,
  VERB_PARTICLES,
  DATE_PREPOSITION_ADVERBS,
  LEADING_DATELINE,
  LEADING_LINKS,
  LEADING_RELATIVE_TIME,
  NOUN_COMPLEMENTS,
  FIXED_PAIRS,
  DANGLING_WORDS,
  GRADING_WORDS,
  SUBJECT_PRONOUNS,
  CLAUSE_PRONOUNS,
  TITLE_BREAKS,
  ABSOLUTE_PREDICATES,
  TITLE_COORDINATORS,
  TITLE_MAX_WORDS,
  TITLE_OVERRUN_WORDS,
} from '../lexicon/en/events/titles.ts';
import {
  isAsideAdverb,
  isBareVerbBefore,
  isPlacePart,
  isResumingAdverb,
  looksLikeNameInIng,
  STATE_ASIDE_WORDS,
} from '../text/clauses.ts';
import type { Span } from '../text/sentences.ts';
import { isNewDate, namesFigures, periodEndedAt, qualifiesNoun } from './anchors.ts';
import { whichNoun } from './subject.ts';
import {
  FINITE_FORMS,
  isPresentAfterSubject,
  isReportingVerb,
  isPastOrParticiple,
  isVerbish,
  pastOfIng,
  verbForm,
} from '../text/verbs.ts';
import { collapseSpace, isWhiteSpace, wordSet } from '../text/words.ts';

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
   * The title tells of the saying ("Banks will reopen on Tuesday, the central bank said", as news
   * of the day it was said): a trailing attribution stays. Give no `dates` with it: the date
   * said is part of the news.
   */
  attributed?: boolean | undefined;
}

/** "Born in Duluth" -> "was born in Duluth" (of `subject`): a past participle told as a passive. */
function passiveOf(text: string, subject: string): string {
  // "Then" is no subject a cut could have found
  if (LINKS.has(subject.toLowerCase())) return text;
  const m = /^(?<verb>\p{L}\p{Ll}+)(?= (?<next>\p{Ll}+)|$)/u.exec(text);
  const verb = m?.groups?.['verb'];
  if (!m || !verb || verbForm(verb) === 'ing' || !isPastOrParticiple(verb)) return text;
  // only a participle without an object: "Born in", "Founded by" ("prompted Apple Corps" is active)
  const next = m.groups?.['next'];
  if (next !== undefined && !PREPOSITION_WORDS.has(next)) return text;
  // "The talks" were; "Dr. Doe", "Apple Records" was
  const last = subject.split(' ').at(-1) ?? '';
  const be = /[^s]s$/u.test(last) && /^\p{Ll}/u.test(last) ? 'were' : 'was';
  return `${be} ${verb.toLowerCase()}${text.slice(m[0].length)}`;
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

/** The prepositions of a date, longest first. */
const PREPOSITION_ALTERNATIVES = [...wordSet(DATE_PREPOSITIONS, { lower: true })]
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/ /gu, '\\s+'))
  .join('|');
/**
 * A date's preposition just before it ("in", "as of", "earlier"), at the end; up to two in a
 * row ("for later today", "until early next week", "since late 2009").
 */
const PARTICLES = [...wordSet(PARTICLE_PREPOSITIONS, { lower: true })].join('|');
const DATE_PREPOSITION = new RegExp(
  `(?:^|\\s|\`\`|["“‘])(?:(?:${[...wordSet(DATE_PREPOSITION_ADVERBS, { lower: true })].join('|')})\\s+)?(?:(?!(?:${PARTICLES})\\s+(?:${PREPOSITION_ALTERNATIVES})\\s)(?:${PREPOSITION_ALTERNATIVES})\\s+)?(?:(?:${PREPOSITION_ALTERNATIVES})\\s+)(?:the\\s+|this\\s+|that\\s+)?(?:fiscal\\s+|financial\\s+|calendar\\s+|model\\s+)?$`,
  'iu',
);
const LINKS = wordSet(LEADING_LINKS, { lower: true });
const RELATIVE_TIME = new RegExp(LEADING_RELATIVE_TIME, 'iu');
/** "and leaves for Jordan": a conjunction and the word after it, a verb when it ends in -s. */
const CONJOINED = /^(?:and|but|then|or)\s+(?<verb>\p{Ll}+)(?=\s)/iu;
const ADVERBIAL = wordSet(ADVERBIAL_OPENERS, { lower: true });
const BREAKS = wordSet(TITLE_BREAKS, { lower: true });
const PRONOUNS = wordSet(SUBJECT_PRONOUNS, { lower: true });
const CLAUSE_OPENERS = wordSet(CLAUSE_PRONOUNS);
const DANGLING = new Set([...BREAKS, ...wordSet(DANGLING_WORDS, { lower: true })]);
/** Each coordinator as its words, last first: a conjunct is found by the word before it. */
const COORDINATORS = TITLE_COORDINATORS.map((phrase) => phrase.split(' ').reverse());
const LONGEST_COORDINATOR = Math.max(...COORDINATORS.map((parts) => parts.length));

/** How many words the coordinator ending at `words[c]` has, or 0 when none ends there. */
function coordinatorAt(words: readonly string[], c: number): number {
  const phrase = COORDINATORS.find((parts) =>
    parts.every((part, k) => bare(words[c - k] ?? '').toLowerCase() === part),
  );
  return phrase?.length ?? 0;
}
const COMPLEMENTS = wordSet(NOUN_COMPLEMENTS, { lower: true });
const PAIRS = new Set(FIXED_PAIRS.split(',').map((p) => p.trim()));
const DETERMINER = wordSet(DETERMINERS, { lower: true });
const PREPOSITION_WORDS = wordSet(PREPOSITIONS, { lower: true });
const DATELINE = new RegExp(LEADING_DATELINE.pattern, 'u');
const ATTRIBUTION_PATTERNS = ATTRIBUTIONS.map((a) => new RegExp(a.pattern, 'u'));

export function makeTitle(given: TitleInput): string {
  // ("BOSTON (AP) — The Red Sox, who last won in 2018, open ...": a subject put back keeps no
  // dateline)
  const implied = given.implied?.slice(DATELINE.exec(given.implied.slice(0, 80))?.[0].length ?? 0);
  const input: TitleInput = implied === undefined ? given : { ...given, implied };
  let text = withoutDates(input.clause, input.dates);
  text = tidy(text);
  // a dateline is short: looking at the first words only keeps the match cheap
  text = text.slice(DATELINE.exec(text.slice(0, 80))?.[0].length ?? 0);
  text = stripLeading(text);
  // the news of a saying keeps who said it ("..., the central bank said"): it is the news
  if (!(input.attributed && TRAILING_SAID.test(text)))
    for (const pattern of ATTRIBUTION_PATTERNS) {
      const stripped = text.replace(pattern, '');
      if (stripped !== text && hasVerb(stripped)) text = stripped;
    }
  text = stripLeading(tidy(text));
  if (input.gapped !== undefined) {
    // ("BERLIN (Reuters) - Germany's cabinet approved a plan": a borrowed start keeps no dateline)
    const gapped = input.gapped.slice(DATELINE.exec(input.gapped.slice(0, 80))?.[0].length ?? 0);
    text = `${gapped} ${text.replace(/^(?:and|then|or|but)\s+/iu, '')}`.trim();
    // "..., and sold cars in China in 2023 and in India in 2024": what a second verb phrase
    // lends still lacks the subject of the sentence
    if (input.implied && input.coordinate && opensWithVerb(text)) text = `${input.implied} ${text}`;
  } else if (input.relative && /^where\s/iu.test(text)) {
    text = placeOfWhere(text, input.implied);
  } else if (input.implied && opensWithVerb(text, (input.relative ?? false) || input.resumed))
    text = `${input.implied} ${text}`;
  else if (input.implied && input.coordinate) {
    const conjoined = CONJOINED.exec(text);
    const verb = conjoined?.groups?.['verb'];
    // "but lawmakers overrode the veto": a plural before a verb is the clause's own subject
    const after = /^\s*(?<word>[\p{L}'’]+)/u.exec(text.slice(conjoined?.[0].length ?? 0))?.groups?.[
      'word'
    ];
    if (verb !== undefined && isPresentAfterSubject(verb) && !isVerbish(after ?? ''))
      text = `${input.implied} ${text.replace(CONJOINED, '$<verb>')}`;
  } else if (input.implied && input.relative) text = withObject(text, input.implied);
  if (input.participle && input.implied && text.startsWith(`${input.implied} `)) {
    const rest = text.slice(input.implied.length + 1);
    // "declaring victory" in the past is "declared victory"; "Born in Duluth" is a passive
    text = `${input.implied} ${input.participlePast ? inThePast(rest) : rest}`;
    if (text === `${input.implied} ${rest}`)
      text = `${input.implied} ${passiveOf(rest, input.implied)}`;
  }
  // "Slepian, 52, an obstetrician, was shot": an age, then a description, both go
  text = apposition(apposition(namedDashAside(text), input.names), input.names);
  text = participleAside(text, input.names);
  // (a clause that is nothing but a name and its relative clause reads the same way, whatever
  // the splitter called it: "Jan Kavan, who lived in London")
  if (input.relative || RELATIVE_AFTER_NAME.test(text)) text = relativeAside(text);
  text = frontedParticiple(text, input.names);
  text = citedSource(text);
  text = uninverted(withoutAsides(text));
  // ("she married Jimmy Carter": a name the title already holds is no one "she" stands for)
  if (input.subject && !text.includes(input.subject)) {
    // "He'll be ..." -> "Elian Gonzalez will be ..."; "He's", "He'd" say "is" or "has", "would"
    // or "had": those keep their pronoun
    // "they" is rarely one person: it stays
    text = text.replace(
      /^(?<pronoun>he|she)(?<will>['’]ll)?\b(?!['’])/iu,
      (match, pronoun: string, will?: string) =>
        PRONOUNS.has(pronoun.toLowerCase()) ? `${input.subject!}${will ? ' will' : ''}` : match,
    );
  }
  if (input.thing) text = withThing(text, input.thing);
  // a title of a saying keeps its attribution when it is short enough: shortening would cut it
  const keepsSaying =
    input.attributed &&
    TRAILING_SAID.test(text) &&
    text.split(/\s+/u).length <= TITLE_MAX_WORDS + TITLE_OVERRUN_WORDS;
  // too long to keep whole: who said it goes first, and what was said is shortened after it
  if (!keepsSaying && input.attributed) text = sayingFirst(text);
  if (!keepsSaying) text = shorten(text);
  text = withoutDanglingEnd(tidy(text).replace(TRAILING_INTERVAL, ''));
  text = withCopula(balanceQuotes(text));
  // "iPhone 4 will ..." keeps its brand's lower-case first letter
  return /^\p{Ll}\p{Lu}/u.test(text) ? text : capitalised(text);
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

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whether a title is only an adverbial phrase ("With the finding of a buried rifle"): opened by
 * a preposition of the adverbials, with no finite verb. The sentence's main clause says more.
 */
export function isOnlyAdverbial(title: string): boolean {
  // the first word decides for nearly every title: the rest is read only after an opener
  const first = /[\p{L}'’-]+/u.exec(title)?.[0] ?? '';
  if (!ADVERBIAL.has(first.toLowerCase())) return false;
  const words = [...title.matchAll(WORD_RUN)].map((m) => m[0]);
  // a participle after a determiner is an adjective ("a buried rifle")
  return !words.some((w, i) => {
    const form = verbForm(w);
    const adjective = i > 0 && DETERMINER.has(words[i - 1]!.toLowerCase());
    return form !== null && form !== 'ing' && form !== 'base' && !adjective;
  });
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

/**
 * Whether a text starts with its verb (maybe after an adverb): it has no subject of its own. A
 * word in -s is a verb only where a relative pronoun stood ("which goes live"); elsewhere it is
 * as likely a plural ("applications can be submitted").
 */
export function opensWithVerb(text: string, relative = false): boolean {
  // only the first two words matter: the split stops there
  const [first = '', second = ''] = text
    .split(/\s+/u, 2)
    .map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  // "Beijing imposed tariffs": a capitalised word in -ing before a finite verb is a name
  const name = looksLikeNameInIng(first) && FINITE_FORMS.has(verbForm(second.toLowerCase()));
  return (
    (isVerbish(first) && !name) ||
    (relative && (isPresentAfterSubject(first) || isBareVerbBefore(first, second))) ||
    ((/ly$/u.test(first) || (relative && isResumingAdverb(first))) && isVerbish(second))
  );
}

/** Drops punctuation and function words a cut left at the end ("... showed that", "within the"). */
export function withoutDanglingEnd(text: string): string {
  let out = text;
  for (let guard = 0; guard < 4; guard++) {
    // read from the end: the patterns /[\s,;:.—–-]+$/u and /\s+([\p{L}']+)$/u, without
    // trying them at every position of the text
    let next = out.slice(0, trailingRunStart(out, TITLE_END));
    const last = lastWord(next);
    if (last && DANGLING.has(last.word.toLowerCase()) && !finishesVerb(next, last))
      next = next.slice(0, last.spaceStart);
    if (next === out) break;
    out = next;
  }
  // "at her home in Boulder, Colo.": an abbreviation keeps its period
  const last = lastWord(out);
  if (text.startsWith('.', out.length) && last && isAbbreviation(last.word)) out += '.';
  return out;
}

const ABBREVIATED = new Set(ABBREVIATIONS_AT_END.split(' '));

/** Whether a word is written with a period after it: a state ("Colo.") or "Inc.", "Jr." ... */
function isAbbreviation(word: string): boolean {
  return ABBREVIATED.has(word) || isPlacePart(`${word}.`);
}

/** A test of a code unit: white space or one of `marks`. */
const spaceOr =
  (marks: string) =>
  (code: number): boolean =>
    isWhiteSpace(code) || marks.includes(String.fromCharCode(code));
/** [\s,;:.—–-]: what a title does not end with. */
const TITLE_END = spaceOr(',;:.—–-');
/** [\s,;:—–-]: what tidy() takes off the end. */
const TIDIED_END = spaceOr(',;:—–-');

/** Where the run of code units that `inRun` accepts and that ends at `end` starts. */
function trailingRunStart(
  text: string,
  inRun: (code: number) => boolean,
  end = text.length,
): number {
  let start = end;
  while (start > 0 && inRun(text.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * The word of letters and apostrophes that ends a text after white space, and where that white
 * space starts: what /\s+(?<word>[\p{L}']+)$/u matches; null when it does not.
 */
const PARTICLES_OF_VERBS = wordSet(VERB_PARTICLES, { lower: true });

/** Whether the last word is a particle right after its verb ("He took over"). */
function finishesVerb(text: string, last: { word: string; spaceStart: number }): boolean {
  if (!PARTICLES_OF_VERBS.has(last.word.toLowerCase())) return false;
  // "will take over": a verb's base form counts too
  const verb = lastWord(text.slice(0, last.spaceStart))?.word ?? '';
  return isVerbish(verb) || verbForm(verb.toLowerCase()) === 'base';
}

function lastWord(text: string): { word: string; spaceStart: number } | null {
  const wordStart = trailingRunStart(text, (code) => !isWhiteSpace(code));
  if (wordStart === 0 || wordStart === text.length) return null;
  const word = text.slice(wordStart);
  if (!/^[\p{L}']+$/u.test(word)) return null;
  return { word, spaceStart: trailingRunStart(text, isWhiteSpace, wordStart) };
}

/** The "of" after a noun that names a date ("a trial date of", "a deadline of"). */
const DATE_OF = /(?<=\b(?:date|dates|deadline))\s+of\s+$/u;

/** What names the year a part of it belongs to, right after the part ("of the financial year"). */
const YEAR_OF_PART =
  /^\s+of\s+(?:the|this|that|last|next)\s+(?:financial\s+|fiscal\s+|calendar\s+)?year\b/u;
/** The stretch a day names after it: "over Thanksgiving weekend", "during Easter week". */
const STRETCH_AFTER = /^\s+(?:weekend|week|holidays?|break)\b/iu;

/** What joins two dates ("March and June", "1994, 1995 and 1997", "Monday or Tuesday"). */
/** A distance right before a date: "just days before", "two weeks after". */
const DISTANCE_BEFORE = new RegExp(OFFSET_FROM.distance, 'iu');
const DATE_JOIN = /^\s*,?\s*(?:and|or|to|through|until|till|-|–|,)?\s*$/u;

/** ", the day before", ", a week later", ", the same day": after a date, what only places it. */
const DATE_APPOSITION =
  /^,\s+(?:the|a)\s+(?:same\s+)?(?:day|night|morning|evening|week|month|year)(?=\s+(?:before|after|when)\b|\s*[,.;]|$)/u;

/**
 * Whether a date stands between a determiner and a noun in -ing ("the Oct. 23 slaying"). For
 * titles only: qualifiesNoun() also decides which date anchors an event, and reading these as
 * modifiers there moved events off their dates.
 */
function beforeNounInIng(text: string, start: number, end: number): boolean {
  const next = /^ (?<word>\p{Ll}+ing)\b/u.exec(text.slice(end, end + 30))?.groups?.['word'];
  if (next === undefined || verbForm(next) !== 'ing') return false;
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

const DETERMINER_BEFORE = /\b(?:the|a|an|its|his|her|their|this|that|last)\s+$/iu;

/**
 * Dates written as one range ("2019-20", "May 5-7", "1994/95") joined into one span, so that
 * the range is kept or left out whole ("the 2019-20 season" qualifies its noun; was "the -
 * season").
 */
function joinedRanges<T extends Span>(
  clause: Span & { text: string },
  dates: readonly T[],
): Array<T | Span> {
  const joined: Array<T | Span> = [];
  for (const date of [...dates].sort((a, b) => a.start - b.start)) {
    const last = joined[joined.length - 1];
    const between = last
      ? clause.text.slice(last.end - clause.start, date.start - clause.start)
      : '';
    if (last && date.start >= last.end && /^[-–/]$/u.test(between))
      joined[joined.length - 1] = { start: last.start, end: date.end };
    else joined.push(date);
  }
  return joined;
}

/** The clause text without adverbial date expressions and their prepositions. */
function withoutDates(
  clause: Span & { text: string },
  dates: ReadonlyArray<Span & { value?: string }>,
): string {
  let text = clause.text;
  const inside = joinedRanges(
    clause,
    dates.filter((d) => d.start >= clause.start && d.end <= clause.end),
  ).sort((a, b) => b.start - a.start);
  /** Where the date removed last (the next one in the text) was: what follows it now. */
  let removedAt = -1;
  /** Whether that date was only a reference to the present, past or future ("now"). */
  let removedReference = false;
  for (const date of inside) {
    let start = date.start - clause.start;
    let end = date.end - clause.start;
    // "the autumn draft", "Monday's memo": the date qualifies a noun and stays; so in "the
    // October 1998 shooting death", where the word in -ing is a noun
    // ("raised its guidance for the second quarter": which figures, not when; it stays)
    // ("postponed its vote until March 25": the new date is part of the news of the day)
    if (
      qualifiesNoun(text, { start, end }) ||
      beforeNounInIng(text, start, end) ||
      namesFigures(text, { start, end }) ||
      isNewDate(text, { start, end })
    )
      continue;
    // "2007 was the year of the iPhone", '"Today is a sad day"', "The 1990s saw a boom": the date
    // is the subject and stays
    // (so is one after "that": "Farmers said that June was the wettest month")
    if (
      (/^[\s`"“‘']*(?:the\s+)?$/iu.test(text.slice(0, start)) ||
        /\bthat\s+$/iu.test(text.slice(Math.max(0, start - 6), start))) &&
      isVerbish(/^\s*(?<word>[\p{L}'’]+)/u.exec(text.slice(end))?.groups?.['word'] ?? '')
    )
      continue;
    // "for the quarter ended Dec. 31": the end of a period that is a date goes with the period
    const period = periodEndedAt(text, { start, end });
    if (period >= 0 && inside.some((d) => d.end - clause.start === period)) start = period;
    // "stranded just days before Christmas": a distance right before the date goes with it
    const distance = DISTANCE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (distance) start -= distance[0].length;
    // only the last words can hold the preposition: a short window keeps this cheap
    const from = Math.max(0, start - 40);
    const m = DATE_PREPOSITION.exec(text.slice(from, start));
    if (m) start = from + m.index;
    // "set a trial date of Sept. 9 for the men": the "of" that named the date goes with it
    else {
      const of = DATE_OF.exec(text.slice(from, start));
      if (of) start = from + of.index;
    }
    // "During the first quarter of the financial year Apple sold": the year goes with its part
    // "on Dec. 25, 1991, the day before ...": a phrase that only places the date goes with it
    const of =
      YEAR_OF_PART.exec(text.slice(end, end + 40)) ??
      DATE_APPOSITION.exec(text.slice(end, end + 40)) ??
      (m ? STRETCH_AFTER.exec(text.slice(end, end + 12)) : null);
    end += of?.[0].length ?? 0;
    // "in March and June 2011": the word that joined it to the date removed after it goes too
    // (after a preposition: in "four years ago and now are poised", "and" joins the verbs, and
    // so in "raised $500 million in October and now employs 1,200 people": "now" is no date of
    // a list)
    if (m && removedAt >= end && !removedReference && DATE_JOIN.test(text.slice(end, removedAt)))
      end = removedAt;
    // "An iOS update released Thursday came with ...": a participle the date alone completed
    // goes with it, before the sentence's verb
    start -= participleBefore(text, start, end);
    // "The project in Tacoma, completed in 2018, also required repairs": an aside of a
    // participle and its date goes whole, with its commas
    const participle = /,\s*\p{Ll}+(?:ed|en|wn|lt|nt)\s*$/u.exec(
      text.slice(Math.max(0, start - 24), start),
    );
    if (participle && /^\s*,\s*\p{L}/u.test(text.slice(end, end + 4))) {
      start -= participle[0].length;
      end += /^\s*,/u.exec(text.slice(end))![0].length;
    }
    // "The vote, on Tuesday, was close": an aside of nothing but its date, between the subject
    // and its verb, goes with its commas
    const opening = /,\s*$/u.exec(text.slice(Math.max(0, start - 3), start));
    const closing = /^\s*,\s*(?<verb>[\p{L}'’]+)/u.exec(text.slice(end, end + 30));
    if (
      opening &&
      closing &&
      isVerbish(closing.groups!['verb']!) &&
      !text.slice(0, start - opening[0].length).includes(',')
    ) {
      start -= opening[0].length;
      end += closing[0].length - closing.groups!['verb']!.length - 1;
    }
    text = text.slice(0, start) + text.slice(end);
    removedAt = start;
    removedReference = 'value' in date && (date.value?.endsWith('_REF') ?? false);
  }
  return text;
}

/**
 * The length of "released " before a date at [start, end) when a past participle stands right
 * before it and a finite verb right after it ("update released Thursday came"); else 0.
 */
function participleBefore(text: string, start: number, end: number): number {
  const before = /(?<=\p{Ll}\s)(?<word>\p{Ll}+ed)\s*$/u.exec(
    text.slice(Math.max(0, start - 24), start),
  );
  if (!before?.groups) return 0;
  const after = /^\s*(?<word>\p{Ll}+)/u.exec(text.slice(end, end + 24))?.groups?.['word'] ?? '';
  const form = verbForm(after);
  const finite = FINITE_FORMS.has(form) || form === 'present';
  return finite && isPastOrParticiple(before.groups['word']!) ? before[0].length : 0;
}

/**
 * White space collapsed, no space before punctuation, one mark of a run of [,;:], no punctuation
 * at the ends, no empty brackets. Once spaces are collapsed, single spaces are the only white
 * space, so plain patterns do; a pass with nothing to do is skipped (titles are tidied often).
 */
export function tidy(text: string): string {
  // "&UR;", "&LR;": the layout codes some wire copy carries are no words
  let out = collapseSpace(text.includes('&') ? text.replace(/&[A-Z]{2,4};/gu, ' ') : text);
  if (/ [,.;:!?]/u.test(out)) out = out.replace(/ (?<mark>[,.;:!?])/gu, '$<mark>');
  if (/[,;:]{2}/u.test(out)) out = out.replace(/(?<mark>[,;:])[,;:]+/gu, '$<mark>');
  // a comma a removed date left after an article or an opening quote ("The, bombings"; a
  // straight quote may be a closing one)
  if (out.includes(',') && /(?:\b(?:[Tt]he|[Aa]n?)|``|[“‘])\s*,/u.test(out)) {
    out = out.replace(/(?<open>\b(?:[Tt]he|[Aa]n?)|``|[“‘])\s*,\s*/gu, (_m, open: string) =>
      /\p{L}$/u.test(open) ? `${open} ` : open,
    );
  }
  out = out.replace(/^[\s,;:.—–-]+/u, '');
  out = out.slice(0, trailingRunStart(out, TIDIED_END));
  if (out.includes('(')) out = out.replace(/\(\s*\)/gu, '');
  return out.trim();
}

function hasVerb(text: string): boolean {
  // the words between the separators, read one at a time up to the first verb
  for (const m of text.matchAll(WORD_RUN)) if (isVerbish(m[0])) return true;
  return false;
}

/** What hasVerb reads as a word: a run of letters, apostrophes and hyphens. */
const WORD_RUN = /[\p{L}'’-]+/gu;

/** Whether the text opens with a short phrase closed by a comma, a clause with a verb after it. */
function opensAdverbial(text: string): boolean {
  const comma = text.indexOf(', ');
  if (comma <= 0) return false;
  const head = text.slice(0, comma);
  return head.split(/\s+/u).length <= 12 && !hasVerb(head) && hasVerb(text.slice(comma + 2));
}

/** Drops linking words and a short adverbial phrase closed by a comma. */
/** How a subject starts: a determiner or a capital ("the company", "Apple"). */
const SUBJECT_START = /^(?:(?:the|a|an|its|their|his|her|our)\s|\p{Lu})/u;

function stripLeading(text: string): string {
  for (let guard = 0; guard < 4; guard++) {
    const first = /^(?<word>[\p{L}'’-]+)/u.exec(text)?.groups?.['word']?.toLowerCase() ?? '';
    // "As a result of strong sales, the quarter ...": the whole phrase goes, not "as" alone
    if (LINKS.has(first) && !(ADVERBIAL.has(first) && opensAdverbial(text))) {
      const rest = tidy(text.slice(first.length));
      // ("And the company expects growth to slow": a coordinator before its clause's subject
      // goes, whether or not its verb is known; "and leaves for Jordan" keeps it for now)
      const subjectNext = /^(?:and|but)$/u.test(first) && SUBJECT_START.test(rest);
      if (hasVerb(rest) || subjectNext || /^(?:that|which|who|whom|whose)$/u.test(first)) {
        text = rest;
        continue;
      }
    }
    const comma = text.indexOf(', ');
    const head = comma > 0 ? text.slice(0, comma) : '';
    const headWords = head.split(/\s+/u);
    const opener = bare(headWords[0] ?? '').toLowerCase();
    const twoWords = headWords.slice(0, 2).join(' ').toLowerCase();
    if (
      head &&
      // a longer phrase goes too when it has no verb ("At the company's own Worldwide Developers
      // Conference (WWDC) keynote at the Moscone West center in San Francisco, Jobs introduced")
      (headWords.length <= 12 || (headWords.length <= 24 && !hasVerb(head))) &&
      (ADVERBIAL.has(opener) ||
        ADVERBIAL.has(twoWords) ||
        // ("Emily Jones, who founded ...": a name, not an adverb in -ly)
        (/ly$/u.test(opener) && !/^\p{Lu}\S*\s+\p{Lu}/u.test(head)) ||
        // ("Boeing, the largest exporter, said": a capitalised word in -ing alone is a name)
        (verbForm(opener) === 'ing' && !(headWords.length === 1 && /^\p{Lu}/u.test(head))) ||
        RELATIVE_TIME.test(head)) &&
      hasVerb(text.slice(comma + 2))
    ) {
      text = tidy(text.slice(comma + 2));
      continue;
    }
    break;
  }
  return text;
}

/**
 * "Belarusian Foreign Minister, Sergei Aleinik, stated ..." -> "Sergei Aleinik stated ...";
 * "Belarus, one of Russia's closest allies, has restored ..." -> "Belarus has restored ...".
 */
function apposition(text: string, names: readonly string[]): string {
  const m = /^(?<first>[^,]{1,80}), (?<second>[^,]{1,120}), (?<rest>.+)$/u.exec(text);
  if (!m?.groups) return text;
  const { first = '', second = '', rest = '' } = m.groups;
  // "the self-styled King of Pop", "the strongest to hit the country", "formerly an executive
  // overseeing engineering": an adjective in -ed, an infinitive and a participle in -ing are no
  // verbs of an aside
  const aside = second.replace(/\S+-\p{Ll}+ed\b|\bto [\p{L}'’-]+|\b\p{Ll}+ing\b/gu, '');
  // ("Boeing": a capitalised word in -ing is a name)
  const firstHasVerb = hasVerb(first) && !looksLikeNameInIng(first);
  if (firstHasVerb || hasVerb(aside) || !hasVerb(rest)) return text;
  const named = (s: string): boolean => names.some((n) => s.includes(n));
  // "Slepian, 52, an obstetrician, was shot": an age goes, and the description after it next
  // ("Kopp, 44, of St. Albans, Vt., became": a home town is no description)
  if (
    /^\d{1,3}$/u.test(second) &&
    /^[^,]{1,80}, /u.test(rest) &&
    !/^(?:of|from|in)\s/u.test(rest) &&
    !opensWithVerb(rest)
  )
    return `${first}, ${rest}`;
  // "The sheriff, 62, has held the office": an age alone goes too
  if (/^\d{1,3}$/u.test(second) && hasVerb(rest) && !/^(?:of|from|in)\s/u.test(rest))
    return `${first} ${rest}`;
  // "Its chief executive, Jane Roe, who took over": a relative clause keeps its comma
  const join = /^(?:who|which|whose|whom)\s/u.test(rest) ? ', ' : ' ';
  // "Other retailers, including Best Buy, did not": a lower-case aside is detail, not the name
  // "Poland, the Czech Republic and Hungary, who were invited": a list of names, no aside
  if (join === ', ' && / (?:and|or) \p{Lu}/u.test(second)) return text;
  if (/^\p{Ll}/u.test(second)) return `${first}${join}${rest}`;
  if (named(first)) return `${first}${join}${rest}`;
  if (named(second)) return `${second}${join}${rest}`;
  return text;
}

/**
 * "Obama, who arrives in Jordan" (a relative clause after the name it tells of, once the main
 * clause is cut off): "Obama arrives in Jordan". Only a subject relative: "Reno, whom he met"
 * stays.
 */
const RELATIVE_AFTER_NAME = /^[^,]{1,60}, (?:who|which|whose) [^,]+,?$/u;
/** "Poland, the Czech Republic and Hungary": names listed with commas and a last "and". */
const NAME_LIST = String.raw`[^,]{1,40}(?:, [^,]{1,40}){0,4},? (?:and|or) [^,]{1,40}`;

const RELATIVE_AFTER = new RegExp(
  String.raw`^(?<name>${NAME_LIST}|[^,]{1,60}), (?<pronoun>who|which) (?<verb>[\p{L}'’]+)(?<rest>[^,]*),?$`,
  'u',
);

function relativeAside(text: string): string {
  const comma = text.indexOf(', ');
  if (comma < 1 || comma > 60) return text;
  // "Mexico, where the virus was first detected": what happened there, in that place
  const where = /^(?<place>\p{Lu}[^,]{0,59}), where (?<rest>[^,]+),?$/u.exec(text)?.groups;
  if (where?.['rest'] !== undefined && hasVerb(where['rest']))
    return placeOfWhere(where['rest'], where['place']);
  // "Disney, whose shares rose 3%": what belongs to the name did it ("Disney's shares rose 3%")
  const whose = /^(?<owner>\p{Lu}[^,]{0,59}), whose (?<rest>[^,]+),?$/u.exec(text)?.groups;
  if (whose?.['rest'] !== undefined && hasVerb(whose['rest'])) {
    const owner = whose['owner']!;
    return `${owner}${/s$/u.test(owner) ? '’' : '’s'} ${whose['rest']}`;
  }
  const m = RELATIVE_AFTER.exec(text);
  const { pronoun = '', verb = '', rest = '' } = m?.groups ?? {};
  if (!m) return text;
  const name = pronoun === 'which' ? whichNoun(m.groups!['name']!) : m.groups!['name']!;
  // "which firefighters brought": a plural and a past verb, an object relative
  const object = objectRelative(text);
  if (object !== text) return object;
  if (isVerbish(verb) || isPresentAfterSubject(verb)) return `${name} ${verb}${rest}`;
  // "who last won", "which first opened": an adverb before the verb
  if (
    (isAsideAdverb(verb) || isResumingAdverb(verb)) &&
    isVerbish(rest.trimStart().split(' ', 1)[0]!)
  )
    return `${name} ${verb}${rest}`;
  return text;
}

/**
 * "The blaze, which firefighters brought under control": an object relative, its subject and
 * past verb, then the noun it tells of as the object ("Firefighters brought the blaze under
 * control").
 */
function objectRelative(text: string): string {
  const m = /^(?<noun>[^,]{1,60}), (?:which|whom) (?<clause>[^,]+),?$/u.exec(text);
  const { noun = '', clause = '' } = m?.groups ?? {};
  if (!m || hasVerb(noun)) return text;
  const words = clause.split(' ');
  // the subject is a word to three, the first past form after it the verb
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const subject = words.slice(0, k).join(' ');
    if (hasVerb(subject)) return text;
    if (verbForm(words[k]!) !== 'past') continue;
    // "The blaze" goes mid-sentence as "the blaze"; a name keeps its capital
    const determined = DETERMINER.has(noun.split(' ', 1)[0]!.toLowerCase());
    const object = determined ? noun.charAt(0).toLowerCase() + noun.slice(1) : noun;
    const rest = words.slice(k + 1).join(' ');
    return `${capitalised(subject)} ${words[k]!} ${object}${rest ? ` ${rest}` : ''}`;
  }
  return text;
}

/**
 * "Jobs, born in San Francisco" (all that is left of "Jobs, born in San Francisco on February
 * 24, 1955, has built ..." once its date is out): a name and the participle after it read as
 * "Jobs was born in San Francisco".
 */
function participleAside(text: string, names: readonly string[]): string {
  // "Name, participle rest" with no other comma: checked by position before the pattern runs
  const comma = text.indexOf(', ');
  if (comma < 1 || comma > 60 || text.includes(',', comma + 2)) return text;
  const m =
    /^(?<name>[^,]{1,60}), (?<first>\p{Ll}+)(?: (?<second>[\p{L}'’-]+))?(?<rest> [^,]+)?$/u.exec(
      text,
    );
  const { name = '', first = '', second, rest = '' } = m?.groups ?? {};
  if (!m) return text;
  // "The exhibition, open until Jan. 7": a state without a verb holds as the text tells it
  const state = STATE_ASIDE_WORDS.find(
    (words) => words[0] === first && (words.length === 1 || words[1] === second),
  );
  const named = names.includes(name) || CAPITALISED_NAME.test(name);
  if (state && (named || (DETERMINED_NOUN.test(name) && !hasVerb(name)))) {
    const be = /[^s]s$/u.test(name) && !named ? 'are' : 'is';
    return `${name} ${be} ${text.slice(comma + 2)}`;
  }
  // "first proposed in 2011": an adverb before the participle
  const adverb =
    !isPastOrParticiple(first) && isAsideAdverb(first) && isPastOrParticiple(second ?? '');
  if (!adverb && !isPastOrParticiple(first)) return text;
  const after = (adverb ? rest : `${second === undefined ? '' : ` ${second}`}${rest}`).trim();
  // "The ceasefire, agreed two weeks ago": a noun with its determiner will do, when what
  // follows is no object ("The embassy bombings, killed 247 people" is no passive)
  const noun =
    DETERMINED_NOUN.test(name) &&
    !hasVerb(name) &&
    (after === '' || PREPOSITION_WORDS.has(after.split(' ', 1)[0]!.toLowerCase()));
  if (!names.includes(name) && !noun) return text;
  const be = noun && /[^s]s$/u.test(name) ? 'were' : 'was';
  const verb = adverb ? `${first} ${second!}` : first;
  return `${name} ${be} ${verb}${after === '' ? '' : ` ${after}`}`;
}

/** "Mr. Smith", "Apple", "The Louvre": capitalised words only, a name. */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}$/u;

/**
 * "the ceasefire", "its new leaders", "Two stopgap measures", "Apple Corps' latest suit": a
 * determiner, a number or a possessive name, and a word or three.
 */
const DETERMINED_NOUN =
  /^(?:(?:the|a|an|its|his|her|their|this|that|these|those|both|several|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)|\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3}(?:['’]s?))(?: [\p{L}'’-]+){1,3}$/iu;

/**
 * "Rescued by fishermen off the Florida coast, Elian has become ...": a clause opened by a past
 * participle is about the name after it, "Elian was rescued by fishermen off the Florida coast".
 */
function frontedParticiple(text: string, names: readonly string[]): string {
  // most titles open with no participle: the first word is looked up before any pattern runs
  const opener = /^\p{L}\p{Ll}+/u.exec(text)?.[0];
  const opens = opener === undefined ? null : verbForm(opener.toLowerCase());
  if (opens !== 'participle' && opens !== 'past') return text;
  const m = /^(?<participle>\p{L}\p{Ll}+)(?<phrase>[^,]{1,120}), (?<rest>.+)$/u.exec(text);
  const { participle = '', phrase = '', rest = '' } = m?.groups ?? {};
  if (!m) return text;
  const form = verbForm(participle.toLowerCase());
  if (form !== 'participle' && form !== 'past') return text;
  // the subject: a name, or "the" and a noun or two ("Buried a foot deep, the rifle was ...")
  const name =
    names
      .filter((n) => rest.startsWith(`${n} `))
      .reduce((a, b) => (b.length > a.length ? b : a), '') || definiteSubject(rest);
  const verb = /^\s*(?<word>[\p{L}'’-]+)/u.exec(rest.slice(name.length))?.groups?.['word'] ?? '';
  if (name === '' || !isVerbish(verb)) return text;
  const subject = capitalised(name);
  const be = /^the\b.*[^s]s$/u.test(name) ? 'were' : 'was';
  return `${subject} ${be} ${participle.toLowerCase()}${phrase}`;
}

/**
 * "Oklahoma City, where 168 people were killed in a bombing": the place is where it happened,
 * not the verb's object ("168 people were killed in a bombing in Oklahoma City").
 */
function placeOfWhere(text: string, place: string | undefined): string {
  const rest = text.replace(/^where\s+/iu, '').replace(/[\s.!?]+$/u, '');
  const named = place !== undefined && /^\p{Lu}/u.test(place);
  return named ? `${rest} in ${place}` : rest;
}

/** "the rifle" of "the rifle was sent ...": "the" and one or two words before a verb, or ''. */
function definiteSubject(text: string): string {
  const words = text.split(' ', 4);
  if (words[0] !== 'the') return '';
  for (let n = 2; n <= 3; n++) {
    const noun = words[n - 1] ?? '';
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(noun) || isVerbish(noun)) return '';
    if (isVerbish(words[n] ?? '')) return words.slice(0, n).join(' ');
  }
  return '';
}

/** "Moscow annexed" + "the Crimean Peninsula": the relative's object goes after its verb. */
function withObject(text: string, object: string): string {
  const words = text.replace(/[.!?]+$/u, '').split(/\s+/u);
  const verb = words.findIndex((w) => isVerbish(w.replace(/[^\p{L}'’-]/gu, '')));
  if (verb < 0) return text;
  return [...words.slice(0, verb + 1), object, ...words.slice(verb + 1)].join(' ');
}

/** Drops a relative clause between commas: "the Lion release, which is due next summer, will ...". */
function withoutAsides(text: string): string {
  text = withoutDashAside(text);
  const open =
    /,\s+(?:(?:some|many|most|all|none|one|each|both|several) of )?(?:which|who|whose|whom)\s/u.exec(
      text,
    );
  if (!open) return text;
  // the aside ends at the comma after which the main clause goes on with its verb
  for (const close of text.slice(open.index + 1).matchAll(/,\s+(?<word>[\p{L}'’-]+)/gu)) {
    if (!isVerbish(close.groups?.['word'] ?? '')) continue;
    const end = open.index + 1 + close.index + 1;
    const stripped = tidy(`${text.slice(0, open.index)} ${text.slice(end)}`);
    return hasVerb(stripped) ? stripped : text;
  }
  return text;
}

/**
 * Drops an aside between dashes: "The iMac and the new MacBook Pro - a notebook computer
 * replacing the PowerBook - are said to be faster" -> "The iMac and the new MacBook Pro are said
 * to be faster", when what is left still has its verb.
 */
function withoutDashAside(text: string): string {
  if (
    !text.includes(' - ') &&
    !text.includes(' – ') &&
    !text.includes(' — ') &&
    !text.includes('--') &&
    !text.includes(' _ ')
  )
    return text;
  // a dash may be typed as two to four hyphens ("service ---- a Jewish ceremony ---- included")
  // or, in wire copy, as an underscore ("200 Americans _ staff and their families _ left")
  // (a hyphen inside a word, "24-hour", is part of the aside)
  const m =
    /\s(?:-{2,4}|[-–—_])\s(?<aside>(?:[^-–—_]|(?<=\w)-(?=\w)){1,120}?)\s(?:-{2,4}|[-–—_])\s/u.exec(
      text,
    );
  // "Wal - Mart": a name written with a spaced hyphen is no aside
  if (!m || /^\p{Lu}/u.test(m.groups?.['aside'] ?? '')) return text;
  const stripped = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  return hasVerb(stripped) && !hasFiniteVerb(m.groups?.['aside'] ?? '') ? stripped : text;
}

/**
 * "The suspect -- Khalfan Khamis Mohamed -- was scheduled to appear": a name between dashes is
 * an apposition, as between commas (apposition() then keeps the name). A single word between
 * spaced hyphens is no aside ("Wal - Mart").
 */
function namedDashAside(text: string): string {
  if (!text.includes('--') && !text.includes(' — ') && !text.includes(' – ')) return text;
  return text.replace(
    /\s(?:-{2,4}|[–—])\s(?<name>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4})\s(?:-{2,4}|[–—])\s/u,
    ', $<name>, ',
  );
}

/** Whether a text has a finite verb: not only participles ("a notebook replacing the PowerBook"). */
function hasFiniteVerb(text: string): boolean {
  for (const m of text.matchAll(WORD_RUN)) {
    const form = verbForm(m[0]);
    if (form !== null && form !== 'ing' && form !== 'participle' && form !== 'base') return true;
  }
  return false;
}

/**
 * At most TITLE_MAX_WORDS words, stopping at a comma or before a detail after the verb. A cut
 * that would leave the statement unfinished ("... will be placed | on a travel ban", "the
 * presidents of Russia | and Belarus") moves up to TITLE_OVERRUN_WORDS words further when a
 * better one is there; otherwise it stays where it was.
 */
function shorten(text: string): string {
  const words = text.split(/\s+/u);
  if (words.length <= TITLE_MAX_WORDS) {
    const comma = firstCommaInPlaceName(words) ? -1 : text.indexOf(', ');
    const head = comma > 0 ? text.slice(0, comma) : '';
    return head.split(' ').length >= 3 &&
      hasVerb(head) &&
      !onlyReports(head) &&
      withoutDanglingEnd(head) === head
      ? head
      : text;
  }
  let verbAt = words.findIndex((w) => isVerbish(bare(w)));
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
      !joinsAdjectives(words, i)
    ) {
      const head = words.slice(0, i).join(' ');
      if (onlyReports(head)) break;
      if (withoutDanglingEnd(head) === head.replace(/[,;:]$/u, '')) return head;
    }
  }
  // a break may come with the quotation mark it opens ('make the assessments "in the next days')
  const breaksAt = (i: number): boolean =>
    i >= 4 && i > verbAt + 1 && BREAKS.has(bare(words[i]!).toLowerCase());
  const cut = (i: number): string => words.slice(0, i).join(' ');
  // a finished statement near the limit; one much shorter loses what the old cut kept
  for (let i = within - 1; i > verbAt + 1 && i >= TITLE_MAX_WORDS - TITLE_OVERRUN_WORDS; i--) {
    if (breaksAt(i) && completeBefore(words, i)) return cut(i);
  }
  for (let i = within; i < beyond; i++) {
    if (
      /[,;:]$/u.test(words[i - 1]!) &&
      !inPlaceName(words, i) &&
      !joinsAdjectives(words, i) &&
      completeBefore(words, i)
    ) {
      return cut(i).replace(/[,;:]$/u, '');
    }
    if ((breaksAt(i) || opensClause(words, i)) && completeBefore(words, i)) return cut(i);
  }
  // a clause just over the limit is best whole
  if (words.length <= TITLE_MAX_WORDS + TITLE_OVERRUN_WORDS) return text;
  for (let i = within - 1; i > verbAt + 1; i--) if (breaksAt(i)) return cut(i);
  return `${words.slice(0, TITLE_MAX_WORDS).join(' ')} …`;
}

const GRADING = wordSet(GRADING_WORDS, { lower: true });

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
  if (isPlacePart(words[i] ?? '')) return true;
  return isPlacePart(words[i - 1]!) && /,$/u.test(words[i - 2] ?? '');
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

/** A word without the punctuation around it. */
function bare(word: string): string {
  return word.replace(/[^\p{L}'’-]/gu, '');
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
  // "black | and white", "up | to four times": inside a fixed phrase
  const pair = `${last.toLowerCase()} ${bare(next)}`;
  if (PAIRS.has(pair) || PAIRS.has(`${pair} ${bare(words[i + 1] ?? '').toLowerCase()}`)) {
    return false;
  }
  const joinsNames = next === 'and' && /^\p{Lu}/u.test(last) && /^\p{Lu}/u.test(words[i + 1] ?? '');
  return !joinsNames && !endsParallelConjunct(words, i);
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

/**
 * Drops a quotation mark left without its partner by a cut, and a bracket a cut left open with
 * what follows it ("between the manufacturer of the iPhone (which was" -> "... of the iPhone").
 */
function balanceQuotes(text: string): string {
  // the wire's `` and '' are typed quotation marks: a title shows them as “ and ” ('' opens
  // where a word follows it after a space, as some wire copy also uses it)
  if (text.includes('``') || text.includes("''")) {
    text = text
      .replace(/``/gu, '“')
      .replace(/(?<=^|[\s(])''(?=[\p{L}\p{N}])/gu, '“')
      .replace(/''/gu, '”');
  }
  const bracket = text.lastIndexOf('(');
  if (bracket >= 0 && !text.includes(')', bracket)) {
    text = withoutDanglingEnd(tidy(text.slice(0, bracket)));
  }
  if (!/["“”]/u.test(text)) return tidy(text);
  const straight = (text.match(/"/gu) ?? []).length;
  if (straight % 2 === 1) text = text.replace(/"/u, '');
  const open = (text.match(/“/gu) ?? []).length;
  const close = (text.match(/”/gu) ?? []).length;
  if (open > close) text = text.replace(/“(?!.*“)/u, '');
  if (close > open) text = text.replace(/”/u, '');
  return tidy(text);
}
