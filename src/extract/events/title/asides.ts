/**
 * Titles: asides read for the subject they name. An apposition keeps its named side ("Belarus,
 * one of Russia's closest allies, has restored" -> "Belarus has restored"); a relative or
 * participle clause left alone after its name tells of that name ("Obama, who arrives in
 * Jordan" -> "Obama arrives in Jordan"); an aside between commas or dashes goes.
 */
import {
  INTENT_WORDS,
  isAsideAdverb,
  isPlacePart,
  isResumingAdverb,
  looksLikeNameInIng,
  STATE_ASIDE_WORDS,
} from '../../text/clauses.ts';
import {
  FINITE_FORMS,
  isPastOrParticiple,
  isPresentAfterSubject,
  isReportingVerb,
  isVerbish,
  verbForm,
} from '../../text/verbs.ts';
import { isCountry, isPlace } from '../../text/names.ts';
import { PREPOSITIONS } from '../../lexicon/en/events/function-words.ts';
import { NAME_CONNECTORS } from '../../lexicon/en/events/names.ts';
import {
  ACT_ON_THING_NOUNS,
  AMOUNT_OF_WORDS,
  CLAUSE_PRONOUNS,
  EXAMPLE_OPENERS,
  SUBJECT_PRONOUNS,
} from '../../lexicon/en/events/titles.ts';
import { ADJECTIVAL_PARTICIPLES, EXPECTING_VERBS } from '../../lexicon/en/events/verbs.ts';
import { wordSet, splitAtSpaces } from '../../text/words.ts';
import { whichNoun } from '../subject.ts';
import { possessiveOf } from './possessive.ts';
import {
  capitalised,
  DETERMINER,
  hasVerb,
  opensWithVerb,
  PREPOSITION_WORDS,
  tidy,
  WORD_RUN,
} from './text.ts';

/**
 * The next name of a list and its age: "and Mary Jones, 38," "Tom Brown, 36,"; maybe after the
 * home town of the name before ("of Leeds, and Jones, 38,").
 */
const LISTED_WITH_AGE =
  /^(?:(?:of|from) \p{Lu}[^,]{0,40}, )?(?:(?:and|or) )?\p{Lu}[^,]{0,40}, \d{1,3},/u;

/**
 * The next item of a list of people and its age, closed by a comma: "and her son, 12, ", "Tom
 * Brown, 36, ", "and Mary Jones, 38, " (a name, or a noun an article or a possessive opens).
 */
const ITEM_WITH_AGE =
  /^(?<item>(?:(?:and|or) )?(?:\p{Lu}[^,\d]{0,40}|(?:his|her|their|its|a|an|the) [^,\d]{1,40})), \d{1,3}, /u;

/**
 * A subject list whose every item has its age, without the ages: `first` ("Ann Lee") had one,
 * `rest` ("and her son, 12, were found dead") lists the others with theirs up to the verb;
 * undefined when `rest` is no such list.
 */
function listWithoutAges(first: string, rest: string): string | undefined {
  const items = [first];
  let after = rest;
  for (let m = ITEM_WITH_AGE.exec(after); m?.groups; m = ITEM_WITH_AGE.exec(after)) {
    items.push(m.groups['item']!);
    after = after.slice(m[0].length);
  }
  const last = items[items.length - 1]!;
  if (items.length < 2 || !/^(?:and|or) /u.test(last) || !opensWithVerb(after)) return undefined;
  if (items.slice(1, -1).some((item) => /^(?:and|or) /u.test(item))) return undefined;
  return `${items.join(items.length > 2 ? ', ' : ' ')} ${after}`;
}

/** A noun "the" opens, of one or two lower-case words: "the coach", "the team doctor". */
const THE_NOUN = String.raw`[Tt]he \p{Ll}+(?: \p{Ll}+)?`;
const FIRST_THE_NOUN = new RegExp(String.raw`^${THE_NOUN}$`, 'u');
/**
 * The list's last item, then what follows it or its comma: "and the doctor were", "and the
 * doctor, who joined in May, were".
 */
const LAST_THE_NOUN = new RegExp(
  String.raw`^(?<last>(?:and|or) ${THE_NOUN})(?:, | )(?<after>.+)$`,
  'u',
);
/** A relative clause closed by a comma: "who joined in May, ". */
const RELATIVE_ASIDE = /^(?:who|which) [^,]{1,80}, /u;

/**
 * "The coach, the captain, and the doctor, who joined in May, were fired": nouns "the" opens,
 * listed, are no apposition (was "The coach and the doctor were fired", the captain lost); the
 * list stays, without a relative clause after its last item ("The coach, the captain, and the
 * doctor were fired"). Undefined when the text is no such list before its verb (a superlative
 * describes: "the largest employer").
 */
function listOfTheNouns(first: string, second: string, rest: string): string | undefined {
  if (!FIRST_THE_NOUN.test(first) || !FIRST_THE_NOUN.test(second) || /est\b/u.test(second))
    return undefined;
  const m = LAST_THE_NOUN.exec(rest);
  if (!m?.groups) return undefined;
  const after = m.groups['after']!;
  const verb = after.slice(RELATIVE_ASIDE.exec(after)?.[0].length ?? 0);
  if (!opensWithVerb(verb)) return undefined;
  return `${first}, ${second}, ${m.groups['last']} ${verb}`;
}

/** Lower-case words a name may hold ("University of Leeds", "Banco de Chile"), and "the". */
const NAME_JOINERS = new Set([...wordSet(NAME_CONNECTORS, { lower: true }), 'the']);

/** Whether a country follows a place that is no country ("Leeds, England"), which it restates. */
function restatesCountry(first: string, second: string): boolean {
  const last = /(?<name>\p{Lu}[\p{L}.'’-]*)$/u.exec(first)?.groups?.['name'];
  return isCountry(second) && last !== undefined && !isCountry(last);
}

/** The name after a list's "and" or "or": "and the Czech Republic signed" -> "Czech Republic". */
const NAME_AFTER_AND =
  /^(?:and|or) (?:the )?(?<name>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})/u;

/**
 * Whether the list's last item after "and" is a country: "The European Union, Japan, and Canada
 * imposed" lists countries, and "Japan" restates no place before it (was "The European Union and
 * Canada imposed"); "in Paris, France, and Lyon" names a town last.
 */
function countryAfterAnd(rest: string): boolean {
  const name = NAME_AFTER_AND.exec(rest)?.groups?.['name'];
  return name !== undefined && isCountry(name);
}

/** A list going on after an item: "Italy, and Greece agreed", "Italy and the Netherlands signed". */
const LIST_GOES_ON =
  /^(?:the )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3},? (?:and|or) (?:the )?\p{Lu}/u;

