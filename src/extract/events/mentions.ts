/**
 * Mentions: the raw material of events. Every anchoring date gives a dated mention in its
 * clause; a sentence whose main clause has no date of its own ("Belarus has announced ...",
 * "Jobs also said that ...") gives one dateless mention, which the narrative later dates.
 */
import type { EventDate, Timex } from '../types.ts';
import type { Span } from '../text/sentences.ts';
import type { ClauseInfo, SentenceInfo } from './analysis.ts';
import { sinceItStandsFor } from './subject.ts';
import { dependentRoles, type ClauseRoles } from './clause-roles.ts';
import { flatMapped } from './lists.ts';
import { countOf, daysPerUnit, namesFigures, type Anchor } from './anchors.ts';
import { looksAhead, trailsAsSaying, type Aspect } from './aspect.ts';
import { dateKey, dateOfTimex, isAfter, isBefore } from './date.ts';
import { PLAN_STATUS_VERBS, PLAN_STATUS_WORDS } from '../lexicon/en/events/verbs.ts';
import { STATIC_LOCATIVE_PREPOSITIONS } from '../lexicon/en/events/function-words.ts';
import {
  AHEAD_BY,
  COMPARISON,
  DISTANCE_TO_AFTER,
  HOURS_TO_AFTER,
  UNDATED_DISTANCE_BACK,
  AT_AN_AGE,
} from '../lexicon/en/events/comparisons.ts';
import { COUNTERFACTUAL } from '../lexicon/en/events/modality.ts';
import { HOW_SOURCES_SPOKE, SAYING_DAY } from '../lexicon/en/events/reporting.ts';
import { NOUNS_THAT_TAKE_PLACE, WHICH_TOOK_PLACE } from '../lexicon/en/events/clauses.ts';
import { DATED_EVENT_NOUNS } from '../lexicon/en/events/titles.ts';
import { civilDay, dayNumberOf, isoDay } from '../calendar/days.ts';
import { eventDate, eventRange } from '../calendar/index.ts';
import { FINITE_FORMS, isVerbish, verbForm } from '../text/verbs.ts';
import { tokenize, wordSet } from '../text/words.ts';
import {
  PERFECT_PARTICIPLE_AUXILIARIES,
  PREPOSITIONS,
  SEQUENCE_VERBS,
  TOLD_ACT_NOUNS,
} from '../lexicon/en/events/function-words.ts';

export interface Mention {
  sentence: SentenceInfo;
  clause: ClauseInfo;
  /** The span the title is taken from: the clause, or a main clause with its "since"/"when" clause. */
  span: Span & { text: string };
  timex: Timex | null;
  /** Null until the narrative dates a dateless mention. */
  date: EventDate | null;
  /** The news of a saying or plan about a later date ("will reopen on Tuesday, the bank said"). */
  report?: true;
  /** A distance that gave the date, which the title leaves out ("three days after ..."). */
  distance?: Span;
  /** An act dated by its distance before another ("... a day after the regulator served"). */
  measured?: true;
  /** A state from the date a "since" clause gives ("has been weak since the bank began ..."). */
  since?: true;
  aspect: Aspect;
  reporting: boolean;
  /**
   * Whom the sentence telling it names around its clause: a dependent clause's mention also
   * has the main clause's, by which mentions of one story are gathered.
   */
  actors: string[];
  places: string[];
  /**
   * Who takes part in the act, and where, when a dependent clause tells it apart from the main
   * clause: "the Crimean Peninsula that Moscow annexed in 2014" is Moscow's act on a place, not
   * the act of "the Belarusians" who "included ten citizens" of it. The event lists these.
   */
  own?: ClauseRoles;
}

/**
 * The mentions of one sentence. `published` tells a report of something still to come: "he said
 * the switch would happen next year" also tells of the saying, at the narrative's date.
 */
