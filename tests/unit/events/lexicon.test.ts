/** Every example and counter-example in lexicon/en/events runs here. */
import { describe, expect, it } from 'vitest';
import { matchesItsExamples } from '../lexicon-examples.ts';
import { ABBREVIATIONS } from '../../../src/extract/lexicon/en/events/abbreviations.ts';
import {
  CLAUSE_BOUNDARIES,
  DISTANCE_SPLICE,
  WHICH_TOOK_PLACE,
} from '../../../src/extract/lexicon/en/events/clauses.ts';
import { FRAMING_YEAR } from '../../../src/extract/lexicon/en/events/frames.ts';
import {
  COMPARISON,
  COUNTED,
  FIGURES_FOR,
  NEW_DATE,
  GIVEN_UP,
  DENIED_DATE,
  OFFSET_FROM,
  PERIOD_END,
  PUT_OFF_PLAN,
  EXTENDED_END,
  AT_AN_AGE,
} from '../../../src/extract/lexicon/en/events/comparisons.ts';
import {
  boundsCount,
  isComparisonPoint,
  isDenied,
  isGivenUp,
  isNewDate,
  namesFigures,
  offsetFrom,
  periodEndedAt,
} from '../../../src/extract/events/anchors.ts';
import { extractArticle } from '../../../src/extract/index.ts';
import { analyseArticle } from '../../../src/extract/events/analysis.ts';
import { readArticle } from '../../../src/extract/article/index.ts';
import { ASPECT_MARKERS, COUNTERFACTUAL } from '../../../src/extract/lexicon/en/events/modality.ts';
import {
  DAYS_LATER,
  HOURS_LATER,
  HOURS_TO_AFTER,
} from '../../../src/extract/lexicon/en/events/comparisons.ts';
import { NAME_EXAMPLES } from '../../../src/extract/lexicon/en/events/names.ts';
import {
  ATTRIBUTIONS,
  QUOTED_SPEECH_OPENING,
} from '../../../src/extract/lexicon/en/events/reporting.ts';
import {
  LEADING_DATELINE,
  CLEFT_FOCUS,
  CLEFT_WHO,
  POINTING_FOCUS,
  LEADING_LABEL,
  PREPOSITION_BEFORE_CLAUSE,
  PREPOSITION_BEFORE_CONDITION,
  STOCK_TICKER,
  UPDATE_STAMP_LABEL,
} from '../../../src/extract/lexicon/en/events/titles.ts';
import { splitClauses } from '../../../src/extract/text/clauses.ts';
import { DIRECT_QUESTION } from '../../../src/extract/lexicon/en/events/questions.ts';
import { endOfExtension, planOfPutOff } from '../../../src/extract/events/title/plan.ts';
import { findNames } from '../../../src/extract/text/names.ts';
import { splitSentences } from '../../../src/extract/text/sentences.ts';

const asSentence = (text: string) => ({ start: 0, end: text.length, text });

describe('abbreviations: the splitter keeps their examples whole and splits their counter-examples', () => {
  const cases = ABBREVIATIONS.flatMap((rule) => [
    ...rule.examples.map((text) => [rule.name, text, 1] as const),
    ...rule.counterExamples.map((text) => [rule.name, text, 2] as const),
  ]);
  it.each(cases)('%s: %s -> %i sentence(s)', (_name, text, count) => {
    expect(splitSentences(text).map((s) => s.text)).toHaveLength(count);
  });
});

describe('aspect markers match their examples and not their counter-examples', () => {
  const cases = ASPECT_MARKERS.flatMap((rule) => [
    ...rule.examples.map((text) => [rule.name, text, true] as const),
    ...rule.counterExamples.map((text) => [rule.name, text, false] as const),
  ]);
  it.each(cases)('%s: %s -> %s', (_name, text, matches) => {
    const rule = ASPECT_MARKERS.find((r) => r.name === _name)!;
    expect(new RegExp(rule.pattern, 'iu').test(text)).toBe(matches);
  });
});

describe('attribution patterns match their examples and not their counter-examples', () => {
  const cases = ATTRIBUTIONS.flatMap((rule) => [
    ...rule.examples.map((text) => [rule.name, text, true] as const),
    ...rule.counterExamples.map((text) => [rule.name, text, false] as const),
  ]);
  it.each(cases)('%s: %s -> %s', (name, text, matches) => {
    const rule = ATTRIBUTIONS.find((r) => r.name === name)!;
    expect(new RegExp(rule.pattern, 'u').test(text)).toBe(matches);
  });
});

describe('the leading dateline pattern matches its examples and not its counter-examples', () => {
  const pattern = new RegExp(LEADING_DATELINE.pattern, 'u');
  it.each([
    ...LEADING_DATELINE.examples.map((t) => [t, true] as const),
    ...LEADING_DATELINE.counterExamples.map((t) => [t, false] as const),
  ])('%s -> %s', (text, matches) => {
    expect(pattern.test(text)).toBe(matches);
  });
});

describe('the update stamp label pattern matches its examples and not its counter-examples', () => {
  const pattern = new RegExp(UPDATE_STAMP_LABEL.pattern, 'u');
  it.each([
    ...UPDATE_STAMP_LABEL.examples.map((t) => [t, true] as const),
    ...UPDATE_STAMP_LABEL.counterExamples.map((t) => [t, false] as const),
  ])('%s -> %s', (text, matches) => {
    expect(pattern.test(text)).toBe(matches);
  });
});

describe('planOfPutOff() names the plan of its examples and none of its counter-examples', () => {
  it.each(PUT_OFF_PLAN.examples)('%s -> %s', (title, plan) => {
    expect(planOfPutOff(title)).toBe(plan);
  });
  it.each(PUT_OFF_PLAN.counterExamples)('%s -> none', (title) => {
    expect(planOfPutOff(title)).toBeUndefined();
  });
});

describe('endOfExtension() names the end of its examples and none of its counter-examples', () => {
  it.each(EXTENDED_END.examples)('%s -> %s', (title, end) => {
    expect(endOfExtension(title)).toBe(end);
  });
  it.each(EXTENDED_END.counterExamples)('%s -> none', (title) => {
    expect(endOfExtension(title)).toBeUndefined();
  });
});

describe('the stock ticker pattern matches its examples and not its counter-examples', () => {
  const pattern = new RegExp(STOCK_TICKER.pattern, 'u');
  it.each([
    ...STOCK_TICKER.examples.map((t) => [t, true] as const),
    ...STOCK_TICKER.counterExamples.map((t) => [t, false] as const),
  ])('%s -> %s', (text, matches) => {
    expect(pattern.test(text)).toBe(matches);
  });
});

describe('DIRECT_QUESTION matches its examples and not its counter-examples', () => {
  matchesItsExamples(
    'direct question',
    new RegExp(DIRECT_QUESTION.pattern, 'iu'),
    DIRECT_QUESTION.examples,
    DIRECT_QUESTION.counterExamples,
  );
});

describe('PREPOSITION_BEFORE_CONDITION matches its examples and not its counter-examples', () => {
  matchesItsExamples(
    'a preposition before a condition',
    new RegExp(PREPOSITION_BEFORE_CONDITION.pattern, 'iu'),
    PREPOSITION_BEFORE_CONDITION.examples,
    PREPOSITION_BEFORE_CONDITION.counterExamples,
  );
});

describe('PREPOSITION_BEFORE_CLAUSE: a preposition before a date a clause follows', () => {
  const before = new RegExp(PREPOSITION_BEFORE_CLAUSE.before, 'iu');
  const after = new RegExp(PREPOSITION_BEFORE_CLAUSE.after, 'iu');
  it.each(bracketedCases(PREPOSITION_BEFORE_CLAUSE))(
    '%s -> %s',
    (_sentence, dangles, text, date) => {
      expect(before.test(text.slice(0, date.start)) && after.test(text.slice(date.end))).toBe(
        dangles,
      );
    },
  );
});

