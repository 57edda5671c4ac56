/**
 * Gathering mentions into events, in text order, so that the timeline stays readable: related
 * sentences become further sources of one event instead of one event each.
 *
 *   0. A sentence without a subject dated only by "now" ("Currently being held for extradition.")
 *      or without a date and all quotation, or a short one without a verb ("Until this week."),
 *      goes on with the event of the sentence before it.
 *   1. A dated mention joins an event of the same date with an actor in common (or, having no
 *      actor of its own, the nearest event of that date); else it starts an event.
 *   2. A dateless mention that continues the story of the sentence just before (a pronoun, or an
 *      actor in common in the same paragraph or with "also"; told at a compatible date) becomes a
 *      source of that sentence's event.
 *   3. Otherwise the narrative dates it (narrative.ts) and it joins the event at that date with an
 *      actor in common, else the event whose date the narrative took, else the main event at
 *      that date; only a new act by someone named starts an event of its own. When that date is
 *      only the publication's year or month (no day, and no date of the text), a mention joins
 *      only an event it names the subject of, or, with a pronoun, the sentence before's; else it
 *      is background and no source.
 *   4. When an article still has more than MAX_EVENTS events, events that only dateless
 *      sentences started merge into the largest event of the same date.
 */
import type { EventDate } from '../types.ts';
import {
  CONTINUATION_WORDS,
  FRAGMENT_OPENERS,
  PREPOSITIONS,
  SEPARATE_OPENERS,
} from '../lexicon/en/events/function-words.ts';
import { wordSet, splitAtSpaces } from '../text/words.ts';
import { QUOTED_SPEECH_OPENING } from '../lexicon/en/events/reporting.ts';
import {
  NEW_HAPPENING_DETERMINERS,
  OTHER_HAPPENING_DETERMINERS,
  SAME_HAPPENING_NOUNS,
} from '../lexicon/en/events/similarity.ts';
import { DAYS_LATER, HOURS_LATER } from '../lexicon/en/events/comparisons.ts';
import { eventDate } from '../calendar/index.ts';
import { shareActor } from './actors.ts';
import { dateKey, isBefore, opensOpenRange } from './date.ts';
import type { Mention } from './mentions.ts';
import { narrativeDate, storyDate } from './narrative.ts';
import { earlierActBefore } from './mentions.ts';
import { opensWithVerb } from './title/index.ts';

export interface Group {
  date: EventDate;
  mentions: Mention[];
  actors: string[];
  /** Whether a date expression of the text dates it (not only the narrative). */
  dated: boolean;
}

const CONTINUATION = wordSet(CONTINUATION_WORDS, { lower: true });

/** Events per article above which same-date events are merged. */
export const MAX_EVENTS = 12;

/** Actors of an event compared with a new mention, at most: keeps huge articles linear. */
const MAX_COMPARED_ACTORS = 40;

