/**
 * Which date expressions anchor an event. Durations and sets never do ("28 years", "every
 * week"); nor does a date inside another date, the far end of a range whose start already
 * anchors, or a vague reference ("recently", "in the coming weeks"). "Now" and "currently"
 * (PRESENT_REF) anchor at the publication date. A date that only qualifies a noun ("this year's
 * conference", "the 2011 version", "the second walkout this month") anchors only when its clause
 * has no other date; one that is
 * only the point a record is measured from ("the first time since 2004") never does, nor the end
 * of a period that is a date itself ("the quarter ended Dec. 31").
 */
import { GOODS_DATED_BEFORE } from '../lexicon/en/temporal/context.ts';
import {
  COMPARISON,
  COMPARISON_REACH,
  COUNTED,
  FIGURE_WORDS,
  FIGURES_FOR,
  GIVEN_UP,
  LISTED_DAYS_JOIN,
  MADE_THINGS,
  MAKING_BEFORE,
  NUMBERED_DOCUMENT_BEFORE,
  NEW_DATE,
  OFFSET_FROM,
  PERIOD_END,
  DENIED_DATE,
  RUNS_UNTIL,
} from '../lexicon/en/events/comparisons.ts';
import { CONTRACT_WORDS } from '../lexicon/en/markets.ts';
import { HOLIDAYS, NUMBERS, WEEKDAY_NAME } from '../lexicon/en/temporal/words.ts';
import {
  RESTATED_AFTER,
  RESTATED_CLOSED_BY,
  RESTATED_OPENS_CLAUSE,
} from '../lexicon/en/temporal/context.ts';
import { dayNumberOf, isoDay } from '../calendar/days.ts';
import {
  DETERMINERS as DETERMINER_WORDS,
  MODIFIER_JOINERS,
  PREPOSITIONS,
  VERBS_TAKING_ON,
} from '../lexicon/en/events/function-words.ts';
import {
  CLAUSE_OPENERS_AFTER_DATE,
  RESTATED_DATE_BETWEEN,
  SUBJECT_PRONOUNS,
  TITLE_BREAKS,
} from '../lexicon/en/events/titles.ts';
import type { EventDate, Timex } from '../types.ts';
import { ABBREVIATIONS } from '../lexicon/en/events/abbreviations.ts';
import type { Span } from '../text/sentences.ts';
import { FINITE_FORMS, isVerbish, verbForm } from '../text/verbs.ts';
import { mayEndWithWord, wordSet, splitAtSpaces } from '../text/words.ts';
import { eventDate, eventRange } from '../calendar/index.ts';
import { dateOfTimex, isAfter, opensOpenRange } from './date.ts';

export interface Anchor {
  timex: Timex;
  date: EventDate;
  /** The date qualifies a noun rather than the clause ("a Wednesday media event"). */
  modifier: boolean;
  /** The date is the new one something is put off or moved to ("postponed the vote until April 14"). */
  newDate?: true;
}

/** What cannot be the noun a date before it qualifies: a break of a title, or a clause's opener. */
const BREAKS = new Set([
  ...wordSet(TITLE_BREAKS, { lower: true }),
  ...wordSet(CLAUSE_OPENERS_AFTER_DATE, { lower: true }),
]);
const SINCE = new RegExp(COMPARISON.since, 'iu');
const RECORD = new RegExp(COMPARISON.record, 'iu');
const ORDINAL = new RegExp(COMPARISON.ordinal, 'iu');
const BASELINE = new RegExp(COMPARISON.baseline, 'iu');
const LEVEL_BEFORE = new RegExp(COMPARISON.levelBefore, 'iu');
const LEVEL_ONLY_BEFORE = new RegExp(COMPARISON.levelOnlyBefore, 'iu');
const LEVEL_AFTER = new RegExp(COMPARISON.levelAfter, 'iu');
const RECORDS_BEGAN = new RegExp(COMPARISON.recordsBegan, 'iu');
const NEGATED = new RegExp(COMPARISON.negated, 'iu');
const NEGATED_DAY = new RegExp(COMPARISON.negatedDay, 'u');
const COUNTED_BEFORE = new RegExp(COUNTED.before, 'iu');
const FIGURES_FOR_BEFORE = new RegExp(FIGURES_FOR.before, 'iu');

/** Whether a date only bounds a count ("the second walkout this month"): it qualifies the noun. */
export function boundsCount(text: string, timex: Span): boolean {
  const before = textBefore(text, timex, 60);
  return COUNTED_BEFORE.test(before) || namesFigures(text, timex);
}

const PERIOD_END_BEFORE = new RegExp(PERIOD_END.before, 'iu');
const NEW_DATE_BEFORE = new RegExp(NEW_DATE.before, 'iu');
const GIVEN_UP_BEFORE = new RegExp(GIVEN_UP.before, 'iu');
const PLANNED_BEFORE = new RegExp(GIVEN_UP.planned, 'iu');
const DROPPED_AFTER = new RegExp(GIVEN_UP.dropped, 'iu');
const FIGURES_FOR_LAST = wordSet(FIGURES_FOR.lastWords);
const PERIOD_END_LAST = wordSet(PERIOD_END.lastWords);
const NEW_DATE_LAST = wordSet(NEW_DATE.lastWords);
const GIVEN_UP_LAST = wordSet(GIVEN_UP.lastWords);

