/**
 * The temporal tagger. One declared pipeline:
 *
 *   find      every rule of the lexicon over the text; longest match wins     (find.ts)
 *             (but nothing in a quoted title, "Midnight Harvest")               (titles.ts)
 *   read      named groups and word tables -> what the text states           (read.ts)
 *             (numeric dates day first where the document writes them so)     (numeric-order.ts)
 *   resolve   anchor on the publication date, the tense, the last date        (resolve/)
 *             as the story so far gives them (a saying's day, a year named)    (story.ts)
 *   clocks    a clock time on the day after it; on no day in a recurrence      (clock-days.ts)
 *   habits    a month or season a habit governs in no one year                 (habits.ts)
 *             (and "midweek" beside a recurring weekday: every week's)
 *   quoted    a quotation's "today" and "tomorrow" from its day of speech       (quoted.ts)
 *   eras      "the 15th century BC" is BC14                                   (eras.ts)
 *   ranges    mark the two ends of "between X and Y", "since X"               (ranges.ts)
 *
 * The engine knows no words: they all come from the lexicon (English by default).
 */
import { ENGLISH } from '../lexicon/en/temporal/index.ts';
import type { Timex } from '../types.ts';
import { scannerOf } from './compile.ts';
import { findMatches, selectMatches } from './find.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { restateWeekdays } from './apposition.ts';
import { holidayOfPlace } from './places.ts';
import { readiedOccasions } from './readied.ts';
import { toDatePeriods } from './to-date.ts';
import { dateClockTimes, halfOfDayClockTimes, recurringClockTimes } from './clock-days.ts';
import { joinDurations } from './compound.ts';
import { readDecades } from './decades.ts';
import { markEras } from './eras.ts';
import { habitualDates, habitualWeekParts } from './habits.ts';
import { openingHours } from './opening-hours.ts';
import { markRanges } from './ranges.ts';
import { placeQuotedDeixis } from './quoted.ts';
import { inTitle, namesHappening, quotations } from './titles.ts';
import { isClockOnly, readMatch, type Stated } from './read.ts';
import { parsePublication, resolve } from './resolve/index.ts';
import type { Resolved } from './resolve/context.ts';
import { writesDayFirst } from './numeric-order.ts';
import { Story } from './story.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';
import { tenseReader, type Tense, type TenseReader } from './tense.ts';

export type { TemporalLexicon } from './lexicon.ts';

export interface TagOptions {
  /** Publication date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) or null when unknown. */
  published: string | null;
  /**
   * The publication is only the earliest the text can be: it was read from the day the lead gives
   * its news (no date was given), and what the text tells in the past may go on past it.
   */
  publishedAtLeast?: boolean;
  /** The language's lexicon; English by default. */
  lexicon?: TemporalLexicon;
}

