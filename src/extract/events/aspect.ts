/**
 * When a clause speaks of its event relative to the report: planned (future, intention,
 * "would"), ongoing (progressive, "currently", "remains"), perfect ("has announced"), past,
 * present; and whether it is built on a reporting verb. Markers are data
 * (lexicon/en/events/modality.ts); the verb forms come from text/verbs.ts.
 */
import { ASPECT_MARKERS } from '../lexicon/en/events/modality.ts';
import { SAYING_DAY } from '../lexicon/en/events/reporting.ts';
import type { Span } from '../text/sentences.ts';
import {
  isLowerReportingVerb,
  isPresentAfterSubject,
  isPresentVerbAt,
  isReportingVerb,
  verbForm,
} from '../text/verbs.ts';
import { foldedPattern, type FoldedPattern } from '../text/folded-pattern.ts';
import {
  continuesName,
  foldTypography,
  startsWithCapital,
  tokenize,
  type Token,
} from '../text/words.ts';

export type Aspect = 'future' | 'ongoing' | 'perfect' | 'past' | 'present' | 'none';

/**
 * The markers of one aspect as one pattern: one scan of a clause per aspect. Clauses are
 * folded first (foldTypography), so the pattern may do without the 'u' flag (folded-pattern.ts).
 */
function markers(aspect: 'future' | 'ongoing'): FoldedPattern {
  const sources = ASPECT_MARKERS.filter((r) => r.aspect === aspect).map((r) => `(?:${r.pattern})`);
  return foldedPattern(sources.join('|'));
}
const FUTURE = markers('future');

/** Whether a stretch of text holds a marker of something still to come ("would", "expects to"). */
export function looksAhead(text: string): boolean {
  return FUTURE.test(foldTypography(text));
}
const ONGOING = markers('ongoing');

/**
 * The aspect of one clause. A clause built on a reporting verb has that verb's tense ("Jobs said
 * the phones will be returned" reports in the past); otherwise a future marker anywhere makes it
 * future, the first finite verb gives its tense, and an ongoing marker makes a present or
 * perfect clause (or one without a finite verb) ongoing: "still" does not make "Jobs said" last.
 */
export function clauseAspect(
  clause: string,
  tokens: readonly Token[] = tokenize(clause),
  finite: FiniteVerb | null = finiteVerb(tokens),
): Aspect {
  const reporting = finite !== null && isReportingVerb(finite.word);
  if (reporting && finite.tense !== 'present') return finite.tense;
  const text = foldTypography(clause);
  // one scan for future markers serves both the reporting clause and the others
  const marker = FUTURE.exec(text);
  if (reporting) return marker ? 'future' : 'present';
  if (marker && !afterPastVerb(marker.index, finite, clause, tokens)) return 'future';
  const tense = finite?.tense ?? 'none';
  if ((tense === 'present' || tense === 'perfect' || tense === 'none') && ONGOING.test(text))
    return 'ongoing';
  return tense;
}

/**
 * Whether a future marker belongs to a clause of its own after the past verb: "markets fell
 * sharply as investors worried that the crisis would push ..." tells of a fall. A word that opens
 * a clause must stand between ("as", "that"): in "those receiving summons issued by the army
 * will be placed", "issued" only describes the summons.
 */
const LATER_CLAUSE =
  /\b(?:that|as|because|while|when|whether|if|after|before|so|but|which|who|where|what|how|why)\b/iu;

function afterPastVerb(
  markerAt: number,
  finite: FiniteVerb | null,
  clause: string,
  tokens: readonly Token[],
): boolean {
  if (finite === null || finite.tense !== 'past' || tokens.length === 0) return false;
  // token offsets may be the article's: the first word's place in the clause gives the shift
  const verbEnd =
    finite.at + clause.indexOf(tokens[0]!.text) - tokens[0]!.start + finite.word.length;
  return markerAt > verbEnd && LATER_CLAUSE.test(clause.slice(verbEnd, markerAt));
}

export interface FiniteVerb {
  /** The verb, lower case, typographic apostrophes folded. */
  word: string;
  tense: Aspect;
  /** Its offset. */
  at: number;
}

/** The form words are compared in. */
const lower = (token: Token): string => token.text.toLowerCase().replace(/’/gu, "'");

/**
 * The first finite verb of a clause, the tense it gives, markers aside ("is slated" is present),
 * and its offset. Forms are looked up on the words as written (verbForm folds case itself):
 * only the verb found is lower-cased.
 */
