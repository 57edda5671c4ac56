/**
 * Capitalised names in a sentence: runs of capitalised words (with "of", "de"... inside),
 * cut at role titles and at words that are never names, with possessives removed, each marked
 * as a place when the gazetteer knows it. "Apple CEO Steve Jobs unveiled the iPhone 4 in San
 * Francisco" gives Apple, Steve Jobs, iPhone 4 and San Francisco (a place).
 */
import {
  AND_JOINED_BODIES,
  BIDDING_OBJECTS,
  COMMON_OPENERS,
  DEGREE_ADVERBS,
  FIRST_NAMES,
  FIRST_NAMES_ALSO_WORDS,
  GROUP_NAMES,
  RESULT_AFTER_OPENER,
  HYPHENED_NAME_PARTICLES,
  MONTH_MODIFIERS,
  NAME_CONNECTORS,
  NAME_OPENING_ABBREVIATIONS,
  PLACE_NAME_CONNECTORS,
  NAME_QUALIFIED_NOUNS,
  NAME_SUFFIXES,
  PARTY_AND_STATE,
  NOT_NAMES,
  NUMBERS_OPENING_NAMES,
  ORGANISATION_WORDS,
  PAGEANT_TITLES,
  ROLE_FIELDS,
  ROLE_WORDS,
  SENTENCE_ADVERBS,
  SLOGAN_DENIALS,
  STAFF_NOUNS,
  WORKFORCE_NOUNS,
  TRADE_NAME_WORDS,
} from '../lexicon/en/events/names.ts';
import {
  DETERMINERS,
  INDEFINITE_ARTICLES,
  PREPOSITIONS,
} from '../lexicon/en/events/function-words.ts';
import { CITIES, COUNTRIES, DEMONYMS, REGIONS } from '../lexicon/en/events/places.ts';
import { AFTER_SPAN_OF_TIME, TIME_UNIT_WORDS } from '../lexicon/en/events/clauses.ts';
import { ABBREVIATIONS_AT_END, PLACE_AFTER_COMMA } from '../lexicon/en/events/titles.ts';
import type { Span } from './sentences.ts';
import {
  isCountWord,
  isPresentAfterSubject,
  isReportingVerb,
  isVerbish,
  verbForm,
} from './verbs.ts';
import {
  isCapitalized,
  phraseList,
  stripPossessive,
  tokenize,
  wordSet,
  type Token,
} from './words.ts';

export interface Name extends Span {
  /** The name as written, possessive removed. */
  text: string;
  /** `place` when the gazetteer knows it. */
  kind: 'place' | 'other';
  /** Index of its first word among the sentence's words. */
  word: number;
  /** The lower-case word just before it, if any ("in", "to", "the"). */
  before: string;
  /**
   * An ordinary word, capitalised only for opening its sentence ("Heavy snow closed roads",
   * "Talks resumed"): isCommonWordOpening() says so, once the article's names are known.
   */
  ordinary?: true;
  /**
   * All that stands between quote marks: a title's or a slogan's ("“No Surrender”", "the
   * “Stop” signs"), which acts only as its clause's subject (rolesOf()).
   */
  quoted?: true;
}

const NOT_NAME = wordSet(NOT_NAMES);
const SENTENCE_ADVERB = wordSet(SENTENCE_ADVERBS);
const DEGREE_ADVERB = wordSet(DEGREE_ADVERBS);
const COMMON_OPENER = wordSet(COMMON_OPENERS);
/** Units of time ("years", "months"), lower case. */
const TIME_UNIT = wordSet(TIME_UNIT_WORDS, { lower: true });
const AFTER_SPAN = wordSet(AFTER_SPAN_OF_TIME);
const STAFF = wordSet(`${STAFF_NOUNS} ${WORKFORCE_NOUNS}`, { lower: true });
const BIDDING_OBJECT = wordSet(BIDDING_OBJECTS);
const NAME_ALSO_WORD = wordSet(FIRST_NAMES_ALSO_WORDS);
const KNOWN_FIRST_NAME = wordSet(`${FIRST_NAMES.she} ${FIRST_NAMES.he}`);
const MONTH_MODIFIER = wordSet(MONTH_MODIFIERS);
const PAGEANT = new Set(phraseList(PAGEANT_TITLES));
const NUMBER_OPENING_NAME = wordSet(NUMBERS_OPENING_NAMES);
const SLOGAN_DENIAL = wordSet(SLOGAN_DENIALS);
const ROLES = wordSet(ROLE_WORDS, { lower: true });
const FIELDS = wordSet(ROLE_FIELDS, { lower: true });
const CONNECTORS = wordSet(NAME_CONNECTORS);
const NAME_OPENING_ABBREVIATION = wordSet(NAME_OPENING_ABBREVIATIONS);
const PLACE_CONNECTOR = wordSet(PLACE_NAME_CONNECTORS);
const AND_JOINED_BODY = wordSet(AND_JOINED_BODIES);
const ORGANISATION = wordSet(ORGANISATION_WORDS);
const NAME_SUFFIX = wordSet(NAME_SUFFIXES);
const PARTY_STATE = new RegExp(PARTY_AND_STATE, 'u');
const ARTICLE = wordSet(`${INDEFINITE_ARTICLES} the`);
/**
 * Words that are names, or parts of one, wherever they stand: first names, organisations' words,
 * parties and peoples ("Hamas", "Democrats").
 */
