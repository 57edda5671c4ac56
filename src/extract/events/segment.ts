/**
 * One clause, several dates: "In 1998 Apple introduced the iMac, in 2001 the iPod and the
 * following year Mac OS X was released." Each date's event is titled by its own stretch of the
 * clause, cut at commas and "and" between the dates; a stretch without a verb borrows the
 * clause's subject and verb ("Apple introduced the iPod").
 */
import type { Timex } from '../types.ts';
import { isReporting, looksAhead } from './aspect.ts';
import type { Span } from '../text/sentences.ts';
import {
  FINITE_FORMS,
  isIngQualifier,
  isPastOrParticiple,
  isPresentAfterSubject,
  isReportingVerb,
  isVerbish,
  mayBeParticiple,
  verbForm,
} from '../text/verbs.ts';
import {
  gapBefore,
  keptAsWritten,
  tokenize,
  wordSet,
  type Token,
  splitAtSpaces,
} from '../text/words.ts';
import {
  ADJECTIVAL_PARTICIPLES,
  REPETITION_ADVERBS,
  VERB_GROUP_ADVERBS,
} from '../lexicon/en/events/verbs.ts';
import { SPEAKING_ASIDE_WORDS } from '../lexicon/en/events/reporting.ts';
import { LEADING_DATELINE } from '../lexicon/en/events/titles.ts';
import { isLyAdverb, isPlacePart, opensWithIngSubject } from '../text/clauses.ts';
import {
  DETERMINERS as DETERMINER_WORDS,
  FRONTING_PREPOSITIONS,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
} from '../lexicon/en/events/function-words.ts';

export interface Segment {
  span: Span & { text: string };
  /** Words to put before the stretch when it has no verb of its own ('' when none is found). */
  gapped?: string | undefined;
  /**
   * The date's stretch only says who said the clause ("..., FBI officials said Monday"): the
   * span is the whole clause, told as that day's news of the saying.
   */
  saying?: true;
}

/** Words of a trailing attribution at most ("a spokesman for the ministry told reporters"). */
const MAX_SAYING_WORDS = 8;

/** Where the stretches of a clause divide: a comma, a semicolon, or "and"/"then"/"but" between words. */
const BOUNDARY = /,\s+|;\s+|\s+(?:and|then|but)\s+/gu;
const DETERMINERS = wordSet(DETERMINER_WORDS, { lower: true });
/** Prepositions that open a phrase set before the subject ("In a statement", "At a rally"). */
const FRONTING = wordSet(FRONTING_PREPOSITIONS, { lower: true });
/** Prepositions that only govern the date of their stretch ("Since [1949],"). */
const PREPOSITIONS_OF_DATES = /\b(?:since|in|on|at|by|from|until|during|after|before)\b/giu;

