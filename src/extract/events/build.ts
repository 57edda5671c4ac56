/**
 * From a gathered group of mentions to a timeline event: the best-placed mention gives the title
 * and summary, the first dated one the id; status comes from the title mention's aspect and the
 * date; sources list every sentence once.
 */
import type { Topic } from '../topic.ts';
import type { EventDate, EventSource, EventStatus, TimelineEvent, Timex } from '../types.ts';
import { possessorPronoun, pronounByFirstName, sameActor, subjectPronoun } from './actors.ts';
import type { SentenceInfo } from './analysis.ts';
import { isReporting, looksAhead, type Aspect } from './aspect.ts';
import { eventRange } from '../calendar/index.ts';
import { MOD_WORDS } from '../lexicon/en/article/date-words.ts';
import { isGivenUp, namesAContract } from './anchors.ts';
import { isAfter, isBefore, opensOpenRange } from './date.ts';
import type { Group } from './gather.ts';
import { flatMapped } from './lists.ts';
import { eventId } from './id.ts';
import { GROUP_SUBJECT } from '../lexicon/en/events/names.ts';
import {
  ACTIVITY_NOUNS,
  CAUSATIVE_VERBS,
  LINKING_BE,
  STATE_NOW,
} from '../lexicon/en/events/verbs.ts';
import type { Span } from '../text/sentences.ts';
import type { Clause } from '../text/clauses.ts';
import type { Mention } from './mentions.ts';
import { matchTopic } from './relevance.ts';
import { dateSegment, type Segment } from './segment.ts';
import { impliedSubject, itsThing, sinceItStandsFor, thingOf, whichNoun } from './subject.ts';
import { afterCleft } from './title/cleft.ts';
import { DISTANCE_TO_AFTER } from '../lexicon/en/events/comparisons.ts';
import { datedEventNoun } from './title/event-noun.ts';
import { isOnlyAdverbial, makeTitle, opensWithVerb } from './title/index.ts';
import { endOfExtension, planOfPutOff } from './title/plan.ts';
import { PREPOSITIONS } from '../lexicon/en/events/function-words.ts';
import {
  STRETCH_AHEAD,
  STRETCH_OF_THING,
  UPDATE_STAMP_LABEL,
} from '../lexicon/en/events/titles.ts';
import { letteredPieceCount, splitPieceCount, wordSet, splitAtSpaces } from '../text/words.ts';
import { FINITE_FORMS, isReportingVerb, isVerbish, verbForm } from '../text/verbs.ts';

/** Actors listed per event at most. */
const MAX_ACTORS = 6;

export interface BuildContext {
  article: string;
  published: EventDate | null;
  /** The publication is only the earliest the text can be: it was read from the lead. */
  publishedAtLeast: boolean;
  topic?: Topic | undefined;
  /** Index of the article's first prose sentence: its main statement makes the best title. */
  firstSentence: number;
  /** The people the article names, most often named first. */
  people: readonly string[];
  /** The person named last before an offset: whom a "he" or "she" opening a clause there stands for. */
  /** Whom a "he" or "she" opening a clause at `offset` stands for (`pronoun`: which one). */
  lastPersonBefore: (
    offset: number,
    pronoun?: string,
    ownClause?: number,
  ) => string | null | undefined;
  /** Whose a "His" or "Her" opening a clause at `offset` is, when only one person fits. */
  possessorBefore: (offset: number, pronoun: string, ownClause: number) => string | undefined;
  /** What the sentence before this one is about: what an "it" opening it stands for. */
  thingBefore: (sentence: SentenceInfo) => string | undefined;
}

export function buildEvent(group: Group, context: BuildContext): TimelineEvent {
  const lead = bestMention(group.mentions, context.firstSentence);
  const idSource = group.mentions.find((m) => m.timex) ?? group.mentions[0]!;
  const { title, saying, subject } = titleOf(lead, group, context);
  const summary = lead.sentence.text;
  const ordinary = ordinaryNames(group);
  const actors = withTitleSubject(actorsOf(group, lead, ordinary), title, subject, ordinary);
  const places = ranked(flatMapped(group.mentions, (m) => m.own?.places ?? m.places)).filter(
    (p) => !actors.some((a) => sameActor(a, p)),
  );
  const { categories, relevance } = matchTopic(`${title}\n${summary}`, context.topic);
  const opens = opensOpenRange(lead.timex) || lead.since === true;
  // "Police said 112 people had been arrested since Oct. 17": a past perfect in what was said is
  // the present perfect of the saying, a state that held up to it
  // ("Drivers will strike on Sept. 17, their union announced on Monday": Monday's news is the
  // saying, which has happened, not the strike)
  const aspect = saying
    ? 'past'
    : opens && reportedPerfect(lead)
      ? 'perfect'
      : toldAhead(lead, title) || laterToday(lead, context.published)
        ? 'future'
        : lead.aspect;
  const status = statusOf(aspect, group.date, context.published, {
    spansNow:
      opens || runsFromNow(group.date, context.published) || endsNow(group.date, context.published),
    state: tellsState(lead.clause.text),
    publishedAtLeast: context.publishedAtLeast,
    stamped: group.mentions.some(isUpdateStamp),
  });
  return {
    id: eventId(context.article, idSource.sentence.text, idSource.timex?.text ?? ''),
    title,
    summary,
    date: opens && status === 'ongoing' ? sinceDate(group.date, context.published) : group.date,
    status,
    actors,
    places,
    categories,
    relevance,
    sources: sourcesOf(group.mentions, context.article),
  };
}

