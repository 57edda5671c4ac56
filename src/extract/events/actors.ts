/**
 * Who and where: the names of a clause sorted into actors and places, with names shortened in
 * the article ("Jobs", "Lavrov") resolved to their full form ("Steve Jobs", "Vladimir Lavrov").
 * A known place acts when it is the subject of its clause ("Belarus has announced"); after a
 * preposition it is where things happen ("escaped to Belarus").
 */
import { isRoleWord } from '../text/names.ts';
import {
  FRONTED_PHRASE_OPENERS,
  FRONTING_PREPOSITIONS,
  INDEFINITE_ARTICLES,
  LOCATIVE_PREPOSITIONS,
  PREPOSITIONS,
} from '../lexicon/en/events/function-words.ts';
import {
  FIRST_NAMES,
  FAMILY_NAME_PARTICLES,
  GROUP_NAMES,
  NAMED_LIKE_PEOPLE,
  ORGANISATION_WORDS,
  PRONOUNS,
  STAFF_NOUNS,
  STATE_BODY_NOUNS,
  NON_STATE_GROUP_WORDS,
  SITE_WORDS,
  BODIES_NAMED_FOR_SITES,
  TRADE_NAME_WORDS,
} from '../lexicon/en/events/names.ts';
import { PERSON_POSSESSIVES, TITLE_BREAKS } from '../lexicon/en/events/titles.ts';
import { AGENCIES } from '../lexicon/en/article/wire.ts';
import { WEEKDAY_NAME } from '../lexicon/en/temporal/words.ts';
import { demonymPlace, isPlace, type Name } from '../text/names.ts';
import type { Span } from '../text/sentences.ts';
import { isPresentAfterSubject, isPresentVerbAt, isVerbish } from '../text/verbs.ts';
import { tokenize, wordSet, type Token, splitAtSpaces } from '../text/words.ts';

export interface Roles {
  actors: string[];
  places: string[];
  /**
   * The actors not named inside a prepositional phrase: who does or undergoes what the clause
   * tells ("Elian was found", "has seen Elian catapulted"), not "in honor of Martin Luther King".
   */
  participants: string[];
  /** The actors named before the clause's verb, outside a prepositional phrase: its subject. */
  subjects: string[];
}

const LOCATIVE = wordSet(LOCATIVE_PREPOSITIONS);
const PREPOSITION = wordSet(PREPOSITIONS, { lower: true });
const INDEFINITE = wordSet(INDEFINITE_ARTICLES, { lower: true });
/** What opens a phrase set before a clause's subject ("In Geneva,", "Apart from France,"). */
const FRONTING = new Set([
  ...wordSet(FRONTING_PREPOSITIONS, { lower: true }),
  ...PREPOSITION,
  ...wordSet(FRONTED_PHRASE_OPENERS, { lower: true }),
]);

/** Words after a name that do not make it qualify a noun ("Russia and Belarus did away"). */
const LINKING = new Set([...wordSet(TITLE_BREAKS, { lower: true }), 'and', 'or', 'nor', 'but']);

const PERSON_PRONOUNS = wordSet(PRONOUNS.person, { lower: true });
const GROUP_PRONOUNS = wordSet(PRONOUNS.group, { lower: true });
const THING_PRONOUNS = wordSet(PRONOUNS.thing, { lower: true });
const ORGANISATION = wordSet(`${ORGANISATION_WORDS} ${TRADE_NAME_WORDS}`);
const TRADE_NAME = wordSet(TRADE_NAME_WORDS);

/** Whether a capitalised word names an organisation's kind ("Health", "University", "Inc."). */
export function isOrganisationWord(word: string): boolean {
  return ORGANISATION.has(word.replace(/\.$/u, ''));
}

/**
 * Resolves short names to the fullest name seen so far in the article: a one-word name that is
 * the last word of a longer name ("Jobs" -> "Steve Jobs"), or the first word when only one
 * longer name starts with it ("Steve"), or a name in the middle of only one ("Lula" -> "Luiz
 * Inacio Lula da Silva", as Portuguese and Spanish names are shortened).
 */