/** Every temporal expression of `text`, sorted by start, not overlapping, with its TIMEX3 value. */
export function tagTimexes(text: string, options: TagOptions): Timex[] {
  const lexicon = options.lexicon ?? ENGLISH;
  const pub = parsePublication(options.published);
  // (the words of a quoted title, "Midnight Harvest", tell no time)
  const quoted = quotations(text);
  const matches = selectMatches(findMatches(text, scannerOf(lexicon)), text.length).filter(
    (m) =>
      (quoted.length === 0 || !inTitle(text, m, quoted, lexicon)) &&
      (m.rule.rule.type !== 'DURATION' || !namesHappening(text, m, lexicon)),
  );
  let tenses: TenseReader | null = null;
  const timexes: Timex[] = [];
  /** Indices of the clock times that stated no day ("at 4 a.m."). */
  const clockOnly = new Set<number>();
  /** Indices of the months, seasons and days of the year whose year the text did not state. */
  const yearless = new Set<number>();
  /** Indices of the days counted from the publication ("today", "tomorrow", "tonight"). */
  const dayCounted = new Set<number>();
  /** The bare weekdays ("Saturday", "5 p.m. Saturday"; not "last Saturday"), by index, with their day. */
  const weekdays = new Map<number, number>();
  const dayFirst = writesDayFirst(text, lexicon);
  const story = new Story(text, pub, lexicon);
  for (const match of matches) {
    const { rule } = match.rule;
    const read = readMatch(rule.value, match.groups, lexicon.words);
    // "01/07/2025" in a document that writes days first is July 1
    const stated = story.inFiscalYear(
      holidayOfPlace(
        rule.monthFirst && dayFirst ? swapDayAndMonth(read) : read,
        match.groups['holiday'],
        text,
        match.start,
        match.end,
        lexicon,
      ),
      match.start,
      match.groups['ordinal'],
    );
    // (asked for by the story and by several steps of resolving: read once)
    let sentenceTense: Tense | undefined;
    const readTense = (): Tense =>
      (sentenceTense ??= (tenses ??= tenseReader(text, lexicon)).at(match.start, match.end));
    const anchors = story.anchorsFor(stated, match.start, match.end, readTense);
    let tense: Tense | undefined;
    const tenseOf = (): Tense => (tense ??= anchors.tense ?? readTense());
    const counted = resolve(stated, {
      pub: anchors.pub,
      narrative: anchors.narrative,
      tense: tenseOf,
      pastVerbGoverns: () =>
        anchors.tense === undefined &&
        (tenses ??= tenseReader(text, lexicon)).pastVerbGoverns(match.start, match.end),
      futureVerbGoverns: () =>
        anchors.tense === undefined &&
        (tenses ??= tenseReader(text, lexicon)).futureVerbGoverns(match.start, match.end),
      frontedPastGoverns: () =>
        anchors.tense === undefined &&
        (tenses ??= tenseReader(text, lexicon)).frontedPastGoverns(match.start, match.end),
      reachedBackFromAhead: () =>
        anchors.tense === undefined &&
        (tenses ??= tenseReader(text, lexicon)).reachedBackFromAhead(match.start, match.end),
      firmTense: anchors.firm === true,
      eitherSide: anchors.eitherSide === true,
      leansBack: anchors.leansBack === true,
      stepsBack: () => story.stepsBack(match.start, match.end),
      endsStorySpan: () => story.endsStorySpan(match.start),
      publishedAtLeast: options.publishedAtLeast === true && anchors.pub === pub,
    });
    const resolved =
      counted !== null && anchors.restates && anchors.narrative.grain === null
        ? restatedAlone(timexes.at(-1))
        : counted;
    if (resolved === null) continue;
    const isTime = /T(?:\d|MO|AF|EV|NI|DT)/.test(resolved.value) && !resolved.value.startsWith('P');
    const type = rule.type === 'DATE' && isTime ? 'TIME' : rule.type;
    const timex: Timex = {
      start: match.start,
      end: match.end,
      text: text.slice(match.start, match.end),
      type,
      value: resolved.value,
      anchor: resolved.anchor,
    };
    if (resolved.granularity && (type === 'DATE' || type === 'TIME'))
      timex.granularity = resolved.granularity;
    const mod = resolved.mod ?? rule.mod ?? approximated(text, match.start, type, lexicon);
    if (mod !== undefined) timex.mod = mod;
    if (isClockOnly(stated)) clockOnly.add(timexes.length);
    if (statesNoYear(stated) && (stated.month ?? stated.season) !== null)
      yearless.add(timexes.length);
    if (stated.weekday !== null && stated.shift === null && stated.month === null)
      weekdays.set(timexes.length, stated.weekday);
    if (stated.kind === 'deictic' && stated.unit === 'day' && resolved.anchor === 'publication')
      dayCounted.add(timexes.length);
    timexes.push(timex);
    story.record(match.start, match.end, resolved, anchors.restates, tenseOf);
  }
  placeQuotedDeixis(text, timexes, dayCounted, options.published, lexicon);
  const hoursClocks = openingHours(text, timexes, weekdays, clockOnly, lexicon);
  dateClockTimes(text, timexes, clockOnly, lexicon);
  halfOfDayClockTimes(text, timexes, clockOnly, lexicon);
  recurringClockTimes(text, timexes, clockOnly, lexicon);
  habitualDates(text, timexes, yearless, lexicon);
  habitualWeekParts(text, timexes, lexicon);
  restateWeekdays(text, timexes, lexicon);
  readiedOccasions(text, timexes, lexicon);
  toDatePeriods(text, timexes, lexicon);
  // (the clock times opening hours split off their weekdays go in their place now that no pass
  // counts by index)
  const all =
    hoursClocks.length === 0
      ? timexes
      : [...timexes, ...hoursClocks].sort((a, b) => a.start - b.start);
  const joined = readDecades(text, joinDurations(text, all, lexicon), lexicon);
  markEras(text, joined, lexicon);
  markRanges(text, joined, lexicon, options.published);
  return joined;
}

/**
 * A distance that restates the date before it with no date of the story before that to count
 * from ("He was charged in [March 2023], [nearly two years later]." opening a story): it names
 * no time of its own, and is that date (counted from the publication it was a date ahead).
 */
function restatedAlone(restated: Timex | undefined): Resolved | null {
  if (restated === undefined) return null;
  const { value, granularity } = restated;
  return { value, anchor: 'narrative', ...(granularity === undefined ? {} : { granularity }) };
}

/** Whether a date states no year of any kind ("June"; not "June 2025", "June next year", "May '98"). */
function statesNoYear(stated: Stated): boolean {
  return (
    stated.kind === 'date' &&
    stated.year === null &&
    stated.yearShift === null &&
    stated.shortYear === null
  );
}

/** How far before a date the word that makes it approximate is looked for. */
const APPROX_REACH = 24;

/** "APPROX" for a date or time right after "around" or "circa" ("painted around 1640"). */
function approximated(
  text: string,
  start: number,
  type: Timex['type'],
  lexicon: TemporalLexicon,
): string | undefined {
  // (a clock time's approximation is of the time, not of its day: "around 3:45 p.m. Monday")
  if (type !== 'DATE') return undefined;
  const before = text.slice(Math.max(0, start - APPROX_REACH), start);
  return approxOf(lexicon).test(before) ? 'APPROX' : undefined;
}

const approxOf = perLexicon((lexicon) => lexiconRegExp(lexicon.approxBefore, 'i'));

/** A date read month first, read day first (when the day could be a month). */
function swapDayAndMonth(stated: Stated): Stated {
  const { day, month } = stated;
  return day !== null && day <= 12 && month !== null
    ? { ...stated, day: month, month: day }
    : stated;
}