const KNOWN_NAME_WORD = wordSet(
  `${FIRST_NAMES.she} ${FIRST_NAMES.he} ${ORGANISATION_WORDS} ${TRADE_NAME_WORDS} ${GROUP_NAMES}`,
);
/** Nouns a name qualifies ("Tesla shares", "Nvidia stock"): the name is still a name. */
const NAME_QUALIFIED = wordSet(NAME_QUALIFIED_NOUNS, { lower: true });
const FUNCTION_WORD = new Set([
  ...wordSet(PREPOSITIONS, { lower: true }),
  ...wordSet(DETERMINERS, { lower: true }),
]);
const PLACES = new Set([...phraseList(COUNTRIES), ...phraseList(REGIONS), ...phraseList(CITIES)]);
const DEMONYM_OF = new Map(
  phraseList(DEMONYMS).map((pair) => {
    const [demonym = '', place = ''] = pair.split('=');
    return [demonym.trim(), place.trim()] as const;
  }),
);
/** The first word of each demonym ("South" of "South Korean"): a name starting otherwise is none. */
const DEMONYM_FIRST_WORDS = new Set([...DEMONYM_OF.keys()].map((d) => d.split(' ')[0]!));

/** Whether a name is a known place ("Belarus", "San Francisco", "MOSCOW"). */
export function isPlace(name: string): boolean {
  let known = PLACE_MEMO.get(name);
  if (known === undefined) {
    if (PLACE_MEMO.size > MEMO_LIMIT) PLACE_MEMO.clear();
    known = PLACES.has(name) || PLACES.has(titleCase(name));
    PLACE_MEMO.set(name, known);
  }
  return known;
}

const COUNTRY_NAMES = new Set(phraseList(COUNTRIES));
/** Countries, states and regions: what a beauty contest's "Miss" names ("Miss Ohio"). */
const CONTEST_PLACE = new Set([...phraseList(COUNTRIES), ...phraseList(REGIONS)]);

/** Whether a name is a known country ("France", "United Kingdom"), not a city or a region. */
export function isCountry(name: string): boolean {
  return COUNTRY_NAMES.has(name);
}

/** Names already looked up in the gazetteer: an article repeats its names. */
const PLACE_MEMO = new Map<string, boolean>();
const MEMO_LIMIT = 50_000;

/** The country a nationality adjective belongs to ("Belarusian" -> "Belarus"), if any. */
export function demonymPlace(word: string): string | undefined {
  return DEMONYM_OF.get(word);
}

function titleCase(word: string): string {
  return word.replace(/\p{L}+/gu, (w) => (w.length > 3 ? w[0]! + w.slice(1).toLowerCase() : w));
}

export interface NameOptions {
  /**
   * Words the article also writes in lower case: a capitalised one of these at the start of a
   * sentence is an ordinary word ("Human rights advocates"), not a name.
   */
  lowerCaseWords?: ReadonlySet<string>;
}

