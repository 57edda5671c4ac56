/**
 * Calendar dates as stated, completed from the publication date: "May 5", "in March", "the
 * autumn draft", "Wednesday", "the first quarter", "Thanksgiving", "9 a.m.".
 */
import type { Holiday } from '../lexicon.ts';
import {
  SEASON_START,
  civilDay,
  dayNumber,
  easterSunday,
  isoWeekday,
  nthWeekday,
  quarterOf,
  seasonOf,
} from '../calendar.ts';
import { daysInMonth } from '../../calendar/days.ts';
import type { Season } from '../rule.ts';
import type { Stated } from '../read.ts';
import type { Context, Publication, Resolved } from './context.ts';
import {
  dayOverrulesTense,
  FUTURE_WEIGHT,
  MONTH_PERIOD,
  modeOf,
  modeOfTense,
  monthPos,
  pickWeekday,
  pickYear,
  type Mode,
} from './pick.ts';
import {
  dayResolved,
  monthResolved,
  pad,
  pubDayNumber,
  weekText,
  withTime,
  yearText,
} from './values.ts';

function holidayDay(holiday: Holiday, year: number): number {
  if ('easter' in holiday) return easterSunday(year) + holiday.easter;
  if ('nth' in holiday) {
    return nthWeekday(year, holiday.month, holiday.weekday, holiday.nth, holiday.from ?? 1);
  }
  // ("Inauguration Day in 1933" was March 4: the 20th Amendment moved it from 1937 on)
  const { month, day } =
    holiday.earlier !== undefined && holiday.since !== undefined && year < holiday.since
      ? holiday.earlier
      : holiday;
  return dayNumber(year, month, day);
}

/**
 * A two-digit year: the latest that is at most SHORT_YEAR_AHEAD years after the publication year
 * ("the '98 season", "the class of '45", "the '14 budget"), else in 19xx.
 */
function expandShortYear(short: number, pub: Publication): number {
  const base = pub.year ?? 1950;
  const century = Math.floor(base / 100) * 100;
  const candidates = [century + 100 + short, century + short, century - 100 + short];
  return candidates.find((y) => y <= base + SHORT_YEAR_AHEAD) ?? century - 100 + short;
}

/** How far ahead of the publication a two-digit year may be: "'45" in 2013 is 1945, not 2045. */
const SHORT_YEAR_AHEAD = 10;

/** ISO 8601's number of Saturday, the day a weekend is found by. */
const SATURDAY = 6;

/** What every step below reads: the statement, its context, and the year it has settled on. */
interface Frame {
  stated: Stated;
  context: Context;
  pub: Publication;
  /** The year the text gives (outright, as "'98" or as "next year"). */
  statedYear: number | null;
  /** The year to use: the stated one, else the publication's. */
  year: number | null;
  anchor: Resolved['anchor'];
  pubDay: number | null;
}

/** A step resolves the statements it knows and passes (undefined) on the others. */
type Step = (frame: Frame) => Resolved | null | undefined;

/** Centuries and decades as written ("the 20th century", "the 1990s", "the '90s"). */
function centuryOrDecade({ stated, pub }: Frame): Resolved | undefined {
  if (stated.century !== null) {
    return { value: pad(stated.century - 1), granularity: 'century', anchor: 'none' };
  }
  if (stated.decade !== null) {
    return { value: `${stated.decade}X`, granularity: 'decade', anchor: 'none' };
  }
  if (stated.decadeDigit !== null && stated.decadeCentury !== null) {
    const value = `${stated.decadeCentury * 10 + stated.decadeDigit}X`;
    return { value, granularity: 'decade', anchor: 'none' };
  }
  if (stated.decadeDigit !== null) {
    const base = pub.year ?? 1999;
    let first = Math.floor(base / 100) * 100 + stated.decadeDigit * 10;
    if (first > base) first -= 100;
    return { value: `${first / 10}X`, granularity: 'decade', anchor: 'publication' };
  }
  return undefined;
}

/** How near a century's first year the story's year is at its turn ("In 1899", "in 2003"). */
const TURN_REACH = 10;

/**
 * "the turn of the century": the first year of a century, about which the text speaks: of the
 * century named ("the turn of the 20th century": 1900), else the one the tense points to from the
 * publication ("was founded at the turn of the century", told in 2024: 2000; told in 1998: 1900;
 * "by the turn of the century", told in 1998: 2000).
 */