const DISTANCE_ENDING = new RegExp(DISTANCE_TO_AFTER, 'iu');

/**
 * A main clause's title without the distance that ends it before a clause of time ("Smith
 * resigned two days | after it emerged ...": "Smith resigned"; was "Smith resigned two days").
 */
function withoutDistanceToAfter(title: string, sentence: SentenceInfo): string {
  const next = sentence.text.slice(sentence.main.end - sentence.start).trimStart();
  if (!/^(?:after|before)\s/iu.test(next)) return title;
  const m = DISTANCE_ENDING.exec(`${title} `);
  return m ? title.slice(0, m.index).trimEnd() : title;
}

/**
 * Whether a dateless saying's title tells only what was said, and that is still to come: "Output
 * will recover, the ministry said" is titled "Output will recover", which is planned (expected)
 * as of the day it was said, as "Output will recover" alone is, not a saying that happened.
 * A title that keeps the saying ("The minister said output would recover") tells the saying.
 */
function toldAhead(lead: Mention, title: string): boolean {
  return lead.timex === null && lead.reporting && !isReporting(title) && looksAhead(title);
}

/**
 * Whether a clause in the present (or with no finite verb known: "Arsenal play Porto", a plural's
 * base form) tells of the evening or night of its own publication day: a fixture or a timetable
 * still to come that day ("Chelsea travel to Newcastle on Wednesday night", told on Wednesday),
 * not a day gone by.
 */
function laterToday(lead: Mention, published: EventDate | null): boolean {
  const value = lead.timex?.value ?? '';
  return (
    (lead.aspect === 'present' || lead.aspect === 'none') &&
    !lead.reporting &&
    published?.granularity === 'day' &&
    /^\d{4}-\d\d-\d\dT(?:EV|NI)$/u.test(value) &&
    value.startsWith(published.value)
  );
}

/** A plural verb opening the sentence's main clause, after its subject ("were recalled"). */
const PLURAL_VERB = /^(?:were|are|have)\b/u;

/** Titles have at least this many words; a shorter one is taken from the whole main clause. */
const MIN_TITLE_WORDS = 3;

/**
 * The event's title, and whether its date is that of a trailing attribution (", FBI officials
 * said Monday"): then the title tells the saying, with what was said.
 */
function titleOf(
  lead: Mention,
  group: Group,
  context: BuildContext,
): { title: string; saying: boolean; subject: string | undefined } {
  // (a year that frames a finer date still ends a title's stretch: "Last year, the team won the
  // league in May and the cup in June" is "The team won the cup")
  const own = lead.clause.anchors.map((a) => a.timex);
  const anchors =
    lead.clause.framing.length === 0
      ? own
      : [...own, ...lead.clause.framing].sort((a, b) => a.start - b.start);
  const dates = datesOfTitle(lead);
  // ("was a breach of the 1991 settlement reached between the two parties": the settlement)
  const noun = eventOfNoun(lead);
  if (noun)
    return {
      title: makeTitle({ clause: noun, dates, names: [] }),
      saying: false,
      subject: undefined,
    };
  const segment = lead.timex
    ? dateSegment(lead.span, lead.timex, anchors, dates)
    : { span: lead.span };
  const subject = subjectFor(lead, group, context);
  const title = titleOfSegment(lead, segment, anchors, dates, subject, context);
  // "The council on Monday postponed a vote until April 14": the new date, beside the day of
  // the putting off, is the plan's ("The council's vote"), not the putting off's; beside the day
  // of an extending, the end of what runs on ("The council's extended curfew ends")
  const newDate = lead.clause.anchors.find((a) => a.timex === lead.timex)?.newDate === true;
  const plan =
    newDate && lead.clause.anchors.some((a) => !a.newDate)
      ? (planOfPutOff(title) ?? endOfExtension(title))
      : undefined;
  return { title: plan ?? title, saying: segment.saying === true, subject };
}

/**
 * The noun phrase of the event the lead's date only qualifies ("the 1991 settlement reached
 * between the two parties"), when the date is the lead's own and no other dates its clause but
 * in a relative's ("Residents who remember the 1998 bombing attended ... on Sunday").
 */
function eventOfNoun(lead: Mention): (Span & { text: string }) | undefined {
  const { timex, clause } = lead;
  if (!timex || !clause.anchors.some((a) => a.timex === timex)) return undefined;
  const others = clause.anchors.map((a) => a.timex).filter((t) => t !== timex);
  return datedEventNoun(lead.sentence, clause, timex, clause.anchors.length === 1, others);
}

/**
 * The dates a title leaves out. Durations stay in a title ("took six months off"), but for a
 * stretch ahead of untold length ("in the coming weeks"); dates go, the timeline shows them, but not a weekday of any week, which it does not ("is closed on Mondays",
 * "a Sunday newspaper"; unless it is a cleft's focus), nor a date in a quoted name (the single "Ash Wednesday", the album
 * "Christmas in July"), nor a date given up outside an aside, which the title needs to say what
 * was ("A trial set for June 2018 was postponed twice"; "The concert, planned for Saturday, was
 * cancelled" loses the aside whole), nor a contract's month ("crude for June delivery").
 */
const STRETCH_AHEAD_TEXT = new RegExp(STRETCH_AHEAD, 'iu');
const STRETCH_OF_AFTER = new RegExp(STRETCH_OF_THING.after, 'iu');
const STRETCH_OF_WHEN_BEFORE = new RegExp(STRETCH_OF_THING.whenBefore, 'iu');

