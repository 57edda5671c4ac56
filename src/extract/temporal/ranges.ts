/**
 * Ranges: "between 2014 and 2016", "from May 5 to May 7", "1991 to 1997" pair their two ends;
 * "since February 2022" and "from May 5" start a range whose end the text leaves open, "until
 * 2025" ends one. Each end stays its own expression, as TimeML wants; this pass only marks them.
 */
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { civilDay, dayNumber } from './calendar.ts';
import { dayNumberOf, isoDay } from '../calendar/days.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

interface RangeCues {
  pairStart: RegExp;
  pairJoin: RegExp;
  join: RegExp;
  start: RegExp;
  end: RegExp;
  list: RegExp;
  listComma: RegExp;
  yearTold: RegExp;
  movedFrom: RegExp;
  runsNow: RegExp;
  aheadFromToday: RegExp;
  weekday: RegExp;
  sentenceEnd: RegExp;
}

const cuesOf = perLexicon(({ ranges: r, weekdayExpression, sentenceEnd }): RangeCues => ({
  pairStart: lexiconRegExp(r.pairStart, 'i'),
  pairJoin: lexiconRegExp(r.pairJoin, 'i'),
  join: lexiconRegExp(r.join, 'i'),
  start: lexiconRegExp(r.start, 'i'),
  end: lexiconRegExp(r.end, 'i'),
  list: lexiconRegExp(r.list, 'i'),
  listComma: lexiconRegExp(r.listComma, ''),
  yearTold: lexiconRegExp(r.yearTold, 'i'),
  movedFrom: lexiconRegExp(r.movedFrom, 'i'),
  runsNow: lexiconRegExp(r.runsNow, 'i'),
  aheadFromToday: lexiconRegExp(r.aheadFromToday, 'i'),
  weekday: lexiconRegExp(weekdayExpression, 'i'),
  sentenceEnd: lexiconRegExp(sentenceEnd, ''),
}));

const isPoint = (timex: Timex): boolean => timex.type === 'DATE' || timex.type === 'TIME';

/** How much text before an expression the cues look at. */
const LOOK_BEHIND = 24;
/** How far before a date a move that gives it up is looked for. */
const MOVED_REACH = 80;

const CALENDAR = /^(?<year>\d{4})-\d{2}(?:-\d{2})?$/;
/**
 * A month or a day a habit put in no year ("typically runs from [June 1] to Nov. 30, 2016"):
 * the year its range's end tells is still the run's, as TimeML has a year the sentence names.
 */
const HABITUAL = /^XXXX-\d{2}(?:-\d{2})?$/;

/** Whether an expression is a weekday alone: one with its date ("Friday, Jan. 8") is the date's. */
const isWeekday = (timex: Timex, cues: RangeCues): boolean =>
  cues.weekday.test(timex.text) && !/\d/u.test(timex.text);

/**
 * Whether a list's item is a weekday alone or a weekday after its clock time, as listings write
 * hours ("from 9 a.m. to 3 p.m. Saturday and Sunday"): no date after the weekday names its day.
 */
function isListedWeekday(timex: Timex, cues: RangeCues): boolean {
  if (isWeekday(timex, cues)) return true;
  if (timex.type !== 'TIME') return false;
  for (const word of timex.text.matchAll(/(?<=\s)\S/gu)) {
    const rest = timex.text.slice(word.index);
    if (cues.weekday.test(rest) && !/\d/u.test(rest)) return true;
  }
  return false;
}

/** The day a point names, with its clock time or not: "2025-12-06" of "2025-12-06T15:00". */
const DAY_OF_POINT = /^\d{4}-\d{2}-\d{2}(?=T|$)/u;

/**
 * A range ends after it starts. Where months or days without a year were each placed by the
 * tense and came out the wrong way round ("snow fell between March and May", published in mid-
 * March: March is this year's, May last year's), the range is moved as a whole: back a year
 * when its end is past and its start is not ahead, else its end on a year ("runs from October 1
 * to September 30"). Two weekdays the wrong way round were each placed in its own week ("open
 * from Monday to Friday"): the end moves on a week when the start is still to come ("will run
 * from Friday to Tuesday"), else the start back one.
 */