export function mentionsOf(sentence: SentenceInfo, published: EventDate | null = null): Mention[] {
  // "The museum would have opened in March had ...": what did not happen is no event
  if (tellsWhatDidNotHappen(sentence)) return [];
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  const main = sentence.main;
  // "Officials said the storm, which ..., had weakened by Wednesday": a main clause resumed
  // after an aside is the same statement, and its date dates it
  // ("The government set a growth target for 2024": the year is the target's, and the setting
  // is the day's news)
  const namesATarget = (anchor: Anchor): boolean =>
    anchor.modifier &&
    namesFigures(sentence.text, {
      start: anchor.timex.start - sentence.start,
      end: anchor.timex.end - sentence.start,
    });
  const dating = (clause: ClauseInfo): boolean => clause.anchors.some((a) => !namesATarget(a));
  let mainDated = dating(main) || sentence.clauses.some((c) => c.kind === 'main' && dating(c));
  for (const told of sentence.clauses) {
    // ('"...," said a former employee who spoke on condition of anonymity on Wednesday': how
    // someone spoke is no act of its own; the date is the saying's)
    const teller =
      told.kind === 'relative' && HOW_ONE_SPOKE.test(told.text)
        ? main
        : (actTookPlace(sentence, told) ?? told);
    // ("The army seized the capital, which happened in March": the date is the seizing's)
    if (teller !== told && teller === main && told.anchors.length > 0) mainDated = true;
    for (const anchor of told.anchors) {
      // "The crew reported a fire before the plane crashed, investigators said Tuesday": the day
      // of a saying that trails the sentence is the saying's, of all it says, not the day of the
      // clause it was glued to
      // (not of a clause with a date of its own, nor of a main clause still to come, whose
      // saying is news of its own)
      const trailing =
        told !== main &&
        (told.kind === 'subordinate' || told.kind === 'participle') &&
        trailsAsSaying(told, anchor.timex);
      const attributed = trailing && told.anchors.length === 1 && main.aspect !== 'future';
      const clause = attributed ? main : teller;
      // (a date recalled before its clause dates that clause's act too: "has been in office
      // since 2019, when she defeated the incumbent")
      const key = `${dateKey(anchor.date)}${anchor.timex.end <= told.start ? '@recalled' : ''}`;
      if (seen.has(key) || namesATarget(anchor)) continue;
      seen.add(key);
      // "since the war broke out in February 2022": the date also dates the main clause
      // (not when the main clause has a day of its own: "said 18 people had died on Monday,
      // bringing the toll to 203 since the first case was confirmed on July 2")
      const shared =
        clause !== main &&
        clause === told &&
        clause.sharesTime &&
        !main.anchors.some(
          (a) =>
            !a.modifier &&
            a.date.granularity === 'day' &&
            !SAYING_DAY_BEFORE.test(textBefore(sentence, a.timex)),
        );
      // ("Stocks fell on Friday, as investors pared bets on a December rate cut": a date that
      // only qualifies a noun does not date the time the clauses share, when the main has one)
      if (clause !== main && clause.sharesTime && anchor.modifier && main.anchors.length > 0)
        continue;
      // (a saying trailing the clause dates what the whole sentence says)
      if (shared || attributed) mainDated = true;
      // "Spending has been weak since the bank began raising rates in May 2022": the date is the
      // act the "since" clause tells, and the main clause a state from it; two events, as with
      // "since May 2022, when the bank began ..."
      // (not the day of a saying glued to the clause: "since the drought began in 2022, officials
      // said on Monday")
      if (shared && !trailing && startsAState(sentence, clause, main)) {
        // ("Thousands of Russians have fled to Belarus since the Ukraine war broke out": an act
        // with a subject of its own is not the main clause's actors')
        mentions.push(
          {
            ...mentionOf(sentence, clause, anchor, aspectOf(clause, null)),
            actors: hasOwnSubject(clause)
              ? clause.roles.actors
              : unique([...clause.roles.actors, ...main.roles.actors]),
          },
          { ...mentionOf(sentence, main, anchor, main.aspect), since: true },
        );
        continue;
      }
      const aspect = reportedAhead(sentence, clause, anchor.timex)
        ? 'future'
        : aspectOf(clause, shared ? main : null);
      // ("said it would honour its 1979 peace treaty": a date that only qualifies a noun does not
      // date an act still to come)
      if (
        anchor.modifier &&
        aspect === 'future' &&
        isBefore(anchor.date, published) &&
        BEFORE_ITS_NOUN.test(sentence.text.slice(anchor.timex.end - sentence.start))
      )
        continue;
      const span = resumed(
        sentence,
        withComplement(
          sentence,
          shared
            ? union(sentence, hostOf(sentence, clause), clause)
            : attributed
              ? union(sentence, main, told)
              : clause,
        ),
      );
      const leans = clause !== main && clause.kind !== 'coordinate' && !shared;
      // ("the Crimean Peninsula that Moscow annexed in 2014": a relative or subordinate clause
      // that tells who takes part in it has its own actors, not the main clause's)
      const own = leans ? dependentRoles(sentence, clause) : null;
      mentions.push({
        sentence,
        clause,
        span,
        timex: anchor.timex,
        date: anchor.date,
        aspect,
        reporting: clause.reporting,
        // a dependent clause's mention is gathered by the main clause's actors too (the event
        // lists its `own`)
        // ("Apple is the producer of the iPod and launched the iTunes Music Store": a second verb
        // phrase's subject is the main clause's)
        actors: unique([
          ...(clause.kind === 'coordinate' && sharesSubject(clause) ? main.roles.subjects : []),
          ...clause.roles.actors,
          ...(leans || shared ? main.roles.actors : []),
        ]),
        places: unique([
          ...clause.roles.places,
          ...(shared ? main.roles.places : []),
          ...(clause === main ? openingPlaces(sentence, main) : []),
        ]),
        ...(own ? { own } : {}),
      });
    }
  }
  // "he said the switch would happen next year", "it is slated for release on June 24": the
  // saying, or the plan as it stands, is news of its own day (a plan as it stands only joins
  // an event of that day: alone it would be its date's event again; gather.ts)
  // (a plan told in the present: "is slated", "has set", "expects"; not a timetable's own verb,
  // "Voting takes place between Oct. 10 and 12", which tells only of the days it gives)
  const report =
    sentence.clauses.find((c) => c.reporting && !isTimetabledAct(c, mentions)) ??
    (main.tense === 'present' && tellsOfAPlan(main) ? main : undefined);
  const planned =
    mentions.length > 0 && mentions.every((m) => m.date && isAfter(m.date, published));
  if (mainDated && planned && report) {
    mentions.push({
      sentence,
      clause: report,
      span: resumed(sentence, withComplement(sentence, report)),
      timex: null,
      date: null,
      aspect: report.aspect === 'future' ? 'present' : report.aspect,
      reporting: report.reporting,
      report: true,
      actors: report.roles.actors,
      places: report.roles.places,
    });
  }
  // (first: the story goes on from the main clause's act, not from the one before it)
  const earlier = earlierAct(sentence);
  if (earlier) mentions.unshift(earlier);
  // "Negotiators worked through the night and reached a deal early Tuesday": a past act whose
  // second verb phrase has the date is one event, told by that phrase
  // (the main clause's own second phrase: not a relative's, "announced the update that was
  // released as a beta and is scheduled for release in June" still tells the announcing)
  const toldByItsSecondPhrase =
    main.aspect === 'past' &&
    sentence.clauses.some(
      (c, k) =>
        c.kind === 'coordinate' &&
        c.anchors.length > 0 &&
        sharesSubject(c) &&
        // (a plan after it tells nothing of when the act was: "released a beta and is
        // scheduled to ship the final version in June")
        c.aspect !== 'future' &&
        sentence.clauses[k - 1]?.kind !== 'relative',
    );
  if (!mainDated && !toldByItsSecondPhrase) {
    // a main clause without a verb found lends its place to a clause with one, unless it is a
    // distance in time from that clause ("The ruling comes two weeks after the court agreed"):
    // the news is then the main clause, told with the clause it is measured from
    // (the main clause resumed after an aside between commas right after its subject first:
    // "The fighting, which began on Monday, killed 20 people" is news of the killing, not of
    // the beginning again)
    const resumes =
      main.aspect === 'none' && /,\s*$/u.test(main.text)
        ? sentence.clauses.find((c) => c.kind === 'main' && c.aspect !== 'none')
        : undefined;
    const clause =
      main.aspect === 'none' && !measuresFrom(sentence, main)
        ? (resumes ?? sentence.clauses.find((c) => c.aspect !== 'none') ?? main)
        : main;
    const bound: { timex: Timex; date: EventDate; distance?: Span } | null =
      clause === main
        ? (boundBy(sentence, main, published) ??
          aheadBy(sentence, main, published) ??
          pastSpan(sentence, main, published))
        : null;
    // "The moves came after Banque Delorme froze three funds on Thursday": the moves are acts
    // told before, and the news is the clause they came after
    if (bound && !bound.distance && onlyComesAfter(clause)) return mentions;
    // "Every Monday the market opens at 6 a.m.": a habit told in the present is no act of the
    // day the article was published, nor one still to come
    if (!bound && tellsAHabit(sentence, clause)) return mentions;
    // "Dinosaurs roamed here 200 million years ago": a past its own expression tells with no
    // calendar date (PAST_REF, a year before the common era) is of no day of the story's
    if (!bound && clause.aspect === 'past' && toldAtUndatedPast(sentence, clause)) return mentions;
    // "She moved to London at 19": a time of a life, no day of the story's
    if (!bound && clause.aspect === 'past' && toldAtAnAge(sentence, clause)) return mentions;
    const dateless = sentence.clauses.filter((c) => c.anchors.length === 0);
    mentions.push({
      sentence,
      clause,
      span: withComplement(sentence, clause),
      timex: bound?.timex ?? null,
      date: bound?.date ?? null,
      ...(bound?.distance ? { distance: bound.distance } : {}),
      aspect: clause.aspect,
      reporting:
        sentence.clauses.some((c) => c.reporting && c.anchors.length === 0 && c.kind === 'main') ||
        clause.reporting,
      actors: unique(flatMapped(dateless, (c) => c.roles.actors)),
      places: unique(flatMapped(dateless, (c) => c.roles.places)),
    });
  }
  return mentions;
}

