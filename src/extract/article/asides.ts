/**
 * What is in an article's text but is not its own prose: boilerplate lines (comment and share
 * links, copyright and credit lines), bare links, and embedded social posts, whose text quotes
 * someone else ("Belarus ... pic.twitter.com/x" then "— Name (@handle) May 17, 2023").
 */
import {
  BARE_URL,
  BOILERPLATE_LINES,
  CORRECTION_NOTE,
  WIRE_UPDATE_NOTE,
} from '../lexicon/en/article/boilerplate.ts';
import { MONTHS } from '../lexicon/en/article/date-words.ts';
import type { ArticleInfo } from '../types.ts';
import { findDates, type FoundDate } from './dates.ts';
import { previousNonBlank, type Line } from './lines.ts';
import { splitSentences } from '../text/sentences.ts';

export type Aside = ArticleInfo['asides'][number];

export interface EmbeddedPost {
  /** The whole post: its text and its signature. */
  start: number;
  end: number;
  /** The quoted text alone. */
  quote: { start: number; end: number };
  author: string;
  handle: string;
  date: FoundDate | null;
}

/** The boilerplate rule a trimmed line matches, if any (a correction note that is all the line). */
export function boilerplateRule(line: string): string | null {
  if (line === '') return null;
  const rule = BOILERPLATE_LINES.find((r) => r.pattern.test(line))?.name ?? null;
  if (rule === null && correctionNoteLength(line) === line.length) return CORRECTION_NOTE.name;
  return rule;
}

/**
 * How much of a trimmed line a correction note at its start takes, 0 for none: only its own
 * sentences ("Correction: An earlier version of this story misstated the vote date."), not the
 * news after them on the line.
 */
export function correctionNoteLength(line: string): number {
  // ("CORRECTIONS: The department will hire 200 guards": a label over news is the label alone)
  if (!CORRECTION_NOTE.pattern.test(line))
    return CORRECTION_NOTE.label.exec(line)?.[0].trimEnd().length ?? 0;
  const [first, ...rest] = splitSentences(line);
  if (first === undefined) return 0;
  let end = first.end;
  for (const sentence of rest) {
    if (!CORRECTION_NOTE.settingRight.test(sentence.text)) break;
    end = sentence.end;
  }
  return end;
}

/**
 * Bare links, as searched here: with the case they are written in. Made once: lines are asked
 * about one by one (replace() and matchAll() leave a shared global pattern as they found it).
 */
const LINK = new RegExp(BARE_URL.pattern.source, 'gu');

/** Whether a line holds only links (and separators). */
export function isOnlyLinks(line: string): boolean {
  return line !== '' && line.replace(LINK, '').replace(/[\s|•·,]/gu, '') === '';
}

const MONTH_NAMES = MONTHS.flatMap((m) => [m.name, ...m.short]).join('|');
const POST_DATE = String.raw`(?<date>(?:${MONTH_NAMES})\.?\s+\d{1,2},\s+\d{4})`;

/**
 * Signatures of embedded posts. Each ends its post; the quoted text is before it on the same line,
 * or the line before.
 */
const SIGNATURES: readonly RegExp[] = [
  // X / Twitter: "— Dénes Törteli 🇪🇺 (@DenesTorteli) May 17, 2023"
  new RegExp(
    String.raw`(?:^|\s)[—–-]{1,2}\s*(?<author>[^\n()]{1,80}?)\s*\(@(?<handle>\w{1,30})\)\s*${POST_DATE}\s*$`,
    'u',
  ),
  // Instagram: "A post shared by Name (@handle) on May 17, 2023 at 10:00am PDT"
  new RegExp(
    String.raw`(?:^|\s)A post shared by\s+(?<author>[^\n()]{1,80}?)\s*\(@(?<handle>[\w.]{1,30})\)\s*on\s+${POST_DATE}(?:\s+at\s+[^\n]{1,20})?\s*$`,
    'u',
  ),
];

/** Embedded posts among the lines of a text. */
export function findEmbeddedPosts(lines: readonly Line[]): EmbeddedPost[] {
  const posts: EmbeddedPost[] = [];
  for (const line of lines) {
    // every signature holds its handle's "(@": a line without one is not searched
    if (!line.text.includes('(@')) continue;
    for (const signature of SIGNATURES) {
      const m = signature.exec(line.text);
      if (!m?.groups) continue;
      const signatureStart = line.start + m.index + (m[0].length - m[0].trimStart().length);
      const before = line.text.slice(0, m.index).trim();
      let quote: { start: number; end: number };
      if (before !== '') {
        quote = {
          start: line.start,
          end: line.start + line.text.slice(0, m.index).trimEnd().length,
        };
      } else {
        const previous = previousNonBlank(lines, line.index);
        // A signature alone with nothing before it still marks itself as not prose.
        quote = previous
          ? { start: previous.start, end: previous.end }
          : { start: signatureStart, end: signatureStart };
      }
      posts.push({
        start: quote.start,
        end: line.end,
        quote,
        author: m.groups['author']!.trim(),
        handle: m.groups['handle']!,
        date: findDates(m.groups['date']!)[0] ?? null,
      });
      break;
    }
  }
  return posts;
}

/** Spans of bare links in a text. */
export function findLinks(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(LINK)].map((m) => ({
    start: m.index,
    end: m.index + m[0].replace(/[.,;:!?]+$/u, '').length,
  }));
}

const WIRE_NOTE = new RegExp(WIRE_UPDATE_NOTE.pattern.source, 'gu');

/**
 * Wire update notes anywhere in the text ("(Adds analyst comment in paragraph 4)"), which a
 * sentence around them does not take in (lexicon WIRE_UPDATE_NOTE).
 */
export function findWireNotes(text: string): Array<{ start: number; end: number }> {
  // (a bracket opens every note: a text without one is not scanned)
  if (!text.includes('(')) return [];
  return [...text.matchAll(WIRE_NOTE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Asides sorted by start and without overlaps: an embedded post or a boilerplate line covers the
 * links inside it.
 */
export function normalizeAsides(asides: readonly Aside[]): Aside[] {
  const rank = { 'embedded-post': 0, boilerplate: 1, url: 2 } as const;
  const sorted = [...asides]
    .filter((a) => a.end > a.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || rank[a.kind] - rank[b.kind]);
  const result: Aside[] = [];
  for (const aside of sorted) {
    const last = result.at(-1);
    if (last && aside.start < last.end) {
      if (aside.end > last.end) result.push({ ...aside, start: last.end });
      continue;
    }
    result.push(aside);
  }
  return result;
}