/** Whether a phrase is a name: capitalised, with no lower-case word but NAME_JOINERS. */
function isName(phrase: string): boolean {
  return (
    /^\p{Lu}/u.test(phrase) &&
    phrase.split(' ').every((w) => !/^\p{Ll}/u.test(w) || NAME_JOINERS.has(w))
  );
}

const ACTS_ON_THINGS = wordSet(ACT_ON_THING_NOUNS, { lower: true });
/** A noun and the "of" after it, up to the end of a phrase: "A similar recall | of another drug". */
const ACT_OF = /^(?<act>(?:[^,\s]+ ){0,3}(?<noun>\p{L}+)) of (?<thing>[^,]{1,60})$/u;
/** Words that take another noun after the thing's: "of Halcyon by its rival, Verdant Corp.". */
const PREPOSITION = wordSet(PREPOSITIONS, { lower: true });

/**
 * Whether a name in apposition after "a recall of another drug" names the thing of the act: the
 * "of" phrase has no other noun a preposition brings, which the name would be ("the sale of the
 * stadium to a local businessman, Tom Reyes"), and the name is no place ("the launch of the
 * rocket from its pad in Kourou, French Guiana").
 */
function namesTheThing(groups: Record<string, string>, name: string): boolean {
  if (!isName(name) || isPlace(name)) return false;
  if (!ACTS_ON_THINGS.has(groups['noun']!.toLowerCase())) return false;
  return splitAtSpaces(groups['thing']!).every((word) => !PREPOSITION.has(word.toLowerCase()));
}

/**
 * A person's possessive and the noun it owns, up to three lower-case words: "His successor"
 * (a title names whose it is, the person before; "Its chief executive" names no one, and the
 * name alone titles it).
 */
const POSSESSIVE_NOUN = /^(?:his|her)(?: \p{Ll}[\p{L}-]*){1,3}$/iu;

/**
 * "Belarusian Foreign Minister, Sergei Aleinik, stated ..." -> "Sergei Aleinik stated ...";
 * "Belarus, one of Russia's closest allies, has restored ..." -> "Belarus has restored ...".
 */
