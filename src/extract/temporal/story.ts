/**
 * What the tagger remembers of a text as it reads it in order, to place the next expression:
 *
 * - the story's last date, which "the next day" and "that year" count from (the narrative);
 * - the date before that one, which a distance in apposition counts from: "He was charged in
 *   March 2023, nearly two years later" restates March 2023 by its distance from the date
 *   before it, and leaves the story where it was;
 * - the last date with a month, which may be the day of a saying: "said on Monday that the
 *   border would reopen on Thursday" is the Thursday after that Monday (reported.ts);
 * - the last year stated outright: "In 2025, ... the first half of the year" is that year's,
 *   and so is a month after it when the year opens the sentence ("In 2019, ... in October").
 */
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { isClockOnly, SMALL_HOURS_END, type Stated } from './read.ts';
import { lexiconRegExp } from './regex.ts';
import type { MonthThird, Narrative, Publication, Resolved } from './resolve/context.ts';
import {
  isAfterPublication,
  isSaidOn,
  reportedNow,
  saidDateOf,
  type SaidDate,
} from './reported.ts';
import type { Tense } from './tense.ts';
import { SEASON_START, civilDay, dayNumber } from './calendar.ts';
import type { Season } from './rule.ts';
import { ERA_REACH, partBeforeYear } from './eras.ts';
import { dayNumberOf, isoWeekMonday, isoWeekday } from '../calendar/days.ts';
import { dayResolved, monthResolved, pubDayNumber } from './resolve/values.ts';
import { MONTH_PERIOD, monthPos } from './resolve/pick.ts';

/** Words that name a quarter or a half ("third quarter", "H1", "4Q23", "the first half"). */
const NAMES_PART = /quarter|half|\b[QH][1-4]|\b[1-4][QH]/iu;

/** The quarter or half a resolved date is, by its first month ("1989-Q3": July 1989), if any. */
function partOf(resolved: Resolved): NonNullable<Narrative['part']> | null {
  const letter = /^\d{4}-(?<letter>[QH])[1-4]$/u.exec(resolved.value)?.groups?.['letter'];
  if (letter === undefined || resolved.month === undefined) return null;
  return { unit: letter === 'Q' ? 'quarter' : 'half', month: resolved.month };
}

/** The part of a month a mod names ("late October": END), or null. */
function monthThirdOf(mod: string | undefined): MonthThird | null {
  return mod === 'START' || mod === 'MID' || mod === 'END' ? mod : null;
}

/** Between a day and a time of day on it: "Dec. 22 at 5:30 p.m.", "Thursday, from 4 p.m.". */
const TIME_AFTER_DAY = /^\s*,?\s*(?:at|from|by|until|starting\s+at|beginning\s+at)?\s*$/iu;

/** A determiner right before a year, and a noun in lower case right after it ("the 1961 treaty"). */
const DETERMINER_BEFORE = /\b(?:the|a|an|its|his|her|their|our|this|that)\s+$/iu;
const NOUN_AFTER = /^ \p{Ll}/u;
/** A possessive right after a day ("Friday's plunge"). */
const POSSESSIVE_AFTER = /^['’]s\b/u;

/** Units "the month", "the week", "the year", "the decade" may take from their sentence. */
const PERIODS_OF_SENTENCE: ReadonlySet<string> = new Set(['month', 'week', 'year', 'decade']);
/** A year, a decade, a century: none is a month or a day of a year's frame ("since the 1930s"). */
const YEAR_OR_COARSER: ReadonlySet<string> = new Set(['year', 'decade', 'century']);

/** Text after a distance in which the subject and verb of the clause it opens are looked for. */
const CLAUSE_OPENING_REACH = 60;

/** How far around a month its noun phrase and the future verb after it are looked for. */
const FUTURE_SUBJECT_REACH = 80;

const patternsOf = perLexicon((lexicon) => ({
  restated: lexiconRegExp(lexicon.restatedAfter, ''),
  closedBy: lexiconRegExp(lexicon.restatedClosedBy, ''),
  opensClause: lexiconRegExp(lexicon.restatedOpensClause, 'i'),
  comparisonBase: lexiconRegExp(lexicon.comparisonBase, 'i'),
  weekBreak: lexiconRegExp(lexicon.weekFrameBreak, 'i'),
  weekOpening: lexiconRegExp(lexicon.weekFrameKept.opening, 'i'),
  weekRelative: lexiconRegExp(lexicon.weekFrameKept.relative, 'i'),
  weekAhead: lexiconRegExp(lexicon.weekFrameKept.ahead, 'i'),
  weekCountedBack: lexiconRegExp(lexicon.weekCountedBack.week, 'i'),
  weekDayAtOnce: lexiconRegExp(lexicon.weekCountedBack.dayAtOnce, 'i'),
  weekCountedBackOpening: lexiconRegExp(lexicon.weekCountedBack.opening, 'i'),
  weekPossessiveBefore: lexiconRegExp(lexicon.weekPossessiveBreak.before, 'i'),
  weekPossessiveAfter: lexiconRegExp(lexicon.weekPossessiveBreak.after, 'i'),
  goodsDated: lexiconRegExp(lexicon.goodsDated, 'i'),
  trailingSayingBefore: lexiconRegExp(lexicon.trailingSayingDay.before, 'i'),
  trailingSayingAfter: lexiconRegExp(lexicon.trailingSayingDay.after, ''),
  trailingSayingBetween: lexiconRegExp(lexicon.trailingSayingDay.between, 'i'),
  stateSince: lexiconRegExp(lexicon.stateSince, 'i'),
  distanceAside: lexiconRegExp(lexicon.distanceAside, 'i'),
  stateBegan: lexiconRegExp(lexicon.stateBegan, 'i'),
  boundBefore: lexiconRegExp(lexicon.boundBefore, 'i'),
  figureAsOf: lexiconRegExp(lexicon.figureAsOf, 'i'),
  unplannedEvent: lexiconRegExp(lexicon.unplannedEvent, 'i'),
  periodEnded: lexiconRegExp(lexicon.periodEnded, 'i'),
  periodEnding: lexiconRegExp(lexicon.periodEnding, 'i'),
  beforeCommonEra: lexiconRegExp(lexicon.eras.before, ''),
  headlineInfinitive: lexiconRegExp(lexicon.headlineInfinitive, 'i'),
  yearAsideBefore: lexiconRegExp(lexicon.yearAside.before, ''),
  rollsOn: lexiconRegExp(lexicon.yearAside.rollsOn, 'i'),
  asideThenClause: lexiconRegExp(lexicon.yearAside.thenClause, 'i'),
  eventYearBefore: lexiconRegExp(lexicon.eventYear.before, ''),
  eventYearAfter: lexiconRegExp(lexicon.eventYear.after, 'i'),
  partCompared: lexiconRegExp(lexicon.partCompared, 'i'),
  futureSubjectBefore: lexiconRegExp(lexicon.monthInFutureSubject.before, ''),
  futureSubjectAfter: lexiconRegExp(lexicon.monthInFutureSubject.after, 'i'),
  futureSubjectAftermath: lexiconRegExp(lexicon.monthInFutureSubject.aftermath, ''),
  futureSubjectPauseBefore: lexiconRegExp(lexicon.monthInFutureSubject.pauseBefore, ''),
  futureSubjectPause: lexiconRegExp(lexicon.monthInFutureSubject.pause, 'i'),
  spanBefore: lexiconRegExp(lexicon.seasonSpan.before, ''),
  spanAfter: lexiconRegExp(lexicon.seasonSpan.after, 'i'),
  spanOpens: lexiconRegExp(lexicon.seasonSpan.opens, ''),
  spanClauseBreak: lexiconRegExp(lexicon.seasonSpan.clauseBreak, 'i'),
  backgroundYear: lexiconRegExp(lexicon.storyFrame.background, 'i'),
  participleAside: lexiconRegExp(lexicon.storyFrame.participleAside, 'i'),
  asideAfter: lexiconRegExp(lexicon.storyFrame.asideAfter, 'i'),
  originYear: lexiconRegExp(lexicon.storyFrame.origin, 'i'),
  originAfter: lexiconRegExp(lexicon.storyFrame.originAfter, 'i'),
  carriesOn: lexiconRegExp(lexicon.storyFrame.carriesOn, 'i'),
  carriesOnAfter: lexiconRegExp(lexicon.storyFrame.carriesOnAfter, 'i'),
  subjectOpening: lexiconRegExp(lexicon.storyFrame.subjectOpening, 'i'),
  subjectAfter: lexiconRegExp(lexicon.storyFrame.subjectAfter, 'i'),
  subjectNamed: lexiconRegExp(lexicon.storyFrame.subjectNamed, 'i'),
  futureInPast: lexiconRegExp(lexicon.storyFrame.futureInPast, 'i'),
  frameBreak: lexiconRegExp(lexicon.storyFrame.breaks, 'i'),
  nowTurn: lexiconRegExp(lexicon.storyFrame.nowTurn, 'i'),
  newsNow: lexiconRegExp(lexicon.storyFrame.newsNow, 'i'),
  commemoration: lexiconRegExp(lexicon.storyFrame.commemoration, 'i'),
  commemorationNow: lexiconRegExp(lexicon.storyFrame.commemorationNow, 'i'),
  aheadNow: lexiconRegExp(lexicon.storyFrame.aheadNow, 'i'),
  theYear: lexiconRegExp(lexicon.yearOfSentence, 'i'),
  thePeriod: lexiconRegExp(lexicon.periodOfSentence, 'i'),
  ofStoryYear: lexiconRegExp(lexicon.ofStoryYear, 'i'),
  yearToldAfter: lexiconRegExp(lexicon.yearToldAfter, 'i'),
  yearToldBeforeBefore: lexiconRegExp(lexicon.yearToldBefore.before, 'i'),
  yearToldBeforeBetween: lexiconRegExp(lexicon.yearToldBefore.between, 'i'),
  yearToldBeforeSetOff: lexiconRegExp(lexicon.yearToldBefore.setOff, 'i'),
  yearToldBeforeClosedBy: lexiconRegExp(lexicon.yearToldBefore.closedBy, 'i'),
  dateOpensClause: lexiconRegExp(lexicon.dateOpensClause, 'i'),
  yearAsSubject: lexiconRegExp(lexicon.yearAsSubject, 'i'),
  nowAfterYearAsSubject: lexiconRegExp(lexicon.nowAfterYearAsSubject, 'i'),
  linkedBetween: lexiconRegExp(lexicon.linkedDate.between, 'i'),
  linkedAfter: lexiconRegExp(lexicon.linkedDate.after, 'i'),
  sentenceEnd: lexiconRegExp(lexicon.sentenceEnd, ''),
  sentenceEnds: lexiconRegExp(lexicon.sentenceEnd, 'g'),
  flashback: lexiconRegExp(lexicon.flashback, 'i'),
  // a comma right after the year, or a timeline entry's dash or colon ("2020 — Kadara begins
  // filling the reservoir in July")
  yearFrame: /\s*(?:,|[-–—:](?=\s))/y,
  entryAfter: lexiconRegExp(lexicon.entryAfter, 'y'),
  // a "when" clause right after the year, which it frames: "was in 2011, when an October storm"
  yearWhen: /,?\s+when\b/y,
  // ... unless some figures are for the year, and the clause is another matter ("expects a profit
  // for 2011 when it publishes its results on March 15")
  yearForFigures: /\bfor\s+$/iu,
}));

/** A sentence's or a line's end, between two dates. */
const SENTENCE_OR_LINE_END = /[.!?\n]/u;

/** A sentence's opening up to a year it starts with: nothing, "In", "By early", "During". */
const YEAR_OPENS =
  /(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:In|By|During|Through|Throughout)\s+(?:(?:early|late|mid-?)\s*)?)?$/u;

/** Right before a day or a month with its year, what tells it as when something happened: "on", "in". */
const DAY_TOLD_AS_WHEN = /\b(?:[Oo]n|[Ii]n)\s+$/u;