/**
 * The places of the phrases that open a sentence before its main clause and name no one of their
 * own, where something was ("in", "at"): "After talks in Geneva, Iran and the United States
 * agreed" was in Geneva; not "After Smith flew to Paris, Jones resigned", not where one went
 * ("Before leaving for Tokyo, Smith signed the bill"), and none when the main clause has a place
 * of its own ("After talks in Geneva broke down, the two sides met in Vienna").
 */
function openingPlaces(sentence: SentenceInfo, main: ClauseInfo): string[] {
  const places: string[] = [];
  if (main.roles.places.length > 0) return places;
  for (const c of sentence.clauses) {
    if (c.start >= main.start) break;
    if (c.kind !== 'subordinate' || c.anchors.length > 0 || c.roles.actors.length > 0) continue;
    for (const n of sentence.names) {
      if (n.start < c.start || n.end > c.end || !c.roles.places.includes(n.text)) continue;
      const before = sentence.text.slice(c.start - sentence.start, n.start - sentence.start);
      if (WHERE_IT_WAS.test(before) && !places.includes(n.text)) places.push(n.text);
    }
  }
  return places;
}

/** The end of the words before a place where something was: "talks in", "held at the". */
const WHERE_IT_WAS = new RegExp(
  `\\b(?:${STATIC_LOCATIVE_PREPOSITIONS.split(' ').join('|')})\\s+(?:the\\s+)?$`,
  'iu',
);

const DISTANCE_BEFORE_AFTER = new RegExp(DISTANCE_TO_AFTER, 'iu');
const HOURS_AFTER = new RegExp(HOURS_TO_AFTER.pattern, 'iu');

/** Words that stand for a subject named before ("he", "they", "it"): no subject of a clause's own. */
const STANDING_FOR = /^(?:he|she|it|they|we|i|you|this|that|these|those)$/iu;

/**
 * Whether a dependent clause names a subject of its own right after its opener, not one a
 * pronoun stands for: "since the Ukraine war broke out", "since the bank began raising rates";
 * not "since he took office".
 */
function hasOwnSubject(clause: ClauseInfo): boolean {
  const [opener, first] = clause.words;
  if (!opener || !first || opener.text.toLowerCase() !== clause.opener) return false;
  return !STANDING_FOR.test(first.text) && !isVerbish(first.text);
}

/**
 * Whether a clause in the present tells a habit: its sentence gives a recurrence ("Every Monday
 * the market opens", "Ferries leave every hour", "The museum is open daily"). A habit up to now
 * told in the perfect is a state of the day ("Belarus has checked the border every week").
 */
function tellsAHabit(sentence: SentenceInfo, clause: ClauseInfo): boolean {
  // (the narrative's own words: a quotation's "every day" may tell no habit, and the tagger
  // reads "his daily life" as a recurrence too)
  if (clause.quoted > 0) return false;
  if (!HABIT_TENSES.has(clause.tense) || !HABIT_ASPECTS.has(clause.aspect)) return false;
  return sentence.timexes.some(
    (t) => t.type === 'SET' && t.start >= clause.start && t.end <= clause.end,
  );
}
/** A verb in the present, or none found ("Ferries leave every hour"), told as now or as a timetable. */
const HABIT_TENSES = new Set(['present', 'none']);
const HABIT_ASPECTS = new Set(['present', 'future', 'none']);

/**
 * "French troops entered Timbuktu on Monday, two days after French forces took Gao": the act an
 * "after" clause tells, a distance before the main clause's day, is an event of its own, on the
 * day that distance gives (in hours: the same day). Null when the sentence tells none.
 */