/**
 * Whether a date is one given up, told in an aside ("The vote, originally scheduled for
 * Thursday, has been postponed", "The concert, planned for Saturday, was cancelled"): it dates
 * no event.
 */
export function isGivenUp(text: string, timex: Span): boolean {
  const before = textBefore(text, timex, 60);
  if (!mayEndWithWord(before, GIVEN_UP_LAST)) return false;
  if (GIVEN_UP_BEFORE.test(before)) return true;
  // "The concert, planned for Saturday, was cancelled"
  return PLANNED_BEFORE.test(before) && DROPPED_AFTER.test(text.slice(timex.end, timex.end + 60));
}

/**
 * Whether a date is the new one something is put off or moved to ("postponed its vote until
 * March 25"): it dates the event when its clause has no other date (the day of the putting
 * off), and stays in its title, which would otherwise read as if the putting off were on that
 * day.
 */
export function isNewDate(text: string, timex: Span): boolean {
  const before = textBefore(text, timex, 80);
  return mayEndWithWord(before, NEW_DATE_LAST) && NEW_DATE_BEFORE.test(before);
}

/**
 * Where the period a date ends stops ("the quarter| ended Dec. 31"), or -1 when the date ends no
 * period named before it.
 */
export function periodEndedAt(text: string, timex: Span): number {
  const from = Math.max(0, timex.start - 40);
  const before = text.slice(from, timex.start);
  const m = mayEndWithWord(before, PERIOD_END_LAST) ? PERIOD_END_BEFORE.exec(before) : null;
  return m ? from + m.index : -1;
}

const PERIOD_NOUN = new RegExp(PERIOD_END.period, 'iu');

/**
 * Where the period that stops at `period` (periodEndedAt) opens, when it is no date itself but a
 * noun ("the |three months ended Sept. 30", "the |year ended June 30"), or -1.
 */
export function periodNounAt(text: string, period: number): number {
  const m = PERIOD_NOUN.exec(text.slice(Math.max(0, period - 30), period));
  return m ? period - m[0].length : -1;
}

/**
 * Whether the period a date ends stands in apposition right after another date, which it
 * restates ("in fiscal 2024, the year ended [June 30]"): the end dates no event of its own.
 */
function restatesPeriodBefore(text: string, timexes: readonly Timex[], period: number): boolean {
  const noun = periodNounAt(text, period);
  if (noun < 0) return false;
  for (const t of timexes)
    if (t.type === 'DATE' && t.end < noun && RESTATED_DATE.test(text.slice(t.end, noun)))
      return true;
  return false;
}
/**
 * Between a date and a second one in apposition that restates it ("for Q4 FY24, the quarter
 * ended March 31"; lexicon RESTATED_DATE_BETWEEN): also what a title leaves out with the second.
 */
export const RESTATED_DATE = new RegExp(RESTATED_DATE_BETWEEN, 'iu');

const DENIED_BEFORE = new RegExp(DENIED_DATE.before, 'iu');
const DENIED_LAST = wordSet(DENIED_DATE.lastWords);

/**
 * Where the words that deny a date start in the 40 characters of `before` ("It is April 16|, not
 * [April 12]"), as an index into `before`, or -1 (lexicon DENIED_DATE).
 */
export function deniedFrom(before: string): number {
  return mayEndWithWord(before, DENIED_LAST) ? (DENIED_BEFORE.exec(before)?.index ?? -1) : -1;
}

const DENIED_AFTER = new RegExp(DENIED_DATE.after, 'iu');

/** How much of `after` (the text right after a denied date) goes with it ("as first reported"). */
export function deniedAfterLength(after: string): number {
  return DENIED_AFTER.exec(after)?.[0].length ?? 0;
}

/** Whether a date is denied in favour of the one before it ("April 16, not [April 12]"). */
export function isDenied(text: string, timex: Span): boolean {
  return deniedFrom(textBefore(text, timex, 40)) >= 0;
}

/** Whether a date only says which figures a noun gives ("its guidance for the second quarter"). */
export function namesFigures(text: string, timex: Span): boolean {
  const before = textBefore(text, timex, 60);
  return mayEndWithWord(before, FIGURES_FOR_LAST) && FIGURES_FOR_BEFORE.test(before);
}

/**
 * Whether the date ending at `end` names a level after "to" or "near" ("returned to [2019] levels",
 * lexicon COMPARISON.levelOnlyBefore): a figure's point, but only with "levels" after it ("dating
 * to [1994]" is a date).
 */
export function isLevelAfterTo(text: string, before: string, end: number): boolean {
  return LEVEL_ONLY_BEFORE.test(before) && LEVEL_AFTER.test(text.slice(end, end + 10));
}

/**
 * Whether a date is the point a record is measured from ("the first time since 2004", "its
 * biggest fall since the crash of 1987"), or one a negation counts from ("had not been inspected
 * since 2011"), or the time of a figure compared with ("lower than in 2008", "up from 7.8 percent
 * in September"): it dates no event of the sentence.
 */