export class NameResolver {
  private readonly byLast = new Map<string, Set<string>>();
  private readonly byFirst = new Map<string, Set<string>>();
  private readonly byMiddle = new Map<string, Set<string>>();

  /** `names`: every name of the article, in order; the multi-word ones are the full forms. */
  constructor(names: readonly string[]) {
    for (const name of names) {
      const words = splitAtSpaces(name.trim());
      if (words.length < 2) continue;
      addTo(this.byLast, words.at(-1)!, name);
      if (words.some(isOrganisationWord)) continue;
      addTo(this.byFirst, words[0]!, name);
      for (const word of words.slice(1, -1))
        if (/^\p{Lu}\p{Ll}{2,}$/u.test(word)) addTo(this.byMiddle, word, name);
    }
  }

  resolve(name: string): string {
    if (/\s/u.test(name.trim())) return name;
    const byLast = this.byLast.get(name);
    if (byLast?.size === 1) return [...byLast][0]!;
    const byFirst = this.byFirst.get(name);
    if (!byLast && byFirst?.size === 1) return [...byFirst][0]!;
    const byMiddle = this.byMiddle.get(name);
    if (!byLast && !byFirst && byMiddle?.size === 1) return [...byMiddle][0]!;
    return name;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * The actors and places of a clause. A name is a place when the gazetteer knows it and it is not
 * the clause's subject, or when any name follows "in"/"at"; other names act.
 */
export function rolesOf(
  clause: Span & { text: string },
  names: readonly Name[],
  resolver: NameResolver,
  tokens: readonly Token[] = tokenize(clause.text, clause.start),
): Roles {
  // (plain loops: a closure over the clause would put it in a new heap object for every clause)
  const inside: Name[] = [];
  for (const n of names) if (n.start >= clause.start && n.end <= clause.end) inside.push(n);
  const actors: string[] = [];
  const places: string[] = [];
  const participants: string[] = [];
  const subjects: string[] = [];
  // "Belarusian border service began carrying out checks": a subject that a nationality opens
  // acts for that country (its words are no name: findNames() leaves them out)
  const nation = subjectNation(tokens);
  if (nation !== undefined) {
    actors.push(nation);
    participants.push(nation);
    subjects.push(nation);
  }
  // most clauses name no one: their verb is then not looked for
  if (inside.length === 0) return { actors, places, participants, subjects };
  let firstVerb = clause.end;
  // ("Iran and the United States agreed": a name's word is no verb, "States" nor "Said")
  let nameAt = 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i]!.start;
    while (nameAt < inside.length && inside[nameAt]!.end <= start) nameAt++;
    if (nameAt < inside.length && inside[nameAt]!.start <= start) continue;
    if (isVerbish(tokens[i]!.text) || isPresentVerbAt(tokens, i)) {
      firstVerb = tokens[i]!.start;
      break;
    }
  }
  let lastPlace: Name | undefined;
  for (const name of inside) {
    // "the Ukraine war": a place qualifying a noun is not the subject
    const next = wordAfter(clause, name);
    const qualifies =
      /^\p{Ll}/u.test(next) &&
      !isVerbish(next) &&
      !isPresentAfterSubject(next) &&
      !LINKING.has(next);
    // ("The bombings at embassies in Kenya and Tanzania have killed": a place listed after
    // another where things happen is one too, not the subject)
    const listed =
      name.kind === 'place' &&
      lastPlace !== undefined &&
      listedAfter(clause, lastPlace, name, inside);
    // ("in the U.S.", "to the Netherlands": a known place's preposition before "the"; not "in the
    // Elian Gonzalez case")
    const preposition =
      name.before === 'the' && name.kind === 'place' ? wordBeforeThe(clause, name) : name.before;
    // ("Kopp of St. Albans, Vt., became": a city with its state after "of" tells of the noun
    // before it; not "The presidents of Poland and the Czech Republic have signed")
    // ("Bob Hall, of Boston, was arrested": a home town before the verb is no subject)
    const homeTown = isHomeTown(clause, name);
    // ("Analysts at Goldman Sachs said": the subject's people speak for their employer)
    // (not a site: "Officials at Heathrow Airport said" tells where)
    const employer =
      name.before === 'at' &&
      name.kind !== 'place' &&
      !isSite(name.text) &&
      name.start < firstVerb &&
      afterStaff(clause, name);
    // ("Amid fighting in Congo, Rwanda said": the name opening the main clause after a fronted
    // phrase, its verb next, is the subject, whatever verb the phrase had)
    const opensMain = name.kind === 'place' && opensMainClause(clause, name);
    const subject =
      (name.start < firstVerb || opensMain) &&
      !homeTown &&
      (employer || !LOCATIVE.has(preposition)) &&
      !qualifies &&
      (!listed || opensMain) &&
      !(preposition === 'of' && name.kind === 'place' && name.text.includes(', '));
    const located =
      (!employer &&
        LOCATIVE.has(preposition) &&
        (preposition === 'in' || preposition === 'at' || name.kind === 'place')) ||
      homeTown;
    // ("told U.S. officials", "U.S. forces launched": a country before a body of its state acts)
    const place = name.kind === 'place' ? !subject && !STATE_BODY.has(next) : located;
    lastPlace = place ? name : undefined;
    // ("Protesters chanted “No Surrender”", "removed the “Stop” signs": a quoted title or slogan
    // names no one taking part, unless it is the subject: "“Right Said Fred” played")
    if (name.quoted && !subject) continue;
    if (place) pushNew(places, name.text);
    else {
      const actor = resolver.resolve(name.text);
      pushNew(actors, actor);
      // ("to win a Grand Slam singles title", "a Tesla spokesman said": a name after "a" before a
      // noun names a kind, no one taking part, whom a "he" after it could stand for)
      const kind = INDEFINITE.has(name.before) && /^\p{Ll}/u.test(next);
      if (!PREPOSITION.has(name.before) && !kind) pushNew(participants, actor);
      if (subject) pushNew(subjects, actor);
    }
  }
  return { actors, places, participants, subjects };
}

