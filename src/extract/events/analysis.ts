/**
 * Reading an article for events: its prose sentences (asides, the headline and datelines left
 * out), their clauses with aspect and reporting, names sorted into actors and places, and the
 * dates that anchor events.
 */
import type { ArticleInfo, EventDate, Timex } from '../types.ts';
import { splitClauses, type Clause } from '../text/clauses.ts';
import { findNames, isCommonWordOpening, type Name } from '../text/names.ts';
import { splitSentences, type Sentence, type Span } from '../text/sentences.ts';
import {
  lowerCaseWordsAmong,
  normalizeText,
  tokenize,
  type Token,
  splitAtSpaces,
  wordSet,
} from '../text/words.ts';
import { isPastOrParticiple, isReportingVerb, isVerbish, verbForm } from '../text/verbs.ts';
import { NameResolver, opensWithPronoun, rolesOf, type Roles } from './actors.ts';
import { LEADING_DATELINE } from '../lexicon/en/events/titles.ts';
import { DIRECT_QUESTION } from '../lexicon/en/events/questions.ts';
import {
  ENTRY_AFTER,
  RELATIVE_CLOSED_BY_DATE,
  WEEKDAY_EXPRESSION,
} from '../lexicon/en/temporal/context.ts';
import { anchorsOf, recalledPoints, type Anchor } from './anchors.ts';
import { FRAMING_YEAR as FRAMING_YEAR_WORDS } from '../lexicon/en/events/frames.ts';
import { dateOfTimex, daysBetween, isAfter } from './date.ts';
import { clauseAspect, finiteVerb, isReporting, trailsAsSaying, type Aspect } from './aspect.ts';
import {
  AGENT_PREPOSITIONS,
  NOT_ON_THE_OCCASION,
  PREPOSITIONS,
  TOLD_ACT_NOUNS,
  TOPIC_PREPOSITIONS,
} from '../lexicon/en/events/function-words.ts';
import { RUNS_UNTIL } from '../lexicon/en/events/comparisons.ts';
import { afterFronted } from './subject.ts';

const DATELINE = new RegExp(LEADING_DATELINE.pattern, 'u');
/** A timeline's entry: a month and day, its colon or dash, and what it says. */
const OPENS_ENTRY = new RegExp(
  String.raw`^\p{Lu}\p{L}*\.?\s+\d{1,2}(?:,\s+\d{4})?${ENTRY_AFTER}\s*\S`,
  'u',
);

export interface ClauseInfo extends Clause {
  /** Its words: the sentence's, within the clause (as tokenizing the clause would give). */
  words: readonly Token[];
  aspect: Aspect;
  /** The tense of its first finite verb alone ("is" in "is slated for June"). */
  tense: Aspect;
  /** That verb, lower case ("is"), or '' when the clause has none. */
  verb: string;
  reporting: boolean;
  /** The share of its words inside quotations (1: all speech, none the narrative's own words). */
  quoted: number;
  roles: Roles;
  pronoun: 'person' | 'group' | 'thing' | null;
  anchors: Anchor[];
  /**
   * Years that only frame a finer date of the clause ("Last year, the team won the cup in
   * June"): no anchors, but where a title's stretch of the clause begins, as dates do.
   */
  framing: readonly Timex[];
}

export interface SentenceInfo extends Sentence {
  clauses: ClauseInfo[];
  main: ClauseInfo;
  names: Name[];
  timexes: Timex[];
  /** Quotations without a verb: labels, slogans, titles of works ("The Thinning Ice"). */
  labels: Span[];
  /**
   * The date of the line of its own above, in a list of such lines that head entries ("Sept. 18"
   * above "A doctor at a spine clinic alerts the state"), which dates what the sentence does not.
   */
  heading: EventDate | null;
  /**
   * Where the line of its own above starts (a date, a time stamp or a heading without a date),
   * in a list of such lines that head entries; null outside such a list. Each entry is news of
   * its own: a live page's "8:47 p.m." and "9:30 p.m." entries are two events of one day.
   */
  entry: number | null;
}

/** Lines that are only a date, after the lead: this many head a list's entries. */
const MIN_DATE_HEADINGS = 2;

/**
 * The words an article writes capitalised as names elsewhere than first in a sentence, or in a
 * name of more than one word ("Boeing" of "shares of Boeing", "Heavy" of "Heavy Industries").
 */
function namedWords(names: readonly (readonly Name[])[]): Set<string> {
  const named = new Set<string>();
  for (const own of names)
    for (const name of own)
      if (name.word > 0 || name.text.includes(' '))
        for (const word of splitAtSpaces(name.text)) named.add(word);
  return named;
}