function turnOfCentury({ stated, context, pub }: Frame): Resolved | null | undefined {
  if (!stated.turn || stated.unit !== 'century') return undefined;
  let year: number;
  if (stated.century !== null) year = (stated.century - 1) * 100;
  else {
    // from the story's year when it has one ("In 1899, at the turn of the century": 1900, the
    // turn that year is at; "In 1970 ... founded at the turn of the century": 1900), else from
    // the publication's (with none, from the end of the last century, as a decade is)
    const story = context.narrative.year;
    const base = story ?? pub.year ?? 1999;
    const turn = Math.round(base / 100) * 100;
    const last = Math.floor(base / 100) * 100;
    const mode = modeOfTense(context.tense());
    // ("by the turn of the century" is one ahead of the year it is told from, "since the turn
    // of the century" one gone by, whatever the tense: "In 2005, experts warned that by the turn
    // of the century seas would rise" is 2100)
    const { direction } = stated;
    const ahead =
      direction === 1 ||
      (direction === null && (mode === 'onOrAfter' || (mode === 'nearest' && base - last >= 50)));
    const onItsSide = direction === 1 ? turn > base : direction === -1 ? turn <= base : true;
    year =
      story !== null && Math.abs(story - turn) <= TURN_REACH && onItsSide
        ? turn
        : ahead
          ? last + 100
          : last;
  }
  return {
    value: pad(year, 4),
    granularity: 'year',
    anchor:
      stated.century !== null
        ? 'none'
        : context.narrative.year !== null
          ? 'narrative'
          : 'publication',
    year,
  };
}

/** "9 a.m. tomorrow": a day counted from the publication date. */
function dayCounted({ stated, pub, pubDay }: Frame): Resolved | undefined {
  if (stated.offset === null) return undefined;
  const day = pubDay === null ? null : pubDay + stated.offset;
  return withTime(dayResolved(day, pub, 'publication'), stated);
}

/**
 * "the first quarter", "the second half of the year"; "the quarter ended Sept. 30", which is
 * the quarter of that day, in the year the day is placed in.
 */
function quarterOrHalf(frame: Frame): Resolved | undefined {
  const { stated, context, pub, statedYear, year, anchor } = frame;
  if (stated.unit !== 'quarter' && stated.unit !== 'half') return undefined;
  const size = stated.unit === 'quarter' ? 4 : 2;
  const letter = stated.unit === 'quarter' ? 'Q' : 'H';
  let n: number;
  let y: number | null = statedYear ?? year;
  if (stated.ordinal !== null) {
    n = stated.ordinal < 0 ? size : Math.min(stated.ordinal, size);
    const pubPos =
      pub.month === null ? null : size === 4 ? quarterOf(pub.month) : Math.ceil(pub.month / 6);
    if (statedYear === null && year !== null) {
      const mode = modeOf(stated, context);
      y = pickYear(year, pubPos, n, size, mode);
      // "Analysts expect third-quarter profit to fall", in October: what is told ahead of a
      // quarter just ended, in the first two months after it, is its results, not next year's
      if (mode === 'onOrAfter' && size === 4 && pubPos !== null && (pub.month! - 1) % 3 < 2) {
        if (n === pubPos - 1) y = year;
        else if (n === 4 && pubPos === 1) y = year - 1;
      }
    } else if (
      y !== null &&
      stated.yearShift === 0 &&
      pubPos !== null &&
      n > pubPos &&
      context.tense() === 'past'
    ) {
      // "Output grew in the last quarter of the year", said in January: a part of the year
      // still to come cannot have happened; it is the year just ended
      y -= 1;
    }
  } else if (stated.month !== null) {
    n = Math.ceil(stated.month / (12 / size));
    if (statedYear === null && year !== null) {
      const pubPos = pub.month === null ? null : monthPos(pub.month, pub.day);
      // ("the quarter that ended in June", told in May, is last year's: a quarter told as ended
      // ended by its month's last day, and no nearness of the calendar overrules that)
      const ended = context.firmTense === true;
      const pos = monthPos(stated.month, stated.day ?? (ended ? 31 : null));
      y = pickYear(year, pubPos, pos, MONTH_PERIOD, modeOf(stated, context), !ended);
    }
  } else return undefined;
  if (y === null) return { value: `XXXX-${letter}${n}`, granularity: stated.unit, anchor };
  // "the previous quarter" counts from its first month
  const month = { year: y, month: (n - 1) * (12 / size) + 1 };
  return { value: `${pad(y, 4)}-${letter}${n}`, granularity: stated.unit, anchor, year: y, month };
}

/**
 * A year named by its last month or day ("the fiscal year ending June 30"): the year that day
 * falls in, placed as the day itself is (by the tense, against the publication date).
 */
function yearEndingOn(frame: Frame): Resolved | null | undefined {
  const { stated, anchor } = frame;
  if (stated.unit !== 'year' || stated.month === null) return undefined;
  const end = monthOrDay({ ...frame, stated: { ...stated, unit: null } });
  if (!end) return end;
  const year = /^\d{4}/u.exec(end.value)?.[0];
  if (year === undefined) return { value: 'XXXX', granularity: 'year', anchor };
  return { value: year, granularity: 'year', anchor: end.anchor, year: Number(year) };
}