/** Whether the comma at `at` is one of a place name's ("the Buffalo, N.Y., area"): no divide. */
function inPlaceName(text: string, at: number): boolean {
  const after = /^,\s+(?<word>\S+)/u.exec(text.slice(at, at + 20))?.groups?.['word'] ?? '';
  const before = /(?<word>\S+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.groups?.['word'];
  return isPlacePart(after) || isPlacePart(before ?? '');
}

/**
 * The stretch of `clause` that titles the event of `date`, among the clause's `anchors`; `dates`
 * are all its date expressions (a range's far end too), which a borrowed stretch leaves out.
 */
export function dateSegment(
  clause: Span & { text: string },
  date: Timex,
  anchors: readonly Timex[],
  dates: readonly Timex[] = anchors,
): Segment {
  const others = anchors.filter(
    (a) => a !== date && a.start >= clause.start && a.end <= clause.end,
  );
  if (others.length === 0)
    return aheadSaidOn(clause, date)
      ? { span: clause, saying: true }
      : (secondVerbPhrase(clause, date, anchors) ??
          onlyDateInAppositive(clause, date) ??
          spliceAfterDate(clause, date) ?? { span: clause });
  // the boundaries that lie between this date and another one
  let start = clause.start;
  let end = clause.end;
  for (const m of clause.text.matchAll(BOUNDARY)) {
    if (m[0].startsWith(',') && inPlaceName(clause.text, m.index)) continue;
    const at = clause.start + m.index;
    // ("Smith resigned on Monday and Jones was fired on Tuesday": a day's name before "and" is a
    // date, no name a list joins to the next)
    if (
      m[0].trim() === 'and' &&
      !dates.some((d) => d.end === at) &&
      joinsNames(clause.text, m.index, m.index + m[0].length)
    )
      continue;
    // (the range's own first date still ends its stretch there: "A nurse who killed three
    // patients between June 2015")
    if (m[0].trim() === 'and' && date.end !== at && joinsDates(dates, at, at + m[0].length))
      continue;
    // "in March and June": dates side by side share their stretch
    const between = others.some(
      (o) =>
        ((o.end <= at && at < date.start) || (date.end <= at && at < o.start)) &&
        wordsBetween(clause, o, date) > 1,
    );
    if (!between) continue;
    if (at < date.start) start = Math.max(start, at + m[0].length);
    else end = Math.min(end, at);
  }
  if (start === clause.start && end === clause.end) return { span: clause };
  const text = clause.text.slice(start - clause.start, end - clause.start);
  if (start === clause.start && isFrontedPhrase(clause, end)) return statementAfter(clause, end);
  if (start === clause.start) {
    const around = sayingAroundAside(clause, end) ?? appositivesParticiple(clause, end);
    if (around) return around;
  }
  if (end === clause.end && isSaying(text, date.start - start, date.end - start)) {
    return { span: clause, saying: true };
  }
  // "Since 1949, it has ...": a stretch with nothing but its date says nothing of its own
  const rest = text.slice(0, date.start - start) + text.slice(date.end - start);
  if (!/[\p{L}\p{N}]/u.test(rest.replace(PREPOSITIONS_OF_DATES, ''))) return { span: clause };
  // (a date's own words are no verbs: "in May")
  const words = tokenize(text, start).filter(
    (t) => !dates.some((d) => t.start >= d.start && t.end <= d.end),
  );
  // "with arguments likely in the fall", "with more cancellations expected Wednesday": an
  // absolute phrase tells of its own noun
  const absolute = /^with\s+/iu.exec(text);
  if (absolute && start > clause.start) {
    const from = start + absolute[0].length;
    return { span: { start: from, end, text: text.slice(absolute[0].length) }, gapped: '' };
  }
  if (words.some((t) => isVerbish(t.text))) {
    // "He was arrested in 2019, charged in 2020": a stretch that opens with a participle of a
    // list goes with the clause's subject and its auxiliaries ("He was charged")
    // ("..., and charged in 2020", "but clinched a playoff spot on Sunday": after its conjunction)
    const first = (CONJUNCTION.test(words[0]?.text ?? '') ? words[1] : words[0])?.text ?? '';
    const listed = start > clause.start && /^\p{Ll}/u.test(first) && isPastOrParticiple(first);
    // ("was founded in 1998, went public in 2004": a past that is no participle takes no "was")
    const auxiliaries = mayBeParticiple(first);
    // ("and the railway station, shut in the 1960s, reopened in December 2019": the verb
    // resumes its clause after an aside of a participle, and its subject is before the aside)
    // ("Smith, the first woman appointed in 2010, resigned on Monday": the subject before an
    // appositive, who resigned, not the appositive's "the first woman")
    // ("Smith, the former minister jailed in 2019, and his wife were freed on Monday": after a
    // subject's appositive, "and" and a noun phrase are its second subject: "Smith and his wife")
    const second =
      start > clause.start && /^and$/iu.test(words[0]?.text ?? '') && !isVerbish(first)
        ? subjectBeforeAppositive(clause, start)
        : undefined;
    if (second !== undefined) return { span: { start, end, text }, gapped: `${second} and` };
    // ("Acme, the company founded in 2019, and Beta, its rival, merged on Monday": a past after
    // two subjects, each with its appositive, is the verb of both, "Acme and Beta merged")
    const shared = listed
      ? (subjectBeforeAppositive(clause, start) ??
        pairedSubjects(clause, start) ??
        subjectAndAuxiliaries(clause, start, anchors, auxiliaries) ??
        subjectBeforeParticipleAside(clause, start))
      : undefined;
    return shared === undefined
      ? { span: { start, end, text } }
      : { span: { start, end, text }, gapped: shared };
  }
  // "Polls close at 8 p.m. on Tuesday, and results are expected": a stretch that opens the
  // clause has no verb to borrow from before it (its own is one the lexicon does not know)
  if (start === clause.start) return { span: { start, end, text } };
  const repeats = repeatsAct(text, start, dates);
  // "was signed in 1994 and expires in 2026", "and now employs 1,200 people": a verb in -s of
  // its own (one the lexicon does not know) takes the subject alone
  const own = words.findIndex((t) => !CONJUNCTION.test(t.text) && !isAdverb(t.text));
  // "and it takes effect in July": a stretch with a subject of its own borrows nothing
  if (own >= 0 && /^(?:it|he|she|they|we)$/iu.test(words[own]!.text))
    return { span: { start, end, text } };
  if (!repeats && own >= 0 && isPresentAfterSubject(words[own]!.text)) {
    return {
      span: { start, end, text },
      gapped: subjectAndAuxiliaries(clause, start, anchors, false) ?? '',
    };
  }
  // "would cut 1,500 jobs next year and halt a second shift from January": a bare verb after a
  // modal's verb, joined by "and", shares the modal, not the verb ("The carmaker would halt")
  const joined =
    own === 0
      ? /\b(?:and|then|but)\s+$/iu.test(clause.text.slice(0, start - clause.start))
      : own === 1 && CONJUNCTION.test(words[0]!.text);
  const modal = joined ? modalBefore(clause, start) : null;
  if (!repeats && modal && isBareVerb(words[own]!.text)) {
    const subject = subjectAndAuxiliaries(clause, modal.verbAt, anchors);
    if (subject !== undefined)
      return { span: { start, end, text }, gapped: `${subject} ${modal.modal}` };
  }
  // "will add flights to Tokyo in June and to Seoul later this year": a stretch that opens with
  // a preposition the clause used before borrows all up to it ("will add flights to Seoul")
  const parallel =
    !repeats && own >= 0 && PARALLEL_PREPOSITIONS.has(words[own]!.text.toLowerCase())
      ? upToPreposition(clause, start, words[own]!.text, dates)
      : undefined;
  return {
    span: { start, end, text },
    gapped:
      parallel ??
      (repeats ? stretchBefore(clause, start, dates) : subjectAndVerb(clause, anchors)) ??
      '',
  };
}

/** Words that open no verb phrase: prepositions, determiners, pronouns, "not". */
const FUNCTION_WORDS = new Set([
  ...wordSet(PREPOSITIONS, { lower: true }),
  ...wordSet(DETERMINER_WORDS, { lower: true }),
  ...wordSet(OBJECT_PRONOUNS, { lower: true }),
  'not',
  'also',
  'then',
]);

/** A modal and the verb after it ("would cut"). */
const MODAL_VERB = /\b(?<modal>will|would|could|should|can|may|might|must)\s+(?<verb>\p{Ll}+)\b/gu;

/** The last modal before `upTo` with a verb after it, and where that verb starts. */
function modalBefore(
  clause: Span & { text: string },
  upTo: number,
): { modal: string; verbAt: number } | null {
  let last: RegExpExecArray | null = null;
  for (const m of clause.text.slice(0, upTo - clause.start).matchAll(MODAL_VERB)) last = m;
  if (!last?.groups) return null;
  const verbAt = clause.start + last.index + last[0].length - last.groups['verb']!.length;
  return { modal: last.groups['modal']!, verbAt };
}

/** A lower-case word that may be a verb's base form: no function word, no form in -ing or -ed. */
function isBareVerb(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && !FUNCTION_WORDS.has(word) && !/(?:ing|ed)$/u.test(word);
}

/** Prepositions a stretch may open with to repeat the clause's act elsewhere or for another. */
const PARALLEL_PREPOSITIONS = wordSet(PREPOSITIONS, { lower: true });

/**
 * The clause before `upTo` as far as the first `preposition` that opens no date, without its
 * dates ("The airline will add flights" from "The airline will add flights to Tokyo in June and",
 * for "to"); undefined when no verb comes before that preposition.
 */
function upToPreposition(
  clause: Span & { text: string },
  upTo: number,
  preposition: string,
  dates: readonly Timex[],
): string | undefined {
  const tokens = tokenize(clause.text.slice(0, upTo - clause.start), clause.start);
  const inDate = (t: Token | undefined): boolean =>
    t !== undefined && dates.some((d) => t.start >= d.start && t.end <= d.end);
  const at = tokens.findIndex(
    (t, i) => i > 0 && t.text.toLowerCase() === preposition.toLowerCase() && !inDate(tokens[i + 1]),
  );
  if (at < 0) return undefined;
  const before = tokens.slice(0, at);
  const keep = (t: Token, i: number): boolean =>
    !inDate(t) && !(DATE_WORDS.test(t.text) && inDate(before[i + 1]));
  // a leading preposition belonged to a date ("In 2022 Toyota sold cars in China and ...")
  // ... and so did a conjunction that opens the clause ("and sold cars in China in 2023 and ...")
  let first = 0;
  while (first < before.length && !keep(before[first]!, first)) first++;
  if (first < before.length && DATE_PREPOSITION.test(before[first]!.text)) first++;
  if (first < before.length && CONJUNCTION.test(before[first]!.text)) first++;
  const kept = before.filter((t, i) => i >= first && keep(t, i));
  if (!kept.some((t) => isVerbish(t.text)) || kept.length > 12) return undefined;
  return keptAsWritten(clause, before, (t, i) => i >= first && keep(t, i));
}

/**
 * Whether the stretch before the comma at `end` is a phrase fronted before the clause's subject,
 * whose date is the time of the statement after it: "In a statement released Sunday, the
 * ministry said ...", "Speaking to reporters on Friday, the minister said ...". It opens with a
 * word in -ing, or with a preposition and a determiner (not "In 1998 Apple introduced ...").
 */
function isFrontedPhrase(clause: Span & { text: string }, end: number): boolean {
  if (!clause.text.startsWith(',', end - clause.start)) return false;
  const words = tokenize(clause.text.slice(0, end - clause.start)).map((t) => t.text);
  const [first, second] = words;
  if (first === undefined || second === undefined) return false;
  // (not a word in -ing that qualifies a subject with a verb of its own: "Waiting times rose in
  // November, figures showed")
  if (verbForm(first) === 'ing' && /^\p{Lu}\p{Ll}+$/u.test(first))
    return !opensWithIngSubject(words);
  return FRONTING.has(first.toLowerCase()) && DETERMINERS.has(second.toLowerCase());
}

const SPEAKING_ASIDE = wordSet(SPEAKING_ASIDE_WORDS, { lower: true });

/** A subject and an aside opened by a word in -ing, before a comma: "The senator, speaking to reporters on Tuesday". */
const SUBJECT_AND_ING_ASIDE = /^(?<subject>[^,]{1,60}),\s+(?<aside>\p{Ll}+ing\b[^,]*)$/u;
/** A reporting verb right after the aside's closing comma (", said", ", told reporters"). */
const SAID_AFTER = /^,\s+(?<verb>\p{Ll}+)\b/u;

/**
 * "The senator, speaking to reporters on Tuesday, said she would run again in 2026": the date of
 * an aside opened by a word in -ing, between the subject and a reporting verb, is the time of
 * the saying, as a fronted "Speaking to reporters on Tuesday," is; the span is the subject and
 * the saying, the aside blanked out (the same length, so that offsets hold). Was titled "The
 * senator, speaking to reporters". Undefined when the stretch up to `end` is no such aside.
 */
function sayingAroundAside(clause: Span & { text: string }, end: number): Segment | undefined {
  const stretch = clause.text.slice(0, end - clause.start);
  const m = SUBJECT_AND_ING_ASIDE.exec(stretch)?.groups;
  const verb = SAID_AFTER.exec(clause.text.slice(end - clause.start))?.groups?.['verb'];
  if (!m || verb === undefined || !isReportingVerb(verb)) return undefined;
  // (only a word of speaking: "The firm, having lost money in 2022, said on Monday ..." is 2022's
  // loss, not the saying)
  if (!SPEAKING_ASIDE.has(splitAtSpaces(m['aside']!, 1)[0]!)) return undefined;
  const subject = m['subject']!;
  if (splitAtSpaces(subject).some((w) => isVerbish(w))) return undefined;
  // the aside with its commas goes: from the subject's end through the comma at `end`
  const gap = end - clause.start + 1 - subject.length;
  const text = subject + ' '.repeat(gap) + clause.text.slice(end - clause.start + 1);
  return { span: { start: clause.start, end: clause.end, text }, saying: true };
}

/** The statement after a fronted phrase, told as the saying it is when a reporting verb opens it. */
function statementAfter(clause: Span & { text: string }, comma: number): Segment {
  const text = clause.text.slice(comma - clause.start + 1);
  const start = clause.end - text.length;
  const span = { start, end: clause.end, text };
  const saying = tokenize(text)
    .slice(0, MAX_SAYING_WORDS)
    .some((t) => /^\p{Ll}/u.test(t.text) && isReportingVerb(t.text));
  return saying ? { span, saying } : { span };
}

const REPETITION = new RegExp(
  `^(?:${REPETITION_ADVERBS.split(' ')
    .map((p) => p.replaceAll('_', ' '))
    .join('|')})$`,
  'iu',
);
/** Words that only join a date to the stretch: prepositions, range words, conjunctions. */
const DATE_WORDS =
  /^(?:and|then|or|since|in|on|at|by|from|until|till|to|through|between|during|after|before|-|–)$/iu;

/**
 * Whether a stretch without a verb says nothing but its dates and "again" ("and again in 2022"),
 * before any comma.
 */
function repeatsAct(text: string, start: number, dates: readonly Timex[]): boolean {
  // (up to a comma: "and again in 2015, records show" has its attribution after it)
  const comma = text.indexOf(', ');
  const words = tokenize(comma > 0 ? text.slice(0, comma) : text, start)
    .filter((t) => !dates.some((a) => t.start >= a.start && t.end <= a.end))
    .map((t) => t.text)
    .filter((w) => !DATE_WORDS.test(w));
  return words.length > 0 && REPETITION.test(words.join(' '));
}

/**
 * The clause before `upTo`, without its dates and the words that join them ("He was president
 * from 1994 to 1999 and" -> "He was president"): what a stretch that repeats the act borrows.
 */
function stretchBefore(
  clause: Span & { text: string },
  upTo: number,
  dates: readonly Timex[],
): string | undefined {
  const tokens = tokenize(clause.text.slice(0, upTo - clause.start), clause.start);
  const inDate = tokens.map((t) => dates.some((a) => t.start >= a.start && t.end <= a.end));
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inDate[i]) continue;
    // a preposition or range word before a date goes with it ("from [1994] to [1999]")
    const next = inDate.indexOf(true, i + 1);
    if (DATE_WORDS.test(tokens[i]!.text) && next === i + 1) continue;
    kept.push(tokens[i]!.text);
  }
  while (kept.length > 0 && DATE_WORDS.test(kept[kept.length - 1]!)) kept.pop();
  return kept.length >= 2 && kept.length <= 12 ? kept.join(' ') : undefined;
}