/**
 * A stretch ahead that says when ("in the coming weeks"), not a thing ("prepared for the coming
 * days of snow").
 */
function isStretchAhead(sentence: SentenceInfo, timex: Timex): boolean {
  if (!STRETCH_AHEAD_TEXT.test(timex.text)) return false;
  const start = timex.start - sentence.start;
  if (!STRETCH_OF_AFTER.test(sentence.text.slice(timex.end - sentence.start))) return true;
  return STRETCH_OF_WHEN_BEFORE.test(sentence.text.slice(Math.max(0, start - 20), start));
}

function datesOfTitle(lead: Mention): Timex[] {
  const { labels } = lead.sentence;
  return lead.sentence.timexes.filter(
    (t) =>
      (t.type === 'DATE' || t.type === 'TIME' || isStretchAhead(lead.sentence, t)) &&
      // (but a cleft's focus is a date all the same: "It was a Sunday afternoon when the fire
      // started" tells of the fire)
      (!t.value.startsWith('XXXX-WXX') || afterCleft(lead.sentence, [t]) !== lead.sentence) &&
      !labels.some((q) => t.start >= q.start && t.end <= q.end) &&
      !givenUpInPassing(lead.sentence, t) &&
      !namesAContract(lead.sentence.text, t, lead.sentence.start),
  );
}

const ACTIVITIES = wordSet(ACTIVITY_NOUNS, { lower: true });

/** What may follow a verb that takes no object: a preposition or a particle ("broke out"). */
const AFTER_INTRANSITIVE = new Set([
  ...wordSet(PREPOSITIONS, { lower: true }),
  'out',
  'up',
  'down',
  'off',
  'again',
]);

