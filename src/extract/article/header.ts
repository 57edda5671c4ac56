/**
 * The head of an article, before its first paragraph of prose: headline, date headers
 * ("Published: ...", a line that is only a date), bylines and a dateline standing alone, then
 * the lead with the dateline that opens it. Also the foot: a line that is only a date there.
 */
import {
  AGENCIES,
  BYLINE,
  NAME_PARTICLES,
  BYLINE_ROLES,
  DATE_HEADER_FILLER,
  DATE_HEADER_LABELS,
  RELATIVE_TIME,
  SITE_NAME,
} from '../lexicon/en/article/wire.ts';
import { boilerplateRule, isOnlyLinks } from './asides.ts';
import { findDates, type FoundDate } from './dates.ts';
import { matchDateline, type Dateline } from './dateline.ts';
import { nextNonBlank, type Line } from './lines.ts';
import { isHeadline } from './title.ts';
import { splitAtSpaces } from '../text/words.ts';

/** How a date header dates the article, most telling first. */
export type DateHeaderKind = 'published' | 'bare' | 'updated' | 'loose';

export interface DateHeader {
  kind: DateHeaderKind;
  date: FoundDate;
  line: Line;
}

export interface ArticleHead {
  headline: Line | null;
  /** The first line of prose. */
  lead: Line | null;
  /** The dateline that opens the lead, or stands on a line of its own before it. */
  dateline: Dateline | null;
  /** Where the lead's prose starts (after its dateline). */
  leadProseStart: number;
  dateHeaders: DateHeader[];
  author: string | null;
  /** Header lines that are not prose (date headers, bylines, a dateline alone). */
  asides: Array<{ start: number; end: number }>;
}

/** How far to look for the head: a few lines, not the whole article. */
const HEAD_LINES = 15;

/**
 * Segments of a header line: "By Jane Doe | May 17, 2023 | 10:42 AM". A byline may also run into
 * its date after a comma or a dash: "By Jane Doe, Published: March 6", "By Jane Doe - Sep 15,
 * 2008 16:15 ET".
 */
