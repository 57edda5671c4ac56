/**
 * Reading an article: its metadata (stated in front matter, else inferred from the text and
 * recorded how), its text, and the asides that are not its own prose. One declared order:
 *
 *   assertReadableText   refuse empty, binary and mis-decoded files        (text-check.ts)
 *   splitFrontMatter     `.md` only: YAML front matter, strictly checked    (front-matter.ts)
 *   findEmbeddedPosts    posts quoted in the text: their text is a quote    (asides.ts)
 *   readStamp            wire transmission stamps, head or foot             (stamps.ts)
 *   readHead             headline, date headers, byline, dateline, lead     (header.ts)
 *   readFoot             a line that is only a date at the foot            (header.ts)
 *   boilerplate, links   lines and spans that are page furniture           (asides.ts)
 *   numericOrder         "06/03/2012" read as the text writes its dates     (order.ts)
 *   leadNewsDate         the date the lead gives its news, if any           (lead-date.ts)
 *   choosePublication    the publication date from all the evidence        (publication.ts)
 *
 * The text of a `.txt` article (or JSONL input) is the raw text exactly: every offset the
 * extractor gives points into it, so nothing is removed; what is not prose is reported as asides.
 */
import type { ArticleInfo } from '../types.ts';
import {
  boilerplateRule,
  correctionNoteLength,
  findEmbeddedPosts,
  findLinks,
  findWireNotes,
  normalizeAsides,
  type Aside,
  type EmbeddedPost,
} from './asides.ts';
import { readCopyright, type Copyright } from './copyright.ts';
import { dateValue, findDates, isFullDate, weekdaysIn, type FoundDate } from './dates.ts';
import { isWritingDay, leadNewsDate, yearCountedBack } from './lead-date.ts';
import { numericOrder } from './order.ts';
import { readStamp } from './stamps.ts';
import { splitFrontMatter, type FrontMatter } from './front-matter.ts';
import { readFoot, readHead, type ArticleHead, type DateHeader } from './header.ts';
import { splitLines, type Line } from './lines.ts';
import { choosePublication, type PublicationEvidence } from './publication.ts';
import { whyNoSuchDate } from './no-such-date.ts';
import { assertReadableText } from './text-check.ts';
import { isHeadline, titleFromLead } from './title.ts';
import { containment } from './words.ts';

/** An article as handed to the extractor. */
export interface ArticleDocument {
  /** Stable article id (file name without extension). */
  id: string;
  /** The file's contents. `.md` files may start with YAML front matter. */
  raw: string;
  /** The file name, used to pick the format and in error messages. */
  fileName?: string;
  /** A publication date given by the caller (JSONL input); wins over inference. */
  published?: string | null;
}

/**
 * An embedded post dates the article when it says what the lead says: at least this share of its
 * content words, and at least MIN_SHARED_WORDS of them, are in the lead.
 */
const QUOTES_LEAD_SHARE = 0.3;
const MIN_SHARED_WORDS = 4;