export function isComparisonPoint(text: string, timex: Span): boolean {
  const before = textBefore(text, timex, 60);
  // ("Queues were longer than usual. Guards closed the crossing on Monday": a figure compared
  // with is in the date's own sentence)
  if (BASELINE.test(sentenceTail(before))) return true;
  // ("remain below 2019 levels", "returned to 2019 levels")
  if (
    (LEVEL_BEFORE.test(before) && LEVEL_AFTER.test(text.slice(timex.end, timex.end + 10))) ||
    isLevelAfterTo(text, before, timex.end)
  )
    return true;
  const since = SINCE.exec(before);
  // "since the war were held in": a verb between makes the date another clause's
  // (not "since records began in 1659", the start of the record itself)
  if (!since) return false;
  if (!RECORDS_BEGAN.test(since[0]) && splitAtSpaces(since[0]).some((w) => isVerbish(w)))
    return false;
  const sinceAt = timex.start - before.length + since.index;
  const clause = text.slice(Math.max(0, sinceAt - COMPARISON_REACH), sinceAt);
  // only in the same sentence and clause: back to the last stop or semicolon
  const own = clause.slice(Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';')) + 1);
  // ("had not been inspected since 2011": what has not happened since did not happen then)
  // (not from a day: "has not been seen since Tuesday" is the state begun that day)
  if (RECORD.test(own) || ORDINAL.test(own)) return true;
  return NEGATED.test(own) && !NEGATED_DAY.test(text.slice(timex.start, timex.end));
}
/** Abbreviations whose stop goes on before a number ("Sept. 30"), as the splitter reads them. */
const BEFORE_A_FIGURE = ABBREVIATIONS.filter((rule) => rule.joins === 'digit')
  .flatMap((rule) => rule.words.split(' '))
  .join('|');
/**
 * A stop, and the space before a capital or a number that opens a sentence; not an
 * abbreviation's before a number ("jumped 12% in the quarter ended Sept. 30 from a year earlier").
 */
const SENTENCE_BREAK = new RegExp(
  String.raw`(?!(?<=(?:^|[^\p{L}])(?:${BEFORE_A_FIGURE}))\.\s+\d)[.!?]["”’)\]]*\s+(?=["“‘(]?[\p{Lu}\d])`,
  'gu',
);

/** What of `before` is in the sentence it ends with: after its last sentence break. */
function sentenceTail(before: string): string {
  let from = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(before); m !== null; m = SENTENCE_BREAK.exec(before)) {
    from = m.index + m[0].length;
  }
  return from === 0 ? before : before.slice(from);
}

/** Up to `reach` characters of the text right before a date expression. */
function textBefore(text: string, timex: Span, reach: number): string {
  return text.slice(Math.max(0, timex.start - reach), timex.start);
}

const DETERMINERS = wordSet(DETERMINER_WORDS, { lower: true });
/** A date written as one hyphenated word before a noun: "fourth-quarter", "first-half", "year-end". */
const COMPOUND_DATE = /^[\p{L}\d]+-(?:quarter|half|year|month|week|day|end)$/iu;

/** One of `words` right after a date, or a word after it ("a 1962 oil painting"). */
function nounAfter(words: string): RegExp {
  const alternatives = [...wordSet(words, { lower: true })].join('|');
  // (the word between may qualify the noun, "2019 jobs figures", but not open its phrase: in
  // "said on Wednesday the results were", the date qualifies nothing)
  return new RegExp(
    `^\\s+(?:(?!(?:${DETERMINER_ALTERNATIVES})\\s)[\\p{L}-]+\\s+)?(?:${alternatives})\\b`,
    'iu',
  );
}

const DETERMINER_ALTERNATIVES = [...DETERMINERS].join('|');

/** "a 1962 painting", "the 1985 work": a year before a thing dated by its making. */
const MADE_THING_AFTER = nounAfter(MADE_THINGS);

/** "signed the 2014 protocol": the making of the thing the date names. */
const MAKING = new RegExp(MAKING_BEFORE, 'iu');
const GOODS_DATED = new RegExp(GOODS_DATED_BEFORE.pattern, 'iu');
/** "Resolution 2731 (2024)": a year that is part of a document's number. */
const NUMBERED_DOCUMENT = new RegExp(NUMBERED_DOCUMENT_BEFORE, 'iu');

/** "December sales", "the 2019 jobs figures": the figures of a period, after it. */
const FIGURES_AFTER = nounAfter(FIGURE_WORDS);
const CONTRACT_AFTER = nounAfter(CONTRACT_WORDS);
/** Before a contract's month: "for" or "the". */
const CONTRACT_BEFORE = /\b(?:for|the)\s+$/iu;

/**
 * Whether a month names a contract due then ("crude for June delivery settled at $20.87", "the
 * December futures"): it dates no event, and a title keeps it. `text` holds the month at
 * `timex` less `origin` ("In March contracts worth $2 billion were signed" is March's).
 */
export function namesAContract(text: string, timex: Timex, origin = 0): boolean {
  if (!/^\d{4}-\d{2}$/u.test(timex.value)) return false;
  const [start, end] = [timex.start - origin, timex.end - origin];
  return (
    CONTRACT_BEFORE.test(text.slice(Math.max(0, start - 8), start)) &&
    CONTRACT_AFTER.test(text.slice(end, end + 40))
  );
}

/**
 * Whether a date says which goods a noun counts ("the recall was expanded to products made since
 * Jan. 1"): the goods', not the act's; it stays in the title.
 */