function inOrder(
  start: Timex,
  end: Timex,
  published: string | null,
  cues: RangeCues,
  runsNow = false,
  forToday = false,
): void {
  if (weekdaysInOrder(start, end, published, cues, forToday)) return;
  const a = CALENDAR.exec(start.value);
  const b = CALENDAR.exec(end.value);
  if (!a || !b || start.value.length !== end.value.length) return;
  if (start.anchor !== 'publication' || end.anchor !== 'publication') return;
  if (end.value >= start.value) {
    spanOfAYear(start, end, published, cues);
    return;
  }
  // (both values have the same length: the publication's date as far as they go)
  const now = published?.slice(0, end.value.length) ?? null;
  const endPast = now !== null && end.value <= now;
  const shift = (timex: Timex, years: number): void => {
    const [year, month, day] = timex.value.split('-').map(Number) as [number, number, number?];
    // the 29th of February has no match in the year before or after
    if (day !== undefined && civilDay(dayNumber(year + years, month, day)).day !== day) return;
    timex.value = String(year + years).padStart(4, '0') + timex.value.slice(4);
  };
  // (a start placed ahead, before an end already over, was so placed by a tense that looks
  // ahead: the range is still to come, "The exhibition runs from March 25 to October 27", told in
  // January; one that ends now goes on until now, "its estimate for the April-June period", in June)
  // (a weekday placed on the publication day is today's, no day a year back: "opens Friday and
  // runs through March 1", told on that Friday)
  const startAhead =
    now !== null &&
    end.value < now &&
    (start.value > now || (start.value === now && isWeekday(start, cues)));
  // (a run told in the present whose start the tense put a year ahead, before an end ahead this
  // year, runs now: "Hurricane season runs from June 1 to Nov. 30", told in August)
  // (only a start put into next year: "runs from Oct. 1 to Sept. 30", told on Sept. 10, is the
  // run about to begin)
  const runningNow =
    runsNow &&
    now !== null &&
    end.value > now &&
    Number(start.value.slice(0, 4)) === Number(now.slice(0, 4)) + 1 &&
    `${Number(start.value.slice(0, 4)) - 1}${start.value.slice(4)}` <= now;
  if ((endPast && !startAhead) || runningNow) shift(start, -1);
  else shift(end, 1);
}

/**
 * Two weekdays of a range the wrong way round, each placed in its own week by the tense ("open
 * from Monday to Friday"), also with clock times ("a blizzard warning from 6 a.m. Friday until 1
 * p.m. Saturday"): a start still to come takes its end along to the next week, and so does one
 * on the publication's day that a plan or a notice is for (`forToday`, the lexicon's
 * `aheadFromToday`: told on that Friday, the warning runs to tomorrow, not from a week ago); else
 * the start goes back to its end's week ("worked from 6 p.m. Friday until 2 a.m. Saturday", told
 * on a Friday, is a week gone by). Says whether it set them so.
 */
function weekdaysInOrder(
  start: Timex,
  end: Timex,
  published: string | null,
  cues: RangeCues,
  forToday: boolean,
): boolean {
  const startDay = DAY_OF_POINT.exec(start.value)?.[0];
  const endDay = DAY_OF_POINT.exec(end.value)?.[0];
  if (startDay === undefined || endDay === undefined || endDay >= startDay) return false;
  if (!isListedWeekday(start, cues) || !isListedWeekday(end, cues)) return false;
  if (start.anchor !== 'publication' || end.anchor !== 'publication') return false;
  if (dayNumberOf(startDay) - dayNumberOf(endDay) >= 7) return false;
  const ahead =
    published !== null && (startDay > published || (startDay === published && forToday));
  const [timex, day, days] = ahead ? [end, endDay, 7] : [start, startDay, -7];
  timex.value = isoDay(dayNumberOf(day) + days) + timex.value.slice(day.length);
  return true;
}

/**
 * Whether a year after the publication's is told before the expression at `i`, in its sentence:
 * a run told in the present is then that year's ("Next year's season runs from June 1 to Nov.
 * 30", "The 2017 season runs from ..."), not the one under way. A year gone by leaves it so
 * ("After a quiet 2015, hurricane season runs from ..."), as does a day's year ("Announced on
 * Dec. 5, 2015, ..."): only a year alone tells the run's.
 */