export function apposition(text: string, names: readonly string[]): string {
  const m = /^(?<first>[^,]{1,80}), (?<second>[^,]{1,120}), (?<rest>.+)$/u.exec(text);
  if (!m?.groups) return text;
  const { first = '', second = '', rest = '' } = m.groups;
  // "John Smith, 45, and Mary Jones, 38, were arrested": an age before the next name of a list,
  // with its own age, is no aside; the list stays whole (was "John Smith 38, were arrested")
  // (its ages go when every item has one and the verb follows the last: "Ann Lee, 34, and her
  // son, 12, were found dead" -> "Ann Lee and her son were found dead", was "Ann Lee 12, were
  // found dead"; a list with home towns stays whole)
  if (/^\d{1,3}$/u.test(second)) {
    const listed = listWithoutAges(first, rest);
    if (listed !== undefined) return listed;
    if (LISTED_WITH_AGE.test(rest)) return text;
  }
  // "Officials in Paris, Lyon, and Marseille declared": a name before the list's last "and" is
  // one of its items, no aside (was "Officials in Paris and Marseille declared")
  // (not a place restating the one before: "in Kabul, Afghanistan, and in Herat")
  // (nor a description that opens with a name, "Smith, Britain's ambassador, and Jones met": a
  // name has no lower-case word but its joining ones, "University of Leeds")
  // (nor a country after a place that is none, its country restated: "Smith of Leeds, England,
  // and Jones were charged", "Police in Paris, France, and Lyon")
  const listed = listOfTheNouns(first, second, rest);
  if (listed !== undefined) return listed;
  // "France, Spain, Italy, and Greece agreed": a name with more names after it before the list's
  // "and" is one of its items, no aside (was "France Italy, and Greece agreed"); "In Paris,
  // France, police" keeps its country going, as it restates the town
  if (isName(second) && LIST_GOES_ON.test(rest) && !restatesCountry(first, second)) return text;
  if (
    isName(second) &&
    /^(?:and|or) (?:the )?\p{Lu}/u.test(rest) &&
    (!restatesCountry(first, second) || countryAfterAnd(rest))
  )
    return text;
  // "bombings at embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, killed": a country
  // after its town is the place's, no name for the subject (was "Tanzania and Nairobi, Kenya,
  // killed"); it goes as the town names the place enough
  if (restatesCountry(first, second) && !hasVerb(first) && hasVerb(rest)) return `${first} ${rest}`;
  const wider = widerDescription(first, second, rest, names);
  if (wider !== null) return wider;
  // "the self-styled King of Pop", "the strongest to hit the country", "formerly an executive
  // overseeing engineering": an adjective in -ed, an infinitive and a participle in -ing are no
  // verbs of an aside
  // (nor one opening the aside, when the verb comes right after it: "Gamal, long seen as a likely
  // successor, would not stand")
  const unopened = withoutOpeningParticiple(second);
  if (unopened !== second && !opensWithVerb(rest)) return text;
  const aside = withoutReducedRelative(
    unopened.replace(/\S+-\p{Ll}+ed\b|\bto [\p{L}'’-]+|\b\p{Ll}+ing\b/gu, ''),
  );
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
  // "Smith, 45, of Leeds, was arrested": an age goes, and the home town after it keeps to the
  // name without the comma that closed it (was "Smith of Leeds, was arrested")
  const home = /^\d{1,3}$/u.test(second) ? homeTownBeforeVerb(rest) : -1;
  // (its state goes as in "Kopp of St. Albans became": the town names the person enough)
  if (home > 0) return `${first} ${rest.slice(0, rest.indexOf(', '))} ${rest.slice(home + 2)}`;
  // "The sheriff, 62, has held the office": an age alone goes too
  if (/^\d{1,3}$/u.test(second) && hasVerb(rest) && !/^(?:of|from|in)\s/u.test(rest))
    return `${first} ${rest}`;
  // "Its chief executive, Jane Roe, who took over": a relative clause keeps its comma
  const join = /^(?:who|which|whose|whom)\s/u.test(rest) ? ', ' : ' ';
  // "Other retailers, including Best Buy, did not": a lower-case aside is detail, not the name
  // "Poland, the Czech Republic and Hungary, who were invited": a list of names, no aside
  if (join === ', ' && / (?:and|or) \p{Lu}/u.test(second)) return text;
  // "His successor, the former Stoke defender Paul Hendry, took charge": who a possessive's noun
  // is, the name that ends the aside tells, after the noun that says what the name is to the
  // owner ("His successor Paul Hendry took charge", which names the owner when one person fits;
  // was "Paul Hendry took charge", the successor lost); "Her successor, Tom Reyes, took office"
  const owned = /^(?:his|her|its|their|our)\s/iu.test(first) && !named(first);
  const name = !owned
    ? undefined
    : /^\p{Ll}/u.test(second)
      ? names.find((n) => second.endsWith(` ${n}`))
      : isName(second)
        ? second
        : undefined;
  if (name !== undefined)
    // ("His first wife, Mary Jones, an actress, died": a description after the name goes too)
    return POSSESSIVE_NOUN.test(first)
      ? `${first} ${name}${join}${withoutPhraseAside(rest)}`
      : `${name}${join}${withoutPhraseAside(rest)}`;
  // "three doctors, including Slepian, three clinic employees and a clinic escort have been
  // murdered": examples set inside a list leave the list's comma, before its next item
  if (EXAMPLES_AT_START.test(second) && !opensWithVerb(rest)) return `${first}, ${rest}`;
  if (/^\p{Ll}/u.test(second)) return `${first}${join}${rest}`;
  // "A similar recall of another drug, Lorsatan, was ordered": the name is the thing the act is
  // on, which it takes the place of
  const act = ACT_OF.exec(first);
  if (act?.groups && namesTheThing(act.groups, second))
    return `${act.groups['act']} of ${second}${join}${rest}`;
  // (a name that is not the thing is some other noun's, never the act's: "The sale of the stadium
  // to a local businessman, Tom Reyes, was completed" keeps the sale)
  if (act?.groups && isName(second) && ACTS_ON_THINGS.has(act.groups['noun']!.toLowerCase()))
    return `${first}${join}${rest}`;
  if (named(first)) return `${first}${join}${withoutPhraseAside(rest)}`;
  if (named(second)) return `${second}${join}${withoutPhraseAside(rest)}`;
  return text;
}

/** A description that opens with an article, and the relative clause it ends with. */
const DESCRIPTION_RELATIVE = /^(?<noun>(?:the|a|an) [^,]{1,80}?) (?:who|that|which) [^,]{1,120}$/u;

/**
 * The apposition of a clause's subject after a verb's "that": "officials said that they had
 * concluded that James Kopp, an opponent of abortion, fired the shots" -> "... that James Kopp
 * fired the shots" (the title was cut at the aside's comma, "... concluded that James Kopp", a
 * subject with no verb); "in ruling that Anna Varga, the girl who was found on the beach, should
 * stay" -> "in ruling that Anna Varga should stay". The aside is read as apposition() reads one
 * that opens a sentence, with a description's relative clause set aside first: its verb is the
 * description's, not the clause's.
 */
export function appositionInThatClause(text: string, names: readonly string[]): string {
  for (let at = text.indexOf(' that '); at > 0; at = text.indexOf(' that ', at + 1)) {
    const before = text.slice(0, at);
    const verb = before.slice(before.lastIndexOf(' ') + 1);
    if (!isVerbish(verb)) continue;
    const clause = text.slice(at + ' that '.length);
    const m = /^(?<first>[^,]{1,80}), (?<second>[^,]{1,160}), (?<rest>.+)$/u.exec(clause);
    if (!m?.groups) continue;
    const { first = '', second = '', rest = '' } = m.groups;
    const described = DESCRIPTION_RELATIVE.exec(second)?.groups?.['noun'] ?? second;
    const read = apposition(`${first}, ${described}, ${rest}`, names);
    // (only an aside that went: a list of names, an age before a home town stay as they were)
    if (read.includes(`${described},`) || !read.endsWith(rest)) continue;
    return `${before} that ${read}`;
  }
  return text;
}

/**
 * What follows an apposition without a second aside, a phrase a preposition opens closed by a
 * comma before the verb: "in office since 2019, resigned" -> "resigned" (of "The company's
 * chief, John Smith, in office since 2019, resigned"); not a home town ("of Leeds, was").
 */
function withoutPhraseAside(rest: string): string {
  const m = PHRASE_ASIDE.exec(rest);
  return m && opensWithVerb(rest.slice(m[0].length)) ? rest.slice(m[0].length) : rest;
}

/**
 * A phrase a preposition opens, closed by a comma: "in office since 2019, "; or a description an
 * article opens, "an actress, " (of "Jane Doe, an actress, died").
 */
const PHRASE_ASIDE =
  /^(?:in|at|on|with|without|since|for|after|before|under|a|an|the)\s[^,]{1,60},\s/u;

/**
 * "Marcus Vale, the singer, guitarist and producer whose music fused funk, rock and soul, died":
 * a description of a name, opened by an article, with commas of its own, runs to the comma after
 * which the verb comes; the name and the verb are the title ("Marcus Vale died"). Null when the
 * aside is not one (the text right after its first comma opens with a verb, or names another
 * name: "Paris, the capital, and Lyon, the second city, reported").
 */
function widerDescription(
  first: string,
  second: string,
  rest: string,
  names: readonly string[],
): string | null {
  // ("Lumora, the Portland, Ore.-based chipmaker, will": a city's state after its comma goes on
  // with the description)
  // (its "Ore.-based" no verb)
  const cityState =
    /^(?:the|a|an) \p{Lu}/u.test(second) && isPlacePart(/^[^\s-]+/u.exec(rest)?.[0] ?? '');
  if (!cityState && (!/^(?:the|a|an) \p{Ll}/u.test(second) || opensWithVerb(rest))) return null;
  if (!names.some((n) => first.includes(n))) return null;
  let comma = rest.indexOf(', ');
  while (comma >= 0 && !opensWithVerb(rest.slice(comma + 2))) comma = rest.indexOf(', ', comma + 2);
  if (comma < 0 || /\b(?:and|or) \p{Lu}/u.test(rest.slice(0, comma))) return null;
  return `${first} ${rest.slice(comma + 2)}`;
}

/**
 * Where the comma closing a home town after an age is ("of Leeds, was arrested", "of St.
 * Albans, Vt., became": the comma before the verb); -1 when `rest` opens with no home town or
 * no verb follows one of its commas.
 */
function homeTownBeforeVerb(rest: string): number {
  if (!/^(?:of|from) \p{Lu}/u.test(rest)) return -1;
  let comma = rest.indexOf(', ');
  while (comma >= 0 && comma < 60 && !opensWithVerb(rest.slice(comma + 2)))
    comma = rest.indexOf(', ', comma + 2);
  // ("Smith, 45, of Leeds, and Jones, 38, of York, were": a list of people is no home town)
  return comma >= 0 && comma < 60 && !/ (?:and|or) /u.test(rest.slice(0, comma)) ? comma : -1;
}

const ADJECTIVAL = wordSet(ADJECTIVAL_PARTICIPLES, { lower: true });

/**
 * A described noun without the past participles after it ("the iPhone maker founded in 1976",
 * "the planemaker based in Virginia": the noun's, no verb of a clause); an aside that opens with
 * no article, or a saying ("the company said"), stays as it is.
 */
function withoutReducedRelative(aside: string): string {
  const words = aside.split(' ');
  if (words.length < 3 || !/^(?:the|a|an)$/u.test(words[0]!)) return aside;
  // (a verb of saying news uses as an adjective is a participle too before a preposition: "a
  // man accused of fraud"; not "the mayor said in 2010")
  const participle = (word: string, k: number): boolean =>
    isPastOrParticiple(word) &&
    (!isReportingVerb(word) ||
      (ADJECTIVAL.has(word.toLowerCase()) &&
        PREPOSITION_WORDS.has((words[k + 1] ?? '').toLowerCase())));
  return words
    .filter((word, k) => k < 2 || !participle(word, k) || /^\p{Lu}/u.test(word))
    .join(' ');
}

/** An aside without the past participle it opens with, after an adverb or not ("long seen as"). */
function withoutOpeningParticiple(aside: string): string {
  const words = aside.split(' ');
  const k = words.length > 1 && isAsideAdverb(words[0]!) ? 1 : 0;
  const word = words[k] ?? '';
  // ("The advertisement, said Kelli Conlin, ...": a saying put after its subject is no aside)
  return /^\p{Ll}/u.test(word) && isPastOrParticiple(word) && !isReportingVerb(word)
    ? words.slice(k + 1).join(' ')
    : aside;
}

/** A name and its subject relative clause, and nothing else: "Jan Kavan, who lived in London". */
export const RELATIVE_AFTER_NAME = /^[^,]{1,60}, (?:who|which|whose) [^,]+,?$/u;

/** "Poland, the Czech Republic and Hungary": names listed with commas and a last "and". */
const NAME_LIST = String.raw`[^,]{1,40}(?:, [^,]{1,40}){0,4},? (?:and|or) [^,]{1,40}`;

const RELATIVE_AFTER = new RegExp(
  String.raw`^(?<name>${NAME_LIST}|[^,]{1,60}), (?<pronoun>who|which) (?<verb>[\p{L}'’]+)(?<rest>[^,]*),?$`,
  'u',
);

/**
 * A name, its description and the description's relative: "Smith, the coach who was hired",
 * "Acme, a firm that makes locks", "Smith, the coach whose team won", "Smith, the coach whom the
 * club hired", "Paris, the city where the Games were held". The relative tells of the name as
 * it would right after it ("Smith, who was hired").
 */
const DESCRIBED_RELATIVE =
  /^(?<name>\p{Lu}[^,]{0,59}), (?:the|a|an) (?<noun>[^,]{1,40}?) (?<pronoun>who|whom|that|whose|where) (?<rest>[^,]+?),?$/u;

/**
 * Whether a description is one noun and its modifiers, so that a relative after it tells of the
 * name: not a noun with a verb, nor one with a preposition, whose object the relative may tell
 * of ("Smith, the brother of the man who was arrested" was titled "Smith was arrested").
 */
function isPlainDescription(noun: string): boolean {
  return !hasVerb(noun) && !noun.split(' ').some((w) => PREPOSITION_WORDS.has(w.toLowerCase()));
}

/**
 * "Obama, who arrives in Jordan" (a relative clause after the name it tells of, once the main
 * clause is cut off): "Obama arrives in Jordan". Only a subject relative: "Reno, whom he met"
 * stays.
 */
export function relativeAside(text: string): string {
  const comma = text.indexOf(', ');
  if (comma < 1 || comma > 60) return text;
  const described = DESCRIBED_RELATIVE.exec(text)?.groups;
  if (described !== undefined && isPlainDescription(described['noun']!)) {
    const { name = '', pronoun = '', rest = '' } = described;
    // ("Smith, the coach that the club hired": "that" before a subject of its own is "whom")
    const first = rest.split(' ', 1)[0]!;
    const subjectThat = isVerbish(first) || isPresentAfterSubject(first);
    const as = pronoun !== 'that' ? pronoun : subjectThat ? 'who' : 'whom';
    const read =
      as === 'whom'
        ? objectRelative(`${name}, whom ${rest}`)
        : relativeAside(`${name}, ${as} ${rest}`);
    return read === `${name}, ${as} ${rest}` ? text : read;
  }
  // "Mexico, where the virus was first detected": what happened there, in that place
  const where = /^(?<place>\p{Lu}[^,]{0,59}), where (?<rest>[^,]+),?$/u.exec(text)?.groups;
  if (where?.['rest'] !== undefined && hasVerb(where['rest']))
    return placeOfWhere(where['rest'], where['place']);
  // "Disney, whose shares rose 3%": what belongs to the name did it ("Disney's shares rose 3%")
  const whose = /^(?<owner>\p{Lu}[^,]{0,59}), whose (?<rest>[^,]+),?$/u.exec(text)?.groups;
  // (a "whose" clause names what is owned, then its verb: two words are enough, even where the
  // verb is not known as one, "whose term ends")
  if (whose?.['rest'] !== undefined && /^\S+\s+\S/u.test(whose['rest'])) {
    return `${possessiveOf(whose['owner']!)} ${whose['rest']}`;
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

/** A noun phrase and a subject relative without commas: "The man who was arrested". */
const RESTRICTIVE_RELATIVE =
  /^(?<noun>[^,]{1,60}?) (?:who|which|that) (?<verb>[\p{L}'’]+)(?<rest>[^,]*)$/u;

/**
 * "The man who was arrested" (a relative clause without commas, cut off from the main clause it
 * stood in the subject of: "The man who was arrested on Tuesday will appear in court on
 * Friday"): "The man was arrested", as "The man, who was arrested" reads. After a noun phrase
 * without a verb only; an object relative is read as objectRelative() reads it ("The firm that
 * police raided": "Police raided the firm").
 */
export function restrictiveRelative(text: string): string {
  // ("The town where he was born": "He was born in the town")
  const place = PLACE_RELATIVE.exec(text)?.groups;
  if (place) return placeRelative(place['noun']!, place['clause']!) ?? text;
  const contact = contactRelative(text);
  if (contact !== undefined) return contact;
  const saying = sayingInRelative(text);
  if (saying !== undefined) return saying;
  const m = RESTRICTIVE_RELATIVE.exec(text)?.groups;
  if (!m) return text;
  const { noun = '', verb = '', rest = '' } = m;
  if (hasVerb(noun)) return text;
  // ("The firm that police raided": a subject of its own, then the verb; "Police raided the firm")
  // ("The bill that lawmakers passed": a plural in -s before a past form is that subject)
  const next = /^ (?<word>\p{Ll}+)/u.exec(rest)?.groups?.['word'] ?? '';
  if (
    !(isVerbish(verb) || isPresentAfterSubject(verb)) ||
    (!isVerbish(verb) && verbForm(next) === 'past')
  )
    return objectRelative(text, RESTRICTIVE_OBJECT_RELATIVE);
  return `${noun} ${verb}${rest}`;
}

/** A subject relative opened by a saying without commas: "The man who police said fled". */
const SAYING_RELATIVE =
  /^(?<noun>[^,]{1,60}?) (?:who|that) (?<sayer>(?:the )?\p{L}+) (?<said>\p{Ll}+) (?<verb>\p{Ll}+)(?<rest>[^,]*)$/u;

/**
 * "The man who police said fled" (cut off from "On Monday the man who police said fled in May
 * surrendered"): "Police said the man fled", the saying and what was said of the noun;
 * undefined when the text is no such relative (a past saying, then a finite verb).
 */
function sayingInRelative(text: string): string | undefined {
  const m = SAYING_RELATIVE.exec(text)?.groups;
  if (!m) return undefined;
  const { noun = '', sayer = '', said = '', verb = '', rest = '' } = m;
  if (hasVerb(noun) || hasVerb(sayer) || !isReportingVerb(said) || verbForm(said) !== 'past')
    return undefined;
  if (!FINITE_FORMS.has(verbForm(verb))) return undefined;
  const determined = DETERMINER.has(noun.split(' ', 1)[0]!.toLowerCase());
  const object = determined ? noun.charAt(0).toLowerCase() + noun.slice(1) : noun;
  return `${capitalised(sayer)} ${said} ${object} ${verb}${rest}`;
}

const CONTACT_SUBJECT = wordSet(SUBJECT_PRONOUNS, { lower: true });
/** A relative pronoun: a "the" after it opens that relative's subject, no relative of its own. */
const RELATIVE_PRONOUNS = /^(?:that|which|who|whom|whose)$/iu;
/** The most words the noun before such a relative has ("The new law"). */
const MAX_CONTACT_NOUN_WORDS = 6;

/**
 * "The dog they lost" (a relative without its pronoun, cut off from the main clause of "The dog
 * they lost in May came home"): "They lost the dog", its subject, its past verb and the noun as
 * its object, then a phrase of a preposition; undefined when the text is no such relative (no
 * comma, the noun without a verb, and none after the relative's).
 */
function contactRelative(text: string): string | undefined {
  if (text.includes(',')) return undefined;
  const words = text.split(' ');
  // (its subject a pronoun, or "the" and a noun after the noun it tells of: "The rules the
  // council adopted"; not after a preposition, "The residents of the town fled", nor after a
  // relative pronoun, whose object relative objectRelative() reads: "the vitriol that the issue
  // aroused")
  const at = words.findIndex(
    (w, k) =>
      k > 0 &&
      (CONTACT_SUBJECT.has(w) ||
        (w === 'the' &&
          !PREPOSITION_WORDS.has(words[k - 1]!) &&
          !RELATIVE_PRONOUNS.test(words[k - 1]!) &&
          /^\p{Ll}+$/u.test(words[k + 1] ?? '') &&
          !hasVerb(words[k + 1]!))),
  );
  const verbAt = words[at] === 'the' ? at + 2 : at + 1;
  if (at < 1 || at > MAX_CONTACT_NOUN_WORDS || verbForm(words[verbAt] ?? '') !== 'past')
    return undefined;
  const noun = words.slice(0, at).join(' ');
  const rest = words.slice(verbAt + 1);
  if (hasVerb(noun) || hasVerb(rest.join(' '))) return undefined;
  if (rest.length > 0 && !PREPOSITION_WORDS.has(rest[0]!)) return undefined;
  const determined = DETERMINER.has(words[0]!.toLowerCase());
  const object = determined ? noun.charAt(0).toLowerCase() + noun.slice(1) : noun;
  const subject = [capitalised(words[at]!), ...words.slice(at + 1, verbAt + 1)];
  // ("The firm she worked for": a preposition left at the end, or before the relative's own
  // phrase, takes the noun, "She worked for the firm", not "She worked the firm")
  const stranded = rest.length > 0 && (rest.length === 1 || PREPOSITION_WORDS.has(rest[1]!));
  if (stranded) return [...subject, rest[0]!, object, ...rest.slice(1)].join(' ');
  return [...subject, object, ...rest].join(' ');
}

/** A noun phrase and a place's relative without commas: "The town where he was born". */
const PLACE_RELATIVE = /^(?<noun>[^,]{1,60}?) where (?<clause>[^,]+)$/u;

/**
 * "The town" + "he was born": the relative's clause, then its place after "in" ("He was born in
 * the town"); undefined when the noun has a verb, or the clause none.
 */
function placeRelative(noun: string, clause: string): string | undefined {
  if (hasVerb(noun) || !hasVerb(clause)) return undefined;
  const determined = DETERMINER.has(noun.split(' ', 1)[0]!.toLowerCase());
  const place = determined ? noun.charAt(0).toLowerCase() + noun.slice(1) : noun;
  return `${capitalised(clause)} in ${place}`;
}

/** A noun phrase and an object relative without commas: "The firm that police raided". */
const RESTRICTIVE_OBJECT_RELATIVE = /^(?<noun>[^,]{1,60}?) (?:that|which|whom) (?<clause>[^,]+)$/u;
/** A name and an object relative after its comma: "The blaze, which firefighters brought". */
const OBJECT_RELATIVE_AFTER = /^(?<noun>[^,]{1,60}), (?:which|whom) (?<clause>[^,]+),?$/u;

/**
 * "The blaze, which firefighters brought under control": an object relative, its subject and
 * past verb, then the noun it tells of as the object ("Firefighters brought the blaze under
 * control").
 */
function objectRelative(text: string, pattern: RegExp = OBJECT_RELATIVE_AFTER): string {
  const m = pattern.exec(text);
  const { noun = '', clause = '' } = m?.groups ?? {};
  if (!m || hasVerb(noun)) return text;
  const words = clause.split(' ');
  // the subject is a word to three, the first past form after it the verb
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const subject = words.slice(0, k).join(' ');
    if (hasVerb(subject)) return text;
    if (verbForm(words[k]!) !== 'past') continue;
    // "The blaze" goes mid-sentence as "the blaze"; a name keeps its capital; an amount goes
    // ("Little of the vitriol": "the vitriol")
    const measured = withoutAmount(noun);
    const determined = DETERMINER.has(measured.split(' ', 1)[0]!.toLowerCase());
    const object = determined ? measured.charAt(0).toLowerCase() + measured.slice(1) : measured;
    // ("which patients began taking": the verb in -ing it governs comes before the object)
    const governs = verbForm((words[k + 1] ?? '').toLowerCase()) === 'ing' ? 2 : 1;
    const verb = words.slice(k, k + governs).join(' ');
    const rest = words.slice(k + governs).join(' ');
    // ("Little of the vitriol that the issue aroused remains": a verb after the relative's is the
    // clause's around it, which a relative without commas does not end)
    // (nor one a word that may be a verb follows, "remains": only a phrase of a preposition)
    if (
      pattern === RESTRICTIVE_OBJECT_RELATIVE &&
      (hasVerb(rest) ||
        (rest !== '' && !PREPOSITION_WORDS.has(rest.split(' ', 1)[0]!)) ||
        rest.split(' ').some((w) => /^\p{Ll}+s$/u.test(w) && isPresentAfterSubject(w)))
    )
      return text;
    return `${capitalised(subject)} ${verb} ${object}${rest ? ` ${rest}` : ''}`;
  }
  return text;
}

const AMOUNTS = wordSet(AMOUNT_OF_WORDS, { lower: true });

/** A noun phrase without an amount and its "of" before its determiner ("Little of | the vitriol"). */
function withoutAmount(noun: string): string {
  const words = noun.split(' ');
  if (words.length < 3 || words[1] !== 'of' || !AMOUNTS.has(words[0]!.toLowerCase())) return noun;
  return DETERMINER.has(words[2]!.toLowerCase()) ? words.slice(2).join(' ') : noun;
}

/**
 * "Jobs, born in San Francisco" (all that is left of "Jobs, born in San Francisco on February
 * 24, 1955, has built ..." once its date is out): a name and the participle after it read as
 * "Jobs was born in San Francisco".
 */
export function participleAside(text: string, names: readonly string[]): string {
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

/**
 * "A bridge built in 1890" -> "A bridge was built in 1890": a reduced relative cut off inside
 * its subject, with no comma, is the noun's passive (so "A plan first proposed in 2019"). Only
 * a noun with its determiner and no verb of its own, and a participle with no object after it.
 */
export function reducedRelativeInSubject(text: string): string {
  if (text.includes(',')) return text;
  const words = splitAtSpaces(text);
  for (let k = 2; k < Math.min(words.length, 6); k++) {
    const adverb = isAsideAdverb(words[k]!) ? 1 : 0;
    const participle = words[k + adverb] ?? '';
    if (!/^\p{Ll}+$/u.test(participle) || !isPastOrParticiple(participle)) continue;
    const name = words.slice(0, k).join(' ');
    const next = words[k + adverb + 1]?.toLowerCase();
    if (!DETERMINED_NOUN.test(name) || hasVerb(name)) return text;
    if (next !== undefined && !PREPOSITION_WORDS.has(next)) return text;
    const be = /[^s]s$/u.test(name) ? 'were' : 'was';
    return `${name} ${be} ${words.slice(k).join(' ')}`;
  }
  return text;
}

/** "Mr. Smith", "Apple", "The Louvre": capitalised words only, a name. */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}$/u;

/**
 * "the ceasefire", "its new leaders", "Two stopgap measures", "Apple Corps' latest suit", "The
 * Voyager 1 probe", "The James Webb Space Telescope": a determiner, a number or a possessive
 * name, and a word or four (a number among them).
 */
const DETERMINED_NOUN =
  /^(?:(?:the|a|an|its|his|her|their|this|that|these|those|both|several|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)|\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3}(?:['’]s?))(?: [\p{L}\p{N}'’-]+){1,4}$/iu;

/**
 * "Rescued by fishermen off the Florida coast, Elian has become ...": a clause opened by a past
 * participle is about the name after it, "Elian was rescued by fishermen off the Florida coast".
 */
export function frontedParticiple(text: string, names: readonly string[]): string {
  // most titles open with no participle: the first word is looked up before any pattern runs
  const opener = /^\p{L}\p{Ll}+/u.exec(text)?.[0];
  const opens = opener === undefined ? null : verbForm(opener.toLowerCase());
  if (opens !== 'participle' && opens !== 'past') return text;
  const m = /^(?<participle>\p{L}\p{Ll}+)(?<phrase>[^,]{1,120}), (?<rest>.+)$/u.exec(text);
  const { participle = '', phrase = '', rest = '' } = m?.groups ?? {};
  if (!m) return text;
  const form = verbForm(participle.toLowerCase());
  if (form !== 'participle' && form !== 'past') return text;
  return passiveOfFronted(participle, phrase, rest, names) ?? text;
}

/**
 * "The rifle was buried a foot deep" of the participle "Buried", its phrase " a foot deep" and
 * the main clause after them, "the rifle was sent ...": told of the main clause's subject, a
 * name or "the" and a noun or two; undefined when the main clause opens with neither before its
 * verb. A participle left `bare` by its date is known to be one: its main clause may also open
 * with a pronoun, or have a verb in -s ("Founded, the company employs 500 people").
 */
function passiveOfFronted(
  participle: string,
  phrase: string,
  rest: string,
  names: readonly string[],
  bare = false,
): string | undefined {
  // the subject: a name, or "the" and a noun or two ("Buried a foot deep, the rifle was ...")
  const said = /^(?<word>\p{L}+) /u.exec(rest)?.groups?.['word'] ?? '';
  const name =
    names
      .filter((n) => rest.startsWith(`${n} `))
      .reduce((a, b) => (b.length > a.length ? b : a), '') ||
    definiteSubject(rest, bare) ||
    (bare && SUBJECT_PRONOUN.has(said.toLowerCase()) ? said : '');
  const verb = /^\s*(?<word>[\p{L}'’-]+)/u.exec(rest.slice(name.length))?.groups?.['word'] ?? '';
  if (name === '' || !(isVerbish(verb) || (bare && isPresentAfterSubject(verb)))) return undefined;
  const subject = capitalised(name);
  const be = /^(?:the\b.*[^s]s|they|we)$/iu.test(name) ? 'were' : 'was';
  return `${subject} ${be} ${participle.toLowerCase()}${phrase}`;
}

const SUBJECT_PRONOUN = wordSet(CLAUSE_PRONOUNS, { lower: true });

/**
 * "Speaking, the minister said ...", "Founded, the company employs 500 people": what a fronted
 * participle leaves when its phrase was only its date ("Speaking on Monday, ...", "Founded in
 * 1990, ..."), `clause` being the text the title was made from. One in -ing tells the main
 * clause's own act at that date, and goes ("The minister said ..."); a past one is what the date
 * tells, told of the main clause's subject ("The company was founded"). Not a name before an
 * aside, which had its comma in the clause ("Boeing, the largest exporter, said").
 */
export function withoutBareParticiple(
  text: string,
  clause: string,
  names: readonly string[],
): string {
  const m = /^(?<participle>\p{Lu}\p{Ll}+), (?<rest>.+)$/u.exec(text);
  const { participle = '', rest = '' } = m?.groups ?? {};
  if (!m) return withoutDanglingIngPhrase(text, clause);
  if (clause.includes(`${participle},`) || !clause.includes(`${participle} `)) return text;
  const form = verbForm(participle.toLowerCase());
  if (form === 'ing') return hasVerb(rest) ? capitalised(rest) : text;
  if (form !== 'participle' && form !== 'past') return text;
  // ("Elected in 2010, later she resigned": the main clause may open with an adverb)
  const adverb = /^(?<word>\p{Ll}+) (?=\p{L})/u.exec(rest)?.groups?.['word'] ?? '';
  const subjectFirst = isResumingAdverb(adverb) ? rest.slice(adverb.length + 1) : rest;
  return passiveOfFronted(participle, '', subjectFirst, names, true) ?? text;
}

/**
 * "The firm expects growth" of "Looking ahead to, the firm expects growth", what "Looking ahead
 * to 2025, ..." leaves: a fronted phrase in -ing whose date was the object of its last word, a
 * preposition left dangling, goes; the main clause's own act is the news.
 */
function withoutDanglingIngPhrase(text: string, clause: string): string {
  const m = /^(?<phrase>\p{Lu}\p{Ll}+ing(?: \p{Ll}+){0,3} (?<last>\p{Ll}+)), (?<rest>.+)$/u.exec(
    text,
  );
  const { phrase = '', last = '', rest = '' } = m?.groups ?? {};
  if (!m || !PREPOSITION_WORDS.has(last) || clause.includes(`${phrase},`)) return text;
  if (verbForm(phrase.split(' ', 1)[0]!.toLowerCase()) !== 'ing') return text;
  // (the main clause's verb may be in -s after its subject: "the firm expects growth", or have
  // no ending after a plural one: "analysts expect a slowdown")
  const words = splitAtSpaces(rest);
  const presentVerb = words.slice(1, 4).some(isPresentAfterSubject);
  return hasVerb(rest) || presentVerb || isPluralThenVerb(words) ? capitalised(rest) : text;
}

/**
 * Whether words open with a plural noun ("analysts", "Democrats") and a word that can be its verb
 * in the present ("analysts expect", "the banks see"), maybe after an adverb in -ly ("analysts
 * only expect"): no preposition, article or "and" after it.
 */
function isPluralThenVerb(words: readonly string[]): boolean {
  const at = DETERMINER.has(words[0] ?? '') ? 1 : 0;
  const noun = words[at] ?? '';
  const adverb = /^\p{Ll}+ly$/u.test(words[at + 1] ?? '') ? 1 : 0;
  const verb = words[at + 1 + adverb] ?? '';
  if (!/^\p{L}\p{Ll}+s$/u.test(noun) || /(?:ss|us|is)$/u.test(noun)) return false;
  if (!/^\p{Ll}+$/u.test(verb) || PREPOSITION_WORDS.has(verb) || DETERMINER.has(verb)) return false;
  return !/^(?:and|or|but|nor|who|which|that)$/u.test(verb) && !verb.endsWith('ly');
}

/**
 * "Oklahoma City, where 168 people were killed in a bombing": the place is where it happened,
 * not the verb's object ("168 people were killed in a bombing in Oklahoma City").
 */
export function placeOfWhere(text: string, place: string | undefined): string {
  const rest = text.replace(/^where\s+/iu, '').replace(/[\s.!?]+$/u, '');
  const named = place !== undefined && /^\p{Lu}/u.test(place);
  return named ? `${rest} in ${place}` : rest;
}

/**
 * "the rifle" of "the rifle was sent ...": "the" and one or two words before a verb, or ''; with
 * `present`, a verb in -s too ("the company employs 500 people").
 */
function definiteSubject(text: string, present = false): string {
  const words = text.split(' ', 5);
  if (words[0] !== 'the') return '';
  for (let n = 2; n <= 3; n++) {
    const noun = words[n - 1] ?? '';
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(noun) || isVerbish(noun)) return '';
    const next = words[n] ?? '';
    // (a word in -s before a verb is a plural noun: "the two cities were united")
    const presentVerb = present && isPresentAfterSubject(next) && !isVerbish(words[n + 1] ?? '');
    if (isVerbish(next) || presentVerb) return words.slice(0, n).join(' ');
  }
  return '';
}

/** "Moscow annexed" + "the Crimean Peninsula": the relative's object goes after its verb. */
export function withObject(text: string, object: string): string {
  const words = splitAtSpaces(text.replace(/[.!?]+$/u, ''));
  const bare = (k: number): string => (words[k] ?? '').replace(/[^\p{L}'’-]/gu, '');
  // (a verb the lexicon does not know governs its "to": "officials hope to reopen")
  let verb = words.findIndex(
    (_, k) => isVerbish(bare(k)) || INTENT_WORDS.has(bare(k).toLowerCase()),
  );
  if (verb < 0) return text;
  // the object goes after the whole verb: its auxiliaries ("had abandoned the car") and a verb
  // it governs with "to" ("hope to reopen the bridge")
  while (AUXILIARY_FORMS.has(verbForm(bare(verb)) ?? '') && isVerbish(bare(verb + 1))) verb++;
  // (not "to" before a noun: "announced to an investor group")
  const infinitive = bare(verb + 2).toLowerCase();
  if (bare(verb + 1).toLowerCase() === 'to' && infinitive !== '' && !DETERMINER.has(infinitive)) {
    // "which forecasters expect to weaken": what is expected is the noun's own act
    // ("Forecasters expect the storm to weaken")
    if (!EXPECTING.has(bare(verb).toLowerCase())) verb += 2;
  }
  // ("which patients began taking": "Patients began taking the new drug")
  else if (verbForm(bare(verb + 1).toLowerCase()) === 'ing') verb++;
  // ("The new models he unveiled": "He unveiled the new models", was "He unveiled The new
  // models"; the noun goes mid-sentence, its determiner in lower case, as objectRelative() has it)
  const determined = DETERMINER.has(object.split(' ', 1)[0]!.toLowerCase());
  const placed = determined ? object.charAt(0).toLowerCase() + object.slice(1) : object;
  return [...words.slice(0, verb + 1), placed, ...words.slice(verb + 1)].join(' ');
}

/** Verbs of intent whose "to" tells what their object does (lexicon EXPECTING_VERBS). */
const EXPECTING = wordSet(EXPECTING_VERBS, { lower: true });

const AUXILIARY_FORMS = new Set(['present-aux', 'past-aux', 'future-aux', 'modal']);

/**
 * Drops a list of examples between commas, whatever commas the list has: "Six central banks,
 * including the Fed, the ECB and the Bank of England, cut rates" -> "Six central banks cut
 * rates", when what is left still has its verb.
 */
export function withoutExamples(text: string): string {
  const open = EXAMPLES_OPEN.exec(text);
  return open ? withoutAsideFrom(text, open.index) : text;
}

/** An aside that opens with an example's opener ("including Slepian"). */
const EXAMPLES_AT_START = new RegExp(
  `^(?:${EXAMPLE_OPENERS.split(';')
    .map((o) => o.trim().replace(/\s+/gu, '\\s+'))
    .join('|')})\\s`,
  'u',
);

const EXAMPLES_OPEN = new RegExp(
  `,\\s+(?:${EXAMPLE_OPENERS.split(';')
    .map((o) => o.trim().replace(/\s+/gu, '\\s+'))
    .join('|')})\\s`,
  'u',
);

/**
 * The text without the aside that opens with the comma at `open` and ends at the comma after
 * which the main clause goes on with its verb (in lower case: a name after a comma is the list's),
 * when what is left still has its verb.
 */
function withoutAsideFrom(text: string, open: number): string {
  for (const close of text.slice(open + 1).matchAll(/,\s+(?<word>\p{Ll}[\p{L}'’-]*)/gu)) {
    if (!isVerbish(close.groups?.['word'] ?? '')) continue;
    const end = open + 1 + close.index + 1;
    const stripped = tidy(`${text.slice(0, open)} ${text.slice(end)}`);
    return hasVerb(stripped) ? stripped : text;
  }
  return text;
}

/** Drops a relative clause between commas: "the Lion release, which is due next summer, will ...". */
export function withoutAsides(text: string): string {
  text = withoutParticipleAside(withoutDashAside(text));
  const open =
    /,\s+(?:(?:some|many|most|all|none|one|each|both|several) of )?(?:which|who|whose|whom)\s/u.exec(
      text,
    );
  return open ? withoutAsideFrom(text, open.index) : text;
}

/**
 * Drops a participle aside between commas before the verb it interrupts: "Suleiman said that
 * Gamal, long seen as a likely successor, would not stand" -> "... that Gamal would not stand".
 */
function withoutParticipleAside(text: string): string {
  for (const m of text.matchAll(/, (?<aside>[^,]{1,120}), (?<word>[\p{L}'’-]+)/gu)) {
    const aside = m.groups!['aside']!;
    if (withoutOpeningParticiple(aside) === aside || hasVerb(withoutOpeningParticiple(aside)))
      continue;
    if (!isVerbish(m.groups!['word']!)) continue;
    // ("Police raided the house, arrested two men, detained protesters": a list of verb phrases
    // whose first has its verb already, not a subject a participle interrupts)
    // (an -ing before a noun is no verb of its own: "The tunnel boring machine, nicknamed ...")
    const subject = subjectBefore(text.slice(0, m.index));
    if (hasVerb(subject) && hasFiniteVerb(subject)) continue;
    const stripped = tidy(
      `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length - m.groups!['word']!.length)}`,
    );
    return hasVerb(stripped) ? stripped : text;
  }
  return text;
}

/**
 * The words before an aside after the last saying or "that" ("Suleiman said that Gamal" ->
 * "Gamal"): the subject the aside may interrupt.
 */
function subjectBefore(head: string): string {
  const words = splitAtSpaces(head);
  let at = words.length - 1;
  while (at >= 0 && words[at]!.toLowerCase() !== 'that' && !isReportingVerb(words[at]!)) at--;
  return words.slice(at + 1).join(' ');
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
export function namedDashAside(text: string): string {
  if (!text.includes('--') && !text.includes(' — ') && !text.includes(' – ')) return text;
  const named = text.replace(
    /\s(?:-{2,4}|[–—])\s(?<name>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4})\s(?:-{2,4}|[–—])\s/u,
    ', $<name>, ',
  );
  const m = DASHED_RELATIVE.exec(named);
  // ("The council approved the plan — which critics called a mistake": after a clause with its
  // verb, the relative is on all of it, no noun's aside: as commas it was "The council approved
  // the plan critics called a mistake")
  if (!m || hasVerb(named.slice(0, m.index))) return named;
  return `${named.slice(0, m.index)}, ${m.groups?.['relative'] ?? ''},${named.slice(m.index + m[0].length)}`;
}

/**
 * "The mayor — who took office in 2022 —": a relative between dashes, read as between commas
 * (relativeAside() then titles "The mayor took office"); the second dash may have gone with the
 * relative's date.
 */
const DASHED_RELATIVE =
  /\s(?:-{2,4}|[–—])\s(?<relative>(?:who|which|whose) [^—–]{1,120}?)(?:\s(?:-{2,4}|[–—])(?=\s|$)|$)/u;

/** Whether a text has a finite verb: not only participles ("a notebook replacing the PowerBook"). */
function hasFiniteVerb(text: string): boolean {
  for (const m of text.matchAll(WORD_RUN)) {
    const form = verbForm(m[0]);
    if (form !== null && form !== 'ing' && form !== 'participle' && form !== 'base') return true;
  }
  return false;
}
