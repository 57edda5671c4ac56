/**
 * Titles: what every step uses. Tidying (white space, stray punctuation, unbalanced quotation
 * marks, a function word a cut left at the end) and word tests (has a verb, opens with one).
 */
import {
  DETERMINERS,
  NOUN_PHRASE_MODIFIERS,
  NOUN_PHRASE_OPENERS,
  PREPOSITIONS,
} from '../../lexicon/en/events/function-words.ts';
import {
  ABBREVIATIONS_AT_END,
  DANGLING_MODALS,
  DANGLING_WORDS,
  TITLE_BREAKS,
  VERB_PARTICLES,
} from '../../lexicon/en/events/titles.ts';
import {
  INTENT_WORDS,
  isAdjectiveBeforeNoun,
  isBareVerbBefore,
  isLyAdverb,
  isPlacePart,
  isResumingAdverb,
  looksLikeNameInIng,
} from '../../text/clauses.ts';
import { FINITE_FORMS, isPresentAfterSubject, isVerbish, verbForm } from '../../text/verbs.ts';
import {
  collapseSpace,
  continuesName,
  isWhiteSpace,
  wordSet,
  splitAtSpaces,
} from '../../text/words.ts';

export const BREAKS = wordSet(TITLE_BREAKS, { lower: true });

export const DANGLING = new Set([...BREAKS, ...wordSet(DANGLING_WORDS, { lower: true })]);

const MODALS = wordSet(DANGLING_MODALS, { lower: true });

/**
 * A title without the modal a cut left at its end, and what then dangles: "The next eclipse will
 * be in 2044" cut to "The next eclipse will" is "The next eclipse"; "held against their will"
 * keeps its noun.
 */
export function withoutDanglingModal(text: string): string {
  const last = lastWord(text);
  // (a capital "May" is the month: "went ahead in March rather than May" was "... rather")
  if (!last || !MODALS.has(last.word.toLowerCase()) || last.word === 'May') return text;
  const before = lastWord(text.slice(0, last.spaceStart));
  if (before && DETERMINER.has(before.word.toLowerCase())) return text;
  return withoutDanglingEnd(text.slice(0, last.spaceStart));
}

export const DETERMINER = wordSet(DETERMINERS, { lower: true });

export const PREPOSITION_WORDS = wordSet(PREPOSITIONS, { lower: true });

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whether a text starts with its verb (maybe after an adverb): it has no subject of its own. A
 * word in -s is a verb only where a relative pronoun stood ("which goes live"); elsewhere it is
 * as likely a plural ("applications can be submitted").
 */