/** "Thanksgiving", "Christmas 2022", "Easter week". */
function holiday(frame: Frame): Resolved | null | undefined {
  const { stated, context, pub, statedYear, year, anchor } = frame;
  if (stated.holiday === null) return undefined;
  // (a text with no date of its own: the year its story has reached, "In October the fighting
  // spread ... On Christmas Day soldiers met" after "6 September 1914" is 1914-12-25)
  const storyYear = pub.year === null && statedYear === null ? narrativeYearOf(context) : null;
  if (year === null && storyYear === null) return null;
  const at = storyYear === null ? anchor : 'narrative';
  let y = statedYear ?? storyYear ?? year!;
  // "the week before Christmas": the year is the shifted week's, told in December after it
  const shift = stated.unit === 'week' ? 7 * (stated.direction ?? 0) : 0;
  if (statedYear === null && storyYear === null && year !== null) {
    const { month, day } = civilDay(holidayDay(stated.holiday, year) + shift);
    const pubPos = pub.month === null ? null : monthPos(pub.month, pub.day);
    y = pickYear(
      year,
      pubPos,
      monthPos(month, day),
      MONTH_PERIOD,
      modeOf(stated, context),
      dayOverrulesTense(true, context),
    );
    y = storyYearOfPastDay(frame, y, (c) => holidayDay(stated.holiday!, c) + shift) ?? y;
    y = yearOfCycle(stated.holiday, y, modeOf(stated, context), pub.year);
  }
  const days = holidayDay(stated.holiday, y);
  if (stated.unit === 'week') {
    const day = days + shift;
    return { value: weekText(day), granularity: 'week', anchor: at, day };
  }
  // "Labor Day weekend": the weekend the holiday makes long, before a Monday or a Tuesday
  if (stated.unit === 'weekend') {
    const weekday = isoWeekday(days);
    const saturday = weekday <= 2 ? days - weekday - 1 : days + 6 - weekday;
    return { value: `${weekText(saturday)}-WE`, granularity: 'week', anchor: at, day: saturday };
  }
  return withTime(dayResolved(days, pub, at), stated);
}

/** The year a story told in a text with no date of its own has reached, or null. */
function narrativeYearOf(context: Context): number | null {
  const { day, month, year } = context.narrative;
  return day !== null ? civilDay(day).year : (month?.year ?? year);
}

/**
 * A day kept only every so many years ("Inauguration Day", every four): the year of its cycle on
 * the tense's side of the one picked (told in the past in 2024, 2021; ahead, 2025), else the
 * nearer to the publication.
 */
function yearOfCycle(day: Holiday, picked: number, mode: Mode, pubYear: number | null): number {
  if (!('every' in day) || day.every === undefined) return picked;
  const since = day.since ?? 0;
  const behind = picked - ((((picked - since) % day.every) + day.every) % day.every);
  if (behind === picked) return picked;
  const ahead = behind + day.every;
  if (mode === 'onOrBefore' || mode === 'before') return behind;
  if (mode === 'onOrAfter' || mode === 'after') return ahead;
  const from = pubYear ?? picked;
  return from - behind <= ahead - from ? behind : ahead;
}

/** "the autumn draft", "last fall", "summer 2022". */
function season(frame: Frame): Resolved | undefined {
  const { stated, context, pub, statedYear, year, anchor } = frame;
  if (stated.season === null) return undefined;
  // (a season told in the past goes on with the story as a month does, in a text with no date
  // or one whose publication was read from the lead: "She joined in 1958. On 4 March she filed
  // her first story, and by [the autumn] she had a desk")
  const asMonth: Frame = { ...frame, stated: { ...stated, month: SEASON_START[stated.season] } };
  if (year === null) {
    // (not one counted from the present, unknown: "last fall")
    const told = stated.shift === null ? storyYearOfUndatedText(asMonth) : null;
    if (told === null) return { value: `XXXX-${stated.season}`, granularity: 'season', anchor };
    const story = told + (isSeasonGoneBy(stated.season, told, frame) ? 1 : 0);
    return {
      value: `${pad(story, 4)}-${stated.season}`,
      granularity: 'season',
      anchor,
      year: story,
    };
  }
  let y = statedYear ?? year;
  if (statedYear === null && pub.month !== null) {
    const now = seasonOf(year, pub.month);
    const mode = modeOf(stated, context);
    y = pickYear(now.year, SEASON_START[now.season], SEASON_START[stated.season], 12, mode);
    // "this spring" in February: the winter under way began last December, but this year's
    // spring, summer and fall are the calendar year's ("this winter" stays the one under way)
    if (mode === 'same' && stated.season !== 'WI') y = year;
    // (a season, three months long, only once the story has gone on past the lead: "The dam
    // failed on 2 March 1999. Engineers warned of cracks in the summer" is the summer before)
    y = storyYearPastEarliestPublication(asMonth, { historyOnly: true }) ?? y;
  }
  return { value: `${pad(y, 4)}-${stated.season}`, granularity: 'season', anchor, year: y };
}