export function readArticle(doc: ArticleDocument): ArticleInfo {
  assertReadableText(doc.raw);
  const isMarkdown = /\.(?:md|markdown)$/iu.test(doc.fileName ?? '');
  const { frontMatter, body } = isMarkdown
    ? splitFrontMatter(doc.raw)
    : { frontMatter: null as FrontMatter | null, body: doc.raw };
  if (isMarkdown && frontMatter !== null && body.trim() === '') {
    throw new Error('the article has front matter but no text after it');
  }
  const text = body;
  const input = readInputDate(doc.published);

  const lines = splitLines(text);
  const posts = findEmbeddedPosts(lines);
  const postLines = linesInPosts(lines, posts);
  const inPost = (line: Line): boolean => postLines.has(line);
  const stamps = lines.flatMap((line): DateHeader[] => {
    const date = line.text === '' ? null : readStamp(line.text);
    return date ? [{ kind: 'bare', date: shift(date, line.start), line }] : [];
  });
  const stampLines = new Set(stamps.map((s) => s.line));
  const isStamp = (line: Line): boolean => stampLines.has(line);
  const head = readHead(lines, (line) => inPost(line) || isStamp(line));
  const foot = readFoot(lines, head, (line) => inPost(line) || isStamp(line));

  const boilerplate = lines.filter(
    (line) => !inPost(line) && (isStamp(line) || boilerplateRule(line.text) !== null),
  );
  const copyright = firstCopyright(boilerplate);
  // ("Correction: An earlier version ... misstated the vote date. The council will vote on April
  // 1.": the note's sentences, not the news after them)
  const notes = lines.flatMap((line): Aside[] => {
    const note = inPost(line) ? 0 : correctionNoteLength(line.text);
    return note > 0 && note < line.text.length
      ? [{ start: line.start, end: line.start + note, kind: 'boilerplate' }]
      : [];
  });
  const asides: Aside[] = [
    ...notes,
    ...posts.map((p): Aside => ({ start: p.start, end: p.end, kind: 'embedded-post' })),
    ...boilerplate.map((l): Aside => ({ start: l.start, end: l.end, kind: 'boilerplate' })),
    ...head.asides.map((l): Aside => ({ start: l.start, end: l.end, kind: 'boilerplate' })),
    ...foot.map(({ line: l }): Aside => ({ start: l.start, end: l.end, kind: 'boilerplate' })),
    ...findLinks(text).map((l): Aside => ({ ...l, kind: 'url' })),
    ...findWireNotes(text).map((n): Aside => ({ ...n, kind: 'boilerplate' })),
  ];

  const leadText = head.lead ? text.slice(head.leadProseStart, head.lead.end) : '';
  // a date the front matter or the caller gives decides: the text's dates are not read for it
  const given = frontMatter?.published ?? input;
  const published = given
    ? choosePublication({ ...NO_EVIDENCE, frontMatter: frontMatter?.published ?? null, input })
    : choosePublication(textEvidence(text, leadText, head, stamps, foot, posts, copyright, asides));

  const title = chooseTitle(frontMatter, head, leadText, lines, inPost);
  return {
    id: doc.id,
    title: title.title,
    titleSource: title.source,
    published,
    publisher: frontMatter?.source ?? copyright?.holder ?? head.dateline?.publisher ?? null,
    place: head.dateline?.place ?? null,
    author: frontMatter?.author ?? head.author,
    url: frontMatter?.url ?? null,
    language: frontMatter?.language ?? 'en',
    text,
    asides: normalizeAsides(asides),
  };
}

/** No evidence but what is given (front matter, input). */
const NO_EVIDENCE: PublicationEvidence = {
  frontMatter: null,
  input: null,
  headers: [],
  dateline: null,
  quotingPost: null,
  posts: [],
  copyrightYear: null,
  leadDate: null,
  leadIsWritingDay: false,
  yearCountedBack: null,
  latestDate: null,
  textYears: [],
  leadWeekdays: [],
};

/** What the text says of its publication date: headers, dateline, posts, lead, copyright, years. */
function textEvidence(
  text: string,
  leadText: string,
  head: ArticleHead,
  stamps: readonly DateHeader[],
  foot: readonly DateHeader[],
  posts: readonly EmbeddedPost[],
  copyright: Copyright | null,
  asides: readonly Aside[],
): PublicationEvidence {
  const allDates = findDates(text);
  const inOrder = numericOrder(allDates);
  const leadWeekdays = weekdaysIn(leadText);
  const leadDate = leadNewsDate(leadText, findDates(leadText).map(inOrder), leadWeekdays);
  return {
    frontMatter: null,
    input: null,
    headers: [...head.dateHeaders, ...stamps, ...foot].map((h) => ({
      ...h,
      date: inOrder(h.date),
    })),
    dateline: head.dateline?.date ?? null,
    quotingPost: posts.find((p) => quotesLead(text, p, leadText))?.date ?? null,
    posts: posts.flatMap((p) => (p.date ? [p.date] : [])),
    copyrightYear: copyright?.year ?? null,
    leadDate,
    leadIsWritingDay: leadDate !== null && isWritingDay(leadText, leadDate),
    yearCountedBack: yearCountedBack(text, allDates),
    latestDate: latestFullDate(allDates.map(inOrder), asides),
    textYears: yearsIn(text),
    leadWeekdays,
  };
}

