/**
 * What the body says about when it was written, for an article with no header or dateline date:
 *
 *   - the date the lead gives its news ("officials said Friday, Sept. 30, 2022"), never a date
 *     the lead marks as an earlier event's ("the chain, founded on March 1, 1999", "on March 1,
 *     1999, 13 years ago"), nor a full date on another weekday than the one the lead's news
 *     happened on ("On March 24, 1999, the first strikes hit ... On Tuesday, residents ..."),
 *     nor a date the lead marks as planned ("talks would begin on July 1, 2016");
 *   - the year a text counts back from ("March 1, 1999, 13 years ago" was written in 2012).
 *
 * A lead that tells its own dates in two years or more, none with its weekday or as the day of
 * writing, is a chronicle (a history told in one paragraph): it gives no date.
 *
 * Weak evidence on purpose kept last in publication.ts: a header, a dateline, an embedded post
 * and a copyright line all come first.
 */
import {
  BACKGROUND_DATE_CUE,
  FUTURE_EVENT_CUE,
  NARRATED_WEEKDAY_BEFORE,
  NEWS_DAY_AFTER,
  NEWS_DAY_BEFORE,
  NUMBER_WORDS,
  PAST_EVENT_CUE,
  YEARS_AGO,
} from '../lexicon/en/article/lead.ts';
import { dateValue, fallsOn, type FoundDate } from './dates.ts';

/** How much text before a date may hold its cue ("the bakery chain, founded on "). */
const CUE_WINDOW = 40;
/** How much text after a date may hold "N years ago". */
const AGO_WINDOW = 40;

function countsBack(text: string, end: number): number | null {
  const count = YEARS_AGO.pattern.exec(text.slice(end, end + AGO_WINDOW))?.groups?.['count'];
  if (count === undefined) return null;
  return /^\d+$/u.test(count) ? Number(count) : (NUMBER_WORDS[count.toLowerCase()] ?? null);
}

/** Whether the lead marks a date as another event's than its news: earlier, or planned. */
function isOtherEvent(text: string, date: FoundDate): boolean {
  const before = text.slice(Math.max(0, date.start - CUE_WINDOW), date.start);
  return (
    PAST_EVENT_CUE.pattern.test(before) ||
    FUTURE_EVENT_CUE.pattern.test(before) ||
    countsBack(text, date.end) !== null
  );
}

/**
 * The date the lead gives its news, or null. `dates` are the lead's dates (offsets into `lead`)
 * and `weekdays` the weekdays it names. A date written without a year counts only with its own
 * weekday ("said Tuesday, March 6,"): the year is then found by publication.ts.
 */
export function leadNewsDate(
  lead: string,
  dates: readonly FoundDate[],
  weekdays: readonly number[],
): FoundDate | null {
  const candidates = dates.filter((d) => {
    if (d.day === null || (d.year === null && d.weekday === null)) return false;
    if (isOtherEvent(lead, d)) return false;
    if (d.weekday !== null || d.year === null || weekdays.length === 0) return true;
    const { year, month, day } = d;
    return weekdays.some((w) => fallsOn(year, month, day, w));
  });
  // A date written with its weekday is the news day's; else the latest: news follows events.
  const withWeekday = candidates.find((d) => d.weekday !== null);
  if (withWeekday) return withWeekday;
  const latest = candidates.reduce<FoundDate | null>(
    (last, d) => (last === null || dateValue(d) > dateValue(last) ? d : last),
    null,
  );
  // (a lead that tells its own dates in two years or more is a chronicle: its latest date is no
  // day of writing, and as the earliest the text can be it would pull the story's yearless dates
  // into its last year: "On 12 April 1862 ... On the night of 3-4 June ... on 9 August 1863")
  if (latest && !isWritingDay(lead, latest) && isChronicle(lead, dates, latest)) return null;
  return latest;
}

/**
 * Whether the lead tells dates of two years or more as its own (not an earlier or a planned
 * event's: "The plant, which opened in May 1990, closed on ..." is news), in the order they
 * happened: a date of an earlier year told before the `latest`. News tells its day first and its
 * background after ("Police arrested a man on 3 March 2026 over a murder committed on 14 July
 * 2019"); a chronicle goes on from its first date.
 */
function isChronicle(lead: string, dates: readonly FoundDate[], latest: FoundDate): boolean {
  const own = dates.filter(
    (d) => d.year !== null && !isOtherEvent(lead, d) && !isBackground(lead, d),
  );
  const years = new Set(own.map((d) => d.year));
  return years.size >= 2 && own.some((d) => d.start < latest.start && d.year !== latest.year);
}

/** Whether a lead date is told as the background of the news ("after the flood of 12 May 2016"). */
function isBackground(lead: string, date: FoundDate): boolean {
  const before = lead.slice(Math.max(0, date.start - CUE_WINDOW), date.start);
  return BACKGROUND_DATE_CUE.pattern.test(before);
}

/**
 * Whether the lead's news date is the day of writing, not only the earliest the text can be: told
 * with its bare weekday ("said Tuesday, March 6,"), after a saying ("officials said on March 6,
 * 2012"), or stamped with a time of day ("March 6, 2012 | 10:15 a.m."). A date told as an event
 * with none of these ("Germany declared war on Russia on 1 August 1914") is only the earliest.
 */
export function isWritingDay(lead: string, date: FoundDate): boolean {
  const before = lead.slice(Math.max(0, date.start - CUE_WINDOW), date.start);
  if (date.weekday !== null && !NARRATED_WEEKDAY_BEFORE.pattern.test(before)) return true;
  return NEWS_DAY_BEFORE.pattern.test(before) || NEWS_DAY_AFTER.pattern.test(lead.slice(date.end));
}

/** The year a text is written in when it counts back from a year it names, or null. */
export function yearCountedBack(text: string, dates: readonly FoundDate[]): number | null {
  const years = [
    ...dates.flatMap((d) => (d.year === null ? [] : [{ year: d.year, end: d.end }])),
    ...[...text.matchAll(/(?<![\d,.])(?<year>1[89]\d\d|20\d\d)\b/gu)].map((m) => ({
      year: Number(m.groups!['year']),
      end: m.index + m[0].length,
    })),
  ];
  for (const { year, end } of years) {
    const count = countsBack(text, end);
    if (count !== null) return year + count;
  }
  return null;
}
