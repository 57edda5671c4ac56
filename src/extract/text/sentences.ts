/**
 * Paragraphs and sentences with their offsets. One pattern finds the candidate breaks (terminal
 * punctuation before white space and what can open a sentence), as the Unicode sentence rules do
 * but several times faster than Intl.Segmenter on news text; abbreviations from the lexicon
 * re-join the breaks that are wrong ("Mr. Smith", "Jan. 5", "Apple Inc. co-founder"), and a missing
 * space after a full stop ("this way.Russia") is a break of its own. A newline ends a paragraph
 * unless it only wraps a sentence.
 */
import {
  ABBREVIATIONS,
  AFTER_CLOCK,
  PLACE_TIME_AFTER_CLOCK,
  SENTENCE_OPENERS,
  type AbbreviationRule,
} from '../lexicon/en/events/abbreviations.ts';
import { wordSet } from './words.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** `text.slice(start, end)`, without surrounding white space. */
  text: string;
  /** Index of the paragraph, counting only paragraphs that hold a sentence. */
  paragraph: number;
  /** Index of the sentence in the article. */
  index: number;
}

const JOINS = new Map<string, AbbreviationRule['joins']>(
  ABBREVIATIONS.flatMap((rule) => [...wordSet(rule.words)].map((w) => [w, rule.joins] as const)),
);
const OPENERS = wordSet(SENTENCE_OPENERS);
const AFTER_CLOCK_WORDS = wordSet(AFTER_CLOCK);
const PLACE_TIME = new RegExp(PLACE_TIME_AFTER_CLOCK, 'u');

/** Paragraph spans: a blank line, or a line break that does not merely wrap a sentence. */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let start = -1;
  let lastEnd = -1;
  let lastLine = '';
  for (const line of lines(text)) {
    const content = text.slice(line.start, line.end);
    if (content.trim() === '') {
      if (start >= 0) paragraphs.push({ start, end: lastEnd });
      start = -1;
      continue;
    }
    if (start >= 0 && !wraps(lastLine, content)) {
      paragraphs.push({ start, end: lastEnd });
      start = -1;
    }
    if (start < 0) start = line.start;
    lastEnd = line.end;
    lastLine = content;
  }
  if (start >= 0) paragraphs.push({ start, end: lastEnd });
  return paragraphs;
}

/** A line break only wraps when the line runs on (no closing punctuation) into lower case. */
function wraps(previous: string, next: string): boolean {
  return !/[.!?:;"”’)\]]\s*$/u.test(previous) && /^\s*\p{Ll}/u.test(next);
}

function* lines(text: string): Generator<Span> {
  let start = 0;
  for (const m of text.matchAll(/\r?\n|\r|\u2028|\u2029/g)) {
    yield { start, end: m.index };
    start = m.index + m[0].length;
  }
  yield { start, end: text.length };
}

/**
 * The sentences of a text, in order, leaving out the `skip` spans (asides such as embedded
 * posts and share links): a sentence never crosses a skipped span or a paragraph break.
 */
export function splitSentences(text: string, skip: readonly Span[] = []): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  // (each paragraph is cut by the skipped spans near it only: paragraphs come in order, and a
  // text of thousands of one-line asides took the square of their number)
  const sorted = [...skip].sort((a, b) => a.start - b.start);
  let first = 0;
  for (const para of splitParagraphs(text)) {
    let found = false;
    while (first < sorted.length && sorted[first]!.end <= para.start) first++;
    const near: Span[] = [];
    for (let k = first; k < sorted.length && sorted[k]!.start < para.end; k++)
      near.push(sorted[k]!);
    for (const piece of subtract(para, near)) {
      for (const span of sentenceSpans(text, piece)) {
        const trimmed = trim(text, span);
        if (!trimmed || !/\p{L}/u.test(text.slice(trimmed.start, trimmed.end))) continue;
        sentences.push({
          ...trimmed,
          text: text.slice(trimmed.start, trimmed.end),
          paragraph,
          index: sentences.length,
        });
        found = true;
      }
    }
    if (found) paragraph++;
  }
  return sentences;
}

/** The parts of `span` not covered by any of `skip`. */
function subtract(span: Span, skip: readonly Span[]): Span[] {
  let pieces: Span[] = [span];
  for (const s of skip) {
    pieces = pieces.flatMap((p) => {
      if (s.end <= p.start || s.start >= p.end) return [p];
      const out: Span[] = [];
      if (s.start > p.start) out.push({ start: p.start, end: s.start });
      if (s.end < p.end) out.push({ start: s.end, end: p.end });
      return out;
    });
  }
  return pieces;
}