function earlierAct(sentence: SentenceInfo): Mention | null {
  const anchor = sentence.main.anchors[0];
  return anchor === undefined ? null : earlierActBefore(sentence, anchor.date);
}

/**
 * The act an "after" clause tells a distance before `date`, the main clause's day, whether the
 * sentence gives it ("entered Timbuktu on Monday, two days after ...") or the narrative does
 * ("Keane resigned on Thursday. The resignation came a day after the regulator served a notice").
 */
export function earlierActBefore(sentence: SentenceInfo, date: EventDate): Mention | null {
  if (date.through) return null;
  // ("joined the bank in 1987, a year after finishing his doctorate": a participle too)
  const after = sentence.clauses.find(
    (c) =>
      (c.kind === 'subordinate' || c.kind === 'participle') &&
      c.opener === 'after' &&
      c.anchors.length === 0,
  );
  if (after === undefined || after.verb === '') return null;
  if (after.kind === 'subordinate' && after.aspect !== 'past') return null;
  const distance = DISTANCE_BEFORE_AFTER.exec(
    sentence.text.slice(0, after.start - sentence.start),
  )?.groups;
  if (!distance) return null;
  const n = countOf(distance['count']!);
  if (n === undefined) return null;
  const earlier = distanceBefore(date, n, distance['unit']!);
  if (earlier === null) return null;
  return {
    sentence,
    clause: after,
    span: after,
    timex: null,
    date: earlier,
    measured: true,
    aspect: 'past',
    reporting: after.reporting,
    actors: after.roles.actors,
    places: after.roles.places,
  };
}

/**
 * The date `n` units before `date`, as precise as both allow: days and weeks from a day (in
 * hours: the same day), months from a month or a day, years from any date, to the year.
 */
function distanceBefore(date: EventDate, n: number, unit: string): EventDate | null {
  const { year, month } = civilDay(dayNumberOf(date.start));
  if (/^year/u.test(unit)) return eventDate(String(year - n).padStart(4, '0'));
  if (/^month/u.test(unit)) {
    if (date.granularity !== 'day' && date.granularity !== 'month') return null;
    const index = year * 12 + (month - 1) - n;
    return eventDate(
      `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`,
    );
  }
  if (date.granularity !== 'day') return null;
  return eventDate(isoDay(dayNumberOf(date.start) - n * daysPerUnit(unit)));
}

/** Right after a date that qualifies a noun written after it ("its 1979 [peace treaty]"). */
const BEFORE_ITS_NOUN = /^ \p{Ll}/u;

/**
 * A date that is not the time of its clause's act: a bound ("by Jan. 14", "until May") or the
 * day of a saying ("..., the Buffalo News reported Friday").
 */
const NOT_THE_ACTS_OWN =
  /\b(?:by|until|till|through|said|says|reported|reports|told|announced|added)\s+(?:on\s+)?$/iu;

const HOW_ONE_SPOKE = new RegExp(HOW_SOURCES_SPOKE, 'iu');
const TOOK_PLACE = new RegExp(WHICH_TOOK_PLACE.pattern, 'iu');
const EVENT_NOUNS = wordSet(`${DATED_EVENT_NOUNS} ${NOUNS_THAT_TAKE_PLACE}`, { lower: true });

/**
 * The clause whose act a "which took place in 1996" clause dates: the one right before it, ended
 * by a comma, with a verb in the past and no date of its own ("when the company overtook
 * Infogear Technology Corp., which took place in 1996"); undefined when there is none.
 */
function actTookPlace(sentence: SentenceInfo, clause: ClauseInfo): ClauseInfo | undefined {
  if (clause.kind !== 'relative' || !TOOK_PLACE.test(clause.text)) return undefined;
  const before = sentence.clauses[sentence.clauses.indexOf(clause) - 1];
  if (
    before === undefined ||
    before.anchors.length > 0 ||
    !/,\s*$/u.test(before.text) ||
    (before.aspect !== 'past' && before.aspect !== 'perfect') ||
    // ("Cisco announced the merger, which took place in 1996", "She attended the ceremony, which
    // took place in June": the merger, the ceremony took place)
    EVENT_NOUNS.has(/(?<noun>\p{L}+)\W*$/u.exec(before.text)?.groups?.['noun']?.toLowerCase() ?? '')
  )
    return undefined;
  return before;
}

/** The day of a saying (lexicon SAYING_DAY), right before it. */
const SAYING_DAY_BEFORE = new RegExp(SAYING_DAY.before, 'iu');
/** A date before the common era (BC0044, BC0044-03-15), which no date of the timeline gives: "5,000 years ago". */
const BEFORE_THE_ERA = /^BC\d+(?:-|$)/u;
const DISTANCE_BACK = new RegExp(UNDATED_DISTANCE_BACK, 'iu');

/**
 * Whether a clause holds a date expression of a past with no calendar date: a year before the
 * common era, or a distance back the tagger could not date ("66 million years ago": PAST_REF).
 */
function toldAtUndatedPast(
  sentence: SentenceInfo,
  clause: { start: number; end: number },
): boolean {
  return sentence.timexes.some(
    (t) =>
      t.type === 'DATE' &&
      (BEFORE_THE_ERA.test(t.value) || (t.value === 'PAST_REF' && DISTANCE_BACK.test(t.text))) &&
      t.start >= clause.start &&
      t.end <= clause.end,
  );
}

const AT_AGE = new RegExp(AT_AN_AGE.pattern, 'u');

/** Whether a clause tells its act at an age ("moved to London at 19"), lexicon AT_AN_AGE. */
function toldAtAnAge(sentence: SentenceInfo, clause: { start: number; end: number }): boolean {
  const text = sentence.text.slice(clause.start - sentence.start, clause.end - sentence.start);
  return text.includes('at ') && AT_AGE.test(text);
}