export function gatherMentions(mentions: readonly Mention[], published: EventDate | null): Group[] {
  const groups: Group[] = [];
  const byDate = new Map<string, Group[]>();
  const groupOf = new Map<Mention, Group>();
  const bySentence = new Map<number, Mention[]>();
  const story = storyDate(mentions, published);
  /** The sentences a date of the text dates some clause of. */
  const datedSentences = new Set(mentions.filter((m) => m.date).map((m) => m.sentence.index));
  const before: Mention[] = []; // dated mentions of earlier sentences
  let pending: Mention[] = []; // dated mentions of the current sentence
  let sentence = -1;
  /** The entries of a list (a live page's, under time stamps) whose first sentence has come. */
  const entriesOpened = new Set<number>();
  const add = (group: Group, mention: Mention, withActors = true): void => {
    group.mentions.push(mention);
    for (const actor of withActors ? mention.actors : []) {
      if (group.actors.length < MAX_COMPARED_ACTORS && !group.actors.includes(actor))
        group.actors.push(actor);
    }
    groupOf.set(mention, group);
  };
  const start = (mention: Mention, date: EventDate, isDated: boolean): void => {
    const group: Group = { date, mentions: [], actors: [], dated: isDated };
    groups.push(group);
    const list = byDate.get(dateKey(date));
    if (list) list.push(group);
    else byDate.set(dateKey(date), [group]);
    add(group, mention);
  };

  /**
   * "The resignation came a day after the regulator served a notice": the act the distance goes
   * back to, from the day the narrative put a dateless main clause at.
   */
  const startEarlierAct = (mention: Mention, date: EventDate): void => {
    if (mention.clause !== mention.sentence.main) return;
    const earlier = earlierActBefore(mention.sentence, date);
    // (hours before is the same day: "The attack came hours after ..." stays one event)
    if (earlier && earlier.date!.value !== date.value) start(earlier, earlier.date!, true);
  };

  // (whether the current sentence is the first of its entry)
  let entryNews = false;
  for (const mention of mentions) {
    let opensEntry = false;
    if (mention.sentence.index !== sentence) {
      before.push(...pending);
      pending = [];
      sentence = mention.sentence.index;
      const entry = mention.sentence.entry;
      opensEntry = entry !== null && !entriesOpened.has(entry);
      entryNews = opensEntry;
      if (entry !== null) entriesOpened.add(entry);
    }
    // "12:15 p.m. The governor said she would visit the shelters on Thursday": the saying of a
    // plan that opens an entry under its own time stamp is told by the plan's event; it is no
    // more of the entry above, nor, with no date, of one below
    if (entryNews && mention.report) continue;
    const ofSentence = bySentence.get(sentence);
    if (ofSentence) ofSentence.push(mention);
    else bySentence.set(sentence, [mention]);
    const quotation = quotationGoingOn(mention);
    const carried =
      subjectlessNow(mention) || quotation || isFragment(mention)
        ? lastGroup(bySentence.get(sentence - 1), groupOf)
        : null;
    if (carried) {
      mention.date = carried.date;
      // whom a quotation names does not make its event the event of others who name them
      add(carried, mention, !quotation);
      continue;
    }
    if (mention.date) {
      const group = sameDate(byDate.get(dateKey(mention.date)) ?? [], mention, published);
      if (group) {
        add(group, mention);
        group.dated = true;
      } else start(mention, mention.date, true);
      pending.push(mention);
      continue;
    }
    const narrative = narrativeDate(mention, { published, story, before });
    // "She was shot on Dec. 20. She died hours later.": a new act hours after the last date told
    // is news of its own, on that day; days or more later ("Days later, the governor declared
    // an emergency"), after it
    // (a told act, not a saying, though "declared an emergency" is one; its verb may be read
    // wrong: "hours" looks like a verb in -s)
    const later = isSaying(mention) || mention.aspect === 'future' ? null : laterBy(mention);
    const last = later ? before.findLast((m) => m.date !== null)?.date : undefined;
    const afterLast = last && (later === 'hours' ? last : dateAfter(last));
    if (afterLast) {
      mention.date = afterLast;
      start(mention, afterLast, false);
      continue;
    }
    const previous = continued(
      mention,
      bySentence.get(sentence - 1) ?? [],
      groupOf,
      narrative?.date ?? null,
      (date) => (byDate.get(dateKey(date))?.length ?? 0) > 0,
    );
    if (previous) {
      add(previous, mention);
      startEarlierAct(mention, previous.date);
      continue;
    }
    if (!narrative) continue;
    const { date, via } = narrative;
    mention.date = date;
    startEarlierAct(mention, date);
    const atDate = byDate.get(dateKey(date)) ?? [];
    // ("MOSCOW — Lavrov traveled to Belarus ... Russia and Belarus are both members of the CSTO",
    // published in "(c) 2018" and no day: with no date of the text to go by and a narrative over
    // more than a day, "the news of the day" says nothing of which event a sentence belongs to;
    // it is more of one only when it names whom the event is about, or goes on, with a pronoun,
    // with the sentence before: "He is expected to visit Belarus". Else it is background.)
    const background = via === null && !atDayOrFiner(date);
    const withActor = background
      ? mention.clause.pronoun
        ? lastGroupWithin(bySentence.get(sentence - 1), groupOf, date)
        : atDate.findLast((g) => namesSubjectOf(g, mention))
      : lastWithActorOf(atDate, mention.actors);
    const viaGroup = via ? groupOf.get(via) : undefined;
    // ("9:30 p.m. ET" above "Tom Avery conceded the race": the first sentence of an entry under
    // its own date or time stamp is that entry's news)
    if (opensEntry && mention.clause === mention.sentence.main) start(mention, date, false);
    else if (withActor) {
      mention.date = withActor.date;
      add(withActor, mention);
    } else if (viaGroup) add(viaGroup, mention);
    else if (atDate.length > 0 && !reportsNewAct(mention)) {
      if (!background) add(mainOf(atDate), mention);
    }
    // ("She is survived by a daughter", "The lander is designed to work for one lunar day": a
    // state in the present passive, with no date and no event to join, is no event; nor is a
    // habit, dated in no one year, "The monsoon usually arrives in June", nor a quotation with
    // no date and nothing to join; nor a plan as it stands, with nothing of its day to join:
    // "The rally is set for Saturday" is told by Saturday's event, "The rally is set"; nor, in
    // background, a clause of a sentence with a date of its own, which an event of that date
    // tells: "the Belarusians included ten citizens of the Crimean Peninsula that Moscow annexed
    // in 2014" is no news of the publication's year besides)
    else if (
      !(background && datedSentences.has(mention.sentence.index)) &&
      !isPresentPassive(mention) &&
      !opensWithQuotation(mention) &&
      !isHabit(mention) &&
      !isPlanAsItStands(mention)
    )
      start(mention, date, false);
  }
  return capEvents(groups);
}

