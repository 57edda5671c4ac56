/**
 * The English temporal lexicon as a specification: every example of every rule is tagged as it
 * says (extent, value) by the whole tagger, with the rule's own pattern matching that extent;
 * no counter-example is matched by its rule; every word of the tables is accepted by a fragment;
 * every named group is a slot the engine reads.
 */
import { describe, expect, it } from 'vitest';
import { matchesItsExamples } from '../lexicon-examples.ts';
import {
  APPROX_BEFORE,
  GOODS_DATED_BEFORE,
  STATE_SINCE_BEFORE,
  DISTANCE_ASIDE_BETWEEN,
  STATE_BEGAN_BEFORE,
  FIGURE_AS_OF_BEFORE,
  UNPLANNED_EVENT_AFTER,
  UNPLANNED_EVENT_BEFORE,
  YEAR_TOLD_AFTER,
  DATE_OPENS_CLAUSE,
  YEAR_AS_SUBJECT,
  NOW_AFTER_YEAR_AS_SUBJECT,
  SEASON_SPAN,
  LINKED_DATE,
  HABIT_BEFORE,
  OPENING_HOURS_BEFORE,
  HEADLINE_INFINITIVE,
  YEAR_ASIDE,
  STORY_FRAME,
  EVENT_YEAR,
  MONTH_IN_FUTURE_SUBJECT,
  PART_COMPARED,
  HABIT_WEEK_PART,
  YEAR_TOLD_BEFORE,
  WEEKDAY_APPOSITION,
  RELATIVE_CLOSED_BY_DATE,
  RELATIVE_DATED_BEFORE_PRESENT,
  RESTATED_OPENS_CLAUSE,
  START_BOUND_BEFORE,
  PERIOD_ENDING_AFTER,
} from '../../../src/extract/lexicon/en/temporal/context.ts';
import { EXAMPLE_PUBLISHED, ENGLISH } from '../../../src/extract/lexicon/en/temporal/index.ts';
import { FRAGMENTS } from '../../../src/extract/lexicon/en/temporal/fragments.ts';
import * as WORDS from '../../../src/extract/lexicon/en/temporal/words.ts';
import { expandPattern, ruleMatches } from '../../../src/extract/temporal/compile.ts';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';
import { lexiconRegExp } from '../../../src/extract/temporal/regex.ts';
import { SLOTS } from '../../../src/extract/temporal/rule.ts';

/** "text with [the expression] in it" -> the text and the expression's offsets. */
function parseExample(sentence: string): { text: string; start: number; end: number } {
  const start = sentence.indexOf('[');
  const end = sentence.indexOf(']') - 1;
  if (start < 0 || end < start) throw new Error(`no [expression] in "${sentence}"`);
  return { text: sentence.replace('[', '').replace(']', ''), start, end };
}

const RULES = ENGLISH.rules;

const examples = RULES.flatMap((rule) =>
  rule.examples.map((example) => [rule.name, example[0], example, rule] as const),
);
const counterExamples = RULES.flatMap((rule) =>
  rule.counterExamples.map((text) => [rule.name, text, rule] as const),
);