/**
 * Whether a season told on in a past story without a year is over in the story's year, so the
 * story goes on to the next year's: "That autumn [1952] he found work. In the spring he married"
 * is 1953's spring. Not one the story steps back to ("In the spring he had married").
 */
function isSeasonGoneBy(season: Season, year: number, frame: Frame): boolean {
  const { narrative } = frame.context;
  const storyMonth = narrative.month;
  if (storyMonth?.year !== year || narrative.grain === 'year') return false;
  return SEASON_START[season] + 2 < storyMonth.month && frame.context.stepsBack?.() !== true;
}

/**
 * "the first week of June": the week of the month's first (or, -1, last) seven days; "the first
 * weekend of June": the weekend of its first (or last) Saturday.
 */
function weekOfMonth(frame: Frame): Resolved | undefined {
  const { stated, context, pub, statedYear, year, anchor } = frame;
  const unit = stated.unit;
  if (unit !== 'week' && unit !== 'weekend') return undefined;
  if (stated.month === null || stated.day !== null) return undefined;
  if (stated.ordinal === null) return undefined;
  const pubPos = pub.month === null ? null : monthPos(pub.month, null);
  const mode = modeOf(stated, context);
  const y =
    statedYear ??
    (year === null
      ? null
      : pickYear(year, pubPos, monthPos(stated.month, null), MONTH_PERIOD, mode));
  if (y === null) return { value: 'XXXX-WXX', granularity: 'week', anchor };
  if (unit === 'weekend') {
    const saturday = nthWeekday(y, stated.month, SATURDAY, stated.ordinal);
    return { value: `${weekText(saturday)}-WE`, granularity: 'week', anchor, day: saturday };
  }
  const day =
    stated.ordinal < 0
      ? dayNumber(y, stated.month + 1, 1) - 7
      : dayNumber(y, stated.month, 1) + (stated.ordinal - 1) * 7;
  return { value: weekText(day), granularity: 'week', anchor, day };
}

/** "the first Saturday of December": the nth such weekday of the month, in the year it is in. */
function weekdayOfMonth(frame: Frame): Resolved | undefined {
  const { stated, context, pub, statedYear, year } = frame;
  if (stated.weekday === null || stated.month === null || stated.ordinal === null) return undefined;
  if (stated.day !== null || stated.unit !== null) return undefined;
  const pubPos = pub.month === null ? null : monthPos(pub.month, null);
  const y =
    statedYear ??
    (year === null
      ? null
      : pickYear(
          year,
          pubPos,
          monthPos(stated.month, null),
          MONTH_PERIOD,
          modeOf(stated, context),
        ));
  if (y === null) return undefined;
  const day = nthWeekday(y, stated.month, stated.weekday, stated.ordinal);
  return withTime(dayResolved(day, pub, frame.anchor), stated);
}

/**
 * Whether a day with no year falls later in the publication's own month. Pay "retroactive to [Dec.
 * 15]", told on Dec. 3, reaches back from a payment still ahead to this month's day: a day almost
 * a year ago would be written with its year. (What was made retroactive is done, and reached back
 * before it: "The rule was made retroactive to [Jan. 20]", told on Jan. 5, is last January's.)
 */
function laterThisMonth(stated: Stated, pub: Publication): boolean {
  return (
    stated.day !== null && pub.day !== null && stated.month === pub.month && stated.day > pub.day
  );
}

/** "in March", "May 5", "Monday, Oct. 26", "the week of March 6". */
function monthOrDay(frame: Frame): Resolved | null | undefined {
  const { stated, context, pub, statedYear, year, anchor } = frame;
  if (stated.month === null) return undefined;
  if (stated.month < 1 || stated.month > 12) return null;
  if (stated.day !== null && (stated.day < 1 || stated.day > 31)) return null;
  let y = year;
  if (statedYear === null && year !== null) {
    const pubPos =
      pub.month === null ? null : monthPos(pub.month, stated.day === null ? null : pub.day);
    const pos = monthPos(stated.month, stated.day);
    y = pickYear(
      year,
      pubPos,
      pos,
      MONTH_PERIOD,
      modeOf(stated, context),
      dayOverrulesTense(stated.day !== null, context),
    );
    y =
      storyYearPastEarliestPublication(frame) ??
      storyYearOfPastDay(frame, y) ??
      frontedDayGoneBy(frame, y) ??
      y;
    if (laterThisMonth(stated, pub) && context.reachedBackFromAhead?.() === true) y = pub.year;
  } else if (statedYear === null) y = storyYearOfUndatedText(frame);
  if (stated.day === null) {
    if (y === null) return { value: `XXXX-${pad(stated.month)}`, granularity: 'month', anchor };
    return monthResolved(y, stated.month, anchor);
  }
  if (y === null) {
    const value = `XXXX-${pad(stated.month)}-${pad(stated.day)}`;
    return withTime({ value, granularity: 'day', anchor }, stated);
  }
  // "Monday, Oct. 26": the year in which Oct. 26 is a Monday
  if (statedYear === null && stated.weekday !== null) {
    const { month, day, weekday } = stated;
    y = [y, y - 1, y + 1].find((c) => isoWeekday(dayNumber(c, month, day)) === weekday) ?? y;
  }
  const days = dayNumber(y, stated.month, stated.day);
  if (civilDay(days).month !== stated.month) return null;
  if (stated.unit === 'week')
    return { value: weekText(days), granularity: 'week', anchor, day: days };
  return withTime(dayResolved(days, pub, anchor), stated);
}