function segments(line: string): string[] {
  return line
    .split(/\s+[|•·]\s+/u)
    .flatMap(splitBylineDate)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A byline segment cut before its date, where the rest reads as a date header. */
function splitBylineDate(segment: string): string[] {
  if (!BYLINE.pattern.test(segment)) return [segment];
  for (const sep of segment.matchAll(/,\s+|\s+(?:--?|–|—)\s+/gu)) {
    const left = segment.slice(0, sep.index);
    const right = segment.slice(sep.index + sep[0].length);
    const dated = readDateSegment(right);
    if (dated && dated.kind !== 'loose' && readByline(left) !== null) return [left, right];
  }
  return [segment];
}

/** A credit on a header line: an agency ("Associated Press") or a byline's role ("AP Writer"). */
function isCredit(segment: string, afterByline: boolean): boolean {
  const text = segment.replace(/[.,;]+$/u, '');
  return (
    Object.hasOwn(AGENCIES, text.toLowerCase()) || (afterByline && BYLINE_ROLES.pattern.test(text))
  );
}

const PARTICLE = String.raw`(?:${splitAtSpaces(NAME_PARTICLES).join('|')})`;
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}.'’-]*|${PARTICLE})`;
const NAME = new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+${NAME_WORD})*$`, 'u');

/** The names of a byline segment ("By CHEGE MBITIRU, Associated Press Writer" -> "Chege Mbitiru"). */
export function readByline(segment: string): string | null {
  const names = BYLINE.pattern.exec(segment)?.groups?.['names'];
  if (!names) return null;
  const parts = names.split(/\s*,\s*/u);
  const kept = parts.filter(
    (part, i) =>
      i === 0 || !(BYLINE_ROLES.pattern.test(part) || Object.hasOwn(AGENCIES, part.toLowerCase())),
  );
  const author = kept.join(', ').replace(/[\s.,;]+$/u, '');
  if (splitAtSpaces(author).length > 12) return null;
  // Each part reads as names: capitalized words and the particles of names; the first has two.
  if (!kept.every((part) => NAME.test(part.replace(/[.,;]+$/u, '')))) return null;
  if (splitAtSpaces(kept[0] ?? '').length < 2) return null;
  // Bylines in capitals read better in title case.
  return author === author.toUpperCase()
    ? author.toLowerCase().replace(/(?<=^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase())
    : author;
}

/**
 * A byline without "By": names and a credit after a comma ("Jane Doe, Reuters", "JOHN ROE,
 * Associated Press Writer"), as a line of its own in the head.
 */
function readCreditedName(segment: string): string | null {
  const m = /^(?<names>[^,]{3,60}),\s*(?<credit>[^,]{2,60})$/u.exec(segment);
  const { names, credit } = m?.groups ?? {};
  if (names === undefined || credit === undefined || !isCredit(credit, true)) return null;
  return readByline(`By ${names}`);
}

interface DatedSegment {
  kind: DateHeaderKind;
  /** null for a labelled header without a readable date ("Published 2 hours ago"). */
  date: FoundDate | null;
}

/** Longer lines are prose, never a date header: this also keeps the head linear in time. */
const MAX_HEADER_LINE = 300;

/** `text` with its dates and the words that may stand beside a date in a header taken out. */
function withoutDates(text: string, dates: readonly FoundDate[]): string {
  let rest = '';
  let from = 0;
  for (const date of dates) {
    rest += `${text.slice(from, date.start)} `;
    from = date.end;
  }
  rest += text.slice(from);
  return rest.replace(DATE_HEADER_FILLER, ' ').trim();
}

/** The date a header segment gives, and how, or null when the segment is not a date header. */
function readDateSegment(segment: string): DatedSegment | null {
  if (segment.length > MAX_HEADER_LINE) return null;
  for (const label of DATE_HEADER_LABELS) {
    const m = label.pattern.exec(segment);
    if (!m || m[0].trim() === '') continue;
    const after = segment.slice(m[0].length);
    const [date] = findDates(after);
    if (date) {
      const shift = m[0].length;
      return {
        kind: label.kind,
        date: { ...date, start: date.start + shift, end: date.end + shift },
      };
    }
    // "Published 2 hours ago", "Updated 10:42 AM": still a header, only an undated one.
    if (withoutDates(after, []).replace(RELATIVE_TIME, ' ').trim() === '') {
      return { kind: label.kind, date: null };
    }
  }
  const dates = findDates(segment);
  const [first] = dates;
  if (!first) return null;
  const rest = withoutDates(segment, dates);
  if (rest === '') return { kind: 'bare', date: first };
  // A short line with a full date in the head ("NEWS STORY 08/07/1998 06:18:00").
  const words = splitAtSpaces(rest).length;
  if (first.year !== null && first.day !== null && words <= 6 && !/[.!?]$/u.test(segment)) {
    return { kind: 'loose', date: first };
  }
  return null;
}

/** The text of a Markdown heading line ("# Belarus restores checks"), as a line of its own. */
function markdownHeading(line: Line): Line | null {
  const m = /^#{1,6}\s+(?<title>.*?)(?:\s+#+)?$/u.exec(line.text);
  const title = m?.groups?.['title'];
  if (!m || !title) return null;
  const start = line.start + line.text.indexOf(title);
  return { ...line, start, end: start + title.length, text: title };
}

/** A segment that is only a place in capitals ("WASHINGTON | Wed Mar 3, 2010 6:15pm EST"). */
const CAPITALS_PLACE = /^\p{Lu}[\p{Lu}.'’ -]{1,40}$/u;

/**
 * Reads the head of an article from its lines. `skip` tells the lines already set aside
 * (embedded posts), which can be neither headline nor lead.
 */
export function readHead(lines: readonly Line[], skip: (line: Line) => boolean): ArticleHead {
  const head: ArticleHead = {
    headline: null,
    lead: null,
    dateline: null,
    leadProseStart: 0,
    dateHeaders: [],
    author: null,
    asides: [],
  };
  let seen = 0;
  for (const line of lines) {
    if (line.text === '') continue;
    if (seen++ >= HEAD_LINES) break;
    if (skip(line) || boilerplateRule(line.text) !== null || isOnlyLinks(line.text)) continue;
    // (the article is a list of dated entries, its head ends where the list starts)
    if (opensDatedList(lines, line)) break;
    if (/^\(\s*undated\s*\)$/iu.test(line.text)) {
      head.asides.push(line);
      continue;
    }
    if (readHeaderLine(line, head)) {
      head.asides.push(line);
      continue;
    }
    const alone = matchDateline(line.text, true);
    if (alone) {
      head.dateline = alone;
      head.asides.push(line);
      continue;
    }
    const heading = markdownHeading(line);
    if (heading) {
      // A Markdown heading before the lead: the first is the headline, the others are not prose.
      if (head.headline === null) head.headline = heading;
      else head.asides.push(line);
      continue;
    }
    const dated = readDateSegment(line.text);
    // A line that opens with its date, or writes it in figures or with a clock time, is a date
    // header even when it reads like a headline ("Apple event on June 9, 2008" is a headline).
    const opensWithDate =
      dated?.date != null &&
      (dated.date.start === 0 ||
        (dated.kind === 'loose' &&
          (!/\p{L}/u.test(line.text.slice(dated.date.start, dated.date.end)) ||
            /\b\d{1,2}:\d{2}\b/u.test(line.text))));
    if (
      !opensWithDate &&
      head.headline === null &&
      head.lead === null &&
      isHeadline(line.text) &&
      nextNonBlank(lines, line.index)
    ) {
      head.headline = line;
      continue;
    }
    if (dated?.kind === 'loose' && dated.date) {
      head.dateHeaders.push({ kind: 'loose', date: dated.date, line });
      head.asides.push(line);
      continue;
    }
    head.lead = line;
    const opening = matchDateline(line.text);
    if (opening) {
      // A dateline alone above the lead is the same dateline; the lead's own wins if both.
      head.dateline = opening;
      head.leadProseStart = line.start + opening.length;
    } else head.leadProseStart = line.start;
    break;
  }
  return head;
}

/**
 * How a line opens with a date: 'alone' when the date is all of it ("Jan. 3, 2024"), 'entry' when
 * text follows ("Jan. 3, 2024: Workers walk out"), null when it does not open with a date or
 * carries a clock time (a live page's time stamp, which does date the page).
 */
function datedOpening(line: Line | undefined): 'alone' | 'entry' | null {
  if (line === undefined || /\b\d{1,2}:\d{2}\b/u.test(line.text)) return null;
  const dates = findDates(line.text);
  const first = dates[0];
  if (first?.start !== 0) return null;
  return line.text.slice(first.end).replace(/^[\s:.,;–—-]+/u, '') === '' ? 'alone' : 'entry';
}

/**
 * Whether `line` starts a list of dated entries, as a timeline article is written: a date, its
 * entry, then a date written the same way ("Jan. 3, 2024 / Workers walk out / Jan. 9, 2024"), or
 * two lines running on that open with their dates ("Jan. 3, 2024: Workers walk out / Jan. 9,
 * 2024: Talks begin"). Its first date is the first entry's, not the page's.
 */
function opensDatedList(lines: readonly Line[], line: Line): boolean {
  const opening = datedOpening(line);
  if (opening === null) return false;
  const next = nextNonBlank(lines, line.index);
  const nextOpening = datedOpening(next);
  if (opening === 'entry') return nextOpening === 'entry';
  return (
    next !== undefined &&
    nextOpening === null &&
    datedOpening(nextNonBlank(lines, next.index)) === 'alone'
  );
}

/** How far from the end to look for a date line at the foot of a story. */
const FOOT_LINES = 3;

/**
 * Date lines at the foot of a story, after its lead ("Tue Mar 6, 2012 10:15am EST" under a
 * Reuters story): a line that is only a full date, ranked as a loose header line.
 */
export function readFoot(
  lines: readonly Line[],
  head: ArticleHead,
  skip: (line: Line) => boolean,
): DateHeader[] {
  const after = head.lead?.index ?? lines.length;
  const foot: DateHeader[] = [];
  let seen = 0;
  // (a date line with prose below it heads that entry of a key-date list: "March 8, 2024" above
  // "The council suspended the project" ends the story's list, and is no stamp of its foot)
  let proseBelow = false;
  for (let i = lines.length - 1; i > after && seen < FOOT_LINES; i--) {
    const line = lines[i]!;
    if (line.text === '' || skip(line)) continue;
    seen++;
    const dated = readDateSegment(line.text);
    if (dated?.kind !== 'bare' || !dated.date || dated.date.year === null || proseBelow) {
      if (boilerplateRule(line.text) === null) proseBelow = true;
      continue;
    }
    if (dated.date.day === null) continue;
    const date = {
      ...dated.date,
      start: dated.date.start + line.start,
      end: dated.date.end + line.start,
    };
    foot.push({ kind: 'loose', date, line });
  }
  return foot;
}

/**
 * Reads a line made only of header segments (bylines, dates, a place, links); true when it is
 * one. Records what it gives in `head`.
 */
function readHeaderLine(line: Line, head: ArticleHead): boolean {
  if (line.text.length > MAX_HEADER_LINE) return false;
  const parts = segments(line.text);
  const found: Array<() => void> = [];
  let dated = false;
  let place: string | null = null;
  for (const part of parts) {
    const author = readByline(part) ?? readCreditedName(part);
    if (author !== null) {
      found.push(() => (head.author ??= author));
      continue;
    }
    const segment = readDateSegment(part);
    if (segment && segment.kind !== 'loose') {
      dated = true;
      const { date } = segment;
      if (date === null) {
        found.push(() => undefined);
        continue;
      }
      const offset = line.text.indexOf(part);
      const shifted = { ...date, start: date.start + offset, end: date.end + offset };
      found.push(() => head.dateHeaders.push({ kind: segment.kind, date: shifted, line }));
      continue;
    }
    if (isOnlyLinks(part) || SITE_NAME.pattern.test(part)) continue;
    if (isCredit(part, head.author !== null || found.length > 0)) {
      found.push(() => undefined);
      continue;
    }
    if (parts.length > 1 && place === null && CAPITALS_PLACE.test(part)) {
      place = part;
      continue;
    }
    return false;
  }
  if (found.length === 0 || (place !== null && !dated)) return false;
  for (const record of found) record();
  if (place !== null) {
    const dateline = { place, region: null, date: null, agency: null, publisher: null, length: 0 };
    head.dateline ??= dateline;
  }
  return true;
}