describe('DISTANCE_SPLICE matches its examples and not its counter-examples', () => {
  matchesItsExamples(
    'a comma splice after a distance in time',
    new RegExp(DISTANCE_SPLICE.pattern, 'u'),
    DISTANCE_SPLICE.examples,
    DISTANCE_SPLICE.counterExamples,
  );
});

describe('AT_AN_AGE matches its examples and not its counter-examples', () => {
  matchesItsExamples(
    'a past at an age',
    new RegExp(AT_AN_AGE.pattern, 'u'),
    AT_AN_AGE.examples,
    AT_AN_AGE.counterExamples,
  );
});

describe('CLEFT_FOCUS matches its examples and not its counter-examples', () => {
  matchesItsExamples(
    'cleft on a date',
    new RegExp(CLEFT_FOCUS.pattern, 'u'),
    CLEFT_FOCUS.examples,
    CLEFT_FOCUS.counterExamples,
  );
});

describe('CLEFT_WHO matches its examples and not its counter-examples', () => {
  matchesItsExamples(
    'cleft on who acted',
    new RegExp(CLEFT_WHO.pattern, 'u'),
    CLEFT_WHO.examples,
    CLEFT_WHO.counterExamples,
  );
});

describe('POINTING_FOCUS matches its examples and not its counter-examples', () => {
  matchesItsExamples(
    'that is why',
    new RegExp(POINTING_FOCUS.pattern, 'u'),
    POINTING_FOCUS.examples,
    POINTING_FOCUS.counterExamples,
  );
});

describe('WHICH_TOOK_PLACE matches its examples and not its counter-examples', () => {
  matchesItsExamples(
    'which took place',
    new RegExp(WHICH_TOOK_PLACE.pattern, 'iu'),
    WHICH_TOOK_PLACE.examples,
    WHICH_TOOK_PLACE.counterExamples,
  );
});

describe('LEADING_LABEL matches its examples and not its counter-examples', () => {
  const pattern = new RegExp(LEADING_LABEL.pattern, 'u');
  it.each([
    ...LEADING_LABEL.examples.map((t) => [t, true] as const),
    ...LEADING_LABEL.counterExamples.map((t) => [t, false] as const),
  ])('%s -> %s', (text, matches) => {
    expect(pattern.test(text)).toBe(matches);
  });
});

describe('clause boundaries cut their example sentences as listed', () => {
  const cases = CLAUSE_BOUNDARIES.flatMap((b) =>
    b.examples.map((e) => [b.name, e.sentence, e.clauses] as const),
  );
  it.each(cases)('%s: %s', (_name, sentence, clauses) => {
    expect(splitClauses(asSentence(sentence)).map((c) => c.text)).toEqual(clauses);
  });
});

describe('names: each example sentence gives exactly its names', () => {
  it.each(NAME_EXAMPLES.map((e) => [e.sentence, e.names] as const))('%s', (sentence, names) => {
    expect(findNames(asSentence(sentence)).map((n) => n.text)).toEqual(names);
  });
});

/** Examples true, counter-examples false, each sentence with its date in [brackets]: the text and the date's span. */
function bracketedCases(rule: { examples: readonly string[]; counterExamples: readonly string[] }) {
  return [
    ...rule.examples.map((t) => [t, true] as const),
    ...rule.counterExamples.map((t) => [t, false] as const),
  ].map(([sentence, expected]) => {
    const start = sentence.indexOf('[');
    const end = sentence.indexOf(']') - 1;
    return [
      sentence,
      expected,
      sentence.replace('[', '').replace(']', ''),
      { start, end },
    ] as const;
  });
}

describe('counts: a date that only bounds a count qualifies the noun counted', () => {
  it.each(bracketedCases(COUNTED))('%s -> %s', (_sentence, counted, text, date) => {
    expect(boundsCount(text, date)).toBe(counted);
  });
});

describe('figures: a period that only says which figures a forecast gives qualifies it', () => {
  it.each(bracketedCases(FIGURES_FOR))('%s -> %s', (_sentence, figures, text, date) => {
    expect(namesFigures(text, date)).toBe(figures);
  });
});

describe('denied dates: a date set against the one before it and denied dates no event', () => {
  it.each(bracketedCases(DENIED_DATE))('%s -> %s', (_sentence, denied, text, date) => {
    expect(isDenied(text, date)).toBe(denied);
  });
});

describe('period ends: a date that ends a period named before it only says which', () => {
  it.each(bracketedCases(PERIOD_END))('%s -> %s', (_sentence, ends, text, date) => {
    expect(periodEndedAt(text, date) >= 0).toBe(ends);
  });
});

describe('offsets: a distance before or after a date moves the event off it', () => {
  it.each(bracketedCases(OFFSET_FROM))('%s -> %s', (_sentence, moved, text, date) => {
    const timex = {
      ...date,
      text: text.slice(date.start, date.end),
      type: 'DATE' as const,
      value: '2025-01-07',
    };
    expect(offsetFrom(text, timex) !== timex).toBe(moved);
  });
});

describe('new dates: the date something is put off to', () => {
  it.each(bracketedCases(NEW_DATE))('%s -> %s', (_sentence, moved, text, date) => {
    expect(isNewDate(text, date)).toBe(moved);
  });
});

describe('dates given up: a plan changed, told in an aside, anchors nothing', () => {
  it.each(bracketedCases(GIVEN_UP))('%s -> %s', (_sentence, givenUp, text, date) => {
    expect(isGivenUp(text, date)).toBe(givenUp);
  });
});

describe('comparisons: a date a record is measured from anchors nothing', () => {
  it.each(bracketedCases(COMPARISON))('%s -> %s', (_sentence, comparison, text, date) => {
    expect(isComparisonPoint(text, date)).toBe(comparison);
  });
});

describe('what did not happen: a sentence in the conditional perfect tells of no event', () => {
  const eventsOf = (raw: string) =>
    extractArticle({ id: 'x', raw, published: '2025-06-18' }).events.length;
  it.each(COUNTERFACTUAL.examples)('%s -> no event', (sentence) => {
    expect(eventsOf(sentence)).toBe(0);
  });
  it.each(COUNTERFACTUAL.counterExamples)('%s -> an event', (sentence) => {
    expect(eventsOf(sentence)).toBeGreaterThan(0);
  });
});

describe('a weekday of no particular week dates no event', () => {
  const extract = (raw: string, published: string) =>
    extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.label, e.title]);
  it('"a Monday in 2018" is one event, of a Monday in 2018, not a day', () => {
    expect(extract('The attack happened on a Monday in 2018.', '2025-03-14')).toEqual([
      ['a Monday in 2018', 'The attack happened'],
    ]);
  });
  it('"Sunday trading laws", "its Sunday hours": the weekday stays in the title and dates nothing', () => {
    expect(extract('The library will extend its Sunday hours in April.', '2025-03-10')).toEqual([
      ['April 2025', 'The library will extend its Sunday hours'],
    ]);
    expect(extract('The weekly Thursday market moved to the square.', '2024-03-09')).toEqual([
      ['March 9, 2024', 'The weekly Thursday market moved to the square'],
    ]);
  });
});

describe('a date in a quoted name stays in the title', () => {
  it('the single "Ash Wednesday", the album "Christmas in July"', () => {
    const titles = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2026-03-04' }).events.map((e) => e.title);
    expect(titles('Its first single, "Ash Wednesday," was released in 1989.')).toEqual([
      'Its first single, "Ash Wednesday," was released',
    ]);
    expect(titles('Her album "Christmas in July" came out in 2004.')).toEqual([
      'Her album "Christmas in July" came out',
    ]);
  });
});