function trim(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/**
 * Where a sentence may end: terminal punctuation and any closing quotes or brackets, then white
 * space, then what can open a sentence: a capital, a figure, an opening quote (also the wire's
 * two backticks, ``) or bracket, or a camel-cased brand ("iPhone"). After "?" and "!" any word may follow. A line break inside a
 * paragraph is white space like any other: it only wraps.
 */
const CANDIDATE_BREAK =
  /(?:[.…]+|[!?]+[.…]*)["”’')\]]*(?=\s+(?:["“‘'`([]*[\p{Lu}\p{N}]|\p{Ll}\p{Lu})|\s*$)|[!?]+["”’')\]]*(?=\s+["“‘'`([]*\p{Ll})/gu;

function sentenceSpans(text: string, piece: Span): Span[] {
  const slice = text.slice(piece.start, piece.end);
  const raw: Span[] = [];
  let from = 0;
  // exec on the shared pattern rather than matchAll, which copies it for every piece (every
  // break takes at least one character: no empty match to step over)
  CANDIDATE_BREAK.lastIndex = 0;
  for (let m = CANDIDATE_BREAK.exec(slice); m !== null; m = CANDIDATE_BREAK.exec(slice)) {
    const end = m.index + m[0].length;
    raw.push(...splitGluedStops(text, { start: piece.start + from, end: piece.start + end }));
    from = end;
  }
  if (from < slice.length)
    raw.push(...splitGluedStops(text, { start: piece.start + from, end: piece.end }));
  const joined: Span[] = [];
  for (const span of raw) {
    const last = joined.at(-1);
    if (last && continues(text, last, span)) last.end = span.end;
    else joined.push({ ...span });
  }
  // (a span within bounds, nearly every one, is kept as it is)
  return joined.flatMap((span) =>
    span.end - span.start > MAX_SENTENCE_CHARS ? bounded(text, span) : [span],
  );
}

/**
 * Longer "sentences" are lists, tables or garbage: they are cut at white space so that the work
 * spent on one sentence stays bounded whatever the input.
 */
export const MAX_SENTENCE_CHARS = 1500;

function bounded(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE_CHARS) {
    const window = text.slice(start, start + MAX_SENTENCE_CHARS);
    const space = window.search(/\s\S*$/u);
    const end = space > MAX_SENTENCE_CHARS / 2 ? start + space : start + MAX_SENTENCE_CHARS;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: span.end });
  return out;
}

/**
 * A break without a space: a full stop glued to the capitalised word after it ("in this
 * way.Russia seeks"), not inside a web address.
 */
const MISSED_BREAK = /(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}+\b(?![.@/]))/gu;

function splitGluedStops(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  const out: Span[] = [];
  // the break needs a stop right before a capital: without one, no lookaround is tried
  if (!/[.!?]\p{Lu}/u.test(slice)) return [span];
  let from = 0;
  for (const m of slice.matchAll(MISSED_BREAK)) {
    if (/[/@]|www\./.test(/\S*$/u.exec(slice.slice(0, m.index))?.[0] ?? '')) continue; // a URL
    out.push({ start: span.start + from, end: span.start + m.index });
    from = m.index;
  }
  out.push({ start: span.start + from, end: span.end });
  return out;
}

/** Whether the candidate break between `a` and `b` is wrong and the sentence goes on. */
function continues(text: string, a: Span, b: Span): boolean {
  // only the last word before and the first word after matter: short windows keep this linear
  if (a.end - a.start > MAX_SENTENCE_CHARS) return false;
  const before = text.slice(Math.max(a.start, a.end - 60), a.end).trimEnd();
  const next = /^\s*(?:``|["“‘'(])?(?<word>[\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(
    text.slice(b.start, Math.min(b.end, b.start + 60)),
  )?.groups?.['word'];
  if (!next) return false;
  // "e.g. the": lower case goes on, unless it is a camel-cased brand opening a sentence
  if (/^\p{Ll}/u.test(next))
    return !/^\p{Ll}\p{Lu}/u.test(next) && /[\p{L}\p{N}][.]$/u.test(before);
  const last = abbreviationAtEnd(before);
  if (!last) return false;
  const rule = JOINS.get(last);
  const opener = OPENERS.has(next);
  if (rule === 'always') return true;
  if (rule === 'digit') return /^\p{N}/u.test(next);
  if (rule === 'not-opener') return !opener;
  if (rule === 'bracket') return /^\s*\(/u.test(text.slice(b.start, b.start + 8));
  if (rule === 'clock')
    return (
      AFTER_CLOCK_WORDS.has(next) ||
      /^\p{N}/u.test(next) ||
      (!opener && PLACE_TIME.test(text.slice(b.start, b.start + 40)))
    );
  // A single capital is an initial ("J. R. R. Tolkien"), unless a new sentence plainly starts.
  if (/^\p{Lu}$/u.test(last)) return !opener;
  return false;
}

/** A letter or a full stop, an opening space, bracket or quote: read at `lastIndex` (sticky). */
const ABBREVIATION_PART = /[\p{L}.]/uy;
const BEFORE_ABBREVIATION = /[\s(“"']/uy;

/**
 * The word of letters and full stops before the full stop that ends `text`, opened by the start
 * or by a space, bracket or quote: what /(?:^|[\s(“"'])(?<abbr>[\p{L}.]+)\.$/u captures ("Inc"
 * in "Apple Inc."). Read back from the end: the pattern is tried at every position.
 */
function abbreviationAtEnd(text: string): string | undefined {
  if (!text.endsWith('.')) return undefined;
  let start = text.length;
  for (;;) {
    // the character before `start`, a surrogate pair whole
    const low = text.charCodeAt(start - 1);
    const high = start >= 2 ? text.charCodeAt(start - 2) : 0;
    const at =
      low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? start - 2 : start - 1;
    if (at < 0) break;
    ABBREVIATION_PART.lastIndex = at;
    if (!ABBREVIATION_PART.test(text)) break;
    start = at;
  }
  if (text.length - start < 2) return undefined;
  if (start > 0) {
    BEFORE_ABBREVIATION.lastIndex = start - 1;
    if (!BEFORE_ABBREVIATION.test(text)) return undefined;
  }
  return text.slice(start, -1);
}
