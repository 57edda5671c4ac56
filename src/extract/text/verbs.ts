/**
 * Recognizing verb forms without a tagger: the auxiliaries and irregular verbs of the lexicon,
 * regular endings (-ed, -ing) minus the listed non-verbs, and the forms of reporting verbs.
 */
import {
  AUXILIARIES,
  CLAUSE_TAKING_VERBS,
  ING_NOUN_QUALIFIERS,
  IRREGULAR_VERBS,
  NOT_VERBS,
} from '../lexicon/en/events/verbs.ts';
import { REPORTING_VERBS } from '../lexicon/en/events/reporting.ts';
import { DETERMINERS, PREPOSITIONS } from '../lexicon/en/events/function-words.ts';
import { wordSet, type Token } from './words.ts';
import { NUMBERS } from '../lexicon/en/temporal/words.ts';

export type VerbForm =
  | 'present-aux'
  | 'past-aux'
  | 'future-aux'
  | 'modal'
  | 'be'
  | 'past'
  | 'participle'
  | 'ing'
  | 'present'
  | 'base';

const AUX = new Map<string, VerbForm>([
  ...[...wordSet(AUXILIARIES.present)].map((w) => [w, 'present-aux'] as const),
  ...[...wordSet(AUXILIARIES.past)].map((w) => [w, 'past-aux'] as const),
  ...[...wordSet(AUXILIARIES.future)].map((w) => [w, 'future-aux'] as const),
  ...[...wordSet(AUXILIARIES.modal)].map((w) => [w, 'modal'] as const),
  ...[...wordSet(AUXILIARIES.be)].map((w) => [w, 'be'] as const),
]);

const IRREGULAR_PAST = new Set<string>();
/** The past form of each irregular base ("make" -> "made"). */
const PAST_OF_BASE = new Map<string, string>();
const IRREGULAR_PARTICIPLE = new Set<string>();
const IRREGULAR_BASE = new Map<string, string>();
for (const triple of IRREGULAR_VERBS.split(',')) {
  const [base, past, participle] = triple.trim().split(/\s+/);
  if (!base || !past || !participle) continue;
  IRREGULAR_PAST.add(past);
  if (!PAST_OF_BASE.has(base)) PAST_OF_BASE.set(base, past);
  IRREGULAR_PARTICIPLE.add(participle);
  for (const form of [base, past, participle]) IRREGULAR_BASE.set(form, base);
}
const NOT_ED = wordSet(NOT_VERBS.ed);
const NOT_ING = wordSet(NOT_VERBS.ing);
const NOT_S = wordSet(NOT_VERBS.s);

/**
 * The forms of each irregular base, in the order IRREGULAR_BASE has them (gathered once, not
 * looked for through every form for each reporting verb).
 */
const IRREGULAR_FORMS = new Map<string, string[]>();
for (const [form, base] of IRREGULAR_BASE) {
  const forms = IRREGULAR_FORMS.get(base);
  if (forms === undefined) IRREGULAR_FORMS.set(base, [form]);
  else forms.push(form);
}

/** Every form of every reporting verb, lower case. */
const REPORTING = new Set<string>();
for (const lemma of wordSet(REPORTING_VERBS)) {
  for (const form of regularForms(lemma)) REPORTING.add(form);
  for (const form of IRREGULAR_FORMS.get(lemma) ?? []) REPORTING.add(form);
}

/** Every form of every verb that takes a clause without "that", the reporting verbs' too. */
const CLAUSE_TAKING = new Set<string>(REPORTING);
for (const lemma of wordSet(CLAUSE_TAKING_VERBS)) {
  for (const form of regularForms(lemma)) CLAUSE_TAKING.add(form);
}
for (const word of wordSet(ING_NOUN_QUALIFIERS)) CLAUSE_TAKING.delete(word);

/**
 * Whether a word is a form of a verb that may take a clause without "that" ("Fearing prices would
 * rise", "Saying officials had lied"), a reporting verb or one of CLAUSE_TAKING_VERBS; not one of
 * ING_NOUN_QUALIFIERS ("Reporting restrictions were lifted").
 */
export function takesClause(word: string): boolean {
  return CLAUSE_TAKING.has(word.toLowerCase());
}

