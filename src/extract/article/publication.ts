/**
 * The publication date, from the evidence the article reader gathered, in this order:
 *
 *   front matter > input (the caller's) > a "Published" header or a line that is only a date >
 *   the dateline's date > an "Updated" header > a short header line with a date >
 *   the date of an embedded post that quotes the lead > a full date in the lead (in the
 *   copyright line's year, if there is one) > the year of a copyright line > none.
 *
 * A date written without a year ("WASHINGTON, March 3 (Reuters)") takes its year from elsewhere
 * in the text when the text gives one (see completeYear); otherwise it stays partial: `XXXX-03-03`.
 */
import { dayNumber } from '../calendar/days.ts';
import { timexInterval } from '../calendar/interval.ts';
import type { PublicationDate } from '../types.ts';
import { dateValue, fallsOn, type FoundDate } from './dates.ts';
import type { DateHeader } from './header.ts';

export interface PublicationEvidence {
  frontMatter: string | null;
  input: string | null;
  headers: readonly DateHeader[];
  dateline: FoundDate | null;
  /** The date of an embedded post that quotes the lead. */
  quotingPost: FoundDate | null;
  /** The dates of every embedded post, to complete a year. */
  posts: readonly FoundDate[];
  copyrightYear: number | null;
  /** The first full date the lead paragraph writes ("officials said Friday, Sept. 30, 2022"). */
  leadDate: FoundDate | null;
  /** The latest full date the text writes, to complete a year. */
  latestDate: FoundDate | null;
  /** Years written anywhere in the text, and the weekdays the lead names, to complete a year. */
  textYears: readonly number[];
  leadWeekdays: readonly number[];
}

type Granularity = NonNullable<PublicationDate['granularity']>;

/** The granularity of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value (partial `XXXX-...` too). */
export function granularityOf(value: string): Granularity {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

function fromValue(value: string, source: PublicationDate['source']): PublicationDate {
  return { value, granularity: granularityOf(value), source };
}

const HEADER_RANK: Record<DateHeader['kind'], number> = {
  published: 0,
  bare: 1,
  updated: 2,
  loose: 3,
};

export function choosePublication(evidence: PublicationEvidence): PublicationDate {
  if (evidence.frontMatter) return fromValue(evidence.frontMatter, 'front-matter');
  if (evidence.input) return fromValue(evidence.input, 'input');

  const headers = [...evidence.headers].sort((a, b) => HEADER_RANK[a.kind] - HEADER_RANK[b.kind]);
  const firm = headers.filter((h) => h.kind === 'published' || h.kind === 'bare');
  const weak = headers.filter((h) => h.kind === 'updated' || h.kind === 'loose');
  const candidates: Array<{ date: FoundDate; source: PublicationDate['source'] }> = [
    ...firm.map((h) => ({ date: h.date, source: 'text' as const })),
    ...(evidence.dateline ? [{ date: evidence.dateline, source: 'dateline' as const }] : []),
    ...weak.map((h) => ({ date: h.date, source: 'text' as const })),
  ];
  // The best-ranked date wins; when it has no year, the others can only lend it one.
  const [best] = candidates;
  if (best) {
    const { date, source } = best;
    const value = date.year === null ? completeYear(date, evidence, candidates) : dateValue(date);
    return fromValue(value, source);
  }
  if (evidence.quotingPost && evidence.quotingPost.year !== null) {
    return fromValue(dateValue(evidence.quotingPost), 'embedded-post');
  }
  const lead = evidence.leadDate;
  if (lead && lead.year !== null && (evidence.copyrightYear ?? lead.year) === lead.year) {
    return fromValue(dateValue(lead), 'text');
  }
  if (evidence.copyrightYear !== null) {
    return fromValue(String(evidence.copyrightYear), 'copyright');
  }
  return { value: null, granularity: null, source: 'none' };
}

/**
 * The year of a date written without one, from the text: the copyright line's year; else the
 * year that puts it nearest another full date of the article (a header, an embedded post, else
 * the latest date the text writes: news is written after what it reports, and near it);
 * else, among the years the text names (and the year after each), the only one in which the date
 * falls on a weekday the lead names ("WASHINGTON, August 8 (Xinhua) -- President Bill Clinton
 * Saturday vowed ..."). Otherwise the year stays unknown: `XXXX-08-08`.
 */
function completeYear(
  date: FoundDate,
  evidence: PublicationEvidence,
  candidates: ReadonlyArray<{ date: FoundDate }>,
): string {
  const { month, day } = date;
  // February 29 of a year that has none stays partial.
  const withYear = (year: number): string => {
    const value = dateValue({ year, month, day });
    return timexInterval(value) === null ? dateValue(date) : value;
  };
  if (evidence.copyrightYear !== null) return withYear(evidence.copyrightYear);
  const references = [
    ...candidates.map((c) => c.date),
    ...evidence.posts,
    ...(evidence.latestDate ? [evidence.latestDate] : []),
  ].filter((d): d is FoundDate & { year: number } => d.year !== null);
  const [reference] = references;
  if (reference) {
    const target = dayNumber(reference.year, reference.month, reference.day ?? 1);
    const years = [reference.year - 1, reference.year, reference.year + 1];
    const nearest = years.sort(
      (a, b) =>
        Math.abs(dayNumber(a, month, day ?? 1) - target) -
        Math.abs(dayNumber(b, month, day ?? 1) - target),
    )[0]!;
    return withYear(nearest);
  }
  if (day !== null && evidence.leadWeekdays.length > 0) {
    const years = new Set(evidence.textYears.flatMap((y) => [y, y + 1]));
    const fitting = [...years].filter((year) =>
      evidence.leadWeekdays.some((w) => fallsOn(year, month, day, w)),
    );
    if (fitting.length === 1) return withYear(fitting[0]!);
  }
  return dateValue(date);
}
