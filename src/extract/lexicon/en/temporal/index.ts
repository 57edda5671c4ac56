/**
 * The English temporal lexicon: every rule in priority order (on a tie in length the earlier
 * rule wins), the fragments they name, the word tables and the context cues.
 */
import type { TemporalLexicon } from '../../../temporal/lexicon.ts';
import {
  ANCHOR_COMMON_WORDS,
  ANCHOR_ORDER,
  ANCHOR_SEARCH,
  ASIDE_BREAK,
  RELATIVE_OPENER,
  CLAUSE_BREAK,
  RANGES,
  SENTENCE_END,
  TENSE,
  UNTENSED_AFTER,
  NEW_DATE_BEFORE,
  PAST_GOVERNS,
  WHAT_WAS_SAID,
  WEEKDAY_EXPRESSION,
  REPORTED_AFTER,
  BOUND_BEFORE,
  ERAS,
  CLOCK_DAY_JOIN,
  DURATION_JOIN,
  REPORTED_FROM,
  QUOTED_FROM,
  ENTRY_AFTER,
  NUMERIC_DATES,
  CLAUSE_OPENING,
  RESTATED_AFTER,
  YEAR_OF_SENTENCE,
  PERIOD_OF_SENTENCE,
  OF_STORY_YEAR,
} from './context.ts';
import { FRAGMENTS } from './fragments.ts';
import { DATE_RULES } from './rules/dates.ts';
import { DEICTIC_RULES } from './rules/deictic.ts';
import { DURATION_RULES } from './rules/durations.ts';
import { IDIOM_RULES } from './rules/idioms.ts';
import { NARRATIVE_RULES } from './rules/narrative.ts';
import { REFERENCE_RULES } from './rules/references.ts';
import { SET_RULES } from './rules/sets.ts';
import { TIME_RULES } from './rules/times.ts';
import {
  CLOCK_WORDS,
  DAY_WORDS,
  DECADE_WORDS,
  DIRECTIONS,
  FRACTIONS,
  HOLIDAYS,
  MERIDIEMS,
  MODS,
  MONTHS,
  NUMBERS,
  ORDINALS,
  PARTS_OF_DAY,
  REFERENCES,
  SEASONS,
  SET_WORDS,
  SHIFTS,
  SPOKEN_CENTURIES,
  UNIT_MULTIPLIERS,
  UNITS,
  WEEKDAYS,
} from './words.ts';

/** The publication date rule examples are resolved against: Wednesday, 17 May 2023. */
export const EXAMPLE_PUBLISHED = '2023-05-17';

export const ENGLISH: TemporalLexicon = {
  rules: [
    ...IDIOM_RULES,
    ...TIME_RULES,
    ...DATE_RULES,
    ...DEICTIC_RULES,
    ...NARRATIVE_RULES,
    ...SET_RULES,
    ...REFERENCE_RULES,
    ...DURATION_RULES,
  ],
  fragments: FRAGMENTS,
  words: {
    month: MONTHS,
    weekday: WEEKDAYS,
    season: SEASONS,
    part: PARTS_OF_DAY,
    clock: CLOCK_WORDS,
    meridiem: MERIDIEMS,
    number: NUMBERS,
    fraction: FRACTIONS,
    ordinal: ORDINALS,
    decade: DECADE_WORDS,
    spokenCentury: SPOKEN_CENTURIES,
    unit: UNITS,
    unitMultiplier: UNIT_MULTIPLIERS,
    shift: SHIFTS,
    direction: DIRECTIONS,
    mod: MODS,
    reference: REFERENCES,
    set: SET_WORDS,
    holiday: HOLIDAYS,
    day: DAY_WORDS,
  },
  tense: TENSE,
  ranges: RANGES,
  untensedAfter: UNTENSED_AFTER,
  newDateBefore: NEW_DATE_BEFORE,
  pastGoverns: PAST_GOVERNS,
  whatWasSaid: WHAT_WAS_SAID,
  weekdayExpression: WEEKDAY_EXPRESSION,
  reportedAfter: REPORTED_AFTER,
  boundBefore: BOUND_BEFORE,
  eras: ERAS,
  clockDayJoin: CLOCK_DAY_JOIN,
  durationJoin: DURATION_JOIN,
  reportedFrom: REPORTED_FROM,
  quotedFrom: QUOTED_FROM,
  entryAfter: ENTRY_AFTER,
  numericDates: NUMERIC_DATES,
  clauseOpening: CLAUSE_OPENING,
  restatedAfter: RESTATED_AFTER,
  yearOfSentence: YEAR_OF_SENTENCE,
  periodOfSentence: PERIOD_OF_SENTENCE,
  ofStoryYear: OF_STORY_YEAR,
  sentenceEnd: SENTENCE_END,
  clauseBreak: CLAUSE_BREAK,
  asideBreak: ASIDE_BREAK,
  relativeOpener: RELATIVE_OPENER,
  anchorOrder: ANCHOR_ORDER,
  anchorCommonWords: ANCHOR_COMMON_WORDS,
  anchorSearch: ANCHOR_SEARCH,
};
