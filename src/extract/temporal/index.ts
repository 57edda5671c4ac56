/**
 * The temporal tagger. One declared pipeline:
 *
 *   find      every rule of the lexicon over the text; longest match wins     (find.ts)
 *   read      named groups and word tables -> what the text states           (read.ts)
 *             (numeric dates day first where the document writes them so)     (numeric-order.ts)
 *   resolve   anchor on the publication date, the tense, the last date        (resolve/)
 *             (or on the day of a saying, for a date in what was said)         (reported.ts)
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
import { dateClockTimes } from './clock-days.ts';
import { markEras } from './eras.ts';
import { markRanges } from './ranges.ts';
import { readMatch, type Stated } from './read.ts';
import { parsePublication, resolve, type Narrative } from './resolve/index.ts';
import type { Publication } from './resolve/context.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';
import { writesDayFirst } from './numeric-order.ts';
import { reportedNow, saidDateOf, type SaidDate } from './reported.ts';
import { tenseReader, type TenseReader } from './tense.ts';

export type { TemporalLexicon } from './lexicon.ts';

export interface TagOptions {
  /** Publication date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) or null when unknown. */
  published: string | null;
  /** The language's lexicon; English by default. */
  lexicon?: TemporalLexicon;
}

/** Every temporal expression of `text`, sorted by start, not overlapping, with its TIMEX3 value. */
export function tagTimexes(text: string, options: TagOptions): Timex[] {
  const lexicon = options.lexicon ?? ENGLISH;
  const pub = parsePublication(options.published);
  const matches = selectMatches(findMatches(text, scannerOf(lexicon)), text.length);
  const narrative: Narrative = { day: null, month: null, year: null, grain: null };
  let tenses: TenseReader | null = null;
  const timexes: Timex[] = [];
  /** Indices of the clock times that stated no day ("at 4 a.m."). */
  const clockOnly = new Set<number>();
  const dayFirst = writesDayFirst(text, lexicon);
  /** The last date with a month: the day of a saying, if a date in what was said follows. */
  let said: SaidDate | null = null;
  /** The story's date before the last expression, and where that expression ended. */
  let before: Narrative = { ...narrative };
  let lastEnd = -1;
  const restated = restatedOf(lexicon);
  /** The last year stated outright, and where: "the year" in its sentence is that one. */
  let statedYear: { year: number; end: number } | null = null;
  for (const match of matches) {
    const { rule } = match.rule;
    const read = readMatch(rule.value, match.groups, lexicon.words);
    // "01/07/2025" in a document that writes days first is July 1
    const stated = rule.monthFirst && dayFirst ? swapDayAndMonth(read) : read;
    // "said on Monday that the border would reopen on Thursday": the Thursday after that Monday
    const now = stated.kind === 'date' ? reportedNow(text, said, match.start, pub, lexicon) : null;
    // "charged in March 2023, nearly two years later": counted from the date before March 2023
    const restates =
      stated.kind === 'narrative' &&
      typeof stated.count === 'number' &&
      lastEnd >= 0 &&
      restated.test(text.slice(lastEnd, match.start));
    // "In 2025, ocean heat reached a record in the first half of the year": that year's
    const yearOfSentence =
      stated.yearShift === 0 && statedYear !== null
        ? theYearOf(text, statedYear, match.start, match.end, lexicon)
        : null;
    const resolved = resolve(stated, {
      pub: now ?? yearOfSentence ?? pub,
      narrative: restates ? before : narrative,
      tense: () => (tenses ??= tenseReader(text, lexicon)).at(match.start, match.end),
    });
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
    const mod = resolved.mod ?? rule.mod;
    if (mod !== undefined) timex.mod = mod;
    if (isClockOnly(stated)) clockOnly.add(timexes.length);
    timexes.push(timex);
    said = saidDateOf(match.start, match.end, resolved) ?? said;
    if (resolved.year !== undefined && resolved.anchor === 'none')
      statedYear = { year: resolved.year, end: match.end };
    lastEnd = match.end;
    // a restatement leaves the story at the date it restates
    if (restates) continue;
    before = { ...narrative };
    // what "the next day" and "that year" will count from
    if (resolved.day !== undefined) narrative.day = resolved.day;
    if (resolved.month !== undefined) narrative.month = resolved.month;
    if (resolved.year !== undefined) narrative.year = resolved.year;
    const grain =
      resolved.day !== undefined
        ? 'day'
        : resolved.month !== undefined
          ? 'month'
          : resolved.year !== undefined
            ? 'year'
            : null;
    if (grain !== null) narrative.grain = grain;
  }
  dateClockTimes(text, timexes, clockOnly, lexicon);
  markEras(text, timexes, lexicon);
  markRanges(text, timexes, lexicon, options.published);
  return timexes;
}

const theYearPatternsOf = perLexicon((lexicon) => ({
  theYear: lexiconRegExp(String.raw`\bthe\s+(?:same\s+)?year\b`, 'i'),
  sentenceEnd: lexiconRegExp(lexicon.sentenceEnd, ''),
}));

/**
 * "the year" of an expression at [start, end), as the year stated earlier in its sentence ("In
 * 2025, ... in the first half of the year"); null when it is the publication's.
 */
function theYearOf(
  text: string,
  stated: { year: number; end: number },
  start: number,
  end: number,
  lexicon: TemporalLexicon,
): Publication | null {
  const { theYear, sentenceEnd } = theYearPatternsOf(lexicon);
  if (!theYear.test(text.slice(start, end))) return null;
  if (sentenceEnd.test(text.slice(stated.end, start))) return null;
  return { year: stated.year, month: null, day: null };
}

/** A date read month first, read day first (when the day could be a month). */
function swapDayAndMonth(stated: Stated): Stated {
  const { day, month } = stated;
  return day !== null && day <= 12 && month !== null
    ? { ...stated, day: month, month: day }
    : stated;
}

const restatedOf = perLexicon((lexicon) => lexiconRegExp(lexicon.restatedAfter, ''));

/** A time of day that names no day of its own ("10:35 a.m.", "1500 GMT"; not "9 a.m. Tuesday"). */
function isClockOnly(stated: Stated): boolean {
  return (
    stated.hour !== null &&
    stated.year === null &&
    stated.month === null &&
    stated.day === null &&
    stated.weekday === null &&
    stated.offset === null &&
    stated.holiday === null &&
    stated.kind === 'date'
  );
}
