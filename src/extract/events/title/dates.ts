/**
 * Titles, step one: the clause without its dates. A date that only places the event goes with
 * its preposition and what joins it to the next date; one that qualifies a noun ("the autumn
 * draft"), names figures or is the subject stays.
 */
import { COMPARISON, OFFSET_FROM } from '../../lexicon/en/events/comparisons.ts';
import { SEASONS, WEEKDAY_NAME } from '../../lexicon/en/temporal/words.ts';
import { TRAILING_ATTRIBUTION } from '../../lexicon/en/events/reporting.ts';
import {
  DATE_OBJECT_VERBS,
  DATE_PREPOSITION_ADVERBS,
  OPENING_DATE_ADVERBS,
  DATE_PREPOSITIONS,
  ELIDED_DATE_AFTER,
  FIGURE_CHANGE_VERBS,
  PLAN_PARTICIPLES_BEFORE_FOR,
  HOLIDAY_TIME_NOUNS,
  OPENERS_AFTER_HOLIDAY,
  NAME_OF_DATE_BEFORE,
  PARTICLE_PREPOSITIONS,
  STRANDED_PREPOSITIONS,
  PREPOSITION_BEFORE_CLAUSE,
  SUBJECT_OPENING,
  SUBJECT_PRONOUNS,
  TIME_ADVERB_GRADES,
  TIME_SPENDING_VERBS,
  TITLE_DAY_LIST_JOIN,
} from '../../lexicon/en/events/titles.ts';
import type { Span } from '../../text/sentences.ts';
import {
  FINITE_FORMS,
  isPastOrParticiple,
  isReportingVerb,
  isVerbish,
  pastOfBase,
  verbForm,
} from '../../text/verbs.ts';
import { mayEndWithWord, wordSet, splitAtSpaces } from '../../text/words.ts';
import {
  NOUN_PHRASE_OPENERS,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
} from '../../lexicon/en/events/function-words.ts';
import {
  datesGoods,
  deniedAfterLength,
  deniedFrom,
  isLevelAfterTo,
  isNewDate,
  namesFigures,
  periodEndedAt,
  periodNounAt,
  isHolidayName,
  qualifiesNoun,
  RESTATED_DATE,
} from '../anchors.ts';
import { hasVerb, opensWithVerb } from './text.ts';

/** A day or a part of one: a weekday's or month's name, or "morning", "night"... */
const DAY_LIKE = /^(?:\p{Lu}|(?:morning|afternoon|evening|night)\b)/u;
/** "on a quiet ", "during a cold ": a preposition, an article and a word or two before a day. */
const DESCRIBED_DAY = /(?:^|\s)(?:on|during)\s+(?:a|an)\s+(?<words>(?:\p{Ll}[\p{Ll}-]*\s+){1,2})$/u;

/** The preposition, article and describing words before a day, when none of them is a verb. */
function describedDay(before: string): RegExpExecArray | null {
  const m = DESCRIBED_DAY.exec(before);
  if (m === null) return null;
  return splitAtSpaces(m.groups!['words']!.trim()).some((w) => isVerbish(w)) ? null : m;
}

/** The prepositions of a date, longest first. */
const PREPOSITION_ALTERNATIVES = [...wordSet(DATE_PREPOSITIONS, { lower: true })]
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/ /gu, '\\s+'))
  .join('|');

/**
 * A date's preposition just before it ("in", "as of", "earlier"), at the end; up to two in a
 * row ("for later today", "until early next week", "since late 2009").
 */
const PARTICLES = [...wordSet(PARTICLE_PREPOSITIONS, { lower: true })].join('|');
/** A preposition left at a relative's end, and the date's own after it (STRANDED_PREPOSITIONS). */
const STRANDED = `(?:${[...wordSet(STRANDED_PREPOSITIONS.words)].join('|')})\\s+(?:${[...wordSet(STRANDED_PREPOSITIONS.before)].join('|')})`;

/** Adverbs that go with a date where the clause opens ("Back in 2010, ..."). */
const OPENING_ADVERBS = [...wordSet(OPENING_DATE_ADVERBS, { lower: true })]
  .map((a) => a.replace(/ /gu, '\\s+'))
  .join('|');

/** Words between a date's preposition and the date ("in the", "for fiscal"). */
const DETERMINERS = ['the', 'this', 'that', 'next', 'coming'];
const PERIOD_KINDS = ['fiscal', 'financial', 'calendar', 'model'];