describe('the English temporal rules', () => {
  it('every rule has examples and counter-examples, and a unique name', () => {
    for (const rule of RULES) {
      expect(rule.examples.length, rule.name).toBeGreaterThan(0);
      expect(rule.counterExamples.length, rule.name).toBeGreaterThan(0);
    }
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  });

  it.each(RULES.map((rule) => [rule.name, rule] as const))(
    '%s names only slots the engine reads',
    (_name, rule) => {
      const groups = [...expandPattern(rule.pattern, FRAGMENTS).matchAll(/\(\?<(\w+)>/g)].map(
        (m) => m[1],
      );
      expect(groups.filter((g) => !(SLOTS as readonly string[]).includes(g!))).toEqual([]);
    },
  );

  it.each(examples)('%s: tags "%s"', (_name, _sentence, example, rule) => {
    const [sentence, value, published = EXAMPLE_PUBLISHED] = example;
    const { text, start, end } = parseExample(sentence);
    expect(
      ruleMatches(rule, FRAGMENTS, text),
      'the rule itself matches the expression',
    ).toContainEqual([start, end]);
    if (rule.value.kind === 'none') {
      const overlapping = tagTimexes(text, { published }).filter(
        (t) => t.start < end && t.end > start,
      );
      expect(overlapping, 'words that name no time are not tagged').toEqual([]);
      return;
    }
    const found = tagTimexes(text, { published }).find((t) => t.start === start);
    expect(found && text.slice(found.start, found.end)).toBe(text.slice(start, end));
    expect(found?.value).toBe(value);
    const isTime = /T(?:\d|MO|AF|EV|NI|DT)/.test(value) && !value.startsWith('P');
    expect(found?.type).toBe(rule.type === 'DATE' && isTime ? 'TIME' : rule.type);
  });

  it.each(counterExamples)('%s: finds nothing in "%s"', (_name, text, rule) => {
    expect(ruleMatches(rule, FRAGMENTS, text)).toEqual([]);
  });
});

/** The fragment(s) that must accept each table's words, and the form a word is written in. */
const TABLE_FRAGMENTS: Array<[string, Readonly<Record<string, unknown>>, string[]]> = [
  ['MONTHS', WORDS.MONTHS, ['month', 'monthBeforeDay']],
  ['WEEKDAYS', WORDS.WEEKDAYS, ['weekdayShort', 'weekday']],
  ['SEASONS', WORDS.SEASONS, ['season']],
  ['PARTS_OF_DAY', WORDS.PARTS_OF_DAY, ['part', 'dayEdge']],
  ['CLOCK_WORDS', WORDS.CLOCK_WORDS, ['clockWord']],
  ['MERIDIEMS', WORDS.MERIDIEMS, ['meridiem', 'part']],
  ['NUMBERS', WORDS.NUMBERS, ['number']],
  ['FRACTIONS', WORDS.FRACTIONS, ['fraction', 'halfWord', 'clockMinuteWord']],
  ['ORDINALS', WORDS.ORDINALS, ['ordinal', 'centuryOrdinal', 'dayOrdinal', 'halfOrdinal']],
  ['DECADE_WORDS', WORDS.DECADE_WORDS, ['decadeWord']],
  ['SPOKEN_CENTURIES', WORDS.SPOKEN_CENTURIES, ['spokenCentury', 'thousandYear']],
  [
    'UNITS',
    WORDS.UNITS,
    [
      'unit',
      'durationUnit',
      'calendarUnit',
      'pluralUnit',
      'unitSingular',
      'dayOrLonger',
      'rareUnit',
      'weekendUnit',
      'dayUnit',
    ],
  ],
  ['SHIFTS', WORDS.SHIFTS, ['deicticShift', 'narrativeShift', 'spanShift', 'yearDeixis']],
  ['DIRECTIONS', WORDS.DIRECTIONS, ['ago', 'later', 'beforeAfter']],
  ['MODS', WORDS.MODS, ['mod', 'bound', 'approx', 'prefix']],
  ['REFERENCES', WORDS.REFERENCES, ['reference']],
  ['SET_WORDS', WORDS.SET_WORDS, ['setWord', 'weekdaySet']],
  ['HOLIDAYS', WORDS.HOLIDAYS, ['holiday']],
  ['DAY_WORDS', WORDS.DAY_WORDS, ['dayWord', 'thisPart']],
];

/** Ways a table key may be written: as is, capitalized, title-cased, with an abbreviation's dot. */
function writings(key: string): string[] {
  const title = key.replace(
    /(^|\s)(\p{L})/gu,
    (_m, space: string, c: string) => space + c.toUpperCase(),
  );
  const capital = key.charAt(0).toUpperCase() + key.slice(1);
  return [key, capital, title].flatMap((w) => [w, `${w}.`, w.replace(/'/g, '’')]);
}

describe('the English temporal word tables', () => {
  const cases = TABLE_FRAGMENTS.flatMap(([table, words, fragments]) =>
    Object.keys(words).map((key) => [table, key, fragments] as const),
  );
  it.each(cases)('%s: "%s" is accepted by its fragment', (_table, key, fragments) => {
    const accepted = fragments.some((name) => {
      const source = FRAGMENTS[name as keyof typeof FRAGMENTS];
      const whole = new RegExp(`^(?:${source})$`, 'iu');
      // (or after a preposition, which a headline's "by [end of June]" needs before it)
      const afterPreposition = new RegExp(`(?:${source})$`, 'iuy');
      return writings(key).some((w) => {
        afterPreposition.lastIndex = 'by '.length;
        return whole.test(w) || afterPreposition.test(`by ${w}`);
      });
    });
    expect(accepted).toBe(true);
  });
});

describe('the English anchor searches', () => {
  const whole = (name: string): RegExp =>
    new RegExp(`^(?:${FRAGMENTS[name as keyof typeof FRAGMENTS]})$`, 'iu');
  const cases = Object.entries(ENGLISH.anchorSearch).flatMap(([narrow, wide]) => {
    const table = TABLE_FRAGMENTS.find(([, , names]) => names.includes(narrow));
    return Object.keys(table?.[1] ?? {}).flatMap((key) =>
      writings(key)
        .filter((w) => whole(narrow).test(w))
        .map((w) => [narrow, w, wide] as const),
    );
  });

  it('check some words', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it.each(cases)('%s: "%s" is found by a search for %s', (_narrow, word, wide) => {
    expect(whole(wide).test(word)).toBe(true);
  });
});

describe("the lexicon's patterns of the text before a date match their examples only", () => {
  const entries = {
    APPROX_BEFORE,
    GOODS_DATED_BEFORE,
    HABIT_BEFORE,
    OPENING_HOURS_BEFORE,
    HEADLINE_INFINITIVE,
    STATE_SINCE_BEFORE,
    DISTANCE_ASIDE_BETWEEN,
    STATE_BEGAN_BEFORE,
    FIGURE_AS_OF_BEFORE,
    UNPLANNED_EVENT_AFTER,
    UNPLANNED_EVENT_BEFORE,
    YEAR_TOLD_AFTER,
    DATE_OPENS_CLAUSE,
    YEAR_AS_SUBJECT,
    NOW_AFTER_YEAR_AS_SUBJECT,
    RELATIVE_CLOSED_BY_DATE,
    RELATIVE_DATED_BEFORE_PRESENT,
    RESTATED_OPENS_CLAUSE,
    START_BOUND_BEFORE,
    PERIOD_ENDING_AFTER,
  };
  for (const [name, entry] of Object.entries(entries))
    matchesItsExamples(
      name,
      new RegExp(entry.pattern, 'iu'),
      entry.examples,
      entry.counterExamples,
    );
});

describe('two dates set against each other or listed: its examples and not its counter-examples', () => {
  for (const part of ['between', 'after'] as const)
    matchesItsExamples(
      part,
      new RegExp(LINKED_DATE[part], 'iu'),
      LINKED_DATE.examples[part],
      LINKED_DATE.counterExamples[part],
    );
});

describe('a season spanning two years: its examples and not its counter-examples', () => {
  for (const part of ['before', 'after', 'opens', 'clauseBreak'] as const)
    matchesItsExamples(
      part,
      lexiconRegExp(SEASON_SPAN[part], part === 'after' || part === 'clauseBreak' ? 'i' : ''),
      SEASON_SPAN.examples[part],
      SEASON_SPAN.counterExamples[part],
    );
});

describe('a year set off as an aside: its examples and not its counter-examples', () => {
  for (const part of ['before', 'thenClause', 'rollsOn'] as const)
    matchesItsExamples(
      part,
      new RegExp(YEAR_ASIDE[part], 'iu'),
      YEAR_ASIDE.examples[part],
      YEAR_ASIDE.counterExamples[part],
    );
});

describe('a year naming the event its sentence opens with: its examples and not its counter-examples', () => {
  for (const part of ['before', 'after'] as const)
    matchesItsExamples(
      part,
      lexiconRegExp(EVENT_YEAR[part], part === 'after' ? 'i' : ''),
      EVENT_YEAR.examples[part],
      EVENT_YEAR.counterExamples[part],
    );
});

describe('a comparison with the year before after a part of the year: its examples and not its counter-examples', () => {
  matchesItsExamples(
    'pattern',
    lexiconRegExp(PART_COMPARED.pattern, 'i'),
    PART_COMPARED.examples,
    PART_COMPARED.counterExamples,
  );
});

describe("a month modifying a noun in a future clause's subject: its examples and not its counter-examples", () => {
  for (const part of ['before', 'after', 'aftermath', 'pauseBefore', 'pause'] as const)
    matchesItsExamples(
      part,
      lexiconRegExp(MONTH_IN_FUTURE_SUBJECT[part], part === 'after' || part === 'pause' ? 'i' : ''),
      MONTH_IN_FUTURE_SUBJECT.examples[part],
      MONTH_IN_FUTURE_SUBJECT.counterExamples[part],
    );
});

describe('a weekday beside a distance counted from the story: its examples and not its counter-examples', () => {
  for (const part of ['afterDistance', 'beforeDistance', 'distanceClosed'] as const)
    matchesItsExamples(
      part,
      lexiconRegExp(WEEKDAY_APPOSITION[part], part === 'distanceClosed' ? '' : 'i'),
      WEEKDAY_APPOSITION.examples[part],
      WEEKDAY_APPOSITION.counterExamples[part],
    );
});

describe('a part of the week beside a recurring weekday: its examples and not its counter-examples', () => {
  for (const part of ['expression', 'between', 'toldOnce', 'presentThen'] as const)
    matchesItsExamples(
      part,
      lexiconRegExp(HABIT_WEEK_PART[part], 'i'),
      HABIT_WEEK_PART.examples[part],
      HABIT_WEEK_PART.counterExamples[part],
    );
});

describe('a year told right before a date in its phrase: its examples and not its counter-examples', () => {
  for (const part of ['before', 'between', 'setOff', 'closedBy'] as const)
    matchesItsExamples(
      part,
      lexiconRegExp(YEAR_TOLD_BEFORE[part], 'i'),
      YEAR_TOLD_BEFORE.examples[part],
      YEAR_TOLD_BEFORE.counterExamples[part],
    );
});

describe('what keeps a year alone from framing the story: its examples and not its counter-examples', () => {
  for (const part of [
    'background',
    'participleAside',
    'asideAfter',
    'origin',
    'futureInPast',
    'breaks',
    'nowTurn',
    'newsNow',
    'commemoration',
    'aheadNow',
  ] as const)
    matchesItsExamples(
      part,
      // (compiled as the engine compiles it)
      lexiconRegExp(STORY_FRAME[part], 'i'),
      STORY_FRAME.examples[part],
      STORY_FRAME.counterExamples[part],
    );
});