const STATE_BODY = wordSet(STATE_BODY_NOUNS);
const STAFF = wordSet(STAFF_NOUNS, { lower: true });
const SITE = wordSet(SITE_WORDS);
const BODY_NAMED_FOR_SITE = wordSet(BODIES_NAMED_FOR_SITES);

/**
 * Whether a name is a site's: words before a SITE_WORDS word ("Heathrow Airport"), not the word
 * alone ("Engineers at Square said": a firm) nor a body named for its street ("Downing Street").
 */
function isSite(name: string): boolean {
  const space = name.lastIndexOf(' ');
  return space > 0 && SITE.has(name.slice(space + 1)) && !BODY_NAMED_FOR_SITE.has(name);
}

/** Whether a name follows "at" after people who speak for where they work ("Analysts at"). */
function afterStaff(clause: Span & { text: string }, name: Span): boolean {
  const before = clause.text.slice(
    Math.max(0, name.start - clause.start - 20),
    name.start - clause.start,
  );
  const staff = /(?<word>\p{L}+) at $/u.exec(before)?.groups?.['word']?.toLowerCase() ?? '';
  return STAFF.has(staff);
}
const NON_STATE_GROUP = wordSet(NON_STATE_GROUP_WORDS);

/**
 * The country whose nationality opens a clause's subject, a body of its state, before the verb
 * ("Belarusian border service began", "The Russian army said": Belarus, Russia); undefined
 * otherwise ("Cuban exiles", "Russian-made drones" or a nationality later in the subject).
 */
function subjectNation(tokens: readonly Token[]): string | undefined {
  const at = /^the$/iu.test(tokens[0]?.text ?? '') ? 1 : 0;
  const word = tokens[at]?.text ?? '';
  const place = /^\p{Lu}\p{Ll}+$/u.test(word) ? demonymPlace(word) : undefined;
  if (place === undefined) return undefined;
  // (only a body of the state acts for it: not "Cuban exiles", "The American computer company")
  let body = false;
  for (let i = at + 1; i < Math.min(tokens.length, at + 5); i++) {
    const word = tokens[i]!.text;
    // ("The Cuban government Friday condemned": a day between the subject and its verb)
    if (body && WEEKDAY_NAME.test(word)) continue;
    if (body && (isVerbish(word) || isPresentVerbAt(tokens, i))) return place;
    if (!/^\p{Ll}+$/u.test(word) || isVerbish(word)) return undefined;
    // ("The Russian opposition leader": a group outside the state)
    if (NON_STATE_GROUP.has(word)) return undefined;
    body ||= STATE_BODY.has(word);
  }
  return undefined;
}