/**
 * The last event that shares an actor with `actors`. (A function of its own: a closure over the
 * loop's mention would put the mention in a new heap object for every mention gathered.)
 */
function lastWithActorOf(groups: readonly Group[], actors: readonly string[]): Group | undefined {
  for (let i = groups.length - 1; i >= 0; i--)
    if (shareActor(groups[i]!.actors, actors)) return groups[i];
  return undefined;
}

const HOURS = new RegExp(HOURS_LATER.pattern, 'iu');
const DAYS = new RegExp(DAYS_LATER.pattern, 'iu');
/** What both end in: a sentence without it needs neither pattern run over it. */
const LATER = /later/i;

/** How far after the story's last date a sentence says it is, when it gives no date itself. */
function laterBy(mention: Mention): 'hours' | 'days' | null {
  const text = mention.sentence.text;
  if (!LATER.test(text)) return null;
  return HOURS.test(text) ? 'hours' : DAYS.test(text) ? 'days' : null;
}

/** Whether a mention reports what was said ("Hours later, police said that ..."). */
function isSaying(mention: Mention): boolean {
  return mention.reporting && mention.sentence.clauses.some((c) => c.kind === 'complement');
}

/** "after May 5": a date some time after a single one (none after a range or an "after"). */
function dateAfter(date: EventDate): EventDate | null {
  if (date.through !== undefined) return null;
  const after = eventDate(date.value, 'AFTER');
  return after && after.label !== date.label ? after : null;
}

/** An event of the same date that the mention belongs to, if any. */
function sameDate(
  candidates: readonly Group[],
  mention: Mention,
  published: EventDate | null,
): Group | undefined {
  // "The bridge was closed in 2019. Later that year, engineers found cracks": a date counted
  // from the story's last one tells what came next, not more of the same act
  // ... unless it goes on with someone of that event ("Later that day, Jobs said ..."); a new
  // act of theirs is news of its own ("He was released in 2012. That year, he founded ...")
  if (nextInStory(mention)) {
    if (!mention.clause.pronoun)
      return candidates.findLast((g) => shareActor(g.actors, mention.actors));
    if (isNewAct(mention)) return undefined;
  }
  if (SEPARATE.test(mention.sentence.text)) return undefined;
  // "has been in office since 2019, when she defeated the incumbent": the state since a date and
  // what happened on it are two events
  if (isRecalled(mention)) candidates = candidates.filter((g) => !g.mentions.every(statesSince));
  if (mention.since) candidates = candidates.filter((g) => g.mentions.every(statesSince));
  if (mention.clause.pronoun) return candidates.length ? mainOf(candidates) : undefined;
  // "The city council approved the budget on Monday. The mayor fired the police chief on
  // Monday.": another subject doing another thing is another event, though neither is a name
  // (and what is still to come is not what happened that day: "Survivors gathered on Thursday.
  // On Thursday evening, residents will light candles")
  const sameTime = candidates.filter((g) => !otherSideOfNow(g, mention, published));
  const alike = sameTime.filter((g) => !isOtherAct(g, mention));
  if (mention.actors.length === 0) return alike.length ? mainOf(alike) : undefined;
  // ("Ostravia reintroduced checks on its border with Kelmar on Wednesday. Kelmar's foreign
  // ministry summoned the Ostravian ambassador on Wednesday": a name in common does not make
  // another subject's act, the reply, the same event; a saying of it is, and so is an act of
  // the same subject, "Apple unveiled ... Apple's chief executive showed off the device")
  return sameTime.findLast(
    (g) =>
      (shareActor(g.actors, mention.actors) &&
        (mention.reporting || alike.includes(g) || sameSubject(g, mention))) ||
      (g.actors.length === 0 && alike.includes(g)),
  );
}