function titleOfSegment(
  lead: Mention,
  segment: Segment,
  anchors: readonly Timex[],
  dates: readonly Timex[],
  subject: string | undefined,
  context: BuildContext,
): string {
  const input = {
    // ("announced a fund three days after ...": the distance placed it, as a date would)
    dates: lead.distance ? [...dates, lead.distance] : dates,
    // (a city and its state as two names, as a title's asides read them: "The authorities in
    // the Buffalo, N.Y., area" is titled "The authorities in the Buffalo area")
    names: lead.sentence.names.flatMap((n) =>
      n.text.includes(', ') ? n.text.split(', ') : n.text,
    ),
    subject,
    thing: thingFor(lead, context),
  };
  // the news of a saying about a later date: who said it, and the date said ("The central bank
  // said banks will reopen on Tuesday"), unlike the event of that date ("Banks will reopen")
  // (and the news of a plan as it stands keeps its date too, which tells it from the event of that
  // date: "The trial is scheduled for June 2", beside June 2's "The trial is scheduled")
  const attributed = lead.report === true && lead.reporting;
  // "after striking workers blocked the port": a word in -ing that qualifies the subject of a
  // verb of its own opens no participle clause, and the clause borrows no subject
  const { words } = lead.clause;
  const ing = words[1]?.text;
  const noun = words[2]?.text;
  const verb = words[3]?.text;
  const qualifyingIng =
    lead.clause.kind === 'subordinate' &&
    verbForm(ing ?? '') === 'ing' &&
    /^\p{Ll}+s$/u.test(noun ?? '') &&
    !isVerbish(noun ?? '') &&
    FINITE_FORMS.has(verbForm(verb ?? ''));
  // "since fighting began in April 2014": a word in -ing right before a past verb that ends the
  // clause or takes a preposition is its subject, a noun, not a participle clause
  // (a noun of an activity: not "after drinking contaminated water", "after arriving exhausted")
  const ingSubject =
    lead.clause.kind === 'subordinate' &&
    ACTIVITIES.has(ing?.toLowerCase() ?? '') &&
    verbForm(noun ?? '') === 'past' &&
    (verb === undefined || AFTER_INTRANSITIVE.has(verb.toLowerCase()));
  // ("The Grand Halcyon, which opened in 1928 and was renovated in 2016": the stretch of the later
  // date tells of the relative clause's noun too)
  const implied =
    qualifyingIng || ingSubject
      ? undefined
      : (impliedSubject(lead.sentence, lead.clause) ??
        (segment.span.start > lead.clause.start ? relativeNoun(lead.clause.text) : undefined));
  // "after losing the election", "after being arrested": a subordinator and a word in -ing are a
  // participle clause
  const participle =
    lead.clause.kind === 'participle' ||
    (lead.clause.kind === 'subordinate' &&
      (verbForm(ing ?? '') === 'ing' || ing?.toLowerCase() === 'being') &&
      !qualifyingIng &&
      !ingSubject);
  const clause =
    cleftWithEvent(lead, segment.span, input.dates) ??
    (lead.timex ? orderedSpan(segment.span, lead.timex, anchors) : segment.span);
  // ("It was on a Sunday in May 1990 that she died": "She died" is all a cleft tells)
  const cleft = afterCleft(clause, input.dates) !== clause;
  const title = makeTitle({
    ...input,
    ...(lead.report === true ? { dates: [], ...(attributed ? { attributed } : {}) } : {}),
    clause,
    implied,
    relative: lead.clause.kind === 'relative',
    whose: lead.clause.opener === 'whose',
    // a main clause has a subject to put back only when an aside stood between them
    resumed: lead.clause.kind === 'main' && implied !== undefined,
    coordinate: lead.clause.kind === 'coordinate',
    participle,
    ...(participle &&
    lead.clause !== lead.sentence.main &&
    PLURAL_VERB.test(lead.sentence.main.text)
      ? { impliedPlural: true }
      : {}),
    participlePast:
      participle &&
      (lead.sentence.main.aspect === 'past' || lead.sentence.main.aspect === 'perfect'),
    gapped: segment.gapped,
    // "..., FBI officials said Monday": that day's news is the saying, with what was said
    ...(segment.saying ? { attributed: true } : {}),
  });
  // a relative clause whose noun was not found, or a second verb phrase whose subject was not,
  // reads as a verb without a subject
  const subjectless =
    (lead.clause.kind === 'relative' && opensWithVerb(title, true)) ||
    (lead.clause.kind === 'coordinate' && opensWithVerb(title));
  // (a clause that shares its sentence with another dated one: the whole would tell both)
  // (and a relative that opens the sentence with its noun, the main clause resumed after its
  // date: "People who left in 2015 | have returned" is "People left" in 2015; the whole would
  // tell the return)
  // (and what was said that holds two dates: "Police said that Smith, a lawyer appointed in
  // 2010, resigned on Monday" tells the appointment apart, "Smith resigned" on Monday)
  // (and a relative on the noun of a fronted clause: "After voting, which ended Friday,
  // officials counted ballots" is "Voting ended" on Friday; the main clause tells another act)
  const shared =
    lead.sentence.clauses.some((c) => c !== lead.clause && c.anchors.length > 0) ||
    onFrontedNoun(lead) ||
    afterMainClause(lead) ||
    opensBeforeResumedMain(lead) ||
    (lead.clause.kind === 'complement' && lead.clause.anchors.length > 1);
  if (
    (cleft ? wordCount(title) >= 2 : longEnough(title, lead.clause.kind, shared)) &&
    !subjectless &&
    !isOnlyAdverbial(title)
  )
    return title;
  // "The truce collapsed two days after it began on Saturday": "it" in a clause of time is the
  // main clause's thing ("The truce began"; was the main clause's "The truce collapsed two days")
  const it = /^It (?<rest>\p{Ll}.*)$/u.exec(title)?.groups?.['rest'];
  const thing =
    lead.clause.kind === 'subordinate' && it !== undefined && opensWithVerb(it)
      ? itsThing(lead.sentence)
      : undefined;
  if (thing !== undefined && !isOnlyAdverbial(title)) return `${thing} ${it}`;
  // "The tournament runs through April 8, and the draw is on Friday": a main clause with a date
  // of its own tells another event, so a short title of the clause's own ("The draw") is better
  if (
    lead.clause !== lead.sentence.main &&
    lead.sentence.main.anchors.length > 0 &&
    wordCount(title) >= 2 &&
    !subjectless &&
    !isOnlyAdverbial(title)
  )
    return title;
  // "which is expected in late May" without its noun: the sentence's main clause says more
  // ("Disney, which reported Wednesday evening, rose 6%": the main clause resumed after the
  // aside keeps its subject)
  const mainImplied = impliedSubject(lead.sentence, lead.sentence.main);
  const whole = withoutDistanceToAfter(
    makeTitle({
      ...input,
      clause: lead.sentence.main,
      ...(mainImplied !== undefined ? { implied: mainImplied, resumed: true } : {}),
    }),
    lead.sentence,
  );
  if (wordCount(whole) >= MIN_TITLE_WORDS && !isOnlyAdverbial(whole)) return whole;
  const sentence = makeTitle({ ...input, clause: lead.sentence });
  // ("It was a quiet Sunday afternoon in 1967.": a word alone, "It", says nothing; the sentence
  // as written, its date too, does)
  return wordCount(sentence) > 1
    ? sentence
    : lead.sentence.text.slice(0, 120).replace(/[.!?]+$/u, '');
}

/**
 * "It was a Tuesday morning in September 2001 | when the first plane hit the north tower": when
 * the clause of a title is only a cleft's focus on its date, the focus and the clause after it,
 * which tells the event (makeTitle() keeps the latter); else undefined.
 */
function cleftWithEvent(
  lead: Mention,
  span: Span & { text: string },
  dates: readonly Span[],
): (Span & { text: string }) | undefined {
  const { clauses, text, start } = lead.sentence;
  const k = clauses.indexOf(lead.clause);
  const next = clauses[k + 1];
  if (span.start !== start || lead.clause.start !== start || next === undefined) return undefined;
  const both = { start, end: next.end, text: text.slice(0, next.end - start) };
  return afterCleft(both, dates) === both ? undefined : both;
}

/** Whether a mention's clause is a relative right after the sentence's fronted clause. */
function onFrontedNoun(lead: Mention): boolean {
  const { clauses } = lead.sentence;
  const k = clauses.indexOf(lead.clause);
  return lead.clause.kind === 'relative' && k === 1 && clauses[0]!.kind === 'subordinate';
}

/**
 * Whether a mention's clause is a relative aside set off by a comma after the main clause, on
 * its last noun: "He stood near Obama, who spoke on March 12" is "Obama spoke", an act of its
 * own, not "He stood near Obama" on March 12.
 */
function afterMainClause(lead: Mention): boolean {
  const { clauses, main } = lead.sentence;
  const k = clauses.indexOf(lead.clause);
  return (
    lead.clause.kind === 'relative' &&
    k > 0 &&
    clauses[k - 1] === main &&
    main.text.endsWith(',') &&
    /^(?:who|which)$/u.test(lead.clause.opener)
  );
}