export function opensWithVerb(text: string, relative = false): boolean {
  // only the first three words matter: the split stops there
  const [first = '', second = '', third = ''] = splitAtSpaces(text, 3).map((w) =>
    w.replace(/[^\p{L}'’-]/gu, ''),
  );
  // "Beijing imposed tariffs": a capitalised word in -ing before a finite verb is a name
  const name = looksLikeNameInIng(first) && FINITE_FORMS.has(verbForm(second.toLowerCase()));
  return (
    (isVerbish(first) && !name) ||
    (relative &&
      ((isPresentAfterSubject(first) && !opensPluralSubject(second, third)) ||
        isBareVerbBefore(first, second))) ||
    // (an adverb in -ly in lower case: "Italy placed", "Kelly said" open with a name)
    (((/^\p{Ll}/u.test(first) && isLyAdverb(first)) || (relative && isResumingAdverb(first))) &&
      isVerbish(second))
  );
}

/**
 * "which regulators approved", "which officials hope to reopen": a plural before a finite verb, or
 * before a verb of intent and its "to", is the relative clause's own subject, not a verb in -s.
 */
function opensPluralSubject(second: string, third: string): boolean {
  const verb = second.toLowerCase();
  return (
    FINITE_FORMS.has(verbForm(verb)) || (INTENT_WORDS.has(verb) && third.toLowerCase() === 'to')
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

const PARTICLES_OF_VERBS = wordSet(VERB_PARTICLES, { lower: true });

/** Whether the last word is a particle right after its verb ("He took over"). */
function finishesVerb(text: string, last: { word: string; spaceStart: number }): boolean {
  if (!PARTICLES_OF_VERBS.has(last.word.toLowerCase())) return false;
  // "will take over": a verb's base form counts too
  const verb = lastWord(text.slice(0, last.spaceStart))?.word ?? '';
  return isVerbish(verb) || verbForm(verb.toLowerCase()) === 'base';
}

/**
 * The word of letters and apostrophes that ends a text after white space, and where that white
 * space starts: what /\s+(?<word>[\p{L}']+)$/u matches; null when it does not.
 */
function lastWord(text: string): { word: string; spaceStart: number } | null {
  const wordStart = trailingRunStart(text, (code) => !isWhiteSpace(code));
  if (wordStart === 0 || wordStart === text.length) return null;
  const word = text.slice(wordStart);
  if (!/^[\p{L}']+$/u.test(word)) return null;
  return { word, spaceStart: trailingRunStart(text, isWhiteSpace, wordStart) };
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
  // a comma a removed date left after an article, a saying's "that" or an opening quote ("The,
  // bombings", "said that, 17,000 applied"; a straight quote may be a closing one)
  if (
    out.includes(',') &&
    /(?:\b(?:[Tt]he|[Aa]n?|(?<=\b(?:said|says|showed|shows|found|finds|reported|reports|announced|confirmed|noted)\s+)that)|``|[“‘])\s*,/u.test(
      out,
    )
  ) {
    out = out.replace(
      /(?<open>\b(?:[Tt]he|[Aa]n?|(?<=\b(?:said|says|showed|shows|found|finds|reported|reports|announced|confirmed|noted)\s+)that)|``|[“‘])\s*,\s*/gu,
      (_m, open: string) => (/\p{L}$/u.test(open) ? `${open} ` : open),
    );
  }
  out = out.replace(/^[\s,;:.—–-]+/u, '');
  // an opening quote a removed date left before a space: '"Today the only winner is ..."' ->
  // '"The only winner is ...' (a quote that opens the title opens its sentence)
  if (/^(?:["“‘]|``) /u.test(out))
    out = out.replace(
      /^(?<mark>["“‘]|``) +(?<letter>\p{L})/u,
      (_m, mark: string, letter: string) => `${mark}${letter.toUpperCase()}`,
    );
  out = out.slice(0, trailingRunStart(out, TIDIED_END));
  if (out.includes('(')) out = out.replace(/\(\s*\)/gu, '');
  return out.trim();
}

/** A text's first two words, one space apart. */
const OPENING_TWO_WORDS = /^([\p{L}'’-]+) ([\p{L}'’-]+)/u;

export function hasVerb(text: string): boolean {
  // the words between the separators, read one at a time up to the first verb, which no word
  // going on with a name is ("The United States"), nor one right after an article or a
  // possessive ("the armed forces", "its revised plan")
  // (nor one after an ordinal or an adverb that follows those: "the fourth named storm")
  // (nor a participle news uses as an adjective, opening the text before its noun: "Armed men in
  // Kabul, Afghanistan, and in Herat attacked", whose verb is "attacked")
  const opening = OPENING_TWO_WORDS.exec(text);
  let modifies = opening !== null && isAdjectiveBeforeNoun(opening[1]!, opening[2]!);
  let previous: string | undefined;
  for (const m of text.matchAll(WORD_RUN)) {
    if (!continuesName(m[0], previous) && !modifies && isVerbish(m[0])) return true;
    const lower = m[0].toLowerCase();
    modifies = NOUN_OPENERS.has(lower) || (modifies && NOUN_MODIFIERS.has(lower));
    previous = m[0];
  }
  return false;
}

/** Words after which a word is a noun's or its modifier, never a verb ("the armed forces"). */
const NOUN_OPENERS = wordSet(NOUN_PHRASE_OPENERS, { lower: true });
/** Words that keep a noun phrase open after its opener ("the fourth named storm"). */
const NOUN_MODIFIERS = wordSet(NOUN_PHRASE_MODIFIERS, { lower: true });

/** What hasVerb reads as a word: a run of letters, apostrophes and hyphens. */
export const WORD_RUN = /[\p{L}'’-]+/gu;

/** A word without the punctuation around it. */
export function bare(word: string): string {
  // most words are ASCII letters alone: nothing to take away, and no pattern to run
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) | 0x20; // folds A-Z onto a-z
    if (code < 0x61 || code > 0x7a) return word.replace(/[^\p{L}'’-]/gu, '');
  }
  return word;
}

/**
 * Drops a quotation mark left without its partner by a cut, and a bracket a cut left open with
 * what follows it ("between the manufacturer of the iPhone (which was" -> "... of the iPhone").
 */
export function balanceQuotes(text: string): string {
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