function laterYearBefore(
  text: string,
  timexes: Timex[],
  i: number,
  published: string | null,
  cues: RangeCues,
): boolean {
  if (published === null) return false;
  const at = timexes[i]!.start;
  for (let j = i - 1; j >= 0; j--) {
    const told = timexes[j]!;
    if (cues.sentenceEnd.test(text.slice(told.end, at))) return false;
    if (/^\d{4}$/u.test(told.value) && told.value > published.slice(0, 4)) return true;
  }
  return false;
}

/**
 * Months or days without a year placed each on its own side of the publication, a year or more
 * apart ("The market is open from May through October", told in December: May gone by the
 * tense's default, October ahead by its bound): a span whose text tells no year lies on one side,
 * the start moved on a year when its end is ahead, else the end moved back.
 */
function spanOfAYear(start: Timex, end: Timex, published: string | null, cues: RangeCues): void {
  if (published === null || cues.yearTold.test(start.text) || cues.yearTold.test(end.text)) return;
  const later = `${Number(start.value.slice(0, 4)) + 1}${start.value.slice(4)}`;
  if (end.value < later) return;
  const now = published.slice(0, end.value.length);
  const shift = (timex: Timex, years: number): void => {
    const [year, month, day] = timex.value.split('-').map(Number) as [number, number, number?];
    if (day !== undefined && civilDay(dayNumber(year + years, month, day)).day !== day) return;
    timex.value = String(year + years).padStart(4, '0') + timex.value.slice(4);
  };
  if (end.value > now) shift(start, 1);
  else shift(end, -1);
}

/**
 * How many days before the first of two listed weekdays the second may be, told the wrong way
 * round ("marched on Friday and Thursday", told on a Friday: today and yesterday); further back,
 * the list is in order and the first day is a week further back.
 */
const REVERSED_LIST_REACH = 3;

/**
 * Two weekdays of a list placed by the tense each in its own week, the second less than a week
 * before the first ("will remain closed on Monday and Tuesday", said on a Tuesday): the second is
 * the one after the first, when the first is still to come, or is the publication's day and a
 * plan or a notice is for it (`forToday`: "canceled 3,000 flights for Friday and Saturday", told
 * on that Friday; not "marched on Friday and Thursday"), also with a clock time ("runs from 9
 * a.m. to 3 p.m. Saturday and Sunday"). A past act's days, the first the publication's, the
 * second more than REVERSED_LIST_REACH days before it ("searched the area on Friday and
 * Saturday", told on a Friday): the first is the one before the second, last week's. Not a day
 * named by its date, which is that date whatever the order ("on Dec. 12 or Dec. 8" is no Dec.
 * 15).
 */
function listInOrder(
  first: Timex,
  second: Timex,
  published: string | null,
  cues: RangeCues,
  forToday = false,
): void {
  const firstDay = DAY_OF_POINT.exec(first.value)?.[0];
  const secondDay = DAY_OF_POINT.exec(second.value)?.[0];
  if (firstDay === undefined || secondDay === undefined || secondDay >= firstDay) return;
  if (!isListedWeekday(first, cues) || !isListedWeekday(second, cues)) return;
  if (first.anchor !== 'publication' || second.anchor !== 'publication') return;
  if (published !== null && firstDay === published && !forToday) {
    // a past act's days, the first the publication's by its weekday ("searched the area on
    // Friday and Saturday", told on a Friday): told in order, the first is last week's
    if (dayNumberOf(firstDay) - dayNumberOf(secondDay) > REVERSED_LIST_REACH)
      first.value = isoDay(dayNumberOf(firstDay) - 7) + first.value.slice(firstDay.length);
    return;
  }
  if (published === null || firstDay < published) return;
  if (dayNumberOf(firstDay) - dayNumberOf(secondDay) < 7)
    second.value = isoDay(dayNumberOf(secondDay) + 7) + second.value.slice(secondDay.length);
}

/**
 * "from June 11 to July 19, 2026", "from Dec. 20 to Jan. 5, 2014", "in January and February last
 * year": a start without a year of its own, placed or put in none by a habit ("The season
 * typically runs from June 1 to Nov. 30, 2016"), is in the year its end tells, or the year before when
 * it would come after the end (`endTold`: the end got its year so). Says whether it was.
 */
