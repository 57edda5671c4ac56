/**
 * What a language gives the temporal engine: rules, the fragments they name, word tables for
 * the slots the engine reads, and the context cues for tense and ranges. Data only; the English
 * one is src/extract/lexicon/en/temporal/.
 */
import type { PartOfDay, Reference, Rule, Season, Unit } from './rule.ts';

type Table<T> = Readonly<Record<string, T>>;

export type Holiday =
  | {
      readonly month: number;
      readonly day: number;
      /** Kept only every so many years, counted from `since` ("Inauguration Day": 4, 1937). */
      readonly every?: number;
      readonly since?: number;
      /** The day it was kept on in the years before `since` (Inauguration Day: March 4). */
      readonly earlier?: { readonly month: number; readonly day: number };
    }
  | {
      readonly month: number;
      readonly weekday: number;
      readonly nth: number;
      readonly from?: number;
      /** Kept only every so many years, counted from `since` ("Super Tuesday": 4, 2000). */
      readonly every?: number;
      readonly since?: number;
    }
  | { readonly easter: number };

/** Word tables by slot. Keys are lower-case, without dots, spaces squeezed, apostrophes straight. */
export interface Words {
  month: Table<number>;
  /** ISO weekday, Monday = 1. */
  weekday: Table<number>;
  season: Table<Season>;
  part: Table<PartOfDay>;
  /** Clock hour of words like "noon". */
  clock: Table<number>;
  meridiem: Table<'am' | 'pm'>;
  /** Counts; null is an open count ("a few"). Compounds ("twenty-five") add up their parts. */
  number: Table<number | null>;
  fraction: Table<number>;
  /** Ordinals; -1 is the last. */
  ordinal: Table<number>;
  /** Decades of a century as words: "nineties" is 9. */
  decade: Table<number>;
  /** Centuries of years said in words: "nineteen (ninety-one)" is 19, "two thousand" 20. */
  spokenCentury: Table<number>;
  unit: Table<Unit>;
  unitMultiplier: Table<number>;
  shift: Table<number>;
  direction: Table<-1 | 1>;
  mod: Table<string>;
  reference: Table<Reference>;
  /** Recurrence words and their TIMEX3 SET value. */
  set: Table<string>;
  holiday: Table<Holiday>;
  /** Days named from the publication day ("yesterday"). */
  day: Table<{ readonly offset: number; readonly part?: PartOfDay }>;
}