/**
 * Whether a name is a person's home town, set off by commas after that person with "of" or
 * "from": "Leeds" of "Smith, of Leeds, and Jones, of Boston, were charged". A place the
 * gazetteer knows, or a word alone in a list of such asides one of which the gazetteer knows
 * ("Buckham, of Buffalo Gyn Womanservices," is of a firm; a firm of one word may stand alone so
 * too, "Smith, of Acme, said", and a list of them, "Ann Lee, of Nomura, and Bob Hall, of
 * Citigroup, said").
 */
function isHomeTown(clause: Span & { text: string }, name: Name): boolean {
  if (name.before !== 'of' && name.before !== 'from') return false;
  const at = name.start - clause.start;
  const after = clause.text.slice(name.end - clause.start, name.end - clause.start + 1);
  if (!/\p{L}, (?:of|from) $/u.test(clause.text.slice(Math.max(0, at - 12), at))) return false;
  if (!/^(?:,|\.|$)/u.test(after)) return false;
  if (name.kind === 'place' || isPlace(name.text)) return true;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(name.text) &&
    !isOrganisationWord(name.text) &&
    !NO_HOME_TOWN.has(name.text) &&
    knownAmongAsides(clause.text.match(HOME_TOWN_ASIDE) ?? [])
  );
}

/** Whether a list of home-town asides (two or more) names a place the gazetteer knows. */
function knownAmongAsides(asides: readonly string[]): boolean {
  return (
    asides.length > 1 &&
    asides.some((aside) => isPlace(/\p{Lu}\p{Ll}+(?=,$)/u.exec(aside)?.[0] ?? ''))
  );
}

/**
 * Names known as no town: parties and agencies ("Smith, of Labour, and Jones, of Reform,";
 * "Brown, of Reuters, and Green, of Bloomberg,"), where one stands for an employer or a side.
 */
const NO_HOME_TOWN = new Set([...wordSet(GROUP_NAMES), ...Object.values(AGENCIES)]);

/** ", of Leeds," ", from York,": an aside of one word after "of" or "from", in a list of them. */
const HOME_TOWN_ASIDE = /\p{L}, (?:of|from) \p{Lu}\p{Ll}+,/gu;

/**
 * Whether a name follows the comma that closes a phrase opening the clause (a preposition's, or a
 * participle's: "Amid fighting in Congo,", "Citing unrest in Mali,") and a verb follows it: the
 * main clause's subject ("Rwanda said"; not "in Kenya, Tanzania and Uganda").
 */
function opensMainClause(clause: Span & { text: string }, name: Span & { text: string }): boolean {
  const opening = clause.text.slice(0, name.start - clause.start);
  if (!opening.endsWith(', ') || opening.indexOf(',') !== opening.length - 2) return false;
  const first = /^\W*(?<word>\p{L}+)/u.exec(opening)?.groups?.['word'] ?? '';
  // (a participle's, not a place's: "Beijing, Moscow recalled" lists them)
  const fronted =
    FRONTING.has(first.toLowerCase()) || (/^\p{Lu}\p{Ll}+ing$/u.test(first) && !isPlace(first));
  return fronted && isVerbish(wordAfter(clause, name));
}

/** The word before the "the" that a name follows, in lower case ("in" of "in the U.S."). */
function wordBeforeThe(clause: Span & { text: string }, name: Span): string {
  const before = clause.text.slice(0, name.start - clause.start);
  return /(?<word>\p{L}+)\s+the\s+$/u.exec(before)?.groups?.['word']?.toLowerCase() ?? '';
}

/**
 * Whether a name follows another right after "and" or "or" ("Kenya and Tanzania", "Kenya and the
 * United States"), or a comma, unless that comma closes a phrase that opens the clause ("to their
 * families in Kenya, Tanzania and the United States"; not "After a meeting in Vienna, Russia and
 * China agreed", "In Geneva, Iran and the United States signed").
 */