export function analyseArticle(
  article: ArticleInfo,
  timexes: readonly Timex[],
  published: EventDate | null,
): SentenceInfo[] {
  const text = article.text;
  const all = splitSentences(text, article.asides);
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  // the lines that are only a date or a clock time, with that timex
  const stamps = all.map((s) => lineStamp(s, sorted[firstFrom(sorted, s.start)]));
  const sentences = all.filter(
    (s, i) =>
      !(i === 0 && isHeadline(s, article)) &&
      !isDateline(s) &&
      !isQuestion(s) &&
      stamps[i]?.type !== 'TIME' &&
      // ("March 3, 2024" above "Protesters blocked the access road": a short line under a date or
      // a time stamp is that entry's news, not a subheading, when it is all the entry; "Key
      // points" under "9:00 a.m." with prose below it heads that prose)
      !(i > 0 && !isEntryAlone(stamps, i) && isSubheading(s, article.text, sorted)),
  );
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  // names only ask about a sentence's first word: of the words written in lower case, only
  // those are kept (looking each up costs less than keeping them all)
  const openers = new Set(tokens.map((t) => t[0]?.text.toLowerCase() ?? ''));
  const lowerCaseWords = lowerCaseWordsAmong(text, openers);
  // where each sentence's dateline ends ("MOSCOW —", "LONDON, March 12 (Reuters) -"), if any
  const datelines = sentences.map(
    (s) => s.start + (DATELINE.exec(s.text.slice(0, 80))?.[0].length ?? 0),
  );
  const found = sentences.map((s, i) => findNames(s, { lowerCaseWords }, tokens[i]));
  // "Heavy snow closed roads", "Talks resumed": a sentence's first word, capitalised for standing
  // there, is no name unless the article writes it as one elsewhere (a dateline's names too:
  // "LONDON (Reuters) -"); it still tells the event's subject apart, but is listed as no actor
  const named = namedWords(found);
  const names = found.map((own, i) =>
    // "MOSCOW — Lavrov traveled ...": the dateline names where the report was filed, not an actor
    // ("on Thanksgiving Day", "Good Friday": a date is no one, though written with capitals)
    own.filter((n) => {
      if (n.word === 0 && isCommonWordOpening(n, tokens[i]!, named)) n.ordinary = true;
      return n.start >= datelines[i]! && !overlapsAny(sorted, n);
    }),
  );
  const resolver = new NameResolver(names.flat().map((n) => n.text));
  const context: ArticleContext = { text, timexes, published, resolver };
  const headings = askedDates(
    all,
    sentences,
    sorted,
    published,
    dateHeadings(all, stamps, sentences, published),
  );
  let next = 0;
  return sentences.map((sentence, i) => {
    while (next < sorted.length && sorted[next]!.start < sentence.start) next++;
    const inSentence: Timex[] = [];
    for (let k = next; k < sorted.length && sorted[k]!.start < sentence.end; k++) {
      if (sorted[k]!.end <= sentence.end) inSentence.push(sorted[k]!);
    }
    return analyseSentence(
      sentence,
      tokens[i]!,
      names[i]!,
      datelines[i]!,
      inSentence,
      headings[i]!,
      context,
    );
  });
}

/** Whether line `i` is right under a date or time stamp and is all of that entry. */
function isEntryAlone(stamps: ReadonlyArray<Timex | null>, i: number): boolean {
  return stamps[i - 1] !== null && (i + 1 >= stamps.length || stamps[i + 1] !== null);
}

/**
 * For each kept sentence, the date of the line of its own above it, when the text after its lead
 * has MIN_DATE_HEADINGS or more lines that are only a date ("Sept. 18", "Sept. 21") or a time
 * stamp, as explainers and live pages head their entries; else null. A date line at the head of
 * the article (a publication stamp) heads nothing.
 */
function dateHeadings(
  all: readonly Sentence[],
  stamps: ReadonlyArray<Timex | null>,
  kept: readonly Sentence[],
  published: EventDate | null,
): Array<Heading | null> {
  const lead = kept[0]?.start ?? Infinity;
  // (a heading without a date, "What comes next", ends the reach of the date above it)
  const lines: Array<{ start: number; date: EventDate | null }> = [];
  let dated = 0;
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    // (a live page's time stamps head its entries as dates do: "10:40 a.m." above "Officials
    // closed Route 9"; the first one above the lead too, as a clock time alone never stamps the
    // page's day)
    const stamp = stamps[i];
    // (and a date line right above a short lead heads it: a key-date list that opens the
    // article, "Timeline / Jan. 3, 2024 / Workers walked out / Jan. 9, 2024 / Talks began")
    const headsLead = all[i + 1]?.start === lead && isHeadingLine(all[i + 1]!.text);
    if (line.start <= lead && stamp?.type !== 'TIME' && !(stamp && headsLead)) continue;
    const date = stamp ? dateOfTimex(stamp, published) : null;
    if (date) dated++;
    // (the short line right under a date is that entry's text: "March 5, 2024" above "Police
    // cleared the site")
    if (date || (dated > 0 && !stamps[i - 1] && isHeadingLine(line.text)))
      lines.push({ start: line.start, date });
  }
  if (dated < MIN_DATE_HEADINGS) return kept.map(() => null);
  let above = -1;
  return kept.map((sentence) => {
    while (above + 1 < lines.length && lines[above + 1]!.start <= sentence.start) above++;
    return above < 0 ? null : lines[above]!;
  });
}

/**
 * The headings with a direct question's date ("What did voters decide on Nov. 5?") heading the
 * first sentence of its answer below ("Voters approved the measure."), which it dates where that
 * does not: the question tells no event but when its answer's is. Only a question and an answer
 * both told in the past: "Who could forget the blackout of Aug. 14, 2003? Utilities are adding
 * capacity" is a feature's rhetorical question, whose date is no date of what follows. A question
 * with no date, or more than one, heads nothing; nor does one inside a key-date list, whose
 * heading stays.
 */
function askedDates(
  all: readonly Sentence[],
  kept: readonly Sentence[],
  sorted: readonly Timex[],
  published: EventDate | null,
  headings: ReadonlyArray<Heading | null>,
): Array<Heading | null> {
  const dated = [...headings];
  let k = 0;
  let asked: Heading | null = null;
  for (const line of all) {
    if (k < kept.length && kept[k]!.start === line.start) {
      if (asked !== null && isToldInThePast(line.text)) dated[k] ??= asked;
      asked = null;
      k++;
      continue;
    }
    asked = null;
    if (!isQuestion(line) || !isToldInThePast(line.text)) continue;
    const dates: Timex[] = [];
    for (let t = firstFrom(sorted, line.start); t < sorted.length; t++) {
      if (sorted[t]!.start >= line.end) break;
      if (sorted[t]!.type === 'DATE' || sorted[t]!.type === 'TIME') dates.push(sorted[t]!);
    }
    const date = dates.length === 1 ? dateOfTimex(dates[0]!, published) : null;
    if (date) asked = { start: line.start, date };
  }
  return dated;
}