/** The caller's publication date (JSONL `published`), checked. */
function readInputDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(value)) {
    throw new Error(`published: expected YYYY-MM-DD, YYYY-MM or YYYY, not "${value}"`);
  }
  // ("2023-02-30" has the shape of a day but is none)
  const why = whyNoSuchDate(value);
  if (why !== null) throw new Error(`published: ${why}`);
  return value;
}

function firstCopyright(lines: readonly Line[]): Copyright | null {
  for (const line of lines) {
    const notice = readCopyright(line.text);
    if (notice) return notice;
  }
  return null;
}

/** Whether an embedded post says what the lead says (then its date dates the article). */
function quotesLead(text: string, post: EmbeddedPost, lead: string): boolean {
  if (lead === '' || !post.date) return false;
  const quote = text
    .slice(post.quote.start, post.quote.end)
    .replace(/\S*(?:https?:\/\/|pic\.twitter\.com\/)\S*/gu, '');
  const { share, shared } = containment(quote, lead);
  return share >= QUOTES_LEAD_SHARE && shared >= MIN_SHARED_WORDS;
}

/** The lines that overlap an embedded post, in one walk over both (a text may quote hundreds). */
function linesInPosts(lines: readonly Line[], posts: readonly EmbeddedPost[]): Set<Line> {
  const sorted = [...posts].sort((a, b) => a.end - b.end);
  const inside = new Set<Line>();
  let next = 0;
  for (const line of lines) {
    while (next < sorted.length && sorted[next]!.end <= line.start) next++;
    const post = sorted[next];
    if (post && line.start < post.end && line.end > post.start) inside.add(line);
  }
  return inside;
}

function shift(date: FoundDate, by: number): FoundDate {
  return { ...date, start: date.start + by, end: date.end + by };
}

/**
 * The latest full date the text writes outside its asides. `found` is in text order; the asides
 * are sorted and merged first, so that one walk tells which dates fall in one.
 */
function latestFullDate(found: readonly FoundDate[], asides: readonly Aside[]): FoundDate | null {
  const spans = normalizeAsides(asides);
  let next = 0;
  const dates = found.filter((d) => {
    while (next < spans.length && spans[next]!.end <= d.start) next++;
    const span = spans[next];
    return isFullDate(d) && !(span && d.start < span.end && d.end > span.start);
  });
  return dates.reduce<FoundDate | null>(
    (latest, d) => (latest === null || dateValue(d) > dateValue(latest) ? d : latest),
    null,
  );
}

/** Four-digit years a text names (1800-2199), for completing a date written without one. */
function yearsIn(text: string): number[] {
  return [
    ...new Set(
      [...text.matchAll(/(?<![\d,.])(?<year>1[89]\d\d|2[01]\d\d)(?![\d,]\d)/gu)].map((m) =>
        Number(m.groups!['year']),
      ),
    ),
  ];
}

function chooseTitle(
  frontMatter: FrontMatter | null,
  head: ArticleHead,
  leadText: string,
  lines: readonly Line[],
  inPost: (line: Line) => boolean,
): { title: string; source: ArticleInfo['titleSource'] } {
  if (frontMatter?.title) return { title: frontMatter.title, source: 'front-matter' };
  if (head.headline) return { title: head.headline.text, source: 'headline' };
  const fromLead = titleFromLead(leadText.trim());
  if (/[\p{L}\p{N}]/u.test(fromLead)) return { title: fromLead, source: 'lead' };
  // No prose line in the head: the first line with words that is not an aside, else the first
  // line with words at all (an article that is only a post or a notice still needs a name; the
  // reader has refused a text without words).
  const hasWords = (l: Line): boolean => /[\p{L}\p{N}]/u.test(l.text);
  const first =
    lines.find((l) => hasWords(l) && !inPost(l) && boilerplateRule(l.text) === null) ??
    lines.find(hasWords);
  const text = first?.text.trim() ?? '';
  const title = isHeadline(text) ? text : titleFromLead(text);
  return { title: title === '' ? text : title, source: 'lead' };
}