/** Up to 30 characters of the sentence before a date expression. */
function textBefore(sentence: SentenceInfo, timex: Timex): string {
  const at = timex.start - sentence.start;
  return sentence.text.slice(Math.max(0, at - 30), at);
}

/** Whether a clause is a noun of an act told before and a verb of coming alone ("The moves came"). */
function onlyComesAfter(clause: ClauseInfo): boolean {
  const { words } = clause;
  const last = words.at(-1)?.text.toLowerCase() ?? '';
  const noun = words.at(-2)?.text.toLowerCase() ?? '';
  return SEQUENCE.has(last) && clause.verb === last && TOLD_ACT.has(noun);
}

const TOLD_ACT = wordSet(TOLD_ACT_NOUNS, { lower: true });

const SEQUENCE = wordSet(SEQUENCE_VERBS, { lower: true });
const PERFECT_AUXILIARY = wordSet(PERFECT_PARTICIPLE_AUXILIARIES, { lower: true });

/** The modifier a subordinator puts on the date of its clause, for the main clause's act. */
const BOUNDING: Readonly<Record<string, 'AFTER' | 'BEFORE'>> = { after: 'AFTER', before: 'BEFORE' };

/**
 * The modifier a clause beside the main one puts on its date, for the main clause's act: its
 * subordinator's ("after", "before"), or "after" for a past participle opening the sentence ("Born
 * in 1937 in Ohio, he moved to New York": what it tells came first, "after 1937"); not one in
 * -ing, whose time is the main clause's ("Speaking on Monday, he said").
 */
function boundingOf(sentence: SentenceInfo, clause: ClauseInfo): 'AFTER' | 'BEFORE' | undefined {
  if (clause.kind === 'subordinate') return BOUNDING[clause.opener];
  if (clause.kind !== 'participle' || clause.start !== sentence.start) return undefined;
  const form = verbForm(clause.words[0]?.text ?? '');
  return form === 'past' || form === 'participle' ? 'AFTER' : undefined;
}

/**
 * "After graduating from Yale in 1960, he joined the Navy": a past act without a date of its
 * own is bounded by the date of its "after" or "before" clause ("after 1960"), an honest
 * approximate date rather than the story's.
 */
function boundBy(
  sentence: SentenceInfo,
  main: ClauseInfo,
  published: EventDate | null,
): { timex: Timex; date: EventDate; distance?: Span } | null {
  if (main.aspect !== 'past') return null;
  const at = sentence.clauses.indexOf(main);
  // the clause fronted before the main one, or right after it ("but traded ... after" is the
  // second verb phrase's)
  for (const clause of [sentence.clauses[at - 1], sentence.clauses[at + 1]]) {
    const mod = clause && boundingOf(sentence, clause);
    if (clause === undefined || mod === undefined || clause.aspect === 'future') continue;
    // ("fell 35 percent, after having traded at $90 in 2000": a perfect participle tells a
    // state before, not the act the main clause came after)
    if (PERFECT_AUXILIARY.has(clause.words[1]?.text.toLowerCase() ?? '')) continue;
    const anchor = clause.anchors.find(
      (a) => !a.modifier && !a.timex.mod && !NOT_THE_ACTS_OWN.test(textBefore(sentence, a.timex)),
    );
    if (!anchor || anchor.timex.value === 'PRESENT_REF') continue;
    // "after they said they would appeal by Jan. 14": a date still ahead bounds no past act
    const first = dateOfTimex(anchor.timex, null);
    if (!first || isAfter(first, published)) continue;
    // ("Elected in 2010 and re-elected in 2014, she resigned": after the later of its dates)
    const { anchor: latest, own } =
      mod === 'AFTER'
        ? latestOf(sentence, clause, anchor, first, published)
        : { anchor, own: first };
    // "announced a fund three days after Russia invaded Ukraine on February 24": the distance
    // says how long after, February 27
    const found = DISTANCE_BEFORE_AFTER.exec(sentence.text.slice(0, clause.start - sentence.start));
    const n = found?.groups && countOf(found.groups['count']!);
    const exact =
      n === undefined || n === null || at > sentence.clauses.indexOf(clause)
        ? null
        : distanceBefore(own, mod === 'AFTER' ? -n : n, found!.groups!['unit']!);
    if (exact) {
      const start = sentence.start + found!.index;
      const distance = { start, end: start + found![0].trimEnd().length };
      // ("The strike ended three weeks after it started on Monday", told that Friday: a past act
      // counted past the publication cannot be so far after; the day named is its own, as in
      // "ended [on Monday], three weeks after it started")
      const past = mod === 'AFTER' && isAfter(exact, published);
      return { timex: latest.timex, date: past ? own : exact, distance };
    }
    // ("A three-day truce collapsed hours after it began on Saturday": hours after is that day;
    // not "hours after the shooting on Saturday", a noun with no verb, which bounds the act)
    if (
      mod === 'AFTER' &&
      clause.tense !== 'none' &&
      HOURS_AFTER.test(sentence.text.slice(0, clause.start - sentence.start))
    )
      return { timex: latest.timex, date: own };
    const date = dateOfTimex({ ...latest.timex, mod }, null);
    if (date) return { timex: latest.timex, date };
  }
  return null;
}

/**
 * The latest of a bounding clause's own dates up to the publication, from `anchor`, its first
 * ("Elected in 2010 and re-elected in 2014,": 2014, what the main clause's act came after).
 */
function latestOf(
  sentence: SentenceInfo,
  clause: ClauseInfo,
  anchor: ClauseInfo['anchors'][number],
  own: EventDate,
  published: EventDate | null,
): { anchor: ClauseInfo['anchors'][number]; own: EventDate } {
  let best = { anchor, own };
  for (const a of clause.anchors) {
    if (a === anchor || a.modifier || a.timex.mod || a.timex.value === 'PRESENT_REF') continue;
    if (NOT_THE_ACTS_OWN.test(textBefore(sentence, a.timex))) continue;
    const date = dateOfTimex(a.timex, null);
    if (date && !isAfter(date, published) && date.start > best.own.start)
      best = { anchor: a, own: date };
  }
  return best;
}