function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const s = /(?:s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const ed = /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${stem}ed`;
  return [lemma, s, ed, `${stem}ing`, `${lemma}ing`, `${lemma}d`];
}

/**
 * What verb form a lower-case word is, or null when it does not look like a verb. `base` and
 * `present` are only given for reporting verbs and irregular verbs: without a tagger, "plans" or
 * "claims" are as often nouns.
 */
export function verbForm(word: string): VerbForm | null {
  let form = MEMO.get(word);
  if (form === undefined) {
    if (MEMO.size > MEMO_LIMIT) MEMO.clear();
    form = formOf(word);
    MEMO.set(word, form);
  }
  return form;
}

/** Verb forms already looked up: news reuses its words. */
const MEMO = new Map<string, VerbForm | null>();
const MEMO_LIMIT = 100_000;

function formOf(word: string): VerbForm | null {
  // a capital inside a word makes it a name ("MindSpring", "eBay"), never a verb
  if (/^.+\p{Lu}/u.test(word) && /\p{Ll}/u.test(word)) return null;
  const w = word.toLowerCase().replace(/’/g, "'");
  const aux = AUX.get(w);
  if (aux) return aux;
  if (IRREGULAR_PAST.has(w)) return 'past';
  if (IRREGULAR_PARTICIPLE.has(w)) return 'participle';
  if (w.length > 3 && w.endsWith('ed') && !NOT_ED.has(w)) return 'past';
  if (w.length > 4 && w.endsWith('ing') && !NOT_ING.has(w)) return 'ing';
  if (REPORTING.has(w)) return /s$/.test(w) ? 'present' : 'base';
  if (IRREGULAR_BASE.get(w) === w) return 'base';
  return null;
}

/**
 * Whether a lower-case word right after a name or pronoun reads as a present-tense verb
 * ("Russia sends", "Apple unveils", "it remains"): an -s ending that is not -ss, -us or -is.
 */
export function isPresentAfterSubject(word: string): boolean {
  // most words do not end in -s: no pattern to run for them
  return word.endsWith('s') && /^\p{Ll}{2,}[^su]s$/u.test(word) && !/(?:ss|us|is|ous)$/u.test(word);
}

/**
 * Whether `tokens[i]` is a present-tense verb after its subject: an -s word after a name or
 * "he/she/it" that opens its phrase ("Russia sends", "and Apple unveils"), not a plural after a
 * name that follows a preposition or determiner ("to Macintosh computers", "the iPhone users").
 */
export function isPresentVerbAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  const subject = tokens[i - 1];
  if (!word || !subject || !isPresentAfterSubject(word.text)) return false;
  if (/^(?:he|she|it)$/iu.test(subject.text)) return true;
  // "Oil prices rose": a plural noun of the name, which a finite verb follows; no verb is
  // followed by another finite verb (but "sells used phones": a form in -ed may be an adjective)
  if (NOT_S.has(word.text)) return false;
  const nextWord = tokens[i + 1]?.text ?? '';
  const next = verbForm(nextWord);
  if (next === 'past-aux' || next === 'present-aux' || next === 'modal') return false;
  if (next === 'past' && !nextWord.endsWith('ed')) return false;
  // ("Rescue teams reached the village", "Aid convoys crossed into Gaza": a form in -ed with an
  // article or a preposition after it is a verb, no adjective, and the plural before it its
  // subject; "sells used phones" has a noun after it)
  if (next === 'past' && NOT_SUBJECT_BEFORE.has(tokens[i + 2]?.text.toLowerCase() ?? '')) {
    return false;
  }
  if (!/^\p{Lu}/u.test(subject.text) || /['’]s?$/u.test(subject.text)) return false;
  // ("Thirteen members backed it": a count before a plural noun, no subject of a verb in -s)
  if (COUNT_WORDS.has(subject.text.toLowerCase()) || /^\d/u.test(subject.text)) return false;
  if (NOT_SUBJECT_BEFORE.has(subject.text.toLowerCase())) return false; // "For consumers
  const before = tokens[i - 2]?.text.toLowerCase() ?? '';
  // ("in 12 African countries", "three Japanese carmakers": a count before the name counts the
  // plural after it; not a year, "In 2019 Apple sells")
  if (COUNT_WORDS.has(before) || /^\d{1,3}(?:,\d{3})*$/u.test(before)) return false;
  return !NOT_SUBJECT_BEFORE.has(before) && !/['’]s?$/u.test(before);
}

/** Whether a word in lower case is a number word ("two", "thirteen"). */
export function isCountWord(lower: string): boolean {
  return COUNT_WORDS.has(lower);
}

/** Number words, which count a noun after them ("Thirteen members"). */
const COUNT_WORDS = new Set(
  Object.keys(NUMBERS).filter((w) => !/\s/u.test(w) && w !== 'a' && w !== 'an'),
);

const NOT_SUBJECT_BEFORE = new Set([
  ...wordSet(PREPOSITIONS, { lower: true }),
  ...wordSet(DETERMINERS, { lower: true }),
]);

/** Whether the word is a form of a reporting verb ("said", "announces", "according"). */
export function isReportingVerb(word: string): boolean {
  return REPORTING.has(word.toLowerCase());
}

/** isReportingVerb for a word already in lower case: a hot loop need not lower it twice. */
export function isLowerReportingVerb(lower: string): boolean {
  return REPORTING.has(lower);
}

const DETERMINER_WORDS = wordSet(DETERMINERS, { lower: true });

/**
 * Whether a word in -ing right after a determiner qualifies the noun after it ("the banking
 * system", "Their working week"): then it is no verb.
 */
export function isIngQualifier(word: string, previous: string | undefined): boolean {
  return (
    verbForm(word.toLowerCase()) === 'ing' &&
    previous !== undefined &&
    DETERMINER_WORDS.has(previous.toLowerCase())
  );
}

/** Whether the word can stand as a finite or participle verb in a clause. */
export function isVerbish(word: string): boolean {
  const form = verbForm(word);
  return form !== null && form !== 'base';
}

/**
 * The past tense of a verb in -ing, for a title that tells a participle clause as what happened
 * ("declaring victory" -> "declared victory", "making" -> "made", "stopping" -> "stopped");
 * null for a word that is not one.
 */
export function pastOfIng(word: string): string | null {
  const lower = word.toLowerCase();
  if (verbForm(lower) !== 'ing') return null;
  const stem = lower.slice(0, -3);
  // "making" -> "make", "running" -> "run", "seeing" -> "see"
  const undoubled = /([^aeiou])\1$/u.test(stem) ? stem.slice(0, -1) : null;
  for (const base of [stem, `${stem}e`, undoubled]) {
    const past = base === null ? undefined : PAST_OF_BASE.get(base);
    if (past !== undefined) return past;
  }
  // "carrying" -> "carried"; "declaring" -> "declared", "stopping" -> "stopped"
  if (/[^aeiou]y$/u.test(stem)) return `${stem.slice(0, -1)}ied`;
  return `${stem}ed`;
}

/**
 * The past tense of a word the caller knows is a verb's base form ("did not [resume]"): "resume"
 * -> "resumed", "take" -> "took", "stop" is "stopped" only where the lexicon says so.
 */
export function pastOfBase(word: string): string {
  const lower = word.toLowerCase();
  const irregular = PAST_OF_BASE.get(lower);
  if (irregular !== undefined) return irregular;
  if (/e$/u.test(lower)) return `${lower}d`;
  if (/[^aeiou]y$/u.test(lower)) return `${lower.slice(0, -1)}ied`;
  return `${lower}ed`;
}

/** Verb forms that carry a clause's tense: a past verb and the auxiliaries and modals. */
export const FINITE_FORMS: ReadonlySet<VerbForm | null> = new Set<VerbForm | null>([
  'past',
  'present-aux',
  'past-aux',
  'future-aux',
  'modal',
]);

/** Whether a word is a past form or a past participle ("released", "born", "taken"). */
export function isPastOrParticiple(word: string): boolean {
  const form = verbForm(word);
  return form === 'past' || form === 'participle';
}

/** Whether a word may be a past participle: "charged", "held", "built"; not "went", "began". */
export function mayBeParticiple(word: string): boolean {
  const w = word.toLowerCase();
  const form = verbForm(w);
  return (
    form === 'participle' || (form === 'past' && (w.endsWith('ed') || IRREGULAR_PARTICIPLE.has(w)))
  );
}