/** Whether a mention names someone whom an event's mentions have as their subject. */
function namesSubjectOf(group: Group, mention: Mention): boolean {
  return group.mentions.some((m) => shareActor(m.clause.roles.subjects, mention.actors));
}

/** Whether a date is a day or a time of day, not a longer span. */
function atDayOrFiner(date: EventDate): boolean {
  return date.granularity === 'day' || date.granularity === 'time';
}

/** Whether a date lies within another ("a week in 2018" within 2018). */
function within(date: EventDate, span: EventDate): boolean {
  return date.start >= span.start && date.end <= span.end;
}

/** The event the last mention of a sentence went to, when its date lies within `span`. */
function lastGroupWithin(
  mentions: readonly Mention[] | undefined,
  groupOf: ReadonlyMap<Mention, Group>,
  span: EventDate,
): Group | undefined {
  const group = lastGroup(mentions, groupOf);
  return group && within(group.date, span) ? group : undefined;
}

/** Whether a mention's clause has a subject named as one of an event's mentions does. */
function sameSubject(group: Group, mention: Mention): boolean {
  const own = mention.clause.roles.subjects;
  return own.length > 0 && group.mentions.some((m) => shareActor(m.clause.roles.subjects, own));
}

/** Whether a mention's date was told before its clause: "since 2019, [when she won]". */
function isRecalled(mention: Mention): boolean {
  return mention.timex !== null && mention.timex.end <= mention.clause.start;
}

/** Whether a mention's clause tells a state since its date, which the text leaves open. */
function statesSince(mention: Mention): boolean {
  return mention.since === true || (opensOpenRange(mention.timex) && !isRecalled(mention));
}

/**
 * Whether a mention is still to come and every mention of the event told as past, or the
 * reverse; on a day before the publication nothing is still to come ("Jan. 31 - Army says it
 * will not use force" is that day's news).
 */
function otherSideOfNow(group: Group, mention: Mention, published: EventDate | null): boolean {
  if (isBefore(group.date, published)) return false;
  const side = (m: Mention): 'past' | 'future' | null =>
    m.aspect === 'future' ? 'future' : m.aspect === 'past' ? 'past' : null;
  const own = side(mention);
  return own !== null && group.mentions.every((m) => side(m) !== null && side(m) !== own);
}

const SEPARATE = new RegExp(
  `^\\W*(?:${SEPARATE_OPENERS.split(';')
    .map((o) => o.trim().replace(/\s+/gu, '\\s+'))
    .join('|')})\\b`,
  'iu',
);

/** Words before a verb that are not its subject's head ("has", "also", "later"). */
const NOT_HEADS = wordSet(
  'has have had is are was were will would also then later still already reportedly finally on in at the a an',
  { lower: true },
);

/**
 * The head of a main clause's subject: the last word before its verb ("council" in "The city
 * council approved ..."), or null when it has no verb or no subject before it, or reports what
 * was said.
 */