describe('hours after a dated clause: the act is on that day, titled with what it came after', () => {
  const pattern = new RegExp(HOURS_TO_AFTER.pattern, 'iu');
  it.each(HOURS_TO_AFTER.examples)('%s -> hours', (text) => {
    expect(pattern.test(text)).toBe(true);
  });
  it.each(HOURS_TO_AFTER.counterExamples)('%s -> none', (text) => {
    expect(pattern.test(text)).toBe(false);
  });
  it('"A three-day truce collapsed hours after it began on Saturday" is one event of Saturday', () => {
    // (was two, one of "after February 28" and both titled "... collapsed hours")
    const events = extractArticle({
      id: 'x',
      raw: 'A three-day truce collapsed hours after it began on Saturday.',
      published: '2026-03-02',
    }).events.map((e) => [e.date.value, e.date.label, e.title]);
    expect(events).toEqual([
      ['2026-02-28', 'February 28, 2026', 'A three-day truce collapsed hours after it began'],
    ]);
  });
  it('with no distance, "after" a dated clause still bounds the act', () => {
    const events = extractArticle({
      id: 'x',
      raw: 'The truce collapsed after it began on Saturday.',
      published: '2026-03-02',
    }).events.map((e) => e.date.label);
    expect(events).toContain('after February 28, 2026');
  });
  it('hours after a noun with a date, no clause, is one event bounded by it', () => {
    // (was two since 0e84506: "Police arrived hours" after Feb. 28 and the same of Feb. 28)
    const events = extractArticle({
      id: 'x',
      raw: 'Police arrived hours after the shooting on Saturday.',
      published: '2026-03-02',
    }).events.map((e) => e.date.label);
    expect(events).toEqual(['after February 28, 2026']);
  });
});

describe('hours later: a new act on the day of the story, an event of its own', () => {
  const pattern = new RegExp(HOURS_LATER.pattern, 'iu');
  it.each(HOURS_LATER.examples)('%s -> hours later', (sentence) => {
    expect(pattern.test(sentence)).toBe(true);
  });
  it.each(HOURS_LATER.counterExamples)('%s -> none', (sentence) => {
    expect(pattern.test(sentence)).toBe(false);
  });
  it('"She was shot on Dec. 20. She died hours later." gives the death too, on Dec. 20', () => {
    const events = extractArticle({
      id: 'x',
      raw: 'Tamara Brennan was shot on Dec. 20 outside the bar. She died hours later.',
      published: '2024-12-29',
    }).events.map((e) => [e.date.value, e.title]);
    expect(events).toEqual([
      ['2024-12-20', 'Tamara Brennan was shot outside the bar'],
      ['2024-12-20', 'Tamara Brennan died'],
    ]);
  });
});

describe('days later: a new act after the last date told, an event of its own', () => {
  const pattern = new RegExp(DAYS_LATER.pattern, 'iu');
  it.each(DAYS_LATER.examples)('%s -> days later', (sentence) => {
    expect(pattern.test(sentence)).toBe(true);
  });
  it.each(DAYS_LATER.counterExamples)('%s -> none', (sentence) => {
    expect(pattern.test(sentence)).toBe(false);
  });
  const eventsOf = (raw: string): string[][] =>
    extractArticle({ id: 'x', raw, published: '2025-03-10' }).events.map((e) => [
      e.date.label,
      e.title,
    ]);
  it('"Days later, the governor declared an emergency" is after the storm, not part of it', () => {
    expect(
      eventsOf('The storm hit on Tuesday. Days later, the governor declared an emergency.'),
    ).toEqual([
      ['March 4, 2025', 'The storm hit'],
      ['after March 4, 2025', 'The governor declared an emergency'],
    ]);
  });
  it('"Years later" counts from a year', () => {
    expect(eventsOf('The plant closed in 2015. Years later, the site became a park.')).toEqual([
      ['2015', 'The plant closed'],
      ['after 2015', 'The site became a park'],
    ]);
  });
  it('"just over an hour later" leaves the title whole', () => {
    const [, died] = eventsOf(
      'Doctors operated on him on Friday. Just over an hour later, he was declared dead.',
    );
    expect(died).toEqual(['March 7, 2025', 'He was declared dead']);
  });
  it('a name of one word with a wife is a person a "he" may stand for (KIN_WORDS)', () => {
    const [, died] = eventsOf(
      'The bullet entered through a kitchen window on Friday, Glenn Murray, a lawyer, said. ' +
        "Slepian's wife and one son tried to revive him. Just over an hour later, he was declared dead.",
    );
    expect(died).toEqual(['March 7, 2025', 'Slepian was declared dead']);
  });
});

