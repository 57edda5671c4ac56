/**
 * Capitalised names in a sentence: runs of capitalised words (with "of", "de"... inside),
 * cut at role titles and at words that are never names, with possessives removed, each marked
 * as a place when the gazetteer knows it. "Apple CEO Steve Jobs unveiled the iPhone 4 in San
 * Francisco" gives Apple, Steve Jobs, iPhone 4 and San Francisco (a place).
 */
import {
  FIRST_NAMES,
  GROUP_NAMES,
  NAME_CONNECTORS,
  NAME_QUALIFIED_NOUNS,
  NOT_NAMES,
  ORGANISATION_WORDS,
  ROLE_FIELDS,
  ROLE_WORDS,
  SENTENCE_ADVERBS,
  TRADE_NAME_WORDS,
} from '../lexicon/en/events/names.ts';
import { DETERMINERS, PREPOSITIONS } from '../lexicon/en/events/function-words.ts';
import { CITIES, COUNTRIES, DEMONYMS, REGIONS } from '../lexicon/en/events/places.ts';
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
}

const NOT_NAME = wordSet(NOT_NAMES);
const SENTENCE_ADVERB = wordSet(SENTENCE_ADVERBS);
const ROLES = wordSet(ROLE_WORDS, { lower: true });
const FIELDS = wordSet(ROLE_FIELDS, { lower: true });
const CONNECTORS = wordSet(NAME_CONNECTORS);
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
        (/^\p{Lu}$/u.test(prev!.text) && /^\.\s+$/u.test(between)));
    if (!joined) flush();
    const nameLike =
      isCapitalized(token.text) ||
      (run.length > 0 && /^\d{1,2}$|^['’]\d\d$/u.test(token.text)) || // "iPhone 4", "iLife '11"
      (run.length > 0 && CONNECTORS.has(token.text) && isCapitalized(tokens[i + 1]?.text ?? ''));
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
  const inRole = roleWords(run, tokens);
  const pieces: number[][] = [[]];
  for (let k = 0; k < run.length; k++) {
    const i = run[k]!;
    const word = stripPossessive(tokens[i]!.text);
    // (a sentence adverb only where it opens the sentence: "Meantime, ..."; not "Go Ahead Group")
    if (NOT_NAME.has(word) || (i === 0 && SENTENCE_ADVERB.has(word)) || inRole[k]) pieces.push([]);
    else pieces[pieces.length - 1]!.push(i);
  }
  const names: Name[] = [];
  for (let piece of pieces) {
    // a sentence's first word is capitalised anyway: "Rounding out ...", "Shares of Apple ..."
    const opener = piece[0] === 0 ? tokens[0]!.text : '';
    if (
      opener &&
      (isVerbish(opener) ||
        (options.lowerCaseWords?.has(opener.toLowerCase()) &&
          (piece.length === 1 || CONNECTORS.has(tokens[piece[1]!]!.text))))
    )
      piece = piece.slice(1);
    while (piece.length && CONNECTORS.has(tokens[piece[0]!]!.text)) piece = piece.slice(1);
    while (piece.length && CONNECTORS.has(tokens[piece.at(-1)!]!.text)) piece = piece.slice(0, -1);
    if (!piece.length) continue;
    // nationality adjectives alone qualify something else ("Belarusian border service")
    if (piece.every((i) => isDemonymWord(tokens[i]!.text))) continue;
    // (the words are joined only for a name that may be one)
    if (
      DEMONYM_FIRST_WORDS.has(tokens[piece[0]!]!.text) &&
      DEMONYM_OF.has(piece.map((i) => tokens[i]!.text).join(' '))
    )
      continue;
    const first = tokens[piece[0]!]!;
    const last = tokens[piece.at(-1)!]!;
    if (/^\d/u.test(first.text) || /^['’]/u.test(first.text)) continue;
    const text = stripPossessive(
      sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
    );
    if (afterRoleOf(tokens, piece[0]!, sentence)) continue;
    const before = tokens[piece[0]! - 1]?.text.toLowerCase() ?? '';
    names.push({
      text,
      start: first.start,
      end: first.start + text.length,
      kind: isPlace(text) ? 'place' : 'other',
      word: piece[0]!,
      before,
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
 * organisation's name, and a word in capitals stay ("Paris", "Boeing said", "NATO troops").
 */
export function isCommonWordOpening(
  name: Name,
  tokens: readonly Token[],
  named: ReadonlySet<string>,
): boolean {
  if (name.word !== 0 || name.kind === 'place' || named.has(name.text)) return false;
  const { text } = name;
  if (!/^\p{Lu}\p{Ll}+$/u.test(text) || KNOWN_NAME_WORD.has(text)) return false;
  // ("Palestinians protested", "Israelis voted": a nationality's people are a name's plural)
  if (DEMONYM_OF.has(text.replace(/s$/u, ''))) return false;
  const lower = text.toLowerCase();
  if (isCountWord(lower)) return true;
  const next = tokens[1]?.text ?? '';
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

/** Forms of the verb right after an opening subject ("resumed", "have", "will"). */
const OPENING_VERB_FORMS = new Set(['past', 'past-aux', 'present-aux', 'future-aux', 'modal']);

/** Whether a word is a role's ("Senator", "Governor", "Mr."): what stands before a person's name. */
export function isRoleWord(word: string): boolean {
  return ROLES.has(stripPossessive(word).replace(/\.$/u, '').toLowerCase());
}

/**
 * Which words of a run (indices into `tokens`) belong to a role title; a role's field words go
 * with it ("Foreign Minister"). Plain loops: this runs for every run of capitalised words.
 */
function roleWords(run: readonly number[], tokens: readonly Token[]): boolean[] {
  const isRole = (k: number): boolean =>
    ROLES.has(stripPossessive(tokens[run[k]!]!.text).toLowerCase());
  const isField = (k: number): boolean => FIELDS.has(tokens[run[k]!]!.text.toLowerCase());
  const inRole: boolean[] = [];
  for (let k = 0; k < run.length; k++) inRole.push(isRole(k));
  for (let k = run.length - 2; k >= 0; k--) if (inRole[k + 1] && isField(k)) inRole[k] = true;
  for (let k = 1; k < run.length; k++)
    if (inRole[k - 1] && isField(k) && isRole(k - 1)) inRole[k] = true;
  return inRole;
}

/** "Belarusian", "Belarusian-Russian": nationality adjectives, alone or joined by hyphens. */
function isDemonymWord(word: string): boolean {
  const bare = stripPossessive(word);
  // most words have no hyphen: no parts to split into
  return bare.includes('-')
    ? bare.split('-').every((part) => DEMONYM_OF.has(part))
    : DEMONYM_OF.has(bare);
}

/** "Minister for Digital Development": a name right after a role word and "for"/"of". */
function afterRoleOf(
  tokens: readonly Token[],
  i: number,
  sentence: Span & { text: string },
): boolean {
  const joiner = tokens[i - 1];
  const role = tokens[i - 2];
  if (!joiner || !role || !/^(?:for|of)$/u.test(joiner.text)) return false;
  const between = sentence.text.slice(role.end - sentence.start, tokens[i]!.start - sentence.start);
  return ROLES.has(role.text.toLowerCase()) && /^\s+\S+\s+$/u.test(between);
}