const datePreposition = (determiners: readonly string[]): RegExp =>
  new RegExp(
    `(?:(?:^|(?<=\`\`|["“‘]))(?:${OPENING_ADVERBS})\\s+|(?:^|\\s|\`\`|["“‘])(?:(?:${[...wordSet(DATE_PREPOSITION_ADVERBS, { lower: true })].join('|')})\\s+)?)(?:(?!(?:${PARTICLES})\\s+(?:${PREPOSITION_ALTERNATIVES})\\s|${STRANDED}\\s)(?:${PREPOSITION_ALTERNATIVES})\\s+)?(?:(?:${PREPOSITION_ALTERNATIVES})\\s+)(?:(?:${determiners.join('|')})\\s+)?(?:(?:${PERIOD_KINDS.join('|')})\\s+)?$`,
    'iu',
  );
/**
 * The words a date preposition pattern ends in: a preposition's last word, or what may follow
 * it. Text that ends otherwise is not run through the pattern, which is tried at every space.
 */
const lastWordsOf = (determiners: readonly string[]): Set<string> =>
  new Set([
    ...[...wordSet(DATE_PREPOSITIONS, { lower: true })].map((p) => p.split(' ').at(-1)!),
    ...determiners,
    ...PERIOD_KINDS,
  ]);
const DATE_PREPOSITION = datePreposition(DETERMINERS);
/** A grade before an adverb of time ("most recently"), at the end. */
const GRADE_BEFORE = new RegExp(
  String.raw`(?<=^|\s)(?:${[...wordSet(TIME_ADVERB_GRADES, { lower: true })].join('|')})\s+$`,
  'iu',
);
const DATE_PREPOSITION_LAST = lastWordsOf(DETERMINERS);
/** A company's own period takes its possessive along: "profit rose in its [fiscal third quarter]". */
const FISCAL_DETERMINERS = [...DETERMINERS, 'its', 'their'];
const FISCAL_PREPOSITION = datePreposition(FISCAL_DETERMINERS);
const FISCAL_PREPOSITION_LAST = lastWordsOf(FISCAL_DETERMINERS);

/**
 * The "of" after a noun that names a date ("a trial date of", "a deadline of"), the "of
 * fiscal" of a part of a fiscal year ("the third quarter of fiscal 2026"), and a stretch named
 * by its days ("on the weekend of Aug. 17-18").
 */
const DATE_OF =
  /(?<=\b(?:date|dates|deadline))\s+of\s+$|\s+of\s+(?:the\s+)?(?:fiscal|financial|calendar)\s+(?:year\s+)?$|\s(?:on|over|during|for)\s+the\s+(?:weekend|week|night|morning|afternoon|evening)\s+of\s+$/iu;

/** Words that cannot end a title, before a date without a preposition. */
const NEEDS_WHAT_FOLLOWS = /(?:^|\s)(?:every|each|of|much|half|part|effective|as|even)\s+$/iu;

/**
 * A bare year or season is a word of its phrase after a level it is measured against ("still
 * below 2019 levels"; lexicon COMPARISON.levelBefore) or after "a" and one or two adjectives
 * ("face a crowded autumn of appointments", "a long, dry summer"); a date of more words is not
 * ("before a vote next Tuesday", "aged 60 and above this year").
 */
const BARE_YEAR_OR_SEASON = new RegExp(`^(?:\\d{4}|${Object.keys(SEASONS).join('|')})$`, 'iu');
const LEVEL_BEFORE = new RegExp(COMPARISON.levelBefore, 'iu');
const ADJECTIVE_AFTER_A = /(?:^|\s)an?\s+(?:\p{Ll}[\p{Ll}-]*,?\s+){1,2}$/u;

/** An article, which a date may stand in for the noun of ("The second half should be better"). */
const ARTICLE_BEFORE = /(?:^|\s)(?:the|a|an)\s+$/iu;

/**
 * Whether a noun follows a date, which keeps its article ("The Aug. 7, 1998, bombings killed").
 * A preposition is no noun: after "the", the date is the noun ("celebrated the Fourth of July
 * with fireworks"; was "celebrated the with fireworks").
 */
function nounFollows(text: string, end: number): boolean {
  const word = /^,?\s*(?<word>\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(end, end + 40))?.groups?.[
    'word'
  ];
  return word !== undefined && !isVerbish(word) && !PREPOSITION_WORDS.has(word);
}

const PREPOSITION_WORDS = wordSet(PREPOSITIONS, { lower: true });