/** How far after a part of the year a comparison with the year before is looked for. */
const PART_COMPARISON_REACH = 200;
/** Where a sentence stops: not the point of a figure ("$2.5 million"). */
const SENTENCE_STOP = /[.!?](?=["”’]?(?:\s|$))|\n/u;

/** The article a part of the year is told with, right before it ("In the first half"). */
const PART_ARTICLE = /\bthe\s+$/iu;

/** Where a clause of its own opens after a date: a relative, or what was said. */
const CLAUSE_OF_ITS_OWN = /\b(?:who|whom|whose|which|that)\b/iu;

/** What ends a clause within a sentence: a comma, colon or semicolon before a space (not the comma of "1,500"), a dash, a bracket. */
const CLAUSE_CLOSES = /[,;:](?=\s)|[()]|\s[-–—]\s/u;

/** How much text before a season's second year is looked at: its first, and what the span is for ("for the 2023-"). */
const SPAN_BEFORE_REACH = 20;
/** How much text after a season's span is looked at for its noun ("regular season"). */
const SPAN_NOUN_REACH = 30;

/** How much text after a date that opens its sentence is looked at for its clause's subject. */
const CLAUSE_SUBJECT_REACH = 12;

/** How much text after a date set against another is looked at (lexicon `linkedDate.after`). */
const LINKED_AFTER_REACH = 20;

/** How far back before a date its record is looked for ("its highest close ... since"). */
const COMPARISON_REACH = 120;
/** How far before a year its sentence is read for a noun a later subject repeats. */
const YEAR_SENTENCE_REACH = 200;

/** How far back before a date its sentence's past perfect is looked for: a sentence. */
const FLASHBACK_REACH = 250;
/** Between a time and its day told after it: "11 p.m.[ on ]Aug. 13", "23:15[, ]Monday". */
const DAY_OF_TIME = /^[\s,]*(?:on\s+)?(?:the\s+)?$/u;
/** ... and a late time is one from this hour, or told as an evening or a night. */
const LATE_FROM = 18;

/** How far after a week told as one a weekday of it may be: about a clause. */
const WEEK_REACH = 200;

/** The longest a headline's line is: a longer first line is prose. */
const HEADLINE_REACH = 160;

/** How far after a year the event it names and its verb are looked for ("The 2008 crisis hit"). */
const EVENT_REACH = 120;

/** How many sentences on a year told alone may frame a day told without one ("In 1987 ..."). */
const FRAME_SENTENCES = 3;
/** ... and how many characters on at most, however long its sentences. */
const FRAME_REACH = 1500;

/** How many years before the publication a story told in a text with a date must be. */
const PAST_STORY_YEARS = 10;
/**
 * ... and how many for its year alone to make it a history, confirmed at once: no company's
 * background to this year's news ("In 1346 the army landed in Normandy. On [26 August] it fought"
 * is 1346-08-26 in a text published in 2024).
 */
const HISTORY_YEARS = 100;
/** ... but not a day this many days before the publication or fewer: the week's news. */
const NEWS_WEEK_DAYS = 7;
/** No publication: what is told is placed from the story alone, as in a text with no date. */
const UNDATED: Publication = { year: null, month: null, day: null };

/** How far after a quarter or a half with a year one without it may go on in that year. */
const PART_REACH = 120;

/** What an expression is resolved against. */
export interface Anchors {
  pub: Publication;
  narrative: Narrative;
  /** The expression restates the date before it: it leaves the story where it was. */
  restates: boolean;
  /**
   * A tense the story knows better than the sentence's words: a timeline's entry tells the past,
   * a schedule's weekday ("Sunday: Snow likely") what is ahead.
   */
  tense?: 'past' | 'future';
  /** The tense is certain: no day the calendar puts nearer overrules it (resolve/pick.ts). */
  firm?: true;
  /**
   * No tense places it: the nearest occurrence, on either side of the publication (a month in a
   * future clause's subject, "Results from the [March] election will be certified").
   */
  eitherSide?: true;
  /**
   * ... leaning to the past, as an untensed date does, when what the subject's head tells follows
   * from it ("Lessons from the [May] floods will shape the budget", told in November).
   */
  leansBack?: true;
}

export class Story {
  /** The story's last date. */
  readonly #narrative: Narrative = {
    day: null,
    month: null,
    year: null,
    grain: null,
    aheadDay: null,
    beforePlans: null,
  };
  /**
   * The story's last day told outside a flashback ("The strike began on Monday. Talks had
   * collapsed on April 28. Workers marched at 11 a.m." marched on Monday).
   */
  #toldDay: number | null = null;
  /** Where the expression that told that day is. */
  #toldAt = { start: -1, end: -1 };
  /** Where the last date that moved the story's year, month or day ends. */
  #storyDateEnd = -1;
  /** The last sentence read before a date at the usual reach (#sentenceBefore). */
  #keptBefore = { start: -1, text: '' };
  /** The day of the last time told late in the evening or at night, while no other is told since. */
  #lateOn: number | null = null;
  /** Where that late time ended, while its day may still follow ("11 p.m. on Aug. 13"). */
  #lateEnd = -1;
  /** The story's date before the last expression. */
  #before: Narrative = { ...this.#narrative };
  /** The last year told as a noun's ("the 2016 referendum"), which the story did not go on from. */
  #nounYear: number | null = null;
  /** Where the last expression ended (-1 before the first). */
  #lastEnd = -1;
  /**
   * Where the last expression finer than a year ended (-1 before the first): a month, a day, a
   * quarter ("the fourth quarter"), a time; not a decade ("since the 1930s").
   */
  #lastMonthEnd = -1;
  #said: SaidDate | null = null;
  /**
   * Whether the expression being resolved is placed from the saying's day (taken note of in
   * `record`): that day stays the one what follows in what was said is told from ("said on
   * Monday that the strike would begin on Wednesday and last until Friday": the Friday after that
   * Monday, not after Wednesday's news).
   */
  #inWhatWasSaid = false;
  /** Where the headline ends (-1: none), found at the first expression that asks. */
  #headlineEnd: number | undefined;
  /** The last week told as one ("next week", "the week of May 4"): its Monday, and its end. */
  #week: { monday: number; start: number; end: number; countedBack: boolean } | null = null;
  #statedYear: { year: number; start: number; end: number } | null = null;
  /** Where the last timeline entry's date ended (-1: none yet). */
  #entryEnd = -1;
  /**
   * The day of the last timeline entry, with or without a year ("Oct. 14, 1962:"), which the
   * next entry goes on from; null before the first. A date in the prose before a list dates none
   * of its entries.
   */
  #lastEntry: { year: number; month: number; day: number | null } | null = null;
  /** Whether the expression being resolved opens an entry (taken note of in `record`). */
  #opening = false;
  /**
   * Whether the expression being resolved names a day outright, no distance from one ("Friday",
   * not "the day before last Tuesday"; taken note of in `record`).
   */
  #namesDay = false;
  /**
   * Whether the expression being resolved names a month ("Sept. 3", "in June"; not "Monday",
   * whose month the calendar gives; taken note of in `record`).
   */
  #namesMonth = false;
  /** Whether the expression being resolved is a live page's stamp (taken note of in `record`). */
  #stamp = false;
  /** How many times of day so far opened their line before a dash ("10:05 – ..."). */
  #dashEntries = 0;
  /** The last year named, outright or counted ("Last year,", "Three years ago,"). */
  #namedYear: { year: number; start: number; end: number } | null = null;
  /**
   * In a text with no date, the last year told alone, no background, that frames the days and
   * months told after it ("The offensive opened in 1942. It reached the Volga on 23 August").
   */
  #storyFrame: { year: number; until: number } | null = null;
  /**
   * In a text with a date, the year of a story told long before it, which frames the months,
   * seasons and days told in the past after it in its paragraph, while nothing is told from the
   * publication, once confirmed: a year alone opening its sentence may be a background ("In
   * 1998, Google was founded. Alphabet reported earnings on April 25" is this April), so only a
   * date of the year after it ("In 1960, Kennedy announced his candidacy on January 2. He won the
   * primary on March 8"), or a year counted from a date's ("That autumn", after "He emigrated to
   * Canada in 1952"), makes it a story; `from` is where its last date ended.
   */
  #pastStory: {
    year: number;
    until: number;
    confirmed: boolean;
    from: number;
    /** A history opened by its year alone, confirmed for a day told after it that carries it on. */
    history?: boolean;
  } | null = null;
  /** Where the last date the past story framed starts. */
  #pastStoryAt = -1;
  /**
   * Whether a weekday was told whose year the text does not give: the text is then told from a
   * present of its own, unknown, and a year told alone after it is an aside, no frame ("said
   * Friday ... Marti, who fought for independence in 1898 ... rescued Nov. 25").
   */
  #yearlessTold = false;
  /**
   * In a text with no date, the season the story was last told at, while no other date is told
   * since ("That autumn he found work, and on 8 January he married": January of the next year).
   */
  #seasonTold: { year: number; season: Season } | null = null;
  /**
   * The month of the last day or month told by its name, and where its frame ends (#frameEnd,
   * found on first use): a day of the month told alone after it is of that month ("won on Sept. 3
   * and lost on the 10th").
   */
  #monthTold: { year: number; month: number; end: number; until?: number } | null = null;
  /**
   * The last expression, when it was a month or a day placed in a year, and where it ended: a
   * month or a day set against it or listed with it right after is the one nearest it
   * (#linkedYear).
   */
  #lastDate: {
    year: number;
    month: number;
    day: number | null;
    /** The day's number, when a day was told. */
    at: number | null;
    end: number;
  } | null = null;
  /** The last quarter or half of a year, and where it ended. */
  #lastPart: { year: number; end: number; unit: string; n: number } | null = null;
  /** The first month of the last quarter named that was over by the publication. */
  #lastQuarter: { year: number; month: number } | null = null;
  /**
   * The fiscal year of the last fiscal quarter or half named ("Q3 FY24"), which the next go on in,
   * up to where (#frameEnd), and whether its ordinal was written in digits.
   */
  #fiscal: { year: number; until: number; inDigits: boolean } | null = null;
  /** Whether the fiscal quarter or half being read wrote its ordinal in digits ("Q3 FY24"). */
  #fiscalInDigits = false;

  readonly #text: string;
  readonly #pub: Publication;
  /** The publication's day number, when its day is known. */
  readonly #pubDay: number | null;
  readonly #lexicon: TemporalLexicon;

  constructor(text: string, pub: Publication, lexicon: TemporalLexicon) {
    this.#text = text;
    this.#pub = pub;
    this.#pubDay = pubDayNumber(pub);
    this.#lexicon = lexicon;
  }

  /**
   * A quarter or a half without a year, in a text that has named a fiscal quarter or half, is one
   * of its fiscal year, not the calendar's: "net profit rose 12% in Q3 FY24. In [Q3], deposits grew 9%"
   * is FY2024-Q3 (Indian fiscal years end in March: Q3 FY24 is October to December 2023). Only
   * one written as the fiscal one was, its ordinal in digits or in words, and in its paragraph, a
   * few sentences on: "revenue rose 18% in Q2 FY24. Separately, the US economy grew 3.3% in the
   * [fourth quarter]" is the calendar's. `ordinal` is the ordinal as written, if any.
   */
  inFiscalYear(stated: Stated, start: number, ordinal: string | undefined): Stated {
    if (stated.kind !== 'date' || stated.ordinal === null) return stated;
    if (stated.unit !== 'quarter' && stated.unit !== 'half') return stated;
    const inDigits = ordinal !== undefined && /^\d+$/u.test(ordinal);
    if (stated.fiscal) {
      this.#fiscalInDigits = inDigits;
      return stated;
    }
    const fiscal = this.#fiscal;
    if (fiscal === null || start >= fiscal.until || inDigits !== fiscal.inDigits) return stated;
    if (stated.year !== null || stated.shortYear !== null || stated.yearShift !== null)
      return stated;
    return { ...stated, fiscal: true, year: fiscal.year };
  }

  /** The publication and story date to resolve `stated`, found at [start, end), against. */
  anchorsFor(stated: Stated, start: number, end: number, tense: () => Tense): Anchors {
    const [text, pub, lexicon] = [this.#text, this.#pub, this.#lexicon];
    const { restated, closedBy, opensClause } = patternsOf(lexicon);
    const restates =
      stated.kind === 'narrative' &&
      typeof stated.count === 'number' &&
      this.#lastEnd >= 0 &&
      restated.test(text.slice(this.#lastEnd, start)) &&
      closedBy.test(text.slice(end, end + 3)) &&
      !opensClause.test(text.slice(end, end + CLAUSE_OPENING_REACH));
    const said = stated.kind === 'date' ? reportedNow(text, this.#said, start, pub, lexicon) : null;
    // (what the last expression noted and `record` did not take up, if it resolved to nothing)
    this.#stamp = false;
    this.#inWhatWasSaid = false;
    this.#namesDay = stated.kind === 'date' && stated.direction === null;
    this.#namesMonth = stated.kind === 'date' && stated.month !== null;
    if (this.#scheduleEntry(stated, start, end))
      return { pub, narrative: this.#narrative, restates, tense: 'future' };
    this.#opening = stated.kind === 'date' && stated.month !== null && this.#opensEntry(start, end);
    // "14:05 GMT" on a line of its own: a live page's stamp, of the page's day, not the story's
    this.#stamp = this.#isStampLine(stated, start, end);
    if (this.#stamp) return { pub, narrative: { ...this.#narrative, day: null }, restates };
    // the small hours after a late time are the next day's ("hit shortly after 11 p.m. on Aug.
    // 13. He was pronounced dead at 12:40 a.m.")
    const afterLate = this.#nightAfter(stated, start);
    if (afterLate !== null)
      return { pub, narrative: { ...this.#narrative, day: afterLate }, restates };
    // "has been rescheduled for Dec. 22 at 5:30 p.m.": a time right after its day is on it,
    // whatever the tense (which would keep a past time off a day ahead)
    const onDay = this.#sideOfDayBefore(stated, start);
    if (onDay !== null) return { pub, narrative: this.#narrative, restates, tense: onDay };
    if (this.#inHeadlineAhead(start))
      return { pub, narrative: this.#narrative, restates, tense: 'future' };
    const inWeek = this.#dayOfWeekTold(stated, start);
    if (inWeek !== null)
      return { pub: inWeek, narrative: this.#narrative, restates, tense: 'future' };
    const linkedSide = this.#sideOfLinkedDay(stated, start, end);
    if (linkedSide !== null)
      return { pub, narrative: this.#narrative, restates, tense: linkedSide };
    const entry = this.#timelineEntry(stated);
    if (entry !== null) {
      this.#entryEnd = end;
      return {
        pub: entry === 'past' ? pub : entry,
        narrative: this.#narrative,
        restates,
        tense: 'past',
      };
    }
    // the rest of an entry's line is told in the historical present too ("Oct. 16: Kennedy is
    // briefed at 8:45 a.m.")
    const inEntry = this.#entryEnd >= 0 && !text.slice(this.#entryEnd, start).includes('\n');
    const year =
      stated.yearShift === 0
        ? this.#yearOfSentence(start, end)
        : stated.kind === 'date' && stated.year === null && stated.shift === null
          ? (this.#yearToldAfter(stated, end) ??
            this.#yearToldBefore(stated, start, end) ??
            this.#storyYear(stated, end) ??
            this.#linkedYear(stated, start, end) ??
            this.#frameYear(stated, start, end, tense) ??
            this.#undatedFrame(stated, start, tense) ??
            this.#pastStoryYear(stated, start, tense) ??
            this.#partYear(stated, start) ??
            this.#commemoratedNow(stated, start, tense))
          : null;
    // a time of day alone goes on from the story's own time, not from a flashback's day
    const narrative =
      isClockOnly(stated) && this.#narrative.day !== this.#toldDay && !this.#inFlashback(start)
        ? { ...this.#narrative, day: this.#toldDay }
        : (this.#seasonAsMonth(stated, start) ?? this.#narrative);
    this.#inWhatWasSaid = said !== null;
    return {
      pub:
        said ??
        year ??
        this.#periodOfSentence(stated, start, end, tense) ??
        this.#monthOfDayAlone(stated, start, tense) ??
        pub,
      narrative: restates
        ? this.#before
        : (this.#quarterTold(stated) ?? this.#yearsAfterNoun(stated) ?? narrative),
      restates,
      ...(inEntry || this.#aheadThen(stated, start, tense)
        ? { tense: 'past' as const }
        : this.#inFutureSubject(stated, start, end)
          ? this.#followsPause(start, end) && !this.#justGone(stated)
            ? { tense: 'future' as const }
            : {
                eitherSide: true as const,
                ...(this.#headFollowsFrom(start) ? { leansBack: true as const } : {}),
              }
          : {}),
      // ("the March 11 disaster", told on March 9: last year's, however near this year's is)
      ...(this.#namesHappeningGoneBy(stated, end) || this.#namesPeriodEnd(stated, end, 'ended')
        ? { tense: 'past' as const, firm: true }
        : this.#namesPeriodEnd(stated, end, 'ending')
          ? { tense: 'future' as const, firm: true }
          : {}),
    };
  }

  /**
   * Whether a quarter or half named by its last month is told as ended ("the quarter that ended
   * in September": over, told in any tense; lexicon PERIOD_ENDED_AFTER) or as still to end ("the
   * quarter which ends Dec. 31": it runs on or lies ahead, not one a report of figures looks back
   * on; PERIOD_ENDING_AFTER).
   */
  #namesPeriodEnd(stated: Stated, end: number, told: 'ended' | 'ending'): boolean {
    if (stated.kind !== 'date' || stated.month === null) return false;
    if (stated.unit !== 'quarter' && stated.unit !== 'half') return false;
    const { periodEnded, periodEnding } = patternsOf(this.#lexicon);
    return (told === 'ended' ? periodEnded : periodEnding).test(this.#text.slice(end, end + 30));
  }

  /** Takes note of an expression found at [start, end), resolved, in a clause of `tense`. */
  record(
    start: number,
    end: number,
    resolved: Resolved,
    restates: boolean,
    tense: () => Tense,
  ): void {
    const { granularity, month } = resolved;
    this.#lastDate =
      month !== undefined && (granularity === 'day' || granularity === 'month')
        ? {
            ...month,
            day: resolved.day === undefined ? null : civilDay(resolved.day).day,
            at: resolved.day ?? null,
            end,
          }
        : null;
    // (a year before the common era counts backwards: the story goes on from it as the year
    // 1 - N, which values write BC again, "In 204 BC ... Two years later" is BC0202, not AD 206)
    // (only a year can have one: no other expression pays for the look)
    const yearOnly = resolved.year !== undefined && resolved.month === undefined;
    const { beforeCommonEra } = patternsOf(this.#lexicon);
    // (and a season told by two years, "the winter of 54–53 BC", goes on from the first, which
    // the season began in; a day or a month joined to the year, "15 March 44 BC", from that day
    // or month: "The next day" is BC0044-03-16)
    if (yearOnly && beforeCommonEra.test(this.#text.slice(end, end + ERA_REACH))) {
      const part = partBeforeYear(this.#text, start, this.#lexicon);
      const { first, month } = part;
      const year = 1 - (first !== null && first === resolved.year! + 1 ? first : resolved.year!);
      if (month === null) resolved = { ...resolved, year };
      else if (part.day === null) resolved = monthResolved(year, month, resolved.anchor);
      else resolved = dayResolved(dayNumber(year, month, part.day), this.#pub, resolved.anchor);
    }
    // (nor does a year a state is counted from, in a text with a date of its own: "the end of
    // the decade" after "risen by half since 2015" is still this one's)
    if (
      resolved.granularity === 'year' &&
      this.#pub.year !== null &&
      this.#countsStateFrom(start, end)
    )
      return;
    // (a part of one only: a government's "fiscal 2014 budget" says nothing of the quarters of
    // GDP told after it)
    const fiscal = /^FY(?<year>\d{4})-[QH]/u.exec(resolved.value)?.groups?.['year'];
    if (fiscal !== undefined)
      this.#fiscal = {
        year: Number(fiscal),
        until: this.#frameEnd(end),
        inDigits: this.#fiscalInDigits,
      };
    if (this.#pub.year === null && this.#noteUndated(start, end, resolved)) return;
    if (this.#pub.year !== null) this.#notePastStory(start, end, resolved);
    if (!this.#inWhatWasSaid) this.#said = saidDateOf(start, end, resolved) ?? this.#said;
    if (resolved.year !== undefined && resolved.anchor === 'none')
      this.#statedYear = { year: resolved.year, start, end };
    if (resolved.year !== undefined && resolved.granularity === 'year')
      this.#namedYear = { year: resolved.year, start, end };
    // (where the expression before ended)
    const lastEnd = this.#lastEnd;
    this.#lastEnd = end;
    if (resolved.granularity !== undefined && !YEAR_OR_COARSER.has(resolved.granularity))
      this.#lastMonthEnd = end;
    if (
      this.#namesMonth &&
      resolved.month !== undefined &&
      (resolved.granularity === 'day' || resolved.granularity === 'month')
    )
      // (its frame's end is found when a day told alone asks: most texts tell none)
      this.#monthTold = { ...resolved.month, end };
    const week = /^(?<year>\d{4})-W(?<week>\d{2})$/u.exec(resolved.value)?.groups;
    const monday = week ? isoWeekMonday(Number(week['year']), Number(week['week'])) : null;
    // (a day told since is the frame then: "next week, after the vote on Feb. 16, on Friday")
    if (monday !== null) {
      const countedBack = patternsOf(this.#lexicon).weekCountedBack.test(
        this.#text.slice(start, end),
      );
      this.#week = { monday, start, end, countedBack };
    } else if (resolved.granularity === 'day') this.#week = null;
    if (this.#opening && resolved.year !== undefined && resolved.month !== undefined) {
      const day = resolved.day === undefined ? null : civilDay(resolved.day).day;
      this.#lastEntry = { year: resolved.year, month: resolved.month.month, day };
    }
    this.#opening = false;
    // an entry of a live page goes on from the page's day, whatever the entry before told
    // ("11:31 GMT - Farage will hold a rally from 9pm", after an entry on 31 December)
    if (this.#stamp && this.#pubDay !== null) {
      this.#narrative.day = this.#pubDay;
      this.#toldDay = this.#pubDay;
    }
    this.#stamp = false;
    // (a report tells of a quarter that is over: "second-quarter results, due in July" is not
    // the quarter whose earnings fell)
    // (only one the text names: "a year earlier" after "the third quarter" is that quarter a year
    // back, which the next "quarter" is not of)
    const named = NAMES_PART.test(this.#text.slice(start, end));
    const quarter = named && /^\d{4}-Q[1-4]$/u.test(resolved.value) ? resolved.month : undefined;
    if (quarter !== undefined && this.#isOver(quarter)) this.#lastQuarter = quarter;
    // (only one that tells its year: "the first quarter of 2011", "the first half of next year")
    const part = named
      ? /^\d{4}-(?<unit>[QH])(?<n>[1-4])$/u.exec(resolved.value)?.groups
      : undefined;
    if (
      resolved.year !== undefined &&
      part &&
      /\b(?:\d{4}|year)\b/iu.test(this.#text.slice(start, end))
    )
      this.#lastPart = { year: resolved.year, end, unit: part['unit']!, n: Number(part['n']) };
    // ("had breached the 1961 treaty. The dam started filling two years later": a year that
    // qualifies a noun names what the noun is, not a time the story goes on from)
    // ("its highest close since September 2001. It had fallen the previous day": the point a
    // record is measured from is not where the story is)
    const qualifiesNoun = this.#qualifiesNoun(start, end, resolved);
    if (qualifiesNoun && resolved.year !== undefined) this.#nounYear = resolved.year;
    if (
      restates ||
      this.#yearOfDateBefore(lastEnd, end, resolved) ||
      qualifiesNoun ||
      this.#recallsDayBefore(start, end, resolved) ||
      this.#movesNoStoryDate(start) ||
      this.#inDistanceAside(start)
    )
      return;
    this.#before = { ...this.#narrative };
    // what "the next day" and "that year" will count from
    const narrative = this.#narrative;
    // (a plan: a date told ahead of the publication; in a story told in the past it is no plan,
    // "He was born in 1950. In 1968 he moved to Paris" with a publication date taken from the text)
    if (!this.#isAfterPublication(resolved) || tense() !== 'future') narrative.beforePlans = null;
    // (the story's date before the first plan, itself no plan: a time told since, which changes no
    // day, leaves the story's day where a plan put it)
    else if (
      narrative.beforePlans === null &&
      narrative.grain !== null &&
      !(narrative.day !== null && this.#pubDay !== null && narrative.day > this.#pubDay)
    ) {
      const { day, month, year, grain } = narrative;
      narrative.beforePlans = { day, month, year, grain };
    }
    // (what the small hours told next count from: a late time, and its day)
    const hour = /T(?<hour>\d{2})/u.exec(resolved.value)?.groups?.['hour'];
    const late =
      hour === undefined ? /T(?:EV|NI)$/u.test(resolved.value) : Number(hour) >= LATE_FROM;
    if (resolved.day !== undefined) {
      narrative.day = resolved.day;
      // (the day of a late time, told after it, is the late one: "after 11 p.m. on Aug. 13")
      const itsDay =
        hour === undefined &&
        (this.#lateOn === resolved.day ||
          (this.#lateEnd >= 0 && DAY_OF_TIME.test(this.#text.slice(this.#lateEnd, start))));
      this.#lateOn = late || itsDay ? resolved.day : null;
    } else if (late && /^\d{4}-\d{2}-\d{2}T/u.test(resolved.value)) {
      // (a late time alone, on the story's day, which it leaves where it was: "On 14 April the sea
      // was calm. At 11:40 p.m. the lookout saw an iceberg. ... At 2:20 a.m. the ship sank" is
      // the 15th's)
      this.#lateOn = dayNumberOf(resolved.value.slice(0, 10));
    }
    this.#lateEnd = late ? end : -1;
    // (a day a state is counted from, or a figure stands at, is a background, as a flashback's is:
    // "25 years of civilian rule since [May 29, 1999]. Protesters gathered from 6am" is not 1999's
    // 6am; "since November, when he issued a decree. He withdrew it two weeks later" still counts)
    if (
      resolved.day !== undefined &&
      !this.#inFlashback(start) &&
      !this.#countsStateFrom(start, end) &&
      !this.#trailsAsSayingOfToldDay(start, end)
    ) {
      this.#toldDay = resolved.day;
      this.#toldAt = { start, end };
    }
    if (resolved.day !== undefined && this.#pubDay !== null && resolved.day > this.#pubDay)
      narrative.aheadDay = resolved.day;
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
    if (grain !== null) {
      narrative.grain = grain;
      // ("The talks collapsed in late October. Three weeks later": November)
      narrative.third = grain === 'month' ? monthThirdOf(resolved.mod) : null;
      narrative.part = partOf(resolved);
      narrative.stateFrom = (grain === 'month' || grain === 'day') && this.#startsState(start);
      this.#storyDateEnd = end;
    }
    // (the decade told last, while no finer date is told since: "the following decade" counts from it)
    const decade = /^(?<decade>\d{3})X$/u.exec(resolved.value)?.groups?.['decade'];
    if (decade !== undefined) narrative.decade = Number(decade) * 10;
    else if (grain !== null) narrative.decade = null;
    const season = /^\d{4}-(?<season>SP|SU|FA|WI)$/u.exec(resolved.value)?.groups?.['season'];
    if (season !== undefined && resolved.year !== undefined)
      this.#seasonTold = { year: resolved.year, season: season as Season };
    else if (grain !== null) this.#seasonTold = null;
  }

  /**
   * In a text with no date, or in a past story's paragraph (#pastStoryYear), the story at a
   * season, for a month, a day or a season told after it without a year: as if told to the
   * season's middle month ("That autumn [1952] ... on 8 January": 1953-01-08, not 1952; "the
   * winter [1984] ... In February": 1985-02).
   */
  #seasonAsMonth(stated: Stated, start: number): Narrative | null {
    const told = this.#seasonTold;
    if (told === null || stated.kind !== 'date') return null;
    if (this.#pub.year !== null && this.#pastStoryAt !== start) return null;
    if (stated.year !== null || (stated.month === null && stated.season === null)) return null;
    const middle = SEASON_START[told.season] + 1;
    const year = middle > 12 ? told.year + 1 : told.year;
    const month = { year, month: middle > 12 ? middle - 12 : middle };
    return { ...this.#narrative, grain: 'month', day: null, month, year };
  }

  /**
   * A timeline's entry: a month or a day without a year opening its line, before a colon or a
   * dash ("Oct. 16: Kennedy is briefed at 8:45 a.m.", "Jan 27 - Protesters march in Sanaa").
   * Entries tell the past, in the historical present, in order: after an entry, in its year (or
   * the next, when the date comes round again before the last one); the first, unless it has a
   * year ("Oct. 14, 1962:"), is the last such date on or before the publication ('past'), whatever
   * the prose before the list said. Null for anything else.
   */
  #timelineEntry(stated: Stated): Publication | 'past' | null {
    if (stated.kind !== 'date' || stated.year !== null || stated.month === null) return null;
    if (stated.yearShift !== null || stated.shift !== null) return null;
    if (!this.#opening) return null;
    const last = this.#lastEntry;
    if (last === null) return 'past';
    // a date that comes before the last entry's in the calendar has gone round to the next year
    const day = stated.day ?? 1;
    const behind =
      stated.month < last.month || (stated.month === last.month && day < (last.day ?? 1));
    return { year: behind ? last.year + 1 : last.year, month: null, day: null };
  }

  /**
   * A schedule's entry: a weekday opening its line before a colon or a dash, as forecasts,
   * fixtures and listings are written ("Sunday: Snow likely", "Sunday - Memorial service, 2
   * p.m."): the coming one.
   */
  #scheduleEntry(stated: Stated, start: number, end: number): boolean {
    if (stated.kind !== 'date' || stated.weekday === null || stated.month !== null) return false;
    if (stated.shift !== null || stated.day !== null) return false;
    return this.#opensEntry(start, end);
  }

  /**
   * The day after the last late time told, for a time in the small hours told with no day of its
   * own right after it ("The quake hit at 23:15 on Monday. Warnings were lifted at 02:45"); null
   * otherwise.
   */
  #nightAfter(stated: Stated, start: number): number | null {
    const late = this.#lateOn;
    if (late === null || stated.hour === null || stated.hour >= SMALL_HOURS_END) return null;
    if (!isClockOnly(stated) || this.#inFlashback(start)) return null;
    return late === this.#toldDay || late === this.#narrative.day ? late + 1 : null;
  }

  /** Whether the date at [start, end) is one a state is counted from or a figure stands at. */
  #countsStateFrom(start: number, end: number): boolean {
    const { stateSince, figureAsOf } = patternsOf(this.#lexicon);
    const before = this.#sentenceBefore(start);
    // (a figure's date told with its year: "stood at $1.2 billion as of December 31, 2023")
    return (
      stateSince.test(before) ||
      (figureAsOf.test(before) && /\d{4}/u.test(this.#text.slice(start, end)))
    );
  }

  /**
   * Whether the month or day at [start, end) is one a state is counted from, right after "since"
   * or as the date of what began it ("have fled since the war broke out in [February 2022]"); not
   * a figure's "as of" date, which a story may go on from.
   */
  #startsState(start: number): boolean {
    const { stateSince, stateBegan } = patternsOf(this.#lexicon);
    const before = this.#sentenceBefore(start);
    return stateSince.test(before) || stateBegan.test(before);
  }

  /**
   * Whether the expression at `start` bounds a span the story's last date, in its sentence,
   * opens: "The lockdown, imposed on 23 March 2020, lasted until [4 July]" ends in 2020.
   */
  endsStorySpan(start: number): boolean {
    const from = this.#storyDateEnd;
    if (from < 0 || from > start) return false;
    const { boundBefore } = patternsOf(this.#lexicon);
    const between = this.#text.slice(from, start);
    return !SENTENCE_OR_LINE_END.test(between) && boundBefore.test(between);
  }

  /**
   * Whether the sentence of [start, end) steps back in the past perfect, before or after it ("On
   * November 4, half a million people had rallied").
   */
  stepsBack(start: number, end: number): boolean {
    if (this.#inFlashback(start)) return true;
    const { flashback, sentenceEnds } = patternsOf(this.#lexicon);
    const after = this.#text.slice(end, end + FLASHBACK_REACH);
    sentenceEnds.lastIndex = 0;
    const stop = sentenceEnds.exec(after)?.index ?? after.length;
    // (the date's own clause only: not a relative's or what was said, "police arrested a man who
    // had been sought", "said on November 4 that the exhibition had been moved")
    const own = after.slice(0, stop).split(CLAUSE_OF_ITS_OWN, 1)[0]!;
    return flashback.test(own);
  }

  /** Whether the sentence steps back in the past perfect before `start` ("Talks had collapsed on"). */
  #inFlashback(start: number): boolean {
    const { flashback } = patternsOf(this.#lexicon);
    // (most stretches have no past perfect at all: no sentence end need be looked for in them)
    const reach = this.#text.slice(Math.max(0, start - FLASHBACK_REACH), start);
    if (!flashback.test(reach)) return false;
    return flashback.test(this.#sentenceBefore(start, FLASHBACK_REACH));
  }

  /** The text of the sentence before `start`, up to `reach` characters back. */
  #sentenceBefore(start: number, reach = COMPARISON_REACH): string {
    // (several checks of one date read it: the last one read at the usual reach is kept)
    const kept = this.#keptBefore;
    if (reach === COMPARISON_REACH && kept.start === start) return kept.text;
    const { sentenceEnds } = patternsOf(this.#lexicon);
    const before = this.#text.slice(Math.max(0, start - reach), start);
    let from = 0;
    sentenceEnds.lastIndex = 0;
    for (let m = sentenceEnds.exec(before); m !== null; m = sentenceEnds.exec(before))
      from = m.index + m[0].length;
    const text = before.slice(from);
    if (reach === COMPARISON_REACH) this.#keptBefore = { start, text };
    return text;
  }

  /**
   * Whether the date at `start` is one the story does not go on from: the point a record is
   * measured from, or which goods a noun counts.
   */
  #movesNoStoryDate(start: number): boolean {
    const { comparisonBase, goodsDated } = patternsOf(this.#lexicon);
    const before = this.#sentenceBefore(start);
    // (nor do goods a date counts: "the recall was expanded to products made since [Jan. 1]")
    return comparisonBase.test(before) || goodsDated.test(before);
  }

  /**
   * Whether the date at `start` is in an aside that measures the story's date, told right before
   * it in its sentence, from it: "Talks collapsed on March 2, weeks after the [February 10]
   * deadline. Three days later" goes on from March 2.
   */
  #inDistanceAside(start: number): boolean {
    const from = this.#storyDateEnd;
    if (from < 0 || from > start) return false;
    return patternsOf(this.#lexicon).distanceAside.test(this.#text.slice(from, start));
  }

  /**
   * Whether a year ending at `end` is the one told right after the story's last date, which it
   * is of ("on Thanksgiving in 2019, he was arrested. The next day" is 2019-11-29): it tells no
   * new date.
   */
  #yearOfDateBefore(lastEnd: number, end: number, resolved: Resolved): boolean {
    if (resolved.granularity !== 'year' || this.#narrative.year !== resolved.year) return false;
    if (lastEnd < 0 || this.#narrative.grain === 'year') return false;
    const { yearToldAfter } = patternsOf(this.#lexicon);
    const told = yearToldAfter.exec(this.#text.slice(lastEnd, end));
    return told !== null && told[0].length === end - lastEnd;
  }

  /**
   * For "so many years later" in a story that has told no date of its own, the story as of the
   * year a noun was told with: "In the run-up to the 2016 referendum, the town voted to leave.
   * Eight years later, residents say little has changed" is 2024, not eight years after the
   * publication. A story with a date counts from it ("ruled in July 2015 that it had breached
   * the 1961 treaty. The dam started filling two years later" is 2017).
   */
  #yearsAfterNoun(stated: Stated): Narrative | null {
    if (this.#nounYear === null || this.#narrative.grain !== null) return null;
    if (stated.kind !== 'narrative' || stated.direction === null) return null;
    if (typeof stated.count !== 'number') return null;
    if (stated.unit !== 'year' && stated.unit !== 'decade') return null;
    return { ...this.#narrative, year: this.#nounYear, grain: 'year' };
  }

  /** Whether a year at [start, end) stands between a determiner and its noun ("the 1961 treaty"). */
  #qualifiesNoun(start: number, end: number, resolved: Resolved): boolean {
    if (resolved.granularity !== 'year') return false;
    const text = this.#text;
    return (
      DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start)) &&
      NOUN_AFTER.test(text.slice(end, end + 3))
    );
  }

  /**
   * Whether a day in the possessive is one before the story's day, recalled ("Stocks bounced back
   * Tuesday, recovering the ground lost in Friday's plunge. The Dow rose at 4 p.m." is Tuesday's
   * 4 p.m.): the story stays on its day. One after it is where the story goes on ("Sunday's
   * election"), and so is one in what was said on the story's day ("Police said on Friday that
   * Sunday's election was calm. Polls closed at 8 p.m.").
   */
  #recallsDayBefore(start: number, end: number, resolved: Resolved): boolean {
    if (!this.#namesDay || resolved.day === undefined || this.#toldDay === null) return false;
    if (resolved.day >= this.#toldDay) return false;
    if (!POSSESSIVE_AFTER.test(this.#text.slice(end, end + 3))) return false;
    const told = this.#toldAt;
    return !isSaidOn(this.#text, told.start, told.end, start, this.#lexicon);
  }

  /**
   * Whether a day is the day of a saying that trails the sentence of the day last told ("struck
   * Veloria on Tuesday, killing 140 people, officials said on [Thursday]."): the story stays on
   * its day. Not a saying's day in a sentence that told none before it ("The toll rose to 140,
   * officials said on Thursday"), where the saying is the news.
   */
  #trailsAsSayingOfToldDay(start: number, end: number): boolean {
    const told = this.#toldAt;
    if (this.#toldDay === null || told.end < 0 || told.end > start) return false;
    // (the day told in the same sentence: no sentence ends between)
    if (/[.!?]["”’]?\s/u.test(this.#text.slice(told.end, start))) return false;
    const p = patternsOf(this.#lexicon);
    if (
      !p.trailingSayingBefore.test(this.#text.slice(Math.max(told.end, start - 90), start)) ||
      !p.trailingSayingAfter.test(this.#text.slice(end, end + 3))
    )
      return false;
    // (the told day dates the sentence's own act, no verb after it: not "The strike that began
    // on Monday ended, union leaders said on Thursday", which is Thursday's news; the saying's
    // comma is the last one before its day)
    const comma = this.#text.lastIndexOf(',', start);
    return p.trailingSayingBetween.test(this.#text.slice(told.end, comma));
  }

  /**
   * For a time of day right after the day last told ("Dec. 22 at 5:30 p.m."), the side of the
   * publication that day is on; null otherwise, or when it is the publication's day.
   */
  #sideOfDayBefore(stated: Stated, start: number): 'past' | 'future' | null {
    if (!isClockOnly(stated)) return null;
    const day = this.#narrative.day;
    if (day === null || this.#pubDay === null || this.#lastEnd < 0 || day === this.#pubDay)
      return null;
    if (!TIME_AFTER_DAY.test(this.#text.slice(this.#lastEnd, start))) return null;
    return day > this.#pubDay ? 'future' : 'past';
  }

  /** Whether a time of day alone makes up its line ("14:05 GMT"). */
  #isStampLine(stated: Stated, start: number, end: number): boolean {
    if (!isClockOnly(stated)) return false;
    const text = this.#text;
    if (start > 0 && !/\n[ \t]*$/u.test(text.slice(Math.max(0, start - 8), start))) return false;
    const after = text.slice(end, end + 8);
    if (/^[ \t]*(?:\n|$)/u.test(after)) return true;
    if (!/^[ \t]*[–—-]{1,2}[ \t]/u.test(after)) return false;
    // or opening its entry before a dash, with its zone ("12:48 GMT - A 50p coin enters
    // circulation today"), or after another such entry, as a sentence: a live page's, not a
    // programme's "09:00 - Registration" nor an account's one time ("14:00 - Crowds gathered")
    const zoned = /\p{Lu}{2,}$/u.test(text.slice(start, end));
    const seen = this.#dashEntries > 0;
    this.#dashEntries += 1;
    if (zoned) return true;
    const lineEnd = text.indexOf('\n', end);
    const line = text.slice(end, lineEnd < 0 ? text.length : lineEnd).trimEnd();
    return seen && /[.!?]["”’]?$/u.test(line);
  }

  /** Whether text[start, end) opens its line before a colon or a dash, as a list's entry. */
  #opensEntry(start: number, end: number): boolean {
    const text = this.#text;
    if (start > 0 && !/\n[ \t]*$/u.test(text.slice(Math.max(0, start - 8), start))) return false;
    const { entryAfter } = patternsOf(this.#lexicon);
    entryAfter.lastIndex = end;
    return entryAfter.test(text);
  }

  /**
   * In a text with no date, takes note of a year told alone that frames the story, or of a date
   * whose year is unknown; true for a year that is a background, which the story does not go on
   * from ("The bridge, whose design borrowed from a span he had seen in 1949, opened four years
   * later" counts from the story's year, not 1949).
   */
  #noteUndated(start: number, end: number, resolved: Resolved): boolean {
    // (a weekday of no known year, "now" or "today" tell from a present of the text's own: the
    // year told before frames nothing after them, "The bridge opened in 1932. It is now crumbling,
    // and on 4 March engineers closed it")
    const yearlessWeekday = resolved.value.startsWith('XXXX-WXX-');
    if (yearlessWeekday) this.#yearlessTold = true;
    if (yearlessWeekday || resolved.value === 'XXXX-XX-XX' || resolved.value === 'PRESENT_REF')
      this.#storyFrame = null;
    // ("Orders had fallen since the previous spring, and on 14 March": a season a state is
    // counted from is a background too)
    if (resolved.granularity === 'season') return this.#countsStateFrom(start, end);
    if (resolved.granularity !== 'year' || resolved.year === undefined) return false;
    // (a year counted from the story's frames as one told outright: "opened four years later, on
    // 21 August")
    if (resolved.anchor === 'narrative') {
      this.#storyFrame = { year: resolved.year, until: this.#frameEnd(end) };
      return false;
    }
    if (resolved.anchor !== 'none' || !/^\d{4}$/u.test(resolved.value)) return false;
    const { backgroundYear, participleAside, asideAfter, originYear } = patternsOf(this.#lexicon);
    const before = this.#sentenceBefore(start);
    const background =
      backgroundYear.test(before) ||
      (participleAside.test(before) && asideAfter.test(this.#text.slice(end, end + 80))) ||
      this.#countsStateFrom(start, end);
    if (background) return true;
    if (!originYear.test(before) && !this.#yearlessTold)
      this.#storyFrame = { year: resolved.year, until: this.#frameEnd(end) };
    return false;
  }

  /**
   * In a text with a date, takes note of a story told in a year long before the publication: a
   * year told alone that opens its sentence, no background nor the start of a life ("In 1960,
   * Kennedy was a young senator"), or a year counted from the story's ("That autumn", after "He
   * emigrated to Canada in 1952"). Anything told from the publication ends it ("In 2019, the
   * company lost money. On Monday it said"), and so does a date of another year.
   */
  #notePastStory(start: number, end: number, resolved: Resolved): void {
    const year = resolved.year;
    const story = this.#pastStory;
    // (a date of the story, or of the year after, however found, goes on with it: "In 1960,
    // Kennedy announced his candidacy on January 2. He won the primary on March 8"; a year counted
    // from it is the story's year since, "The next year he became president")
    if (story !== null && year !== undefined && (year === story.year || year === story.year + 1)) {
      // (the frame is found again only past a sentence's end since the story's last date: a run
      // of its dates in one sentence, "1999-1999-...", would each read the next 1,500 characters)
      const sameSentence = !SENTENCE_OR_LINE_END.test(this.#text.slice(story.from, end));
      const until = sameSentence ? story.until : Math.max(story.until, this.#frameEnd(end));
      const storyYear = resolved.granularity === 'year' ? year : story.year;
      this.#pastStory = { year: storyYear, until, confirmed: true, from: end };
      return;
    }
    if (start === this.#pastStoryAt) return;
    const longBefore =
      year !== undefined && this.#pub.year !== null && this.#pub.year - year >= PAST_STORY_YEARS;
    if (resolved.anchor === 'narrative' && year !== undefined) {
      this.#pastStory = longBefore
        ? { year, until: this.#frameEnd(end), confirmed: true, from: end }
        : null;
      return;
    }
    if (resolved.anchor !== 'none') {
      this.#pastStory = null;
      return;
    }
    if (year === undefined) return;
    const { backgroundYear, participleAside, originYear, originAfter } = patternsOf(this.#lexicon);
    // (the sentence is read last, only for a year that may open a story: a text of years alone,
    // "1999-1999-...", reads none)
    // (or a day or a month written with its year, told as when something happened, wherever it
    // stands: "A century ago today, on 1 July 1916, the offensive opened", published in 2016,
    // confirmed as a year is, by a second date of its year; not a noun's "the Dec. 21, 1988,
    // bombing")
    const opens =
      longBefore &&
      (resolved.granularity === 'year'
        ? /^\d{4}$/u.test(resolved.value) &&
          YEAR_OPENS.test(this.#text.slice(Math.max(0, start - 30), start))
        : (resolved.granularity === 'day' || resolved.granularity === 'month') &&
          /^\d{4}-\d\d(?:-\d\d)?$/u.test(resolved.value) &&
          DAY_TOLD_AS_WHEN.test(this.#text.slice(Math.max(0, start - 12), start)));
    const before = opens ? this.#sentenceBefore(start) : '';
    if (
      opens &&
      !backgroundYear.test(before) &&
      !participleAside.test(before) &&
      !originYear.test(before) &&
      !this.#countsStateFrom(start, end)
    )
      this.#pastStory = {
        year,
        until: this.#frameEnd(end),
        confirmed: false,
        from: end,
        // (a year alone a history opens with needs no second date of its year for a day told
        // in its sentence or carrying it on (#carriesHistoryOn), unless the sentence tells a
        // beginning: lexicon storyFrame.originAfter)
        history:
          resolved.granularity === 'year' &&
          this.#pub.year! - year >= HISTORY_YEARS &&
          !originAfter.test(this.#text.slice(end, end + 80)),
      };
    else if (year !== this.#pastStory?.year) this.#pastStory = null;
  }

  /**
   * A month, a season or a day told in the past without a year, in the paragraph of a story told
   * long before the publication (#notePastStory), once confirmed, goes on with that story as in a
   * text with no date: in its year while the story is told to the year ("In 1960, Kennedy
   * announced his candidacy on January 2. He won the primary on [March 8]": 1960-03-08, told in
   * 2020), else from the story's last date ("That autumn [1952] he found work. In the [spring] he
   * married": 1953-SP). Not a weekday ("In 2019, the company lost money. On Monday it said": the
   * publication's week), nor what is ahead.
   */
  #pastStoryYear(stated: Stated, start: number, tense: () => Tense): Publication | null {
    const story = this.#pastStory;
    if (story === null || start >= story.until) return null;
    if (!story.confirmed && !(story.history === true && this.#carriesHistoryOn(story.from, start)))
      return null;
    if (stated.month === null && stated.season === null) return null;
    if (stated.weekday !== null || stated.holiday !== null || stated.ordinal !== null) return null;
    if (stated.unit !== null || tense() !== 'past') return null;
    if (this.#inNewsWeek(stated) || this.#toldAsNews(start)) return null;
    this.#pastStoryAt = start;
    const { grain, year, month } = this.#narrative;
    const toYear = grain === 'year' || year === null || month === null;
    return toYear && this.#seasonTold === null
      ? { year: story.year, month: null, day: null }
      : UNDATED;
  }

  /**
   * Whether a date at `start` carries on the history a year alone opened, ending at `from`: told
   * in the year's sentence ("In 52 BC a siege ended in [late September]"), or in one whose subject
   * is a pronoun, opening it or right after the date (lexicon `storyFrame.carriesOn`: "In 1815
   * Napoleon escaped from Elba. On [1 March] he landed in France"). A new subject is often the
   * news's, which looks back on the history: "In 1776 the founders wrote of liberty. On [March 3]
   * the senator quoted them" is this March; not one whose head noun the year's sentence told, the
   * same thing told on (`storyFrame.subjectOpening`, `subjectAfter`: "In 1346 the English army
   * landed in Normandy. On [26 August] the army fought at Crécy").
   */
  #carriesHistoryOn(from: number, start: number): boolean {
    if (!SENTENCE_OR_LINE_END.test(this.#text.slice(from, start))) return true;
    const { carriesOn, carriesOnAfter, subjectOpening, subjectAfter } = patternsOf(this.#lexicon);
    const before = this.#sentenceBefore(start).trimStart();
    const after = this.#text.slice(start, start + 80);
    if (carriesOn.test(before) || carriesOnAfter.test(after)) return true;
    const head = (subjectOpening.exec(before) ?? subjectAfter.exec(after))?.groups?.['head'];
    return head !== undefined && this.#yearSentenceTells(from, head, start);
  }

  /**
   * Whether the sentence holding `start` is the one right after the sentence ending at `end`
   * (nothing but its closing marks and spaces between).
   */
  #followsRightOn(end: number, start: number): boolean {
    const opening = start - this.#sentenceBefore(start).length;
    return opening >= end && !/[\p{L}\p{N}]/u.test(this.#text.slice(end, opening));
  }

  /**
   * Whether the sentence of the year ending at `from` brings in `word`, a head noun, named with a
   * word that tells which one (lexicon `storyFrame.subjectNamed`: "the English army"), and the
   * text before that sentence never had it: a thing of the history, not the article's own
   * subject, whose news may follow ("Shares in Harlow Steel fell on Monday. In 1902 the company
   * paid its first dividend. In December the company cut its dividend"). A head told bare is the
   * history's too when that sentence opens the text, which has told no subject of its own before
   * it ("In 1914 the regiment sailed for France. In October the regiment fought at Ypres";
   * likewise "In 1920 the club won its first title. In March the club sacked its manager").
   */
  #yearSentenceTells(from: number, word: string, start: number): boolean {
    const { sentenceEnds, subjectNamed } = patternsOf(this.#lexicon);
    const after = this.#text.slice(from, from + COMPARISON_REACH);
    sentenceEnds.lastIndex = 0;
    const stop = sentenceEnds.exec(after)?.index ?? after.length;
    const before = this.#sentenceBefore(from, YEAR_SENTENCE_REACH);
    const sentence = `${before} ${after.slice(0, stop)}`;
    const told = new RegExp(String.raw`(?<![\p{L}'’-])${word}(?![\p{L}'’-])`, 'giu');
    const earlier = this.#text.slice(0, from - before.length);
    if (told.test(earlier)) return false;
    // (a text that opens with the history has told no subject of its own for a bare head to be,
    // while the history goes straight on: a sentence between may bring it to now, "It has won
    // nothing since. In March the club sacked its manager" is this March)
    if (earlier.trim() === '')
      return told.test(sentence) && this.#followsRightOn(from + stop, start);
    told.lastIndex = 0;
    for (let m = told.exec(sentence); m !== null; m = told.exec(sentence))
      if (subjectNamed.test(sentence.slice(Math.max(0, m.index - 60), m.index))) return true;
    return false;
  }

  /**
   * Whether the sentence of a date tells it as news of the publication: a saying or a
   * commemoration (lexicon `storyFrame.newsNow`: "The company said on [March 3] that profits
   * fell", "NASA celebrated the anniversary in [July]").
   */
  #toldAsNews(start: number, { afterOnly = false } = {}): boolean {
    return this.#sentenceTells(patternsOf(this.#lexicon).newsNow, start, afterOnly);
  }

  /** Whether `words` are in the sentence of the date at `start` (or only after it). */
  #sentenceTells(words: RegExp, start: number, afterOnly = false): boolean {
    const { sentenceEnds } = patternsOf(this.#lexicon);
    const after = this.#text.slice(start, start + COMPARISON_REACH);
    sentenceEnds.lastIndex = 0;
    const stop = sentenceEnds.exec(after)?.index ?? after.length;
    if (words.test(after.slice(0, stop))) return true;
    return !afterOnly && words.test(this.#sentenceBefore(start));
  }

  /**
   * Whether a day without a year falls in the week before the publication, where it is the news
   * ("In 1989, the Berlin Wall fell. Germans marked the anniversary on Nov. 9", told on Nov. 10,
   * 2019).
   */
  #inNewsWeek(stated: Stated): boolean {
    const [pubDay, year] = [this.#pubDay, this.#pub.year];
    if (pubDay === null || year === null || stated.month === null || stated.day === null)
      return false;
    const day = [year, year - 1]
      .map((y) => dayNumber(y, stated.month!, stated.day!))
      .find((d) => d <= pubDay);
    return day !== undefined && pubDay - day <= NEWS_WEEK_DAYS;
  }

  /**
   * Where the frame of a year told alone at `end` ends: at the end of its paragraph, past
   * FRAME_SENTENCES sentences or FRAME_REACH characters, or where the text jumps away from it
   * ("The war ended in 1945. Decades later, on 9 May": lexicon `storyFrame.breaks`). Found once,
   * when the year is told, so that each date after it only compares offsets.
   */
  #frameEnd(end: number): number {
    const { sentenceEnds, frameBreak } = patternsOf(this.#lexicon);
    const stretch = this.#text.slice(end, end + FRAME_REACH);
    let until = stretch.indexOf('\n');
    if (until < 0) until = stretch.length;
    sentenceEnds.lastIndex = 0;
    let told = 0;
    for (let m = sentenceEnds.exec(stretch); m !== null; m = sentenceEnds.exec(stretch)) {
      if (m.index >= until) break;
      if (++told > FRAME_SENTENCES) {
        until = m.index;
        break;
      }
      if (m[0].length === 0) sentenceEnds.lastIndex++;
    }
    const jump = frameBreak.exec(stretch.slice(0, until));
    return end + (jump?.index ?? until);
  }

  /**
   * In a text with no date, the year told alone that frames a month, a season or a day told
   * without one after it, in the same paragraph, a few sentences on at most, with no finer date
   * told since ("The offensive opened in 1942. It reached the Volga on [23 August]"); not in what is
   * told ahead, unless ahead then ("It would expire on [31 December]").
   */
  #undatedFrame(stated: Stated, start: number, tense: () => Tense): Publication | null {
    const frame = this.#storyFrame;
    // (the story at a season since places what follows better: #seasonAsMonth)
    if (frame === null || this.#pub.year !== null || this.#seasonTold !== null) return null;
    if (stated.month === null && stated.season === null) return null;
    const { grain, year } = this.#narrative;
    if (grain !== 'year' || year !== frame.year) return null;
    if (start >= frame.until) return null;
    const { futureInPast } = patternsOf(this.#lexicon);
    if (tense() === 'future' && !futureInPast.test(this.#sentenceBefore(start))) return null;
    // (in a text with no date, only a saying told after the date: "She died on 11 March, her
    // publisher said"; "The government said the licence would expire on 31 December" is the
    // story's)
    if (this.#toldAsNews(start, { afterOnly: true })) return null;
    return { year: frame.year, month: null, day: null };
  }

  /**
   * Whether a month or a day is told ahead of a past story, in a text with no date: it goes on
   * with the story as what is past does ("An inquiry opened on 15 April 1987. The licence would
   * expire on [31 December]": 1987-12-31).
   */
  #aheadThen(stated: Stated, start: number, tense: () => Tense): boolean {
    if (this.#pub.year !== null || this.#narrative.year === null) return false;
    if (stated.kind !== 'date' || stated.month === null || stated.year !== null) return false;
    const { futureInPast } = patternsOf(this.#lexicon);
    return futureInPast.test(this.#sentenceBefore(start)) && tense() === 'future';
  }

  /**
   * A later quarter or half told without a year right after one told with it, in the same
   * sentence, is of the same year: "25 stores in the first half of next year and 35 in the
   * second half", "in the first quarter of 2011 and in the second quarter"; an earlier one is
   * of the next ("in the fourth quarter of 2012 and ... in the first quarter").
   */
  #partYear(stated: Stated, start: number): Publication | null {
    const part = this.#lastPart;
    if (part === null || (stated.unit !== 'quarter' && stated.unit !== 'half')) return null;
    if (stated.yearShift !== null || stated.ordinal === null) return null;
    if (start - part.end > PART_REACH || (stated.unit === 'half') !== (part.unit === 'H'))
      return null;
    const { sentenceEnd } = patternsOf(this.#lexicon);
    if (sentenceEnd.test(this.#text.slice(part.end, start))) return null;
    const n = stated.ordinal < 0 ? (part.unit === 'H' ? 2 : 4) : stated.ordinal;
    return { year: n > part.n ? part.year : part.year + 1, month: null, day: null };
  }

  /**
   * "The first quarter was weak. Results, due in July, could disappoint. Earnings fell 6% in the
   * quarter": the quarter a report is about is the last one named, not the one of the last date.
   */
  #quarterTold(stated: Stated): Narrative | null {
    const quarter = this.#lastQuarter;
    if (quarter === null || stated.kind !== 'narrative' || stated.unit !== 'quarter') return null;
    if (stated.offset !== 0) return null;
    return { ...this.#narrative, grain: 'month', month: quarter, year: quarter.year, day: null };
  }

  /** Whether a day without a year names a happening gone by ("in the Aug. 9 shooting"). */
  #namesHappeningGoneBy(stated: Stated, end: number): boolean {
    if (stated.kind !== 'date' || stated.day === null || stated.year !== null) return false;
    const { unplannedEvent } = patternsOf(this.#lexicon);
    return unplannedEvent.test(this.#text.slice(end, end + 40));
  }

  /**
   * Whether a month without a year modifies a noun inside the subject of a future clause, after
   * its head and a preposition ("Results from the [March] election will be certified"; lexicon
   * MONTH_IN_FUTURE_SUBJECT): the future verb tells of the subject, not of the month.
   */
  #inFutureSubject(stated: Stated, start: number, end: number): boolean {
    if (stated.kind !== 'date' || stated.month === null || stated.unit !== null) return false;
    if (stated.year !== null || stated.shortYear !== null || stated.yearShift !== null)
      return false;
    if (stated.shift !== null || stated.weekday !== null) return false;
    const { futureSubjectBefore, futureSubjectAfter } = patternsOf(this.#lexicon);
    const text = this.#text;
    return (
      futureSubjectAfter.test(text.slice(end, end + FUTURE_SUBJECT_REACH)) &&
      futureSubjectBefore.test(text.slice(Math.max(0, start - FUTURE_SUBJECT_REACH), start))
    );
  }

  /**
   * Whether the head before a month in a future clause's subject tells what follows from the
   * month's event ("Lessons from the [May] floods"; lexicon MONTH_IN_FUTURE_SUBJECT `aftermath`).
   */
  #headFollowsFrom(start: number): boolean {
    const before = this.#text.slice(Math.max(0, start - FUTURE_SUBJECT_REACH), start);
    return patternsOf(this.#lexicon).futureSubjectAftermath.test(before);
  }

  /**
   * Whether the subject a month is in comes after a pause the month names ("Debate after the
   * [October] break will center on the budget"; lexicon MONTH_IN_FUTURE_SUBJECT `pauseBefore` and
   * `pause`): the coming one, as the future verb has it. Not what follows from the pause
   * ("Repairs after the August recess"; `aftermath`).
   */
  #followsPause(start: number, end: number): boolean {
    const { futureSubjectPauseBefore, futureSubjectPause } = patternsOf(this.#lexicon);
    const text = this.#text;
    return (
      !this.#headFollowsFrom(start) &&
      futureSubjectPause.test(text.slice(end, end + FUTURE_SUBJECT_REACH)) &&
      futureSubjectPauseBefore.test(text.slice(Math.max(0, start - FUTURE_SUBJECT_REACH), start))
    );
  }

  /**
   * Whether a month is the publication's or the one just before it: a pause in it is under way or
   * just over, and what comes after it is now ("Traffic after the [December] holidays will return
   * to normal next week", told January 5, is December's just gone), not a year on.
   */
  #justGone(stated: Stated): boolean {
    const told = this.#pub.month;
    if (told === null || stated.month === null) return false;
    return stated.month === told || stated.month === (told === 1 ? 12 : told - 1);
  }

  /** Whether a date comes after the publication's, at the grain both know. */
  #isAfterPublication(resolved: Resolved): boolean {
    const { day, month, year } = resolved;
    const told: Publication =
      day !== undefined
        ? civilDay(day)
        : { year: month?.year ?? year ?? null, month: month?.month ?? null, day: null };
    return isAfterPublication(told, this.#pub);
  }

  /** Whether the quarter that begins with `first` was over by the publication, as far as known. */
  #isOver(first: { year: number; month: number }): boolean {
    const { year, month } = this.#pub;
    if (year === null) return true;
    if (month === null) return first.year < year;
    return first.year * 12 + first.month + 2 < year * 12 + month;
  }

  /**
   * A day of the month told alone ("the 10th") is one of the month of the last day or month told,
   * in its paragraph, a few sentences on at most: "The team won on Sept. 3 and lost on [the
   * 10th]" is September 10, not the publication month's; given as a publication in that month.
   */
  #monthOfDayAlone(stated: Stated, start: number, tense: () => Tense): Publication | null {
    const told = this.#monthTold;
    if (told === null || stated.kind !== 'date') return null;
    if (stated.day === null || stated.month !== null || stated.weekday !== null) return null;
    if (stated.holiday !== null || stated.unit !== null || stated.shift !== null) return null;
    told.until ??= this.#frameEnd(told.end);
    if (start >= told.until) return null;
    const month: Publication = { year: told.year, month: told.month, day: null };
    const { sentenceEnd } = patternsOf(this.#lexicon);
    if (!sentenceEnd.test(this.#text.slice(told.end, start))) return month;
    // (in a sentence after it, only on the side of the publication its tense tells: "The strike
    // began on Sept. 3. It ended on [the 10th]", but not "He joined the firm in June 2010. The vote
    // is on [the 25th]")
    const ahead = isAfterPublication(month, this.#pub);
    const side = tense();
    return (ahead && side === 'future') || (!ahead && side === 'past') ? month : null;
  }

  /**
   * "on New Year's Eve in 2016": the year told right after a holiday, a month or a day without
   * one, which it is of (an expression of its own: the date's value takes it all the same).
   */
  #yearToldAfter(stated: Stated, end: number): Publication | null {
    if (stated.month === null && stated.holiday === null) return null;
    const { yearToldAfter } = patternsOf(this.#lexicon);
    const groups = yearToldAfter.exec(this.#text.slice(end, end + 40))?.groups;
    const year = groups?.['year'] ?? groups?.['setOff'];
    return year === undefined ? null : { year: Number(year), month: null, day: null };
  }

  /**
   * "The plant closed in 2009 in March": the year told right before a holiday, a season, a month
   * or a day without one, in the same phrase, which it is of; set off by a comma only in a
   * sentence with no comma before the year and with a pause after the date that does not open a
   * clause ("in 2009, in March, and"; not "The firm, founded in 2009, in March announced layoffs",
   * nor "Elected in 2019, in March, she resigned").
   */
  #yearToldBefore(stated: Stated, start: number, end: number): Publication | null {
    if (stated.month === null && stated.holiday === null && stated.season === null) return null;
    const frame = this.#namedYear;
    if (frame === null || frame.end !== this.#lastEnd || frame.end > start) return null;
    const patterns = patternsOf(this.#lexicon);
    const text = this.#text;
    const between = text.slice(frame.end, start);
    const sentence = this.#sentenceBefore(frame.start);
    if (!patterns.yearToldBeforeBefore.test(sentence)) return null;
    const told =
      patterns.yearToldBeforeBetween.test(between) ||
      (patterns.yearToldBeforeSetOff.test(between) &&
        !sentence.includes(',') &&
        patterns.yearToldBeforeClosedBy.test(text.slice(end, end + 24)));
    return told ? { year: frame.year, month: null, day: null } : null;
  }

  /**
   * A month or a day without a year set against the date right before it, or listed with it, is
   * the one nearest that date on its side of the publication, whichever way the words between
   * them would tense it alone: "The vote was moved to March 5 instead of [March 3]", told in July,
   * is in the year of the coming March 5, and "on Dec. 30 or [Jan. 2]" in the year after (lexicon
   * `linkedDate`); given as a publication in that year. Not after a date of the publication's
   * month, which is on neither side ("Snow fell between March and [May]", told in March, is the
   * last May, as the tense says).
   */
  #linkedYear(stated: Stated, start: number, end: number): Publication | null {
    const last = this.#lastDate;
    if (last === null || stated.month === null || stated.weekday !== null) return null;
    if (stated.yearShift !== null || stated.shortYear !== null || stated.holiday !== null)
      return null;
    if (!this.#linkedTo(last.end, start, end)) return null;
    const pub = this.#pub;
    const ahead = isAfterPublication(last, pub);
    if (!ahead && !isAfterPublication(pub, last)) return null;
    const from = monthPos(last.month, last.day);
    const pos = monthPos(stated.month, stated.day);
    const distance = (year: number): number =>
      Math.abs((year - last.year) * MONTH_PERIOD + pos - from);
    const onSide = (year: number): boolean => {
      const told = { year, month: stated.month, day: stated.day };
      return ahead ? !isAfterPublication(pub, told) : !isAfterPublication(told, pub);
    };
    const year = [last.year, last.year - 1, last.year + 1]
      .filter(onSide)
      .reduce<number | null>(
        (best, y) => (best === null || distance(y) < distance(best) ? y : best),
        null,
      );
    return year === null ? null : { year, month: null, day: null };
  }

  /**
   * A weekday alone set against the day right before it, or listed with it, is on the same side
   * of the publication, whichever way the words between them would tense it alone: "The vote was
   * moved to Monday instead of [Friday]", told on a Wednesday, is the coming Friday, not the one
   * gone by (lexicon `linkedDate`; a list's order is set after, ranges.ts). Not after the
   * publication's own day, which is on neither side.
   */
  #sideOfLinkedDay(stated: Stated, start: number, end: number): 'past' | 'future' | null {
    const [last, pubDay] = [this.#lastDate, this.#pubDay];
    if (last?.at == null || pubDay === null || last.at === pubDay) return null;
    if (stated.kind !== 'date' || stated.weekday === null || stated.month !== null) return null;
    if (stated.day !== null || stated.year !== null || stated.holiday !== null) return null;
    if (stated.shift !== null || stated.direction !== null || stated.unit !== null) return null;
    if (!this.#linkedTo(last.end, start, end)) return null;
    return last.at > pubDay ? 'future' : 'past';
  }

  /** Whether the date at [start, end) is set against or listed with the one ending at `lastEnd`. */
  #linkedTo(lastEnd: number, start: number, end: number): boolean {
    const { linkedBetween, linkedAfter } = patternsOf(this.#lexicon);
    const text = this.#text;
    return (
      linkedBetween.test(text.slice(lastEnd, start)) &&
      linkedAfter.test(text.slice(end, end + LINKED_AFTER_REACH))
    );
  }

  /**
   * The publication's year, for a month or a season without one in a sentence that tells a
   * commemoration in the present (lexicon `storyFrame.commemoration`, `commemorationNow`): "In
   * [September] the city marks the anniversary", told in March, is this year's, the coming one,
   * not the last one the nearest side would take; null otherwise, and for a date told in the past.
   */
  #commemoratedNow(stated: Stated, start: number, tense: () => Tense): Publication | null {
    const year = this.#pub.year;
    if (year === null || (stated.month === null && stated.season === null)) return null;
    // (not a date told in the past, whose present is an aside's: "In [October] the council
    // approved a memorial that honours the miners" is the last October)
    if (tense() === 'past') return null;
    if (stated.weekday !== null || stated.holiday !== null) return null;
    const { commemoration, commemorationNow } = patternsOf(this.#lexicon);
    if (!this.#sentenceTells(commemoration, start)) return null;
    return this.#sentenceTells(commemorationNow, start) ? { year, month: null, day: null } : null;
  }

  /** "Dec. 1 of that year": the story's year, for a month or a day told without one. */
  #storyYear(stated: Stated, end: number): Publication | null {
    const year = this.#narrative.year;
    if (year === null || stated.month === null) return null;
    const { ofStoryYear } = patternsOf(this.#lexicon);
    if (!ofStoryYear.test(this.#text.slice(end, end + 40))) return null;
    return { year, month: null, day: null };
  }

  /**
   * The year a sentence opens with, for a month or a season without one later in it: "In 2019,
   * the first round was held in October" is October 2019, not the publication's last October;
   * "Last year, the monsoon arrived on 8 June" is last year's June. So does a year set off after
   * the subject ("Her last tour, in 2022, was cut short in October"), and a year a "when" clause
   * follows, for the months in it: "was in 2011, when an October storm dropped snow".
   */
  #frameYear(stated: Stated, start: number, end: number, tense: () => Tense): Publication | null {
    // (a part of the year only as told in the past: "Last year the company grew, and it expects
    // growth in the [second half]" is a forecast, of this year's)
    if (isPartOfYear(stated) && tense() !== 'past') return null;
    const framed = this.#framedYear(stated, start, end);
    if (framed?.year != null && this.#aheadOfPastYear(framed.year, start, tense)) return null;
    // (nor a year still ahead: "Next year the plant will close. In the [first half], it produced
    // 2,000 cars" is this year's)
    const pubYear = this.#pub.year;
    if (isPartOfYear(stated) && framed?.year != null && pubYear !== null && framed.year > pubYear)
      return null;
    // ("The 2024 Paris Olympic Games, held in July, drew record crowds", told in March 2024: a
    // month of the publication's year still ahead, told in the past, is the one gone by)
    const pub = this.#pub;
    if (
      framed?.year != null &&
      framed.year === pub.year &&
      stated.month !== null &&
      pub.month !== null &&
      stated.month > pub.month &&
      tense() === 'past'
    )
      return null;
    // ("Last year, storage reached 95% in early November before a cold snap drew it down in
    // January": a month told after a later one of the frame, "before" or "until" it, is the next
    // year's)
    // (and one after it in the same sentence goes on in that year: "in January and [February]")
    const last = this.#narrative.month;
    if (framed?.year == null || stated.month === null || last === null) return framed;
    // (the month before must be the frame's own, told after the year: in "cuts due on Jan. 1.
    // This year he ran on a record shaped by the 1930s, with unemployment at 7.9% in [October]",
    // told in November 2012, the decade after the year is no month, and January 2013 is not the
    // frame's)
    const frame = this.#namedYear;
    if (frame === null || this.#lastEnd <= frame.end || this.#lastMonthEnd <= frame.end)
      return framed;
    const between = this.#text.slice(this.#lastEnd, start);
    const { sentenceEnd, rollsOn } = patternsOf(this.#lexicon);
    if (sentenceEnd.test(between)) return framed;
    if (last.year === framed.year + 1 && stated.month >= last.month)
      return { ...framed, year: last.year };
    return last.year === framed.year && stated.month < last.month && rollsOn.test(between)
      ? { ...framed, year: framed.year + 1 }
      : framed;
  }

  /**
   * Whether the date at `start` is told ahead of the publication, in a sentence whose year is
   * before the publication's: that year frames no future told from now ("In 2019, the party was
   * founded, and it will hold a congress in December" is the coming December; lexicon
   * `storyFrame.aheadNow`), though it does one seen from then ("In 2019, the party said it would
   * meet in the spring"; "In 2019, the city agreed to finish the plant by December"). A plan or a
   * progressive in the present looks ahead too ("In June, it plans to open another").
   */
  #aheadOfPastYear(year: number, start: number, tense: () => Tense): boolean {
    const pubYear = this.#pub.year;
    if (pubYear === null || year >= pubYear || tense() !== 'future') return false;
    // (a timeline's entry is told in the present of its year: "2019 — Kadara plans to fill the
    // reservoir in July")
    const frame = this.#namedYear;
    if (frame !== null && this.#opensEntry(frame.start, frame.end)) return false;
    return this.#sentenceTells(patternsOf(this.#lexicon).aheadNow, start);
  }

  /**
   * Where the verb ends that tells the happening of the event a year at [start, end) names, when
   * its sentence opens with it ("The 2008 crisis hit", "The 2016 election was held"; lexicon
   * `eventYear`); -1 when it does not.
   */
  #namesEventOfSentence({ start, end }: { start: number; end: number }): number {
    const { eventYearBefore, eventYearAfter } = patternsOf(this.#lexicon);
    const text = this.#text;
    if (!eventYearBefore.test(text.slice(Math.max(0, start - 8), start))) return -1;
    const told = eventYearAfter.exec(text.slice(end, end + EVENT_REACH));
    return told === null ? -1 : end + told[0].length;
  }

  /**
   * The year of a month told in the clause of a season that spans two years, whose second year is
   * `frame` ("The 2023-24 season ended in [May]": 2024; "began in [September]": 2023), or in the
   * sentence it opens ("In the 2023-24 season, the club won the cup in [May]"); null otherwise.
   */
  #seasonSpanYear(
    stated: Stated,
    start: number,
    frame: { year: number; start: number; end: number },
  ): number | null {
    if (stated.month === null || frame.end > start) return null;
    const { spanBefore, spanAfter, spanOpens, spanClauseBreak, sentenceEnd } = patternsOf(
      this.#lexicon,
    );
    const text = this.#text;
    const first = spanBefore.exec(
      text.slice(Math.max(0, frame.start - SPAN_BEFORE_REACH), frame.start),
    )?.groups;
    if (first === undefined || Number(first['first']) !== frame.year - 1) return null;
    const noun = spanAfter.exec(text.slice(frame.end, frame.end + SPAN_NOUN_REACH));
    if (noun === null) return null;
    const between = text.slice(frame.end + noun[0].length, start);
    if (sentenceEnd.test(between) || spanClauseBreak.test(between)) return null;
    const spanStart = frame.start - first['first']!.length - 1;
    const opening = spanOpens.test(text.slice(Math.max(0, spanStart - 30), spanStart));
    if (!opening && CLAUSE_CLOSES.test(between)) return null;
    return stated.month >= this.#lexicon.seasonSpan.firstYearFrom ? frame.year - 1 : frame.year;
  }

  #framedYear(stated: Stated, start: number, end: number): Publication | null {
    const frame = this.#namedYear;
    // (a holiday too, a day of the year as a month is: "In 2019, the family spent [Christmas] in
    // Paris" is 2019-12-25; and a part of the year by its ordinal: "Last year the company grew,
    // and in the [first half] sales rose" is 2025-H1, told in 2026)
    const part = isPartOfYear(stated);
    if (
      frame === null ||
      (stated.month === null && stated.season === null && stated.holiday === null && !part)
    )
      return null;
    const spanYear = this.#seasonSpanYear(stated, start, frame);
    if (spanYear !== null) return { year: spanYear, month: null, day: null };
    const {
      sentenceEnd,
      yearFrame,
      yearWhen,
      yearForFigures,
      yearAsideBefore,
      asideThenClause,
      dateOpensClause,
      yearAsSubject,
    } = patternsOf(this.#lexicon);
    const text = this.#text;
    // the year opens its sentence, set off by a comma (or opens a timeline's line, before a dash
    // or a colon), or right before its clause's subject ("In 2019 the vote moved to March 5"; the
    // year only: a month that opens the next sentence so, "In 1999, he won his first title. In
    // July he won his eighth", is as often the news's own)
    const opens = (at: number, end: number, year = false): boolean => {
      yearFrame.lastIndex = end;
      const after = text.slice(end, end + CLAUSE_SUBJECT_REACH);
      const setOff =
        yearFrame.test(text) ||
        (year && (dateOpensClause.test(after) || yearAsSubject.test(after)));
      const before = text.slice(Math.max(0, at - 30), at);
      // (a part of the year opens its sentence with its article: "In the [first half], sales rose")
      return setOff && YEAR_OPENS.test(part ? before.replace(PART_ARTICLE, '') : before);
    };
    const between = text.slice(frame.end, start);
    // ("In 2016 Trump won, and now Democrats fear a repeat in [November]": the sentence has
    // turned to the present; lexicon `storyFrame.nowTurn`)
    if (patternsOf(this.#lexicon).nowTurn.test(between)) return null;
    // ("Her last tour, in 2022, was cut short in October": a year set off after the subject frames
    // its sentence as an opening one does)
    // (only up to the end of its clause: not "Her last tour, in 2022, was cut short, and she
    // will return in October", nor "She visited Kyiv, in 2022, and plans to return in October")
    yearFrame.lastIndex = frame.end;
    const aside =
      yearFrame.test(text) &&
      yearAsideBefore.test(text.slice(Math.max(0, frame.start - 20), frame.start)) &&
      !asideThenClause.test(between) &&
      !CLAUSE_CLOSES.test(between.replace(/^\s*,/u, ''));
    if (aside && !sentenceEnd.test(between)) return { year: frame.year, month: null, day: null };
    // ("The 2008 crisis hit in September": a year naming the event its sentence opens with, told
    // happening, frames the months of that clause; not "The 2019 winner returned in March", nor
    // past the clause, "The 2008 crisis was severe, and rates rose in September")
    // (the clause goes on from its verb, past an aside about the event: "The 2016 referendum,
    // which split the country, took place in June")
    const happened = this.#namesEventOfSentence(frame);
    if (happened >= 0 && happened <= start) {
      const rest = text.slice(happened, start);
      if (!CLAUSE_CLOSES.test(rest) && !sentenceEnd.test(rest))
        return { year: frame.year, month: null, day: null };
    }
    if (!opens(frame.start, frame.end, true)) {
      yearWhen.lastIndex = frame.end;
      const setIn = !yearForFigures.test(text.slice(Math.max(0, frame.start - 10), frame.start));
      // only inside the "when" clause: "formed in 2004 when the city sold its stake, announced
      // the plan in February" is the publication's February
      return setIn &&
        yearWhen.test(text) &&
        !sentenceEnd.test(between) &&
        !CLAUSE_CLOSES.test(text.slice(yearWhen.lastIndex, start))
        ? { year: frame.year, month: null, day: null }
        : null;
    }
    if (!sentenceEnd.test(between))
      return this.#yearIsOnlySubject(frame.end)
        ? null
        : { year: frame.year, month: null, day: null };
    // (a timeline's entry is told in its year to the end of its line, past its first sentence:
    // "2019 — The dam is finished. Turbines start in July" is 2019-07; not the prose after the
    // list, on a line of its own)
    if (
      start - frame.end < FRAME_REACH &&
      !between.includes('\n') &&
      this.#opensEntry(frame.start, frame.end)
    )
      return { year: frame.year, month: null, day: null };
    // ("In 1987, a chlorine leak closed the plant. In August, regulators fined the company": the
    // next sentence, opening the same way with no date since, goes on in that year, unless it
    // looks back on the year's story from a later one: "In 1989, the Berlin Wall fell. In
    // November, Germans marked the anniversary" is this November; but not when the year's story
    // is itself the commemoration: "In 1976, the nation celebrated its bicentennial. In July, tall
    // ships sailed in for the bicentennial celebrations")
    const sentences = between.split(/[.!?]["”’]?\s+/u);
    const next = sentences.length === 2 && this.#lastEnd === frame.end;
    if (!next || !opens(start, end)) return null;
    // (a part of the year compared with the year before is the news's latest: "Last year the
    // company lost money. In the [first quarter], revenue rose 8% from a year earlier")
    if (part && this.#comparedWithYearBefore(end)) return null;
    // (nor one that tells the news's present, after a year told of as the subject: "Last year was
    // difficult for the chain. In the [second quarter], sales have recovered")
    if (this.#yearIsOnlySubject(frame.end) && this.#sentenceTellsNow(end)) return null;
    const { commemoration } = patternsOf(this.#lexicon);
    return this.#sentenceTells(commemoration, start) && !commemoration.test(sentences[0]!)
      ? null
      : { year: frame.year, month: null, day: null };
  }

  /**
   * Whether the year ending at `end` opens its sentence only as the subject of a linking verb
   * ("2025 was the hottest year on record, the agency said on [Jan. 9]"): it then frames the next
   * sentence's opening, not the rest of its own sentence, which is told of it from the news's
   * present (lexicon YEAR_AS_SUBJECT).
   */
  #yearIsOnlySubject(end: number): boolean {
    const { yearFrame, dateOpensClause, yearAsSubject } = patternsOf(this.#lexicon);
    const text = this.#text;
    yearFrame.lastIndex = end;
    const after = text.slice(end, end + CLAUSE_SUBJECT_REACH);
    return !yearFrame.test(text) && !dateOpensClause.test(after) && yearAsSubject.test(after);
  }

  /** Whether the sentence after `end` tells the news's present (NOW_AFTER_YEAR_AS_SUBJECT). */
  #sentenceTellsNow(end: number): boolean {
    const rest = this.#text.slice(end, end + PART_COMPARISON_REACH);
    const stop = SENTENCE_STOP.exec(rest);
    return patternsOf(this.#lexicon).nowAfterYearAsSubject.test(
      stop ? rest.slice(0, stop.index) : rest,
    );
  }

  /** Whether the sentence after `end` compares with the year before (lexicon PART_COMPARED). */
  #comparedWithYearBefore(end: number): boolean {
    const rest = this.#text.slice(end, end + PART_COMPARISON_REACH);
    const stop = SENTENCE_STOP.exec(rest);
    return patternsOf(this.#lexicon).partCompared.test(stop ? rest.slice(0, stop.index) : rest);
  }

  /**
   * "the month" or "the week" at [start, end) as the one of the day or month told earlier in its
   * sentence ("In March 2011, the bank said it would fix it by the end of the month"), or null;
   * "the year" as the year told earlier in its sentence when told in the past ("After the crash in
   * 2008, the company struggled for the rest of the year"; "The company, founded in 1998,
   * expects a profit by the end of the year" is the publication's).
   */
  #periodOfSentence(
    stated: Stated,
    start: number,
    end: number,
    tense: () => Tense,
  ): Publication | null {
    if (stated.kind !== 'deictic' || stated.shift !== null) return null;
    if (!PERIODS_OF_SENTENCE.has(stated.unit ?? '')) return null;
    const { thePeriod, sentenceEnd } = patternsOf(this.#lexicon);
    if (this.#lastEnd < 0 || !thePeriod.test(this.#text.slice(start, end))) return null;
    const { grain, day, month, year } = this.#narrative;
    // (in a text with no date, "the decade" and "the year" are the story's, told in any sentence
    // before: "In 1953 it opened a second plant. By the end of the decade it employed 6,000
    // people": 195X; "On 1 May 1821 the first spade went in. By the end of the year four miles
    // had been dug": 1821, told in the past; "He expects to finish by the end of the year" is the
    // writer's, unknown)
    if (
      (stated.unit === 'decade' || (stated.unit === 'year' && tense() === 'past')) &&
      this.#pub.year === null &&
      year !== null
    )
      return { year, month: null, day: null };
    if (sentenceEnd.test(this.#text.slice(this.#lastEnd, start))) return null;
    // ("He left in 1998 for the ministry, where he became chief economist by the end of the decade")
    if (stated.unit === 'decade' || (stated.unit === 'year' && tense() === 'past'))
      return year === null ? null : { year, month: null, day: null };
    if (grain === 'day' && day !== null) return civilDay(day);
    if (grain === 'month' && month !== null && stated.unit === 'month')
      return { year: month.year, month: month.month, day: null };
    return null;
  }

  /**
   * Whether the expression at `start` is in a headline (the first line, with no full stop) after
   * a "to" and its verb: "Energy bills to rise 2% in October" is ahead.
   */
  #inHeadlineAhead(start: number): boolean {
    const end = (this.#headlineEnd ??= this.#findHeadlineEnd());
    if (start > end) return false;
    return patternsOf(this.#lexicon).headlineInfinitive.test(this.#text.slice(0, start));
  }

  /** Where the text's headline ends: its first line when short and with no full stop, else -1. */
  #findHeadlineEnd(): number {
    const text = this.#text;
    // (only the first HEADLINE_REACH characters are looked at: once per text, however long)
    const head = text.slice(0, HEADLINE_REACH + 1);
    const lineEnd = head.indexOf('\n');
    const line = lineEnd < 0 ? head : head.slice(0, lineEnd);
    if (line.length > HEADLINE_REACH - 1 || /[.!?]["”’]?\s*$/u.test(line)) return -1;
    return line.length;
  }

  /**
   * A weekday alone in the sentence of a week told as one, right after it, is that week's day:
   * "Next week brings the Fed's minutes on Wednesday" is next week's Wednesday. Given as a
   * publication on that week's Monday, from which the weekday is looked for ahead; null else.
   */
  #dayOfWeekTold(stated: Stated, start: number): Publication | null {
    const week = this.#week;
    if (week === null || stated.kind !== 'date' || stated.weekday === null) return null;
    if (stated.month !== null || stated.day !== null || stated.year !== null) return null;
    if (stated.shift !== null) return null;
    // (the publication's own week is no frame: its weekdays are placed by their tense, as with
    // no week told; "Prices rose midweek and fell on [Friday]", told on a Wednesday, is the
    // Friday gone)
    const pubMonday = this.#pubDay === null ? null : this.#pubDay - isoWeekday(this.#pubDay) + 1;
    if (week.monday === pubMonday) return null;
    // (in the week's own clause: not after a comma, a saying or a complement, "will travel next
    // week, his office said on Friday", "denied this week that it expects a decision on Tuesday")
    if (start - week.end > WEEK_REACH) return null;
    const between = this.#text.slice(week.end, start);
    const {
      weekBreak,
      sentenceEnd,
      weekPossessiveBefore,
      weekPossessiveAfter,
      weekDayAtOnce,
      weekCountedBackOpening,
    } = patternsOf(this.#lexicon);
    const before = this.#text.slice(Math.max(0, week.start - 20), week.start);
    if (sentenceEnd.test(between)) return null;
    // ('"Only two weeks ago, on Wednesday, we met"': a weekday right after a week counted back is
    // that week's, its comma no break)
    const atOnce = week.countedBack && weekDayAtOnce.test(between);
    if (!atOnce && weekBreak.test(between) && !this.#keepsWeek(before, between, week.countedBack)) {
      return null;
    }
    // ("The storm formed a week ago and strengthened on Thursday": a week counted back is a
    // point, and the day after it in its clause is placed as though no week were told)
    if (week.countedBack && !atOnce && !weekCountedBackOpening.test(before)) return null;
    // ("The death toll from last week's floods climbed to 112 on Wednesday": a thing of the week
    // after a preposition, and the clause's own verb; not "Last week's talks broke down on Tuesday")
    if (weekPossessiveAfter.test(between) && weekPossessiveBefore.test(before)) return null;
    return civilDay(week.monday);
  }

  /**
   * Whether a week's clause goes on past its break to a weekday: "Last week, the council met on
   * Wednesday" (the week opening its sentence, and its comma), "Last week's vote, which was held
   * on Wednesday" (a relative on the week's thing). `before` is the text before the week,
   * `between` from it to the weekday; a week counted back opens its sentence also after a quotation
   * mark or a word of nearness ("Only a week ago, the council voted on Tuesday").
   */
  #keepsWeek(before: string, between: string, countedBack: boolean): boolean {
    const patterns = patternsOf(this.#lexicon);
    const { weekBreak, weekRelative, weekAhead } = patterns;
    const weekOpening = countedBack ? patterns.weekCountedBackOpening : patterns.weekOpening;
    // ("Last week, the council agreed to hold a second vote on Wednesday": the coming one)
    if (weekAhead.test(between)) return false;
    if (weekRelative.test(between)) return true;
    return weekOpening.test(before) && /^,\s/u.test(between) && !weekBreak.test(between.slice(1));
  }

  /** "the year" at [start, end) as the year stated earlier in its sentence, or null. */
  #yearOfSentence(start: number, end: number): Publication | null {
    const stated = this.#statedYear;
    if (stated === null) return null;
    const { theYear, sentenceEnd } = patternsOf(this.#lexicon);
    if (!theYear.test(this.#text.slice(start, end))) return null;
    if (sentenceEnd.test(this.#text.slice(stated.end, start))) return null;
    return { year: stated.year, month: null, day: null };
  }
}

/** A quarter or a half of a year named by its ordinal alone ("the first half", "Q3"). */
function isPartOfYear(stated: Stated): boolean {
  return (
    (stated.unit === 'quarter' || stated.unit === 'half') &&
    stated.ordinal !== null &&
    stated.month === null &&
    stated.yearShift === null
  );
}