/** The noun a relative clause opens after: "The Grand Halcyon" of "The Grand Halcyon, which ...". */
function relativeNoun(clause: string): string | undefined {
  const m = RELATIVE_NOUN.exec(clause)?.groups;
  if (m === undefined) return undefined;
  return m['pronoun']!.toLowerCase() === 'which' ? whichNoun(m['noun']!) : m['noun'];
}
const RELATIVE_NOUN = /^(?<noun>[^,]{1,60}),\s+(?<pronoun>which|who)\s/iu;

/**
 * Whether a date of the sentence is a plan given up, told outside an aside, or listed right after
 * one ("a strike planned for March 18 and 19").
 */
function givenUpInPassing(sentence: SentenceInfo, timex: Span): boolean {
  const start = timex.start - sentence.start;
  const before = sentence.text.slice(Math.max(0, start - 60), start);
  if (!before.includes(',') && isGivenUp(sentence.text, { start, end: timex.end - sentence.start }))
    return true;
  const previous = sentence.timexes.findLast((t) => t.end <= timex.start);
  return (
    previous !== undefined &&
    /^\s*(?:and|or)\s*$/u.test(sentence.text.slice(previous.end - sentence.start, start)) &&
    givenUpInPassing(sentence, previous)
  );
}

/**
 * "The government on Wednesday ordered local authorities to cut coal use by 2017": the later date
 * is the target of what was ordered, told from its doers ("Local authorities to cut coal use"),
 * when the order has a date of its own before it. Otherwise the span as it is.
 */
function orderedSpan(
  span: Span & { text: string },
  timex: Span,
  anchors: readonly Span[],
): Span & { text: string } {
  const before = span.text.slice(0, Math.max(0, timex.start - span.start));
  const m = ORDERED.exec(before);
  if (!m?.groups) return span;
  const from = span.start + m.index + m[0].length - m.groups['rest']!.length;
  if (!anchors.some((a) => a.end <= span.start + m.index)) return span;
  return { start: from, end: span.end, text: span.text.slice(from - span.start) };
}

/** A causative verb, whom it moves, and "to" with the verb of what they are to do. */
const ORDERED = new RegExp(
  String.raw`\b(?:${splitAtSpaces(CAUSATIVE_VERBS.trim()).join('|')})\s+(?<rest>(?:[\p{L}'’.-]+\s+){1,4}?to\s+\p{Ll}+\b.*)$`,
  'u',
);

function wordCount(text: string): number {
  return letteredPieceCount(text);
}

/**
 * Whether a mention's clause is a relative that opens its sentence with its noun, and the main
 * clause resumes after it ("People who left in 2015 | have returned").
 */
function opensBeforeResumedMain(m: Mention): boolean {
  const { clause, sentence } = m;
  return (
    clause.kind === 'relative' &&
    sentence.clauses[0] === clause &&
    sentence.clauses.some((c) => c.kind === 'main' && c.start >= clause.end)
  );
}

/** Clauses whose act is not the main clause's: their main clause tells of another. */
const SEPARATE_ACTS = new Set<Clause['kind']>(['subordinate', 'coordinate', 'participle']);

/**
 * Whether a title says enough: three words, or a subject and its verb ("Prices rose"). `shared`:
 * another clause of the sentence has a date, so that the whole sentence, the other choice, would
 * tell of both ("They divorced in 1989, and he remarried two years later").
 */
function longEnough(title: string, kind: Clause['kind'], shared: boolean): boolean {
  const count = wordCount(title);
  if (count >= MIN_TITLE_WORDS) return true;
  const [subject = '', verb = ''] = splitAtSpaces(title);
  if (count !== 2 || !/^\p{Ll}+$/u.test(verb) || !isVerbish(verb)) return false;
  // "He resigned" says too little, unless the other choice, the whole sentence or its main
  // clause, tells of something else ("before retiring in 2007" -> "He retired")
  if (/^(?:he|she|they|we)$/iu.test(subject))
    return (shared || SEPARATE_ACTS.has(kind)) && !isReportingVerb(verb);
  // in a relative clause the subject is put back from the noun, and may come out short ("List")
  // (and a subordinate clause's own subject: "since fighting began" -> "Fighting began", but
  // not a saying trailing it: "because of high winds, NASA said Tuesday")
  // ... and a relative clause's, when the main clause has a date of its own: "Smith, who retired
  // in March, was arrested on Monday" is "Smith retired" in March, not a second arrest
  const own =
    kind === 'main' ||
    (kind === 'subordinate' && !isReportingVerb(verb)) ||
    ((kind === 'coordinate' || kind === 'relative' || kind === 'complement') && shared);
  return (
    own &&
    /^\p{Lu}\p{L}+$/u.test(subject) &&
    !/^(?:it|you|this|that|there)$/iu.test(subject) &&
    !opensWithVerb(title)
  );
}

/**
 * The mention that tells the event best: dated, in a main clause, the article's lead, opening
 * with a name rather than a pronoun, in the narrative's own words rather than a quotation, short.
 */
