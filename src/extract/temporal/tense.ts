/**
 * The tense of the sentence around an expression, from the lexicon's cues. A reporting verb just
 * before the expression, with no other verb between, decides ("said Friday that he would..." is
 * about the saying); else the nearest future, planning or past cue in the expression's own
 * clause, a cue after the expression counting as further away than one before it (the verb an
 * adjunct hangs on usually comes first), and the preposition alone between a verb and the
 * expression counting as nothing; else any reporting verb. A possessive ("Wednesday's
 * ruling") has no tense: it dates its noun, and neither has a plan given up or changed ("had
 * been scheduled for February", "originally set for May"), whose date is the nearest one. A
 * period before its reported figures ("third-quarter results will be released") is one that has
 * begun, as if in the past.
 *
 * The clause ends, after the expression, at the lexicon's clause breaks and at a reporting verb:
 * what follows "said" is what was said ("Albright, speaking to reporters Tuesday, said the talks
 * will continue" dates the speaking). Within the clause, a cue between the same commas as the
 * expression comes first: "Reno, who met the family Tuesday, will decide" is about the meeting.
 */
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { compiledAhead, lexiconRegExp } from './regex.ts';

export type Tense = 'past' | 'future' | null;

/** A quotation's closing mark: ”, a straight double quote, or two apostrophes. */
const QUOTE_CLOSE = /[”"]|''/u;

/** How far before an expression its figures and "for" are looked for ("Data for [February]"). */
const REPORTED_REACH = 40;
/** How far to look on either side, in characters: about a sentence. */
const REACH_BEFORE = 200;
const REACH_AFTER = 200;
/**
 * A reporting verb this close before the expression, with no other verb between, governs it:
 * "said Friday", "said on Friday", "said in a statement Tuesday it will...".
 */
const REPORTED_WITHIN = 40;
/** How far before a day the past verb that governs it may be ("seized power in a coup on"). */
const GOVERN_REACH = 40;
/** Text around a scanned stretch kept for the cues' lookbehinds and lookaheads. */
const SCAN_CONTEXT = 40;
/** How much further a cue after the expression counts than one before it. */
const AFTER_WEIGHT = 1.5;
/** Only "for" between a plan's cue and its day ("scheduled | for | June"). */
const PLAN_FOR = /^\s+for\s+$/iu;

interface Cues {
  /** The patterns of cuePatterns, in its order. */
  scanners: RegExp[];
  pastAt: RegExp;
  reportAt: RegExp;
  sentenceEnd: RegExp;
  clauseBreak: RegExp;
  clauseOpening: RegExp;
  asideBreak: RegExp;
  untensed: RegExp;
  orderedAhead: RegExp;
  orderedDayToldAfter: RegExp;
  reported: RegExp;
  reportedBefore: RegExp;
  unplannedBefore: RegExp;
  bound: RegExp;
  startBound: RegExp;
  rangeAfter: RegExp;
  relativeOpener: RegExp;
  restrictiveRelative: RegExp;
  relativeClosedByDate: RegExp;
  relativeDatedBeforePresent: RegExp;
  newDate: RegExp;
  givenUpBefore: RegExp;
  weekday: RegExp;
  promised: RegExp;
  onlyBefore: RegExp;
  cueObjectDate: RegExp;
  yieldsToFuture: RegExp;
  promisedBefore: RegExp;
  governedBetween: RegExp;
  governingVerb: RegExp;
  governedSubject: RegExp;
  frontedDay: RegExp;
  frontedSubject: RegExp;
  frontedAhead: RegExp;
  subjectVerb: RegExp;
  reachedBack: RegExp;
  reaching: RegExp;
  governedAhead: RegExp;
  governingModal: RegExp;
  coordinatedAhead: RegExp;
  arrangedCue: RegExp;
  arrangedBefore: RegExp;
  arrangedAfter: RegExp;
  arrangedToldWhen: RegExp;
  arrangedToldGone: RegExp;
  sayingVerb: RegExp;
  saidOpening: RegExp;
  saidSubject: RegExp;
  saidSubjectVerb: RegExp;
}

/**
 * The sources of the three patterns that find every tense cue of a lexicon, each kind a named
 * group: the nearest-occurrence cues; the future cues, put-offs and deadlines; then plans,
 * reports and the past. Each must stay under V8's 20 KB: above it V8 (Node 24) no longer
 * optimizes a pattern, and its case modifiers go wrong (with 600 characters more in one pattern,
 * "Updated on" and a past in capitals, "CLOSED", were no cues any more); a test keeps them under.
 * The kinds are cut where the parts are about the same size (9-15 KB), so that each has room to
 * grow. The scan merges their matches as one alternation of all the kinds, in this order, would
 * find them: the leftmost, and at the same place the earlier pattern's.
 */
export function cuePatterns(lexicon: TemporalLexicon): string[] {
  const { nearest, future, putOff, deadline, planned, report, past } = lexicon.tense;
  return [
    `\\b(?:(?<nearest>${nearest}))`,
    `\\b(?:(?<future>${future})|(?<putOff>${putOff})|(?<deadline>${deadline}))`,
    `\\b(?:(?<planned>${planned})|(?<report>${report})|(?<past>${past}))`,
  ];
}

const cuesOf = perLexicon((lexicon): Cues => {
  return {
    // run at every word start of most of the text: compiled to machine code at once
    scanners: cuePatterns(lexicon).map((source) => compiledAhead(lexiconRegExp(source, 'gi'))),
    // asked only whether a cue found opens with a past form
    pastAt: lexiconRegExp(`\\b(?:${lexicon.tense.past})`, 'iy'),
    reportAt: lexiconRegExp(lexicon.tense.report, 'iy'),
    sentenceEnd: lexiconRegExp(lexicon.sentenceEnd, 'g'),
    clauseBreak: lexiconRegExp(lexicon.clauseBreak, 'i'),
    clauseOpening: lexiconRegExp(lexicon.clauseOpening, 'gi'),
    asideBreak: lexiconRegExp(lexicon.asideBreak, 'g'),
    untensed: lexiconRegExp(lexicon.untensedAfter, 'iy'),
    orderedAhead: lexiconRegExp(lexicon.orderedAhead, 'i'),
    orderedDayToldAfter: lexiconRegExp(lexicon.orderedDayToldAfter, 'i'),
    reported: lexiconRegExp(lexicon.reportedAfter, 'iy'),
    reportedBefore: lexiconRegExp(lexicon.reportedBefore, 'i'),
    unplannedBefore: lexiconRegExp(lexicon.unplannedEventBefore, 'i'),
    bound: lexiconRegExp(lexicon.boundBefore, 'i'),
    startBound: lexiconRegExp(lexicon.startBound.before, 'i'),
    rangeAfter: lexiconRegExp(lexicon.startBound.rangeAfter, 'i'),
    relativeOpener: lexiconRegExp(lexicon.relativeOpener, 'iy'),
    restrictiveRelative: lexiconRegExp(lexicon.restrictiveRelative, 'gi'),
    relativeClosedByDate: lexiconRegExp(lexicon.relativeClosedByDate, 'i'),
    relativeDatedBeforePresent: lexiconRegExp(lexicon.relativeDatedBeforePresent, 'i'),
    newDate: lexiconRegExp(lexicon.newDateBefore, 'i'),
    givenUpBefore: lexiconRegExp(lexicon.givenUpBefore, 'i'),
    weekday: lexiconRegExp(lexicon.weekdayExpression, 'i'),
    promised: lexiconRegExp(lexicon.promised.verb, 'i'),
    onlyBefore: lexiconRegExp(lexicon.onlyBefore, 'i'),
    cueObjectDate: lexiconRegExp(lexicon.cueObjectDate, 'iu'),
    yieldsToFuture: lexiconRegExp(lexicon.yieldsToFuture, 'i'),
    promisedBefore: lexiconRegExp(lexicon.promised.before, 'i'),
    governedBetween: lexiconRegExp(lexicon.pastGoverns.between, 'u'),
    governingVerb: lexiconRegExp(lexicon.pastGoverns.verb, 'iu'),
    governedSubject: lexiconRegExp(lexicon.pastGoverns.subject, ''),
    subjectVerb: lexiconRegExp(lexicon.pastGoverns.subjectVerb, 'i'),
    reachedBack: lexiconRegExp(lexicon.pastGoverns.reachedBack, 'i'),
    reaching: lexiconRegExp(lexicon.pastGoverns.reaching, 'i'),
    frontedDay: lexiconRegExp(lexicon.pastGoverns.fronted, 'i'),
    frontedSubject: lexiconRegExp(lexicon.pastGoverns.frontedSubject, 'i'),
    frontedAhead: lexiconRegExp(lexicon.pastGoverns.frontedAhead, 'i'),
    governedAhead: lexiconRegExp(lexicon.futureGoverns.between, 'i'),
    governingModal: lexiconRegExp(lexicon.futureGoverns.verb, 'i'),
    coordinatedAhead: lexiconRegExp(lexicon.futureGoverns.coordinated, 'i'),
    arrangedCue: lexiconRegExp(lexicon.futureGoverns.arranged.cue, 'i'),
    arrangedBefore: lexiconRegExp(lexicon.futureGoverns.arranged.before, 'i'),
    arrangedAfter: lexiconRegExp(lexicon.futureGoverns.arranged.after, 'i'),
    arrangedToldWhen: lexiconRegExp(lexicon.futureGoverns.arranged.toldWhen, 'i'),
    arrangedToldGone: lexiconRegExp(lexicon.futureGoverns.arranged.toldGone, 'i'),
    sayingVerb: lexiconRegExp(lexicon.whatWasSaid.verb, 'iu'),
    saidOpening: lexiconRegExp(lexicon.whatWasSaid.opening, 'iu'),
    saidSubject: lexiconRegExp(lexicon.whatWasSaid.subject, 'iu'),
    saidSubjectVerb: lexiconRegExp(lexicon.whatWasSaid.subjectVerb, 'iu'),
  };
});

/** The nearest cue so far: its tense and how far it is. */
interface Nearest {
  /** null: a plan given up or changed, whose date is the nearest occurrence */
  tense: Tense;
  distance: number;
  /** The nearest occurrence only unless a future is told before it ("will meet ahead of"). */
  yields?: boolean;
}

/** The cue groups of the two patterns, in their order; a match in none of them is `past`. */
const CUE_KINDS = ['nearest', 'future', 'putOff', 'deadline', 'planned', 'report'] as const;

interface Cue {
  start: number;
  end: number;
  kind: (typeof CUE_KINDS)[number] | 'past';
}

/**
 * The kind of a cue: its first group that took part. (A function of its own: a closure over the
 * match in the scanning loop would put the match in a new heap object for every cue.)
 */
function kindOf(groups: Readonly<Record<string, string | undefined>>): Cue['kind'] {
  for (const kind of CUE_KINDS) if (groups[kind] !== undefined) return kind;
  return 'past';
}

/** The first match of a global regex in text at or after index `from`. */
function matchFrom(regex: RegExp, text: string, from: number): RegExpExecArray | null {
  regex.lastIndex = from;
  return regex.exec(text);
}

/** Reads tenses in one text: its cues and sentence ends are found once, on first use. */
export interface TenseReader {
  /** The tense of the sentence around text[start, end). */
  at(start: number, end: number): Tense;
  /**
   * Whether a past verb right before text[start] governs what starts there ("was ousted on
   * [Feb. 11]"; not "invited them to a ceremony on [March 12]"), or the past verb of a subject
   * the expression at text[start, end) names ("The [May 3] deadline passed"). Asked after `at`
   * for the same expression.
   */
  pastVerbGoverns(start: number, end: number): boolean;
  /**
   * Whether "will" and its verb right before text[start] govern it ("will meet on [Dec. 12]"), or
   * an arranging "set ... for" right before it ("set a meeting for [March 3]") with no outcome
   * told after text[end].
   */
  futureVerbGoverns(start: number, end: number): boolean;
  /**
   * Whether text[start, end) is the day a cue reaches back to ("retroactive to") and no past verb
   * tells the reaching as done, before the cue in its sentence ("was made retroactive") or first
   * after the day ("Back pay, retroactive to [Dec. 15], was approved").
   */
  reachedBackFromAhead(start: number, end: number): boolean;
  /**
   * Whether the expression at text[start, end) opens its sentence with "On" and the past verb of
   * the subject after it governs it ("On [3 April] they died"; not "On [April 3] officials
   * announced a vote", nor "On [3 April] they will vote").
   */
  frontedPastGoverns(start: number, end: number): boolean;
}

/** Index of the first item whose `key` is at least `value` (items sorted by key). */
function firstAtLeast<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Text before an expression in which a put-off's "until" or "to" is looked for. */
const NEW_DATE_REACH = 32;

/** Text before a date in which the "from" of a date given up is looked for: "from the ". */
const GIVEN_UP_REACH = 9;

/** Text after an arranged day in which its occasion told as gone is looked for. */
const TOLD_GONE_REACH = 200;

/** Text before a day in which a "will" governing a second verb is looked for. */
const COORDINATED_REACH = 140;
/** How far before a plan's cue a word telling it was made further back is looked for ("had set"). */
const ARRANGED_BEFORE_REACH = 20;

/** Text before a day in which an order and its second infinitive are looked for. */
const ORDERED_REACH = 200;

/** Text before a promise in which its perfect or its saying is looked for. */
const PROMISE_REACH = 80;

/** Text before an expression in which a bound's preposition is looked for. */
const BOUND_REACH = 32;

export function tenseReader(text: string, lexicon: TemporalLexicon): TenseReader {
  const cues: Cue[] = [];
  const ends: Array<{ index: number; end: number }> = [];
  /** Cues are known up to here, and sentence ends up to here; the tagger asks in text order. */
  let cuesTo = 0;
  let endsTo = 0;

  /** Finds the cues that start in [from, to), on a slice with some context. */
  function scanCues(from: number, to: number): void {
    const { scanners } = cuesOf(lexicon);
    const offset = Math.max(0, from - SCAN_CONTEXT);
    const slice = text.slice(offset, Math.min(text.length, to + SCAN_CONTEXT));
    // on from the end of the last cue found, as one scan of the whole text would go: a cue found
    // before ("is due") keeps the words it took from another starting inside it ("due to")
    let at = Math.max(from, cues.at(-1)?.end ?? 0) - offset;
    // each pattern's next match, merged as one alternation of them all would find them: the
    // leftmost, and at the same place the earlier pattern's; a match overtaken is looked for again
    const next: Array<RegExpExecArray | null> = [];
    for (const scanner of scanners) next.push(matchFrom(scanner, slice, at));
    for (;;) {
      let m: RegExpExecArray | null = null;
      for (let k = 0; k < scanners.length; k++) {
        let found = next[k] ?? null;
        if (found !== null && found.index < at)
          next[k] = found = matchFrom(scanners[k]!, slice, at);
        if (found !== null && (m === null || found.index < m.index)) m = found;
      }
      if (m === null || m.index + offset >= to) break;
      if (m[0].length === 0) {
        at = m.index + 1;
        continue;
      }
      const start = m.index + offset;
      cues.push({ start, end: start + m[0].length, kind: kindOf(m.groups ?? {}) });
      at = m.index + m[0].length;
    }
  }

  /** Finds the sentence ends that start in [from, to), on a slice with some context. */
  function scanEnds(from: number, to: number): void {
    const { sentenceEnd } = cuesOf(lexicon);
    const offset = Math.max(0, from - SCAN_CONTEXT);
    const slice = text.slice(offset, Math.min(text.length, to + SCAN_CONTEXT));
    sentenceEnd.lastIndex = from - offset;
    for (let m = sentenceEnd.exec(slice); m !== null; m = sentenceEnd.exec(slice)) {
      const index = m.index + offset;
      if (index >= to) break;
      ends.push({ index, end: index + m[0].length });
      if (m[0].length === 0) sentenceEnd.lastIndex++;
    }
  }

  /** Makes sure [from, to) is scanned (requests come in text order; a gap is never needed). */
  function cover(from: number, to: number): void {
    coverEnds(from, to);
    coverCues(from, to);
  }

  function coverEnds(from: number, to: number): void {
    if (to <= endsTo) return;
    scanEnds(Math.max(from, endsTo), to);
    endsTo = to;
  }

  function coverCues(from: number, to: number): void {
    if (to <= cuesTo) return;
    scanCues(Math.max(from, cuesTo), to);
    cuesTo = to;
  }

  /**
   * The stretch between the asides' breaks (commas) around text[start, end), within [from, to),
   * and the relative asides apart from it ("who last won the Series in 2020,"), as [from, to,
   * from, to, ...]: their verbs tell of their noun, not of the expression.
   */
  function asideOf(
    from: number,
    start: number,
    end: number,
    to: number,
  ): [number, number, number[]] {
    const { asideBreak, relativeOpener } = cuesOf(lexicon);
    const stretch = text.slice(from, to);
    let asideFrom = from;
    let asideTo = to;
    const relatives: number[] = [];
    let open = -1;
    asideBreak.lastIndex = 0;
    for (let m = asideBreak.exec(stretch); m !== null; m = asideBreak.exec(stretch)) {
      if (m[0].length === 0) {
        asideBreak.lastIndex++;
        continue;
      }
      const at = from + m.index;
      // a relative aside closes at the next break, when the expression is not inside it
      if (open >= 0 && (at <= start || open >= end)) relatives.push(open, at);
      relativeOpener.lastIndex = at + m[0].length;
      open = relativeOpener.test(text) ? at + m[0].length : -1;
      if (at + m[0].length <= start) asideFrom = at + m[0].length;
      else if (at >= end && asideTo === to) asideTo = at;
    }
    return [asideFrom, asideTo, relatives];
  }

  /**
   * Where the last relative clause with no comma before text[start] opens, within [from, start)
   * ("who was arrested [Tuesday]"); -1 when none does.
   */
  function restrictiveRelativeBefore(from: number, start: number): number {
    const { restrictiveRelative } = cuesOf(lexicon);
    const stretch = text.slice(from, start);
    let at = -1;
    restrictiveRelative.lastIndex = 0;
    for (
      let m = restrictiveRelative.exec(stretch);
      m !== null;
      m = restrictiveRelative.exec(stretch)
    )
      at = from + m.index;
    return at;
  }

  /**
   * Whether what a saying verb said has begun between it and text[start] ("said the vote in"),
   * or begins with the expression at text[start, end) as its subject ("said the weekend would").
   */
  function opensWhatWasSaid(cue: Cue, start: number, end: number): boolean {
    const { sayingVerb, saidOpening, saidSubject, saidSubjectVerb } = cuesOf(lexicon);
    if (!sayingVerb.test(text.slice(cue.start, cue.end))) return false;
    if (saidOpening.test(text.slice(cue.end, start))) return true;
    return (
      text.slice(cue.end, start).trim() === '' &&
      saidSubject.test(text.slice(start, end)) &&
      saidSubjectVerb.test(text.slice(end, end + 24))
    );
  }

  /** Whether a planning cue promises in the present perfect or in what was said ("have vowed to"). */
  function promises(cue: Cue): boolean {
    const { promised, promisedBefore } = cuesOf(lexicon);
    if (!promised.test(text.slice(cue.start, cue.end))) return false;
    return promisedBefore.test(
      text.slice(Math.max(sentenceStart(cue.start), cue.start - PROMISE_REACH), cue.start),
    );
  }

  /** Where the sentence that holds text[at] starts: after the last sentence end before it. */
  function sentenceStart(at: number): number {
    return ends[firstAtLeast(ends, at + 1, (e) => e.end) - 1]?.end ?? 0;
  }

  /**
   * Whether a cue opens with a past form ("gave the company until", "ordered them to leave by"),
   * a reporting verb's too ("told residents to leave by").
   */
  function opensWithPast(cue: Cue): boolean {
    const { pastAt, reportAt } = cuesOf(lexicon);
    reportAt.lastIndex = cue.start;
    if (reportAt.test(text)) return true;
    // on the cue's own words, with the context a scan has before them (the past's lookbehinds)
    const offset = Math.max(0, cue.start - SCAN_CONTEXT);
    pastAt.lastIndex = cue.start - offset;
    return pastAt.test(text.slice(offset, cue.end));
  }

  /**
   * Whether a plan's cue right before text[start] arranges the day (lexicon
   * `futureGoverns.arranged`): "set a high-level meeting for [March 3]", told in April, is next
   * March's, though the last one is nearer; not "had set", nor one told as come about ("set a
   * meeting for [March 3], but it was cancelled"), nor with more told after the day in its
   * sentence, nor one told at a time of its own ("Last month the council set ...").
   */
  function arrangesDay(cue: Cue, start: number, end: number): boolean {
    const { arrangedCue, arrangedBefore, arrangedAfter, arrangedToldWhen } = cuesOf(lexicon);
    return (
      text.slice(cue.end, start).trim() === '' &&
      arrangedCue.test(text.slice(cue.start, cue.end)) &&
      !arrangedBefore.test(text.slice(Math.max(0, cue.start - ARRANGED_BEFORE_REACH), cue.start)) &&
      !arrangedToldWhen.test(text.slice(sentenceStart(cue.start), cue.start)) &&
      arrangedAfter.test(text.slice(end))
    );
  }

  /**
   * Whether the day at text[start, end), which the plan's cue right before it arranges, is told
   * of as gone in the next sentence ("scheduled a referendum for [February 12]. Voters rejected
   * the plan."): the plan was made and kept before the report, so the day is behind it.
   */
  function occasionToldGone(cue: Cue, start: number, end: number): boolean {
    const { arrangedCue, arrangedToldGone } = cuesOf(lexicon);
    return (
      text.slice(cue.end, start).trim() === '' &&
      arrangedCue.test(text.slice(cue.start, cue.end)) &&
      arrangedToldGone.test(text.slice(end, end + TOLD_GONE_REACH))
    );
  }

  /** Whether "until", "till", "to" or "for" stands right before text[start]: a put-off's new date. */
  function putsOffTo(start: number): boolean {
    const { newDate } = cuesOf(lexicon);
    return newDate.test(text.slice(Math.max(0, start - NEW_DATE_REACH), start));
  }

  /**
   * The tense a cue gives the expression at text[start, end), `before` it or after. A plan made
   * before the date puts the date ahead; after it, it is the planning's date. Putting off looks
   * ahead only to its new date, and the date it gives up is the nearest one; after a decision and
   * its "to", a weekday is the nearest one (not after a promise).
   */
  function tenseOfCue(cue: Cue, before: boolean, start: number, end: number): Tense {
    const { weekday } = cuesOf(lexicon);
    switch (cue.kind) {
      case 'nearest':
        return null;
      case 'past':
        return 'past';
      case 'putOff':
        if (before && putsOffTo(start)) return 'future';
        // the date given up ("moved the hearing from [Oct. 29] to Jan. 21") is one still ahead,
        // or a weekday just gone ("moved the vote from [Tuesday] to Thursday"): the nearest
        if (
          !before ||
          !cuesOf(lexicon).givenUpBefore.test(
            text.slice(Math.max(0, start - GIVEN_UP_REACH), start),
          )
        )
          return 'past';
        return weekday.test(text.slice(start, end)) ? null : 'future';
      case 'deadline':
        // (after the expression, only one that opens with a past form counts: "gave ... until")
        return before ? 'future' : 'past';
      case 'planned': {
        if (!before) return 'past';
        const said = text.slice(cue.start, cue.end);
        if (occasionToldGone(cue, start, end)) return 'past';
        return /\bto$/iu.test(said) && weekday.test(text.slice(start, end)) && !promises(cue)
          ? null
          : 'future';
      }
      default:
        return 'future';
    }
  }

  return {
    at(start: number, end: number): Tense {
      const { untensed } = cuesOf(lexicon);
      untensed.lastIndex = end;
      // "Wednesday's ruling": the nearest such day, unless the sentence tells it in the past
      // ("Friday's attack killed five people" is last Friday's)
      if (untensed.test(text)) return cuedTense(start, end) === 'past' ? 'past' : null;
      return cuedTense(start, end);
    },
    pastVerbGoverns(start: number, end: number): boolean {
      const { governedBetween, governingVerb, reachedBack } = cuesOf(lexicon);
      const cue = cueBefore(start);
      if (cue?.kind !== 'past') return subjectVerbPast(start, end);
      return (
        (governedBetween.test(text.slice(cue.end, start)) &&
          !governingVerb.test(text.slice(cue.start, cue.end))) ||
        reachedBack.test(text.slice(cue.start, start)) ||
        subjectVerbPast(start, end)
      );
    },
    frontedPastGoverns(start: number, end: number): boolean {
      const { frontedDay, frontedSubject, frontedAhead, governingVerb } = cuesOf(lexicon);
      if (!frontedDay.test(text.slice(sentenceStart(start), start))) return false;
      const cue = cueAfter(end);
      return (
        cue?.kind === 'past' &&
        frontedSubject.test(text.slice(end, cue.start)) &&
        !governingVerb.test(text.slice(cue.start, cue.end)) &&
        !frontedAhead.test(text.slice(cue.end, cue.end + 20))
      );
    },
    reachedBackFromAhead(start: number, end: number): boolean {
      const cue = cueBefore(start);
      if (cue?.kind !== 'past' || !cuesOf(lexicon).reachedBack.test(text.slice(cue.start, start)))
        return false;
      const before = cueBefore(cue.start);
      if (before?.kind === 'past' && before.end > sentenceStart(cue.start)) return false;
      return cueAfter(end)?.kind !== 'past';
    },
    futureVerbGoverns(start: number, end: number): boolean {
      const { coordinatedAhead } = cuesOf(lexicon);
      const cue = cueBefore(start);
      return (
        modalGoverns(cue, start) ||
        // "will be (re)scheduled for [March 9]": the plan's own cue stands between the modal
        // and the day, and the modal still governs it
        ((cue?.kind === 'planned' || cue?.kind === 'putOff') &&
          modalGoverns(cueBefore(cue.start), start)) ||
        (cue?.kind === 'planned' && arrangesDay(cue, start, end)) ||
        coordinatedAhead.test(text.slice(Math.max(0, start - COORDINATED_REACH), start))
      );
    },
  };

  /**
   * Whether the expression at text[start, end) names the subject of a past verb right after it,
   * which tells the day happened: "The [May 3] deadline passed", "[Easter Sunday] services were
   * packed".
   */
  function subjectVerbPast(start: number, end: number): boolean {
    const { governedSubject, subjectVerb } = cuesOf(lexicon);
    cover(start, Math.min(text.length, end + GOVERN_REACH));
    const cue = cues[firstAtLeast(cues, end, (c) => c.start)];
    return (
      cue?.kind === 'past' &&
      cue.start - end <= GOVERN_REACH &&
      governedSubject.test(text.slice(end, cue.start)) &&
      subjectVerb.test(text.slice(cue.start, cue.start + GOVERN_REACH))
    );
  }

  /** Whether `cue` is "will" (or "shall") and the verb after it governs text[start] ("will meet on"). */
  function modalGoverns(cue: Cue | undefined, start: number): boolean {
    const { governedAhead, governingModal } = cuesOf(lexicon);
    return (
      cue?.kind === 'future' &&
      governingModal.test(text.slice(cue.start, cue.end)) &&
      governedAhead.test(text.slice(cue.end, start))
    );
  }

  /** The last cue that ends at or before `start`, within GOVERN_REACH. */
  function cueBefore(start: number): Cue | undefined {
    cover(Math.max(0, start - GOVERN_REACH), start);
    let i = firstAtLeast(cues, start, (c) => c.start) - 1;
    while (i >= 0 && cues[i]!.end > start) i--;
    const cue = cues[i];
    return cue === undefined || start - cue.end > GOVERN_REACH ? undefined : cue;
  }

  /** The first cue after text[end], within reach and its sentence ("[Dec. 15], was approved"). */
  function cueAfter(end: number): Cue | undefined {
    cover(end, end + GOVERN_REACH);
    const cue = cues[firstAtLeast(cues, end, (c) => c.start)];
    const stop = ends[firstAtLeast(ends, end, (e) => e.index)]?.index ?? text.length;
    return cue === undefined || cue.start - end > GOVERN_REACH || cue.start >= stop
      ? undefined
      : cue;
  }

  /** The tense the cues around text[start, end) give it. */
  function cuedTense(start: number, end: number): Tense {
    const { reported: figures, reportedBefore, unplannedBefore } = cuesOf(lexicon);
    figures.lastIndex = end;
    if (figures.test(text)) return 'past';
    const justBefore = text.slice(Math.max(0, start - REPORTED_REACH), start);
    if (reportedBefore.test(justBefore)) return 'past';
    // ("will publish its findings on the crash in [December]": nobody plans a crash)
    if (unplannedBefore.test(justBefore)) return 'past';
    // ("ordered him to pay a fine by March 31 and to appear again on [Friday]"; not "and to stay
    // indoors on [Monday] as temperatures hit 40C")
    const { orderedAhead, orderedDayToldAfter } = cuesOf(lexicon);
    if (
      orderedAhead.test(text.slice(Math.max(0, start - ORDERED_REACH), start)) &&
      !orderedDayToldAfter.test(text.slice(end, end + ORDERED_REACH))
    )
      return 'future';
    coverEnds(Math.max(0, start - REACH_BEFORE), Math.min(text.length, end + REACH_AFTER));
    // the sentence: back to the last sentence end, on to the next, within reach
    let from = Math.max(start - REACH_BEFORE, sentenceStart(start));
    const next = ends[firstAtLeast(ends, end, (e) => e.index)];
    const sentenceTo = Math.min(end + REACH_AFTER, next?.index ?? text.length);
    // "after beating Fritz on Friday": the clause the expression is in starts there
    const { clauseOpening } = cuesOf(lexicon);
    const before = text.slice(from, start);
    clauseOpening.lastIndex = 0;
    for (let m = clauseOpening.exec(before); m !== null; m = clauseOpening.exec(before))
      from = Math.max(from, start - before.length + m.index);
    // after the expression, only its own clause: up to a clause break or a reporting verb
    const rest = text.slice(end, sentenceTo);
    const clause = cuesOf(lexicon).clauseBreak.exec(rest);
    let to = clause === null ? sentenceTo : end + clause.index;
    // only the clause's cues are read: the two cue patterns, the tense's dearest part, need not
    // run over the rest of the sentence and the sentences around it
    coverCues(from, to);
    // no cue in the clause ("Monday Tuesday ...", a list of dates): its asides, which only choose
    // among cues, need not be found; the bound decides, as it would after them
    const first = firstAtLeast(cues, from, (c) => c.start);
    if (first === cues.length || cues[first]!.start >= to) return boundTense(start, end);
    let reported = false;
    /** The relative asides after the expression, found when a saying follows it. */
    let relativesAfter: number[] | null = null;
    for (let i = first; i < cues.length && cues[i]!.start < to; i++) {
      const cue = cues[i]!;
      if (cue.kind === 'report' && cue.start >= end) {
        // (a saying inside a relative aside is the aside's, and the clause goes on after it:
        // "The [June] talks, which diplomats said could end the war, will be held in Geneva")
        relativesAfter ??= asideOf(from, start, end, to)[2];
        if (inStretches(relativesAfter, cue)) continue;
        to = cue.start;
        // ('"I'm ready to go home for the weekend," one juror said': a quotation that closes
        // before its attribution is told in its own time, not the saying's)
        reported = !QUOTE_CLOSE.test(text.slice(end, cue.start));
      }
    }
    const [asideFrom, asideTo, relatives] = asideOf(from, start, end, to);
    let relativeFrom = restrictiveRelativeBefore(asideFrom, start);
    // ("will report results for the quarter that ended in December on [March 25]": the relative
    // closed with its own date, and its verb tells of that date, not of the expression; not a
    // weekday, which may be a day of the relative's month: "arrested in March on [Tuesday]")
    // ("The team that won the cup in 2019 plays Lorem on [Sunday]": so before a present verb,
    // a weekday too)
    if (
      relativeFrom >= 0 &&
      cuesOf(lexicon).relativeClosedByDate.test(text.slice(relativeFrom, start)) &&
      !cuesOf(lexicon).weekday.test(text.slice(start, end))
    ) {
      relatives.push(relativeFrom, start);
      relativeFrom = -1;
    } else if (relativeFrom >= 0) {
      // (only the relative up to its date: the words after its present verb are the main
      // clause's, and a verb among them tells the expression's tense: "The poll that closed in
      // May shows support fell on [Sunday]" is the Sunday gone)
      const relative = cuesOf(lexicon).relativeDatedBeforePresent.exec(
        text.slice(relativeFrom, start),
      )?.groups?.['relative'];
      if (relative !== undefined) {
        relatives.push(relativeFrom, relativeFrom + relative.length);
        relativeFrom = -1;
      }
    }

    let best: Nearest | null = null;
    let bestInAside: Nearest | null = null;
    let bestInRelative: Nearest | null = null;
    /** Where the last reporting verb before the expression ends, if no other verb came since. */
    let reportEnd = -1;
    /** Whether a cue before the expression tells the future. */
    let futureBefore = false;
    /** Whether the expression is a plan's day right after its "for" ("scheduled for [June]"). */
    let planFor = false;
    const { onlyBefore, yieldsToFuture } = cuesOf(lexicon);
    for (let i = first; i < cues.length; i++) {
      const cue = cues[i]!;
      if (cue.start >= to) break;
      if (cue.end > to) continue;
      if (cue.end > start && cue.start < end) {
        // "voted in [March] to sell the unit": a decision told in the past holds its own date
        if (
          cue.kind === 'planned' &&
          cue.start < start &&
          PAST_DECISION.test(text.slice(cue.start, start))
        )
          return 'past';
        continue; // inside the expression itself
      }
      if (inStretches(relatives, cue)) continue;
      const before = cue.end <= start;
      if (!before && reportEnd >= 0 && start - reportEnd <= REPORTED_WITHIN) return 'past';
      if (cue.kind === 'report') {
        // ("said the vote in August will be close": what was said has begun, and its own verb
        // tells the date's tense)
        if (before) reportEnd = opensWhatWasSaid(cue, start, end) ? -1 : cue.end;
        reported = true;
        continue;
      }
      if (before) reportEnd = -1;
      // a deadline looks ahead only for the date right after it; elsewhere, a deadline told in
      // the past is a past, on either side ("The council on [Monday] gave the company until
      // March 3", "The bank raised its outlook for 2025 on [Tuesday]" are the days gone)
      let toldInPast = false;
      if (cue.kind === 'deadline' && (!before || text.slice(cue.end, start).trim() !== '')) {
        if (!opensWithPast(cue)) continue;
        toldInPast = true;
      }
      // ("cut its forecast for 2025 on [Tuesday]": the forecast is for 2025, the cut on Tuesday;
      // not an occasion something comes ahead of, which the later day dates: "met ahead of the
      // 2026 budget vote on [Thursday]" is still the nearest Thursday)
      if (
        before &&
        cue.kind === 'nearest' &&
        cuesOf(lexicon).cueObjectDate.test(text.slice(cue.end, start)) &&
        !yieldsToFuture.test(text.slice(cue.start, cue.end))
      )
        continue;
      // ("will be paid retroactive to Dec. 15 once the budget passes in [January]": what reaches
      // back reaches its own day only)
      if (before && cue.kind === 'past' && reachesPast(cue, start)) continue;
      // ("stronger in the second half than in the first half")
      if (!before && cue.kind === 'past' && onlyBefore.test(text.slice(cue.start, cue.end)))
        continue;
      const tense = toldInPast ? 'past' : tenseOfCue(cue, before, start, end);
      // ("The vote scheduled for [June] was cancelled": the day a plan names right after its
      // "for" is the plan's, which a past verb after it does not put behind: the plan may have
      // been dropped ahead of its day or after it, "The trial scheduled for [January] was
      // postponed" told in March is January gone)
      if (
        before &&
        cue.kind === 'planned' &&
        tense === 'future' &&
        PLAN_FOR.test(text.slice(cue.end, start))
      )
        planFor = true;
      if (before && tense === 'future') futureBefore = true;
      const distance = before ? gapBefore(text, cue.end, start) : (cue.start - end) * AFTER_WEIGHT;
      const yields = cue.kind === 'nearest' && yieldsToFuture.test(text.slice(cue.start, cue.end));
      const found: Nearest = { tense, distance, yields };
      if (best === null || distance < best.distance) best = found;
      const inAside = cue.start >= asideFrom && cue.end <= asideTo;
      if (inAside && (bestInAside === null || distance < bestInAside.distance)) bestInAside = found;
      if (before && relativeFrom >= 0 && cue.start >= relativeFrom)
        if (bestInRelative === null || distance < bestInRelative.distance) bestInRelative = found;
    }
    if (reportEnd >= 0 && start - reportEnd <= REPORTED_WITHIN) return 'past';
    const nearest = bestInRelative ?? bestInAside ?? best;
    // ("Lawmakers will meet ahead of Tuesday's vote")
    if (nearest?.yields === true && futureBefore) return 'future';
    if (nearest !== null && nearest.tense === null) return null;
    const decided = nearest?.tense ?? (reported ? 'past' : null);
    if (planFor && decided !== 'future') return null;
    return decided ?? boundTense(start, end);
  }

  /** Whether `cue` reaches back ("retroactive") to a day other than the one at text[start]. */
  function reachesPast(cue: Cue, start: number): boolean {
    const { reaching, reachedBack } = cuesOf(lexicon);
    return (
      reaching.test(text.slice(cue.start, cue.end)) &&
      !reachedBack.test(text.slice(cue.start, start))
    );
  }

  /** "funds the government through Sept. 30": a bound with no tense of its own is ahead. */
  function boundTense(start: number, end: number): Tense {
    const { bound, startBound, rangeAfter, weekday } = cuesOf(lexicon);
    const before = text.slice(Math.max(0, start - BOUND_REACH), start);
    if (bound.test(before)) return 'future';
    // ("Trades settle on a T+2 basis from [Monday]": what runs on from a weekday starts ahead;
    // not "open from [Monday] to Friday", a range)
    return startBound.test(before) &&
      weekday.test(text.slice(start, end)) &&
      !rangeAfter.test(text.slice(end, end + BOUND_REACH))
      ? 'future'
      : null;
  }
}

/**
 * A preposition alone between a verb and the expression, which the verb governs the expression
 * through: it counts as no distance ("Decisions taken in [February] will be reviewed": the
 * taking, right before, is nearer than the "will" right after).
 */
const PREPOSITION_BETWEEN = /^\s+(?:in|on|at|during)\s+$/iu;

/** How far a cue ending at `cueEnd` is before the expression at `start`. */
function gapBefore(text: string, cueEnd: number, start: number): number {
  const gap = text.slice(cueEnd, start);
  return PREPOSITION_BETWEEN.test(gap) ? 1 : gap.length;
}

/** A planning cue that opens with a past verb of deciding ("voted in", "agreed on"). */
const PAST_DECISION = /^\p{L}+ed\s/u;

/** Whether a cue lies inside one of the stretches [from, to, from, to, ...]. */
function inStretches(stretches: readonly number[], cue: Cue): boolean {
  for (let k = 0; k < stretches.length; k += 2)
    if (cue.start >= stretches[k]! && cue.end <= stretches[k + 1]!) return true;
  return false;
}

/** The tense of the sentence around text[start, end) (one-off; see tenseReader for many). */
export function tenseAt(text: string, start: number, end: number, lexicon: TemporalLexicon): Tense {
  return tenseReader(text, lexicon).at(start, end);
}
