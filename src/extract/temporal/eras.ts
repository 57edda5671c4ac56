/**
 * Eras: "the 15th century BC", "1200 BC", "AD 79" is left to the rules. A year or a century with
 * an era written after it takes the era into its extent; before the common era its TIMEX3 value
 * gets "BC" in front (`BC14`, `BC1200`), which names no interval of the calendar module: the
 * event layer places no event on it rather than one in the wrong millennium. A day, month or
 * season written right before such a year joins it ("15 March 44 BC" is BC0044-03-15): the rules,
 * which know no era, had read it apart, in the publication's year.
 */
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

interface EraCues {
  before: RegExp;
  common: RegExp;
  partBefore: RegExp;
}

const cuesOf = perLexicon((lexicon): EraCues => ({
  before: lexiconRegExp(lexicon.eras.before, ''),
  common: lexiconRegExp(lexicon.eras.common, ''),
  partBefore: lexiconRegExp(lexicon.eras.partBefore, ''),
}));

/** How far before a year of an era its day, month or season may start ("the 15th of September "). */
const PART_REACH = 30;

/**
 * Longest era written ("B.C.E." and a space) and the word after it that tells "BC" from British
 * Columbia's bodies ("2025 BC Ferries", "2024 B.C. Children's"; lexicon `eras.before`).
 */
export const ERA_REACH = 32;

/** Values an era can follow: a year or a century, as the tagger writes them. */
const YEAR_OR_CENTURY = /^\d{2}$|^\d{4}$/u;

/**
 * A month or a day with a year the rules read (years 1000 on), which an era after it takes in
 * ("March 1200 BC" is BC1200-03, not 1200-03), when the year is older than this: "BC" after a
 * recent year is more often British Columbia ("In October 2024 BC voters") than an era.
 */
const DATED = /^\d{4}-\d\d(?:-\d\d)?$/u;
const ERA_AFTER_DATED_BEFORE = 1800;

/** "AD" written before a year ("AD 79"), which a day or a month right before it joins. */
const COMMON_ERA_FIRST = /^(?:AD|A\.D\.)\s?\d/u;

/**
 * A month and a number the rules read as its day ("August 30" in "12 August 30 BC"): a year when
 * an era follows, as in "19 July 64 AD", whose year can be no day.
 */
const MONTH_THEN_NUMBER = /^(?<month>\p{Lu}\p{Ll}+)\s+(?<number>[0-3]?\d)$/u;

/**
 * Reads again as a year of an era the number of a month and day the rules read ("12 August [30]
 * BC"), in place, so that the year takes the era and the day and month before it join the year
 * as they do after a year no day can be ("BC0030-08-12", was 2025-08-30). Returns whether it did.
 */
function rereadDayAsEraYear(text: string, timex: Timex, lexicon: TemporalLexicon): boolean {
  const groups = MONTH_THEN_NUMBER.exec(timex.text)?.groups;
  if (groups === undefined || lexicon.words.month[groups['month']!.toLowerCase()] === undefined)
    return false;
  const { before, common } = cuesOf(lexicon);
  const after = text.slice(timex.end, timex.end + ERA_REACH);
  if (!before.test(after) && !common.test(after)) return false;
  const number = groups['number']!;
  timex.start = timex.end - number.length;
  timex.text = number;
  timex.value = number.padStart(4, '0');
  timex.granularity = 'year';
  timex.anchor = 'none';
  return true;
}

/** Marks the eras written after years and centuries, in place; `timexes` is sorted by start. */
export function markEras(text: string, timexes: Timex[], lexicon: TemporalLexicon): void {
  const { before, common } = cuesOf(lexicon);
  for (let k = 0; k < timexes.length; k++) {
    const timex = timexes[k]!;
    if (timex.type !== 'DATE') continue;
    rereadDayAsEraYear(text, timex, lexicon);
    const dated =
      DATED.test(timex.value) && Number(timex.value.slice(0, 4)) < ERA_AFTER_DATED_BEFORE;
    if (!dated && !YEAR_OR_CENTURY.test(timex.value)) continue;
    // ("AD 79": the rules took the era in; a day or a month right before joins the year)
    if (COMMON_ERA_FIRST.test(timex.text)) {
      if (timex.value.length === 4) k -= joinPartBefore(text, timexes, k, lexicon, '');
      continue;
    }
    const after = text.slice(timex.end, timex.end + ERA_REACH);
    const beforeCommon = before.exec(after);
    const era = beforeCommon ?? common.exec(after);
    if (era === null) continue;
    const end = timex.end + era[0].length;
    if (k + 1 < timexes.length && timexes[k + 1]!.start < end) continue;
    if (beforeCommon) timex.value = `BC${timex.value}`;
    timex.end = end;
    timex.text = text.slice(timex.start, end);
    if (dated) continue;
    if (beforeCommon && timex.value.length === 6)
      k -= joinPartBefore(text, timexes, k, lexicon, 'BC');
    else if (!beforeCommon && timex.value.length === 4)
      k -= joinPartBefore(text, timexes, k, lexicon, '');
  }
}