/**
 * Whether the clause's one date is the day of a saying that trails it, and what was said is still
 * to come: "A new vaccine will be rolled out in the coming months, the WHO said on Thursday" is
 * Thursday's news of the saying, not a rollout on Thursday.
 */
function aheadSaidOn(clause: Span & { text: string }, date: Timex): boolean {
  const at = clause.text.lastIndexOf(', ', date.start - clause.start);
  if (at < 0) return false;
  const from = at + 2;
  const stretch = clause.text.slice(from);
  const said = clause.text.slice(0, at);
  // (not a saying of a saying: "Gonzalez said he would go ..., Castro said Sunday")
  return (
    isSaying(stretch, date.start - clause.start - from, date.end - clause.start - from) &&
    looksAhead(said) &&
    !isReporting(said)
  );
}

/**
 * Whether a stretch is a short attribution with its date: "FBI officials said Monday", "said
 * Jobs on Friday", "the ministry told reporters on Monday", and one whose verb comes after a
 * longer subject ("an official from the organization said on Wednesday").
 */
function isSaying(text: string, dateStart: number, dateEnd: number): boolean {
  const words = tokenize(text.slice(0, dateStart) + text.slice(dateEnd));
  if (words.length === 0 || words.length > MAX_SAYING_WORDS) return false;
  return words.some((t) => /^\p{Ll}/u.test(t.text) && isReportingVerb(t.text));
}