const AHEAD_IN = new RegExp(AHEAD_BY.in, 'iu');
const AHEAD_WITHIN = new RegExp(AHEAD_BY.within, 'iu');
const EXPECTED_BEFORE = new RegExp(AHEAD_BY.expected, 'iu');
const OTHER_START_AFTER = new RegExp(AHEAD_BY.otherStart, 'iu');
const RECORD = new RegExp(COMPARISON.record, 'iu');
/** A duration counted in whole days, weeks, months or years ("P2W", "P10D"). */
const WHOLE_UNITS = /^P(?<count>\d{1,3})(?<unit>[DWMY])$/u;

/** The durations in whole units of a clause ("two weeks": 2 and W), in text order. */
function* wholeDurations(
  sentence: SentenceInfo,
  clause: ClauseInfo,
): Generator<{ timex: Timex; count: number; unit: string }> {
  for (const timex of sentence.timexes) {
    if (timex.type !== 'DURATION' || timex.start < clause.start || timex.end > clause.end) continue;
    const units = WHOLE_UNITS.exec(timex.value)?.groups;
    if (units) yield { timex, count: Number(units['count']), unit: units['unit']! };
  }
}

/**
 * "The council will vote again in two weeks", "Results are expected within 10 days": an act still
 * to come without a date of its own is dated that far from the day of publication, around that
 * day ("in") or by it ("within"), not on the publication day; not when the span counts from
 * another act ("within 60 days of the agreement taking effect").
 */
function aheadBy(
  sentence: SentenceInfo,
  main: ClauseInfo,
  published: EventDate | null,
): { timex: Timex; date: EventDate } | null {
  if (published?.granularity !== 'day') return null;
  for (const { timex, count, unit } of wholeDurations(sentence, main)) {
    const before = textBefore(sentence, timex);
    const within = AHEAD_WITHIN.exec(before);
    const preposition = within ?? AHEAD_IN.exec(before);
    // "the first time in 28 years", "its biggest rise in a decade": a record's span looks back
    if (!preposition || RECORD.test(before.slice(0, preposition.index))) continue;
    // ("within 60 days of the agreement taking effect": counted from another act)
    const after = sentence.text.slice(timex.end - sentence.start, timex.end - sentence.start + 45);
    if (OTHER_START_AFTER.test(after)) continue;
    const ahead =
      main.aspect === 'future' ||
      EXPECTED_BEFORE.test(before.slice(0, preposition.index).trimEnd() + ' ');
    if (!ahead) continue;
    const value = shiftedValue(published.start, count, unit);
    const date = dateOfTimex({ ...timex, value, mod: within ? 'ON_OR_BEFORE' : 'APPROX' }, null);
    if (date) return { timex, date };
  }
  return null;
}

/** "the past decade", "the last five years": a span up to the report, as the tagger finds it. */
const SPAN_UP_TO_NOW = /^(?:past|last)\s/iu;

/**
 * "Violent crime has fallen sharply in the past decade", "Prices have doubled over the last five
 * years": an act told in the past or the perfect without a date of its own, over a span up to the
 * report, is dated by that span (2015 through the publication day), not the publication day.
 */
function pastSpan(
  sentence: SentenceInfo,
  main: ClauseInfo,
  published: EventDate | null,
): { timex: Timex; date: EventDate } | null {
  if (published?.granularity !== 'day' || (main.aspect !== 'past' && main.aspect !== 'perfect'))
    return null;
  for (const { timex, count, unit } of wholeDurations(sentence, main)) {
    if (!SPAN_UP_TO_NOW.test(timex.text)) continue;
    // (years back are counted in months: "the past year" from March 2025 starts in March 2024)
    const back = unit === 'Y' ? 12 * count : count;
    const value = shiftedValue(published.start, -back, unit === 'Y' ? 'M' : unit);
    const from = dateOfTimex({ ...timex, type: 'DATE', value }, null);
    const date = from && eventRange(from, published);
    if (date) return { timex, date };
  }
  return null;
}

