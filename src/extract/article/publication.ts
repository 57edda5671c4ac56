/**
 * The publication date, from the evidence the article reader gathered, in this order:
 *
 *   front matter > input (the caller's) > a "Published" header, a line that is only a date or a
 *   wire stamp > the dateline's date > an "Updated" header > a short header line with a date >
 *   the date of an embedded post that quotes the lead > the date the lead gives its news (in the
 *   copyright line's year, if there is one; see lead-date.ts) > the year of a copyright line >
 *   the year the text counts back from ("13 years ago") > none.
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
  /** The date the lead gives its news ("officials said Friday, Sept. 30, 2022"); see lead-date.ts. */
  leadDate: FoundDate | null;
  /** Whether that date is the day of writing (lead-date.ts isWritingDay), not only the earliest. */
  leadIsWritingDay: boolean;
  /** The year the text counts back from ("on March 1, 1999, 13 years ago": 2012). */
  yearCountedBack: number | null;
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
  // (the day of writing, or only the earliest the text can be: see types.ts)
  const leadSource = evidence.leadIsWritingDay ? 'text' : 'lead';
  if (lead && lead.year === null) {
    // "said Tuesday, March 6," dates the article only in a year the text gives.
    const value = completeYear(lead, evidence, []);
    if (!value.startsWith('XXXX')) return fromValue(value, leadSource);
  } else if (lead && (evidence.copyrightYear ?? lead.year) === lead.year) {
    return fromValue(dateValue(lead), leadSource);
  }
  if (evidence.copyrightYear !== null) {
    return fromValue(String(evidence.copyrightYear), 'copyright');
  }
  if (evidence.yearCountedBack !== null) {
    return fromValue(String(evidence.yearCountedBack), 'text');
  }
  return { value: null, granularity: null, source: 'none' };
}

/**
 * The year of a date written without one, from the text, most telling first:
 *   - the copyright line's year;
 *   - the year the text counts back from ("13 years ago");
 *   - for a date written with its weekday ("Tuesday, March 6"), the only year near those the text
 *     names in which it falls on that weekday;
 *   - the year that puts it nearest another full date of the article (a header, an embedded post,
 *     else the latest date the text writes: news is written after what it reports, and near it);
 *   - among the years the text names, the year before and the year after each, the only one in
 *     which the date falls on a weekday the lead names ("WASHINGTON, August 8 (Xinhua) --
 *     President Bill Clinton Saturday vowed ...": the news of a wire's day is that day's).
 * Otherwise the year stays unknown: `XXXX-08-08`.
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
  if (evidence.yearCountedBack !== null) return withYear(evidence.yearCountedBack);
  const references = [
    ...candidates.map((c) => c.date),
    ...evidence.posts,
    ...(evidence.latestDate ? [evidence.latestDate] : []),
  ].filter((d): d is FoundDate & { year: number } => d.year !== null);
  const nearYears = (years: readonly number[]): number[] => [
    ...new Set(years.flatMap((y) => [y - 1, y, y + 1])),
  ];
  const onlyFitting = (years: readonly number[], weekdays: readonly number[]): number | null => {
    if (day === null || weekdays.length === 0) return null;
    const fitting = years.filter((year) => weekdays.some((w) => fallsOn(year, month, day, w)));
    return fitting.length === 1 ? fitting[0]! : null;
  };
  if (date.weekday !== null) {
    const year = onlyFitting(nearYears([...evidence.textYears, ...references.map((r) => r.year)]), [
      date.weekday,
    ]);
    if (year !== null) return withYear(year);
  }
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
  const year = onlyFitting(nearYears(evidence.textYears), evidence.leadWeekdays);
  return year === null ? dateValue(date) : withYear(year);
}