/** Whether a sentence has a past auxiliary or a past verb form ("did", "was", "approved"). */
function isToldInThePast(text: string): boolean {
  return (text.match(/[\p{L}'’]+/gu) ?? []).some(
    (w) => verbForm(w) === 'past-aux' || isPastOrParticiple(w),
  );
}

/** A line of its own that heads the entry below it, with its date (null for a subheading). */
interface Heading {
  start: number;
  date: EventDate | null;
}

/** A heading: a short line of its own, with no stop at its end ("What comes next"). */
const HEADING_LINE = /^\s*[^\n.!?;:]{1,60}[^\n.!?;:"”’'),\s]\s*$/u;
/** What a heading does not end with, white space aside (HEADING_LINE's last class). */
const NOT_HEADING_END = `.!?;:"”’'),`;

/**
 * Whether a line is a heading (HEADING_LINE). Most lines are prose, which ends with a stop or a
 * closing quote: its last character is looked at first, since the pattern, tried on a long line,
 * backtracks over its 60 characters before it fails.
 */
export function isHeadingLine(line: string): boolean {
  const last = line.trimEnd().at(-1);
  return last !== undefined && !NOT_HEADING_END.includes(last) && HEADING_LINE.test(line);
}

/** What analysing one sentence needs of its article. */
interface ArticleContext {
  /** The article text, which the offsets point into. */
  text: string;
  /** All its timexes (the other end of a range may be in another sentence). */
  timexes: readonly Timex[];
  published: EventDate | null;
  resolver: NameResolver;
}

/**
 * One sentence: its clauses with their aspect, roles and anchors, its names, timexes and labels.
 * (A function of the module rather than a callback made anew for each article: V8 did not keep
 * the optimized code of that callback for later articles, and compiled the largest function of
 * the event builder three times a run.)
 */
function analyseSentence(
  sentence: Sentence,
  words: readonly Token[],
  sentenceNames: Name[],
  dateline: number,
  inSentence: Timex[],
  heading: Heading | null,
  { text, timexes, published, resolver }: ArticleContext,
): SentenceInfo {
  const quotes = quotedSpans(sentence);
  // a date in a quoted label ("the text 'Steve Jobs 1955-2011'") is part of a name, not an
  // event; a title's capitalised words are no verbs ("The Thinning Ice")
  const labels = quotes.filter(
    (q) => !within(words, q).some((t) => /^\p{Ll}/u.test(t.text) && isVerbish(t.text)),
  );
  // ("LONDON, March 12 (Reuters) - ...": a dateline's date is when the report was filed, which
  // dates no event of its own)
  const anchors = anchorsOf(text, inSentence, published, timexes).filter(
    (a) =>
      !labels.some((q) => a.timex.start >= q.start && a.timex.end <= q.end) &&
      a.timex.start >= dateline,
  );
  // (a dateline's words cut no clause: "UNITED NATIONS (AP) — The council will vote Friday" is
  // one clause, not a verb "united" and a second event of the publication's day)
  const pieces = splitClauses(
    sentence,
    dateline > sentence.start ? words.filter((w) => w.start >= dateline) : words,
    inSentence,
  );
  const recalled = recalledPoints(text, inSentence, published);
  // (pushed one by one: the array `map` returns is packed from the builtin but holey once
  // the caller is optimized, and every reader of a sentence's clauses, compiled for one, was
  // deoptimized at the first of the other)
  const clauses: ClauseInfo[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const clause = pieces[k]!;
    // (the clause's tests are functions of plain values, not closures over the clause: those
    // would put the clause and its findings in a new heap object for every clause)
    const own = anchorsOwned(anchors, pieces, k, text);
    // "since 2017, when more than 100 people died": the deaths are 2017's, and not the
    // record's time
    const recalls = recalledRightBefore(recalled, clause.start);
    own.push(...recalls);
    const clauseWords = within(words, clause);
    // '"We are going to move the hub," said Jobs': the clause is the saying, not the quote
    const outside = quotes.length ? wordsOutside(clauseWords, quotes) : clauseWords;
    // the first finite verb, found once: the aspect and the tense both start from it
    // a main clause that resumes after an aside ("X, which ..., said") opens with its verb;
    // elsewhere a first past or -ing form is a subject ("Increased border checks")
    const opens = clause.kind !== 'main' || clause === pieces[0];
    // a main clause right after a participle or relative aside resumes with its verb; not
    // after a participle that opens the sentence, whose main clause opens with its subject
    // ("Hit by the storm on Sunday, residents lost power": "residents" is no verb in -s)
    const before = pieces[k - 1]?.kind;
    const fronting =
      k === 1 && before === 'participle' && isPastOrParticiple(/^\S+/u.exec(pieces[0]!.text)![0]);
    // (nor after a fronted phrase and a relative aside on its noun, split off before the main
    // clause's own subject: "Despite the truce, which was signed on March 2, fighting resumed")
    const afterPhraseAside = k === 2 && before === 'relative' && pieces[0]!.kind === 'subordinate';
    const verbFirst =
      clause.kind === 'main' &&
      !fronting &&
      !afterPhraseAside &&
      (before === 'participle' || before === 'relative');
    // after a quotation that opens the clause comes its verb: '"...," said Jobs'
    const afterQuote = outside[0] !== clauseWords[0];
    const outsideVerb =
      outside.length < clauseWords.length ? finiteVerb(outside, opens && !afterQuote) : null;
    const unquoted = outsideVerb !== null;
    // "According to press reports, Gonzalez was the first": the verb is the main clause's,
    // not one inside the phrase fronted before its subject
    const fronted = clause === pieces[0] ? afterFronted(sentence, clauseWords) : 0;
    const verb = unquoted
      ? outsideVerb
      : ((fronted > 0 ? finiteVerb(clauseWords.slice(fronted), opens) : null) ??
        finiteVerb(clauseWords, opens, verbFirst));
    const aspect = unquoted
      ? clauseAspect(blank(clause, quotes), outside, verb)
      : clauseAspect(clause.text, clauseWords, verb);
    const finite = verb ?? { tense: 'none', at: -1 };
    // (a "now" after a past verb, or beside a date of its own, dates nothing)
    const dating = withoutIdleNow(own, aspect === 'past' ? finite.at : Infinity);
    const clauseAnchors = anchorsOfClause(dating, clause, aspect, published);
    clauses.push({
      ...clause,
      sharesTime: clause.sharesTime && recalls.length === 0,
      words: clauseWords,
      aspect,
      tense: finite.tense,
      verb: verb?.word ?? '',
      reporting: isReporting(clause.text, clauseWords),
      quoted: clauseWords.length > 0 ? 1 - outside.length / clauseWords.length : 0,
      roles: verbFirst
        ? withAgents(
            withSubject(
              rolesOf(clause, sentenceNames, resolver, clauseWords),
              subjectBeforeAside(sentence, pieces, k, words, sentenceNames, resolver),
            ),
            agentsOfAside(clauses[k - 1], sentenceNames, resolver),
          )
        : rolesOf(clause, sentenceNames, resolver, clauseWords),
      pronoun: opensWithPronoun(withoutOpener(clause)),
      anchors: clauseAnchors,
      framing: openingFramesOf(dating, clauseAnchors, clause),
    });
  }
  const main = clauses.find((c) => c.kind === 'main') ?? clauses[0]!;
  return {
    ...sentence,
    clauses,
    main,
    names: sentenceNames,
    timexes: inSentence,
    labels,
    heading: heading?.date ?? null,
    entry: heading?.start ?? null,
  };
}

/**
 * "Bergh, who has led the party since 2012, conceded defeat": the roles of the subject of a main
 * clause that resumes after an aside, named before the aside's opener (in the piece the aside
 * took it into, or in a head of its own), or null when there is none.
 */
function subjectBeforeAside(
  sentence: Span & { text: string },
  pieces: readonly Clause[],
  k: number,
  words: readonly Token[],
  names: readonly Name[],
  resolver: NameResolver,
): Roles | null {
  const aside = pieces[k - 1];
  if (!aside) return null;
  let start: number;
  let end: number;
  if (aside.start === pieces[0]!.start) {
    // the subject had no verb of its own and went with the aside: it ends at the opener
    start = aside.start;
    end = aside.start;
    for (const t of within(words, aside)) {
      if (t.text.toLowerCase() === aside.opener) {
        end = t.start;
        break;
      }
    }
  } else if (k === 2 && pieces[0]!.kind === 'main') {
    start = pieces[0]!.start;
    end = pieces[0]!.end;
  } else return null;
  if (end <= start) return null;
  const span = {
    start,
    end,
    text: sentence.text.slice(start - sentence.start, end - sentence.start),
  };
  return rolesOf(span, names, resolver, within(words, span));
}

/** A resumed main clause's roles with its subject's (named before the aside) first. */
function withSubject(own: Roles, subject: Roles | null): Roles {
  if (subject === null) return own;
  const union = (a: readonly string[], b: readonly string[]): string[] => [
    ...new Set([...a, ...b]),
  ];
  return {
    actors: union(subject.actors, own.actors),
    places: union(subject.places, own.places),
    participants: union(subject.participants, own.participants),
    subjects: union(subject.subjects, own.subjects),
  };
}

const AGENT = wordSet(AGENT_PREPOSITIONS);

/**
 * "The protest, led by Ann Holt, began on Monday": the doers a participle aside on the subject
 * names after "by", who take part in what the main clause tells (Ann Holt). None when the aside
 * has a date of its own ("The firm, founded by Steve Jobs in 1976, said": the founding is an
 * event of its own, not the saying's).
 */
function agentsOfAside(
  aside: ClauseInfo | undefined,
  names: readonly Name[],
  resolver: NameResolver,
): string[] {
  const agents: string[] = [];
  if (aside?.kind !== 'participle' || aside.anchors.length > 0) return agents;
  for (const name of names) {
    if (name.start < aside.start || name.end > aside.end) continue;
    // ("backed by the Senate": the preposition before the name's "the")
    const before = AGENT_BEFORE.exec(aside.text.slice(0, name.start - aside.start));
    if (AGENT.has(before?.groups?.['word']?.toLowerCase() ?? ''))
      agents.push(resolver.resolve(name.text));
  }
  return agents;
}

const AGENT_BEFORE = /(?<word>\p{L}+)\s+(?:the\s+)?$/u;

/** A clause's roles with the doers of the aside on its subject after its own actors. */
function withAgents(own: Roles, agents: readonly string[]): Roles {
  if (agents.length === 0) return own;
  return { ...own, actors: [...new Set([...own.actors, ...agents])] };
}

const CLOSED_BY_DATE = new RegExp(RELATIVE_CLOSED_BY_DATE.pattern, 'iu');
const WEEKDAY = new RegExp(WEEKDAY_EXPRESSION, 'iu');

/**
 * Whether an anchor inside a relative clause without a comma comes after the date that closed
 * it ("for the quarter that ended in December | on [March 25]"): the clause before it is the
 * one it dates. Not a weekday, which may be a day of the relative's month ("the man who was
 * arrested in March on [Tuesday]"); the tagger reads the tense the same way (tense.ts).
 */
function closesRelative(anchor: Anchor, relative: Clause | undefined, text: string): boolean {
  if (relative?.kind !== 'relative' || !/^(?:that|which|who)$/iu.test(relative.opener))
    return false;
  const { start, end } = anchor.timex;
  if (
    start < relative.start ||
    start >= relative.end ||
    /,\s*$/u.test(text.slice(0, relative.start))
  )
    return false;
  return (
    CLOSED_BY_DATE.test(text.slice(relative.start, start)) && !WEEKDAY.test(text.slice(start, end))
  );
}

/**
 * The anchors a clause holds: those starting inside it, but one that comes after the date that
 * closes a relative clause belongs to the clause before that relative (closesRelative).
 */
function anchorsOwned(
  anchors: readonly Anchor[],
  pieces: readonly Clause[],
  k: number,
  text: string,
): Anchor[] {
  const own = anchorsStartingIn(anchors, pieces[k]!);
  // ("On Monday the dog they lost in May | came home": the date fronted before the subject the
  // relative shares is the main clause's, not the relative's)
  if (k === 1 && frontsRelative(pieces[0], pieces[1]!)) {
    for (const a of anchors) if (frontedBefore(a, pieces[0]!, text)) own.push(a);
  }
  if (k === 0 && frontsRelative(pieces[0], pieces[1]))
    return own.filter((a) => !frontedBefore(a, pieces[0]!, text));
  const next = pieces[k + 1];
  const moved =
    next?.kind === 'relative' ? anchors.filter((a) => closesRelative(a, next, text)) : [];
  const kept = own.filter((a) => !closesRelative(a, pieces[k], text));
  return moved.length > 0 ? [...kept, ...moved] : kept.length < own.length ? kept : own;
}

/** Whether a sentence opens with a relative that holds its subject, and its main clause follows. */
function frontsRelative(first: Clause | undefined, second: Clause | undefined): boolean {
  return first?.kind === 'relative' && second?.kind === 'main';
}

/**
 * Whether an anchor opens `clause` alone or after one word ("On Monday the dog they lost in May"):
 * a date fronted before the subject, never the relative's own date, which follows its verb.
 */
function frontedBefore(anchor: Anchor, clause: Clause, text: string): boolean {
  const { start, end } = anchor.timex;
  return (
    start >= clause.start &&
    end < clause.end &&
    /^(?:\p{L}+\s+)?$/u.test(text.slice(clause.start, start))
  );
}

/** The anchors whose date expression starts inside a clause. */
function anchorsStartingIn(anchors: readonly Anchor[], clause: Span): Anchor[] {
  const own: Anchor[] = [];
  for (const a of anchors)
    if (a.timex.start >= clause.start && a.timex.start < clause.end) own.push(a);
  return own;
}

/** Recalled points that end right before a clause starting at `start` (a comma and a space). */
function recalledRightBefore(recalled: readonly Anchor[], start: number): Anchor[] {
  const recalls: Anchor[] = [];
  for (const a of recalled) if (a.timex.end <= start && start - a.timex.end <= 3) recalls.push(a);
  return recalls;
}

/** The words outside every quotation. */
function wordsOutside(words: readonly Token[], quotes: readonly Span[]): Token[] {
  const outside: Token[] = [];
  for (const t of words) {
    let quoted = false;
    for (const q of quotes) {
      if (t.start >= q.start && t.end <= q.end) {
        quoted = true;
        break;
      }
    }
    if (!quoted) outside.push(t);
  }
  return outside;
}

/**
 * A clause's anchors but its idle "now"s: "Jobs announced new laptops, on sale now" (a "now"
 * after a past verb, at or after `pastVerbAt`) dates no past act; nor does one beside a date of
 * its own ("will now be delivered in October 2007").
 */
function withoutIdleNow(own: readonly Anchor[], pastVerbAt: number): Anchor[] {
  let dated = false;
  for (const a of own) if (a.timex.value !== 'PRESENT_REF' && !a.modifier) dated = true;
  const dating: Anchor[] = [];
  for (const a of own) {
    if (a.timex.value !== 'PRESENT_REF' || !(dated || a.timex.start > pastVerbAt)) dating.push(a);
  }
  return dating;
}

/** Whether a span overlaps one of `spans` (sorted by start, not overlapping each other). */
function overlapsAny(spans: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  // the last span that starts before `span` ends is the only one that can overlap it
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && spans[lo - 1]!.end > span.start;
}

/**
 * Spans of a sentence between quotation marks (straight, curly, or the wire's `` and ''), in
 * article offsets. A quotation that began in an earlier sentence ends in this one: a first
 * closing mark ('', ” or a straight one) before any opening one closes it when a reporting verb
 * follows ('into the cloud, "said Steve Jobs') or, but for a straight mark, the sentence ends
 * ("It was more pristine.''"), so the sentence up to it is quoted, not what follows.
 */
function quotedSpans(sentence: Sentence): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const text = sentence.text;
  if (!/["“”]|``|''/u.test(text)) return spans; // most sentences quote nobody
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const pair = ch === '`' || ch === "'" ? text.slice(i, i + 2) : '';
    const opening = ch === '“' || pair === '``' || (ch === '"' && open < 0);
    const closing = ch === '”' || pair === "''" || (ch === '"' && open >= 0);
    const width = pair === '``' || pair === "''" ? 2 : 1;
    // a closing mark with nothing open: the quotation began before, when the mark ends the
    // sentence or its saying follows ('' also opens quotations in some wire copy: "of ''abuse''")
    const closesEarlier =
      open < 0 &&
      spans.length === 0 &&
      (ch === '”' || pair === "''" || ch === '"') &&
      (reportingVerbAt(text, i + width) ||
        (ch !== '"' && /^[\s.,;:!?'"”’)]*$/u.test(text.slice(i + width))));
    if (closesEarlier) spans.push({ start: sentence.start, end: sentence.start + i + width });
    else if (closing && open >= 0) {
      spans.push({ start: sentence.start + open, end: sentence.start + i + width });
      open = -1;
    } else if (opening) open = i;
    i += width - 1;
  }
  if (open >= 0) spans.push({ start: sentence.start + open, end: sentence.end });
  return spans;
}

/** Whether the word at `at` (after spaces and a comma) is a reporting verb ("said", "added"). */
function reportingVerbAt(text: string, at: number): boolean {
  const word = /^,?\s*(\p{L}+)/u.exec(text.slice(at, at + 24))?.[1];
  return word !== undefined && /^\p{Ll}/u.test(word) && isReportingVerb(word);
}

/** A clause's text with its quotations blanked out (same length, so offsets still hold). */
function blank(clause: Clause, quotes: ReadonlyArray<{ start: number; end: number }>): string {
  let text = clause.text;
  for (const q of quotes) {
    const start = Math.max(q.start, clause.start) - clause.start;
    const end = Math.min(q.end, clause.end) - clause.start;
    if (start < end) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  }
  return text;
}

/** The words inside a span, from words in text order. */
function within(words: readonly Token[], span: { start: number; end: number }): Token[] {
  let from = 0;
  while (from < words.length && words[from]!.start < span.start) from++;
  let to = from;
  while (to < words.length && words[to]!.end <= span.end) to++;
  return words.slice(from, to);
}

/**
 * Of dates that all qualify nouns ("a Wednesday media event ... the 2011 version"), the most
 * precise is the one the clause happened at; the first on ties.
 */
function finest(anchors: readonly Anchor[]): Anchor[] {
  const span = (a: Anchor): number => daysBetween(a.date.start, a.date.end);
  const best = anchors.reduce<Anchor | null>(
    (b, a) => (b === null || span(a) < span(b) ? a : b),
    null,
  );
  return best ? [best] : [];
}

/** The clause after its opening conjunction or complementizer ("that it would" -> "it would"). */
function withoutOpener(clause: Clause): string {
  return clause.opener && clause.text.toLowerCase().startsWith(clause.opener)
    ? clause.text.slice(clause.opener.length)
    : clause.text;
}

/** The headline when the article text starts with it: reported again by the lead. */
function isHeadline(sentence: Sentence, article: ArticleInfo): boolean {
  if (sentence.paragraph !== 0) return false;
  // (an article of one sentence is no headline without a story: that sentence is its news)
  if (article.text.slice(sentence.end).trim() === '') return false;
  if (normalizeText(sentence.text) === normalizeText(article.title)) return true;
  return (
    !/[.!?"”’]$/u.test(sentence.text) &&
    splitAtSpaces(sentence.text).length <= 25 &&
    isAlone(sentence, article.text)
  );
}

function isAlone(sentence: Sentence, text: string): boolean {
  const line = text.slice(sentence.start, sentence.end);
  return (
    !line.includes('\n') &&
    /(?:^|\n)\s*$/u.test(text.slice(0, sentence.start)) &&
    /^\s*(?:\n|$)/u.test(text.slice(sentence.end))
  );
}

/**
 * A live page's time stamp: a line that is only a clock time ("9:05 a.m.", "8:02 p.m. ET"),
 * which heads the entry below it and is no event of its own.
 */
function isTimeStamp(line: Sentence, timex: Timex | undefined): boolean {
  if (timex === undefined || timex.type !== 'TIME' || timex.start !== line.start) return false;
  const text = line.text.trim();
  return text === timex.text || text.replace(/[.:]$/u, '') === timex.text;
}

/**
 * The timex a line is only of, if any: a date ("Sept. 18", "March 3, 2024") or a live page's
 * time stamp ("10:40 a.m."), which heads the entry below it; else null.
 */
function lineStamp(line: Sentence, only: Timex | undefined): Timex | null {
  if (only === undefined) return null;
  const date =
    only.type === 'DATE' &&
    only.end <= line.end &&
    line.text.trim().replace(/[.:]$/u, '') === only.text &&
    isDateline(line);
  return date || isTimeStamp(line, only) ? only : null;
}

/** The index of the first of `sorted` timexes that starts at or after `start`. */
function firstFrom(sorted: readonly Timex[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A direct question asks and tells nothing: an explainer's or a Q&A's question ("What happened?",
 * "Q: When did the library close?") is no event; the answer below it is (lexicon
 * DIRECT_QUESTION: not "Officials asked on Monday: where did the money go?").
 */
function isQuestion(sentence: Sentence): boolean {
  return QUESTION.test(sentence.text);
}
const QUESTION = new RegExp(DIRECT_QUESTION.pattern, 'iu');

/**
 * A subheading: a short line of its own without a stop or a date ("Key events", "What comes
 * next", "About Orvane Biotech"), which heads the text below it and tells no event.
 */
function isSubheading(sentence: Sentence, text: string, sorted: readonly Timex[]): boolean {
  if (!isHeadingLine(sentence.text) || !isAlone(sentence, text)) return false;
  // (timexes do not overlap: the one starting in the line, or the one before it, may reach in)
  const at = firstFrom(sorted, sentence.start);
  const within = sorted[at] !== undefined && sorted[at].start < sentence.end;
  return !within && !(at > 0 && sorted[at - 1]!.end > sentence.start);
}

/**
 * A dateline or signature ("June 6, 2005", "— Name (@handle) May 17, 2023"): once its dates are
 * set aside, no lower-case word and no verb is left.
 */
function isDateline(sentence: Sentence): boolean {
  // any lower-case word is prose; dates only take capitalised words and figures away
  if (sentence.text.length > 200 || /(?<![\p{L}\p{N}'’@])\p{Ll}\p{L}{2}/u.test(sentence.text))
    return false;
  // ('Oct. 27: "Black Saturday."' is a timeline's entry, whose date the next sentences go on at)
  if (OPENS_ENTRY.test(sentence.text)) return false;
  const words = tokenize(sentence.text.replace(/\p{L}+\s+\d{1,2},?\s+\d{4}|\d{4}/gu, ' '));
  return (
    !words.some((w) => /^\p{Ll}/u.test(w.text) && w.text.length > 2) &&
    !words.some((w) => isVerbish(w.text))
  );
}

/**
 * Before an occasion's day, within a few words, what keeps the act off it (lexicon
 * NOT_ON_THE_OCCASION: "after the deadly Nov. 5 attack", "postponed the Nov. 20 vote").
 */
const NOT_ON_IT_BEFORE = new RegExp(
  String.raw`\b(?:${NOT_ON_THE_OCCASION.join('|').replaceAll(' ', '\\s+')})\s+(?:\S+\s+){0,3}$`,
  'iu',
);

/**
 * The dates that date a clause: a date that qualifies a noun gives way to one that dates the
 * clause, though a day that names an occasion does not give way to a "now" ("Traders now see a
 * chance the Fed will cut at its Dec. 9-10 meeting"; "now expects 2007 earnings" is now's), nor
 * to the day of a saying that trails a past act ("Smith won the Nov. 5 election, officials said
 * on Wednesday": the win is the election's, the saying Wednesday's).
 */
/** A distance in time on its own: "two weeks later", "a day earlier". */
const BARE_DISTANCE =
  /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) \p{Ll}+ (?:later|earlier)$/iu;

const TOLD_ACT = wordSet(TOLD_ACT_NOUNS, { lower: true });

/**
 * Whether what follows a distance in its clause sums up the act just told, or nothing does:
 * "..., two weeks later, a delay blamed on the strike", "..., two weeks later." (not a clause
 * the splitter left joined: "Smith resigned on Monday, two days later, her deputy quit" is the
 * deputy's quitting, two days after Monday).
 */
function endsWithSummingNoun(rest: string): boolean {
  if (/^[\s.;:]*$/u.test(rest)) return true;
  const noun = /^,\s+an?\s+(?<noun>\p{Ll}+)/u.exec(rest)?.groups?.['noun'];
  return noun !== undefined && TOLD_ACT.has(noun);
}

/**
 * Whether an anchor is a distance set off by a comma right after another date of the clause:
 * "The vote was held on June 9, two weeks later, a delay blamed on the strike" tells how late
 * June 9 was, and dates the vote no second time.
 */
function isDistanceAfterDate(anchor: Anchor, dating: readonly Anchor[], clause: Clause): boolean {
  if (!BARE_DISTANCE.test(anchor.timex.text)) return false;
  if (!endsWithSummingNoun(clause.text.slice(anchor.timex.end - clause.start))) return false;
  return dating.some(
    (d) =>
      d !== anchor &&
      d.timex.end < anchor.timex.start &&
      /^,\s+$/u.test(
        clause.text.slice(d.timex.end - clause.start, anchor.timex.start - clause.start),
      ),
  );
}

function anchorsOfClause(
  dating: readonly Anchor[],
  clause: Clause,
  aspect: Aspect,
  published: EventDate | null,
): Anchor[] {
  const occasions = dating.filter((a) => a.modifier && a.date.granularity === 'day');
  const own = withoutBoundsOfASaidAct(
    dating.filter((a) => !a.modifier && !isDistanceAfterDate(a, dating, clause)),
    clause,
    aspect,
  );
  // "The council on Monday postponed a vote until April 14": the new date still ahead is a
  // plan of its own beside the day of the putting off
  const ahead = dating.filter((a) => a.newDate && aspect === 'past' && isAfter(a.date, published));
  if (own.length > 0 && ahead.length > 0)
    return [...withoutFramingYears(own, clause), ...ahead].sort(
      (a, b) => a.timex.start - b.timex.start,
    );
  if (
    aspect === 'past' &&
    occasions.length > 0 &&
    own.length > 0 &&
    own.every((a) => trailsAsSaying(clause, a.timex))
  ) {
    // (not an occasion the act is only placed after or before: "arrested Jones after the Nov. 5
    // attack, officials said Wednesday"; nor one of an act told as going on or done by now:
    // "Police are investigating the Nov. 5 attack")
    // (nor one after the saying, nor one the act changes: "postponed the Nov. 20 vote")
    const said = own.reduce((last, a) => (a.date.start > last ? a.date.start : last), '');
    const acts = occasions.filter(
      (a) =>
        a.date.start <= said &&
        !NOT_ON_IT_BEFORE.test(
          clause.text.slice(
            Math.max(0, a.timex.start - clause.start - 60),
            a.timex.start - clause.start,
          ),
        ),
    );
    if (acts.length > 0) return dating.filter((a) => !a.modifier || acts.includes(a));
  }
  if (
    own.length > 0 &&
    (occasions.length === 0 || own.some((a) => a.timex.value !== 'PRESENT_REF'))
  )
    return withoutFramingYears(own, clause);
  // ("A man was arrested in connection with last year's embassy blasts": a noun's date after a
  // preposition of what the act is about dates the blasts, not the arrest, which the narrative
  // dates)
  const placing = own.length > 0 ? dating : dating.filter((a) => !isTopicOnly(a, clause));
  const onDays = occasions.filter((a) => placing.includes(a));
  return finest(onDays.length > 0 ? onDays : placing);
}

/**
 * A noun's date right after a topic preposition and at most a few words ("with last year's"); the
 * words between are a noun's, no preposition ("moved from Thursday to [next Monday]").
 */
const AFTER_TOPIC_PREPOSITION = new RegExp(
  String.raw`\b(?:${TOPIC_PREPOSITIONS.join('|')})\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?!(?:${PREPOSITIONS.split(' ').join('|')})\s)[\p{L}'’-]+\s+){0,2}$`,
  'iu',
);

/** Whether a date only qualifies the noun an act is about ("in connection with last year's blasts"). */
function isTopicOnly(anchor: Anchor, clause: Clause): boolean {
  // (a new date is no noun's: "moved from Thursday to next Monday")
  if (!anchor.modifier || anchor.newDate) return false;
  const at = anchor.timex.start - clause.start;
  return at > 0 && AFTER_TOPIC_PREPOSITION.test(clause.text.slice(Math.max(0, at - 50), at));
}

const BOUND_BEFORE = new RegExp(RUNS_UNTIL.before, 'iu');

/** A passive before a bound: "was released (on bail until January)", "were barred". */
const PASSIVE = /\b(?:was|were|been)\s+(?:\p{L}+ly\s+)?(?<participle>\p{L}+)\b/giu;

function hasPassive(text: string): boolean {
  return [...text.matchAll(PASSIVE)].some((m) => isPastOrParticiple(m.groups!['participle']!));
}

/**
 * "A man was released on bail until January, a court spokesperson said Friday": a date that
 * only bounds what a past act left (after "until" or "through") is no date of the act, which the
 * day of the saying trailing it dates. Only after a passive of the act: in "Smith served as chief
 * executive until Jan. 31, the company said Monday" the bound is the end of the state, the news.
 */
function withoutBoundsOfASaidAct(own: Anchor[], clause: Clause, aspect: Aspect): Anchor[] {
  if (aspect !== 'past' || own.length < 2) return own;
  const said = own.filter((a) => trailsAsSaying(clause, a.timex));
  if (said.length === 0) return own;
  return own.filter((a) => {
    if (said.includes(a)) return true;
    const before = clause.text.slice(0, a.timex.start - clause.start);
    return !BOUND_BEFORE.test(before.slice(-30)) || !hasPassive(before);
  });
}

/**
 * A clause's dates without a year that only frames a later, finer date inside it: "In 2022, her
 * tour was cut short in October" is one act, in October 2022, not one in 2022 and one in October.
 * Only a year named alone frames, and not one of a period ("rose in the first five months of this
 * year, data showed Wednesday"), nor a period's end ("will close the camp by the end of the year,
 * the government announced on Wednesday" is two dates, the closing's and the saying's).
 */
/**
 * The years a clause opens with that only frame a finer date of it ("Last year, the team won the
 * league in May and the cup in June"): where a title's stretch of the clause begins.
 */
function openingFramesOf(
  dating: readonly Anchor[],
  kept: readonly Anchor[],
  clause: Clause,
): Timex[] {
  const frames: Timex[] = [];
  for (const a of dating) {
    if (kept.includes(a) || !FRAMING_YEAR.test(a.timex.text)) continue;
    const before = clause.text.slice(0, Math.max(0, a.timex.start - clause.start));
    if (OPENING_BEFORE.test(before)) frames.push(a.timex);
  }
  return frames;
}
const OPENING_BEFORE = new RegExp(FRAMING_YEAR_WORDS.opening, 'iu');

const FRAMING_YEAR = new RegExp(FRAMING_YEAR_WORDS.year, 'iu');
const OF_BEFORE = new RegExp(FRAMING_YEAR_WORDS.ofBefore, 'iu');
/** Text before a year in which its "of" is looked for: " of ". */
const OF_REACH = 4;

function withoutFramingYears(anchors: readonly Anchor[], clause: Clause): Anchor[] {
  const before = (a: Anchor): string =>
    clause.text.slice(
      Math.max(0, a.timex.start - clause.start - OF_REACH),
      a.timex.start - clause.start,
    );
  const frames = (year: Anchor, inner: Anchor): boolean =>
    year !== inner &&
    year.date.granularity === 'year' &&
    year.date.through === undefined &&
    FRAMING_YEAR.test(year.timex.text) &&
    !OF_BEFORE.test(before(year)) &&
    !trailsAsSaying(clause, inner.timex) &&
    inner.timex.start > year.timex.end &&
    inner.date.granularity !== 'year' &&
    inner.date.start >= year.date.start &&
    inner.date.end <= year.date.end;
  return anchors.filter((a) => !anchors.some((inner) => frames(a, inner)));
}