function bestMention(mentions: readonly Mention[], first: number): Mention {
  const score = (m: Mention): number => {
    const dating = isDating(m);
    const undatedState = !dating && onlySaysWhatItIs(m);
    return (
      (dating ? 4 : 0) +
      (m.clause.kind === 'main' || m.clause.kind === 'coordinate' ? 3 : 0) +
      (m.actors.length > 0 ? 2 : 0) +
      (m.sentence.index === first && !undatedState ? 4 : 0) -
      (undatedState ? 1 : 0) -
      (m.clause.pronoun ? 2 : 0) -
      3 * m.clause.quoted -
      (m.clause.kind === 'participle' || m.clause.kind === 'relative' ? 2 : 0) -
      (saysOnlyALabel(m) || onlySetsTheTime(m) ? 8 : 0) -
      Math.max(0, splitPieceCount(m.span.text) - 25) / 10
    );
  };
  // each score once: the first of the best, as a reduce over the list would give
  let best = mentions[0]!;
  let bestScore = score(best);
  for (let i = 1; i < mentions.length; i++) {
    const s = score(mentions[i]!);
    if (s > bestScore) [best, bestScore] = [mentions[i]!, s];
  }
  return best;
}

const LINKING = wordSet(LINKING_BE, { lower: true });

/**
 * Whether a mention's clause only says what its subject is, with a linking "be" and no other verb
 * (lexicon LINKING_BE): "Smith was a famous painter. He died on Feb. 27." Undated, such a lead
 * earns no lead's bonus, and a little less: the act a later sentence dates titles better, even
 * told with a pronoun (was "Smith was a famous painter"); a sentence that only sets the time
 * still yields to it ("It was June 1967. Smith was 12 years old.").
 */
function onlySaysWhatItIs(m: Mention): boolean {
  const { clause } = m;
  if (!LINKING.has(clause.verb)) return false;
  const at = clause.words.findIndex((w) => w.text.toLowerCase() === clause.verb);
  return at >= 0 && !clause.words.slice(at + 1).some((w) => isVerbish(w.text));
}