function listedAfter(
  clause: Span & { text: string },
  before: Span,
  name: Name,
  inside: readonly Name[],
): boolean {
  const gap = clause.text.slice(before.end - clause.start, name.start - clause.start);
  if (/^,?\s+(?:and|or)\s+(?:the\s+)?$/u.test(gap)) return true;
  if (!/^,\s+(?:the\s+)?$/u.test(gap)) return false;
  const opening = clause.text.slice(0, before.start - clause.start);
  const first = /^\W*(?<word>\p{L}+)/u.exec(opening)?.groups?.['word']?.toLowerCase() ?? '';
  return !FRONTING.has(first) || opening.includes(',') || closesListWithComma(clause, name, inside);
}

/**
 * Whether the names from `name` on are a list closed by "and" or "or" and then a comma: the
 * fronted phrase is the list itself ("During visits to Kenya, Tanzania and Uganda, Obama
 * promised aid"; not "Apart from France, Germany and Italy opposed the plan").
 */
function closesListWithComma(
  clause: Span & { text: string },
  name: Name,
  inside: readonly Name[],
): boolean {
  for (let j = inside.indexOf(name); j >= 0 && j + 1 < inside.length; j++) {
    const gap = clause.text.slice(
      inside[j]!.end - clause.start,
      inside[j + 1]!.start - clause.start,
    );
    if (/^,\s+(?:the\s+)?$/u.test(gap)) continue;
    if (!/^,?\s+(?:and|or)\s+(?:the\s+)?$/u.test(gap)) return false;
    return clause.text.charAt(inside[j + 1]!.end - clause.start) === ',';
  }
  return false;
}

/**
 * The word after a name; after the comma that closes a city's state too ("a Buffalo, N.Y.,
 * doctor": "doctor").
 */
function wordAfter(clause: Span & { text: string }, name: Span & { text: string }): string {
  const after = clause.text.slice(name.end - clause.start);
  const word = (name.text.includes(', ') ? AFTER_CITY_STATE : AFTER).exec(after);
  return word?.groups?.['word'] ?? '';
}