describe('titles of whole articles: subjects found as a reader finds them', () => {
  const titles = (raw: string, published = '2025-03-10'): string[][] =>
    extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);
  it("a date that is its verb's object leaves no hole in a title; nor a day's year and its comma", () => {
    expect(
      titles('In 2021, the city celebrated the Fourth of July with fireworks.', '2024-03-14'),
    ).toContainEqual(['2021-07-04', 'The city celebrated the Fourth of July with fireworks']);
    // (an obituary's opening participle: was "She Born, in Ohio")
    expect(titles('Born on July 4, 1931, in Ohio, she died Tuesday at 92.', '2024-03-14')).toEqual([
      ['1931-07-04', 'She was born in Ohio'],
      ['2024-03-12', 'She died at 92'],
    ]);
  });
  it('a bare verb after "and" shares the modal, not the verb ("would cut ... and halt")', () => {
    expect(
      titles(
        'Technicians will replace the faulty valve this week and repeat the test on Saturday.',
      ),
    ).toContainEqual(['2025-03-15', 'Technicians will repeat the test']);
  });
  it('a second verb after a relative aside goes with its noun ("which was announced ... and went on sale")', () => {
    expect(
      titles(
        'The company has not released a product since its smartwatch, which was announced in September 2019 and went on sale the following month.',
      ),
    ).toContainEqual(['2019-10', 'Its smartwatch went on sale']);
  });
  it('an age in apposition is not whom "who" names ("Cerys Morgan, 19, who read the list")', () => {
    expect(
      titles(
        '"I never met him," said Cerys Morgan, 19, who read the list this year for the first time.',
      ),
    ).toContainEqual(['2025', 'Cerys Morgan read the list for the first time']);
  });
  it('a bound on a distance puts the date on its side ("more than a decade ago" is before 2011)', () => {
    const labels = extractArticle({
      id: 'x',
      raw: 'The fight began more than a decade ago. The dispute ended less than a year ago.',
      published: '2021-03-09',
    }).events.map((e) => [e.date.label, e.date.approximate]);
    expect(labels).toEqual([
      ['before 2011', true],
      ['after 2020', true],
    ]);
  });
  it('a gallery is no "she" ("at the small Galerie Renaud. She returned home")', () => {
    expect(
      titles(
        'Odile Sarrazin moved to Paris in 1955 and had her first solo exhibition there four years later, at the small Galerie Renaud. She returned home in 1962.',
      ),
    ).toContainEqual(['1962', 'Odile Sarrazin returned home']);
  });
  it('a year that dates a made thing dates no event ("A 1962 painting ... sold")', () => {
    expect(
      titles('A 1962 painting by Ines Ruiz sold for $41.2 million at auction.', '2025-11-19'),
    ).toEqual([['2025-11-19', 'A 1962 painting by Ines Ruiz sold for $41.2 million at auction']]);
  });
  it('a year that names a document dates no event, but its making ("signed the 2014 protocol")', () => {
    expect(titles('Officials cited the 1920 treaty.', '2025-11-19')).toEqual([
      ['2025-11-19', 'Officials cited the 1920 treaty'],
    ]);
    expect(titles('The council adopted Resolution 2731 (2024) on Tuesday.', '2025-11-19')).toEqual([
      ['2025-11-18', 'The council adopted Resolution 2731'],
    ]);
    expect(titles('Her predecessor signed the 2014 protocol.', '2025-11-19')).toEqual([
      ['2014', 'Her predecessor signed the 2014 protocol'],
    ]);
    // (releasing a recording is no making of it)
    expect(titles('The label released a 1969 recording on Friday.', '2025-11-19')).toEqual([
      ['2025-11-14', 'The label released a 1969 recording'],
    ]);
  });
  it('a strike called off dates nothing at either of its days ("planned for March 18 and 19")', () => {
    expect(
      extractArticle({
        id: 'x',
        raw: 'The union called off a 48-hour strike planned for March 18 and 19.',
        published: '2025-03-04',
      }).events.map((e) => [e.date.value, e.status, e.title]),
    ).toEqual([
      [
        '2025-03-04',
        'happened',
        'The union called off a 48-hour strike planned for March 18 and 19',
      ],
    ]);
  });
  it('"will run until 31 October" runs from the report to that day', () => {
    expect(
      extractArticle({
        id: 'x',
        raw: 'The offer will run until 31 October.',
        published: '2025-10-06',
      }).events.map((e) => [e.date.label, e.status]),
    ).toEqual([['October 6–31, 2025', 'ongoing']]);
  });
  it('a day that names an occasion is not outranked by "now" ("at its Dec. 9-10 meeting")', () => {
    expect(
      extractArticle({
        id: 'x',
        raw: 'Traders now see a 44% chance the Fed will lower rates at its Dec. 9-10 meeting.',
        published: '2025-11-14',
      }).events.map((e) => [e.date.label, e.status]),
    ).toEqual([['December 9–10, 2025', 'planned']]);
  });
  it('what an "after" clause tells a distance before the day is an event of its own', () => {
    const events = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2013-01-30' }).events.map((e) => [
        e.date.value,
        e.title,
      ]);
    expect(
      events('French troops entered Timbuktu on Monday, two days after French forces took Gao.'),
    ).toEqual([
      ['2013-01-26', 'French forces took Gao'],
      ['2013-01-28', 'French troops entered Timbuktu'],
    ]);
    // years and months go back from a year or a month, and the story goes on from the main act
    const years = extractArticle({
      id: 'x',
      raw: 'The two countries signed a treaty in 1961, a year after Morvania gained independence. The arrangement held for four decades.',
      published: '2021-06-09',
    }).events.map((e) => [e.date.value, e.title]);
    expect(years).toEqual([
      ['1960', 'Morvania gained independence'],
      ['1961', expect.stringMatching(/^The two countries signed a treaty/u)],
    ]);
    // and the other way: the main act the distance after the day of its "after" clause
    const later = extractArticle({
      id: 'x',
      raw: 'Olaf Scholz announced a fund for the armed forces three days after Russia invaded Ukraine on February 24.',
      published: '2022-07-19',
    }).events.map((e) => [e.date.value, e.title]);
    expect(later).toContainEqual([
      '2022-02-27',
      'Olaf Scholz announced a fund for the armed forces',
    ]);
    // the distance counts from the day the narrative put the clause at
    expect(
      events(
        'Keane resigned on Monday. The resignation came a day after the regulator served a notice.',
      ),
    ).toEqual([
      ['2013-01-27', 'The regulator served a notice'],
      ['2013-01-28', 'Keane resigned'],
    ]);
    // a length is no distance
    expect(
      events('Oil stopped flowing on Thursday for the first time in 87 days after a cap held.'),
    ).toHaveLength(1);
  });
  it("a timeline's entry goes on in the historical present at the entry's date", () => {
    expect(
      extractArticle({
        id: 'x',
        raw: 'Oct. 14, 1962: A U-2 spy plane photographs missile sites.\nOct. 22: Kennedy goes on television. He announces a naval quarantine of Cuba.',
        published: '2012-10-16',
      }).events.map((e) => [e.date.value, e.sources.length]),
    ).toEqual([
      ['1962-10-14', 1],
      ['1962-10-22', 2],
    ]);
  });
  it('an entry that only names its day (\'Oct. 27: "Black Saturday."\') dates what follows', () => {
    expect(
      extractArticle({
        id: 'x',
        raw: 'Oct. 14, 1962: A U-2 spy plane photographs missile sites.\n\nOct. 27: "Black Saturday." A U-2 is shot down over Cuba, killing its pilot.',
        published: '2012-10-16',
      }).events.map((e) => [e.date.value, e.title]),
    ).toEqual([
      ['1962-10-14', 'A U-2 spy plane photographs missile sites'],
      ['1962-10-27', 'A U-2 is shot down over Cuba'],
    ]);
  });
  it('a "he" goes on with a person named in full two ways ("Mohamed Hosni Mubarak")', () => {
    const titles = extractArticle({
      id: 'x',
      raw:
        'Hosni Mubarak resigned on Friday. "President Mohamed Hosni Mubarak has decided to give up the office," Omar Suleiman said on Friday. ' +
        'Mubarak flew to Sharm el-Sheikh on Friday. He had defied expectations in a speech on Thursday.',
      published: '2011-02-12',
    }).events.map((e) => e.title);
    expect(titles).toContain('Hosni Mubarak had defied expectations in a speech');
  });
  it('a participle goes on with its sentence\'s "she", never a man named anywhere else', () => {
    const titles = extractArticle({
      id: 'x',
      raw:
        'Margaret Ellison, who spent three decades in the Senate, died on Tuesday. She was 88.\n\n' +
        'Her daughter, Claire, said the cause was heart failure.\n\n' +
        'Ellison was born on June 3, 1934, in Bangor. She studied history at the University of Maine, graduating in 1956, and earned a law degree three years later.\n\n' +
        'Her husband, the architect Daniel Ellison, died in 2011. In addition to her daughter, she is survived by two sons.',
      published: '2023-03-15',
    }).events.map((e) => e.title);
    expect(titles.some((t) => t.startsWith('Daniel Ellison graduated'))).toBe(false);
  });
  it('a "since" clause dates the main act only when the act has no day of its own', () => {
    const events = (raw: string, published: string) =>
      extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);
    expect(
      events(
        'The institute said 18 people had died on Monday, bringing the toll to 203 since the first case was confirmed on July 2.',
        '2024-08-21',
      ),
    ).toContainEqual(['2024-07-02', 'The first case was confirmed']);
  });
  it('a date set for stays in the title; a plan as it stands is the event of its date alone', () => {
    const titles = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2026-03-19' }).events.map((e) => [
        e.date.value,
        e.title,
      ]);
    expect(titles('The judge set sentencing for May 14.')).toEqual([
      ['2026-05-14', 'The judge set sentencing for May 14'],
    ]);
    expect(titles('The trial is scheduled for June 2.')).toEqual([
      ['2026-06-02', 'The trial is scheduled'],
    ]);
  });
  it("a saying trailing a state since an act dates the saying, not the act's state", () => {
    const told = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2024-03-13' }).events.map((e) => [
        e.date.label,
        e.title,
      ]);
    expect(
      told('Prices have soared since the drought began in 2022, officials said on Monday.'),
    ).toEqual([
      ['since 2022', 'Prices have soared'],
      ['2022', 'The drought began'],
      ['March 11, 2024', 'Prices have soared since the drought began, officials said'],
    ]);
    expect(
      told('More than 300 people have died since the fighting began, the ministry said Tuesday.'),
    ).toEqual([['March 12, 2024', 'More than 300 people have died since the fighting began']]);
  });
  it('the day of a trailing saying dates what was said, not the clause it is glued to', () => {
    const titles = (raw: string, published: string) =>
      extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);
    expect(
      titles(
        'The crew reported a fire before the plane crashed, investigators said Tuesday.',
        '2024-05-15',
      ),
    ).toEqual([['2024-05-14', 'The crew reported a fire before the plane crashed']]);
    expect(
      titles(
        'Zambia recorded 412 new cases, the most since the outbreak began, health authorities said Wednesday.',
        '2024-08-22',
      ),
    ).toEqual([['2024-08-21', 'Zambia recorded 412 new cases']]);
  });
  it.each([
    // a second verb phrase with a date of its own keeps the subject, after an adverb too
    [
      'The firm opened in 2001 and later moved to Leeds in 2005.',
      ['The firm opened', 'The firm later moved to Leeds'],
    ],
    [
      'Rovers were relegated in 1988 and nearly went out of business in 2009.',
      ['Rovers were relegated', 'Rovers nearly went out of business'],
    ],
    // ... after a verb of intent in -s
    [
      'The company will set up a refund website on Friday and expects to begin mailing checks in March.',
      ['The company will set up a refund website', 'The company expects to begin mailing checks'],
    ],
    // ... and after a figure's comma ("50,000" is no break)
    [
      'A vaccination campaign will start on Tuesday and is meant to reach 50,000 people by the end of the month.',
      [
        'A vaccination campaign will start',
        'A vaccination campaign is meant to reach 50,000 people',
      ],
    ],
    ['Sales rose in 2022 and only fell in 2023.', ['Sales rose', 'Sales only fell']],
    // (not a plural noun of intent that has its own verb: "plans to expand were shelved")
    [
      'The company grew in 2008 and plans to expand in 2025 were shelved.',
      ['The company grew', 'Plans to expand were shelved'],
    ],
    // (not another subject after "and": "and officials say")
    [
      'About 2,000 residents were evacuated this morning, and officials say they cannot return until Friday.',
      ['About 2,000 residents were evacuated', 'Officials say they cannot return'],
    ],
  ])('a verb phrase after "and" has its own date and its subject: %s', (raw, titles) => {
    const made = extractArticle({ id: 'x', raw, published: '2023-02-16' }).events.map(
      (e) => e.title,
    );
    expect(made.sort()).toEqual([...titles].sort());
  });
  it.each([
    // an acronym is no relative pronoun ("the WHO said")
    [
      'Tanzania confirmed 12 cases on Thursday, the WHO said in a statement on Friday.',
      'Tanzania confirmed 12 cases, the WHO said in a statement',
    ],
    // a name in -ly is no adverb before a verb ("Italy placed", not "The UN Italy placed")
    [
      'The UN declared the outbreak a pandemic on Wednesday, and Italy placed its population under lockdown on Monday.',
      'Italy placed its population under lockdown',
    ],
    // a grade goes with its adverb of time, a verb keeps its particle
    ['She most recently performed in London in December.', 'She performed in London'],
    ['The startup broke through in 2017.', 'The startup broke through'],
    // a possessive's noun is who the aside names, and stays to say what the name is
    [
      'His successor, the former Stoke defender Paul Hendry, took charge on 21 September.',
      'His successor Paul Hendry took charge',
    ],
  ])('titles keep what is not a date or a clause: %s', (raw, title) => {
    const titles = extractArticle({ id: 'x', raw, published: '2025-03-14' }).events.map(
      (e) => e.title,
    );
    expect(titles).toContain(title);
  });
  it('a dateless state in the present passive is no event of its own', () => {
    const titles = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2021-01-09' }).events.map((e) => e.title);
    expect(
      titles(
        'Marguerite Olsen died on Wednesday. In addition to her son, she is survived by a daughter, Ingrid, and five grandchildren.',
      ),
    ).toEqual(['Marguerite Olsen died']);
    // (a plan told so, with its date, is the news of that date)
    expect(titles('A public memorial is planned for Jan. 22.')).toEqual([
      'A public memorial is planned',
    ]);
  });
  it('a year named alone that frames a later, finer date in its clause is no event of its own', () => {
    const events = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2025-03-10' }).events.map((e) => [
        e.date.value,
        e.title,
      ]);
    expect(events('In 2022, her tour was cut short in October.')).toEqual([
      ['2022-10', 'Her tour was cut short'],
    ]);
    // (a year set off after the subject frames the sentence as an opening one does)
    expect(events('Her last tour, in 2022, was cut short in October.')).toEqual([
      ['2022-10', 'Her last tour was cut short'],
    ]);
    expect(events('Last year, Ramadan began on March 11.')).toEqual([
      ['2024-03-11', 'Ramadan began'],
    ]);
    // (not a period's end, nor a year whose clause a saying's day closes)
    expect(
      events(
        'The country will close the camp by the end of the year, the government announced on Wednesday.',
      )
        .map((e) => e[0])
        .sort(),
    ).toEqual(['2025', '2025-03-05']);
    expect(
      events(
        'Exports rose 28 percent in the first five months of this year, official data showed Wednesday.',
      )
        .map((e) => e[0])
        .sort(),
    ).toEqual(['2025', '2025-03-05']);
  });
  it('a habit, or a quotation with no date and nothing to join, is no event of its own', () => {
    const events = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2024-05-30' }).events.map((e) => [
        e.date.value,
        e.title,
      ]);
    expect(
      events(
        'The bakery opened in September 1994. "People keep telling me I should write a cookbook," she said.',
      ),
    ).toEqual([['1994-09', 'The bakery opened']]);
    expect(events('The monsoon usually arrives in June.')).toEqual([]);
    expect(
      events('Retailers typically earn most of their profit between April and September.'),
    ).toEqual([]);
  });
  it('a past told with no calendar date ("66 million years ago", a year BC) is of no day of the story', () => {
    const events = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2024-12-08' }).events.map((e) => [
        e.date.value,
        e.title,
      ]);
    expect(events('Dinosaurs roamed here 200 million years ago, researchers said.')).toEqual([]);
    expect(events('People farmed the valley 5,000 years ago.')).toEqual([]);
    // (a recent past is near the day's news and still dates so)
    expect(events('The search was recently extended to Mexico.')).toEqual([
      ['2024-12-08', 'The search was extended to Mexico'],
    ]);
  });
  it('a date that says which goods a noun counts dates no event and stays in the title', () => {
    const events = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2024-08-02' }).events.map((e) => [
        e.date.value,
        e.title,
      ]);
    expect(
      events('The company recalled 40,000 cars built between 2015 and 2018 on Tuesday.'),
    ).toEqual([['2024-07-30', 'The company recalled 40,000 cars built between 2015 and 2018']]);
    expect(
      events(
        'On June 11, inspectors found the strain, and the recall was expanded to products made since Jan. 1. The plant was shut the same week.',
      ).map((e) => e[0]),
    ).toEqual(['2024-W24', '2024-06-11']);
  });
  it("a second verb phrase's subject pronoun is the main clause's, and a titled name keeps its pronoun", () => {
    const titles = extractArticle({
      id: 'x',
      raw: 'Ruth Lang never planned a career in politics.\n\nWhen Finance Minister Alan Brody resigned in November 2019, the prime minister picked her to replace him; she was sworn in on December 2, 2019.\n\nShe tore it up and presented an emergency package on April 6, 2020.',
      published: '2023-06',
    }).events.map((e) => e.title);
    expect(titles).toContain('Ruth Lang presented an emergency package');
    expect(titles.join(' ')).not.toContain('Alan Brody presented');
  });
  it('what the review of habits, quotations, goods, pronouns and framing years found', () => {
    const events = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2024-05-15' }).events.map((e) => [
        e.date.value,
        e.title,
      ]);
    // a quoted title opens no speech
    expect(events('"Oppenheimer" won best picture at the Academy Awards.')).toHaveLength(1);
    // a statistic's period is its date
    expect(
      events('Cars sold in April rose 12 percent, the industry group said on Monday.'),
    ).toContainEqual(['2024-04', 'Cars sold rose 12 percent']);
    // a surname is no first name: "She" is Ilhan Omar
    expect(
      events('Rep. Ilhan Omar spoke at a rally on Monday.\n\nShe introduced a bill on Tuesday.'),
    ).toContainEqual(['2024-05-14', 'Ilhan Omar introduced a bill']);
    // a framing year is no title's word
    expect(events('Last year, the team won the league in May and the cup in June.')).toEqual([
      ['2023-05', 'The team won the league'],
      ['2023-06', 'The team won the cup'],
    ]);
    // a habit beside a plan in its sentence: only the plan
    expect(
      events(
        'The company typically reports earnings in late July, and it said on Monday it would report on July 30.',
      ).map((e) => e[0]),
    ).toEqual(['2024-05-13', '2024-07-30']);
  });
  it('consecutive days listed in one clause are one event over all of them', () => {
    const events = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2024-05-15' }).events.map((e) => [
        e.date.label,
        e.title,
      ]);
    expect(events('Heavy snow closed schools on Monday and Tuesday.')).toEqual([
      ['May 13–14, 2024', 'Heavy snow closed schools'],
    ]);
    expect(events('A curfew was in force on May 2 and 3, police said.')).toEqual([
      ['May 2–3, 2024', 'A curfew was in force'],
    ]);
    // (the list leaves the title whole or not at all: was "planned for Thursday")
    expect(events('More flights are planned for Thursday and Friday.')).toContainEqual([
      'May 16–17, 2024',
      'More flights are planned',
    ]);
    expect(events('Schools closed on Monday, Tuesday and Wednesday.')).toEqual([
      ['May 13–15, 2024', 'Schools closed'],
    ]);
    // (days apart, either of two days, a day that opens a verb phrase of its own, a day that
    // names a thing, are each their own)
    expect(events('Police arrested him on Monday and on Tuesday charged him with murder.')).toEqual(
      [
        ['May 13, 2024', 'Police arrested him'],
        ['May 14, 2024', 'Charged him with murder'],
      ],
    );
    expect(
      events("Voters went to the polls on Monday and Tuesday's count showed a tie.").map(
        (e) => e[0],
      ),
    ).toEqual(['May 13, 2024']);
    expect(events('Heavy snow closed schools on Monday and Wednesday.')).toEqual([
      ['May 13, 2024', 'Heavy snow closed schools'],
      ['May 15, 2024', 'Heavy snow closed schools'],
    ]);
    expect(events('Voters can cast ballots on Monday or Tuesday.')).toEqual([
      ['May 20, 2024', 'Voters can cast ballots'],
      ['May 21, 2024', 'Voters can cast ballots'],
    ]);
  });
  it("an occasion's day dates the past act it names beside a trailing saying's day", () => {
    const titles = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2024-11-14' }).events.map((e) => [
        e.date.value,
        e.title,
      ]);
    expect(titles('Smith won the Nov. 5 election, officials said on Wednesday.')).toEqual([
      ['2024-11-05', 'Smith won the Nov. 5 election'],
      ['2024-11-13', 'Smith won the Nov. 5 election, officials said'],
    ]);
    // (not an occasion the act only comes after, nor one of an act still going on)
    expect(
      titles('Police arrested Jones after the Nov. 5 attack, officials said on Wednesday.'),
    ).toEqual([['2024-11-13', 'Police arrested Jones after the Nov. 5 attack']]);
    expect(
      titles('Police are investigating the Nov. 5 attack, officials said on Wednesday.'),
    ).toEqual([['2024-11-13', 'Police are investigating the Nov. 5 attack']]);
    // (nor one the act changes, nor one after the saying)
    expect(titles('Officials postponed the Nov. 20 vote, the council said on Wednesday.')).toEqual([
      ['2024-11-13', 'Officials postponed the Nov. 20 vote'],
    ]);
    expect(titles('The band cancelled its Nov. 3 concert, its label said on Wednesday.')).toEqual([
      ['2024-11-13', 'The band cancelled its Nov. 3 concert'],
    ]);
  });
  it.each([
    // an object relative: its own subject and verb, then its noun as the object
    [
      'The company lifted its forecast for its new ulcer drug, which regulators approved in May.',
      'Regulators approved its new ulcer drug',
    ],
    [
      'Police found the car, which the suspect had abandoned on Sunday.',
      'The suspect had abandoned the car',
    ],
    [
      'Floods damaged the bridge, which officials hope to reopen on Friday.',
      'Officials hope to reopen the bridge',
    ],
    // ("expect X to": what is expected is the noun's own act; a verb in -ing goes with its verb)
    [
      'The storm hit the coast, which forecasters expect to weaken on Friday.',
      'Forecasters expect the coast to weaken',
    ],
    [
      'The new drug, which patients began taking in May, is costly.',
      'Patients began taking the new drug',
    ],
    // "whose": the noun owns the clause's subject
    [
      'The suit was led by Denise Ochoa, whose husband died of kidney cancer in May.',
      'Denise Ochoa’s husband died of kidney cancer',
    ],
  ])('a relative clause with its own subject is titled in its order: %s', (raw, title) => {
    const titles = extractArticle({ id: 'x', raw, published: '2023-06-20' }).events.map(
      (e) => e.title,
    );
    expect(titles).toContain(title);
  });
  it("a short relative clause's own date is its act, not the main clause's", () => {
    const titles = extractArticle({
      id: 'x',
      raw: 'Smith, who retired in March, was arrested on Monday.',
      published: '2019-04-16',
    }).events.map((e) => [e.date.value, e.title]);
    expect(titles).toEqual([
      ['2019-03', 'Smith retired'],
      ['2019-04-15', 'Smith was arrested'],
    ]);
  });
  it('a "since" clause tells what happened on its date, and the main clause a state from it', () => {
    const events = (raw: string, published = '2024-03-10') =>
      extractArticle({ id: 'x', raw, published }).events.map((e) => [
        e.date.label,
        e.status,
        e.title,
      ]);
    expect(
      events(
        'Thousands of Russians have fled to Belarus since the war broke out in February 2022.',
        '2023-05-17',
      ),
    ).toEqual([
      ['since February 2022', 'ongoing', 'Thousands of Russians have fled to Belarus'],
      ['February 2022', 'happened', 'The war broke out'],
    ]);
    // a state told with "has been"; the "it" of the clause is the main clause's subject
    expect(
      events(
        'Consumer spending has been weak since the central bank began raising rates in May 2022.',
      ),
    ).toEqual([
      ['since May 2022', 'ongoing', 'Consumer spending has been weak'],
      ['May 2022', 'happened', 'The central bank began raising rates'],
    ]);
    expect(events('The ceasefire has held since it took effect on Saturday.')).toContainEqual([
      'March 9, 2024',
      'happened',
      'The ceasefire took effect',
    ]);
    // (an "it" that stands for nothing stays)
    expect(
      events(
        'Shares have slumped since it emerged in January that the company had misstated profits.',
      ),
    ).toContainEqual([
      'January 2024',
      'happened',
      'It emerged that the company had misstated profits',
    ]);
    // no state: a saying, a present that is no "has been", a record, a "since" with no clause of
    // its own, one that hangs on another clause
    for (const raw of [
      'Since the decision was announced on Wednesday, they have said they will appeal.',
      'Following is a timeline of key events since the party won power in January.',
      'It is the deadliest attack since the ceasefire took effect in 2016.',
      'He has averaged 18.4 points since returning on Jan. 22.',
      'The Italian has been the subject of talks since the spring and his club have set a deadline of the end of the month.',
      'Talvara has sent guards this week, after 98,000 men crossed the border since Rodnia announced a mobilisation on Sept. 21.',
      // a cause; an "it" that the main subject, a count or a measure, does not stand for
      'The match has been postponed, since the stadium was damaged in a storm on Sunday.',
      'More than 500 people have died since it started in February.',
      'The price has risen 40% since it was introduced in 2019.',
    ])
      expect(
        events(raw).filter(([, status]) => status === 'ongoing'),
        raw,
      ).toEqual([]);
  });
  it('how a source spoke is no act: its date is the saying\'s ("on condition of anonymity")', () => {
    expect(
      extractArticle({
        id: 'x',
        raw: '"We raised this again and again," said a former employee who spoke on condition of anonymity on Wednesday.',
        published: '2023-09-27',
      }).events.map((e) => e.title),
    ).toEqual(['"We raised this again and again," said a former employee']);
  });
  it("the year of a target or forecast dates no act: the setting is the day's news", () => {
    const events = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2024-03-05' }).events.map((e) => [
        e.date.value,
        e.title,
      ]);
    expect(events('The government set a growth target for 2024 of around 5 percent.')).toEqual([
      ['2024-03-05', 'The government set a growth target for 2024 of around 5 percent'],
    ]);
    expect(events('The bank cut its forecast for 2025.')).toEqual([
      ['2024-03-05', 'The bank cut its forecast for 2025'],
    ]);
  });
  it('a figure restated after "or" opens no clause ("$412 million, or 61 cents a share,")', () => {
    expect(
      extractArticle({
        id: 'x',
        raw: 'Net income fell to $412 million, or 61 cents a share, in the quarter ended Sept. 30, from $665 million a year earlier.',
        published: '2023-10-26',
      }).events.map((e) => [e.date.value, e.title]),
    ).toEqual([['2023-Q3', 'Net income fell to $412 million']]);
  });
  it('what is still to come that day is not what happened that day', () => {
    const events = extractArticle({
      id: 'x',
      raw: 'Survivors gathered on the beach on Thursday to lay wreaths. On Thursday evening, residents will light candles along the sea wall.',
      published: '2024-12-26',
    }).events.map((e) => [e.status, e.title]);
    expect(events).toEqual([
      ['happened', 'Survivors gathered on the beach to lay wreaths'],
      ['planned', 'Residents will light candles along the sea wall'],
    ]);
  });
  it('a date that qualifies a noun dates no act still to come', () => {
    const events = (raw: string, published: string) =>
      extractArticle({ id: 'x', raw, published }).events.map((e) => e.date.value);
    expect(
      events(
        'The council said on Saturday that it would honour its 1979 peace treaty.',
        '2011-02-12',
      ),
    ).toEqual(['2011-02-12']);
    // (a past act keeps it: the noun's date may be the act's)
    expect(
      events('Police said on Monday that the 2010 attack had been planned abroad.', '2013-03-04'),
    ).toContain('2010');
  });
  it('a time told again in brackets in another zone dates nothing of its own', () => {
    expect(
      extractArticle({
        id: 'x',
        raw: 'The quake struck at 9:40 p.m. local time on Saturday (0240 GMT on Sunday), officials said.',
        published: '2023-09-10',
      }).events.map((e) => [e.date.label, e.title]),
    ).toEqual([['September 9, 2023', 'The quake struck']]);
  });
  it('a date after a bound is some time after it, or by then ("after Labor Day")', () => {
    const dates = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2010-05-20' }).events.map((e) => [
        e.date.label,
        e.title,
      ]);
    expect(dates('The city expects demolition to begin after Labor Day.')).toEqual([
      ['after September 6, 2010', 'The city expects demolition to begin'],
    ]);
    expect(dates('The council will vote no later than June 30.')).toEqual([
      ['by June 30, 2010', 'The council will vote'],
    ]);
    // an act told before a past date is some time before it; before a date ahead, the deadline
    // of a plan keeps its day
    expect(dates('The company had cut 300 jobs before 2008.')).toEqual([
      ['before 2008', 'The company had cut 300 jobs'],
    ]);
    expect(dates('The law must be passed before June 1.')[0]![0]).toBe('June 1, 2010');
    expect(dates('The shop did not reopen before May 1.')[0]![0]).toBe('May 1, 2010');
    // a time of day stays on its day, and a plan's time is the plan's
    expect(dates('The tornado struck shortly after 2 a.m. Sunday.')[0]![0]).toBe('May 16, 2010');
    expect(dates('Schools might not reopen until after Thanksgiving.')[0]![0]).toBe(
      'November 25, 2010',
    );
  });
  it('other subjects doing other things on one day are other events', () => {
    const events = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2020-05-05' }).events.map((e) => e.title);
    expect(
      events(
        'The city council approved the budget on Monday. The mayor fired the police chief on Monday.',
      ),
    ).toEqual(['The city council approved the budget', 'The mayor fired the police chief']);
    expect(
      events(
        'Halden and Provex agreed to merge on Monday. Separately, Halden announced 5,000 job cuts on Monday.',
      ),
    ).toEqual(['Halden and Provex agreed to merge', 'Halden announced 5,000 job cuts']);
    // a name in common does not make the reply of another subject the same act
    expect(
      events(
        "Ostravia reintroduced checks on its border with Kelmar on Monday. Kelmar's foreign ministry summoned the Ostravian ambassador on Monday.",
      ),
    ).toEqual([
      'Ostravia reintroduced checks on its border with Kelmar',
      "Kelmar's foreign ministry summoned the Ostravian ambassador",
    ]);
    expect(
      events(
        "Ostravia reintroduced checks on its border with Kelmar on Monday. Kelmar's foreign ministry said on Monday the move was illegal.",
      ),
    ).toHaveLength(1);
    // ... nor an act of the same subject
    expect(
      events(
        "Apple unveiled the new iPhone on Monday. Apple's chief executive showed off the device on Monday.",
      ),
    ).toHaveLength(1);
    // what others said of it that day is more of the same news
    expect(
      events(
        'The city council approved the budget on Monday. The mayor said on Monday it was fair.',
      ),
    ).toHaveLength(1);
  });
  it('a subject before an aside is the subject of the main clause that resumes after it', () => {
    const events = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2025-01-20' }).events.map((e) => e.title);
    // the concession is Bergh's act, not more of the results' news
    expect(
      events(
        "The opposition Civic Alliance won the most seats in Sunday's election, preliminary results showed on Monday. Bergh, who has been prime minister for eight years, conceded defeat early on Monday.",
      ),
    ).toEqual([
      "The opposition Civic Alliance won the most seats in Sunday's election",
      'Bergh conceded defeat',
    ]);
    // with the subject in the clause of the aside's opener or in a head of its own
    const sentence = analyseArticle(
      readArticle({
        id: 'x',
        raw: 'The vote ended. Anton Bergh, who led the party, conceded defeat on Monday.',
        published: '2025-01-20',
      }),
      [],
      null,
    )[1]!;
    expect(sentence.main.text).toBe('conceded defeat on Monday.');
    expect(sentence.main.roles.subjects).toEqual(['Anton Bergh']);
  });
  it('an article of one sentence is its news, not a headline', () => {
    expect(
      extractArticle({
        id: 'x',
        raw: 'Lindqvist said on Wednesday the results were "clinically meaningful."',
        published: '2024-11-14',
      }).events.map((e) => [e.date.value, e.title]),
    ).toEqual([['2024-11-13', 'Lindqvist said the results were "clinically meaningful."']]);
  });
  it('the period of the figures reported is not when they were reported', () => {
    const events = (raw: string, published: string) =>
      extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);
    expect(
      events(
        'Great Lakes Motors reported a loss of 2.5 billion dollars for the third quarter on November 7.',
        '2008-11-18',
      ),
    ).toEqual([
      [
        '2008-11-07',
        'Great Lakes Motors reported a loss of 2.5 billion dollars for the third quarter',
      ],
    ]);
    // a period named by its end is one period, and the report is the day's news
    expect(
      events(
        'Northfield Paper Co. posted a loss for its fiscal fourth quarter, ended June 30, as demand fell.',
        '1991-07-24',
      ),
    ).toEqual([['1991-07-24', 'Northfield Paper Co. posted a loss for its fiscal fourth quarter']]);
  });
  it('a name set between commas in a clause of "after" leaves the clause whole', () => {
    const events = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2005-04-13' }).events.map((e) => [
        e.date.value,
        e.title,
      ]);
    expect(
      events(
        'Nordstadt said on Tuesday it would cut jobs, a day after its chief executive, Klaus Riedel, announced his resignation.',
      ),
    ).toContainEqual(['2005-04-11', 'Klaus Riedel announced his resignation']);
    expect(
      events(
        'The company cut jobs on Tuesday, a day after its chief executive, Klaus Riedel, resigned.',
      ),
    ).toContainEqual(['2005-04-11', 'Klaus Riedel resigned']);
  });
  it('what only came after another act is no act of its own, unless told how long after', () => {
    const titles = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2007-08-10' }).events.map((e) => e.title);
    expect(
      titles(
        'The ECB lent 61 billion euros to banks on Friday. The moves came after Banque Delorme froze three funds on Thursday.',
      ),
    ).toEqual(['Banque Delorme froze three funds', 'The ECB lent 61 billion euros to banks']);
    expect(
      titles('The resignation came a day after the regulator served a notice on Thursday.'),
    ).toContain('The regulator served a notice');
    // (those who came are no act told before)
    expect(titles('Police came after neighbours reported gunshots on Sunday night.')).toContain(
      'Police came',
    );
  });
  it('a named subject after an aside tells another act than a subject of its own that day', () => {
    expect(
      extractArticle({
        id: 'x',
        raw: 'The city council approved the budget on Monday. Jane Roe, who took office in May, fired the police chief on Monday.',
        published: '2020-05-05',
      }).events.map((e) => e.title),
    ).toEqual(
      expect.arrayContaining([
        'The city council approved the budget',
        'Jane Roe fired the police chief',
      ]),
    );
  });
  it('a perfect participle after "after" tells a state before, not what the act came after', () => {
    expect(
      extractArticle({
        id: 'x',
        raw: 'Its shares fell 35 percent to 75 cents, after having traded at more than 90 dollars in 2000.',
        published: '2009-06-02',
      }).events.map((e) => [e.date.value, e.title]),
    ).toContainEqual(['2009-06-02', 'Its shares fell 35 percent to 75 cents']);
  });
  it('a fiscal quarter whose last day is told is the three months ending then', () => {
    expect(
      extractArticle({
        id: 'x',
        raw: 'Halden reported on Oct. 29 that profit in its fiscal fourth quarter, which ended Sept. 30, fell 23 percent.',
        published: '2015-12-11',
      }).events.map((e) => [e.date.label, e.title]),
    ).toEqual([
      ['July – September 2015', 'Halden reported that profit fell 23 percent'],
      ['October 29, 2015', 'Halden reported that profit fell 23 percent'],
    ]);
  });
  it('a date qualifying a noun in an "as" clause does not date the main clause again', () => {
    expect(
      extractArticle({
        id: 'x',
        raw: "Wall Street's main indexes ended lower on Friday, with the S&P 500 posting its biggest weekly loss since early April, as investors pared bets on the December interest rate cut.",
        published: '2024-11-15',
      }).events.map((e) => [e.date.label, e.title]),
    ).toEqual([['November 15, 2024', "Wall Street's main indexes ended lower"]]);
  });
  it('a word in -ing after a determiner qualifies a noun ("Their working week will drop")', () => {
    expect(
      titles(
        'Their working week fell to 44 hours in April 2024 and will drop to 42 hours in April 2026.',
      ),
    ).toContainEqual(['2026-04', 'Their working week will drop to 42 hours']);
  });
  it('"then 23" in apposition is an age too', () => {
    expect(
      titles('Eleven men survived, including Gareth Pryce, then 23, who was pulled out on Sunday.'),
    ).toContainEqual(['2025-03-09', 'Gareth Pryce was pulled out']);
  });
  it('a month that names its figures dates no event of its own ("report December sales on Thursday")', () => {
    expect(
      titles('Auto makers are scheduled to report December sales on Thursday.', '1991-01-07'),
    ).toEqual([['1991-01-10', 'Auto makers are scheduled to report December sales']]);
  });
  it('a date before a determiner qualifies nothing ("said on Wednesday the results were")', () => {
    expect(
      titles('The company said on Wednesday the results were clinically meaningful.', '2024-11-14'),
    ).toEqual([['2024-11-13', 'The company said the results were clinically meaningful']]);
    // (one word between that is no determiner still qualifies: "2019 jobs figures")
    expect(
      titles('The agency will publish its 2019 jobs figures on Friday.', '2020-01-06'),
    ).toContainEqual(['2020-01-10', 'The agency will publish its 2019 jobs figures']);
  });
  it('two dates joined before their noun qualify it together ("the autumn and winter ranges")', () => {
    expect(
      titles('Analysts warned that the autumn and winter ranges would be key.', '2015-05-20').map(
        ([, title]) => title,
      ),
    ).toContain('The autumn and winter ranges would be key');
    // (not a date joined to a phrase: "in the autumn and as president in March")
    expect(
      titles(
        'Xi is expected to succeed Hu as party chief in the autumn and as president in March.',
        '2011-10-10',
      ).map(([value]) => value),
    ).toContain('2011-FA');
  });
  it('a name of the shape "the Festival of the Sea" is one thing', () => {
    expect(
      titles(
        'The season opens with the Festival of the Sea, which runs from June 24 to June 26 and is returning for the first time since 2019.',
        '2022-06-03',
      ),
    ).toContainEqual(['2022-06-03', 'The Festival of the Sea is returning for the first time']);
  });
  it('a noun in -ing is no verb ("the outdoor clothing retailer")', () => {
    expect(
      titles(
        'Northgate Outfitters, the outdoor clothing retailer, reported a drop in profit on Tuesday, blaming warm weather in October.',
      ),
    ).toContainEqual(['2024-10', 'Northgate Outfitters blamed warm weather']);
  });
  it('what a dateline leaves of itself after a cut goes too ("Calif. —")', () => {
    expect(
      titles(
        'PINE HOLLOW, Calif. — The Cedar Gulch fire burned through another 9,000 acres overnight and forced new evacuations on Sunday.',
      ),
    ).toContainEqual(['2025-03-09', 'The Cedar Gulch fire forced new evacuations']);
  });
});

describe('quoted speech that opens a sentence: its examples and not its counter-examples', () => {
  matchesItsExamples(
    'speech',
    new RegExp(QUOTED_SPEECH_OPENING.pattern, 'u'),
    QUOTED_SPEECH_OPENING.examples,
    QUOTED_SPEECH_OPENING.counterExamples,
  );
});

describe('framing years: their examples and not their counter-examples', () => {
  for (const part of ['year', 'opening'] as const)
    matchesItsExamples(
      part,
      new RegExp(FRAMING_YEAR[part], 'iu'),
      FRAMING_YEAR.examples[part],
      FRAMING_YEAR.counterExamples[part],
    );
});