/** The TIMEX3 value `count` units after an ISO day, as precise as the unit ("P3M" -> a month). */
function shiftedValue(day: string, count: number, unit: string): string {
  const days = dayNumberOf(day);
  if (unit === 'D') return isoDay(days + count);
  if (unit === 'W') return isoDay(days + 7 * count);
  const { year, month } = civilDay(days);
  if (unit === 'Y') return String(year + count).padStart(4, '0');
  const months = year * 12 + (month - 1) + count;
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(Math.floor(months / 12), 4)}-${pad((months % 12) + 1, 2)}`;
}

/** Whether a second verb phrase goes on with the main clause's subject ("and reached a deal"). */
function sharesSubject(clause: ClauseInfo): boolean {
  const [conjunction, verb] = clause.words;
  return (
    conjunction !== undefined &&
    /^(?:and|then)$/iu.test(conjunction.text) &&
    verb !== undefined &&
    isVerbish(verb.text)
  );
}

/**
 * "The hospital said it expected to reopen the wing by the end of the year": in a clause built on
 * a past reporting verb, a date after a marker of something still to come is the time of what
 * was planned, not of the saying. So is one in what a trailing saying said ("Output will recover
 * this month, the ministry said"): a marker before the date, a comma between it and the saying.
 */
function reportedAhead(sentence: SentenceInfo, clause: ClauseInfo, timex: Timex): boolean {
  if (!clause.reporting || clause.aspect !== 'past' || clause.verb === '') return false;
  const verb = clause.words.find((w) => w.text.toLowerCase().replace(/’/gu, "'") === clause.verb);
  if (!verb) return false;
  const at = (offset: number): number => offset - sentence.start;
  if (timex.end <= verb.start)
    return (
      sentence.text.slice(at(timex.end), at(verb.start)).includes(',') &&
      looksAhead(sentence.text.slice(at(clause.start), at(timex.start)))
    );
  if (timex.start < verb.end) return false;
  return looksAhead(sentence.text.slice(at(verb.end), at(timex.start)));
}

/** The aspects of a main clause that tells a state lasting from a "since" clause's act. */
const STATE_ASPECTS: ReadonlySet<Aspect> = new Set(['perfect', 'ongoing', 'present']);

/**
 * Whether a "since" clause dates the start of the state its main clause tells (not a saying:
 * "Since the decision was announced Wednesday, they have said they will appeal").
 */
function startsAState(sentence: SentenceInfo, clause: ClauseInfo, main: ClauseInfo): boolean {
  if (clause.opener !== 'since' || main.reporting || !STATE_ASPECTS.has(main.aspect)) return false;
  // a present tells a state only as "has been" ("Following is a timeline of events since ...")
  if (main.aspect === 'present' && main.verb !== 'has' && main.verb !== 'have') return false;
  // one that hangs on the main clause ("Talvara has sent guards, after 98,000 men crossed since
  // Rodnia announced a mobilisation": the crossings are what lasts)
  const at = sentence.clauses.indexOf(clause);
  if (sentence.clauses[at - 1] !== main && sentence.clauses[at + 1] !== main) return false;
  // an "it" the main clause's subject does not stand for leaves the sentence whole ("More than
  // 500 people have died since it began")
  if (sinceItStandsFor(sentence, clause) === undefined) return false;
  // ... and not the "since" of a cause, after a comma ("The match has been postponed, since the
  // stadium was damaged on Sunday")
  if (at > 0 && /,\s*$/u.test(sentence.text.slice(0, clause.start - sentence.start))) return false;
  // a clause with a subject and verb of its own: not "since returning on Jan. 22", nor "since
  // the spring and his club have set a deadline for late July", whose date is another's
  const opening = clause.words[2]?.start ?? clause.end;
  return (
    verbForm(clause.words[1]?.text ?? '') !== 'ing' &&
    !sentence.timexes.some((t) => t.start > clause.start && t.start <= opening)
  );
}

/** A dated mention told by one clause alone, with its own actors and places. */
function mentionOf(
  sentence: SentenceInfo,
  clause: ClauseInfo,
  anchor: Anchor,
  aspect: Aspect,
): Mention {
  return {
    sentence,
    clause,
    span: resumed(sentence, withComplement(sentence, clause)),
    timex: anchor.timex,
    date: anchor.date,
    aspect,
    reporting: clause.reporting,
    actors: clause.roles.actors,
    places: clause.roles.places,
  };
}

function aspectOf(clause: ClauseInfo, main: ClauseInfo | null): Aspect {
  if (main && clause.aspect === 'past' && main.aspect === 'perfect') return 'past';
  return clause.aspect === 'none' && main ? main.aspect : clause.aspect;
}

/**
 * "Jobs announced today that the Lion release, which is scheduled for next summer, will include
 * more support": a clause cut by an aside goes on after it. The span runs on to the end of the
 * clause that resumes, with the aside blanked out (same length, so that offsets still hold).
 */
function resumed(sentence: SentenceInfo, span: Span & { text: string }): Span & { text: string } {
  const at = clauseFrom(sentence, span.end);
  const aside = sentence.clauses[at];
  const resumes = sentence.clauses[at + 1];
  if (
    !aside ||
    !resumes ||
    sentence.text.slice(span.end - sentence.start, aside.start - sentence.start).trim() !== '' ||
    (aside.kind !== 'relative' && aside.kind !== 'participle') ||
    resumes.kind !== 'main' ||
    !ASIDE_OPENING.test(span.text)
  )
    return span;
  const gap = sentence.text.slice(span.end - sentence.start, resumes.start - sentence.start);
  // the comma that opened the aside goes with it (or the dash: "that the bill -- which passed
  // the House in May -- would fail")
  const own = span.text.replace(ASIDE_OPENING, (comma) => ' '.repeat(comma.length));
  return { start: span.start, end: resumes.end, text: own + ' '.repeat(gap.length) + resumes.text };
}

/**
 * The comma or spaced dash that ends the words before an aside; or the comma and the noun an
 * appositive's relative qualifies (", the man" of "that Tom Reyes, the man who shot Ann Holt in
 * May, was arrested": the aside is the whole appositive).
 */
const ASIDE_OPENING =
  /(?:,(?:\s+(?:the|a|an)(?:\s+\p{Ll}[\p{Ll}-]*){1,3})?|\s(?:-{2,4}|[–—]))\s*$/u;

/**
 * The index of the first clause of a sentence that starts at or after `at`, or -1. (A loop, not
 * a closure over the span: these run for every mention.)
 */
function clauseFrom(sentence: SentenceInfo, at: number): number {
  for (let k = 0; k < sentence.clauses.length; k++) if (sentence.clauses[k]!.start >= at) return k;
  return -1;
}

/** Whether a clause ends with a distance in time from the dateless "after"/"before" clause next to it. */
function measuresFrom(sentence: SentenceInfo, span: Span & { text: string }): boolean {
  const next = sentence.clauses[clauseFrom(sentence, span.end)];
  return (
    next !== undefined &&
    next.kind === 'subordinate' &&
    MEASURED_FROM.test(next.opener) &&
    DISTANCE_AT_END.test(span.text) &&
    // ("A three-day truce collapsed hours after it began on Saturday": a clause with a date is
    // measured from too by hours, the same day, whose title would end in "hours"; not "was shot
    // ... shortly after he returned home on Friday", which reads whole without it, nor "three
    // days after Russia invaded Ukraine on February 24", an act of its own day)
    (next.anchors.length === 0 || HOURS_AFTER.test(span.text))
  );
}

/**
 * "Shadayev announced" says little: a reporting clause reads with the clause it reports; and
 * "The attack came hours" with the clause it is measured from ("after Zelenskiy returned"),
 * when that clause has no date of its own.
 */
function withComplement(
  sentence: SentenceInfo,
  span: Span & { text: string },
): Span & { text: string } {
  const next = sentence.clauses[clauseFrom(sentence, span.end)];
  if (!next) return span;
  let reporting = false;
  for (const c of sentence.clauses)
    if (c.start >= span.start && c.end <= span.end && c.reporting) reporting = true;
  if (next.kind === 'complement' && reporting) return union(sentence, span, next);
  if (measuresFrom(sentence, span) || tellsWhatHappenedThen(sentence, span, next))
    return union(sentence, span, next);
  return span;
}

/**
 * "The crisis began on Friday night when a fire cut the plant's power": a main clause of a few
 * words, whose "when" clause has no date of its own, tells what happened in that clause.
 */
function tellsWhatHappenedThen(sentence: SentenceInfo, span: Span, next: ClauseInfo): boolean {
  if (next.opener !== 'when' || next.anchors.length > 0 || span.start !== sentence.main.start)
    return false;
  // (its date and prepositions apart: "The crisis began [on Friday night]")
  const words = sentence.main.words.filter(
    (w) =>
      !PREPOSITION_SET.has(w.text.toLowerCase()) &&
      !sentence.main.anchors.some((a) => w.start >= a.timex.start && w.end <= a.timex.end),
  );
  return words.length <= SHORT_MAIN_WORDS;
}
const PREPOSITION_SET = wordSet(PREPOSITIONS, { lower: true });

/** The most words (its date's apart) of a main clause that says little on its own. */
const SHORT_MAIN_WORDS = 3;

/** The subordinators a distance in time is measured from ("hours after", "a day before"). */
const MEASURED_FROM = /^(?:after|before)$/iu;
/** A distance in time that ends a clause: "came hours", "two days", "shortly", "soon". */
const DISTANCE_AT_END =
  /(?:\b(?:seconds|minutes|hours|days|weeks|months|years|decades|moments|shortly|soon|immediately|long|just|right)|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+(?:second|minute|hour|day|week|month|year|decade)s?)\s*$/iu;

/**
 * The clause a clause sharing its time is told with: the main clause, or a second one with a
 * subject of its own right before it ("..., but Longhorn is expected to have them when it is
 * released, expected in late 2006" tells of Longhorn, not of the main clause before the "but").
 */
function hostOf(sentence: SentenceInfo, clause: ClauseInfo): ClauseInfo {
  const before = sentence.clauses[sentence.clauses.indexOf(clause) - 1];
  return before?.kind === 'coordinate' &&
    before.start > sentence.main.start &&
    !sharesSubject(before)
    ? before
    : sentence.main;
}

function union(sentence: SentenceInfo, a: Span, b: Span): Span & { text: string } {
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end, b.end);
  return { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) };
}

/**
 * Whether a reporting clause is an act on its timetable, not a saying: "The company reports
 * earnings on Thursday" reports nothing said; its verb in the present, with nothing still to come
 * in what it would say, holds the plan's date itself, and no "that" or other verb follows it. (A
 * saying of a plan is news of its own day: "The mayor says the bridge will reopen in May".)
 */
function isTimetabledAct(clause: ClauseInfo, mentions: readonly Mention[]): boolean {
  if (clause.tense !== 'present' || clause.aspect !== 'present') return false;
  if (mentions.length === 0 || mentions.some((m) => m.clause !== clause)) return false;
  const verbAt = clause.words.findIndex((w) => w.text.toLowerCase() === clause.verb);
  if (verbAt < 0) return false;
  for (const word of clause.words.slice(verbAt + 1)) {
    if (word.text.toLowerCase() === 'that' || FINITE_FORMS.has(verbForm(word.text))) return false;
  }
  return true;
}

const TELLS_OF_A_PLAN = new Set(PLAN_STATUS_VERBS.split(' '));
const PLAN_WORDS = new Set(PLAN_STATUS_WORDS.split(' '));

/** Whether a present clause tells where a plan stands: its verb, or "is"/"has" with a plan's word. */
function tellsOfAPlan(clause: ClauseInfo): boolean {
  if (!TELLS_OF_A_PLAN.has(clause.verb)) return false;
  // "is", "has": an auxiliary tells a plan only with a plan's word
  if (verbForm(clause.verb) !== 'present-aux') return true;
  return clause.words.some((t) => PLAN_WORDS.has(t.text.toLowerCase()));
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

const UNREAL_MAIN = new RegExp(COUNTERFACTUAL.main, 'iu');
const UNREAL_MODAL = new RegExp(COUNTERFACTUAL.mainModal, 'iu');
const UNREAL_CONDITION = new RegExp(COUNTERFACTUAL.condition, 'iu');
const BUT_WOULD_HAVE = new RegExp(COUNTERFACTUAL.butWouldHave, 'iu');

/** Whether a past verb of fact comes before "but" and a conditional perfect. */
function factBeforeBut(main: string): boolean {
  const but = BUT_WOULD_HAVE.exec(main);
  return (
    but !== null && tokenize(main.slice(0, but.index)).some((t) => verbForm(t.text) === 'past')
  );
}

/**
 * Whether a sentence tells what would have happened and did not: its main clause in the
 * conditional perfect ("would have opened"), or a perfect with "could" or "might" under an
 * unreal condition ("Had parliament approved ...", "If permits had been granted ...").
 */
export function tellsWhatDidNotHappen(sentence: SentenceInfo): boolean {
  const main = sentence.main.text;
  // ("The offer, presented on Monday, included a raise but would have ended the pension plan": a
  // fact told first, and what would have followed after "but", is still the fact's news)
  if (UNREAL_MAIN.test(main)) return !factBeforeBut(main);
  return UNREAL_MODAL.test(main) && UNREAL_CONDITION.test(sentence.text);
}