/**
 * "The mine exploded on April 26, 1996. ... The last bodies were recovered on May 5", told on
 * April 26, 2026: a day told in the past that the calendar would put after the publication goes
 * on with the story, in the story's year, when it follows the story's last date by a season or
 * less; one it would put before goes on with it only in the days right after a day of the story
 * ("He was arrested on March 3, 2011. On March 5, he was charged", told in 2012), or when the
 * past perfect steps back to it. A month goes as its first day does ("exploded on April 26, 1986.
 * In the first weeks of May"). Null when it does not.
 */
function storyYearOfPastDay(
  frame: Frame,
  year: number,
  dayIn: (year: number) => number | null = (y) =>
    frame.stated.month === null ? null : dayNumber(y, frame.stated.month, frame.stated.day ?? 1),
): number | null {
  const { context, pubDay } = frame;
  const { narrative } = context;
  const day = dayIn(year);
  if (day === null || pubDay === null) return null;
  if (narrative.year === null || narrative.year >= year || context.tense() !== 'past') return null;
  // ("Three years ago, hospitals were full by Thanksgiving": a story known to the year)
  const storyDay = storyDayOf(narrative, narrative.year);
  const inStory = (dayIn(narrative.year) ?? -1) - storyDay;
  // (a date a state is counted from is no story's, which only the past perfect steps back
  // from: "have fled since the war broke out in February 2022. Moskalyov escaped in March" is the
  // publication's March)
  // the end of a span the story's date opened, in its sentence, is the first such date after it
  // ("The lockdown, imposed on 23 March 2020, lasted until 4 July": 2020's; "... until 4
  // February": 2021's)
  if (narrative.grain !== 'year' && context.endsStorySpan?.() === true) {
    if (inStory > 0) return narrative.year;
    const intoNext = (dayIn(narrative.year + 1) ?? -1) - storyDay;
    if (intoNext > 0 && intoNext <= HISTORY_REACH_DAYS) return narrative.year + 1;
  }
  if (narrative.stateFrom === true)
    return inStory < 0 && -inStory <= STORY_REACH_DAYS && context.stepsBack?.() === true
      ? narrative.year
      : null;
  // a day the calendar puts within half a year before the publication goes on with a story told to
  // the day only days after its last one ("He was arrested on March 3, 2011. On March 5, he was
  // charged"), else it is the publication's news; one long before goes on with the story
  // ("Germany surrendered on 7 May 1945. Japan surrendered on 15 August", told in May 2005)
  if (day <= pubDay && pubDay - day <= NEWS_REACH_DAYS) {
    // (what the past perfect steps back to, before the story's day in its year, is the story's:
    // "On November 9, 1989, the Wall fell. On November 4, half a million had rallied", told on
    // November 9, 2019)
    if (inStory < 0 && -inStory <= STORY_REACH_DAYS && narrative.grain !== 'year') {
      if (context.stepsBack?.() === true) return narrative.year;
    }
    // ("In March 1945, Allied armies crossed the Rhine. Hitler killed himself on April 30": a
    // story told to the month goes on into the month after it)
    if (narrative.grain === 'month')
      return inStory > 0 && inStory <= STORY_NEXT_MONTH_DAYS ? narrative.year : null;
    if (narrative.grain !== 'day') return null;
    if (inStory > 0 && inStory <= STORY_NEXT_DAYS) return narrative.year;
    // ... into the next year too ("The wave hit on December 26, 2014. The first flights landed
    // on New Year's Day")
    const intoNext = (dayIn(narrative.year + 1) ?? -1) - storyDay;
    return intoNext > 0 && intoNext <= STORY_NEXT_DAYS ? narrative.year + 1 : null;
  }
  // (a year alone, told long before, is a background: "Brown was born in 1996. He was killed on
  // Aug. 9", told in March 2015, is last August, not one of 1996)
  if (day <= pubDay && narrative.grain === 'year') return null;
  const reach = narrative.grain === 'year' ? 366 : STORY_REACH_DAYS;
  if (inStory >= 0 && inStory < reach) return narrative.year;
  // ... into the next year ("Pearl Harbor was attacked on 7 December 1941. Singapore fell on 15
  // February", told in December 2005)
  if (day > pubDay) return null;
  const intoNext = (dayIn(narrative.year + 1) ?? -1) - storyDay;
  return intoNext >= 0 && intoNext < reach ? narrative.year + 1 : null;
}