function yearFromEnd(start: Timex, end: Timex, cues: RangeCues, endTold = false): boolean {
  const a = CALENDAR.exec(start.value) ?? HABITUAL.exec(start.value);
  const b = CALENDAR.exec(end.value);
  if (!a || !b?.groups || cues.yearTold.test(start.text)) return false;
  if (!endTold && !cues.yearTold.test(end.text)) return false;
  // "-12-20" after "-01-05": the start is in the year before
  const rest = start.value.slice(4);
  const year = Number(b.groups['year']) - (rest > end.value.slice(4, 4 + rest.length) ? 1 : 0);
  start.value = String(year).padStart(4, '0') + rest;
  start.anchor = 'narrative';
  return true;
}

/**
 * The ends of a list share the year its last one tells ("on Aug. 25 and 26, 2019"), through
 * commas as far as the list goes ("in January, February and March last year"). From the last
 * item back, so that each passes on what it got.
 */
function yearsOfLists(text: string, timexes: Timex[], cues: RangeCues): void {
  let told = -1; // the item that got its year from the next one
  for (let i = timexes.length - 2; i >= 0; i--) {
    const a = timexes[i]!;
    const b = timexes[i + 1]!;
    if (!isPoint(a) || !isPoint(b) || a.range?.other === i + 1) continue;
    if (b.start - a.end > LOOK_BEHIND) continue;
    const gap = text.slice(a.end, b.start);
    const passedOn = told === i + 1;
    // (a clause joined after a comma is no list, "Exports rose in January and February, and March
    // last year was flat", unless the list had commas before: "January, February, and March")
    const listed =
      (cues.list.test(gap) &&
        (!gap.includes(',') ||
          (i > 0 && cues.listComma.test(text.slice(timexes[i - 1]!.end, a.start))))) ||
      (passedOn && cues.listComma.test(gap));
    if (listed && yearFromEnd(a, b, cues, passedOn)) told = i;
  }
}

/**
 * Marks range ends in place; `timexes` is sorted by start. `published` (YYYY-MM-DD, as far as
 * known) tells which way to set a range right that came out the wrong way round.
 */
export function markRanges(
  text: string,
  timexes: Timex[],
  lexicon: TemporalLexicon,
  published: string | null = null,
): void {
  const cues = cuesOf(lexicon);
  for (let i = 0; i < timexes.length; i++) {
    const a = timexes[i]!;
    if (!isPoint(a) || a.range) continue;
    const before = text.slice(Math.max(0, a.start - LOOK_BEHIND), a.start);
    const forToday = cues.aheadFromToday.test(before);
    const b = timexes[i + 1];
    if (b && isPoint(b) && b.start - a.end <= LOOK_BEHIND) {
      const gap = text.slice(a.end, b.start);
      const paired = cues.pairStart.test(before) ? cues.pairJoin.test(gap) : cues.join.test(gap);
      if (paired) {
        // (the ends of a move are paired for the event layer, which dates the move by its new
        // date, but they are no span in time order: "moved the hearing from Oct. 29 to Jan. 21",
        // "brought forward the launch from March 1 to Jan. 15")
        const moved = cues.movedFrom.test(text.slice(Math.max(0, a.start - MOVED_REACH), a.start));
        a.range = { role: 'start', other: i + 1 };
        b.range = { role: 'end', other: i };
        if (!moved) {
          yearFromEnd(a, b, cues);
          const runsNow =
            cues.runsNow.test(before) && !laterYearBefore(text, timexes, i, published, cues);
          inOrder(a, b, published, cues, runsNow, forToday);
        }
        i++;
        // (a range's end may head a list: "from 9 a.m. to 3 p.m. Saturday and Sunday")
        const c = timexes[i + 1];
        if (c && isPoint(c) && cues.list.test(text.slice(b.end, c.start)))
          listInOrder(b, c, published, cues, forToday);
        continue;
      }
    }
    if (b && isPoint(b) && cues.list.test(text.slice(a.end, b.start)))
      listInOrder(a, b, published, cues, forToday);
    if (cues.start.test(before)) a.range = { role: 'start' };
    else if (cues.end.test(before)) a.range = { role: 'end' };
  }
  yearsOfLists(text, timexes, cues);
}