/** "It was", "It is", "It's": a clause that opens with these and has a date tells only the time. */
const SETS_THE_TIME = /^It(?:\s+(?:was|is)|['’]s)\s/u;

/** Words besides "It was" and the date ("a quiet", "early"): more, and the clause says more. */
const MAX_SCENE_WORDS = 3;

/**
 * Whether a mention's clause only sets the time: "It was a quiet Sunday afternoon in 1967." The
 * sentences after it tell what happened then (was titled "It").
 */
function onlySetsTheTime(m: Mention): boolean {
  const { clause, sentence } = m;
  if (!SETS_THE_TIME.test(clause.text) || m.timex === null) return false;
  const rest = clause.words
    .slice(2)
    .filter((w) => !sentence.timexes.some((t) => w.start >= t.start && w.end <= t.end));
  return rest.length <= MAX_SCENE_WORDS && !rest.some((w) => isVerbish(w.text));
}

/**
 * Whether a mention's clause is only its date and a quoted label: 'Oct. 27: "Black Saturday."'
 * names the day; the sentences after it tell what happened.
 */
function saysOnlyALabel(m: Mention): boolean {
  const { labels, timexes } = m.sentence;
  if (labels.length === 0) return false;
  const inside = (
    w: { start: number; end: number },
    spans: readonly { start: number; end: number }[],
  ) => spans.some((q) => w.start >= q.start && w.end <= q.end);
  return m.clause.words.every((w) => inside(w, labels) || inside(w, timexes));
}

/**
 * Whether a mention has a date of its own that says when: "now", "recently" or "in the future"
 * date a clause no better than the day it is told ("the network is now integrated").
 */
function isDating(m: Mention): boolean {
  // (an act dated by its distance from another is dated as surely as by a date of its own)
  if (m.measured) return true;
  return m.timex !== null && m.timex !== undefined && !m.timex.value.endsWith('_REF');
}

/**
 * The "he" or "she" a lead's clause is told of: its own subject, or for a participle the one of
 * its sentence ("She studied history, graduating in 1956").
 */
function pronounOfLead(lead: Mention): string | undefined {
  return subjectPronounOfLead(lead) ?? possessiveOfLead(lead);
}

/** Whether a lead's clause shares the main clause's subject (a participle, a second verb phrase). */
const sharesSubject = (lead: Mention): boolean =>
  lead.clause.kind === 'participle' || lead.clause.kind === 'coordinate';

/** The "he" or "she" subject of the lead's clause, or of the main one it shares. */
function subjectPronounOfLead(lead: Mention): string | undefined {
  // (a participle's, or a second verb phrase's, is the main clause's: "She tore it up and
  // presented a package" is hers)
  return (
    subjectPronoun(lead.clause.words) ??
    (sharesSubject(lead) ? subjectPronoun(lead.sentence.main.words) : undefined)
  );
}

/** The "he" or "she" of a "His" or "Her" opening the lead's clause (or the main one it shares). */
function possessiveOfLead(lead: Mention): string | undefined {
  // ("His car was spotted ... and was found abandoned": the man whose car it is)
  return (
    possessorPronoun(lead.clause.words) ??
    (sharesSubject(lead) ? possessorPronoun(lead.sentence.main.words) : undefined)
  );
}

/** Whom a leading "he" or "she" stands for, when anyone known. */
function subjectFor(lead: Mention, group: Group, context: BuildContext): string | undefined {
  // (from where the pronoun stands: "Albright said Tuesday that she ..." names her first)
  const at = /\b(?:he|she)\b/iu.exec(lead.span.text)?.index ?? 0;
  const pronoun = subjectPronounOfLead(lead);
  // a "His" or "Her" with no "he" or "she" subject is named only when one person fits (a ship's
  // "her", or two men before "His testimony", are not the one last named)
  const possessive = pronoun === undefined ? possessiveOfLead(lead) : undefined;
  if (possessive) return context.possessorBefore(lead.span.start, possessive, lead.clause.start);
  const person = context.lastPersonBefore(lead.span.start + at, pronoun, lead.clause.start);
  return person === null ? undefined : (person ?? personBefore(lead, group, context.people));
}

/**
 * The person a leading "he"/"she" stands for: the last person named before it in the event, else
 * the subject of a reporting verb before it in its sentence ("Vargová said that she would"), else
 * the person the article names most.
 */
function personBefore(lead: Mention, group: Group, people: readonly string[]): string | undefined {
  // "she married Jimmy Carter": a name after the pronoun in its sentence is someone else
  const text = lead.sentence.text;
  const pronoun = /\b(?:he|she)\b/iu.exec(text)?.index ?? text.length;
  // ("She studied history" is not "Daniel Ellison")
  const said = pronounOfLead(lead)?.toLowerCase();
  const before = (person: string): boolean => {
    const at = text.indexOf(person);
    const known = pronounByFirstName(person);
    return (
      (at < 0 || at < pronoun) && (said === undefined || known === undefined || known === said)
    );
  };
  // from the end, without flattening every actor of the event first
  for (let i = group.mentions.length - 1; i >= 0; i--) {
    const m = group.mentions[i]!;
    if (m.sentence.index > lead.sentence.index) continue;
    const person = m.actors.findLast((a) => people.includes(a) && before(a));
    if (person !== undefined) return person;
  }
  // ("Prosecutors said they would seek ... which he bought": a group is no "he")
  const subject = lead.sentence.clauses
    .filter((c) => c.reporting)
    .flatMap((c) => c.roles.subjects)
    .find((a) => text.includes(a) && before(a) && (people.includes(a) || !GROUP.test(a)));
  return subject ?? people.find(before);
}

const GROUP = new RegExp(GROUP_SUBJECT, 'u');

/**
 * What an "it" opening the lead's clause stands for: in what a clause reports, the subject of the
 * reporting one ("Cisco states that it has received ..."); opening a sentence, what the sentence
 * before was about ("The newest iPhone, iPhone 4 was introduced ... It is slated for ...").
 */
function thingFor(lead: Mention, context: BuildContext): string | undefined {
  const { sentence, clause } = lead;
  if (clause.kind === 'complement' && clause !== sentence.main) {
    if (!/^(?:that\s+)?it\s/iu.test(clause.text)) return undefined;
    const reporter = thingOf(sentence, sentence.main);
    return reporter && !context.people.includes(reporter) ? reporter : undefined;
  }
  // "The ceasefire has held since it took effect on Saturday": the main clause's subject
  if (clause.kind === 'subordinate' && clause.opener === 'since') {
    const subject = sinceItStandsFor(sentence, clause);
    return subject && !context.people.includes(subject) ? subject : undefined;
  }
  // the sentence's own "it", or the one a second verb phrase shares ("It plans ... and will")
  const opening = sentence.clauses[0]!;
  const shares = clause === opening || (clause.kind === 'coordinate' && opening.kind === 'main');
  return shares && /^it\s/iu.test(opening.text) ? context.thingBefore(sentence) : undefined;
}

/**
 * An event's status. `spansNow`: its date is a span the publication falls in, open from a start
 * ("since 2008"), from the publication to a date ahead ("until Sept. 14") or back from it ("in
 * the past decade"); `state`: its clause tells a state in the present; `publishedAtLeast`: the
 * publication is only the earliest the text can be (read from its lead).
 */
export function statusOf(
  aspect: Aspect,
  date: EventDate,
  published: EventDate | null,
  { spansNow = false, state = false, publishedAtLeast = false, stamped = false } = {},
): EventStatus {
  // "stranded just days before Christmas", said two days before it: an act told in the past at
  // a date known only roughly happened, wherever the date it is counted from falls
  // (a day's: "by the end of the year" after a past "aimed to" is still a plan)
  if (date.approximate && date.granularity === 'day' && aspect === 'past') return 'happened';
  // (what a text tells in the past after a publication read from its lead happened: "invaded
  // Belgium on 4 August", after a lead of 1 August 1914, no date given)
  // (and so does what an update stamped after the publication tells in the past: "UPDATE, Oct.
  // 16: The operator said the plant had restarted", on a page of Oct. 15)
  if (isAfter(date, published))
    return (publishedAtLeast || stamped) && (aspect === 'past' || aspect === 'perfect')
      ? 'happened'
      : 'planned';
  // "This winter has been the coldest in a decade": a state told in the present of a period that
  // is still running holds
  if (
    state &&
    aspect !== 'future' &&
    published?.granularity === 'day' &&
    date.granularity !== 'day'
  ) {
    if (date.start <= published.start && date.end >= published.end) return 'ongoing';
  }
  // "has held the office since 2008": a state told in the present from its start still holds,
  // and so does one told up to a date ahead ("The exhibition runs through Sept. 14")
  if (spansNow && aspect !== 'past') return 'ongoing';
  if (aspect === 'future') return isBefore(date, published) ? 'happened' : 'planned';
  if (aspect === 'ongoing') return 'ongoing';
  return 'happened';
}

const STAMP_LABEL = new RegExp(UPDATE_STAMP_LABEL.pattern, 'u');

/**
 * Whether a mention's date is the stamp of an update: a label, the date (and a time), then a
 * colon or dash ("UPDATE, Oct. 16, 4:10 p.m.: The operator said"; lexicon UPDATE_STAMP_LABEL).
 */
function isUpdateStamp({ sentence, timex }: Mention): boolean {
  if (!timex || !STAMP_LABEL.test(sentence.text.slice(0, timex.start - sentence.start)))
    return false;
  let end = timex.end;
  for (const t of sentence.timexes)
    if (
      t.start >= end &&
      /^[\s,]*$/u.test(sentence.text.slice(end - sentence.start, t.start - sentence.start))
    )
      end = t.end;
  return /^\s*[:—–]/u.test(sentence.text.slice(end - sentence.start));
}

const STATE = new RegExp(STATE_NOW, 'iu');

/** Whether a clause tells a state in the present ("has been the coldest"; lexicon STATE_NOW). */
function tellsState(clause: string): boolean {
  return STATE.test(clause);
}

/** Whether the event's date runs from the publication day to a date ahead ("until Sept. 14"). */
function runsFromNow(date: EventDate, published: EventDate | null): boolean {
  return date.through !== undefined && published !== null && date.start === published.start;
}

/** Whether the event's date is a span up to the publication day ("in the past decade"). */
function endsNow(date: EventDate, published: EventDate | null): boolean {
  return date.through !== undefined && published !== null && date.end === published.end;
}

/**
 * "has run the plant since 2021": a state that still holds runs from its start to the report, so
 * the timeline draws it over every year it covers, not over 2021 alone. The value stays the
 * start, the date the text gives.
 */
function sinceDate(date: EventDate, published: EventDate | null): EventDate {
  const span = date.through === undefined && published ? eventRange(date, published) : null;
  return span ? { ...span, label: `${MOD_WORDS.ON_OR_AFTER.prefix} ${date.label}` } : date;
}

/**
 * Whether a mention tells a state since its date in the past perfect of what a reporting verb
 * said: the reported clause, or a clause whose reporting verb comes before its "had been"
 * ("Police said 112 people had been arrested since Oct. 17").
 */
function reportedPerfect(lead: Mention): boolean {
  if (lead.aspect !== 'past') return false;
  const words = lead.clause.words.map((w) => w.text.toLowerCase());
  const had = words.findIndex((w, k) => w === 'had' && words[k + 1] === 'been');
  if (had < 0) return false;
  const saidBefore =
    lead.clause.kind === 'complement' && lead.sentence.clauses.some((c) => c.reporting);
  return saidBefore || words.slice(0, had).some((w) => isReportingVerb(w));
}

/** Actors of the event: those of its title mention, then those more than one sentence names. */
function actorsOf(group: Group, lead: Mention, ordinary: ReadonlySet<string>): string[] {
  // (who takes part in each mention's act: not the main clause's subject around a relative)
  const all = ranked(flatMapped(group.mentions, actorsOfItsAct));
  const counts = new Map<string, number>();
  for (const m of group.mentions)
    for (const a of new Set(actorsOfItsAct(m))) counts.set(a, (counts.get(a) ?? 0) + 1);
  const chosen = [...actorsOfItsAct(lead), ...all.filter((a) => (counts.get(a) ?? 0) > 1)];
  return [...new Set(chosen)].filter((a) => !ordinary.has(a)).slice(0, MAX_ACTORS);
}

/**
 * "Heavy snow closed roads", "Talks resumed": the ordinary words that open the event's sentences;
 * each tells the mention's subject apart when events are gathered, but is no one's name.
 */
function ordinaryNames(group: Group): Set<string> {
  const ordinary = new Set<string>();
  for (const m of group.mentions)
    for (const name of m.sentence.names) if (name.ordinary) ordinary.add(name.text);
  return ordinary;
}

function actorsOfItsAct(mention: Mention): string[] {
  return mention.own?.actors ?? mention.actors;
}

/**
 * The actors with the person a title's "he" or "she" was found to stand for, first: "He started
 * Apple in 1976" is titled "Steve Jobs started Apple", and Steve Jobs is who acted, though the
 * sentence names only Apple. (The same event told by another article with the name merges only
 * when the two share an actor.) Not an ordinary word ("Terrorist groups claimed the attack").
 */
function withTitleSubject(
  actors: string[],
  title: string,
  subject: string | undefined,
  ordinary: ReadonlySet<string>,
): string[] {
  if (subject === undefined || !title.startsWith(subject) || ordinary.has(subject)) return actors;
  if (actors.some((a) => sameActor(a, subject))) return actors;
  return [subject, ...actors].slice(0, MAX_ACTORS);
}

/** Names by how often the event's sentences mention them, first mention first on ties. */
function ranked(names: string[]): string[] {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
}

/** One source per sentence, in text order; a sentence's own date expression when it has one. */
function sourcesOf(mentions: readonly Mention[], article: string): EventSource[] {
  const bySentence = new Map<number, Mention>();
  for (const m of mentions) {
    const known = bySentence.get(m.sentence.index);
    if (!known || (!known.timex && m.timex)) bySentence.set(m.sentence.index, m);
  }
  // (pushed, not mapped: a mapped array is packed or holey as the caller is optimized or not,
  // and the readers of an event's sources were deoptimized at the switch)
  const sources: EventSource[] = [];
  for (const m of [...bySentence.values()].sort((a, b) => a.sentence.start - b.sentence.start)) {
    sources.push({
      article,
      start: m.sentence.start,
      end: m.sentence.end,
      timex: m.timex ? { start: m.timex.start, end: m.timex.end } : null,
      quote: m.sentence.text,
    });
  }
  return sources;
}