export function datesGoods(text: string, timex: Span): boolean {
  return GOODS_DATED.test(textBefore(text, timex, 60));
}

/** Whether a date names when a thing was made, qualifying it ("A 1962 painting sold ..."). */
function namesAMadeThing(text: string, timex: Timex): boolean {
  if (!/^\d{4}$/u.test(timex.value)) return false;
  if (NUMBERED_DOCUMENT.test(textBefore(text, timex, 40)) && text[timex.end] === ')') return true;
  if (!MADE_THING_AFTER.test(text.slice(timex.end, timex.end + 40))) return false;
  if (MAKING.test(textBefore(text, timex, 40))) return false;
  // (after a determiner or a possessive: "in 1962 paintings sold well" is adverbial)
  return followsDeterminer(text, timex);
}

/** Whether a determiner or a possessive stands right before a date ("the 2011", "Obama's 2010"). */
const JOINERS = wordSet(MODIFIER_JOINERS, { lower: true });
/** After a modifier: a joining word, another modifier and a noun in lower case. */
const PAIRED_MODIFIER = /^ (?<joiner>\p{L}+) (?<modifier>[\p{L}-]+) (?<noun>\p{Ll}[\p{L}'’-]*)/u;
/** Words that open a phrase or a clause, no modifier of a noun ("and as president", "and his club"). */
const FUNCTION_WORDS = new Set([
  ...DETERMINERS,
  ...wordSet(PREPOSITIONS, { lower: true }),
  ...wordSet(SUBJECT_PRONOUNS, { lower: true }),
]);
/** Before a modifier: another modifier and a joining word ("autumn and "). */
const PAIRED_BEFORE = /(?<pair>[\p{L}-]+ (?<joiner>\p{L}+) )$/u;

function followsDeterminer(text: string, timex: Span): boolean {
  const before = /(?<word>[\p{L}'’]+)\s+$/u.exec(textBefore(text, timex, 30))?.groups?.['word'];
  return before !== undefined && (DETERMINERS.has(before.toLowerCase()) || /['’]s?$/u.test(before));
}

/**
 * Whether a date opens the text and is a holiday's name (lexicon HOLIDAYS: "Christmas", "May
 * Day"; not "Monday", "March", "Yesterday").
 */
function opensWithHoliday(text: string, timex: Span): boolean {
  if (timex.start > 2 || !/^\W*$/u.test(text.slice(0, timex.start))) return false;
  return isHolidayName(text.slice(timex.start, timex.end));
}

/**
 * Whether a holiday opening the sentence names the noun after it and another day dates the act:
 * "Christmas markets drew thousands on Friday" is Friday's. Alone beside a longer span the
 * holiday is still the day: "Christmas celebrations were muted this year" is Christmas's.
 */
function holidayNamesNounBesideDay(
  text: string,
  timex: Timex,
  sorted: readonly Timex[],
  published: EventDate | null,
): boolean {
  const next = /^ (?<word>\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(timex.end, timex.end + 40))
    ?.groups?.['word'];
  return (
    next !== undefined &&
    !BREAKS.has(next) &&
    !isVerbish(next) &&
    opensWithHoliday(text, timex) &&
    sorted.some((o) => o !== timex && dateOfTimex(o, published)?.granularity === 'day')
  );
}

/** Whether a date's words name a holiday of the lexicon ("Christmas", "May Day"). */
export function isHolidayName(words: string): boolean {
  return HOLIDAY_NAMES.has(words.toLowerCase());
}

const HOLIDAY_NAMES: ReadonlySet<string> = new Set(Object.keys(HOLIDAYS));

/**
 * Whether the date is a weekday put at by "on" ("on Monday"): a day of the act, no modifier; not
 * the "on" of a verb's object ("depend on Sunday sales").
 */
function isDayAfterOn(text: string, timex: Span): boolean {
  if (!WEEKDAY_NAME.test(text.slice(timex.start, timex.end))) return false;
  const before = textBefore(text, timex, 24);
  if (!/\bon\s+$/iu.test(before)) return false;
  const verb = /(?<word>[\p{L}'’-]+)\s+on\s+$/u.exec(before)?.groups?.['word'];
  return verb === undefined || !TAKES_ON.has(verb.toLowerCase());
}

const TAKES_ON = wordSet(VERBS_TAKING_ON, { lower: true });

/** Whether the date expression qualifies the noun after it ("the autumn draft", "Monday's memo"). */
export function qualifiesNoun(text: string, timex: Span): boolean {
  const after = text.slice(timex.end, timex.end + 40);
  if (/^['’]s\b/u.test(after)) return true;
  // "the autumn and winter ranges": two modifiers joined before their noun qualify it together
  // (not a joined clause or phrase: "in the autumn and as president", "and his club")
  const pair = PAIRED_MODIFIER.exec(after)?.groups;
  if (
    pair &&
    JOINERS.has(pair['joiner']!.toLowerCase()) &&
    !FUNCTION_WORDS.has(pair['modifier']!.toLowerCase()) &&
    !isVerbish(pair['modifier']!) &&
    !isVerbish(pair['noun']!)
  )
    return followsDeterminer(text, timex);
  // (the joiner is the last word before the date: a text that ends in none needs no run of
  // PAIRED_BEFORE, which tries every letter of its 40 characters)
  const before = textBefore(text, timex, 40);
  const pairedBefore = mayEndWithWord(before, JOINERS) ? PAIRED_BEFORE.exec(before)?.groups : null;
  if (pairedBefore && JOINERS.has(pairedBefore['joiner']!.toLowerCase())) {
    const first = { start: timex.start - pairedBefore['pair']!.length, end: timex.start };
    const noun = /^ (?<word>\p{Ll}[\p{L}'’-]*)/u.exec(after)?.groups?.['word'];
    if (noun && !BREAKS.has(noun) && !isVerbish(noun)) return followsDeterminer(text, first);
  }
  const next = /^ (?<word>[\p{L}][\p{L}'’-]*)/u.exec(after)?.groups?.['word'];
  if (!next || BREAKS.has(next.toLowerCase()) || isVerbish(next)) return false;
  // "report December sales", "2019 figures": a period names the figures reported for it
  // (not a weekday after "on", the day of the act: "reported on Monday sales last seen in 1999",
  // "Prices reached on Monday levels last seen in 2008")
  if (FIGURES_AFTER.test(after)) return !isDayAfterOn(text, timex);
  // "fourth-quarter results", "first-half profit": a compound written with a hyphen is an adjective
  if (/^\p{Ll}/u.test(next) && COMPOUND_DATE.test(text.slice(timex.start, timex.end))) return true;
  // "the 2011 version", "a Wednesday media event", "the company's 2010 conference"; but not
  // "in 1986 he bought" or "in 1998 Apple introduced", where a preposition makes it adverbial
  if (!followsDeterminer(text, timex)) return false;
  return !(/^\p{Lu}/u.test(next) && isAdverbialBeforeName(text, timex));
}

/**
 * "In the late 1980's Apple Computer added ...": a date after a preposition and "the", followed
 * by a name and its verb, dates the clause; "the 1996 Olympic bombing" and "The 2012 Olympic
 * Games cost" keep theirs as qualifiers.
 */
function isAdverbialBeforeName(text: string, timex: Span): boolean {
  const head = textBefore(text, timex, 40);
  if (!/\b(?:in|during|since|until|by|through|throughout|after|before)\s+the\s+$/iu.test(head))
    return false;
  const words = splitAtSpaces(text.slice(timex.end, timex.end + 80).trim(), 6);
  let k = 0;
  while (k < words.length && /^\p{Lu}/u.test(words[k]!)) k++;
  // a finite verb after the name ("Apple Computer added"), or a reporting one in -s ("says")
  const form = verbForm((words[k] ?? '').replace(/[^\p{L}'’-]/gu, ''));
  return k > 0 && (FINITE_FORMS.has(form) || form === 'present');
}

/**
 * Whether a time opens an entry of a live page ("13:30 – Schools will remain closed on Monday"):
 * it is when the entry was written, which dates the entry only when it gives no other date.
 */
function opensEntry(text: string, timex: Span): boolean {
  const before = textBefore(text, timex, 4);
  return (
    (timex.start === 0 || /\n[ \t]*$/u.test(before)) &&
    /^\s*[–—-]{1,2}\s/u.test(text.slice(timex.end, timex.end + 4))
  );
}

const OFFSET_BEFORE = new RegExp(OFFSET_FROM.before, 'iu');
const BOUND_BEFORE = new RegExp(OFFSET_FROM.bound, 'iu');

/**
 * A date after a bound with no distance: "demolition will begin after Labor Day" is some time
 * after it, "will vote no later than June 30" by then, "had cut 300 jobs before 2022" some time
 * before it (all approximate, as the label says). Not a time of day, whose day it stays: "shortly
 * after 2 a.m. Sunday" is on Sunday. Nor a date still ahead after "before": that is the deadline
 * of a plan ("urged both sides to return before Monday"), which the tense of its clause, often
 * the urging's, does not tell, so the plan keeps the date.
 */
function boundFrom(text: string, timex: Timex, published: EventDate | null): Timex {
  if (timex.mod !== undefined || timex.type !== 'DATE') return timex;
  const g = BOUND_BEFORE.exec(textBefore(text, timex, BOUND_REACH))?.groups;
  if (!g) return timex;
  if (g['before'] !== undefined) {
    const own = dateOfTimex(timex, published);
    return own === null || isAfter(own, published) ? timex : { ...timex, mod: 'BEFORE' };
  }
  return { ...timex, mod: g['after'] ? 'AFTER' : 'ON_OR_BEFORE' };
}

/** Text before a date in which its bound is looked for (a negation of "before" included). */
const BOUND_REACH = 80;

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/u;

/** The number a distance's count says ("a", "two", "12"), or undefined. */
export function countOf(count: string): number | undefined {
  return (
    Number(count) || ((NUMBERS as Record<string, number | null>)[count.toLowerCase()] ?? undefined)
  );
}

/** Whole days in a distance's unit: 1 a day, 7 a week, 0 for what is no whole number of days. */
export function daysPerUnit(unit: string): number {
  return /^day/iu.test(unit) ? 1 : /^week/iu.test(unit) ? 7 : 0;
}

/**
 * The date a distance before or after a date stands for ("two days before the election on Jan.
 * 7" is Jan. 5; "just days before Christmas" some time before it), or the date itself.
 */
export function offsetFrom(text: string, timex: Timex, published: EventDate | null = null): Timex {
  const m = OFFSET_BEFORE.exec(textBefore(text, timex, 60));
  if (!m?.groups) return boundFrom(text, timex, published);
  const { count, unit = '', direction = '' } = m.groups;
  const sign = /^(?:before|ahead|prior)/iu.test(direction) ? -1 : 1;
  const n = count === undefined ? undefined : countOf(count);
  const days = daysPerUnit(unit);
  if (n !== undefined && days > 0 && DAY_VALUE.test(timex.value))
    return { ...timex, value: isoDay(dayNumberOf(timex.value) + sign * n * days) };
  return { ...timex, mod: sign < 0 ? 'BEFORE' : 'AFTER' };
}

const RUNS_UNTIL_BEFORE = new RegExp(RUNS_UNTIL.before, 'iu');
const RUNS_UNTIL_NOT = new RegExp(RUNS_UNTIL.not, 'iu');
const DEADLINE_AFTER = new RegExp(RUNS_UNTIL.deadlineAfter, 'iu');

/**
 * Whether a date ends a state still running at publication: an open end ("until", "through")
 * after the publication day, not a new date something is put off to. The state's event spans
 * from the publication to that date.
 */
export function runsUntil(
  text: string,
  timex: Timex,
  own: EventDate,
  published: EventDate | null,
): boolean {
  if (published?.granularity !== 'day' || timex.range?.other !== undefined) return false;
  if (timex.type !== 'DATE' || own.start < published.end) return false;
  const before = textBefore(text, timex, 60);
  return (
    RUNS_UNTIL_BEFORE.test(before.slice(-30)) &&
    !isNewDate(text, timex) &&
    !RUNS_UNTIL_NOT.test(before) &&
    !DEADLINE_AFTER.test(text.slice(timex.end, timex.end + 20))
  );
}

/**
 * The end of a run told after a day ahead, a year on when the tagger read it before that day:
 * "The exhibition opens Friday and runs through March 1" (told on March 20) runs until next
 * March 1, not the last one. Only a date written without its year; undefined otherwise.
 */
function endAfterStartAhead(
  text: string,
  timex: Timex,
  own: EventDate,
  anchors: readonly Anchor[],
  published: EventDate | null,
): EventDate | undefined {
  if (published?.granularity !== 'day' || own.start >= published.end) return undefined;
  const ahead = startAhead(anchors, published);
  if (ahead === undefined || /\d{4}/u.test(timex.text)) return undefined;
  const m = /^(?<year>\d{4})(?<rest>-\d{2}(?:-\d{2})?)$/u.exec(timex.value);
  const before = textBefore(text, timex, 30);
  if (!m?.groups || !RUNS_UNTIL_BEFORE.test(before) || toldInThePast(before)) return undefined;
  const later = dateOfTimex(
    { ...timex, value: `${Number(m.groups['year']) + 1}${m.groups['rest']}` },
    published,
  );
  return later !== null && later.start >= ahead.end ? later : undefined;
}

const RUN_VERB =
  /(?:^|\s)(?:(?<be>\S+)\s+)?(?<verb>\S+)\s+(?:until|till|through|thru)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?$/iu;

/**
 * Whether the verb of a run before its "until" or "through" is in the past ("the show, which ran
 * through March 1 last season"): a run that is over, whatever day ahead its sentence also tells;
 * not a participle after "be" ("will be closed through March 1").
 */
function toldInThePast(before: string): boolean {
  const groups = RUN_VERB.exec(before)?.groups;
  if (!groups) return false;
  const be = (groups['be'] ?? '').toLowerCase();
  return verbForm(groups['verb']!) === 'past' && !/^(?:be|been|being|is|are)$/u.test(be);
}

/** The date of the last anchor of the sentence that lies after the publication day, if any. */
function startAhead(anchors: readonly Anchor[], published: EventDate): EventDate | undefined {
  const last = anchors.at(-1);
  return last !== undefined && !last.modifier && last.date.start >= published.end
    ? last.date
    : undefined;
}

/** A relative clause right after a date: "since 2017, when more than 100 people died". */
const RELATIVE_AFTER = /^\s*,\s*(?:when|which)\b/iu;
const WHEN_AFTER = /^\s*,\s*when\b/iu;

/**
 * Dates a record is measured from that a relative clause right after them tells of: "the worst
 * since 2017, when more than 100 people died" dates no event of the record, but the deaths are
 * 2017's. So does a state's start told with "since" ("has been in office since 2019, when she
 * defeated the incumbent": the defeat is 2019's, and the state still starts then). Each is for
 * the clause that follows it.
 */
export function recalledPoints(
  text: string,
  timexes: readonly Timex[],
  published: EventDate | null,
): Anchor[] {
  const recalled: Anchor[] = [];
  for (const timex of timexes) {
    if (timex.type !== 'DATE' || !RELATIVE_AFTER.test(text.slice(timex.end, timex.end + 12)))
      continue;
    if (!isComparisonPoint(text, timex) && !startsStateBeforeWhen(text, timex)) continue;
    const date = dateOfTimex(timex, published);
    if (date) recalled.push({ timex, date, modifier: false });
  }
  return recalled;
}

/**
 * "since 2019, when": a start the text leaves open, right before a "when" clause (not "from 1968,
 * when the Soviets invaded, until 1989", whose end comes after the clause).
 */
function startsStateBeforeWhen(text: string, timex: Timex): boolean {
  return (
    opensOpenRange(timex) &&
    SINCE_BEFORE.test(textBefore(text, timex, 12)) &&
    WHEN_AFTER.test(text.slice(timex.end, timex.end + 12))
  );
}
const SINCE_BEFORE = /\bsince\s+$/iu;

const RESTATED = new RegExp(RESTATED_AFTER, 'u');

/** Whether a narrative date stands in apposition right after another date, which it restates. */
function restatesDateBefore(text: string, timex: Timex, sorted: readonly Timex[]): boolean {
  if (timex.anchor !== 'narrative' || !/(?:later|earlier)$/iu.test(timex.text)) return false;
  const previous = sorted.findLast((t) => t.end <= timex.start);
  return (
    previous !== undefined &&
    RESTATED.test(text.slice(previous.end, timex.start)) &&
    RESTATED_CLOSED.test(text.slice(timex.end, timex.end + 3)) &&
    !OPENS_CLAUSE.test(text.slice(timex.end, timex.end + CLAUSE_OPENING_REACH))
  );
}
const RESTATED_CLOSED = new RegExp(RESTATED_CLOSED_BY, 'u');
/** A comma and a clause's subject and verb after the distance, which it opens instead. */
const OPENS_CLAUSE = new RegExp(RESTATED_OPENS_CLAUSE.pattern, 'iu');
/** Text after a distance in which that subject and verb are looked for. */
const CLAUSE_OPENING_REACH = 60;

/**
 * A fiscal quarter whose last day is told ("its fiscal third quarter, which ended March 31"): the
 * three calendar months that end on it. Null for any other date, or when the day is not told.
 */
function fiscalMonths(text: string, timex: Timex, sorted: readonly Timex[]): EventDate | null {
  if (!/^FY\d{4}-Q[1-4]$/u.test(timex.value)) return null;
  const end = sorted.find((t) => t.start > timex.end && periodEndedAt(text, t) === timex.end);
  const last = end && /^(?<year>\d{4})-(?<month>\d{2})-\d{2}$/u.exec(end.value)?.groups;
  if (!last) return null;
  const months = Number(last['year']) * 12 + Number(last['month']) - 1;
  const month = (n: number): EventDate | null =>
    eventDate(`${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`);
  const [from, through] = [month(months - 2), month(months)];
  return from && through && eventRange(from, through);
}

/** How far a bracket may open after the time it restates, and a date stand inside it. */
const BRACKET_REACH = 40;

/**
 * "The quake struck at 9:40 p.m. local time on Saturday (0240 GMT on Sunday)": a time told
 * again in another zone, in brackets right after it, dates nothing of its own (the day it gives
 * may be another).
 */
function restatesTimeInBrackets(text: string, timex: Timex, sorted: readonly Timex[]): boolean {
  const open = bracketOpenedBefore(text, timex.start);
  if (open < 0) return false;
  const close = text.indexOf(')', open);
  if (close >= 0 && close < timex.start) return false;
  const inside = text.slice(open, close < 0 ? open + BRACKET_REACH * 2 : close);
  if (!sorted.some((t) => t.type === 'TIME' && t.start > open && t.start < open + inside.length))
    return false;
  return sorted.some(
    (t) =>
      t.type === 'TIME' &&
      t.end <= open &&
      open - t.end <= BRACKET_REACH &&
      !/[.;!?]/u.test(text.slice(t.end, open)),
  );
}

/**
 * Where the last "(" at or before `at` is, no more than BRACKET_REACH characters back; -1 when
 * there is none. (Looked for within reach only: `text.lastIndexOf('(', at)` went back through
 * the whole article before every date of one without brackets.)
 */
function bracketOpenedBefore(text: string, at: number): number {
  for (let i = Math.min(at, text.length - 1); i >= Math.max(0, at - BRACKET_REACH); i--)
    if (text.charCodeAt(i) === 0x28) return i;
  return -1;
}

/**
 * Whether a date other than `timex` ends at `at`. (A function of its own: a closure over the
 * loop's timex would put it in a new heap object for every timex.)
 */
function otherDateEndsAt(timexes: readonly Timex[], timex: Timex, at: number): boolean {
  for (const t of timexes) if (t !== timex && t.type === 'DATE' && t.end === at) return true;
  return false;
}

const LISTED_DAYS = new RegExp(LISTED_DAYS_JOIN, 'iu');

/**
 * "on Monday and Tuesday", "on Aug. 12, 13 and 14": the last of the consecutive days listed right
 * after `sorted[k]`, whose date is `first`, with its date; undefined when the next date listed is
 * no next day.
 */
function lastListedDay(
  text: string,
  sorted: readonly Timex[],
  k: number,
  first: EventDate,
  published: EventDate | null,
): { timex: Timex; date: EventDate } | undefined {
  if (first.granularity !== 'day' || first.through !== undefined) return undefined;
  let last: { timex: Timex; date: EventDate } | undefined;
  let day = dayNumberOf(first.value);
  let end = sorted[k]!.end;
  for (let j = k + 1; j < sorted.length; j++) {
    const next = sorted[j]!;
    // (a date inside the one before: "2019" in "Aug. 13, 2019")
    if (next.start < end) continue;
    const gap = text.slice(end, next.start);
    // (a comma lists only in a list that "and" ends: "on Wednesday, Thursday and Friday")
    const comma = /^,\s+$/u.test(gap);
    if (next.type !== 'DATE' || next.range || !(comma || LISTED_DAYS.test(gap))) break;
    // ("on Monday and Tuesday's count": the second day names a thing of its own)
    if (/^['’]s\b/u.test(text.slice(next.end, next.end + 3))) break;
    const date = dateOfTimex(next, published);
    if (date?.granularity !== 'day' || dayNumberOf(date.value) !== day + 1) break;
    if (!comma) last = { timex: next, date };
    day += 1;
    end = next.end;
  }
  return last;
}

/**
 * The anchors among the timexes of one sentence. `text` is the article text (timex offsets point
 * into it); `published` dates PRESENT_REF; `all` is the article's list of timexes, where the
 * other end of a range is (`range.other`): a range dates its event from one end through the other.
 */
export function anchorsOf(
  text: string,
  timexes: readonly Timex[],
  published: EventDate | null,
  all: readonly Timex[] = timexes,
): Anchor[] {
  const anchors: Anchor[] = [];
  // a date inside a longer one ("2023" in "May 5, 2023"): sorted by start, longest first
  const sorted = [...timexes].sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  // where the last date given up ends: one listed right after it goes with it ("a strike planned
  // for March 18 and 19")
  let givenUpEnd = -1;
  // where the last list of consecutive days ends: the days after the first date no event of their
  // own ("closed schools on Monday and Tuesday" is one event over both)
  let listedTo = -1;
  for (let k = 0; k < sorted.length; k++) {
    const timex = sorted[k]!;
    const inside = timex.end <= reach;
    reach = Math.max(reach, timex.end);
    if (inside || timex.start < listedTo) continue;
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    // "moved from Thursday to next Monday": no range, but the date given up and the new one,
    // which dates the event
    const newDate = isNewDate(text, timex);
    if (timex.range?.role === 'end' && timex.range.other !== undefined && !newDate) continue;
    const rangeEnd = timex.range?.role === 'start' ? all[timex.range.other ?? -1] : undefined;
    const movedTo = rangeEnd !== undefined && isNewDate(text, rangeEnd);
    // ("postponed the vote on Tuesday until April 2": Tuesday is the putting off's own day)
    if (movedTo && /\bfrom\s+$/iu.test(textBefore(text, timex, 8))) continue;
    if (
      isComparisonPoint(text, timex) ||
      isDenied(text, timex) ||
      namesAMadeThing(text, timex) ||
      namesAContract(text, timex) ||
      datesGoods(text, timex)
    )
      continue;
    if (restatesTimeInBrackets(text, timex, sorted)) continue;
    const listedAfterGivenUp =
      givenUpEnd >= 0 && /^\s*(?:,|and|or|,\s*and)\s*$/u.test(text.slice(givenUpEnd, timex.start));
    if (listedAfterGivenUp || isGivenUp(text, timex)) {
      givenUpEnd = timex.end;
      continue;
    }
    // "charged in March 2023, nearly two years later": the distance restates the date before it
    if (restatesDateBefore(text, timex, sorted)) continue;
    // "the quarter ended Dec. 31": the end of a period that is itself a date only says which
    const period = periodEndedAt(text, timex);
    if (
      period >= 0 &&
      (otherDateEndsAt(sorted, timex, period) || restatesPeriodBefore(text, sorted, period))
    )
      continue;
    const own =
      fiscalMonths(text, timex, sorted) ??
      dateOfTimex(offsetFrom(text, timex, published), published);
    if (!own) continue;
    const other = movedTo ? undefined : rangeEnd;
    const through = other ? dateOfTimex(other, published) : null;
    // "The exhibition runs through Sept. 14": a state that holds from now until a later date;
    // from a day ahead told before it, when there is one ("opens on June 1 and runs until Sept.
    // 14" is a plan from June 1)
    const end = endAfterStartAhead(text, timex, own, anchors, published) ?? own;
    const fromNow = runsUntil(text, timex, end, published)
      ? eventRange(startAhead(anchors, published!) ?? published!, end)
      : null;
    const listed = through || fromNow ? undefined : lastListedDay(text, sorted, k, own, published);
    if (listed) listedTo = listed.timex.end;
    const date =
      (through && eventRange(own, through)) ||
      fromNow ||
      (listed && eventRange(own, listed.date)) ||
      own;
    anchors.push({
      timex,
      date,
      // ("On Tuesday, the council delayed a decision until next month": the day it was put off)
      modifier:
        qualifiesNoun(text, timex) ||
        holidayNamesNounBesideDay(text, timex, sorted, published) ||
        // "the 2024-25 season": a span written as one word qualifies the noun after it
        (other !== undefined &&
          /^[-–/]$/u.test(text.slice(timex.end, other.start)) &&
          qualifiesNoun(text, { start: timex.start, end: other.end })) ||
        boundsCount(text, timex) ||
        newDate ||
        opensEntry(text, timex),
      ...(newDate ? { newDate: true as const } : {}),
    });
  }
  return anchors;
}
