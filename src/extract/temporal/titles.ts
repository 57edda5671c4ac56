/**
 * Titles of works in quotation marks: an album "Midnight Harvest", a single "Tuesday Forever", a
 * film "120 Beats Per Minute". Their words name a work, not a time, so what the rules found in
 * them (but a figure) is set aside before it is resolved, and before it moves the story's date.
 * A title is told from a quoted saying by its capitals: every word capitalised or a figure, but
 * the small words of the lexicon ("Friday I'm in Love"), two to eight words, no sentence inside.
 */
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';
import { splitAtSpaces } from '../text/words.ts';

interface Span {
  start: number;
  end: number;
}

/**
 * Quotation marks: “...”, "...", ``...'' (as news archives write them), and what their words
 * may not hold: a line break, and for ``...'' another mark of its kind.
 */
const MARKS = [
  { open: '“', close: '”', not: ['\n'] },
  { open: '"', close: '"', not: ['\n'] },
  { open: '``', close: "''", not: ['\n', '`', "'"] },
] as const;

/** The longest title looked for, in characters. */
const LONGEST = 120;

/**
 * The words of the quotations of one kind, leftmost first as a regular expression would take
 * them, in one pass: every search goes on from where the last one of its kind stopped (a
 * megabyte of opening marks with no closing one is read once, not once per mark).
 */
function quotationsOf(text: string, mark: (typeof MARKS)[number]): Span[] {
  const spans: Span[] = [];
  const next = mark.not.map(() => -1);
  let close = -1;
  let from: number;
  for (let open = text.indexOf(mark.open); open !== -1; open = text.indexOf(mark.open, from)) {
    const start = open + mark.open.length;
    if (close < start) close = text.indexOf(mark.close, start);
    if (close === -1) break;
    let clean = close - start >= 1 && close - start <= LONGEST;
    for (let k = 0; clean && k < mark.not.length; k++) {
      if (next[k]! < start) next[k] = text.indexOf(mark.not[k]!, start) >>> 0;
      // (-1 becomes the largest index: no such character ahead)
      if (next[k]! < close) clean = false;
    }
    if (clean) spans.push({ start, end: close });
    from = clean ? close + mark.close.length : open + 1;
  }
  return spans;
}

/** A word of a quotation (letters, figures, apostrophes, hyphens). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** What a title does not hold: a sentence's end or a clause's break before its last word. */
const SENTENCE_INSIDE = /[.!?;:]\s/u;

const speechOf = perLexicon((lexicon: TemporalLexicon) => ({
  before: lexiconRegExp(lexicon.quotedSpeech.before, ''),
  after: lexiconRegExp(lexicon.quotedSpeech.after, ''),
}));

/**
 * Whether the quotation whose words are text[q.start, q.end) is speech or a sign: told by what
 * stands around it (lexicon quotedSpeech), or written all in capitals ("CLOSED UNTIL MONDAY").
 */
function isSpeech(text: string, q: Span, lexicon: TemporalLexicon): boolean {
  const { before, after } = speechOf(lexicon);
  const open = text.slice(0, q.start).replace(/(?:``|["“])$/u, '');
  if (before.test(open.slice(-40))) return true;
  if (after.test(text.slice(q.end, q.end + 60).replace(/^(?:''|["”])/u, ''))) return true;
  return !/\p{Ll}/u.test(text.slice(q.start, q.end));
}

const smallWordsOf = perLexicon(
  (lexicon: TemporalLexicon) => new Set(splitAtSpaces(lexicon.titleSmallWords)),
);

/** The words of the quotations of `text`, sorted: where a title may be. */
export function quotations(text: string): Span[] {
  // (most texts have no quotation marks at all)
  if (!/["“`]/u.test(text)) return [];
  return MARKS.flatMap((mark) => quotationsOf(text, mark)).sort((a, b) => a.start - b.start);
}

/** Whether the words of a quotation are a title (see above). */
export function isTitle(words: string, lexicon: TemporalLexicon): boolean {
  const inner = words.replace(/[,.]$/u, '');
  if (SENTENCE_INSIDE.test(inner)) return false;
  const all = inner.match(WORD) ?? [];
  if (all.length < 2 || all.length > 8) return false;
  const small = smallWordsOf(lexicon);
  return all.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && small.has(w.toLowerCase())));
}

/**
 * Whether a match lies in a quoted title (among `quoted`, from `quotations`) that has a
 * capitalised word of its own outside it ("Tuesday Forever"; not a quoted date alone, "the “Jan.
 * 6” committee"). A match with a figure stays: a year in a title is most often the year it is
 * about ("Living on the Edge 2013", "Steve Jobs 1955-2011"). Only the quotation around a match
 * is read: a text of many quotations costs no more than one of few.
 */
export function inTitle(
  text: string,
  match: Span,
  quoted: readonly Span[],
  lexicon: TemporalLexicon,
): boolean {
  if (/\d/u.test(text.slice(match.start, match.end))) return false;
  // the last quotation that starts at or before the match
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid]!.start <= match.start) lo = mid + 1;
    else hi = mid;
  }
  const q = quoted[lo - 1];
  if (q === undefined || match.end > q.end) return false;
  const rest = text.slice(q.start, match.start) + ' ' + text.slice(match.end, q.end);
  return (
    /(?:^|[^\p{L}])\p{Lu}/u.test(rest) &&
    isTitle(text.slice(q.start, q.end), lexicon) &&
    !isSpeech(text, q, lexicon)
  );
}

/** A length written in capitals, each word ("Thirty Years", "Six-Day", "Seven Days"). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u;

const namedHappeningOf = perLexicon((lexicon: TemporalLexicon) => ({
  after: lexiconRegExp(lexicon.namedHappening.after, ''),
  afterThe: lexiconRegExp(lexicon.namedHappening.afterThe, ''),
  the: lexiconRegExp(lexicon.namedHappening.the, ''),
  name: lexiconRegExp(lexicon.namedHappening.name, ''),
  theOrWhose: lexiconRegExp(lexicon.namedHappening.theOrWhose, ''),
}));

/**
 * Whether a length the rules found is a word of a happening's name, no time: one in capitals
 * before a war's noun ("the [Thirty Years]' War", "the [Six-Day] War", "the [Seven Days]
 * Battles"; lexicon `namedHappening`; not a headline's "Two Day Strike"), or a period's name by
 * itself after "the" or a possessive ("the Hundred Days"). Asked of lengths only: a month or a season in a name
 * ("the October Revolution", "the Spring Offensive") is left as it was.
 */
export function namesHappening(text: string, match: Span, lexicon: TemporalLexicon): boolean {
  const words = text.slice(match.start, match.end);
  if (!CAPITALISED_WORDS.test(words)) return false;
  const { after, afterThe, the, name, theOrWhose } = namedHappeningOf(lexicon);
  const next = text.slice(match.end, match.end + 24);
  if (after.test(next)) return true;
  if (name.test(words) && theOrWhose.test(text.slice(Math.max(0, match.start - 10), match.start)))
    return true;
  return afterThe.test(next) && the.test(text.slice(Math.max(0, match.start - 10), match.start));
}