function subjectHead(mention: Mention): string | null {
  const { clause } = mention;
  // (what someone said, or a quotation, is more of the news of that day, not an act of its own)
  if (clause.kind !== 'main' || clause.verb === '' || mention.reporting || clause.quoted > 0)
    return null;
  const at = clause.words.findIndex((w) => w.text.toLowerCase() === clause.verb);
  for (let i = at - 1; i >= 0; i--) {
    const word = clause.words[i]!.text.toLowerCase().replace(/['’]s?$/u, '');
    if (!NOT_HEADS.has(word)) return /^\p{L}+$/u.test(word) ? word : null;
  }
  // "Bergh, who has led the party since 2012, conceded defeat": a main clause that resumes
  // after an aside has its subject before the aside, a name its roles know
  const subject = clause.roles.subjects[0];
  return at === 0 && subject !== undefined ? splitAtSpaces(subject.toLowerCase()).at(-1)! : null;
}

/** Each noun of SAME_HAPPENING_NOUNS and the first of its line, which stands for the line. */
const HAPPENING = new Map(
  SAME_HAPPENING_NOUNS.split('\n').flatMap((line) => {
    const nouns = splitAtSpaces(line.trim()).filter(Boolean);
    return nouns.map((noun) => [noun, nouns[0]!] as const);
  }),
);

const NEW_HAPPENING = wordSet(NEW_HAPPENING_DETERMINERS, { lower: true });
const OTHER_HAPPENING = wordSet(OTHER_HAPPENING_DETERMINERS, { lower: true });

/** How a mention's subject points back to a happening told before it. */
type Reference = 'back' | 'new' | 'other';

/**
 * Whether two subjects' heads name one happening ("earthquake" and "quake"). Another name of it
 * must point back ("the quake"): "a quake shook Hokkaido" after "an earthquake struck Chile" is
 * a new one; "another fire" is never the fire told before.
 */
function sameHead(a: string, b: string, reference: Reference): boolean {
  if (reference === 'other') return false;
  if (a === b) return true;
  const happening = HAPPENING.get(a);
  return reference === 'back' && happening !== undefined && happening === HAPPENING.get(b);
}

/** How a mention's subject, before its verb, refers: "the quake", "a quake", "another quake". */
function referenceOf(mention: Mention): Reference {
  const { clause } = mention;
  for (const word of clause.words) {
    const lower = word.text.toLowerCase();
    if (lower === clause.verb) return 'back';
    if (OTHER_HAPPENING.has(lower)) return 'other';
    if (NEW_HAPPENING.has(lower)) return 'new';
  }
  return 'back';
}

/**
 * Whether a mention tells another act than an event of its date: each of the event's mentions
 * has a subject of its own, other than the mention's (or another name of the same happening,
 * "the quake" after "an earthquake"), and another verb.
 */
function isOtherAct(group: Group, mention: Mention): boolean {
  const head = subjectHead(mention);
  if (head === null) return false;
  const reference = referenceOf(mention);
  return group.mentions.every((m) => {
    const other = subjectHead(m);
    return (
      other !== null &&
      !sameHead(other, head, reference) &&
      m.clause.verb !== mention.clause.verb &&
      m.sentence.index !== mention.sentence.index
    );
  });
}

/**
 * "Later that year, engineers found cracks", "Earlier in the day, the Fed cut rates": a mention
 * dated by an adverbial counted from the story's last date tells what came next or before, an
 * event of its own unless it shares an actor with one of that date, or, told of a "he" or "she",
 * unless it only reports. (A date that is the subject, "that day has come", is no such adverbial.)
 */
function nextInStory(mention: Mention): boolean {
  const { timex, sentence } = mention;
  if (timex?.anchor !== 'narrative') return false;
  const after = sentence.text.slice(timex.end - sentence.start, timex.end - sentence.start + 1);
  const before = sentence.text.slice(
    Math.max(0, timex.start - sentence.start - 12),
    timex.start - sentence.start,
  );
  return after === ',' || /\b(?:in|on|at|during|by)\s+$/iu.test(before);
}

/**
 * The event of the sentence just before, when this one continues its story: a pronoun or an
 * actor in common, and a date that agrees with the narrative (a past-tense sentence may
 * continue any past event; a present-tense one only the event of its own narrative date).
 */
function continued(
  mention: Mention,
  previous: readonly Mention[],
  groupOf: ReadonlyMap<Mention, Group>,
  date: EventDate | null,
  eventAt: (date: EventDate) => boolean,
): Group | undefined {
  for (let i = previous.length - 1; i >= 0; i--) {
    const m = previous[i]!;
    const group = groupOf.get(m);
    // (an entry of a list does not go on with the one above: "8:47 p.m." and "9:30 p.m." are two
    // updates of a live page)
    if (!group || m.sentence.entry !== mention.sentence.entry) continue;
    const sameParagraph = m.sentence.paragraph === mention.sentence.paragraph;
    const linked =
      mention.clause.pronoun !== null ||
      ((sameParagraph || goesOn(mention)) && shareActor(group.actors, mention.actors));
    if (!linked) continue;
    // ('"This verdict shows ...," said the inspector': what a speaker points at is of the
    // narrative's day, when an event is there, not of a background date the sentence before gave)
    if (
      pointsInQuotation(mention) &&
      date !== null &&
      dateKey(group.date) !== dateKey(date) &&
      eventAt(date)
    )
      continue;
    const agrees =
      (date !== null && dateKey(group.date) === dateKey(date)) ||
      // a past act goes on with an event a date in the text gives to a past act ("Jobs
      // announced today ... He said"), not with a state ("currently displays")
      (mention.aspect === 'past' &&
        group.mentions.some((g) => g.timex && (g.aspect === 'past' || g.aspect === 'perfect')));
    if (agrees) {
      mention.date = group.date;
      return group;
    }
  }
  return undefined;
}

/** Whether a clause opens a quotation with a thing's pronoun ('"This verdict shows ...'). */
function pointsInQuotation(mention: Mention): boolean {
  return mention.clause.pronoun === 'thing' && OPENS_QUOTATION.test(mention.clause.text);
}

const OPENS_QUOTATION = /^\s*(?:["“‘`]|'')/u;

/**
 * "Currently being held for extradition to Russia.": a sentence without a subject, dated only by
 * "now", tells where the story of the sentence before it stands, not a new event of the day.
 */
function subjectlessNow(mention: Mention): boolean {
  const { timex, clause, sentence } = mention;
  if (timex?.value !== 'PRESENT_REF' || clause !== sentence.main) return false;
  const rest = (
    clause.text.slice(0, timex.start - clause.start) + clause.text.slice(timex.end - clause.start)
  ).trim();
  return opensWithVerb(rest);
}

/**
 * "``Everyone else has gone away.''": a sentence without a date that is all quotation goes on
 * with what the sentence before it reports (the speaker's words go on), not a new event.
 */
function quotationGoingOn(mention: Mention): boolean {
  return mention.timex === null && mention.sentence.clauses.every((c) => c.quoted === 1);
}

/** Words of a sentence without a verb that is only a fragment of the one before ("Until this week."). */
const MAX_FRAGMENT_WORDS = 6;

/**
 * "Until this week.": a short sentence without a verb finishes the sentence before it; its date
 * tells how long that lasted, not an event of its own.
 */
function isFragment(mention: Mention): boolean {
  const { sentence } = mention;
  const first = sentence.clauses[0]?.words[0]?.text.toLowerCase() ?? '';
  return (
    FRAGMENT_OPENING.has(first) &&
    sentence.clauses.every((c) => c.tense === 'none') &&
    sentence.clauses.reduce((n, c) => n + c.words.length, 0) <= MAX_FRAGMENT_WORDS
  );
}

const FRAGMENT_OPENING = new Set([
  ...wordSet(PREPOSITIONS, { lower: true }),
  ...wordSet(FRAGMENT_OPENERS, { lower: true }),
]);

/** The event the last mention of a sentence went to. */
function lastGroup(
  mentions: readonly Mention[] | undefined,
  groupOf: ReadonlyMap<Mention, Group>,
): Group | null {
  for (const m of [...(mentions ?? [])].reverse()) {
    const group = groupOf.get(m);
    if (group) return group;
  }
  return null;
}

/** "Jobs also said ...": a word that says the sentence goes on with the story before it. */
function goesOn(mention: Mention): boolean {
  return saysItGoesOn(mention.clause.text);
}

/** Whether a text has a word that says it goes on with the story before it ("also"). */
export function saysItGoesOn(text: string): boolean {
  return CONTINUATION_WORD.test(text.toLowerCase());
}

/**
 * A whole word of CONTINUATION in lower-cased text: a run of letters that is one of them, as
 * reading its runs of letters one at a time would find it, in one search that makes no match
 * for every word (guarded by the words' first letters, so that the lookbehind is tried only
 * there).
 */
const CONTINUATION_WORD = new RegExp(
  String.raw`(?=[${[...new Set([...CONTINUATION].map((word) => word[0]))].join('')}])(?<!\p{L})(?:${[...CONTINUATION].join('|')})(?!\p{L})`,
  'u',
);

/**
 * A mention that tells of a new act by someone named: worth an event of its own. Reported speech
 * without a date of its own comments on the day's events and joins them instead.
 */
function reportsNewAct(mention: Mention): boolean {
  return mention.actors.length > 0 && isNewAct(mention);
}

/** Whether a mention tells of an act, not of what was said of one ("he founded", not "he said"). */
function isNewAct(mention: Mention): boolean {
  return !mention.reporting && ['past', 'perfect', 'future'].includes(mention.aspect);
}

/** "is survived by", "are designed to": a clause in the present passive, a state. */
const PRESENT_PASSIVE = /\b(?:is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\b/u;

/**
 * Whether a mention is a state in the present passive in a sentence with no date at all (a plan
 * told so has one: "A memorial is planned for Sept. 12" is the news of its day).
 */
function isPresentPassive(mention: Mention): boolean {
  return (
    mention.aspect === 'present' &&
    mention.sentence.timexes.length === 0 &&
    PRESENT_PASSIVE.test(mention.clause.text)
  );
}

/**
 * Whether a mention is the news of a plan as it stands that its sentence tells in the present,
 * with no one saying it ("The report is due at the end of next month"; mentions.ts): the same
 * clause already gives the event of the plan's date, so alone on its day it would be that event
 * again. It still joins an event of its day, as a source.
 */
function isPlanAsItStands(mention: Mention): boolean {
  return mention.report === true && !mention.reporting;
}

/**
 * Whether a dateless mention's sentence opens with a quotation ("\"People keep telling me I
 * should write a cookbook,\" she said"): what someone said, with no date and no event to join, is
 * comment, not news of its own.
 */
function opensWithQuotation(mention: Mention): boolean {
  return QUOTED_SPEECH.test(mention.sentence.text);
}

const QUOTED_SPEECH = new RegExp(QUOTED_SPEECH_OPENING.pattern, 'u');

/** A month, a day or a season in no one year (habits.ts in the tagger): "XXXX-06". */
const HABITUAL_VALUE = /^XXXX-(?:\d{2}|SP|SU|FA|WI)/u;

/** Whether a mention's clause is dated only in no one year: a habit ("usually arrives in June"). */
function isHabit(mention: Mention): boolean {
  // (its own clause's: "The company typically reports in late July, and it said on Monday it
  // would report on July 30" has a habit and a plan)
  const { clause } = mention;
  const timexes = mention.sentence.timexes.filter(
    (t) => t.start >= clause.start && t.end <= clause.end,
  );
  // (a recurrence, or a weekday of no one week, dates an act all the same: "The weekly Thursday
  // market moved to the square")
  return (
    timexes.some((t) => t.type !== 'SET' && HABITUAL_VALUE.test(t.value)) &&
    timexes.every((t) => t.type === 'SET' || t.value.startsWith('XXXX'))
  );
}

/** The main event among several of one date: the one with the most sources, the earlier on ties. */
function mainOf(groups: readonly Group[]): Group {
  return groups.reduce((best, g) => (g.mentions.length > best.mentions.length ? g : best));
}

/** Merges events started by dateless sentences into the main event of their date, while over the cap. */
function capEvents(groups: Group[]): Group[] {
  if (groups.length <= MAX_EVENTS) return groups;
  const byDate = new Map<string, Group[]>();
  for (const g of groups) byDate.set(dateKey(g.date), [...(byDate.get(dateKey(g.date)) ?? []), g]);
  // smallest first: they carry the least and merge most readily
  const candidates = groups
    .filter((g) => !g.dated && (byDate.get(dateKey(g.date))?.length ?? 0) > 1)
    .sort((a, b) => a.mentions.length - b.mentions.length);
  const removed = new Set<Group>();
  for (const g of candidates) {
    if (groups.length - removed.size <= MAX_EVENTS) break;
    const others = (byDate.get(dateKey(g.date)) ?? []).filter((o) => o !== g && !removed.has(o));
    if (others.length === 0) continue;
    const target = mainOf(others);
    target.mentions.push(...g.mentions);
    for (const a of g.actors) if (!target.actors.includes(a)) target.actors.push(a);
    removed.add(g);
  }
  return groups.filter((g) => !removed.has(g));
}