/** `tokens`: the sentence's words, when the caller has them already. */
export function findNames(
  sentence: Span & { text: string },
  options: NameOptions = {},
  tokens: readonly Token[] = tokenize(sentence.text, sentence.start),
): Name[] {
  const gap = (a: Token, b: Token): string =>
    sentence.text.slice(a.end - sentence.start, b.start - sentence.start);
  const names: Name[] = [];
  let run: number[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    names.push(...namesOfRun(run, tokens, sentence, options));
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const prev = tokens[i - 1];
    const between = prev !== undefined && run.length > 0 ? gap(prev, token) : '';
    const joined =
      between !== '' &&
      (between === ' ' || // the usual gap, decided without a pattern
        /^\s+$/u.test(between) ||
        // ("Procter & Gamble Co.", "Johnson & Johnson": an ampersand joins one firm's name)
        (between === ' & ' && joinsFirmName(run, tokens, i, sentence)) ||
        ((/^\p{Lu}$/u.test(prev!.text) || opensWithAbbreviation(run, tokens)) &&
          /^\.\s+$/u.test(between)) ||
        // ("Independence, Mo., on March 12", "Newark, N.J., airport": a city's state is its name's;
        // not "Smith, Wash. Jones and Brown", "Tim Cook, Calif. Gov. Gavin Newsom")
        (/^,\s+$/u.test(between) &&
          isStateAfterCity(token, sentence) &&
          !capitalisedAfterPeriod(token, sentence)));
    if (!joined) flush();
    const nameLike =
      isCapitalized(token.text) ||
      isHyphenedParticleName(token.text) ||
      (run.length > 0 && /^\d{1,2}$|^['’]\d\d$/u.test(token.text)) || // "iPhone 4", "iLife '11"
      // ("3 Doors Down played": a number opening the sentence before a capitalised word may open
      // a band's name; namesOfRun() keeps it only where a verb follows the name)
      (i === 0 && /^\d{1,2}$/u.test(token.text) && isCapitalized(tokens[1]?.text ?? '')) ||
      // ("the Immigration and ...", "The Immigration and ..." opening the sentence)
      (token.text === 'and' && run.length > 0 && opensBodyWithAnd(tokens, i, run[0]!)) ||
      (run.length > 0 &&
        CONNECTORS.has(token.text) &&
        isCapitalized(tokens[i + 1]?.text ?? '') &&
        (!PLACE_CONNECTOR.has(token.text) || isPlaceAround(prev!, token, tokens[i + 1]!)));
    if (!nameLike) {
      flush();
      continue;
    }
    run.push(i);
    // a possessive or a closing mark ends the name
    const after = sentence.text.charAt(token.end - sentence.start);
    if (stripPossessive(token.text) !== token.text || after === "'" || after === '’') flush();
  }
  flush();
  return names;
}

function namesOfRun(
  run: number[],
  tokens: readonly Token[],
  sentence: Span & { text: string },
  options: NameOptions,
): Name[] {
  // cut at words that are never names and at role titles
  // (not a title in quote marks: "“Right Said Fred” played" is the band's, not "Said Fred")
  const whole = isQuotedTitle(run, tokens, sentence);
  const inRole = roleWords(run, tokens);
  const pieces: number[][] = [[]];
  for (let k = 0; k < run.length; k++) {
    const i = run[k]!;
    const word = stripPossessive(tokens[i]!.text);
    // (a sentence adverb only where it opens the sentence: "Meantime, ..."; not "Go Ahead Group")
    // (nor a pronoun's contraction: "We've", "It's")
    if (whole) pieces[0]!.push(i);
    else if (
      (NOT_NAME.has(word) &&
        !isPersonsNameWord(i, run[0]!, tokens, sentence) &&
        !opensNamedThing(run, k, tokens)) ||
      PARTY_STATE.test(word) ||
      (SENTENCE_ADVERB.has(word) && (i === 0 || opensQuote(tokens[i]!, sentence))) ||
      (i === 0 && opensWithDegreeAdverb(run, tokens)) ||
      (inRole[k] && !afterCityComma(run, k, tokens, sentence)) ||
      (/['’]/u.test(word) && NOT_NAME.has(word.replace(CONTRACTION, '')))
    )
      pieces.push([]);
    else pieces[pieces.length - 1]!.push(i);
  }
  const names: Name[] = [];
  for (let piece of pieces.flatMap((p) => splitAtCityOf(p, tokens, sentence))) {
    // a sentence's first word is capitalised anyway: "Rounding out ...", "Shares of Apple ..."
    // (and a quotation's: `he said, "Expect no extensions"`)
    const opener =
      !whole && (piece[0] === 0 || (piece.length > 0 && opensQuote(tokens[piece[0]!]!, sentence)))
        ? tokens[piece[0]!]!.text
        : '';
    if (
      opener &&
      // (a known place in -ing is no participle: "Beijing protested")
      ((isVerbish(opener) &&
        !isPersonsNameWord(piece[0]!, piece[0]!, tokens, sentence) &&
        !(piece.length === 1 && isPlace(opener)) &&
        !(piece.length === 1 && listedBeforeName(tokens, sentence)) &&
        !(piece.length === 1 && opensResult(tokens[piece[0]!]!, sentence))) ||
        (options.lowerCaseWords?.has(opener.toLowerCase()) &&
          (piece.length === 1 || CONNECTORS.has(tokens[piece[1]!]!.text))) ||
        // ("Supporters of Donald Trump rallied": the people of a stance, then whose; alone, the
        // word is left to isCommonWordOpening(), which keeps it to tell the subject apart)
        (COMMON_OPENER.has(opener) && piece.length > 1 && CONNECTORS.has(tokens[piece[1]!]!.text)))
    )
      piece = piece.slice(1);
    // ("“Stop the war,” the crowd chanted": a quotation's verb bidding, then its object)
    if (piece.length === 1 && opener && biddingAt(piece[0]!, tokens, sentence)) continue;
    // ("“No Justice, No Peace”": a slogan's nouns, denied)
    if (deniedInSlogan(piece, tokens, sentence)) continue;
    // ("Two Nigerians were arrested", "Five Iraqis were deported": a number counts a people)
    if (countsAPeople(piece, tokens)) piece = piece.slice(1);
    // ("On June 5 Smith resigned": a day's number, its month cut before it, is no name's)
    // (but a band's number opening the sentence before its verb: "3 Doors Down played")
    while (
      piece.length > 1 &&
      /^\d{1,2}$/u.test(tokens[piece[0]!]!.text) &&
      !opensBandName(piece, tokens)
    )
      piece = piece.slice(1);
    while (piece.length && CONNECTORS.has(tokens[piece[0]!]!.text)) piece = piece.slice(1);
    while (piece.length && CONNECTORS.has(tokens[piece.at(-1)!]!.text)) piece = piece.slice(0, -1);
    if (!piece.length) continue;
    // nationality adjectives alone qualify something else ("Belarusian border service")
    // (but "a Libyan who was questioned" is a person, as "a Cuban were deported": a noun)
    if (
      piece.every((i) => isDemonymWord(tokens[i]!.text)) &&
      !isDemonymNoun(tokens, piece, sentence)
    )
      continue;
    // (the words are joined only for a name that may be one)
    if (
      DEMONYM_FIRST_WORDS.has(tokens[piece[0]!]!.text) &&
      DEMONYM_OF.has(piece.map((i) => tokens[i]!.text).join(' ')) &&
      !isDemonymNoun(tokens, piece, sentence)
    )
      continue;
    // ("Secretary of State Madeleine Albright": the role's field, then the person's name)
    let fields = 0;
    if (afterRoleOf(tokens, piece[0]!, sentence)) {
      // ("Secretary of Health and Human Services Donna Shalala": fields joined by "and")
      while (fields < piece.length && isFieldOrAnd(tokens[piece[fields]!]!.text)) fields++;
      if (fields === 0 || fields === piece.length) continue;
      piece = piece.slice(fields);
    }
    const first = tokens[piece[0]!]!;
    const last = tokens[piece.at(-1)!]!;
    if ((/^\d/u.test(first.text) && !opensBandName(piece, tokens)) || /^['’]/u.test(first.text))
      continue;
    // ("the U.S.", "Apple Inc.", "Newark, N.J.": an abbreviation's period is the name's)
    const end = last.end + (endsWithAbbreviation(last, piece.length, sentence) ? 1 : 0);
    const text = stripPossessive(
      sentence.text.slice(first.start - sentence.start, end - sentence.start),
    );
    const before = tokens[piece[0]! - 1]?.text.toLowerCase() ?? '';
    names.push({
      text,
      start: first.start,
      end: first.start + text.length,
      kind: isPlace(text) || STATE_AFTER_CITY.test(text) ? 'place' : 'other',
      word: piece[0]!,
      before,
      ...(opensQuote(first, sentence) && closesQuote(end, sentence) ? { quoted: true } : {}),
    });
  }
  return names;
}

/**
 * Whether a one-word name that opens its sentence is an ordinary word, capitalised only for
 * standing there, when the article gives no other sign that it is a name (`named`: the words
 * the article writes capitalised elsewhere than first in a sentence, or in a name of more
 * words): a number ("Two men were arrested"), a plural right before its verb ("Talks resumed on
 * Tuesday", "Prices rose"), or a word that qualifies the noun after it, the subject of the verb
 * that follows ("Heavy snow closed roads on Monday"). A known place or first name, a word of an
 * organisation's name, and a word in capitals stay ("Paris", "Boeing said", "NATO troops"). A
 * word of COMMON_OPENERS is ordinary wherever it leads ("Critics said", "Little is known").
 */
export function isCommonWordOpening(
  name: Name,
  tokens: readonly Token[],
  named: ReadonlySet<string>,
): boolean {
  if (name.word !== 0 || name.kind === 'place' || named.has(name.text)) return false;
  const { text } = name;
  if (!/^\p{Lu}\p{Ll}+$/u.test(text) || KNOWN_NAME_WORD.has(text)) return false;
  // ("Critics said", "Little is known": a common word, whatever follows)
  if (COMMON_OPENER.has(text)) return true;
  // ("Palestinians protested", "Israelis voted": a nationality's people are a name's plural)
  if (DEMONYM_OF.has(text.replace(/s$/u, ''))) return false;
  const lower = text.toLowerCase();
  if (isCountWord(lower)) return true;
  const next = tokens[1]?.text ?? '';
  // ("Years earlier, in 2019, the firm ...", "Months later, the plant closed", "Weeks of talks
  // failed", "Years, not months, passed": a span of time is no one; "Weeks Marine won", "Days
  // Inn opened", and a surname before a verb or an aside, "Weeks said", "Day, 45, was
  // arrested", go on with a name)
  if (TIME_UNIT.has(lower) && AFTER_SPAN.has(next)) return true;
  if ((next === 'in' || next === 'at') && isCapitalized(tokens[2]?.text ?? ''))
    return opensBeforeWhere(lower, tokens);
  if (meetsNamedPlural(tokens)) return false;
  // ("Talks resumed", "Prices rose", "Floods have hit": no name's shape, and its verb at once)
  // (not before a saying: "Reuters reported", "Siemens said" are news sources' names as often)
  if (
    isPresentAfterSubject(lower) &&
    OPENING_VERB_FORMS.has(verbForm(next) ?? '') &&
    !isReportingVerb(next)
  )
    return true;
  // ("Heavy snow closed", "Strong winds have battered": a word, its noun, then the verb)
  const verb = tokens[2]?.text ?? '';
  return (
    /^\p{Ll}+$/u.test(next) &&
    !isVerbish(next) &&
    !FUNCTION_WORD.has(next) &&
    !NAME_QUALIFIED.has(next) &&
    OPENING_VERB_FORMS.has(verbForm(verb) ?? '')
  );
}

/**
 * Whether a number opening the sentence opens the name after it, its verb next: a band's ("3
 * Doors Down played", "2 Chainz released"); not a day's ("On June 5 Smith resigned") nor a
 * count ("3 Italian men were arrested": a noun follows).
 */
function opensBandName(piece: readonly number[], tokens: readonly Token[]): boolean {
  return piece[0] === 0 && isVerbish(tokens[piece.at(-1)! + 1]?.text ?? '');
}

const RESULT_AFTER = new RegExp(RESULT_AFTER_OPENER, 'u');

/**
 * Whether a sentence's first word, in -ing, is a club's town before a game's result: "Reading
 * beat Luton 2-1" (not "Reading the verdict, Smith wept", "Voting ended 52-48").
 */
function opensResult(first: Token, sentence: Span & { text: string }): boolean {
  return (
    /^\p{Lu}\p{Ll}+ing$/u.test(first.text) &&
    RESULT_AFTER.test(
      sentence.text.slice(first.end - sentence.start, first.end - sentence.start + 80),
    )
  );
}

/**
 * Whether a sentence's first word, in -ing, is listed with a name after it: "Boeing, Airbus, and
 * Embraer signed", "Boeing and Airbus signed" (a firm's name, not a participle like "Fighting
 * erupted" or "Speaking to reporters, Smith said", whose next word is no name that goes on a
 * list).
 */
function listedBeforeName(tokens: readonly Token[], sentence: Span & { text: string }): boolean {
  const [first, next] = tokens;
  if (first === undefined || next === undefined || !/^\p{Lu}\p{Ll}+ing$/u.test(first.text))
    return false;
  const gap = sentence.text.slice(first.end - sentence.start, next.start - sentence.start);
  if (next.text === 'and') return /^\p{Lu}\p{Ll}/u.test(tokens[2]?.text ?? '');
  // (after a comma, a name that goes on the list: not "Shipping, Reuters reported, resumed")
  const third = tokens[2];
  return (
    gap === ', ' &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    third !== undefined &&
    (third.text === 'and' || sentence.text.charAt(next.end - sentence.start) === ',')
  );
}

/**
 * Whether an opening plural and its verb meet another capitalised plural after "the", the way
 * one team meets another: "Lakers beat the Celtics on Sunday", "Yankees swept the Orioles" (the
 * opener is a name like the other, not "Talks resumed"). Not a building or a body in the
 * singular ("Protesters stormed the Capitol"), nor a people or a party the lexicon knows
 * ("Voters backed the Democrats", "Troops attacked the Kurds"), nor an opener that is a common
 * noun of people the lexicon knows ("Workers joined the Teamsters", "Fans mobbed the Beatles").
 */
function meetsNamedPlural(tokens: readonly Token[]): boolean {
  if (tokens[2]?.text !== 'the' || NAME_QUALIFIED.has(tokens[0]!.text.toLowerCase())) return false;
  const other = stripPossessive(tokens[3]?.text ?? '');
  return (
    /^\p{Lu}\p{Ll}+s$/u.test(other) &&
    !KNOWN_NAME_WORD.has(other) &&
    !DEMONYM_OF.has(other.replace(/s$/u, ''))
  );
}

/**
 * Whether an opening word before "in" or "at" and a name is a common noun: people named by their
 * trade ("Engineers at Boeing said"), or a plural whose verb tells no saying ("Floods in Kenya
 * killed", "Protests in Iran spread"); not a surname or a firm that speaks ("Jones in London
 * said", "Siemens in Munich said").
 */
function opensBeforeWhere(lower: string, tokens: readonly Token[]): boolean {
  if (STAFF.has(lower)) return true;
  if (!isPresentAfterSubject(lower)) return false;
  let verb = 2;
  while (verb < tokens.length && isCapitalized(tokens[verb]!.text)) verb++;
  return !isReportingVerb(tokens[verb]?.text ?? '');
}

/** Forms of the verb right after an opening subject ("resumed", "have", "will"). */
const OPENING_VERB_FORMS = new Set(['past', 'past-aux', 'present-aux', 'future-aux', 'modal']);

/** Whether a word is a role's ("Senator", "Governor", "Mr."): what stands before a person's name. */
export function isRoleWord(word: string): boolean {
  return ROLES.has(stripPossessive(word).replace(/\.$/u, '').toLowerCase());
}

/**
 * Whether a run's word follows a comma inside it: a city's state, joined to it only so ("Miss."
 * of "Jackson, Miss.", not the role of "Miss Ross").
 */
function afterCityComma(
  run: readonly number[],
  k: number,
  tokens: readonly Token[],
  sentence: Span & { text: string },
): boolean {
  const prev = k > 0 ? tokens[run[k - 1]!] : undefined;
  return prev !== undefined && sentence.text.charAt(prev.end - sentence.start) === ',';
}

function isFieldOrAnd(word: string): boolean {
  return word === 'and' || FIELDS.has(word.toLowerCase());
}

/**
 * Whether the word at `at` is a person's first name, so that a role word ending the name after
 * it is a surname ("Stephen King"): a known first name, but no place's ("Virginia Governor") nor
 * one after a determiner ("The Victoria Premier said", "the Austin Mayor": a place's office).
 */
function isFirstNameBefore(at: number, tokens: readonly Token[]): boolean {
  const word = tokens[at]!.text;
  return (
    KNOWN_FIRST_NAME.has(word) &&
    !isPlace(word) &&
    !ARTICLE_OR_DETERMINER.has(tokens[at - 1]?.text.toLowerCase() ?? '')
  );
}

const ARTICLE_OR_DETERMINER = wordSet(DETERMINERS, { lower: true });

/**
 * Which words of a run (indices into `tokens`) belong to a role title; a role's field words go
 * with it ("Foreign Minister"). Plain loops: this runs for every run of capitalised words.
 */
function roleWords(run: readonly number[], tokens: readonly Token[]): boolean[] {
  // (a role word before a firm's word names the firm: "General Motors", "King College")
  const isRole = (k: number): boolean =>
    ROLES.has(stripPossessive(tokens[run[k]!]!.text).toLowerCase()) &&
    // ("Miss Universe was crowned": a contest's title, not "Miss Smith")
    !(k + 1 < run.length && PAGEANT.has(`${tokens[run[k]!]!.text} ${tokens[run[k + 1]!]!.text}`)) &&
    // ("Miss Texas was crowned": a state's or a country's contest, the place ending the name;
    // not a city's, as many surnames are: "Miss Houston, a teacher, said")
    !(
      k + 2 === run.length &&
      tokens[run[k]!]!.text === 'Miss' &&
      CONTEST_PLACE.has(tokens[run[k + 1]!]!.text)
    ) &&
    !(
      k + 1 < run.length &&
      (ORGANISATION.has(tokens[run[k + 1]!]!.text) || NAME_SUFFIX.has(tokens[run[k + 1]!]!.text))
    ) &&
    // ("Stephen King said": ending the name after a known first name, a surname)
    !(k > 0 && k + 1 === run.length && isFirstNameBefore(run[k - 1]!, tokens));
  const isField = (k: number): boolean => FIELDS.has(tokens[run[k]!]!.text.toLowerCase());
  const inRole: boolean[] = [];
  for (let k = 0; k < run.length; k++) inRole.push(isRole(k));
  for (let k = run.length - 2; k >= 0; k--) if (inRole[k + 1] && isField(k)) inRole[k] = true;
  for (let k = 1; k < run.length; k++)
    if (inRole[k - 1] && isField(k) && isRole(k - 1)) inRole[k] = true;
  return inRole;
}

/** Whether a piece is a number, then a people in the plural ("Two Nigerians"; not "Three Mile"). */
function countsAPeople(piece: readonly number[], tokens: readonly Token[]): boolean {
  if (piece.length !== 2) return false;
  const people = stripPossessive(tokens[piece[1]!]!.text);
  return (
    isCountWord(tokens[piece[0]!]!.text.toLowerCase()) &&
    people.endsWith('s') &&
    DEMONYM_OF.has(people.slice(0, -1))
  );
}

/** "Belarusian", "Belarusian-Russian": nationality adjectives, alone or joined by hyphens. */
function isDemonymWord(word: string): boolean {
  const bare = stripPossessive(word);
  // most words have no hyphen: no parts to split into
  return bare.includes('-')
    ? bare.split('-').every((part) => DEMONYM_OF.has(part))
    : DEMONYM_OF.has(bare);
}

/**
 * Whether "and" at `at` joins a public body's name: "the Immigration and Naturalization Service",
 * "the Food and Drug Administration", "Department of Health and Human Services" (one capitalised
 * word after "the", or after the "of" of a name begun at `runStart`, before it, no place, and
 * capitalised words after it ending in one of AND_JOINED_BODIES); not "the U.S. and Justice
 * Department", "Smith and Jones".
 */
function opensBodyWithAnd(tokens: readonly Token[], at: number, runStart: number): boolean {
  const opener = tokens[at - 2]?.text ?? '';
  const opens =
    (runStart >= at - 2 && /^the$/iu.test(opener)) || (runStart < at - 2 && opener === 'of');
  if (!opens || isPlace(tokens[at - 1]!.text)) return false;
  // (after "of", a field goes on after "and", and a body of the kind the name opens with is a
  // second body: "Department of Health and Human Services"; not "Federal Bureau of Investigation
  // and Drug Enforcement Administration agents", "Department of Labor and Commerce Department")
  if (opener === 'of' && !FIELDS.has(tokens[at + 1]?.text.toLowerCase() ?? '')) return false;
  const head = opener === 'of' ? (tokens[at - 3]?.text ?? '') : '';
  for (let i = at + 1; i < Math.min(tokens.length, at + 5); i++) {
    const word = tokens[i]!.text;
    if (!isCapitalized(word)) return false;
    if (AND_JOINED_BODY.has(word)) return word !== head;
  }
  return false;
}

/**
 * Whether a run opens with an adverb of degree that is no name's ("Nearly simultaneous bombings";
 * not "Almost Famous", a capitalised word after it).
 */
function opensWithDegreeAdverb(run: readonly number[], tokens: readonly Token[]): boolean {
  if (!DEGREE_ADVERB.has(tokens[run[0]!]!.text)) return false;
  const next = run[1] === undefined ? '' : tokens[run[1]]!.text;
  return !/^\p{Lu}\p{Ll}/u.test(next);
}

/**
 * Whether " & " before `at` joins one firm's name: capitalised words on both sides, no known place
 * on either, or a capitalised word after the place that follows ("Procter & Gamble", "Johnson &
 * Johnson", "Texas & Pacific Railway"; not the two parties of "Britain & France signed", "Israel &
 * Hamas agreed", a headline's way with "and").
 */
function joinsFirmName(
  run: readonly number[],
  tokens: readonly Token[],
  at: number,
  sentence: Span & { text: string },
): boolean {
  const after = tokens[at]!.text;
  if (!isCapitalized(tokens[run.at(-1)!]!.text) || !isCapitalized(after)) return false;
  const two = tokens[at + 1] ? `${after} ${tokens[at + 1]!.text}` : '';
  const rightPlace = isPlace(two) ? 2 : isPlace(after) ? 1 : 0;
  if (rightPlace === 0 && !isPlace(run.map((k) => tokens[k]!.text).join(' '))) return true;
  const next = tokens[at + Math.max(rightPlace, 1)];
  const last = tokens[at + Math.max(rightPlace, 1) - 1]!;
  return (
    next !== undefined &&
    isCapitalized(next.text) &&
    sentence.text.slice(last.end - sentence.start, next.start - sentence.start) === ' '
  );
}

/**
 * Whether a name's run so far is an abbreviation that opens a place's or a saint's name, first
 * or after a connector: "St" of "St. Albans", "Kopp of St. Albans"; not "Main St. Police said".
 */
function opensWithAbbreviation(run: readonly number[], tokens: readonly Token[]): boolean {
  const last = run.at(-1);
  if (last === undefined || !NAME_OPENING_ABBREVIATION.has(tokens[last]!.text)) return false;
  return run.length === 1 || CONNECTORS.has(tokens[last - 1]!.text);
}

/** Whether a capitalised word follows a word's period in its sentence ("Calif. Gov."). */
function capitalisedAfterPeriod(token: Token, sentence: Span & { text: string }): boolean {
  return /^\.\s+\p{Lu}/u.test(
    sentence.text.slice(token.end - sentence.start, token.end - sentence.start + 4),
  );
}

/**
 * Whether a connector of places only joins the words around it into a place the gazetteer knows
 * ("Dar es Salaam"; not the Spanish verb of "Venezuela es Chávez").
 */
function isPlaceAround(before: Token, connector: Token, after: Token): boolean {
  return isPlace(`${before.text} ${connector.text} ${after.text}`);
}

/** "al-Qaeda", "el-Sayed": a lower-case particle hyphened to a capitalised name. */
const HYPHENED_NAME = new RegExp(
  String.raw`^(?:${[...wordSet(HYPHENED_NAME_PARTICLES)].join('|')})-\p{Lu}`,
  'u',
);

function isHyphenedParticleName(word: string): boolean {
  // (most words have no hyphen after two letters: no pattern for them)
  return word.charCodeAt(2) === 0x2d && HYPHENED_NAME.test(word);
}

/**
 * A name and the city with its state it is "of", as two names ("Kopp of St. Albans, Vt.": Kopp,
 * and the place St. Albans, Vt.); other pieces as they are ("Bank of England").
 */
function splitAtCityOf(
  piece: number[],
  tokens: readonly Token[],
  sentence: Span & { text: string },
): number[][] {
  const last = tokens[piece.at(-1)!];
  const before = piece.length > 1 ? tokens[piece.at(-2)!] : undefined;
  // (most pieces end otherwise: no search for "of" in them)
  if (!last || !before || !isStateAfterCity(last, sentence)) return [piece];
  if (sentence.text.slice(before.end - sentence.start, last.start - sentence.start) === ' ')
    return [piece];
  const of = piece.findLastIndex((i) => tokens[i]!.text === 'of');
  return of > 0 && of < piece.length - 2 ? [piece.slice(0, of), piece.slice(of + 1)] : [piece];
}

/** A pronoun's contracted verb: "We've", "It's", "They're". */
const CONTRACTION = /['’](?:ve|re|ll|m|d|s)$/u;

/**
 * Whether a run of two words or more is all that stands between quote marks, a title's way:
 * "“Right Said Fred” played", "“Saving Private Ryan” opened"; not a quotation's words, whose
 * comma or period is inside the marks (`"Stop Now," he said`).
 */
function isQuotedTitle(
  run: readonly number[],
  tokens: readonly Token[],
  sentence: Span & { text: string },
): boolean {
  if (run.length < 2 || !opensQuote(tokens[run[0]!]!, sentence)) return false;
  const after = tokens[run.at(-1)!]!.end - sentence.start;
  return /^(?:”|"|’’|'')/u.test(sentence.text.slice(after, after + 2));
}

/**
 * Whether a month or modal at `at` (FIRST_NAMES_ALSO_WORDS) is part of a person's name: a
 * surname after a known first name in the same run (from `runStart`), "Theresa May"; or a first
 * name opening the run, before one more capitalised word and a verb, "Will Smith won".
 */
function isPersonsNameWord(
  at: number,
  runStart: number,
  tokens: readonly Token[],
  sentence: Span & { text: string },
): boolean {
  if (!NAME_ALSO_WORD.has(tokens[at]!.text)) return false;
  const next = tokens[at + 1]?.text ?? '';
  if (/^\d/u.test(next)) return false;
  if (at > runStart) return KNOWN_FIRST_NAME.has(tokens[at - 1]!.text);
  const before = tokens[at - 1]?.text.toLowerCase() ?? '';
  // ("June Carter Cash recorded": a middle name between the first and the surname)
  const middle = isSurnameLike(tokens[at + 2]?.text ?? '') && gapIsSpace(tokens, at + 2, sentence);
  const after = tokens[at + (middle ? 3 : 2)]?.text ?? '';
  return (
    /^\p{Lu}\p{Ll}+$/u.test(next) &&
    !NOT_NAME.has(next) &&
    !ROLES.has(next.toLowerCase()) &&
    !FUNCTION_WORD.has(before) &&
    !MONTH_MODIFIER.has(before) &&
    isVerbish(after) &&
    gapIsSpace(tokens, at, sentence) &&
    gapIsSpace(tokens, at + 1, sentence) &&
    !sentence.text.trimEnd().endsWith('?')
  );
}

/** Whether a word may be a surname or middle name: capitalised, no word never a name's. */
function isSurnameLike(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !NOT_NAME.has(word) && !ROLES.has(word.toLowerCase());
}

/**
 * Whether a number at run position `k` opens a thing's name (NUMBERS_OPENING_NAMES): capitalised
 * words after it in the run, no people, party or role first, and a verb right after the run
 * ("One Direction played"; not "One Democrat voted", "One Apple engineer said").
 */
function opensNamedThing(run: readonly number[], k: number, tokens: readonly Token[]): boolean {
  if (k + 1 >= run.length || !NUMBER_OPENING_NAME.has(tokens[run[k]!]!.text)) return false;
  const next = stripPossessive(tokens[run[k + 1]!]!.text);
  const single = next.replace(/s$/u, '');
  return (
    /^\p{Lu}\p{Ll}+$/u.test(next) &&
    !DEMONYM_OF.has(single) &&
    !KNOWN_NAME_WORD.has(next) &&
    !KNOWN_NAME_WORD.has(`${single}s`) &&
    !ROLES.has(next.toLowerCase()) &&
    !ROLES.has(single.toLowerCase()) &&
    isVerbish(tokens[run.at(-1)! + 1]?.text ?? '')
  );
}

/** Whether one space alone parts the word at `at` from the next. */
function gapIsSpace(
  tokens: readonly Token[],
  at: number,
  sentence: Span & { text: string },
): boolean {
  const next = tokens[at + 1];
  return (
    next !== undefined &&
    sentence.text.slice(tokens[at]!.end - sentence.start, next.start - sentence.start) === ' '
  );
}

/**
 * Whether the word at `at` opens a quotation and bids something: its object follows at once
 * ("“Stop the war,”", "“Bring them home,”"); not a name alone in quotes ("“Obama!”").
 */
function biddingAt(
  at: number,
  tokens: readonly Token[],
  sentence: Span & { text: string },
): boolean {
  return (
    BIDDING_OBJECT.has(tokens[at + 1]?.text ?? '') &&
    gapIsSpace(tokens, at, sentence) &&
    opensQuote(tokens[at]!, sentence)
  );
}

/**
 * Whether a piece is a slogan's noun denied inside quotation marks: right after "No", and ending
 * its part of the slogan at a comma or the closing mark ("“No Justice, No Peace”"; not "“No
 * Democrats will vote,”", "No Democrats voted").
 */
function deniedInSlogan(
  piece: readonly number[],
  tokens: readonly Token[],
  sentence: Span & { text: string },
): boolean {
  const denial = tokens[piece[0]! - 1];
  if (denial === undefined || !SLOGAN_DENIAL.has(denial.text)) return false;
  const end = tokens[piece.at(-1)!]!.end - sentence.start;
  return /^(?:,|”|")/u.test(sentence.text.slice(end, end + 1)) && insideQuote(denial, sentence);
}

/** Whether a word stands inside quotation marks: more opening marks before it than closing. */
function insideQuote(token: Token, sentence: Span & { text: string }): boolean {
  const before = sentence.text.slice(0, token.start - sentence.start);
  let depth = 0;
  let straight = 0;
  for (const ch of before) {
    if (ch === '“') depth++;
    else if (ch === '”') depth--;
    else if (ch === '"') straight++;
  }
  return depth > 0 || straight % 2 === 1;
}

/** Whether a closing quote mark follows at once the text ending at `end`. */
function closesQuote(end: number, sentence: Span & { text: string }): boolean {
  const at = end - sentence.start;
  return /^(?:”|"|’’|'')/u.test(sentence.text.slice(at, at + 2));
}

/** Whether a word opens a quotation: right after an opening quote mark (``, “, ") and a space. */
function opensQuote(token: Token, sentence: Span & { text: string }): boolean {
  const before = sentence.text.slice(
    Math.max(0, token.start - sentence.start - 3),
    token.start - sentence.start,
  );
  return /(?:^|\s|\()(?:``|[“"‘])$/u.test(before);
}

/** A US state's abbreviation, with its period, as a city's name ends with it. */
const STATE = new RegExp(PLACE_AFTER_COMMA, 'u');
/** "Independence, Mo.", "Newark, N.J.": a city and its state, a place. */
const STATE_AFTER_CITY = new RegExp(String.raw`,\s+${PLACE_AFTER_COMMA.slice(1)}`, 'u');
const ABBREVIATED = wordSet(ABBREVIATIONS_AT_END);

/** Whether a word after a city's comma is its state's abbreviation ("Mo." of "Independence, Mo."). */
function isStateAfterCity(token: Token, sentence: Span & { text: string }): boolean {
  return (
    token.text.length <= 5 &&
    sentence.text.charAt(token.end - sentence.start) === '.' &&
    STATE.test(`${token.text}.`)
  );
}

/**
 * Whether a name's last word is an abbreviation whose period follows it: initials ("U.S", "N.J"),
 * a company's ("Inc", "Co"), a state's after its city ("Independence, Mo").
 */
function endsWithAbbreviation(
  last: Token,
  words: number,
  sentence: Span & { text: string },
): boolean {
  if (sentence.text.charAt(last.end - sentence.start) !== '.') return false;
  const word = last.text;
  return (
    /^(?:\p{L}\.)+\p{L}$/u.test(word) ||
    (words > 1 && ABBREVIATED.has(word)) ||
    (words > 1 &&
      sentence.text.slice(0, last.start - sentence.start).endsWith(', ') &&
      isStateAfterCity(last, sentence))
  );
}

/**
 * Whether a nationality word stands for a person of it: after an article, with no noun after it
 * ("five Iraqis and a Libyan who were questioned", "escorted the Libyan, Atif Issa Enhamed"; not
 * "a Kenyan official", "the Kenyan and Tanzanian capitals"): at the sentence's end, before
 * punctuation, "who" or a verb.
 */
function isDemonymNoun(
  tokens: readonly Token[],
  piece: readonly number[],
  sentence: Span & { text: string },
): boolean {
  const at = piece[0]!;
  const last = piece.at(-1)!;
  // ("The Kenyan was arrested": the sentence's first word too; "The South African, who won")
  if (piece.length > 2 || !ARTICLE.has(tokens[at - 1]?.text.toLowerCase() ?? '')) return false;
  const next = tokens[last + 1];
  if (next === undefined) return true;
  const between = sentence.text.slice(
    tokens[last]!.end - sentence.start,
    next.start - sentence.start,
  );
  return between.trim() !== '' || next.text === 'who' || isVerbish(next.text);
}

/**
 * "Minister for Digital Development": a name right after a role word and "for"/"of"; or after a
 * field of it and "and" ("Secretary of Housing and Urban Development Henry Cisneros").
 */
function afterRoleOf(
  tokens: readonly Token[],
  at: number,
  sentence: Span & { text: string },
): boolean {
  // (the word after "and" a field too: not "Secretary of State and National Security Adviser
  // Henry Kissinger", whose second role is no field of the first)
  const i =
    tokens[at - 1]?.text === 'and' &&
    FIELDS.has(tokens[at - 2]?.text.toLowerCase() ?? '') &&
    FIELDS.has(tokens[at]?.text.toLowerCase() ?? '')
      ? at - 2
      : at;
  const joiner = tokens[i - 1];
  const role = tokens[i - 2];
  if (!joiner || !role || !/^(?:for|of)$/u.test(joiner.text)) return false;
  const between = sentence.text.slice(role.end - sentence.start, tokens[i]!.start - sentence.start);
  return ROLES.has(role.text.toLowerCase()) && /^\s+\S+\s+$/u.test(between);
}