/**
 * Joins to the year of an era at `k` the day, month or season written right before it, and drops
 * what the rules had read of that part on its own ("15 March" in the publication's year): `era`
 * is "BC" before the common era, "" in it ("24 August AD 79" is 0079-08-24). Returns how many
 * timexes were dropped (all before `k`).
 */
function joinPartBefore(
  text: string,
  timexes: Timex[],
  k: number,
  lexicon: TemporalLexicon,
  era: 'BC' | '',
): number {
  const timex = timexes[k]!;
  const before = text.slice(Math.max(0, timex.start - PART_REACH), timex.start);
  const part = cuesOf(lexicon).partBefore.exec(before);
  if (part === null) return 0;
  const g = part.groups ?? {};
  const { month: months, season: seasons } = lexicon.words;
  let year = timex.value.slice(era.length);
  let suffix: string;
  let granularity: Timex['granularity'];
  const monthWord = g['month'] ?? g['monthFirst'] ?? g['monthAlone'];
  if (monthWord !== undefined) {
    const month = months[monthWord.toLowerCase()];
    if (month === undefined) return 0;
    const day = g['day'] ?? g['dayAfter'];
    suffix = `-${pad(month)}` + (day === undefined ? '' : `-${pad(Number(day))}`);
    granularity = day === undefined ? 'month' : 'day';
  } else {
    const season = seasons[(g['season'] ?? '').toLowerCase()];
    if (season === undefined) return 0;
    // (a winter told by its two years is the one that began in the first, a spring the second's;
    // BC years count down)
    if (g['first'] !== undefined) {
      if (Number(g['first']) !== Number(year) + (era === 'BC' ? 1 : -1)) return 0;
      if (season !== SEASON_IN_ONE_YEAR) year = g['first'].padStart(4, '0');
    }
    suffix = `-${season}`;
    granularity = 'season';
  }
  let start = timex.start - before.length + part.index;
  // what the rules read of the part: dropped, but a longer one ("late summer") lends its start
  let first = k;
  while (first > 0 && timexes[first - 1]!.end > start) first--;
  if (first < k) start = Math.min(start, timexes[first]!.start);
  const mod = first < k ? timexes[first]!.mod : undefined;
  if (mod !== undefined) timex.mod = mod;
  timex.value = `${era}${year}${suffix}`;
  timex.granularity = granularity;
  timex.start = start;
  timex.text = text.slice(start, timex.end);
  timexes.splice(first, k - first);
  return k - first;
}

/**
 * A spring never spans the turn of a year: one told by two years is the second's ("the spring of
 * 54–53 BC" is BC0053-SP), as the rule "spring of two years" has it for years of the common era.
 */
const SEASON_IN_ONE_YEAR = 'SP';

/** What is written right before a year of an era, as a story goes on from it. */
export interface PartBefore {
  /** The first year of a season told by two years that began in it ("the winter of 54–"). */
  first: number | null;
  /** The month and the day of a day or a month joined to the year ("15 March 44 BC"). */
  month: number | null;
  day: number | null;
}

/**
 * The part written right before the year at `start` ("the winter of 54–" before "53 BC", "15
 * March " before "44 BC"): such a season began in the first year (eras count down before the
 * common era), which a story goes on from ("The following summer" is 53 BC's, not 52 BC's), and
 * a day joined to the year is the day the story is at ("The next day" is BC0044-03-16).
 */
export function partBeforeYear(text: string, start: number, lexicon: TemporalLexicon): PartBefore {
  const before = text.slice(Math.max(0, start - PART_REACH), start);
  const g = cuesOf(lexicon).partBefore.exec(before)?.groups ?? {};
  const monthWord = g['month'] ?? g['monthFirst'] ?? g['monthAlone'];
  const month = monthWord === undefined ? undefined : lexicon.words.month[monthWord.toLowerCase()];
  const dayText = g['day'] ?? g['dayAfter'];
  const season = lexicon.words.season[(g['season'] ?? '').toLowerCase()];
  return {
    first: g['first'] === undefined || season === SEASON_IN_ONE_YEAR ? null : Number(g['first']),
    month: month ?? null,
    day: month === undefined || dayText === undefined ? null : Number(dayText),
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