/**
 * A day that opens its sentence with "On", governed by the past verb of the subject after it,
 * which the calendar put a little after the publication: the year before, a day gone by ("On 3
 * April they died", told on 20 March 2026, is 2025-04-03), once no story has claimed the day
 * (storyYearOfPastDay, tried first with the calendar's year: "In the spring of 1862 the army
 * advanced. On 31 May the enemy attacked", told on 2 April 2024, is 1862's). Not in a text whose
 * publication is only the earliest it can be (read from its lead), whose story may go on past it.
 * Null when it does not apply.
 */
function frontedDayGoneBy(frame: Frame, year: number): number | null {
  const { stated, context, pubDay } = frame;
  if (stated.month === null || stated.day === null || pubDay === null) return null;
  if (context.publishedAtLeast === true || context.tense() !== 'past') return null;
  if (dayNumber(year, stated.month, stated.day) <= pubDay) return null;
  return context.frontedPastGoverns?.() === true ? year - 1 : null;
}

/**
 * A month or a day told in the past, in a text whose publication was read from its lead (the
 * earliest the text can be: none was given), goes on with the story as in a text with no date
 * when that puts it after the publication, where the calendar would put it before ("Germany
 * declared war on Russia on 1 August 1914 and invaded Belgium on 4 August": 1914, not 1913; "The
 * expedition sailed on 2 December 1911 and reached the bay on 8 January": 1912, not 1911). Null
 * when it does not. `historyOnly`: only once the story has gone on past the lead's date.
 */
function storyYearPastEarliestPublication(
  frame: Frame,
  { historyOnly = false } = {},
): number | null {
  const { stated, context, pubDay } = frame;
  const { narrative } = context;
  if (context.publishedAtLeast !== true || pubDay === null || stated.month === null) return null;
  const year = storyYearOfUndatedText(frame);
  if (year === null) return null;
  const day = dayNumber(year, stated.month, stated.day ?? 1);
  // (within a season of the story's last day, while the story is still at the lead's news:
  // further on, what the past tells is background from before it, "Police arrested three men on
  // 5 April 2019. The robbery took place in October" is the October before, "The siege began on
  // 25 June 1950. The city had fallen in December" the December before; once the story has gone
  // on past the lead, the text tells a history, "The armistice was signed on 11 November 1918.
  // The treaty was signed on 18 January. It was ratified on 28 June": 1919)
  const storyDay = storyDayOf(narrative, narrative.year!);
  if (historyOnly && storyDay <= pubDay) return null;
  const reach = storyDay > pubDay ? HISTORY_REACH_DAYS : STORY_REACH_DAYS;
  return day > pubDay && day - storyDay < reach ? year : null;
}

/** How far a history told past its lead's date goes on into the year after its last day. */
const HISTORY_REACH_DAYS = 366;

/**
 * A month or a day without a year told in the past in a text with no date of its own: the year
 * of the story told to the month or the day, or the next when it would come before the story's
 * last day and falls within a season after it ("The invasion began on 24 June 1812. The armies
 * met at Borodino on 7 September": 1812; "on 7 December 1941 ... on 15 February": 1942). Null
 * when the story has no such date, or the sentence is not in the past ("The plant, built in 1970,
 * will close in June").
 */
function storyYearOfUndatedText(frame: Frame): number | null {
  const { stated, context } = frame;
  const { narrative } = context;
  if (narrative.year === null || narrative.month === null || stated.month === null) return null;
  // (not from a year alone, which may be a background: "Brown was born in 1996. He was killed on
  // Aug. 9")
  if (narrative.grain === 'year' || context.tense() !== 'past') return null;
  const storyDay = storyDayOf(narrative, narrative.year);
  const dayIn = (y: number): number => dayNumber(y, stated.month!, stated.day ?? 1);
  if (dayIn(narrative.year) >= storyDay - STORY_NEXT_DAYS) return narrative.year;
  return dayIn(narrative.year + 1) - storyDay < STORY_REACH_DAYS
    ? narrative.year + 1
    : narrative.year;
}

/** The story's last day, or the first of its month (or of its year), in `year`. */
function storyDayOf(narrative: Context['narrative'], year: number): number {
  return narrative.day ?? dayNumber(year, narrative.month?.month ?? 1, 1);
}