const AFTER = /^\s+(?<word>[\p{L}'’-]+)/u;
const AFTER_CITY_STATE = /^,?\s+(?<word>[\p{L}'’-]+)/u;

/** Adds `item` to `list` unless it is there already (first-mention order kept). */
export function pushNew(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/** Whether a clause opens with a pronoun that continues the previous subject. */
export function opensWithPronoun(clause: string): 'person' | 'group' | 'thing' | null {
  const first = /^\W*(?<word>[\p{L}']+)/u
    .exec(clause.replace(/^(?:and|but|so|then|also)\s+/i, ''))
    ?.groups?.['word']?.toLowerCase();
  if (!first) return null;
  if (PERSON_PRONOUNS.has(first)) return 'person';
  if (GROUP_PRONOUNS.has(first)) return 'group';
  if (THING_PRONOUNS.has(first)) return 'thing';
  return null;
}

const HE_OR_SHE = /^(?:he|she)$/iu;

/** The "he" or "she" a clause has for its subject ("In 1999 she opened"): before its first verb. */
const FIRST_NAME_PRONOUN = new Map<string, string>([
  ...[...wordSet(FIRST_NAMES.she)].map((n): [string, string] => [n, 'she']),
  ...[...wordSet(FIRST_NAMES.he)].map((n): [string, string] => [n, 'he']),
]);

/**
 * The pronoun a person's common first name takes ("Maria Lopez": she), if known; after a title
 * too ("Finance Minister Alan Brody": he).
 */
export function pronounByFirstName(person: string): string | undefined {
  // the first word after the role's ("Finance Minister"): never a surname ("Ilhan Omar")
  const first = splitAtSpaces(person).find((word) => !isRoleWord(word));
  return first === undefined ? undefined : FIRST_NAME_PRONOUN.get(first);
}

/** Each possessive of PERSON_POSSESSIVES and its pronoun ("his": "he"). */
const PRONOUN_OF_POSSESSIVE = new Map(
  PERSON_POSSESSIVES.split(' ').map((pair) => pair.split(':') as [string, string]),
);

/**
 * The "he" or "she" whose possessive opens a clause ("His car was spotted": he), if one does;
 * ("and was found", "then": after its conjunction or linking word the clause has none).
 */
export function possessorPronoun(words: readonly Token[]): string | undefined {
  return PRONOUN_OF_POSSESSIVE.get(words[0]?.text.toLowerCase() ?? '');
}

export function subjectPronoun(words: readonly Token[]): string | undefined {
  // the first "he" or "she", then whether a verb comes before it: most clauses have neither
  // pronoun, and their words need no verb looked up
  // (the length first: the pattern is run on the few words as long as "he" or "she")
  const at = words.findIndex(
    (word) => (word.text.length === 2 || word.text.length === 3) && HE_OR_SHE.test(word.text),
  );
  if (at < 0) return undefined;
  for (let i = 0; i < at; i++) if (isVerbish(words[i]!.text)) return undefined;
  return words[at]!.text.toLowerCase();
}

/**
 * Whether two actor lists name someone in common: the same name, or one name's words all in the
 * other ("Apple" and "Apple Inc.", "Jobs" and "Steve Jobs").
 */
export function shareActor(a: readonly string[], b: readonly string[]): boolean {
  // (plain loops: the events of an article are compared with each new mention's actors, and
  // closures over each name would put it in a new heap object every time)
  for (const x of a) for (const y of b) if (sameActor(x, y)) return true;
  return false;
}

export function sameActor(x: string, y: string): boolean {
  if (x === y) return true;
  const wx = wordsOf(x);
  const wy = wordsOf(y);
  // (two conditionals, not a destructured pair: that built an array for every pair compared)
  const short = wx.length <= wy.length ? wx : wy;
  const long = wx.length <= wy.length ? wy : wx;
  if (short.length === 0) return false;
  for (const w of short) if (!long.includes(w)) return false;
  return true;
}

/** Lower-case words of a name, remembered: names recur throughout an article. */
function wordsOf(name: string): readonly string[] {
  let words = WORDS.get(name);
  if (!words) {
    if (WORDS.size > 50_000) WORDS.clear();
    words = name
      .toLowerCase()
      .split(/[\s.]+/u)
      .filter(Boolean);
    WORDS.set(name, words);
  }
  return words;
}

const WORDS = new Map<string, readonly string[]>();

/**
 * The people among the actors of an article, most often named first: full names of two to four
 * capitalised words, none of them an organisation word or a figure ("Steve Jobs", not "Apple
 * Computer Inc." or "iPhone 4").
 */
export function peopleOf(actors: readonly string[]): string[] {
  // each name is judged once, however often it is named (first-mention order is kept)
  const count = new Map<string, number>();
  for (const actor of actors) count.set(actor, (count.get(actor) ?? 0) + 1);
  return [...count.keys()].filter(isPerson).sort((a, b) => count.get(b)! - count.get(a)!);
}

function isPerson(actor: string): boolean {
  // (the particles of a family name do not count after a known first name: "Luiz Inacio Lula da
  // Silva", "Ursula von der Leyen"; not "Tribunal de Justicia")
  const all = splitAtSpaces(actor);
  const words = FIRST_NAME_PRONOUN.has(all[0]!) ? all.filter((w) => !PARTICLES.has(w)) : all;
  if (COMPANIES_NAMED_LIKE_PEOPLE.has(words.join(' '))) return false;
  // (after a common first name, a carrier's or paper's word is a surname: "Tom Radio", not
  // "Meridian Air")
  const named = FIRST_NAME_PRONOUN.has(all[0]!);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every(
      (w) =>
        /^\p{Lu}[\p{Ll}'’.-]+$/u.test(w) &&
        (!isOrganisationWord(w) || (named && TRADE_NAME.has(w))),
    ) &&
    !isPlace(actor)
  );
}
const COMPANIES_NAMED_LIKE_PEOPLE = new Set(
  NAMED_LIKE_PEOPLE.split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== ''),
);
const PARTICLES = wordSet(FAMILY_NAME_PARTICLES);