/** A finite auxiliary: a verb phrase of its own tense opens with it. */
const FINITE_AUXILIARY =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)$/u;

/** "and" or "but", then the finite auxiliary that opens a verb phrase of its own ("and is scheduled"). */
const SECOND_PHRASE =
  /\s(?:and|but)\s+(?=(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\s)/gu;

/**
 * "that was released as a closed beta for developers and is scheduled for public release in
 * June": the one date of a clause in its second verb phrase, which opens with an auxiliary of its
 * own tense, is that phrase's, told with the clause's subject ("The update is scheduled for
 * public release"), not the first phrase's. Undefined when the date is not after such an "and",
 * or the phrase before it is only a verb ("was arrested and is expected ..." keeps both).
 */
function secondVerbPhrase(
  clause: Span & { text: string },
  date: Timex,
  anchors: readonly Timex[],
): Segment | undefined {
  let at = -1;
  for (const m of clause.text.slice(0, date.start - clause.start).matchAll(SECOND_PHRASE))
    at = m.index;
  if (at < 0) return undefined;
  const first = tokenize(clause.text.slice(0, at), clause.start).filter(
    (t) => !anchors.some((a) => t.start >= a.start && t.end <= a.end),
  );
  const group = first.findIndex((t) => isVerbish(t.text));
  let verb = group;
  while (verb >= 0 && AUXILIARY_FORMS.has(verbForm(first[verb]!.text.toLowerCase()) ?? ''))
    verb = isVerbish(first[verb + 1]?.text ?? '') ? verb + 1 : -1;
  // (a verb with words after it: "was released as a closed beta", not "was arrested")
  // ("He said the plan is ready and will take effect in June": the plan's, which a saying hides)
  if (verb < 0 || first.length - verb < 3 || isReportingVerb(first[verb]!.text)) return undefined;
  const start = clause.start + at + 1;
  const span = { start, end: clause.end, text: clause.text.slice(at + 1) };
  // the subject before the first verb ("The update"), or the noun a relative pronoun opens
  // after ("In a drama that has divided the family and may be resolved in March": "a drama");
  // none in a relative clause of its own ("that was released"), whose noun the title puts back
  const words = first.slice(0, group).map((t) => t.text);
  const boundary = words.findIndex((w) => SUBJECT_BOUNDARY.test(w));
  // (not a subject with its relative clause, before a verb of its own: "The man who attacked her
  // is in custody and will be sentenced" keeps the whole)
  if (boundary > 0 && first.slice(verb + 1).some((t) => FINITE_AUXILIARY.test(t.text)))
    return undefined;
  const subject = boundary < 0 ? words : words.slice(0, boundary);
  while (subject.length > 1 && PARALLEL_PREPOSITIONS.has(subject[0]!.toLowerCase()))
    subject.shift();
  return subject.length > 0 && subject.length <= MAX_BORROWED_SUBJECT
    ? { span, gapped: subject.join(' ') }
    : { span };
}

/** Whether an "and" joins two names ("Greece and Turkey in 1952"): one stretch, not two. */
function joinsNames(text: string, from: number, to: number): boolean {
  const before = /(?<word>[\p{L}.'’-]+)$/u.exec(text.slice(Math.max(0, from - 30), from));
  const after = /^(?<word>[\p{L}.'’-]+)/u.exec(text.slice(to, to + 30));
  const capital = (m: RegExpExecArray | null): boolean =>
    /^\p{Lu}/u.test(m?.groups?.['word'] ?? '');
  return capital(before) && capital(after);
}

/**
 * Whether an "and" joins two dates, the ends of a range ("killed three patients between June 2015
 * and June 2016 was jailed on Tuesday"): one stretch, not a boundary between verb phrases.
 */
function joinsDates(dates: readonly Span[], from: number, to: number): boolean {
  return dates.some((d) => d.end === from) && dates.some((d) => d.start === to);
}

function wordsBetween(clause: Span & { text: string }, a: Span, b: Span): number {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return tokenize(clause.text.slice(first.end - clause.start, second.start - clause.start)).length;
}

/** "Apple introduced" from "In 1998 Apple introduced the iMac ...": up to the first verb, dates left out. */
/**
 * Where the verb group that starts at `verb` ends, with an infinitive after it: "it has been
 * expanded to include [Germany]", not "it has [Germany]"; "dropped to [$400 million]" stops
 * before "to".
 */
function verbGroupEnd(tokens: readonly Token[], verb: number): number {
  let last = verb;
  for (;;) {
    if (last + 1 < tokens.length && isVerbish(tokens[last + 1]!.text)) last++;
    // "had twice postponed": an adverb inside the group
    else if (isAdverb(tokens[last + 1]?.text ?? '') && isVerbish(tokens[last + 2]?.text ?? ''))
      last += 2;
    else break;
  }
  // "will add flights": after a modal, a lower-case word that is no function word is its verb
  const modal = verbForm(tokens[last]!.text.toLowerCase());
  const base = tokens[last + 1]?.text ?? '';
  if (
    (modal === 'modal' || modal === 'future-aux') &&
    /^\p{Ll}+$/u.test(base) &&
    !DETERMINERS.has(base) &&
    !DATE_WORDS.test(base)
  )
    last++;
  const infinitive = tokens[last + 2]?.text ?? '';
  if (
    tokens[last + 1]?.text.toLowerCase() === 'to' &&
    /^\p{Ll}+$/u.test(infinitive) &&
    !DETERMINERS.has(infinitive)
  )
    last += 2;
  return last;
}

const GROUP_ADVERBS = wordSet(VERB_GROUP_ADVERBS, { lower: true });

/** Whether a word may stand inside a verb group ("had twice postponed", "was quickly sold"). */
function isAdverb(word: string): boolean {
  const lower = word.toLowerCase();
  return GROUP_ADVERBS.has(lower) || (/^\p{Ll}+$/u.test(word) && isLyAdverb(lower));
}

/** Forms that help a verb rather than carry it ("was arrested", "has been charged"). */
const AUXILIARY_FORMS = new Set(['present-aux', 'past-aux', 'future-aux', 'modal', 'be']);

/** Words that end a subject looked for backwards: a clause opens after them. */
const SUBJECT_BOUNDARY = /^(?:that|which|who|whom|whose|where|when|because|after|before|while)$/iu;
/** Words a borrowed subject is at most. */
const MAX_BORROWED_SUBJECT = 8;
const DATELINE = new RegExp(LEADING_DATELINE.pattern, 'u');

/**
 * "He was" from "He was arrested in 2019, charged in 2020": the subject and auxiliaries of the
 * last verb group before `upTo`, without its main verb ("the stock capital of Apple Inc" from
 * "It should be mentioned that the stock capital of Apple Inc tripled in 2004, doubled in
 * 2005"), only the subject when `withAuxiliaries` is false ("went public in 2004"); undefined
 * when no subject stands before that verb.
 */
function subjectAndAuxiliaries(
  clause: Span & { text: string },
  upTo: number,
  anchors: readonly Timex[],
  withAuxiliaries = true,
): string | undefined {
  const tokens = tokenize(clause.text.slice(0, upTo - clause.start), clause.start).filter(
    (t) => !anchors.some((a) => t.start >= a.start && t.end <= a.end),
  );
  let verb = -1;
  for (let i = tokens.length - 1; i >= 0 && verb < 0; i--) if (isVerbish(tokens[i]!.text)) verb = i;
  let group = verb;
  while (group > 0 && AUXILIARY_FORMS.has(verbForm(tokens[group - 1]!.text.toLowerCase()) ?? ''))
    group--;
  // ("WASHINGTON, Aug. 3 - The bill passed ... and goes": the dateline is no part of the subject)
  const dateline = clause.start + (DATELINE.exec(clause.text.slice(0, 80))?.[0].length ?? 0);
  let subject = group;
  while (
    subject > 0 &&
    tokens[subject - 1]!.start >= dateline &&
    group - subject < MAX_BORROWED_SUBJECT &&
    (!isVerbish(tokens[subject - 1]!.text) ||
      isIngQualifier(tokens[subject - 1]!.text, tokens[subject - 2]?.text)) &&
    !SUBJECT_BOUNDARY.test(tokens[subject - 1]!.text) &&
    !gapBefore(clause, tokens, subject).includes(',')
  )
    subject--;
  // a leading preposition belonged to a date ("In 1998 he was ...")
  while (subject < group - 1 && DATE_PREPOSITION.test(tokens[subject]!.text)) subject++;
  if (subject >= group) return undefined;
  return tokens
    .slice(subject, withAuxiliaries ? verb : group)
    .map((t) => t.text)
    .join(' ');
}

const CONJUNCTION = /^(?:and|then|but)$/iu;

/**
 * "the railway station" of "and the railway station, shut in the 1960s, " (the clause before
 * `upTo`): a subject, then an aside opened by a participle between commas; undefined otherwise.
 */
function subjectBeforeParticipleAside(
  clause: Span & { text: string },
  upTo: number,
): string | undefined {
  const m = /^(?:(?:and|but|then)\s+)?(?<subject>[^,]{1,60}),\s+(?<aside>[^,]+),\s*$/iu.exec(
    clause.text.slice(0, upTo - clause.start),
  );
  const { subject = '', aside = '' } = m?.groups ?? {};
  if (!m || !isPastOrParticiple(splitAtSpaces(aside, 1)[0]!)) return undefined;
  const words = splitAtSpaces(subject);
  return words.length <= MAX_BORROWED_SUBJECT && !words.some((w) => isVerbish(w))
    ? subject
    : undefined;
}

/**
 * "Smith, the first woman appointed in 2010, resigned on Monday": the stretch of the appositive's
 * date is its participle's act, told of the subject ("Smith was appointed"), not "Smith, the
 * first woman appointed"; undefined when the stretch is no subject and such an appositive.
 */
function appositivesParticiple(clause: Span & { text: string }, end: number): Segment | undefined {
  if (!clause.text.startsWith(',', end - clause.start)) return undefined;
  const subject = subjectBeforeAppositive(clause, end + 1);
  if (subject === undefined) return undefined;
  const aside = clause.text.slice(0, end - clause.start).indexOf(', ') + 2;
  const words = tokenize(clause.text.slice(aside, end - clause.start), clause.start + aside);
  // the first verbal word, after a noun of the appositive's: its participle
  const at = words.findIndex((t) => isVerbish(t.text));
  const participle = words[at];
  if (at < 2 || !participle || !isPastOrParticiple(participle.text)) return undefined;
  if (!mayBeParticiple(participle.text) || !/^\p{Ll}+$/u.test(words[at - 1]!.text))
    return undefined;
  const text = clause.text.slice(participle.start - clause.start, end - clause.start);
  return { span: { start: participle.start, end, text }, gapped: `${subject} was` };
}

/**
 * "Smith, the coach hired in 2019, was praised": a clause's only date, in its subject's
 * appositive after the appositive's participle, is that participle's act ("Smith was hired"), not
 * the clause's ("Smith was praised" in 2019); undefined when the date stands elsewhere.
 */
function onlyDateInAppositive(clause: Span & { text: string }, date: Timex): Segment | undefined {
  const close = clause.text.indexOf(',', date.end - clause.start);
  if (close < 0 || !/\S/u.test(clause.text.slice(close + 1))) return undefined;
  const segment = appositivesParticiple(clause, clause.start + close);
  return segment !== undefined && segment.span.start < date.start ? segment : undefined;
}

/** A subject (a name, or a determiner and its noun) and the word after it. */
const SUBJECT_AND_WORD =
  /^(?<subject>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) \p{Ll}[\p{L}'’-]*) (?<verb>\p{Ll}+)\b/u;

/**
 * Whether a text opens with a subject, a name or a determiner and its noun, and its finite verb
 * (not a saying's: "Jones said"; nor a phrase or a participle before the subject: "After Smith
 * resigned", "Found clinging to ...").
 */
function opensWithSubjectAndVerb(text: string): boolean {
  const m = SUBJECT_AND_WORD.exec(text.slice(0, 80))?.groups;
  const verb = m?.['verb'] ?? '';
  if (m === undefined || !FINITE_FORMS.has(verbForm(verb)) || isReportingVerb(verb)) return false;
  const words = splitAtSpaces(m['subject']!);
  return !words.some(
    (w) =>
      isVerbish(w) || FRONTING.has(w.toLowerCase()) || PARALLEL_PREPOSITIONS.has(w.toLowerCase()),
  );
}

/**
 * "Smith resigned on Monday, | Jones was fired, and Brown quit": a clause that opens with its
 * subject and verb, its date before a comma that opens another such clause, is the date's
 * stretch; the clauses spliced after it tell of acts of their own (was "Smith resigned, Jones
 * was fired"). Likewise the date's own clause starts at the last such comma before the date
 * ("Smith resigned, | Jones was fired on Monday, | Brown quit": was "Smith resigned, Jones was
 * fired"). Undefined when no such comma lies on either side of the date.
 */
function spliceAfterDate(clause: Span & { text: string }, date: Timex): Segment | undefined {
  if (!opensWithSubjectAndVerb(clause.text)) return undefined;
  const splices = (at: number): boolean =>
    at >= 0 && !inPlaceName(clause.text, at) && opensWithSubjectAndVerb(clause.text.slice(at + 2));
  const comma = clause.text.indexOf(', ', date.end - clause.start);
  const before = clause.text.lastIndexOf(', ', date.start - clause.start);
  const start = before > 0 && splices(before) ? before + 2 : 0;
  const end = splices(comma) ? comma : clause.text.length;
  if (start === 0 && end === clause.text.length) return undefined;
  return {
    span: {
      start: clause.start + start,
      end: clause.start + end,
      text: clause.text.slice(start, end),
    },
  };
}

/**
 * "Acme and Beta" of "Acme, the company founded in 2019, and Beta, its rival, " (the clause
 * before `upTo`): two subjects, the first with an appositive opened by an article, the second a
 * name with an appositive of its own; undefined otherwise.
 */
function pairedSubjects(clause: Span & { text: string }, upTo: number): string | undefined {
  const m =
    /^(?<first>[^,]+,\s(?:the|a|an)\s[^,]+,\s)and\s(?<second>\p{Lu}[^,]{0,40}),\s[^,]+,\s*$/u.exec(
      clause.text.slice(0, upTo - clause.start),
    );
  if (!m?.groups) return undefined;
  const first = subjectBeforeAppositive(clause, clause.start + m.groups['first']!.length);
  const second = m.groups['second']!;
  return first === undefined || splitAtSpaces(second).some((w) => isVerbish(w))
    ? undefined
    : `${first} and ${second}`;
}

/**
 * "Smith" of "Smith, the first woman appointed in 2010, " (the clause before `upTo`): a subject,
 * maybe after a saying ("Police said Smith, ..."), then an appositive between commas, a noun phrase opened by an article that may hold a
 * participle but no verb of its own ("the mayor said", "a man who was"); undefined otherwise.
 */
function subjectBeforeAppositive(
  clause: Span & { text: string },
  upTo: number,
): string | undefined {
  const m = /^(?<subject>[^,]{1,60}),\s+(?<aside>(?:the|a|an)\s[^,]+),\s*$/u.exec(
    clause.text.slice(0, upTo - clause.start),
  );
  if (!m?.groups) return undefined;
  const { aside = '' } = m.groups;
  // ("Police said Smith, a lawyer appointed in 2010, resigned": the subject after a saying,
  // and after its "that", also when the clause is what was said: "that Smith, a lawyer ...")
  const all = splitAtSpaces(m.groups['subject']!);
  let said = all.length - 1;
  while (said >= 0 && !isReportingVerb(all[said]!)) said--;
  const from = said + 1;
  const words = all.slice(from + (all[from]?.toLowerCase() === 'that' ? 1 : 0));
  const subject = words.join(' ');
  if (words.length === 0 || words.length > MAX_BORROWED_SUBJECT || words.some((w) => isVerbish(w)))
    return undefined;
  // (a verb of saying news uses as an adjective is a participle before a preposition: "a man
  // accused in 2019"; not "the mayor said in 2010")
  const asideWords = splitAtSpaces(aside);
  const own = asideWords.some(
    (w, k) =>
      SUBJECT_BOUNDARY.test(w) ||
      (isReportingVerb(w) && !isParticipleBeforePreposition(w, asideWords[k + 1])) ||
      AUXILIARY_FORMS.has(verbForm(w.toLowerCase()) ?? ''),
  );
  return own ? undefined : subject;
}

const ADJECTIVAL = wordSet(ADJECTIVAL_PARTICIPLES, { lower: true });

/** Whether a word news uses as an adjective stands before a preposition ("accused in"). */
function isParticipleBeforePreposition(word: string, next = ''): boolean {
  return ADJECTIVAL.has(word.toLowerCase()) && PARALLEL_PREPOSITIONS.has(next.toLowerCase());
}

/** Prepositions that go with the date after them. */
const DATE_PREPOSITION = /^(?:in|on|at|by|since|during)$/iu;

function subjectAndVerb(
  clause: Span & { text: string },
  anchors: readonly Timex[],
): string | undefined {
  const all = tokenize(clause.text, clause.start);
  const inDate = all.map((t) => anchors.some((a) => t.start >= a.start && t.end <= a.end));
  // a date goes with the preposition before it ("The Supreme Court on [Monday] agreed")
  const tokens = all.filter(
    (t, i) => !inDate[i] && !(inDate[i + 1] === true && DATE_PREPOSITION.test(t.text)),
  );
  const verb = tokens.findIndex((t) => isVerbish(t.text));
  if (verb <= 0) return undefined;
  let last = verbGroupEnd(tokens, verb);
  // "Airbus said it expected to deliver [13 aircraft in 2008]": what was said holds the verb
  if (isReportingVerb(tokens[last]!.text)) {
    const said = tokens.findIndex((t, i) => i > last + 1 && i <= last + 4 && isVerbish(t.text));
    if (said > 0) last = verbGroupEnd(tokens, said);
  }
  const words = tokens.slice(0, last + 1).map((t) => t.text);
  // a leading preposition belonged to a date ("In 1998 Apple introduced")
  while (words.length > 2 && DATE_PREPOSITION.test(words[0]!)) words.shift();
  return words.length <= 8 ? words.join(' ') : undefined;
}