/** How long after the story's last day or month a day told in the past may go on with it. */
const STORY_REACH_DAYS = 120;
/** How long before the publication a day of the story is still the news of the week. */
const NEWS_WEEK = 7;
/** How long before the publication a day told in the past is the publication's news: half a year. */
const NEWS_REACH_DAYS = 183;
/** ... and a day the calendar would put before the publication: the days right after it. */
const STORY_NEXT_DAYS = 14;
/** ... or, after a story told to the month, the days to the end of the month after it. */
const STORY_NEXT_MONTH_DAYS = 61;

/** "the weekend": the one the tense points to. */
function weekend(frame: Frame): Resolved | undefined {
  const { stated, context, pub, anchor, pubDay } = frame;
  if (stated.unit !== 'weekend' || stated.weekday !== null) return undefined;
  if (pubDay === null)
    return { value: `${yearText(pub.year)}-WXX-WE`, granularity: 'week', anchor };
  const saturday = pickWeekday(pubDay, 6, modeOf(stated, context));
  return { value: `${weekText(saturday)}-WE`, granularity: 'week', anchor, day: saturday };
}

/** "on the 5th": that day of the month the tense points to. */
function dayOfMonth(frame: Frame): Resolved | null | undefined {
  const { stated, context, pub, statedYear, anchor, pubDay } = frame;
  if (stated.day === null || statedYear !== null) return undefined;
  const day = stated.day;
  // (a text with no date of its own: the month its story last told, "began on 6 September 1914.
  // On the 9th the wing fell back" is September 9)
  const told = context.narrative.month;
  if (pub.year === null && told !== null) {
    const days = dayNumber(told.year, told.month, day);
    if (civilDay(days).month !== told.month) return null;
    return withTime(dayResolved(days, pub, 'narrative'), stated);
  }
  // (a month the story gives: "won on Sept. 3 and lost on the 10th" is September 10)
  if (pubDay === null && pub.year !== null && pub.month !== null) {
    const days = dayNumber(pub.year, pub.month, day);
    if (civilDay(days).month !== pub.month) return null;
    return withTime(dayResolved(days, pub, anchor), stated);
  }
  if (pubDay === null || pub.year === null || pub.month === null) {
    const month = pub.month === null ? 'XX' : pad(pub.month);
    return { value: `${yearText(pub.year)}-${month}-${pad(day)}`, granularity: 'day', anchor };
  }
  const { year, month } = pub;
  const candidates = [-1, 0, 1]
    .map((shift) => dayNumber(year, month + shift, day))
    .filter((d) => civilDay(d).day === day);
  const weighed = (d: number): number => Math.abs(d - pubDay) * (d > pubDay ? FUTURE_WEIGHT : 1);
  const mode = modeOf(stated, context);
  const chosen =
    mode === 'onOrBefore' || mode === 'before'
      ? candidates.filter((d) => d <= pubDay).at(-1)
      : mode === 'onOrAfter' || mode === 'after'
        ? candidates.find((d) => d >= pubDay)
        : candidates.reduce((best, d) => (weighed(d) < weighed(best) ? d : best));
  if (chosen === undefined) return null;
  return withTime(dayResolved(chosen, pub, 'publication'), stated);
}

/** "Wednesday", "last Friday", "Friday night"; "a Monday in 2018", which is no day. */
function weekday({ stated, context, pub, pubDay, statedYear }: Frame): Resolved | undefined {
  if (stated.weekday === null) return undefined;
  if (statedYear !== null) {
    const value = `${pad(statedYear, 4)}-WXX-${stated.weekday}`;
    return withTime({ value, granularity: 'day', anchor: 'none', year: statedYear }, stated);
  }
  if (pubDay === null) {
    const value = `${yearText(pub.year)}-WXX-${stated.weekday}`;
    return withTime({ value, granularity: 'day', anchor: 'publication' }, stated);
  }
  // "Thursday last week": that day of the week the shift gives (not "two weeks from Friday",
  // counted from the coming Friday)
  const day =
    stated.unit === 'week' && stated.shift !== null && stated.direction === null
      ? pickWeekday(pubDay + 7 * stated.shift, stated.weekday, 'same')
      : pickWeekday(pubDay, stated.weekday, modeOf(stated, context));
  return withTime(dayResolved(day, pub, 'publication'), stated);
}

/** "1995", "early 1997". */
function yearOnly({ statedYear }: Frame): Resolved | undefined {
  if (statedYear === null) return undefined;
  return { value: pad(statedYear, 4), granularity: 'year', anchor: 'none', year: statedYear };
}

/**
 * A time of day alone ("10:35 a.m."): on the day last mentioned, else the publication day. A
 * time still to come ("Obama will speak at noon") is not on a day before the publication, and
 * one past ("He must surrender by June 1. The hearing began at 10 a.m.") not on a day after it.
 */