const DATE_OBJECT_VERB = wordSet(DATE_OBJECT_VERBS, { lower: true });
const TIME_SPENDING_VERB = wordSet(TIME_SPENDING_VERBS, { lower: true });
/** The word right before a date, after a space. */
const WORD_BEFORE = /(?<![\p{L}'’])(?<word>\p{Ll}+)\s+$/u;

/**
 * Whether a date right after a verb is that verb's object: any date after a verb of spending
 * time ("spent Tuesday in meetings"), a date written as a name after one that takes an occasion
 * ("celebrated Thanksgiving with her family"; lexicon DATE_OBJECT_VERBS, TIME_SPENDING_VERBS).
 * Cut out, it would leave "spent in Paris". A weekday stays an adverb there ("Fans celebrated
 * Sunday").
 */
function isObjectOfVerb(date: string, before: string): boolean {
  const verb = WORD_BEFORE.exec(before)?.groups?.['word'];
  if (verb === undefined) return false;
  if (TIME_SPENDING_VERB.has(verb)) return true;
  return (
    DATE_OBJECT_VERB.has(verb) &&
    /^(?:\p{Lu}|\d{4}\b)/u.test(date) &&
    !WEEKDAY_NAME.test(date.split(/\s/u)[0]!)
  );
}

/**
 * Whether a date between a verb of saying and a finite verb is the subject of what was said
 * ("said the summer of 2018 had been"), not an adverb ("Petrol will now cost", "The bombings
 * last week claimed").
 */
function isSubjectAfterVerb(text: string, before: string, end: number): boolean {
  const previous = /(?<!\p{L})(?<word>\p{Ll}+)\s+$/u.exec(before)?.groups?.['word'] ?? '';
  const next = /^\s*(?<word>\p{Ll}[\p{L}'’]*)/u.exec(text.slice(end))?.groups?.['word'] ?? '';
  return isReportingVerb(previous) && FINITE_FORMS.has(verbForm(next));
}

/** The words DATE_OF ends in. */
const OF = new Set(['of', 'fiscal', 'financial', 'calendar', 'year']);

/** What names the year a part of it belongs to, right after the part ("of the financial year"). */
const YEAR_OF_PART =
  /^\s+of\s+(?:the|this|that|last|next)\s+(?:financial\s+|fiscal\s+|calendar\s+)?year\b/u;

/** The stretch a day names after it: "over Thanksgiving weekend", "during Easter week". */
const STRETCH_AFTER = /^\s+(?:weekend|week|holidays?|break)\b/iu;

/** What singles out the date after it: "withdrew $31 billion on Thursday alone". */
const ONLY_AFTER = /^\s+(?:alone|only)\b/u;

/**
 * Whether a weekday after a preposition other than "on" names the day's occasion ("after Friday
 * prayers", "before Sunday services"): without it, "after prayers" would lose the preposition
 * with the date and leave "joined protesters prayers".
 */
function namesAnOccasion(text: string, start: number, end: number): boolean {
  if (!WEEKDAY_NAME.test(text.slice(start, end))) return false;
  const next = /^ (?<word>\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(end, end + 30))?.groups?.['word'];
  if (next === undefined || isVerbish(next) || DATE_PREPOSITION_LAST.has(next)) return false;
  return OCCASION_PREPOSITION.test(text.slice(Math.max(0, start - 12), start));
}

/** Words after a holiday that are its time, not a thing of it (lexicon HOLIDAY_TIME_NOUNS). */
const HOLIDAY_TIME = wordSet(HOLIDAY_TIME_NOUNS, { lower: true });
/** Words that open a phrase or a clause after a date, no noun it qualifies ("on Christmas Eve it"). */
const NO_HOLIDAY_NOUN = new Set([
  ...wordSet(PREPOSITIONS, { lower: true }),
  ...wordSet(OBJECT_PRONOUNS, { lower: true }),
  ...wordSet(SUBJECT_PRONOUNS, { lower: true }),
  ...wordSet(NOUN_PHRASE_OPENERS, { lower: true }),
  ...wordSet(OPENERS_AFTER_HOLIDAY, { lower: true }),
]);

/**
 * Whether a holiday names the thing after it ("served Thanksgiving dinner to 500 people",
 * "gathered for Christmas dinner"): without it the title says "served dinner". A holiday is a day
 * named in words, no weekday or month ("Monday sales", "January figures" are other rules'); not
 * after a word opening the clause ("On Christmas Eve police arrested": the noun is the
 * subject's), though a holiday that opens it names its noun ("Christmas markets drew crowds").
 */
function namesHolidayThing(
  text: string,
  date: Span & { value?: string },
  start: number,
  end: number,
): boolean {
  const name = text.slice(start, end);
  if (!/^\p{Lu}[\p{L}'’ ]*$/u.test(name) || WEEKDAY_NAME.test(name)) return false;
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date.value ?? '')) return false;
  // (but a holiday opening the sentence qualifies its noun: "May Day rallies drew thousands")
  const opening = text.slice(0, start);
  if (/^\W*\p{L}+\s+$/u.test(opening) || (/^\W*$/u.test(opening) && !isHolidayName(name)))
    return false;
  const next = /^ (?<word>\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(end, end + 30))?.groups?.['word'];
  return (
    next !== undefined &&
    !isVerbish(next) &&
    !NO_HOLIDAY_NOUN.has(next) &&
    !HOLIDAY_TIME.has(next) &&
    !DATE_PREPOSITION_LAST.has(next)
  );
}
const OCCASION_PREPOSITION = /\b(?:after|before|during|since|until|at|for|from)\s+$/iu;

/** A capitalised word and "of" right before a date: a name that holds the date ("the Crash of"). */
const NAME_OF_BEFORE = new RegExp(NAME_OF_DATE_BEFORE, 'u');
/** The word NAME_OF_BEFORE ends in. */
const NAME_OF_LAST = new Set(['of']);

/**
 * Whether the text before a date ends in a name and its "of" (NAME_OF_BEFORE): asked of a text
 * that ends in "of" only, as few do; the pattern opens with a look back and was tried at every
 * position of the 40 characters before every date of every title.
 */
function endsInNameOf(before: string): boolean {
  return mayEndWithWord(before, NAME_OF_LAST) && NAME_OF_BEFORE.test(before);
}

/** A distance right before a date: "just days before", "two weeks after". */
const DISTANCE_BEFORE = new RegExp(OFFSET_FROM.distance, 'iu');

/** What joins two dates ("March and June", "1994, 1995 and 1997", "Monday or Tuesday"). */
const DATE_JOIN = /^\s*,?\s*(?:and|or|to|through|until|till|-|–|,)?\s*$/u;

/** ", the day before", ", a week later", ", the same day": after a date, what only places it. */
const DATE_APPOSITION =
  /^,\s+(?:the|a)\s+(?:same\s+)?(?:day|night|morning|evening|week|month|year)(?=\s+(?:before|after|when)\b|\s*[,.;]|$)/u;

/**
 * Whether a date stands between a determiner and a noun in -ing ("the Oct. 23 slaying"). For
 * titles only: qualifiesNoun() also decides which date anchors an event, and reading these as
 * modifiers there moved events off their dates.
 */
function beforeNounInIng(text: string, start: number, end: number): boolean {
  const next = /^ (?<word>\p{Ll}+ing)\b/u.exec(text.slice(end, end + 30))?.groups?.['word'];
  if (next === undefined || verbForm(next) !== 'ing') return false;
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

const DETERMINER_BEFORE = /\b(?:the|a|an|its|his|her|their|this|that|last)\s+$/iu;

/** Between two days of a list (lexicon TITLE_DAY_LIST_JOIN). */
const LISTED = new RegExp(TITLE_DAY_LIST_JOIN, 'u');

/** Whether a date is a day of the calendar ("2024-05-16"), as the days of a list are. */
function isDay(date: Span & { value?: string }): boolean {
  return date.value !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(date.value);
}

/**
 * Dates written as one range ("2019-20", "May 5-7", "1994/95") or one list of days ("for Thursday
 * and Friday") joined into one span, so that the range is kept or left out whole ("the 2019-20
 * season" qualifies its noun; was "the - season"; "planned for Thursday and" was left of a list).
 */
function joinedRanges<T extends Span & { value?: string }>(
  clause: Span & { text: string },
  dates: readonly T[],
): Array<T | Span> {
  const joined: Array<T | Span> = [];
  for (const date of [...dates].sort((a, b) => a.start - b.start)) {
    const last = joined[joined.length - 1];
    const between = last
      ? clause.text.slice(last.end - clause.start, date.start - clause.start)
      : '';
    if (
      last &&
      date.start >= last.end &&
      (/^[-–/]$/u.test(between) ||
        // ("Jan. - March sales": a spaced dash between dates of one kind; not "in 2019 - May")
        (/^ [-–] $/u.test(between) && sameGranularity(last, date)) ||
        (LISTED.test(between) && isDay(last) && isDay(date)))
    )
      joined[joined.length - 1] = { start: last.start, end: date.end };
    else joined.push(date);
  }
  return joined;
}

/** Whether two dates have values of one shape: two months, two days ("2026-01", "2026-03"). */
function sameGranularity(a: Span & { value?: string }, b: Span & { value?: string }): boolean {
  return (
    a.value !== undefined &&
    b.value !== undefined &&
    /^\d{4}-\d{2}(?:-\d{2})?$/u.test(a.value) &&
    a.value.length === b.value.length
  );
}

const SUBJECT_OPENING_RE = new RegExp(SUBJECT_OPENING, 'u');

/** Whether only closing punctuation follows `end` in a clause's text. */
function endsItsClause(text: string, end: number): boolean {
  return /^[\s.,;:!?"”’')]*$/u.test(text.slice(end));
}

/**
 * Whether the period that stops at `period` (a date, "the quarter", or a noun, "its fiscal
 * year") opens its clause, as its subject.
 */
function isSubjectPeriod(
  text: string,
  dates: readonly Span[],
  clause: Span,
  period: number,
): boolean {
  const date = dates.find((d) => d.end === clause.start + period);
  const opening = date ? date.start - clause.start : periodNounAt(text, period);
  return opening >= 0 && SUBJECT_OPENING_RE.test(text.slice(0, opening));
}

/** Whether one of `spans` ends at `at` (a function: no closure over withoutDates' loop). */
function endsAt(spans: readonly Span[], at: number): boolean {
  for (const d of spans) if (d.end === at) return true;
  return false;
}

/** The clause text without adverbial date expressions and their prepositions. */
export function withoutDates(
  clause: Span & { text: string },
  dates: ReadonlyArray<Span & { value?: string }>,
): string {
  let text = clause.text;
  const inside = joinedRanges(
    clause,
    dates.filter((d) => d.start >= clause.start && d.end <= clause.end),
  ).sort((a, b) => b.start - a.start);
  /** Where the date removed last (the next one in the text) was: what follows it now. */
  let removedAt = -1;
  /** Whether that date was only a reference to the present, past or future ("now"). */
  let removedReference = false;
  for (const date of inside) {
    let start = date.start - clause.start;
    let end = date.end - clause.start;
    // "the autumn draft", "Monday's memo": the date qualifies a noun and stays; so in "the
    // October 1998 shooting death", where the word in -ing is a noun
    // ("raised its guidance for the second quarter": which figures, not when; it stays)
    // ("postponed its vote until March 25": the new date is part of the news of the day)
    if (
      qualifiesNoun(text, { start, end }) ||
      // "survived the Wall Street Crash of 1929": the date is part of a name
      endsInNameOf(text.slice(Math.max(0, start - 40), start)) ||
      beforeNounInIng(text, start, end) ||
      namesAnOccasion(text, start, end) ||
      namesHolidayThing(text, date, start, end) ||
      namesFigures(text, { start, end }) ||
      isNewDate(text, { start, end }) ||
      // ("recalled cars built between 2015 and 2018": which cars)
      datesGoods(text, { start, end })
    )
      continue;
    // "2007 was the year of the iPhone", '"Today is a sad day"', "The 1990s saw a boom": the date
    // is the subject and stays
    // (so is one after "that": "Farmers said that June was the wettest month")
    // (and after a possessive: "Apple's fiscal first quarter ended Dec. 30")
    if (
      (/^[\s`"“‘']*(?:the\s+)?$/iu.test(text.slice(0, start)) ||
        SUBJECT_OPENING_RE.test(text.slice(0, start)) ||
        /\bthat\s+$/iu.test(text.slice(Math.max(0, start - 6), start))) &&
      isVerbish(/^\s*(?<word>[\p{L}'’]+)/u.exec(text.slice(end))?.groups?.['word'] ?? '')
    )
      continue;
    // "for the quarter ended Dec. 31": the end of a period that is a date goes with the period
    // (not where the period is the clause's subject and its end the clause's verb and last
    // words: "Its fiscal year ends in June", "Apple's fiscal first quarter ended Dec. 30" keep
    // "ends", "ended")
    let period = periodEndedAt(text, { start, end });
    if (period >= 0 && endsItsClause(text, end) && isSubjectPeriod(text, inside, clause, period))
      period = -1;
    if (period >= 0 && endsAt(inside, clause.start + period)) start = period;
    // "for the three months ended Sept. 30": a period that is no date goes with the date too
    // (was "reported a profit for the three months ended")
    else if (period >= 0) {
      const noun = periodNounAt(text, period);
      if (noun >= 0) start = noun;
    }
    // "for Q4 FY24, the quarter ended March 31, the company said": a date set after another in
    // apposition only restates it, and goes with its comma and article
    const restated = restatedFrom(text, inside, clause.start, start, end);
    let m: RegExpExecArray | null = null;
    if (restated >= 0) start = restated;
    else {
      // "stranded just days before Christmas": a distance right before the date goes with it
      const distance = DISTANCE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      if (distance) start -= distance[0].length;
      // only the last words can hold the preposition: a short window keeps this cheap
      const from = Math.max(0, start - 40);
      const before = text.slice(from, start);
      const fiscal = /^fiscal\b/iu.test(text.slice(start, end));
      m = mayEndWithWord(before, fiscal ? FISCAL_PREPOSITION_LAST : DATE_PREPOSITION_LAST)
        ? (fiscal ? FISCAL_PREPOSITION : DATE_PREPOSITION).exec(before)
        : null;
      // "started on a quiet Sunday afternoon": the article and the words that describe the day,
      // which the tagger leaves out of it, go with it (was "The fire started on a quiet")
      if (m === null && DAY_LIKE.test(text.slice(start, end))) m = describedDay(before);
      // "It is April 16, not April 12": a date denied goes with what denies it (was "It is, not")
      const denied = deniedFrom(before);
      if (denied >= 0) {
        start = from + denied;
        end += deniedAfterLength(text.slice(end, end + 40));
      } else if (m) start = from + m.index;
      // "set a trial date of Sept. 9 for the men": the "of" that named the date goes with it
      else {
        const of = mayEndWithWord(before, OF) ? DATE_OF.exec(before) : null;
        // "She most recently performed in London": a grade of an adverb of time goes with it
        const grade =
          of === null && /^\p{Ll}+ly$/u.test(text.slice(start, end))
            ? GRADE_BEFORE.exec(before)
            : null;
        if (of) start = from + of.index;
        else if (grade) start = from + grade.index;
        // a date no preposition introduces that a word before it needs ("For much of the 20th
        // century", "returned to 2019 levels", "still below 2019 levels", "held every New Year's
        // Day", "face a crowded autumn") or that is the
        // subject of the verb after it ("said the summer of 2018 had been"): cut out, it would
        // leave a hole, so it stays
        else if (
          NEEDS_WHAT_FOLLOWS.test(before) ||
          (ARTICLE_BEFORE.test(before) && !nounFollows(text, end)) ||
          isObjectOfVerb(text.slice(start, end), before) ||
          (BARE_YEAR_OR_SEASON.test(text.slice(start, end)) &&
            (LEVEL_BEFORE.test(before) ||
              isLevelAfterTo(text, before, end) ||
              ADJECTIVE_AFTER_A.test(before))) ||
          isSubjectAfterVerb(text, before, end)
        )
          continue;
      }
    }
    // "During the first quarter of the financial year Apple sold": the year goes with its part
    // "on Dec. 25, 1991, the day before ...": a phrase that only places the date goes with it
    const of =
      YEAR_OF_PART.exec(text.slice(end, end + 40)) ??
      DATE_APPOSITION.exec(text.slice(end, end + 40)) ??
      (m
        ? (STRETCH_AFTER.exec(text.slice(end, end + 12)) ??
          ONLY_AFTER.exec(text.slice(end, end + 8)))
        : null);
    end += of?.[0].length ?? 0;
    // "late this week or early next": the second date, which leaves its unit to this one
    if (UNIT_AT_END.test(text.slice(start, end)))
      end += ELIDED_DATE.exec(text.slice(end, end + 40))?.[0].length ?? 0;
    // "in March and June 2011": the word that joined it to the date removed after it goes too
    // (after a preposition: in "four years ago and now are poised", "and" joins the verbs, and
    // so in "raised $500 million in October and now employs 1,200 people": "now" is no date of
    // a list)
    if (m && removedAt >= end && !removedReference && DATE_JOIN.test(text.slice(end, removedAt)))
      end = removedAt;
    // "An iOS update released Thursday came with ...": a participle the date alone completed
    // goes with it, before the sentence's verb
    start -= participleBefore(text, start, end);
    // "The project in Tacoma, completed in 2018, also required repairs": an aside of a
    // participle and its date goes whole, with its commas
    // (an adverb may come first: "The opening, originally planned for March, was put off")
    const participle = /,\s*(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|lt|nt)\s*$/u.exec(
      text.slice(Math.max(0, start - 40), start),
    );
    // (not the verb after a name in apposition, when no verb follows the aside: "The company's
    // chief executive, Hiroshi Tanabe, resigned on Feb. 4, 2016, two days after a hearing")
    if (
      participle &&
      /^\s*,\s*\p{L}/u.test(text.slice(end, end + 4)) &&
      !(
        text.slice(0, start - participle[0].length).includes(',') &&
        !opensWithVerb(text.slice(end).replace(/^\s*,\s*/u, ''), true)
      )
    ) {
      start -= participle[0].length;
      end += /^\s*,/u.exec(text.slice(end))![0].length;
    }
    // "The vote, on Tuesday, was close": an aside of nothing but its date, between the subject
    // and its verb, goes with its commas
    const opening = /,\s*$/u.exec(text.slice(Math.max(0, start - 3), start));
    const closing = /^\s*,\s*(?<verb>[\p{L}'’]+)/u.exec(text.slice(end, end + 30));
    if (
      opening &&
      closing &&
      isVerbish(closing.groups!['verb']!) &&
      !text.slice(0, start - opening[0].length).includes(',')
    ) {
      start -= opening[0].length;
      end += closing[0].length - closing.groups!['verb']!.length - 1;
    }
    // "Born on July 4, 1931, in Ohio": the comma that closes a day's year goes with the date
    // (was "Born, in Ohio"), unless a comma before it opened an aside the date is in, or the
    // date ends a statement that a phrase of its own follows ("rose 12% in the six months ended
    // June 30, 2024, the company said", "posted a loss for the year ended Dec. 31, 2023, its
    // first since 2009": the comma is theirs; not "opened on May 5, 2020, a year late")
    if (
      YEAR_OF_DAY_AT_END.test(text.slice(start, end)) &&
      /^,\s/u.test(text.slice(end)) &&
      !/,\s*$/u.test(text.slice(0, start)) &&
      !(
        start > 0 &&
        (POSSESSIVE_AFTER_COMMA.test(text.slice(end, end + 8)) ||
          TRAILING_SAID.test(text.slice(end)))
      )
    )
      end += 1;
    // "The uprising began on 14 January, when thousands marched": the comma set the date off
    // from the clause after it, and goes with it (not after a fronted phrase without a verb:
    // "In contrast to Thursday, when ..."; nor when the range the date opens ends after the
    // clause: "from 1968, when tanks rolled in, until 1989")
    const subordinate = SUBORDINATE_AFTER.exec(text.slice(end, end + 12));
    if (
      subordinate &&
      !/,\s*$/u.test(text.slice(0, start)) &&
      hasVerb(text.slice(0, start)) &&
      !RANGE_END_AFTER.test(
        clause.text.slice(date.end - clause.start, date.end - clause.start + 120),
      )
    )
      end += subordinate[0].length - 1;
    // "paid retroactive to Jan. 1 once the budget passes": the "to" that governed the date
    // would dangle before the clause after it (was "paid retroactive to once the budget passes")
    if (m === null && CLAUSE_AFTER_DATE.test(text.slice(end, end + 24))) {
      const governing = PREPOSITION_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
      if (governing) start -= governing[0].length;
    }
    text = text.slice(0, start) + text.slice(end);
    removedAt = start;
    removedReference = 'value' in date && (date.value?.endsWith('_REF') ?? false);
  }
  return text;
}

/** A second date that leaves its unit to the one before (lexicon ELIDED_DATE_AFTER). */
const ELIDED_DATE = new RegExp(ELIDED_DATE_AFTER, 'iu');
/** A date that ends with the unit a second one may leave out ("this week", "next year"). */
const UNIT_AT_END = /\b(?:week|weekend|month|year|quarter)$/iu;

/** What may follow a date in apposition: the comma that closes it, or the end. */
const APPOSITION_CLOSED = /^\s*(?:[,.;:]|$)/u;

/**
 * Where the apposition a date at [start, end) of `text` stands in opens, after the date of
 * `dates` it restates ("for Q4 FY24|, the quarter ended March 31,"), or -1. `text` is the
 * clause's as it stands, with the dates after this one left out.
 */
function restatedFrom(
  text: string,
  dates: readonly Span[],
  clauseStart: number,
  start: number,
  end: number,
): number {
  if (!APPOSITION_CLOSED.test(text.slice(end, end + 4))) return -1;
  for (const date of dates) {
    const at = date.end - clauseStart;
    if (at < start && at >= start - 12 && RESTATED_DATE.test(text.slice(at, start))) return at;
  }
  return -1;
}

/** A comma and a possessive: an apposition of its own after a date ("..., its first since 2009"). */
const POSSESSIVE_AFTER_COMMA = /^,\s+(?:its|his|her|their)\s/iu;
/** ", the company said": a trailing attribution (lexicon TRAILING_ATTRIBUTION). */
const TRAILING_SAID = new RegExp(TRAILING_ATTRIBUTION, 'u');

/** A day's year after its comma, ending a date ("July 4, 1931"). */
const YEAR_OF_DAY_AT_END = /\d,\s*\d{4}$/u;

/** A comma and a subordinator right after a date ("on 14 January, when ..."). */
const SUBORDINATE_AFTER = /^,\s+(?=(?:when|while|as)\s)/u;

/** A preposition the date cut out governed, and a clause opening right after the date. */
const PREPOSITION_BEFORE = new RegExp(PREPOSITION_BEFORE_CLAUSE.before, 'iu');
const CLAUSE_AFTER_DATE = new RegExp(PREPOSITION_BEFORE_CLAUSE.after, 'iu');
/** ... and the end of a range after that clause ("from 1968, when tanks rolled in, until"). */
const RANGE_END_AFTER = /^,\s+(?:when|while|as)\s[^,;.]*,\s+(?:until|till|through|to)\s/u;

/**
 * The length of "released " before a date at [start, end) when a past participle stands right
 * before it and a finite verb right after it ("update released Thursday came"); else 0.
 */
function participleBefore(text: string, start: number, end: number): number {
  // (after an auxiliary it is the clause's own verb: "would have opened in March had ...";
  // so after a relative pronoun: "who died on Sunday aged 89" was "The former president aged 89")
  const before =
    /(?<=\p{Ll}\s)(?<!\b(?:has|have|had|having|be|been|being|is|are|was|were|who|which|that)\s)(?<word>\p{Ll}+)\s*$/u.exec(
      text.slice(Math.max(0, start - 24), start),
    );
  const word = before?.groups?.['word'];
  if (!before || word === undefined) return 0;
  // ("The match set for May was played": a plan's "set" before "for" and its date)
  const plan = PLAN_BEFORE_FOR.has(word) && /^\s*for\s/iu.test(text.slice(start, end));
  if (!plan && !isParticipleForm(word)) return 0;
  // ("The house that firefighters searched on Friday was empty": after a relative pronoun and
  // its subject, the relative's own verb; was "The house that firefighters was empty")
  const head = text.slice(Math.max(0, start - before[0].length - 40), start - before[0].length);
  if (OBJECT_RELATIVE_HEAD.test(head)) return 0;
  // ("The dog they lost in May came home": so after the subject pronoun of a relative told
  // without its "that"; was "The dog they came home")
  if (CONTACT_SUBJECT.has(/(?<word>\p{L}+)\s+$/u.exec(head)?.groups?.['word']?.toLowerCase() ?? ''))
    return 0;
  const after = /^\s*(?<word>\p{Ll}+)/u.exec(text.slice(end, end + 24))?.groups?.['word'] ?? '';
  // ("Cars sold in April rose 12 percent": the participle names the figure, and stays)
  if (FIGURE_CHANGE.has(after)) return 0;
  const form = verbForm(after);
  const finite = FINITE_FORMS.has(form) || form === 'present';
  return finite ? before[0].length : 0;
}

const FIGURE_CHANGE = wordSet(FIGURE_CHANGE_VERBS, { lower: true });
const PLAN_BEFORE_FOR = wordSet(PLAN_PARTICIPLES_BEFORE_FOR, { lower: true });
/** A subject pronoun right before a participle: the verb of a relative without "that". */
const CONTACT_SUBJECT = wordSet(SUBJECT_PRONOUNS, { lower: true });
/** A relative pronoun and a word (after its article), the subject of the verb after ("that police "). */
const OBJECT_RELATIVE_HEAD =
  /\b(?:that|which|whom)\s+(?:(?:the|a|an|its|their|his|her)\s+)?[\p{L}'’-]+\s+$/u;

/**
 * A past participle: one in -ed, or an irregular one that is no base form too ("held", "built",
 * "sold": "A strike vote held in late August passed" was titled "A strike vote held passed"; not
 * "cut" or "set", a noun as often: "The price cut in March boosted sales").
 */
function isParticipleForm(word: string): boolean {
  if (!isPastOrParticiple(word)) return false;
  return word.endsWith('ed') || pastOfBase(word) !== word;
}