export function finiteVerb(
  tokens: readonly Token[],
  opensSentence = true,
  verbFirst = false,
): FiniteVerb | null {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const at = token.start;
    if (isPresentVerbAt(tokens, i)) return { word: lower(token), tense: 'present', at };
    // "The law, passed in 2019, requires ...": the clause resumed after the aside opens with
    // its verb, its subject before the aside
    if (i === 0 && verbFirst && isPresentAfterSubject(token.text))
      return { word: lower(token), tense: 'present', at };
    const form = verbForm(token.text);
    // "On May 6 the company announced", "Theresa May said": "May" written with a capital is the
    // month or a name, never the modal, which news does not open a sentence with
    if (form === 'modal' && token.text === 'May') continue;
    // a sentence opens with its subject: "Increased border checks", "Moving on" are not verbs
    // here; a main clause that resumes after an aside opens with its verb ("X, which ..., said")
    if (i === 0 && opensSentence && (form === 'past' || form === 'ing')) continue;
    if (form === 'present-aux') {
      const word = lower(token);
      const perfect =
        /^(?:has|have|'ve|hasn't|haven't)$/u.test(word) && participleAfter(tokens, i + 1, 3);
      return perfect
        ? { word: lower(perfect), tense: 'perfect', at }
        : { word, tense: 'present', at };
    }
    // "being held", "been seen": a participle after a non-finite "be"
    if (form === 'past' && verbForm(tokens[i - 1]?.text ?? '') === 'be') continue;
    if (form === 'past-aux' || form === 'past') return { word: lower(token), tense: 'past', at };
    if (form === 'present' || form === 'modal') return { word: lower(token), tense: 'present', at };
  }
  return null;
}

/** The first participle (or past form) among the `span` words from `from`. */
function participleAfter(tokens: readonly Token[], from: number, span: number): Token | undefined {
  for (let j = from; j < Math.min(tokens.length, from + span); j++) {
    const form = verbForm(tokens[j]!.text);
    if (form === 'participle' || form === 'past') return tokens[j];
  }
  return undefined;
}

/** Whether the clause reports speech: "Aleinik stated that", "according to", "it said". */
/** "be" before a participle: a passive still to come ("will be announced", "to be reported"). */
const PASSIVE_BE = /^be$/iu;

export function isReporting(clause: string, tokens: readonly Token[] = tokenize(clause)): boolean {
  // whether the clause is a headline is asked only of a reporting word written with a capital
  // after another: most clauses have no reporting word, and the question reads every word
  let headline: boolean | undefined;
  // (a plain loop: a callback would hold the tokens in a new heap object for every clause)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.text.toLowerCase();
    // ("The results will be announced on Monday": a saying still to come reports nothing yet)
    const reports =
      w === 'according'
        ? tokens[i + 1]?.text.toLowerCase() === 'to'
        : isLowerReportingVerb(w) &&
          verbForm(w) !== 'base' &&
          !PASSIVE_BE.test(tokens[i - 1]?.text ?? '');
    if (!reports) continue;
    // ("The United States, Britain and France imposed ...": a capital after a capital is a
    // name's word, not a verb, outside a headline written in capitals, "Apple Says ...")
    if (!continuesName(t.text, tokens[i - 1]?.text)) return true;
    if ((headline ??= isTitleCase(tokens))) return true;
  }
  return false;
}

/** Whether most words are capitalised, as in a headline ("Apple Says iPhone Sales Rose"). */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  return (
    words.length >= 3 && words.filter((t) => startsWithCapital(t.text)).length >= words.length * 0.8
  );
}

/** The day of a saying trailing a stretch of text (lexicon SAYING_DAY): before it, after it. */
const ATTRIBUTED_DAY = new RegExp(SAYING_DAY.trailing, 'u');
const TO_SENTENCE_END = new RegExp(SAYING_DAY.after, 'u');

/** Whether a stretch (a clause) ends with a saying of its own, dated by `timex` (", police said Tuesday."). */
export function trailsAsSaying(stretch: Span & { text: string }, timex: Span): boolean {
  const before = stretch.text.slice(0, timex.start - stretch.start);
  return (
    ATTRIBUTED_DAY.test(before) &&
    TO_SENTENCE_END.test(stretch.text.slice(timex.end - stretch.start).trimEnd())
  );
}