function timeOnly({ stated, context, pub, pubDay }: Frame): Resolved | undefined {
  if (stated.hour === null && stated.part === null) return undefined;
  const narrativeDay = context.narrative.day;
  const tense = narrativeDay !== null && pubDay !== null ? context.tense() : null;
  // (a publication read from the lead is only the earliest the text can be: its past goes on
  // after it, "left Southampton on 10 April 1912 ... On 14 April ... At 11:40 p.m.")
  const wrongSide =
    tense === 'future'
      ? narrativeDay! < pubDay!
      : tense === 'past' && narrativeDay! > pubDay! && context.publishedAtLeast !== true;
  const known = narrativeDay !== null && !wrongSide;
  // a time still to come after a past day told since ("will visit Chelsea on Sunday, the FA said
  // on Wednesday. The replay will kick off at 4 p.m."): on the last day ahead told
  const ahead = wrongSide && tense === 'future' ? context.narrative.aheadDay : null;
  // ... and a time past after a plan told since ("Councillors voted on Monday night to postpone a
  // decision until February 23. The meeting began at 6:30 p.m."): on the story's day before it,
  // when that is the week's news
  const before = wrongSide && tense === 'past' ? context.narrative.beforePlans?.day : undefined;
  const behind =
    before != null && before <= pubDay! && pubDay! - before <= NEWS_WEEK ? before : null;
  // "returned to Chinese rule at midnight", told on July 1: the midnight that began the day
  // (TimeML writes it as the end of the day before), not the one ahead
  const lastMidnight =
    !known && pubDay !== null && stated.hour === 24 && context.tense() === 'past';
  const resolved = dayResolved(
    known ? narrativeDay : (ahead ?? behind ?? (lastMidnight ? pubDay - 1 : pubDay)),
    pub,
    known || ahead !== null || behind !== null ? 'narrative' : 'publication',
  );
  return withTime({ value: resolved.value, anchor: resolved.anchor }, stated);
}

/** The steps, most specific first; the first that knows the statement resolves it. */
const STEPS: readonly Step[] = [
  turnOfCentury,
  centuryOrDecade,
  dayCounted,
  quarterOrHalf,
  yearEndingOn,
  holiday,
  season,
  weekOfMonth,
  weekdayOfMonth,
  monthOrDay,
  weekend,
  dayOfMonth,
  weekday,
  yearOnly,
  timeOnly,
];

/**
 * The year a statement gives, if any: outright, as "'98", or as "next year". A month without a
 * year does not borrow one from its sentence: in "founded in 1998, it reported results for the
 * year ended March 31" the March is the latest one.
 */
function statedYearOf(stated: Stated, pub: Publication): { year: number | null; shifted: boolean } {
  const shifted =
    stated.yearShift !== null && pub.year !== null ? pub.year + stated.yearShift : null;
  const year =
    stated.year ??
    (stated.shortYear !== null ? expandShortYear(stated.shortYear, pub) : null) ??
    shifted;
  return { year, shifted: shifted !== null && stated.year === null };
}

export function resolveDate(stated: Stated, context: Context): Resolved | null {
  const { pub } = context;
  const { year: statedYear, shifted } = statedYearOf(stated, pub);
  const frame: Frame = {
    stated,
    context,
    pub,
    statedYear,
    year: statedYear ?? pub.year,
    anchor: statedYear !== null && !shifted ? 'none' : 'publication',
    pubDay: pubDayNumber(pub),
  };
  for (const step of STEPS) {
    const resolved = step(frame);
    if (resolved !== undefined) return resolved && countedFrom(resolved, stated, pub);
  }
  return null;
}

/**
 * "the day before last Tuesday", "two weeks from Monday", "a month from Monday": days, weeks of
 * days or months counted from the day the text names (not from a week it names: "the week before
 * Christmas" is that week); a month on is the same day of the month, or the month's last day when
 * it has none (a month from a Friday that is Jan. 31 is Feb. 28).
 */
function countedFrom(resolved: Resolved, stated: Stated, pub: Publication): Resolved {
  if (stated.unit === 'month' && stated.direction !== null && resolved.day !== undefined) {
    const count = typeof stated.count === 'number' ? stated.count : 1;
    const { year, month, day } = civilDay(resolved.day);
    const index = year * 12 + month - 1 + stated.direction * count;
    const [y, m] = [Math.floor(index / 12), index - 12 * Math.floor(index / 12) + 1];
    const on = dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
    return withTime(dayResolved(on, pub, resolved.anchor), stated);
  }
  const days =
    stated.unit === 'day' ? 1 : stated.unit === 'week' && resolved.granularity === 'day' ? 7 : 0;
  if (stated.direction === null || days === 0 || resolved.day === undefined) return resolved;
  const count = typeof stated.count === 'number' ? stated.count : 1;
  const day = resolved.day + stated.direction * count * days;
  return withTime(dayResolved(day, pub, resolved.anchor), stated);
}