export interface TemporalLexicon {
  /** In priority order: on a tie in length the earlier rule wins. */
  rules: readonly Rule[];
  fragments: Table<string>;
  words: Words;
  /** Regex sources of tense cues. */
  tense: {
    nearest: string;
    future: string;
    putOff: string;
    deadline: string;
    planned: string;
    report: string;
    past: string;
  };
  /** Regex sources for ranges (see the English lexicon's RANGES). */
  ranges: {
    pairStart: string;
    pairJoin: string;
    join: string;
    start: string;
    end: string;
    list: string;
    listComma: string;
    yearTold: string;
    movedFrom: string;
    runsNow: string;
    aheadFromToday: string;
  };
  /** Regex source of the start of another clause after an expression (tense.ts). */
  clauseBreak: string;
  /**
   * Regex source of what sets off an aside within a clause (commas): a tense cue between the
   * same breaks as an expression governs it before any other (tense.ts).
   */
  asideBreak: string;
  /**
   * Regex source tried right after an aside's break: where it matches, the aside is a relative
   * clause, whose tense cues tell of its noun and not of an expression outside it (tense.ts).
   */
  relativeOpener: string;
  /**
   * Regex source (flags g, i) for the opener of a relative clause with no comma before it ("The
   * man who was arrested Tuesday will appear"): a tense cue between it and an expression tells of
   * the expression before any after it (tense.ts).
   */
  restrictiveRelative: string;
  /**
   * Regex source (flag i) matched on the text from a restrictive relative's opener to an
   * expression: the relative closed with a date of its own, and the expression is the main
   * verb's ("the quarter that ended in December on [March 25]"; tense.ts).
   */
  relativeClosedByDate: string;
  /**
   * Regex source (flag i) matched on the text from a restrictive relative's opener to an
   * expression: the relative closed with a date of its own, then the main clause's present verb
   * ("The team that won the cup in 2019 plays Lorem on [Sunday]"; tense.ts).
   */
  relativeDatedBeforePresent: string;
  /**
   * Regex source (flag i) found in a sentence before an expression when the sentence steps back
   * to before the story's time, in the past perfect ("Talks had collapsed on April 28"): a time
   * of day told later is not on that day (story.ts).
   */
  flashback: string;
  /**
   * Regex source tried on the text right after an expression: where it matches, the sentence's
   * tense does not place the expression, and the nearest occurrence is taken (a possessive:
   * "get around Wednesday's ruling" dates the ruling, not the getting around).
   */
  untensedAfter: string;
  /**
   * Holidays another country keeps on another day: the `holiday` written (a key of
   * `words.holiday`), the regex source of a `place` in its sentence that sets it there, and the
   * key of that country's day (`as`; places.ts).
   */
  holidaysOfPlaces: ReadonlyArray<{ holiday: string; place: string; as: string; unless: string }>;
  /**
   * Regex source tried on the text before an expression (ending at it): an order's second
   * infinitive and its preposition, which put the day ahead ("ordered him to pay a fine by March
   * 31 and to appear again on [Friday]"; tense.ts).
   */
  orderedAhead: string;
  /**
   * Regex source tried on the text after such a day (from its end): a clause of its time told in
   * the past, which keeps the order's day where it is ("and to stay indoors on [Monday] as
   * temperatures hit 40C"; tense.ts).
   */
  orderedDayToldAfter: string;
  /**
   * Regex source tried on the text right before a weekday in the possessive (ending at it): what
   * readies the occasion and its "for", which put the occasion on or after a day the readying is
   * told on ("Ticket sales for [Saturday]'s concert opened on Monday"; readied.ts).
   */
  readiedForBefore: string;
  /**
   * Regex source tried on the text from a readied occasion's weekday to the next day told: the
   * readying's own course, which makes that day the readying's ("Ticket sales for [Saturday]'s
   * concert opened on Monday"; not "were resold by touts, police said on Monday"; readied.ts).
   */
  readiedCourse: string;
  /**
   * Regex sources of a period "to date": `period` tried on an expression's text, `endBefore` on
   * the text right before a day of its sentence that bounds it ("through December"; to-date.ts).
   */
  toDate: { period: string; endBefore: string };
  /**
   * Regex source tried on the text right before an expression (ending at it): where it matches,
   * a verb of putting off before it puts the expression ahead ("postponed the vote until
   * [Tuesday]"); elsewhere the putting off is past ("extended the sanctions on [Monday]").
   */
  newDateBefore: string;
  /**
   * A past verb right before a day that governs it ("was ousted on [Feb. 11]"), which keeps the
   * day in the past against the calendar (resolve/pick.ts): `between` is tried on the whole text
   * from the verb to the day, `verb` on the verb, which must not match (tense.ts); or a past
   * verb right after a subject the day names ("The [May 3] deadline passed"): `subject` is tried
   * on the text from the day to that verb, `subjectVerb` on the text from the verb on;
   * `reachedBack` on the text from a past cue to the day, for a cue that reaches back to it
   * ("retroactive to [Jan. 1]"), and `reaching` on such a cue alone, which governs no other day.
   * A day that opens its sentence is governed by the past verb of the subject after it ("On
   * [3 April] they died"): `fronted` is tried on the text from the sentence's start to the day,
   * `frontedSubject` on the text from the day to that verb (which `verb` must not match), and
   * `frontedAhead` must not match the text after the verb ("was [supposed to]": a plan).
   */
  pastGoverns: {
    between: string;
    verb: string;
    subject: string;
    subjectVerb: string;
    reachedBack: string;
    reaching: string;
    fronted: string;
    frontedSubject: string;
    frontedAhead: string;
  };
  /**
   * A verb still to come right before a day that governs it ("will hold its meeting on [Dec.
   * 12]"), which keeps the day ahead against the calendar (resolve/pick.ts): `verb` is tried on
   * the cue, which must match, `between` on the text from it to the day; `coordinated` on the
   * sentence before the day, for a second verb the same "will" governs (tense.ts); `arranged`, a
   * plan's cue right before the day that arranges it: `cue` on the cue, `before` (must not match)
   * on the text before it, `after` (must match) on the text after the day, `toldWhen` (must not
   * match) on the sentence before the cue, `toldGone` on the text after the day (the occasion told
   * as gone in the next sentence).
   */
  futureGoverns: {
    between: string;
    verb: string;
    coordinated: string;
    arranged: { cue: string; before: string; after: string; toldWhen: string; toldGone: string };
  };
  /**
   * A saying whose complement has begun before an expression ("said the vote in [August] will be
   * close"), which then does not date the saying: `verb` is tried on the reporting verb, `opening`
   * on the text from it to the expression (tense.ts).
   */
  whatWasSaid: { verb: string; opening: string; subject: string; subjectVerb: string };
  /**
   * Regex source tried on an expression's own text: a weekday, which a past decision before it
   * does not put ahead (tense.ts).
   */
  weekdayExpression: string;
  /** Cues that tell only of the date after them (the base of a comparison). */
  onlyBefore: string;
  /**
   * Regex source tried on the text between a `nearest` cue and an expression after it: a date that
   * is the cue's own object, after which the expression hangs on the clause's verb (tense.ts).
   */
  cueObjectDate: string;
  /** `nearest` cues that a future told before them in the sentence overrules. */
  yieldsToFuture: string;
  /**
   * A planning cue that promises or threatens (`verb`), after a perfect or a saying (`before`):
   * what it is for is ahead, even a weekday.
   */
  promised: { verb: string; before: string };
  /**
   * Regex source tried on the text right after an expression: where it matches, the expression
   * names a period whose results are told ("[third-quarter] results will be released Tuesday"),
   * which is the latest such period begun, whatever the tense of the telling.
   */
  reportedAfter: string;
  /** ... and right before it ("Data for [February] will be released"), ending at it. */
  reportedBefore: string;
  /**
   * Regex source tried on the text right before an expression (ending at it): where it matches
   * and no tense cue decides, the expression bounds something still running and is ahead
   * ("funds the government through [Sept. 30]").
   */
  boundBefore: string;
  /**
   * Regex sources (flag i): `before`, tried on the text right before a weekday, the start of
   * something that runs on from it ("apply from [Monday]"), ahead where no tense cue decides;
   * `rangeAfter`, right after it, the other end of a range, which is no such start (tense.ts).
   */
  startBound: { before: string; rangeAfter: string };
  /**
   * Regex sources tried right after a year or a century: an era before the common one (the value
   * gets "BC" before it) or the common one (the value stays); either joins the expression.
   * `partBefore`, tried on the text right before a year of the era before the common one: a day
   * and month (groups `day` and `month`, or `monthFirst` and `dayAfter`), a month (`monthAlone`)
   * or a season (`season`, with `first`, the first of two years, for "the winter of 54–53 BC")
   * of that year, which join it.
   */
  eras: { before: string; common: string; partBefore: string };
  /**
   * Regex source of what may stand between a clock time and the day it is on, tried on the whole
   * gap ("4 a.m. on Jan. 3", "10:35 a.m. (0735 GMT) Friday"; see clock-days.ts).
   */
  clockDayJoin: string;
  /** Regex source of what stands between two clock times of a range ("from 4 to 7 p.m."). */
  clockRangeJoin: string;
  /**
   * Regex source of what stands between the part of a day and a clock time on it, tried on the
   * whole gap ("Friday night at 7:30", "tonight, at 8:15"; see clock-days.ts).
   */
  partClockJoin: string;
  /**
   * Regex source of what stands between a recurrence and a clock time on it, tried on the whole
   * gap ("each morning at 6 a.m.", "at 10 a.m. every Monday"; see clock-days.ts).
   */
  clockSetJoin: string;
  /**
   * Regex source of what stands between a recurrence of days that opens a sentence and a clock
   * time on it, its subject and verb ("Every Monday the market opens at 6 a.m."), or between
   * that time and the next one of the clause ("at 9 a.m. and close at 5 p.m."; see clock-days.ts).
   */
  clockSetClauseJoin: string;
  /**
   * Regex source of what stands before a month, season or day without a year, in its sentence,
   * when a habit puts it in no one year ("typically runs from [October]"; see habits.ts).
   */
  habitBefore: string;
  /**
   * Regex sources of a part of the week told as an adverb ("midweek") and what joins it to a
   * recurring weekday in its clause ("trains midweek and plays on Saturdays"): a habit (habits.ts).
   */
  habitWeekPart: { expression: string; between: string; toldOnce: string; presentThen: string };
  /**
   * Regex source of what stands before a weekday, in its sentence, when opening hours make it
   * recur ("Hours are 10 a.m. to 5 p.m., [Saturday]"; see opening-hours.ts).
   */
  openingHoursBefore: string;
  /**
   * Regex source of a clock time's join to the weekday at its end ("5 p.m.[, Saturday]"), which
   * opening hours split into a time and a SET (opening-hours.ts).
   */
  openingHoursClockThenWeekday: string;
  /**
   * Regex sources of a year set off as an aside after the subject, and of what rolls a frame's
   * months on into the next year (see story.ts).
   */
  yearAside: { before: string; thenClause: string; rollsOn: string };
  /**
   * Regex sources of a year naming the event its sentence opens with, told happening ("The 2008
   * crisis hit in September"), which frames its clause (see story.ts).
   */
  eventYear: { before: string; after: string };
  /**
   * Regex source of a comparison with the year before, in the sentence after a part of the year
   * ("In the first quarter, revenue rose 8% from [a year earlier]"), which makes it the news's
   * latest, not one of the year the sentence before tells of (see story.ts).
   */
  partCompared: string;
  /**
   * Regex sources of a month modifying a noun inside a future clause's subject ("Results from the
   * March election will be certified"), which is the nearest March on either side (see story.ts).
   */
  monthInFutureSubject: {
    before: string;
    after: string;
    aftermath: string;
    pauseBefore: string;
    pause: string;
  };
  /**
   * A season spanning two years ("the 2023-24 season"), which frames the months of its clause by
   * where they fall in it (story.ts): `before` and `after` are tried around its second year,
   * `opens` before the span; a month from `firstYearFrom` on is in its first year.
   */
  seasonSpan: {
    before: string;
    after: string;
    opens: string;
    clauseBreak: string;
    firstYearFrom: number;
  };
  /**
   * What keeps a year told alone from framing the days after it in a text with no date, or a
   * story told long before in one with a date (story.ts).
   */
  storyFrame: {
    background: string;
    participleAside: string;
    asideAfter: string;
    origin: string;
    originAfter: string;
    carriesOn: string;
    carriesOnAfter: string;
    subjectOpening: string;
    subjectAfter: string;
    subjectNamed: string;
    futureInPast: string;
    breaks: string;
    nowTurn: string;
    newsNow: string;
    commemoration: string;
    commemorationNow: string;
    aheadNow: string;
  };
  /** Regex source of the text right before the date a move gives up ("from"; see tense.ts). */
  givenUpBefore: string;
  /** Regex source of what ends a week's clause before a weekday of it (see story.ts). */
  weekFrameBreak: string;
  /**
   * Regex sources of what keeps a week's clause past a break: the week `opening` its sentence
   * (tried on the text before it) and its comma, or a `relative` on the week's thing right after
   * it (tried on the text between; story.ts).
   */
  weekFrameKept: { opening: string; relative: string; ahead: string };
  /**
   * Regex sources of a week counted back from now (`week`, on its text) and of the text between
   * it and a weekday that follows at once (`dayAtOnce`), and of the text before a week that opens
   * its sentence (`opening`; story.ts).
   */
  weekCountedBack: { week: string; dayAtOnce: string; opening: string };
  /**
   * Regex sources of a week in the possessive that names a thing of the week set after a noun's
   * preposition: `before` the week, and `after` it up to a weekday (story.ts).
   */
  weekPossessiveBreak: { before: string; after: string };
  /** Regex source of a headline's "to" and verb before a date: what is ahead (story.ts). */
  headlineInfinitive: string;
  /** Regex source of a word right before a date that makes it approximate ("around 1640"). */
  approxBefore: string;
  /**
   * Regex source of what may stand between the parts of a length told in parts, tried on the
   * whole gap ("two hours and 15 minutes"; see compound.ts).
   */
  durationJoin: string;
  /**
   * Decades written by their digits, read after the rules (decades.ts): a century written as its
   * hundreds ("the 1800s") and the second of a pair written short ("the 1960s and 70s").
   */
  decades: { hundreds: string; hundredsBefore: string; pairAfter: string };
  /**
   * A weekday in apposition to the day before it ("on June 10, a Saturday"), which restates that
   * day (apposition.ts): `between` is tried on the text between them, `weekday` on the weekday
   * expression (its group `name`).
   */
  weekdayApposition: {
    between: string;
    weekday: string;
    /**
     * A weekday beside a distance counted from the story's date ("Three days later, on Friday";
     * "On Friday, a week later, ..."), which the distance's day or week places: tried on the text
     * from the distance to the weekday, from the weekday to the distance, and right after that
     * distance.
     */
    afterDistance: string;
    beforeDistance: string;
    distanceClosed: string;
  };
  /**
   * Reported speech with a date of its own ("said on [Monday] that the border would reopen on
   * [Thursday]"): `before` is tried on the text right before the saying's date, `between` on
   * the text from it to a later expression, which is then placed from the saying's date, not
   * the publication's (see reported.ts); `after`, on that text too, is a saying whose verb
   * comes after its date ("Police on [Monday] told residents to leave by [Wednesday]"), tried
   * alone.
   */
  reportedFrom: { before: string; between: string; after: string };
  /**
   * The day of a saying that trails a sentence which told a day of its own ("struck on Tuesday,
   * officials said on [Thursday]."): `before` ends right before it, `after` starts right after.
   * That day does not move the story's day that a later time of day is on, when what is
   * `between` the sentence's day and the saying's comma leaves that day the sentence's act's.
   */
  trailingSayingDay: { before: string; after: string; between: string };
  /** What follows the date that opens a list's line: a timeline's or a schedule's entry. */
  entryAfter: string;
  /** A quotation's day of speech (quoted.ts). */
  quotedFrom: { after: string; before: string; between: string };
  /**
   * Regex source of what opens a clause before an expression ("after beating Fritz on
   * [Friday]"): cues before the last one found do not tense the expression.
   */
  clauseOpening: string;
  /**
   * How a document tells that it writes numeric dates day first: `date` finds numeric dates
   * (groups `first` and `second`; a first number over 12 is a day, a second over 12 a month);
   * with no such evidence, `dayFirstHints` (an agency that writes them so: "(AAP)", or a
   * dateline's city) decides; without it, the order of the document's dates in words.
   */
  numericDates: {
    date: string;
    dayFirstHints: string;
    /** A date in words, day before month ("on 4 December"): a sign of day-first copy. */
    dayMonthWords: string;
    /** A date in words, month before day ("on Dec. 4"): a sign of month-first copy. */
    monthDayWords: string;
  };
  /**
   * Regex source tried on the text between a date and a narrative expression after it: where it
   * matches, the expression restates that date by its distance from the story's date before it
   * ("charged in [March 2023], [nearly two years later]"), which it is counted from.
   */
  restatedAfter: string;
  /**
   * Regex sources around a length written in capitals ("Thirty Years", "Six-Day"): where `after`
   * matches the text right after it, or `afterThe` does and `the` matches the text before it, the
   * length is a word of a happening's name ("the Thirty Years' War", "the Six-Day War", "the
   * Seven Days Battles") and no time.
   */
  namedHappening: {
    after: string;
    afterThe: string;
    the: string;
    name: string;
    theOrWhose: string;
  };
  /** Regex source tried on the text right after such an expression: where it fails, no restating. */
  restatedClosedBy: string;
  /**
   * Regex source (flag i) tried on the text right after such an expression: where it matches, a
   * comma and a clause's subject and verb, the expression opens that clause and restates nothing
   * ("Injured in March, [two months later], the player returned").
   */
  restatedOpensClause: string;
  /**
   * Regex source tried on the sentence's text right before a date (ending at it): where it
   * matches, the date is the point a record is measured from ("its highest close since
   * [September 2001]"), from which the story does not go on.
   */
  comparisonBase: string;
  /**
   * Regex source tried on the sentence's text right before a date (ending at it): where it
   * matches, the date says which goods a noun counts ("products made since [Jan. 1]"), and the
   * story does not go on from it.
   */
  goodsDated: string;
  /** Before a date a state is counted from or a figure stands at ("since", "as of"). */
  stateSince: string;
  /**
   * Between the story's date and a date after it in its sentence: an aside measuring the first
   * from the second (", weeks after the"), whose date the story does not go on from (story.ts).
   */
  distanceAside: string;
  /**
   * Before the month or day of what began a state told since it ("have fled since the war broke
   * out in"): a background no past told after it goes on from (story.ts).
   */
  stateBegan: string;
  /** Before a date a figure stands at ("as of"), when told with its year (story.ts). */
  figureAsOf: string;
  /**
   * Regex source tried on the text right after a day without a year: where it matches, the day
   * names a happening gone by ("the Aug. 9 shooting"), whatever the sentence's tense (story.ts).
   */
  unplannedEvent: string;
  /** Regex source tried right after a period named by its end: a past verb of its ending. */
  periodEnded: string;
  /**
   * Regex source (flag i) tried right after a period named by its last month ("the quarter
   * [which ends] Dec. 31"): the period runs on or lies ahead, whatever the sentence's tense.
   */
  periodEnding: string;
  /**
   * Regex source tried on the text right before a date without a year (ending at it): a noun of
   * a happening gone by and its preposition ("the crash in [December]"), which puts the date in
   * the past, whatever the sentence's tense (tense.ts).
   */
  unplannedEventBefore: string;
  /**
   * Regex source tried on an expression's own text: "the year" of a part of it ("the first half
   * of the year"), which is the year stated earlier in the sentence, if any (story.ts).
   */
  yearOfSentence: string;
  /**
   * Regex source tried on an expression's own text: "the month" or "the week" ("by the end of
   * the month"), which is the one of the day or month told earlier in the sentence, if any.
   */
  periodOfSentence: string;
  /**
   * Regex source tried right after a month or a day without a year: where it matches, the year is
   * the story's ("a runoff on Dec. 1 of that year"), also for both ends of a range ("from Sept. 1
   * to Nov. 30 of that year").
   */
  ofStoryYear: string;
  /**
   * Regex source tried right after a holiday, a month or a day without a year: where it matches,
   * its group `year` is the year the date is of ("on New Year's Eve in 2016").
   */
  yearToldAfter: string;
  /**
   * A holiday, a season, a month or a day without a year told right after a year in its phrase
   * ("in 2009 in March"), which is of that year: regex sources (flag i) of the text before the
   * year, between the two (`setOff`: after a comma) and after the date (story.ts).
   */
  yearToldBefore: { before: string; between: string; setOff: string; closedBy: string };
  /**
   * Regex source tried right after a year that opens its sentence: where it matches, the clause's
   * subject follows with no comma ("In 2019 the vote moved"), and the year frames the sentence.
   */
  dateOpensClause: string;
  /**
   * Regex source tried right after a year that opens its sentence: where it matches, the year is
   * the subject of a linking verb told in the past ("2024 was hard"), and frames the next
   * sentence's opening only, not the rest of its own sentence.
   */
  yearAsSubject: string;
  /**
   * Regex source tried on the rest of the sentence after the part of the year it opens with, after
   * a year told of as the subject: where it matches, the sentence tells the news's present and the
   * year does not frame it.
   */
  nowAfterYearAsSubject: string;
  /**
   * Two dates set against each other or listed ("in May rather than in [June]"): `between` is
   * tried on the whole text between them, `after` on the text right after the second; where both
   * match, the second, without a year, is the one nearest the first (story.ts).
   */
  linkedDate: { between: string; after: string };
  /** Regex source of a sentence end. */
  sentenceEnd: string;
  /**
   * Fragment names from the rarest in text to the most common: a rule runs only near one of the
   * parts its every match needs, and the engine picks the rarest (see anchors.ts).
   */
  anchorOrder: readonly string[];
  /** Words too common to look for first ("the"): a rule that needs one runs near another part. */
  anchorCommonWords: readonly string[];
  /** Fragments searched for through a wider fragment (anchors.ts): name -> wider name. */
  anchorSearch: Table<string>;
  /**
   * The small words a title in quotation marks writes in lower case ("Friday I'm in Love", "The
   * Last Days of Winter"): space-separated, lower case (titles.ts).
   */
  titleSmallWords: string;
  /**
   * What tells a quotation is speech, not a title: regex sources tried on the text before its
   * opening mark (`before`, at the end) and after its closing mark (`after`, at the start).
   */
  quotedSpeech: { before: string; after: string };
}
