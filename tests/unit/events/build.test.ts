/**
 * buildEvents() on hand-made articles and timexes (no tagger): which dates become events, how
 * sentences without a date are placed, and what an event carries. The last block runs the whole
 * extraction, for what the article reader tells the tagger and the events alike.
 */
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/extract/events/index.ts';
import { extractArticle } from '../../../src/extract/index.ts';
import { MAX_EVENTS } from '../../../src/extract/events/gather.ts';
import { daysBetween } from '../../../src/extract/events/date.ts';
import type { Topic } from '../../../src/extract/topic.ts';
import type { Timex, TimelineEvent } from '../../../src/extract/types.ts';
import { article, timex } from './helpers.ts';

type TimexSpec = [text: string, value: string, type?: Timex['type'], nth?: number];

function events(
  text: string,
  specs: TimexSpec[],
  published: string | null = '2023-05-17',
): TimelineEvent[] {
  const timexes = specs.map(([t, value, type, nth]) => timex(text, t, value, type, nth));
  return buildEvents(article(text, published), timexes);
}

const dates = (list: TimelineEvent[]) => list.map((e) => e.date.value);

describe('buildEvents() on a date denied in favour of another', () => {
  it('"on Thursday, not Wednesday": only Thursday dates an event', () => {
    // (was a second event on Wednesday, both titled "The vote is, not")
    const text = 'The vote is on Thursday, not Wednesday.';
    const list = events(
      text,
      [
        ['Thursday', '2024-04-11'],
        ['Wednesday', '2024-04-10'],
      ],
      '2024-04-09',
    );
    expect(list.map((e) => [e.date.value, e.title])).toEqual([['2024-04-11', 'The vote']]);
  });
});

describe('buildEvents() on a habit told in the present', () => {
  it('"Every Monday the market opens at 6 a.m.": no event on the publication day', () => {
    // (was a planned event on the publication day, "Every Monday the market opens")
    const text =
      'Every Monday the market opens at 6 a.m., and twice a year it hosts a food festival.';
    const list = events(
      text,
      [
        ['Every Monday', 'XXXX-WXX-1', 'SET'],
        ['6 a.m.', 'XXXX-XX-XXT06:00', 'TIME'],
        ['twice a year', 'P1Y', 'SET'],
      ],
      '2024-04-30',
    );
    expect(list).toEqual([]);
    expect(
      events('Ferries leave every hour.', [['every hour', 'PT1H', 'SET']], '2024-04-30'),
    ).toEqual([]);
  });

  it('a habit up to now in the perfect, or a quotation, still goes to the publication day', () => {
    const perfect = 'Belarus has checked the border every week.';
    expect(dates(events(perfect, [['every week', 'XXXX-WXX', 'SET']], '2024-04-30'))).toEqual([
      '2024-04-30',
    ]);
    const quoted = 'The mayor said: "We meet every week."';
    expect(dates(events(quoted, [['every week', 'XXXX-WXX', 'SET']], '2024-04-30'))).toEqual([
      '2024-04-30',
    ]);
  });
});

describe('buildEvents() on the end of a period in apposition to a date', () => {
  it('"in fiscal 2024, the year ended June 30": the end day makes no event of its own', () => {
    // (was a second event on June 30 titled "The year ended")
    const text = 'Profit rose 8% in fiscal 2024, the year ended June 30, the company said.';
    const list = events(
      text,
      [
        ['fiscal 2024', 'FY2024'],
        ['June 30', '2024-06-30'],
      ],
      '2024-08-01',
    );
    expect(list.map((e) => [e.date.value, e.title])).toEqual([['FY2024', 'Profit rose 8%']]);
    // (a period that is no apposition keeps its end as the date: "in the year ended June 30")
    const alone = 'Profit rose 8% in the year ended June 30, the company said.';
    expect(dates(events(alone, [['June 30', '2024-06-30']], '2024-08-01'))).toEqual(['2024-06-30']);
  });
});

describe('buildEvents() reads a past form before a noun as no verb of the clause', () => {
  it('"spoilt food" tells no past: what can be claimed until a day ahead still holds', () => {
    const text = 'Homes with spoilt food from the outage can claim aid until March 8.';
    const [event] = events(text, [['March 8', '2024-03-08']], '2024-02-10');
    expect(event?.status).toBe('ongoing');
  });
});

describe('buildEvents() dates events by the expressions that anchor them', () => {
  it.each<[string, string, TimexSpec[], string | null, string[]]>([
    [
      'a duration is not an event ("28 years"), and the sentence goes to the publication day',
      'This is the first time in 28 years that border checks will be in place.',
      [['28 years', 'P28Y', 'DURATION']],
      '2023-05-17',
      ['2023-05-17'],
    ],
    [
      'a set is not an event ("every week")',
      'Belarus has checked the border every week.',
      [['every week', 'XXXX-WXX', 'SET']],
      '2023-05-17',
      ['2023-05-17'],
    ],
    [
      'a date inside another date is not an event of its own',
      'The border service began checks on May 5, 2023.',
      [
        ['May 5, 2023', '2023-05-05'],
        ['2023', '2023', 'DATE', 0],
      ],
      '2023-05-17',
      ['2023-05-05'],
    ],
    [
      '"now" beside a date of its own dates nothing ("will now be delivered in October 2007")',
      'The first plane will now be delivered in October 2007.',
      [
        ['now', 'PRESENT_REF'],
        ['October 2007', '2007-10'],
      ],
      '2006-10-03',
      ['2007-10'],
    ],
    [
      '"currently" (PRESENT_REF) is the publication date',
      'Moskalyov is currently being held for extradition to Russia.',
      [['currently', 'PRESENT_REF']],
      '2023-05-17',
      ['2023-05-17'],
    ],
    [
      'the main statement without a date is an event at the publication date, as precise as it',
      'Foreign Minister Vladimir Lavrov traveled to Belarus in an attempt to mediate the dispute.',
      [],
      '2018',
      ['2018'],
    ],
    [
      'a date written as a hyphenated adjective qualifies its noun ("fourth-quarter results")',
      'The company reports fourth-quarter results on March 5.',
      [
        ['fourth-quarter', '2023-Q4'],
        ['March 5', '2024-03-05'],
      ],
      '2024-01-11',
      // the results' day; no fourth quarter (nor the publication day: the company reports on
      // its timetable, no saying of a plan; timetable.test.ts)
      ['2024-03-05'],
    ],
    [
      'a date that qualifies a noun gives way to the date of its clause',
      "Yesterday, at this year's conference, Jobs unveiled the iPhone 4.",
      [
        ['Yesterday', '2010-06-07'],
        ['this year', '2010'],
      ],
      '2010-06-08',
      ['2010-06-07'],
    ],
    [
      'a date that qualifies a noun anchors when its clause has no other',
      'In a Wednesday media event, Apple released new laptops.',
      [['Wednesday', '2010-10-20']],
      '2010-10-23',
      ['2010-10-20'],
    ],
    [
      'two verb phrases with their own dates give two events',
      'He fought pancreatic cancer in 2004 and took six months off in 2009.',
      [
        ['2004', '2004'],
        ['2009', '2009'],
      ],
      '2011-01-17',
      ['2004', '2009'],
    ],
    [
      'a date after a preposition dates its clause even before a pronoun or a name',
      'In 1986 he bought Pixar which was acquired by Disney in 2005.',
      [
        ['1986', '1986'],
        ['2005', '2005'],
      ],
      '2011-10-06',
      ['1986', '2005'],
    ],
    [
      'of dates that all qualify nouns, the most precise dates the clause',
      'In a Wednesday media event, Apple released the 2011 version of iLife.',
      [
        ['Wednesday', '2010-10-20'],
        ['2011', '2011'],
      ],
      '2010-10-23',
      ['2010-10-20'],
    ],
    [
      '"now" after a past verb dates no past act: the sentence goes to the story date',
      'On Wednesday, Jobs unveiled new laptops.\n\nIn another move, Jobs announced an updated MacBook Air, on sale now.',
      [
        ['Wednesday', '2010-10-20'],
        ['now', 'PRESENT_REF'],
      ],
      '2010-10-23',
      ['2010-10-20'],
    ],
    [
      'a value that names no calendar interval anchors nothing',
      'The talks resumed on a Monday.',
      [['a Monday', 'XXXX-WXX-1']],
      null,
      [],
    ],
  ])('%s', (_title, text, specs, published, expected) => {
    expect(dates(events(text, specs, published))).toEqual(expected);
  });

  it('takes the start of a range and not its end', () => {
    const text = 'The alliance held exercises from 2014 to 2016.';
    const timexes = [
      timex(text, '2014', '2014', 'DATE', 0, { range: { role: 'start', other: 1 } }),
      timex(text, '2016', '2016', 'DATE', 0, { range: { role: 'end', other: 0 } }),
    ];
    expect(dates(buildEvents(article(text), timexes))).toEqual(['2014']);
  });

  it('gives the publication date with its own precision and label', () => {
    const [event] = events('Lavrov traveled to Belarus.', [], '2018');
    expect(event?.date).toMatchObject({
      value: '2018',
      granularity: 'year',
      start: '2018-01-01',
      end: '2019-01-01',
    });
  });

  it('keeps "some time after May 5" (mod AFTER) apart from May 5 itself', () => {
    const text =
      'The ministry said talks began on May 5, 2021. A few days later, the talks failed.';
    const list = buildEvents(article(text), [
      timex(text, 'May 5, 2021', '2021-05-05'),
      timex(text, 'A few days later', '2021-05-05', 'DATE', 0, { mod: 'AFTER' }),
    ]);
    expect(list.map((e) => [e.date.value, e.date.label, e.date.approximate])).toEqual([
      ['2021-05-05', 'May 5, 2021', false],
      ['2021-05-05', 'after May 5, 2021', true],
    ]);
  });
});

describe('buildEvents() dates an event by a range whose two ends the text gives', () => {
  const ranged = (text: string, specs: TimexSpec[], published = '2023-05-17') => {
    const timexes = specs.map(([t, value, type, nth], i) =>
      timex(text, t, value, type, nth, {
        range: { role: i === 0 ? 'start' : 'end', ...(specs.length === 2 ? { other: 1 - i } : {}) },
      }),
    );
    return buildEvents(article(text, published), timexes);
  };

  it('spans the event from one end through the other ("from March 2019 to June 2020")', () => {
    const [event, ...rest] = ranged(
      'The factory was closed from March 2019 to June 2020 for repairs.',
      [
        ['March 2019', '2019-03'],
        ['June 2020', '2020-06'],
      ],
    );
    expect(rest).toEqual([]);
    expect(event!.date).toEqual({
      value: '2019-03',
      through: '2020-06',
      start: '2019-03-01',
      end: '2020-07-01',
      granularity: 'month',
      approximate: false,
      label: 'March 2019 – June 2020',
    });
    expect(event!.title).toBe('The factory was closed for repairs');
  });

  it('reads "now" at one end as the publication date ("between now and Feb. 10")', () => {
    const [event] = ranged(
      'The order protects him from being sent back between now and Feb. 10.',
      [
        ['now', 'PRESENT_REF'],
        ['Feb. 10', '2000-02-10'],
      ],
      '2000-01-07',
    );
    expect(event!.date).toMatchObject({
      start: '2000-01-07',
      end: '2000-02-11',
      through: '2000-02-10',
    });
    expect(event!.date.label).toBe('January 7 – February 10, 2000');
  });

  it('dates a range open at one end ("from May 5 until further notice") by the end it gives', () => {
    const [event] = ranged('The border was closed from May 5 until further notice.', [
      ['May 5', '2023-05-05'],
    ]);
    expect(event!.date).toMatchObject({ value: '2023-05-05', end: '2023-05-06' });
    expect(event!.date.through).toBeUndefined();
  });

  it('a state told in the present perfect from an open start still holds ("has held the office since 2008")', () => {
    const [held] = ranged('The sheriff, 62, has held the office since 2008.', [['2008', '2008']]);
    expect(held).toMatchObject({ status: 'ongoing', title: 'The sheriff has held the office' });
    const [began] = ranged('Border guards began checks from May 5.', [['May 5', '2023-05-05']]);
    expect(began!.status).toBe('happened');
  });

  it('keeps a range written as one word whole in the title ("the 2019-20 season")', () => {
    const [event] = ranged('The 2019-20 season was cancelled.', [
      ['2019', '2019'],
      ['20', '2020', 'DATE', 1],
    ]);
    expect(event!.title).toBe('The 2019-20 season was cancelled');
    expect(event!.date.label).toBe('2019–2020');
  });

  it('a range that repeats the act borrows it whole ("and again from 2001 to 2005")', () => {
    const text = 'He was president from 1994 to 1999 and again from 2001 to 2005.';
    const timexes = [
      timex(text, '1994', '1994', 'DATE', 0, { range: { role: 'start', other: 1 } }),
      timex(text, '1999', '1999', 'DATE', 0, { range: { role: 'end', other: 0 } }),
      timex(text, '2001', '2001', 'DATE', 0, { range: { role: 'start', other: 3 } }),
      timex(text, '2005', '2005', 'DATE', 0, { range: { role: 'end', other: 2 } }),
    ];
    const list = buildEvents(article(text), timexes);
    expect(list.map((e) => [e.date.label, e.title])).toEqual([
      ['1994–1999', 'He was president'],
      ['2001–2005', 'He was president again'],
    ]);
  });

  it('leaves out "between" and both ends from the title', () => {
    const [event] = ranged('The ministry confirmed between 2015 and 2017 that grain prices rose.', [
      ['2015', '2015'],
      ['2017', '2017'],
    ]);
    expect(event!.title).toBe('The ministry confirmed that grain prices rose');
    expect(event!.date).toMatchObject({ start: '2015-01-01', end: '2018-01-01' });
  });
});

describe('buildEvents() gives each event a status from tense, modality and date', () => {
  it.each<[string, string, TimexSpec[], string, string]>([
    [
      'past tense happened',
      'Moskalyov escaped to Belarus in March.',
      [['March', '2023-03']],
      '2023-05-17',
      'happened',
    ],
    [
      'what "is expected" on the publication day is planned ("The storm is expected tonight")',
      'The storm is expected tonight.',
      [['tonight', '2023-05-17TNI', 'TIME']],
      '2023-05-17',
      'planned',
    ],
    [
      'what "is expected" at a later part of the publication day is planned ("is expected Wednesday night")',
      'Heavy snow is expected Wednesday night, forecasters said.',
      [['Wednesday night', '2023-05-17TNI', 'TIME']],
      '2023-05-17',
      'planned',
    ],
    [
      'a comparison "as is expected in March" does not make its clause planned ("The storm, as is expected in March, brought snow")',
      'The storm, as is expected in March, brought snow.',
      [['March', '2024-03']],
      '2024-03-05',
      'happened',
    ],
    [
      'an expectation is planned ("expects growth to slow in the first quarter")',
      'Sales rose 5 percent, and the company expects growth to slow in the first quarter.',
      [['first quarter', '2025-Q1']],
      '2025-01-15',
      'planned',
    ],
    [
      'what is expected in a period the publication falls in is planned ("expects a recovery in the second half")',
      'Output fell in the second quarter, and the company expects a recovery in the second half of the year.',
      [['second half of the year', '2024-H2']],
      '2024-07-25',
      'planned',
    ],
    [
      'a date after what a past saying expected is planned ("said it expected to reopen ... by the end of the year")',
      'The hospital said it expected to reopen the wing by the end of the year.',
      [['the end of the year', '2024']],
      '2024-10-02',
      'planned',
    ],
    [
      'a date after publication is planned',
      'The trial is set to begin on Wednesday.',
      [['Wednesday', '2006-03-29']],
      '2006-03-28',
      'planned',
    ],
    [
      '"would" with a later date is planned',
      'Jobs said Leopard would be released in 2007.',
      [['2007', '2007']],
      '2005-06-06',
      'planned',
    ],
    [
      '"expected to" is planned',
      'He is expected to visit Belarus this year.',
      [['this year', '2018']],
      '2018',
      'planned',
    ],
    [
      '"currently" is ongoing',
      'Moskalyov is currently being held in Minsk.',
      [['currently', 'PRESENT_REF']],
      '2023-05-17',
      'ongoing',
    ],
    [
      'the present of a timetable in the current period is planned ("expires at the end of the month")',
      'The lease expires at the end of the month.',
      [['the end of the month', '2024-12']],
      '2024-12-29',
      'planned',
    ],
    [
      '"could" of what may come about in the current period is planned',
      'The Fed could cut rates again this fall.',
      [['this fall', '2024-FA']],
      '2024-09-16',
      'planned',
    ],
    [
      'a future date is planned whatever the verb',
      'The summons arrive in autumn.',
      [['autumn', '2023-FA']],
      '2023-05-17',
      'planned',
    ],
  ])('%s', (_title, text, specs, published, status) => {
    const dated = events(text, specs, published).filter((e) => e.sources.some((s) => s.timex));
    expect(dated.map((e) => e.status)).toEqual([status]);
  });

  it('a date in the current period, in what a trailing saying said is still to come, is planned ("Output will recover this month, the ministry said")', () => {
    const told = (text: string, specs: TimexSpec[]) =>
      events(text, specs, '2024-03-14').map((e) => [e.date.value, e.status, e.title]);
    // (was happened: the status of the saying's "said")
    expect(
      told('Output will recover this month, the ministry said.', [['this month', '2024-03']]),
    ).toEqual([['2024-03', 'planned', 'Output will recover']]);
    // (what was said in the past stays so, and a date before the saying's verb without a
    // marker before it dates the saying)
    expect(told('Output fell this month, the ministry said.', [['this month', '2024-03']])).toEqual(
      [['2024-03', 'happened', 'Output fell']],
    );
    expect(
      told('On Tuesday, the ministry said output will recover.', [['Tuesday', '2024-03-12']]),
    ).toEqual([['2024-03-12', 'happened', 'The ministry said output will recover']]);
  });

  it('a dateless saying titled by what it says is planned when that is still to come ("Output will recover, the ministry said")', () => {
    const told = (text: string, specs: TimexSpec[] = []) =>
      events(text, specs, '2024-03-14').map((e) => [e.date.value, e.status, e.title]);
    // the day of the saying, and what was said: expected, not done
    expect(told('Output will recover, the ministry said.')).toEqual([
      ['2024-03-14', 'planned', 'Output will recover'],
    ]);
    expect(
      told('The review will conclude in the coming weeks, a spokeswoman said.', [
        ['coming weeks', 'FUTURE_REF'],
      ]),
    ).toEqual([['2024-03-14', 'planned', 'The review will conclude']]);
    // (a title that tells the saying tells what happened)
    expect(told('The minister said output would recover.')).toEqual([
      ['2024-03-14', 'happened', 'The minister said output would recover'],
    ]);
  });
});

describe('buildEvents() places sentences without a date of their own', () => {
  it('a sentence that continues the story (a pronoun) becomes a further source of its event', () => {
    const text =
      'Jobs said on Friday that Apple will offer a free case. He also said that buyers will get a refund.';
    const list = events(text, [['Friday', '2010-07-16']], '2010-07-17');
    expect(list).toHaveLength(1);
    expect(list[0]?.date.value).toBe('2010-07-16');
    expect(list[0]?.sources.map((s) => s.quote)).toEqual([
      'Jobs said on Friday that Apple will offer a free case.',
      'He also said that buyers will get a refund.',
    ]);
  });

  it('a past-tense sentence goes on at the story date the lead gives; a present one at publication', () => {
    const text =
      'Yesterday, Jobs unveiled the iPhone 4.\n\nThe phone has two cameras.\n\nDuring the keynote, Jobs demoed the gyroscope.';
    const list = events(text, [['Yesterday', '2010-06-07']], '2010-06-08');
    const byDate = Object.fromEntries(
      list.map((e) => [e.date.value, e.sources.map((s) => s.quote)]),
    );
    expect(byDate).toEqual({
      '2010-06-07': [
        'Yesterday, Jobs unveiled the iPhone 4.',
        'During the keynote, Jobs demoed the gyroscope.',
      ],
      '2010-06-08': ['The phone has two cameras.'],
    });
  });

  it('a past-tense sentence takes the last date of its paragraph', () => {
    const text = 'In 1996, Jobs returned to Apple. The company then bought NeXT.';
    const list = events(text, [['1996', '1996']], '2011-10-06');
    expect(dates(list)).toEqual(['1996']);
    expect(list[0]?.sources).toHaveLength(2);
  });

  it('something still to come goes with the last future date', () => {
    const text = 'iPhone 4 will be available on June 24.\n\nThe iPhone 3G will be discontinued.';
    const list = events(text, [['June 24', '2010-06-24']], '2010-06-08');
    expect(dates(list)).toEqual(['2010-06-24']);
    expect(list[0]?.sources).toHaveLength(2);
  });

  it('a report of something still to come is also an event of the day it was said', () => {
    const text =
      'Jobs said on Monday that Leopard would be released in 2007.\n\nHe said that the switch would happen next year.';
    const list = events(
      text,
      [
        ['Monday', '2005-06-06'],
        ['2007', '2007'],
        ['next year', '2006'],
      ],
      '2005-06-06',
    );
    const said = list.find((e) => e.date.value === '2005-06-06');
    expect(said?.sources.map((s) => s.quote)).toEqual(text.split('\n\n'));
    expect(dates(list)).toEqual(['2005-06-06', '2006', '2007']);
  });

  it('a past act does not continue a state of the publication day ("currently")', () => {
    const text =
      'Yesterday, Jobs died.\n\nA statement currently displays a photograph of Jobs.\n\nBallmer also expressed condolences for Jobs.';
    const list = events(
      text,
      [
        ['Yesterday', '2011-10-05'],
        ['currently', 'PRESENT_REF'],
      ],
      '2011-10-06',
    );
    const ballmer = list.find((e) => e.sources.some((s) => s.quote.startsWith('Ballmer')));
    expect(ballmer?.date.value).toBe('2011-10-05');
  });

  it('a sentence without a subject, dated only by "currently", goes on with the one before', () => {
    const text =
      'Belarus has announced it has restored controls at its border.\n\nMoskalyov escaped to Belarus in March. Currently being held for extradition.';
    const list = events(
      text,
      [
        ['March', '2023-03'],
        ['Currently', 'PRESENT_REF'],
      ],
      '2023-05-17',
    );
    const escape = list.find((e) => e.date.value === '2023-03');
    expect(escape?.sources.map((s) => s.quote)).toEqual([
      'Moskalyov escaped to Belarus in March.',
      'Currently being held for extradition.',
    ]);
    // ... while one with a subject of its own is news of the day
    const own = events(
      'Moskalyov escaped to Belarus in March. He is currently held in Minsk.',
      [
        ['March', '2023-03'],
        ['currently', 'PRESENT_REF'],
      ],
      '2023-05-17',
    );
    expect(own.map((e) => e.date.value)).toContain('2023-05-17');
  });

  it.each<[string, TimexSpec[], string, string]>([
    [
      'The tournament runs through April 8, and the draw is on Friday.',
      [
        ['April 8', '2023-04-08'],
        ['Friday', '2023-05-19'],
      ],
      '2023-05-19',
      'The draw',
    ],
    [
      'The company was founded in 1990, and the merger was in 2005.',
      [
        ['1990', '1990'],
        ['2005', '2005'],
      ],
      '2005',
      'The merger',
    ],
  ])(
    'a short title of a clause with its own date beside a dated main clause stays its own: %s',
    (text, specs, date, title) => {
      expect(events(text, specs).find((e) => e.date.value === date)?.title).toBe(title);
    },
  );

  it.each<[string, TimexSpec[], string, string]>([
    [
      'Police said the man fled in 2019 and returned in 2021.',
      [
        ['2019', '2019'],
        ['2021', '2021'],
      ],
      '2021',
      'The man returned',
    ],
    [
      'Officials said Thursday the plant opened in 1990 and closed in 2015.',
      [
        ['Thursday', '2023-05-11'],
        ['1990', '1990'],
        ['2015', '2015'],
      ],
      '2015',
      'The plant closed',
    ],
    // (not words that are no one noun phrase, nor "it": the main clause's subject, as before)
    [
      'Smith told reporters the deal closed in May and reopened in June.',
      [
        ['May', '2023-05'],
        ['June', '2023-06'],
      ],
      '2023-06',
      'Smith reopened',
    ],
  ])(
    'a second verb phrase after what was said without "that" goes with its subject: %s',
    (text, specs, date, title) => {
      expect(events(text, specs).find((e) => e.date.value === date)?.title).toBe(title);
    },
  );

  it('a given name in -ed opening the sentence is its subject, not a past verb ("Ahmed, who resigned")', () => {
    const text = 'Ahmed, who resigned in June 2022, must report to prison by May 1.';
    const list = events(text, [
      ['June 2022', '2022-06'],
      ['May 1', '2023-05-01'],
    ]);
    expect(list.map((e) => e.title)).toEqual(['Ahmed resigned', 'Ahmed must report to prison']);
  });

  it('an event is not titled by an adverbial phrase alone', () => {
    const text =
      'With the finding of a buried rifle 11 days ago, the authorities in the Buffalo, N.Y., area say they have gathered enough evidence in the October slaying of Dr. Barnett Slepian to begin presenting a murder case to a state grand jury as early as next week.';
    const list = events(
      text,
      [
        ['11 days ago', '1999-04-08'],
        ['October', '1998-10'],
        ['next week', '1999-W17'],
      ],
      '1999-04-19',
    );
    const rifle = list.find((e) => e.date.value === '1999-04-08');
    expect(rifle?.title).toMatch(/^The authorities in the Buffalo/u);
  });

  it('a quotation does not give its tense to the clause that reports it', () => {
    const text =
      'On Monday, Jobs unveiled the phone.\n\n"We are going to ship it soon," Jobs said.';
    const list = events(text, [['Monday', '2010-06-07']], '2010-06-08');
    expect(list.map((e) => [e.date.value, e.sources.length])).toEqual([['2010-06-07', 2]]);
  });

  it('the verb after a quotation is its saying ("...," said Jobs), also when the quotation began a sentence before', () => {
    const text =
      'On Monday, Jobs unveiled the phone. The launch is due in the fall of 2010.\n\n"We are going to ship it soon," said Jobs.\n\n"We will sell it everywhere.\n\nWe are going to move the hub into the cloud, "said Jobs during the keynote.';
    const list = events(
      text,
      [
        ['Monday', '2010-06-07'],
        ['the fall of 2010', '2010-FA'],
      ],
      '2010-06-08',
    );
    const monday = list.find((e) => e.date.value === '2010-06-07');
    const quoted = (s: string) =>
      monday?.sources.some((x) => text.slice(x.start, x.end).includes(s));
    expect(quoted('said Jobs.')).toBe(true);
    expect(quoted('said Jobs during the keynote')).toBe(true);
  });

  it("a sentence that is all quotation goes on with the event before it, and titles none (`` '' and curly quotes)", () => {
    for (const [open, close] of [
      ['``', "''"],
      ['“', '”'],
    ] as const) {
      const text = `The mayor of Ipsum closed the bridge on Monday.\n\n${open}Everyone else has gone away.${close}\n\n${open}The river is too high,${close} said the mayor, Jonas Example, who called it "a disaster". ${open}We will reopen it soon.${close}`;
      const list = events(text, [['Monday', '2023-05-15']], '2023-05-17');
      const monday = list.find((e) => e.date.value === '2023-05-15');
      expect(monday?.title).toBe('The mayor of Ipsum closed the bridge');
      const quoted = (x: { start: number; end: number }) => text.slice(x.start, x.end);
      expect(monday?.sources.map(quoted)).toContain(`${open}Everyone else has gone away.${close}`);
      expect(list.every((e) => !e.title.startsWith(open))).toBe(true);
    }
  });

  it("a quotation ended by '' ends what an earlier sentence opened; ''words'' inside a sentence are a quotation of their own", () => {
    const text =
      "Castro lashed out at his relatives on Sunday, accusing them of ''child abuse'' for turning his son against him.";
    const list = events(text, [['Sunday', '2023-05-14']], '2023-05-17');
    expect(list.map((e) => e.title)).toEqual(['Castro lashed out at his relatives']);
  });

  it.each([
    [
      'The first batch of evidence from the bombing arrived over the weekend at the FBI lab and is being analyzed, FBI officials said Monday.',
      [
        ['the weekend', '2023-W19-WE'],
        ['Monday', '2023-05-15'],
      ] as TimexSpec[],
      {
        '2023-W19-WE': 'The first batch of evidence from the bombing arrived at the FBI lab',
        '2023-05-15':
          'FBI officials said the first batch of evidence from the bombing arrived at the FBI lab',
      },
    ],
    [
      // (who said it may be a title before a name: "Kremlin spokesman Dmitry Peskov")
      'The Kremlin will respond next week, Kremlin spokesman Dmitry Peskov said on Friday.',
      [
        ['next week', '2023-W21'],
        ['Friday', '2023-05-12'],
      ] as TimexSpec[],
      {
        '2023-W21': 'The Kremlin will respond',
        '2023-05-12': 'The Kremlin will respond, Kremlin spokesman Dmitry Peskov said',
      },
    ],
    [
      'The bridge will reopen on Monday, officials said Friday.',
      [
        ['Monday', '2023-05-22'],
        ['Friday', '2023-05-12'],
      ] as TimexSpec[],
      {
        '2023-05-22': 'The bridge will reopen',
        '2023-05-12': 'The bridge will reopen, officials said',
      },
    ],
  ])(
    'a date that only dates the saying titles the saying with what was said: %s',
    (text, specs, titles) => {
      const list = events(text, specs, '2023-05-17');
      for (const [value, title] of Object.entries(titles))
        expect(list.filter((e) => e.date.value === value).map((e) => e.title)).toEqual([title]);
    },
  );

  it("what a speaker points at in a quotation is of the story's day, not of the background date before it", () => {
    const text =
      'A jury on Tuesday found Graham Pellow guilty of fraud. Prosecutors said Pellow had hidden losses between 2005 and 2008. "This verdict shows that no one is above the law," said Inspector Ruth Carne after the hearing.';
    const list = events(
      text,
      [
        ['Tuesday', '2023-05-16'],
        ['2005', '2005'],
        ['2008', '2008'],
      ],
      '2023-05-17',
    );
    const quoted = (e: (typeof list)[number]) => e.sources.map((x) => text.slice(x.start, x.end));
    const tuesday = list.find((e) => e.date.value === '2023-05-16');
    expect(quoted(tuesday!).some((q) => q.startsWith('"This verdict'))).toBe(true);
  });

  it('a contract month dates no event, and its title keeps it ("crude for June delivery")', () => {
    const text = 'Crude for June delivery settled at $20.87 a barrel.';
    const list = events(text, [['June', '2023-06']], '2023-05-17');
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2023-05-17', 'Crude for June delivery settled at $20.87 a barrel'],
    ]);
    // (a month that opens its sentence is its own, whatever noun follows)
    const signed = events(
      'In March contracts worth $2 billion were signed.',
      [['March', '2023-03']],
      '2023-05-17',
    );
    expect(signed.map((e) => e.date.value)).toEqual(['2023-03']);
  });

  it('the saying of a plan, dated the day of publication, has happened; who said it may be "their union"', () => {
    const text =
      'Drivers will stage a strike starting on May 29, their union announced on Wednesday.';
    const list = events(
      text,
      [
        ['May 29', '2023-05-29'],
        ['Wednesday', '2023-05-17'],
      ],
      '2023-05-17',
    );
    expect(list.map((e) => [e.date.value, e.status, e.title])).toEqual([
      ['2023-05-17', 'happened', 'Drivers will stage a strike, their union announced'],
      ['2023-05-29', 'planned', 'Drivers will stage a strike'],
    ]);
  });

  it('a clause cut by a dated aside goes on after it ("the new phone, which goes on sale in June, will cost")', () => {
    const text =
      'Apple said on Monday that the new phone, which goes on sale in June, will cost $199.';
    const list = events(
      text,
      [
        ['Monday', '2023-05-15'],
        ['June', '2023-06'],
      ],
      '2023-05-17',
    );
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2023-05-15', 'Apple said that the new phone will cost $199'],
      ['2023-06', 'The new phone goes on sale'],
    ]);
  });

  it.each([
    [
      'Troops entered the capital of Mali, which fell to rebels in 2012.',
      'The capital of Mali fell to rebels',
    ],
    ['They drew attention to the case of Elian, who was rescued in 2012.', 'Elian was rescued'],
  ])(
    'a "which" clause after "the ... of <name>" is about the whole phrase, a "who" clause about the name: %s',
    (text, title) => {
      const list = events(text, [['2012', '2012']], '2023-05-17');
      expect(list.find((e) => e.date.value === '2012')?.title).toBe(title);
    },
  );

  it('a date that only bounds a count gives way to the date of the clause ("the second walkout this month")', () => {
    const text = 'The airline cancelled 300 flights on Thursday, the second walkout this month.';
    const list = events(
      text,
      [
        ['Thursday', '2023-05-11'],
        ['this month', '2023-05'],
      ],
      '2023-05-17',
    );
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2023-05-11', 'The airline cancelled 300 flights'],
    ]);
  });

  it('a subject and its verb make a title of their own ("Prices rose")', () => {
    const text = 'Prices rose in March and again in June.';
    const list = events(
      text,
      [
        ['March', '2023-03'],
        ['June', '2023-06'],
      ],
      '2023-07-17',
    );
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2023-03', 'Prices rose'],
      ['2023-06', 'Prices rose again'],
    ]);
  });

  it.each([
    ['She served as mayor in 2010 and again in 2018.', 'She served as mayor again'],
    ['The team won the title in 2019 and once more in 2021.', 'The team won the title once more'],
  ])('a stretch that only repeats the act borrows the whole act: %s', (text, title) => {
    const years = [...text.matchAll(/\d{4}/gu)].map((m) => m[0]);
    const list = events(
      text,
      years.map((y): TimexSpec => [y, y]),
      '2023-07-17',
    );
    expect(list.map((e) => e.title)).toEqual([title.replace(/ (?:again|once more)$/u, ''), title]);
  });

  it.each([
    [
      'The law, passed in 2019, requires companies to disclose their emissions.',
      '2019',
      'The law was passed',
      'The law requires companies to disclose their emissions',
    ],
    [
      'Two stopgap measures, passed in October, kept agencies open.',
      '2023-10',
      'Two stopgap measures were passed',
      'Two stopgap measures kept agencies open',
    ],
    [
      'The museum, founded in 1753, last faced a theft.',
      '1753',
      'The museum was founded',
      'The museum last faced a theft',
    ],
    [
      'The drug, approved by regulators in May, costs $2,000 a month.',
      '2023-05',
      'The drug was approved by regulators',
      'The drug costs $2,000 a month',
    ],
    // (a subject of five or six words, a number among them; was the main clause's date)
    [
      'The James Webb Space Telescope, launched in 2021, has found the most distant galaxy yet.',
      '2021',
      'The James Webb Space Telescope was launched',
      'The James Webb Space Telescope has found the most distant galaxy yet',
    ],
    [
      "The European Space Agency's Juice probe, launched in 2023, will reach Jupiter.",
      '2023',
      "The European Space Agency's Juice probe was launched",
      "The European Space Agency's Juice probe will reach Jupiter",
    ],
    [
      'The Voyager 1 probe, launched in 1977, is more than 15 billion miles from Earth.',
      '1977',
      'The Voyager 1 probe was launched',
      'The Voyager 1 probe is more than 15 billion miles from Earth',
    ],
  ])(
    'a participle aside after the subject titles its date; the clause resumed after it, its own: %s',
    (text, value, asideTitle, mainTitle) => {
      const date = /in (\w+)/u.exec(text)![1]!;
      const list = events(text, [[date, value]], '2024-03-12');
      expect(list.map((e) => [e.date.value, e.title])).toEqual([
        [value, asideTitle],
        ['2024-03-12', mainTitle],
      ]);
    },
  );

  it('after a subject of five or six words, a past main verb without a date stays with the aside', () => {
    // (afe0f2b made 'drew record crowds' an act of the publication's day)
    const text = 'The 2024 Paris Olympic Games, held in July, drew record crowds.';
    const list = events(text, [['July', '2024-07']], '2024-09-12');
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2024-07', 'The 2024 Paris Olympic Games drew record crowds'],
    ]);
  });

  it('after a short subject, a past main verb without a date stays with an aside of when it was held', () => {
    // (was two events: 'The Olympic Games were held' in July and 'The Olympic Games drew record
    // crowds' of the publication's day)
    const text = 'The Olympic Games, held in July, drew record crowds.';
    const list = events(text, [['July', '2024-07']], '2024-09-01');
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2024-07', 'The Olympic Games drew record crowds'],
    ]);
    // (a main clause of its own time still splits off; "founded" tells no event's time)
    const ahead = events(
      'The festival, held in July, will return in 2025.',
      [
        ['July', '2024-07'],
        ['2025', '2025'],
      ],
      '2024-09-01',
    );
    expect(ahead.map((e) => e.date.value)).toEqual(['2024-07', '2025']);
    // (nor an aside of a state since then, or one of a detention before a passive main clause:
    // the release and the charge are news of their own time)
    for (const held of [
      'The hostages, held since July, were freed.',
      'Two suspects, held in July, were charged with murder.',
      // (nor one of anything but an occasion: a detention, a role, a firm kept or played or run
      // then did not do what the main clause tells at that time)
      'The suspect, held in July, confessed.',
      'The role, played by Smith in July, made him famous.',
      'The company, run by his father in July, went bankrupt.',
    ]) {
      const split = events(held, [['July', '2024-07']], '2024-09-01');
      expect(split.map((e) => e.date.value)).toEqual(['2024-07', '2024-09-01']);
    }
  });

  it('a short sentence without a verb finishes the sentence before it ("Until this week.")', () => {
    const text =
      'Since 1990 there has been a great trend toward reconciliation in Miami. Until this week. Then the crowd rushed at Gonzalez on Tuesday.';
    const list = events(
      text,
      [
        ['1990', '1990'],
        ['this week', '2023-W20'],
        ['Tuesday', '2023-05-16'],
      ],
      '2023-05-17',
    );
    expect(list.map((e) => e.date.value)).toEqual(['1990', '2023-05-16']);
    expect(list[0]?.sources.map((x) => text.slice(x.start, x.end))).toContain('Until this week.');
  });

  it.each<[string, TimexSpec[], string[]]>([
    [
      'The newest iPhone was introduced on Monday.\n\nIt is slated for release on June 24.',
      [
        ['Monday', '2010-06-07'],
        ['June 24', '2010-06-24'],
      ],
      ['The newest iPhone was introduced', 'The newest iPhone is slated for release'],
    ],
    [
      'Cisco states that it has received the trademark in 2000, when it bought Infogear.',
      [['2000', '2000']],
      ['Cisco has received the trademark'],
    ],
    [
      'The museum reopened on Monday. It plans to open a new wing in July and will hire guards in June.',
      [
        ['Monday', '2010-06-07'],
        ['July', '2010-07'],
        ['June', '2010-06'],
      ],
      ['The museum reopened', 'The museum plans to open a new wing', 'The museum will hire guards'],
    ],
    // an "it" that only opens the sentence, or one after a person, stays
    [
      'The museum reopened on Monday. It is humiliating that it closed in May.',
      [
        ['Monday', '2010-06-07'],
        ['May', '2010-05'],
      ],
      ['The museum reopened', 'It is humiliating'],
    ],
    [
      'Steve Jobs returned on Monday. It is slated for release on June 24.',
      [
        ['Monday', '2010-06-07'],
        ['June 24', '2010-06-24'],
      ],
      ['Steve Jobs returned', 'It is slated for release'],
    ],
    // ... and so does one after a person named with a role, whom no "it" stands for
    [
      'Senator Jane Cole introduced the bill on Monday. It passed the Senate on June 2.',
      [
        ['Monday', '2010-06-07'],
        ['June 2', '2010-06-02'],
      ],
      ['Senator Jane Cole introduced the bill', 'It passed the Senate'],
    ],
    [
      'Lagos State Governor Babajide Sanwo-Olu set up a panel on Monday. It began hearings on June 2.',
      [
        ['Monday', '2010-06-07'],
        ['June 2', '2010-06-02'],
      ],
      ['Lagos State Governor Babajide Sanwo-Olu set up a panel', 'It began hearings'],
    ],
    // ... or a role alone
    [
      'The governor signed the bill on Monday. It takes effect on June 2.',
      [
        ['Monday', '2010-06-07'],
        ['June 2', '2010-06-02'],
      ],
      ['The governor signed the bill', 'It takes effect'],
    ],
    // (an organisation named with a role's word is an "it")
    [
      'Cardinal Health agreed to pay $5 million on Monday. It settled a second suit on June 2.',
      [
        ['Monday', '2010-06-07'],
        ['June 2', '2010-06-02'],
      ],
      ['Cardinal Health agreed to pay $5 million', 'Cardinal Health settled a second suit'],
    ],
  ])('an "it" stands for the thing the text was about: %s', (text, specs, titles) => {
    const list = events(text, specs, '2010-06-09');
    // the title of each date the text gives, in the text's order
    const titleOf = (value: string) => list.find((e) => e.date.value === value)?.title;
    expect(specs.map(([, value]) => titleOf(value))).toEqual(titles);
  });

  it('a subject with an appositive and its relative clause keeps its verb ("Jane Doe ... died")', () => {
    const text =
      'Jane Doe, a pioneering climate scientist whose research shaped policy, died on Saturday at her home.';
    const list = events(text, [['Saturday', '2023-06-10']], '2023-06-12');
    expect(list.map((e) => e.title)).toEqual(['Jane Doe died at her home']);
  });

  it('a second verb phrase after a subordinate clause goes with its subject ("the retailer")', () => {
    const text =
      'Shares of Acme plunged on Thursday after the retailer cut its full-year forecast for the second time in three months and said its finance chief would leave at the end of the month.';
    const list = events(
      text,
      [
        ['Thursday', '2024-01-11'],
        ['the end of the month', '2024-01'],
      ],
      '2024-01-11',
    );
    expect(list.find((e) => e.date.value === '2024-01')?.title).toMatch(
      /^The retailer (?:cut its forecast and )?said its finance chief would leave$/u,
    );
  });

  it('a fronted participle titles its date with the subject after it ("was born")', () => {
    const text = 'Born in 1939 in Duluth, Minn., Dr. Doe earned a doctorate in physics in 1965.';
    const list = events(
      text,
      [
        ['1939', '1939'],
        ['1965', '1965'],
      ],
      '2023-06-12',
    );
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['1939', 'Dr. Doe was born in Duluth, Minn.'],
      ['1965', 'Dr. Doe earned a doctorate in physics'],
    ]);
  });

  it('a fronted participle before a pronoun is about what the pronoun stands for, never a name after it', () => {
    const text = 'Born in 1927 in Plains, she married Jimmy Carter in 1946.';
    const specs: TimexSpec[] = [
      ['1927', '1927'],
      ['1946', '1946'],
    ];
    expect(events(text, specs, '2023-11-09').map((e) => e.title)).toEqual([
      'She was born in Plains',
      'She married Jimmy Carter',
    ]);
    const named = `Rosalynn Carter died on Sunday. ${text}`;
    expect(
      events(named, [...specs, ['Sunday', '2023-11-05']], '2023-11-09').map((e) => e.title),
    ).toEqual([
      'Rosalynn Carter was born in Plains',
      'Rosalynn Carter married Jimmy Carter',
      'Rosalynn Carter died',
    ]);
  });

  it('a name only ever quoted as a label is no person a "she" stands for', () => {
    const text =
      'Jane Doe died on Saturday. Her 1995 book, "The Thinning Ice," became a best seller. She was honoured by her town in 2001.';
    const list = events(
      text,
      [
        ['Saturday', '2023-06-10'],
        ['2001', '2001'],
      ],
      '2023-06-12',
    );
    const honoured = list.map((e) => e.title).find((t) => t.endsWith('honoured by her town'));
    expect(honoured).toBe('Jane Doe was honoured by her town');
  });

  it('a timetable told in the present is an event of its days only ("Voting takes place")', () => {
    const text = 'Voting takes place on Oct. 10.';
    const list = events(text, [['Oct. 10', '2023-10-10']], '2023-10-02');
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2023-10-10', 'Voting takes place'],
    ]);
    // (and so, alone, is a plan told as it stands: the day it is told has no event of its own)
    const plan = events(
      'The vote is scheduled for Oct. 10.',
      [['Oct. 10', '2023-10-10']],
      '2023-10-02',
    );
    expect(plan.map((e) => e.date.value)).toEqual(['2023-10-10']);
  });

  it('a timetable told with "is" is no news of the publication day ("Game 3 is Friday"); "is scheduled" is, joining an event of that day', () => {
    const game = events(
      'The council met on Monday. Game 3 is Friday in New York.',
      [
        ['Monday', '2024-05-06'],
        ['Friday', '2024-05-10'],
      ],
      '2024-05-06',
    );
    expect(game.map((e) => [e.date.value, e.status, e.sources.length])).toEqual([
      ['2024-05-06', 'happened', 1],
      ['2024-05-10', 'planned', 1],
    ]);
    const vote = events(
      'The council met on Monday. The vote is scheduled for Friday.',
      [
        ['Monday', '2024-05-06'],
        ['Friday', '2024-05-10'],
      ],
      '2024-05-06',
    );
    expect(vote.map((e) => [e.date.value, e.status, e.sources.length])).toEqual([
      ['2024-05-06', 'happened', 2],
      ['2024-05-10', 'planned', 1],
    ]);
  });

  it('a plan told as it stands, with nothing of its day to join, is the event of its date alone ("The rally is set for Saturday")', () => {
    const told = (text: string, specs: TimexSpec[]) =>
      events(text, specs, '2024-03-14').map((e) => [e.date.value, e.status, e.title]);
    // (was also March 14, happened, "The rally is set for Saturday": the same sentence twice)
    expect(told('The rally is set for Saturday.', [['Saturday', '2024-03-16']])).toEqual([
      ['2024-03-16', 'planned', 'The rally is set'],
    ]);
    expect(
      told('The report is due at the end of next month.', [['the end of next month', '2024-04']]),
    ).toEqual([['2024-04', 'planned', 'The report is due']]);
    expect(
      told('Another round is planned for this weekend.', [['this weekend', '2024-W11-WE']]),
    ).toEqual([['2024-W11-WE', 'planned', 'Another round is planned']]);
    // (a saying of a plan is news of its own day: someone said it)
    expect(
      told('Officials said the bridge would reopen in May.', [['May', '2024-05']]).map((e) => e[0]),
    ).toEqual(['2024-03-14', '2024-05']);
  });

  it('a past act without a date of its own is bounded by its "after" or "before" clause ("after 1960")', () => {
    const list = events(
      'After graduating from Yale in 1960, he joined the Navy.',
      [['1960', '1960']],
      '2023-11-09',
    );
    expect(list.map((e) => [e.date.label, e.date.approximate, e.title])).toEqual([
      ['1960', false, 'He graduated from Yale'],
      ['after 1960', true, 'He joined the Navy'],
    ]);
    const before = events(
      'He served five terms before retiring in 2007.',
      [['2007', '2007']],
      '2023-11-09',
    );
    expect(before.map((e) => [e.date.label, e.title])).toEqual([
      ['2007', 'He retired'],
      ['before 2007', 'He served five terms'],
    ]);
    // a bound or a saying's day in that clause is not the time of its act
    const bound = events(
      'Crowds rallied after the court said it would rule by Jan. 14.',
      [['Jan. 14', '2000-01-14']],
      '2000-01-15',
    );
    expect(bound.map((e) => e.date.label)).not.toContain('after January 14, 2000');
  });

  it('a second clause opened by "and" loses it in its title ("The company expects growth to slow")', () => {
    const list = events(
      'Sales rose in 2024, and the company expects growth to slow in the first quarter.',
      [
        ['2024', '2024'],
        ['first quarter', '2025-Q1'],
      ],
      '2025-01-15',
    );
    expect(list.map((e) => e.title)).toContain('The company expects growth to slow');
  });

  it('a past act whose second verb phrase has the date is one event ("worked ... and reached a deal early Tuesday")', () => {
    const text = 'Negotiators worked through the night and reached a deal early Tuesday.';
    const list = events(text, [['Tuesday', '2025-05-20']], '2025-05-20');
    expect(list.map((e) => e.title)).toEqual(['Negotiators reached a deal']);
  });

  it('a distance in time keeps the clause it is measured from ("came hours after ...")', () => {
    const text =
      'Drones attacked Kyiv on Sunday. The attack came hours after the president returned from Washington.';
    const list = events(text, [['Sunday', '2023-05-28']], '2023-05-28');
    expect(list.map((e) => e.title)).toEqual(['Drones attacked Kyiv']);
    expect(list[0]!.sources.length).toBe(2);
    const alone = events('The attack came hours after the president returned from Washington.', []);
    expect(alone.map((e) => e.title)).toEqual([
      'The attack came hours after the president returned from Washington',
    ]);
    // a present verb the lexicon does not know is no reason to title by the earlier act, which
    // is an event of its own, the distance before
    const present = events('The ruling comes two weeks after the court agreed to hear a case.', []);
    expect(present.map((e) => e.title)).toEqual([
      'The court agreed to hear a case',
      'The ruling comes two weeks after the court agreed to hear a case',
    ]);
    expect(daysBetween(present[0]!.date.start, present[1]!.date.start)).toBe(14);
  });

  it('a short sentence with a subject is an event of its own ("Preorders open Friday.")', () => {
    const text = 'The phone goes on sale Sept. 22. Preorders open Friday.';
    const list = events(
      text,
      [
        ['Sept. 22', '2023-09-22'],
        ['Friday', '2023-09-15'],
      ],
      '2023-09-12',
    );
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2023-09-15', 'Preorders open'],
      ['2023-09-22', 'The phone goes on sale'],
    ]);
  });

  it('"now" does not make a clause the title of its day over the lead', () => {
    const text =
      "Apple CEO Steve Jobs introduced the next generation of software products from Apple and its partners at the company's own developers conference keynote in San Francisco.\n\nMeanwhile the Twitter network is now integrated into iOS devices, Jobs says.";
    const list = events(text, [['now', 'PRESENT_REF']], '2011-06-07');
    expect(list.map((e) => [e.title, e.sources.length])).toEqual([
      ['Apple CEO Steve Jobs introduced the next generation of software products from Apple', 2],
    ]);
  });

  it('a dateline\'s words cut no clause ("UNITED NATIONS (AP) —": no verb "united")', () => {
    // (was a second event "The council will vote" on the publication's day)
    const text = 'UNITED NATIONS (AP) — The council will vote Friday.';
    const list = events(text, [['Friday', '2026-03-06']], '2026-03-03');
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2026-03-06', 'The council will vote'],
    ]);
  });

  it('a lead that only says what its subject is does not title the act a later sentence dates', () => {
    // (was "He was 85" and "Smith was a famous painter": the lead's bonus outweighed the date)
    for (const lead of ['He was 85.', 'Smith was a famous painter.']) {
      const text = `${lead} He died on Feb. 27.`;
      const list = events(text, [['Feb. 27', '2026-02-27']], '2026-03-03');
      expect(list.map((e) => [e.date.value, e.title])).toEqual([['2026-02-27', 'He died']]);
    }
    // (an act the lead tells keeps the title)
    const text = 'Smith was killed in a crash. He died on Feb. 27.';
    const list = events(text, [['Feb. 27', '2026-02-27']], '2026-03-03');
    expect(list.map((e) => e.title)).toEqual(['Smith was killed in a crash']);
  });

  it('a reported statement without a date joins the day’s main event instead of starting one', () => {
    const text =
      'Belarus has announced it has restored controls at its border.\n\nAleinik stated that the controls were needed.';
    const list = events(text, [], '2023-05-17');
    expect(list).toHaveLength(1);
    expect(list[0]?.sources).toHaveLength(2);
  });

  it('keeps an article to at most MAX_EVENTS events by merging those only dateless sentences started', () => {
    const text = Array.from(
      { length: 20 },
      (_, i) => `Company${String.fromCharCode(65 + i)} has signed a deal.`,
    ).join(' ');
    const list = events(text, [], '2023-05-17');
    expect(list.length).toBeLessThanOrEqual(MAX_EVENTS);
    expect(list.flatMap((e) => e.sources)).toHaveLength(20);
  });
});

describe('buildEvents() leaves out what is not the article’s own prose', () => {
  it('skips asides: an embedded post that repeats the lead adds no event and no source', () => {
    const lead = 'Belarus has partially restored controls on its border with Russia.';
    const post =
      '\n\nBelarus has restored controls on its border with Russia on Monday. — Name (@handle) May 17, 2023\n\n';
    const text = `${lead}${post}Russia sends troops through Belarus.`;
    const start = text.indexOf(post) + 2;
    const end = start + post.trim().length;
    const timexes = [
      timex(text, 'Monday', '2023-05-15'),
      timex(text, 'May 17, 2023', '2023-05-17'),
    ];
    const withAside = buildEvents(
      article(text, '2023-05-17', { asides: [{ start, end, kind: 'embedded-post' }] }),
      timexes,
    );
    expect(withAside.flatMap((e) => e.sources).every((s) => s.end <= start || s.start >= end)).toBe(
      true,
    );
    expect(dates(withAside)).toEqual(['2023-05-17']);
  });

  it('skips the headline and a dateline', () => {
    const text = 'Apple unveils iPhone 4\n\nJune 8, 2010\n\nYesterday, Jobs unveiled the iPhone 4.';
    const list = events(
      text,
      [
        ['June 8, 2010', '2010-06-08'],
        ['Yesterday', '2010-06-07'],
      ],
      '2010-06-08',
    );
    expect(list.flatMap((e) => e.sources.map((s) => s.quote))).toEqual([
      'Yesterday, Jobs unveiled the iPhone 4.',
    ]);
  });
});

describe('buildEvents() events carry what a reader needs', () => {
  const text =
    'Alexei Moskalyov escaped to Belarus in March after receiving a two-year sentence in Russia.';
  const specs: TimexSpec[] = [
    ['March', '2023-03'],
    ['two-year', 'P2Y', 'DURATION'],
  ];

  it('a short extractive title without the date, a summary, actors and places', () => {
    const [event] = events(text, specs);
    expect(event).toMatchObject({
      title: 'Alexei Moskalyov escaped to Belarus',
      summary: text,
      actors: ['Alexei Moskalyov'],
      date: { value: '2023-03', granularity: 'month', label: 'March 2023' },
    });
    expect(event?.places).toContain('Belarus');
  });

  it('titles each date of a clause by its own stretch, borrowing the verb it leaves out', () => {
    const text =
      'In 1998 Apple introduced the iMac, in 2001 the iPod and the following year Mac OS X was released.';
    const list = events(
      text,
      [
        ['1998', '1998'],
        ['2001', '2001'],
        ['the following year', '2002'],
      ],
      '2011-10-06',
    );
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['1998', 'Apple introduced the iMac'],
      ['2001', 'Apple introduced the iPod'],
      ['2002', 'Mac OS X was released'],
    ]);
  });

  it('a date written with capitals is no actor, nor the person a pronoun stands for', () => {
    const text =
      'Elian Gonzalez, 6, is at the center of a custody fight. He was found floating off the Florida coast on Thanksgiving Day.';
    const list = events(text, [['Thanksgiving Day', '1999-11-25']], '2000-04-03');
    const found = list.find((e) => e.date.value === '1999-11-25');
    expect(found?.title).toBe('Elian Gonzalez was found floating off the Florida coast');
    expect(list.flatMap((e) => e.actors)).not.toContain('Thanksgiving Day');
  });

  it('a sentence adverb that opens the sentence is no actor ("Meantime,", "Ahead of the vote,")', () => {
    // (were the actors "Meantime" and "Ahead")
    const text =
      'Meantime, the company closed the plant on Monday. Ahead of the vote on Friday, Apple met investors.';
    const list = events(
      text,
      [
        ['Monday', '2023-05-15'],
        ['Friday', '2023-05-19'],
      ],
      '2023-05-17',
    );
    expect(list.map((e) => e.actors)).toEqual([[], ['Apple']]);
  });

  it('titles a list of dated names with the whole verb group, and keeps names joined by "and"', () => {
    const text =
      'Since 1949, it has been expanded to include Greece and Turkey in 1952, Germany in 1955 and Spain in 1982.';
    const list = events(
      text,
      [
        ['1949', '1949'],
        ['1952', '1952'],
        ['1955', '1955'],
        ['1982', '1982'],
      ],
      '1999-03-12',
    );
    expect(list.filter((e) => e.date.value !== '1949').map((e) => e.title)).toEqual([
      'It has been expanded to include Greece and Turkey',
      'It has been expanded to include Germany',
      'It has been expanded to include Spain',
    ]);
  });

  it('a list of dated figures borrows the verb of what was said ("Airbus said it expected to deliver")', () => {
    const text =
      'Airbus said it expected to deliver one aircraft in 2007, 13 in 2008 and 25 in 2009.';
    const list = events(
      text,
      [
        ['2007', '2007'],
        ['2008', '2008'],
        ['2009', '2009'],
      ],
      '2006-10-03',
    );
    // (the saying is an event of its own, at the publication day)
    expect(list.filter((e) => e.date.granularity === 'year').map((e) => e.title)).toEqual([
      'Airbus said it expected to deliver one aircraft',
      'Airbus said it expected to deliver 13',
      'Airbus said it expected to deliver 25',
    ]);
  });

  it("divides a clause's dates at commas, but not at those of a place name", () => {
    const text =
      'With the finding of a rifle 11 days ago, the authorities in the Buffalo, N.Y., area say they have the evidence to go to a grand jury next week.';
    const list = events(
      text,
      [
        ['11 days ago', '1999-04-08'],
        ['next week', '1999-W17'],
      ],
      '1999-04-19',
    );
    expect(list.map((e) => e.title)).toEqual([
      'The authorities in the Buffalo area say they have the evidence to go',
      'The authorities in the Buffalo area say they have the evidence to go',
    ]);
  });

  it('a leading "he" stands for the person last named before it, not one named in passing', () => {
    const text =
      'Steve Jobs founded Apple in 1976. Markets were closed in honor of Martin Luther King. He fought pancreatic cancer in 2004. Fritz Henderson, the chief executive, spoke on Monday. He said the company would cut jobs by 2011.';
    const list = events(
      text,
      [
        ['1976', '1976'],
        ['2004', '2004'],
        ['Monday', '2023-05-15'],
        ['2011', '2011'],
      ],
      '2023-05-17',
    );
    const titleAt = (value: string) => list.find((e) => e.date.value === value)?.title;
    expect(titleAt('2004')).toBe('Steve Jobs fought pancreatic cancer');
    expect(titleAt('2011')).toMatch(/^Fritz Henderson said the company would cut jobs/u);
  });

  it('the person a leading "he" stands for is an actor of the event, first', () => {
    const text =
      'Steve Jobs was born in San Francisco in 1955. He started Apple in 1976. In 1986 he bought Pixar.';
    const list = events(
      text,
      [
        ['1955', '1955'],
        ['1976', '1976'],
        ['1986', '1986'],
      ],
      '2011-10-06',
    );
    const at = (value: string) => list.find((e) => e.date.value === value);
    expect(at('1976')?.title).toBe('Steve Jobs started Apple');
    expect(at('1976')?.actors).toEqual(['Steve Jobs', 'Apple']);
    expect(at('1986')?.actors[0]).toBe('Steve Jobs');
    // a name the sentence gives itself is not repeated
    expect(at('1955')?.actors.filter((a) => a.includes('Jobs'))).toEqual(['Steve Jobs']);
  });

  it('an object relative clause puts back its noun whole ("the banking system", not "system")', () => {
    const text =
      'Last week, Congress passed a rescue plan for the banking system, which President Bush signed into law on Friday.';
    const list = events(
      text,
      [
        ['Last week', '2023-W19'],
        ['Friday', '2023-05-12'],
      ],
      '2023-05-17',
    );
    expect(list.find((e) => e.date.value === '2023-05-12')?.title).toBe(
      'President Bush signed the banking system into law',
    );
  });

  it.each<[string, string, TimexSpec[], Record<string, string>]>([
    [
      'a second verb phrase with its own date keeps the subject ("and will stay closed")',
      "The island's banks have been shut since March 16 and will stay closed until Tuesday.",
      [
        ['March 16', '2023-03-16'],
        ['Tuesday', '2023-05-23'],
      ],
      {
        '2023-03-16': "The island's banks have been shut",
        // (a state up to a date ahead runs from the publication day)
        '2023-05-17': "The island's banks will stay closed",
      },
    ],
    [
      'a verb phrase still to come after a past one is dated alone ("remanded him and will pass sentence on July 1")',
      'Judge Helen Mayhew remanded Pellow in custody and will pass sentence on July 1.',
      [['July 1', '2023-07-01']],
      { '2023-07-01': 'Judge Helen Mayhew will pass sentence' },
    ],
    [
      'a past inside a relative clause before a present makes no such cut ("who attacked her is in custody and will")',
      'The man who attacked her is in custody and will be sentenced on July 1.',
      [['July 1', '2023-07-01']],
      { '2023-07-01': 'The man who attacked her is in custody and will be sentenced' },
    ],
    [
      'a main clause resumed after a relative aside is dated by its own date, with the noun before the aside ("the storm, which ..., had weakened")',
      'Officials said the storm, which made landfall late Tuesday near Tampa, had weakened by Wednesday morning.',
      [
        ['Tuesday', '2024-03-12'],
        ['Wednesday morning', '2024-03-13TMO'],
      ],
      {
        '2024-03-12': 'The storm made landfall near Tampa',
        '2024-03-13': 'The storm had weakened',
      },
    ],
    [
      'the date of a phrase fronted before the subject dates the statement after it ("In a statement released Sunday,")',
      'In a statement released Sunday, the ministry said the talks would resume next week in Geneva.',
      [
        ['Sunday', '2024-03-10'],
        ['next week', '2024-W12'],
      ],
      {
        '2024-03-10': 'The ministry said the talks would resume in Geneva',
        '2024-W12': 'The ministry said the talks would resume in Geneva',
      },
    ],
    [
      'a fronted participle phrase with a date is the time of the saying after it ("Speaking to reporters on Friday,")',
      'Speaking to reporters on Friday, the minister said the ceasefire would take effect in April.',
      [
        ['Friday', '2024-03-08'],
        ['April', '2024-04'],
      ],
      {
        '2024-03-08': 'The minister said the ceasefire would take effect',
        '2024-04': 'The minister said the ceasefire would take effect',
      },
    ],
    [
      'the date of a state told without a verb between commas is the state\'s, not the main clause\'s ("open until Jan. 7")',
      'The exhibition, open until Jan. 7, has drawn more than 200,000 visitors.',
      [['Jan. 7', '2024-01-07']],
      { '2023-05-17': 'The exhibition is open' },
    ],
    [
      'a state aside after a name ("Mr. Smith, in office since 2019,")',
      'Mr. Smith, in office since 2019, said on Monday that he would resign.',
      [
        ['2019', '2019'],
        ['Monday', '2023-05-15'],
      ],
      { '2019': 'Mr. Smith is in office', '2023-05-15': 'Mr. Smith said that he would resign' },
    ],
    [
      'a relative aside with an adverb before its verb and the main clause resumed after it ("who last won", "open the playoffs")',
      'The Dodgers, who last won the World Series in 2020, open the playoffs on Saturday against the Padres.',
      [
        ['2020', '2020'],
        ['Saturday', '2024-10-05'],
      ],
      {
        '2020': 'The Dodgers last won the World Series',
        '2024-10-05': 'The Dodgers open the playoffs against the Padres',
      },
    ],
    [
      'a name in -ing that opens a sentence is its subject ("Boeing, the largest U.S. exporter, said")',
      'Boeing, the largest U.S. exporter, said Tuesday it would slow production.',
      [['Tuesday', '2024-04-30']],
      { '2024-04-30': 'Boeing said it would slow production' },
    ],
    [
      'the "it" of what was said is its sayer, not what is left of a dateline ("PARIS, France —")',
      'PARIS, France — Eurostar said on Tuesday it would add 10 trains in June.',
      [
        ['Tuesday', '2024-04-30'],
        ['June', '2024-06'],
      ],
      {
        '2024-04-30': 'Eurostar said it would add 10 trains',
        '2024-06': 'Eurostar would add 10 trains',
      },
    ],
    [
      'a carrier\'s name is no person\'s: the "it" of what it said is the carrier ("Meridian Air said")',
      'Meridian Air said on Tuesday it would cancel 40 flights a day from June 2.',
      [
        ['Tuesday', '2024-04-30'],
        ['June 2', '2024-06-02'],
      ],
      {
        '2024-04-30': 'Meridian Air said it would cancel 40 flights a day',
        '2024-06-02': 'Meridian Air would cancel 40 flights a day',
      },
    ],
    [
      'a name in -ing before its relative clause ("Beijing, which imposed tariffs in March")',
      'Beijing, which imposed tariffs in March, said Tuesday it would retaliate.',
      [
        ['March', '2024-03'],
        ['Tuesday', '2024-04-30'],
      ],
      { '2024-03': 'Beijing imposed tariffs', '2024-04-30': 'Beijing said it would retaliate' },
    ],
    [
      'a name in -ing before its verb ("Boeing delivered 83 jets in March and said Tuesday")',
      'Boeing delivered 83 jets in March and said Tuesday it would slow production.',
      [
        ['March', '2024-03'],
        ['Tuesday', '2024-04-30'],
      ],
      {
        '2024-03': 'Boeing delivered 83 jets',
        '2024-04-30': 'Boeing said it would slow production',
      },
    ],
    [
      'what was said without "that" after the day of the saying is a clause of its own ("said on Tuesday it delivered")',
      'Airbus said on Tuesday it delivered 766 jets in 2024.',
      [
        ['Tuesday', '2025-01-07'],
        ['2024', '2024'],
      ],
      { '2024': 'Airbus delivered 766 jets', '2025-01-07': 'Airbus said it delivered 766 jets' },
    ],
    [
      'the period a forecast is for is not the time it was raised ("raised its guidance for the second quarter on Monday")',
      'Boeing raised its guidance for the second quarter on Monday.',
      [
        ['the second quarter', '2024-Q2'],
        ['Monday', '2024-05-06'],
      ],
      { '2024-05-06': 'Boeing raised its guidance for the second quarter' },
    ],
    [
      'a second verb in -s of its own takes the subject alone ("was signed in 1994 and expires in 2026")',
      'The treaty was signed in 1994 and expires in 2026.',
      [
        ['1994', '1994'],
        ['2026', '2026'],
      ],
      { '1994': 'The treaty was signed', '2026': 'The treaty expires' },
    ],
    [
      'a borrowed verb group keeps the verb after its modal ("Apple will release the tablet")',
      'Apple will release the phone in June and the tablet in September.',
      [
        ['June', '2025-06'],
        ['September', '2025-09'],
      ],
      { '2025-06': 'Apple will release the phone', '2025-09': 'Apple will release the tablet' },
    ],
    [
      'a stretch that opens with the preposition of the one before borrows all up to it ("will add flights to Seoul")',
      'The airline will add flights to Tokyo in June and to Seoul in September.',
      [
        ['June', '2025-06'],
        ['September', '2025-09'],
      ],
      {
        '2025-06': 'The airline will add flights to Tokyo',
        '2025-09': 'The airline will add flights to Seoul',
      },
    ],
    [
      'a borrowed stretch keeps its words as written ("$2 million", "5,000 cars"), and a second verb phrase the subject',
      'The fund gave $2 million to schools in 2021 and to hospitals in 2022, and sold 5,000 cars in China in 2019 and in India in 2020.',
      [
        ['2021', '2021'],
        ['2022', '2022'],
        ['2019', '2019'],
        ['2020', '2020'],
      ],
      {
        '2022': 'The fund gave $2 million to hospitals',
        '2020': 'The fund sold 5,000 cars in India',
      },
    ],
    [
      'a stretch with a subject of its own borrows nothing ("and it takes effect in July")',
      'The governor signed the bill on Monday and it takes effect in July.',
      [
        ['Monday', '2025-03-10'],
        ['July', '2025-07'],
      ],
      { '2025-03-10': 'The governor signed the bill', '2025-07': 'It takes effect' },
    ],
    [
      'an absolute phrase with a participle tells of its own noun ("with more cancellations expected Wednesday")',
      'The airline cut 50 flights on Tuesday, with more cancellations expected Wednesday.',
      [
        ['Tuesday', '2025-03-11'],
        ['Wednesday', '2025-03-12'],
      ],
      {
        '2025-03-11': 'The airline cut 50 flights',
        '2025-03-12': 'More cancellations are expected',
      },
    ],
    [
      'the day of a trailing relative is no story date for the main clause ("the deal, which was signed on Saturday")',
      'The senator criticized the deal, which was signed on Saturday.',
      [['Saturday', '2025-03-08']],
      { '2025-03-08': 'The deal was signed' },
    ],
    [
      'a "which" whose verb takes no company goes with the thing a name completes ("an agreement with Helix Labs, which was signed")',
      'It licensed the drug under an agreement with Helix Labs, which was signed in 2019.',
      [['2019', '2019']],
      { '2019': 'An agreement with Helix Labs was signed' },
    ],
    [
      'so after "between" two names ("a treaty between Chile and Peru, which was ratified")',
      'The dispute turned on a treaty between Chile and Peru, which was ratified in 1929.',
      [['1929', '1929']],
      { '1929': 'A treaty between Chile and Peru was ratified' },
    ],
    [
      'a "which" whose verb a company may take stays with the name ("a deal with Helix Labs, which opened a plant")',
      'Acme signed a deal with Helix Labs, which opened a plant in 2019.',
      [['2019', '2019']],
      { '2019': 'Helix Labs opened a plant' },
    ],
    [
      'a "which" with an active verb of a thing and an object stays with the name ("a deal with Helix Labs, which signed a contract")',
      'The union reached a deal with Helix Labs, which signed a contract with the city in 2019.',
      [['2019', '2019']],
      { '2019': 'Helix Labs signed a contract with the city' },
    ],
    [
      'a second clause with its own plural subject keeps it ("but lawmakers overrode the veto")',
      'The governor vetoed the bill last year, but lawmakers overrode the veto in March.',
      [
        ['last year', '2023'],
        ['March', '2024-03'],
      ],
      { '2023': 'The governor vetoed the bill', '2024-03': 'Lawmakers overrode the veto' },
    ],
    [
      'two clauses each with a date and a subject and verb keep their own short titles',
      'They divorced in 1989, and he remarried two years later.',
      [
        ['1989', '1989'],
        ['two years later', '1991'],
      ],
      { '1989': 'They divorced', '1991': 'He remarried' },
    ],
    [
      '"but" parts the stretches of two dates ("lost on Saturday but clinched ... on Sunday")',
      'The Lakers lost 108-106 on Saturday but clinched a playoff spot on Sunday.',
      [
        ['Saturday', '2024-05-04'],
        ['Sunday', '2024-05-05'],
      ],
      {
        '2024-05-04': 'The Lakers lost 108-106',
        '2024-05-05': 'The Lakers clinched a playoff spot',
      },
    ],
    [
      'a date\'s own words are no verb of its stretch ("and the Senate in May")',
      'The bill passed the House in March and the Senate in May.',
      [
        ['March', '2024-03'],
        ['May', '2024-05'],
      ],
      { '2024-03': 'The bill passed the House', '2024-05': 'The bill passed the Senate' },
    ],
    [
      'a particle stays with its verb when the date goes ("sworn in on Monday", "take over on July 1"), and so does the "of" of "a trial date of"',
      'She was sworn in on Monday. The mayor will take over on July 1. A judge set a trial date of Sept. 9 for the men.',
      [
        ['Monday', '2024-03-11'],
        ['July 1', '2024-07-01'],
        ['Sept. 9', '2024-09-09'],
      ],
      {
        '2024-03-11': 'She was sworn in',
        '2024-07-01': 'The mayor will take over',
        '2024-09-09': 'A judge set a trial date for the men',
      },
    ],
    [
      'what a witness testified is what was said, not a clause about the day ("testified Tuesday that")',
      'She testified Tuesday that she had met the defendant in 2015.',
      [
        ['Tuesday', '2024-03-12'],
        ['2015', '2015'],
      ],
      {
        '2015': 'She had met the defendant',
        '2024-03-12': 'She testified that she had met the defendant',
      },
    ],
    [
      'an absolute phrase tells of its own noun ("with arguments likely in the fall"), and a date leaves no preposition behind',
      'The Supreme Court on Monday agreed to hear a challenge to the law, with arguments likely in the fall and a decision expected by June 2026.',
      [
        ['Monday', '2025-05-19'],
        ['fall', '2025-FA'],
        ['June 2026', '2026-06'],
      ],
      {
        '2025-05-19': 'The Supreme Court agreed to hear a challenge to the law',
        '2025-FA': 'Arguments are likely',
        '2026-06': 'A decision is expected',
      },
    ],
    [
      'a "since" clause a record is measured from keeps its date to itself ("the deadliest since the ceasefire took effect")',
      "Monday's attack was the deadliest since the ceasefire took effect in January.",
      [
        ['Monday', '2025-03-03'],
        ['January', '2025-01'],
      ],
      { '2025-01': 'The ceasefire took effect', '2025-03-03': "Monday's attack was the deadliest" },
    ],
    [
      'a dateline with its agency and no date left is no part of a title ("BERLIN, March 3 (Reuters) -")',
      'BERLIN, March 3 (Reuters) - German lawmakers approved an infrastructure fund on Monday.',
      [
        ['March 3', '2025-03-03'],
        ['Monday', '2025-03-03'],
      ],
      { '2025-03-03': 'German lawmakers approved an infrastructure fund' },
    ],
    [
      'a stretch that opens the clause without a known verb borrows none from after it ("Polls close at 8 p.m. on Tuesday")',
      'Polls close at 8 p.m. Eastern time on Tuesday, and results are expected by midnight.',
      [
        ['8 p.m. Eastern time on Tuesday', '2025-02-11T20:00'],
        ['midnight', '2025-02-11T24:00'],
      ],
      { '2025-02-11': 'Polls close, and results are expected' },
    ],
    [
      'a relative clause after an appositive name tells of the name ("Its chief executive, Jane Roe, who took over")',
      'Its chief executive, Jane Roe, who took over in 2021, said on Monday that profits would rise.',
      [
        ['2021', '2021'],
        ['Monday', '2024-09-30'],
      ],
      { '2021': 'Jane Roe took over' },
    ],
    [
      'a "whose" clause tells of what belongs to the name ("Disney, whose shares rose 3% on Monday")',
      'Disney, whose shares rose 3% on Monday, said it would cut costs.',
      [['Monday', '2024-05-06']],
      { '2024-05-06': 'Disney’s shares rose 3%' },
    ],
    [
      'a main clause of a few words keeps the "when" clause that tells what happened then',
      'The crisis began on March 11, when the bank disclosed a $2.1 billion loss on bond sales.',
      [['March 11', '2024-03-11']],
      {
        '2024-03-11': 'The crisis began when the bank disclosed a $2.1 billion loss on bond sales',
      },
    ],
    [
      'a word in -ing after "after" that qualifies a subject of its own opens no participle clause ("after striking workers blocked")',
      'The talks collapsed on Monday after striking workers blocked the port on Sunday.',
      [
        ['Monday', '2019-11-04'],
        ['Sunday', '2019-11-03'],
      ],
      { '2019-11-03': 'Striking workers blocked the port', '2019-11-04': 'The talks collapsed' },
    ],
    [
      'a word in -ing before a past verb without an object is its subject ("after fighting broke out")',
      'The toll rose to 40 on Monday after fighting broke out in April.',
      [
        ['Monday', '2019-11-04'],
        ['April', '2019-04'],
      ],
      { '2019-04': 'Fighting broke out', '2019-11-04': 'The toll rose to 40' },
    ],
    [
      'a subject and its verb are title enough for a subordinate clause ("after fighting began")',
      'The toll rose to 40 on Monday after fighting began in April.',
      [
        ['Monday', '2019-11-04'],
        ['April', '2019-04'],
      ],
      { '2019-04': 'Fighting began', '2019-11-04': 'The toll rose to 40' },
    ],
    [
      'a participle that is no noun of an activity borrows the main subject ("after arriving exhausted")',
      'He arrived in London on Monday after arriving exhausted in Paris in April.',
      [
        ['Monday', '2019-11-04'],
        ['April', '2019-04'],
      ],
      { '2019-04': 'He arrived exhausted in Paris', '2019-11-04': 'He arrived in London' },
    ],
    [
      'a participle clause in "being" is a passive in the past ("after being arrested")',
      'He was released on Monday after being arrested in April.',
      [
        ['Monday', '2019-11-04'],
        ['April', '2019-04'],
      ],
      { '2019-04': 'He was arrested', '2019-11-04': 'He was released' },
    ],
    [
      'the later date of a relative clause tells of its noun too ("which opened in 1928 and was renovated in 2016")',
      'The Grand Halcyon, which opened in 1928 and was renovated in 2016, is closing.',
      [
        ['1928', '1928'],
        ['2016', '2016'],
      ],
      { '1928': 'The Grand Halcyon opened', '2016': 'The Grand Halcyon was renovated' },
    ],
    [
      'a "whose" clause whose verb is no known verb still tells of what belongs to the name ("Smith, whose term ends in 2025")',
      'Smith, whose term ends in 2025, said on Monday he would not run again.',
      [
        ['2025', '2025'],
        ['Monday', '2024-05-06'],
      ],
      { '2025': 'Smith’s term ends' },
    ],
    [
      'a relative clause after a list of names tells of all of them',
      'Poland, the Czech Republic and Hungary, who were invited to join NATO in Madrid in July 1997, will officially join NATO on March 12.',
      [
        ['July 1997', '1997-07'],
        ['March 12', '1999-03-12'],
      ],
      { '1997-07': 'Poland, the Czech Republic and Hungary were invited to join NATO in Madrid' },
    ],
    [
      'a participle in a list borrows the subject and auxiliaries of the verb before it ("He was charged")',
      'He was arrested in 2019, charged in 2020 and convicted in 2022.',
      [
        ['2019', '2019'],
        ['2020', '2020'],
        ['2022', '2022'],
      ],
      { '2019': 'He was arrested', '2020': 'He was charged', '2022': 'He was convicted' },
    ],
    [
      'a past that is no participle takes the subject alone ("was founded in 1998, went public in 2004")',
      'The company was founded in 1998, went public in 2004 and was acquired in 2019.',
      [
        ['1998', '1998'],
        ['2004', '2004'],
        ['2019', '2019'],
      ],
      { '2004': 'The company went public', '2019': 'The company was acquired' },
    ],
    [
      'a verb in a list borrows the subject of the verb before it, not of the clause that reports it',
      'It should be mentioned that the stock capital of Apple Inc tripled in 2004, doubled in 2005 and increased by 16 percent in 2006.',
      [
        ['2004', '2004'],
        ['2005', '2005'],
        ['2006', '2006'],
      ],
      {
        '2004': 'The stock capital of Apple Inc tripled',
        '2005': 'The stock capital of Apple Inc doubled',
      },
    ],
    [
      'a second verb phrase keeps a subject set off by an appositive ("Ms. Alvarez, 54,")',
      'Ms. Alvarez, 54, joined the company in 1998 and became chief executive in 2015.',
      [
        ['1998', '1998'],
        ['2015', '2015'],
      ],
      {
        '1998': 'Ms. Alvarez joined the company',
        '2015': 'Ms. Alvarez became chief executive',
      },
    ],
    [
      'a participle after the main clause takes its tense from the main verb, not from a fronted phrase ("According to press reports")',
      'According to press reports, Caridad Gonzalez, the oldest sister, was the first to come to the United States, arriving in 1966.',
      [['1966', '1966']],
      { '1966': 'Caridad Gonzalez arrived' },
    ],
    [
      'after "and", a word in -s is a verb of the subject before it ("and leaves for Jordan")',
      'Obama arrived in Israel on Wednesday for his first visit, and leaves for Jordan later today.',
      [
        ['Wednesday', '2023-05-15'],
        ['today', '2023-05-17'],
      ],
      {
        '2023-05-15': 'Obama arrived in Israel for his first visit',
        '2023-05-17': 'Obama leaves for Jordan',
      },
    ],
    [
      'a second participle right before its date shares the "was" too ("and released the next day")',
      'The man was arrested Friday and released the next day.',
      [
        ['Friday', '2024-03-08'],
        ['the next day', '2024-03-09'],
      ],
      { '2024-03-08': 'The man was arrested', '2024-03-09': 'The man was released' },
    ],
    [
      'a verb that takes no object shares no "was" ("was appointed ... and retired in 2006")',
      'She was appointed to the Supreme Court in 1981 and retired in 2006.',
      [
        ['1981', '1981'],
        ['2006', '2006'],
      ],
      { '1981': 'She was appointed to the Supreme Court', '2006': 'She retired' },
    ],
    [
      'a second passive verb phrase shares the "was" of the first ("and released on parole")',
      'She was sentenced to 15 years in prison in 2009 and released on parole last month.',
      [
        ['2009', '2009'],
        ['last month', '2023-04'],
      ],
      {
        '2009': 'She was sentenced to 15 years in prison',
        '2023-04': 'She was released on parole',
      },
    ],
    [
      'an active one does not ("was started in 1976, and launched the store in 2003")',
      'Apple Computer was started by Steve Jobs in 1976, and launched the iTunes Music Store in 2003.',
      [
        ['1976', '1976'],
        ['2003', '2003'],
      ],
      { '2003': 'Apple Computer launched the iTunes Music Store' },
    ],
    [
      'a participle aside after a noun, maybe after an adverb, is a passive of that noun',
      'The bill, first proposed in 2011, would take effect next year. The ceasefire, agreed two weeks ago, has largely held.',
      [
        ['2011', '2011'],
        ['next year', '2024'],
        ['two weeks ago', '2023-W18'],
      ],
      {
        '2011': 'The bill was first proposed',
        '2024': 'The bill would take effect',
        '2023-W18': 'The ceasefire was agreed',
      },
    ],
    [
      'a date after a preposition-like subordinator opens no clause ("take until Sunday to know")',
      'BP said on Thursday that the attempt was proceeding, but officials warned it could take until Sunday to know whether it had worked.',
      [
        ['Thursday', '2023-05-11'],
        ['Sunday', '2023-05-21'],
      ],
      { '2023-05-21': 'Officials warned it could take until Sunday to know whether it had worked' },
    ],
    [
      'a second verb phrase after an aside and a fronted phrase keeps the subject',
      'Mexico, where the virus was first detected in mid-April, has closed schools and cancelled public events until May 6. According to sources quoted by the Herald, Munero had fled to Florida in June 1998 and returned to Cuba later that year.',
      [
        ['mid-April', '2023-04'],
        ['May 6', '2023-05-06'],
        ['June 1998', '1998-06'],
        ['later that year', '1998'],
      ],
      {
        '2023-04': 'The virus was first detected in Mexico',
        '2023-05-06': 'Mexico cancelled public events',
        '1998': 'Munero returned to Cuba',
      },
    ],
    [
      'an aside with an adjective in -ed or an infinitive is left out; so is "late" before "on"',
      'Michael Jackson, the self-styled King of Pop, died late on Thursday. The quake, the strongest to hit the country in 200 years, destroyed the palace on Tuesday.',
      [
        ['Thursday', '2023-05-11'],
        ['200 years', 'P200Y', 'DURATION'],
        ['Tuesday', '2023-05-16'],
      ],
      { '2023-05-11': 'Michael Jackson died', '2023-05-16': 'The quake destroyed the palace' },
    ],
    [
      'so is one whose adjective in -ed follows an ordinal or an adverb ("the fourth named storm")',
      'Storm Darragh, the fourth named storm of the season, brought gusts of 93mph to Aberdaron on Saturday. Jane Doe, the newly elected mayor, took office on Tuesday.',
      [
        ['Saturday', '2023-05-13'],
        ['Tuesday', '2023-05-16'],
      ],
      {
        '2023-05-13': 'Storm Darragh brought gusts of 93mph to Aberdaron',
        '2023-05-16': 'Jane Doe took office',
      },
    ],
    [
      'a home of "no fixed abode" is no verb phrase: "abode" is a noun, and a word after "no" a modifier',
      'The man, of no fixed abode, appeared in court on Tuesday.',
      [['Tuesday', '2023-05-16']],
      { '2023-05-16': 'The man appeared in court' },
    ],
    [
      'the "and" of a range is no boundary for another date of the clause: the subject stays whole',
      'A nurse who killed three patients between June 2015 and June 2016 was jailed for life on Tuesday.',
      [
        ['June 2015', '2015-06'],
        ['June 2016', '2016-06'],
        ['Tuesday', '2023-05-16'],
      ],
      // (the relative, which ends with its own dates, is an event of its own: restrictive-relative.test.ts)
      { '2023-05-16': 'A nurse was jailed for life' },
    ],
    [
      'a word in -ing before a subject with its own verb opens no fronted phrase ("Waiting times rose")',
      'Waiting times rose in April, figures showed. Rising prices pushed inflation to 4% in March, figures published on Tuesday showed. Waiting times in A&E were the worst on record in February, figures showed.',
      [
        ['April', '2023-04'],
        ['March', '2023-03'],
        ['Tuesday', '2023-05-16'],
        ['February', '2023-02'],
      ],
      {
        '2023-04': 'Waiting times rose',
        '2023-03': 'Rising prices pushed inflation to 4%',
        '2023-02': 'Waiting times in A&E were the worst on record',
      },
    ],
    [
      'a word in -ing of a verb taking a clause, its "that" left out, opens a fronted phrase ("Fearing prices would rise")',
      'Fearing prices would rise, shoppers stocked up on Monday. Citing concerns the plan was rushed, the council delayed the vote in April. Reporting restrictions were lifted in March, the court heard.',
      [
        ['Monday', '2023-05-15'],
        ['April', '2023-04'],
        ['March', '2023-03'],
      ],
      {
        '2023-05-15': 'Shoppers stocked up',
        '2023-04': 'The council delayed the vote',
        // (but "reporting" qualifies its noun: ING_NOUN_QUALIFIERS)
        '2023-03': 'Reporting restrictions were lifted',
      },
    ],
    [
      '"and" with a participle used as an adjective, or one sharing an object, opens no verb phrase',
      'The FBI put activist and accused doctor killer James Kopp on its list on Monday. The FBI has interviewed and released one of two men on Saturday.',
      [
        ['Monday', '2023-05-15'],
        ['Saturday', '2023-05-13'],
      ],
      {
        '2023-05-15': 'The FBI put activist and accused doctor killer James Kopp on its list',
        '2023-05-13': 'The FBI has interviewed and released one of two men',
      },
    ],
    [
      'an aside ends at a verb in -s ("The lawsuit, filed in March, argues"), after a possessive too',
      "The lawsuit, filed in March by 12 states, argues the rule exceeds the agency's authority. Apple Corps' latest suit, filed in September 2003, claims that Apple violated the agreement.",
      [
        ['March', '2023-03'],
        ['September 2003', '2003-09'],
      ],
      {
        '2023-03': 'The lawsuit was filed by 12 states',
        '2023-05-17': "The lawsuit argues the rule exceeds the agency's authority",
        '2003-09': "Apple Corps' latest suit was filed",
      },
    ],
    [
      'a phrase that only places the date goes with it ("on Dec. 25, 1991, the day before")',
      'He resigned on Dec. 25, 1991, the day before the Soviet Union was dissolved. In January, a week after the anniversary of the Roe vs. Wade Supreme Court decision, a bombing killed a guard.',
      [
        ['Dec. 25, 1991', '1991-12-25'],
        ['January', '2023-01'],
      ],
      {
        '1991-12-25': 'He resigned before the Soviet Union was dissolved',
        '2023-01': 'A bombing killed a guard',
      },
    ],
    [
      'a date after "in the" and before a name and its verb dates the clause, and is no part of the subject',
      "In the late 1980's Apple Computer added audio recording to its computers, prompting Apple Corps to file suit again in 1989. The 2012 Olympic Games cost Britain 9 billion pounds.",
      [
        ["late 1980's", '198X'],
        ['1989', '1989'],
        ['2012', '2012'],
      ],
      {
        '198X': 'Apple Computer added audio recording to its computers',
        '1989': 'Apple Computer prompted Apple Corps to file suit again',
        '2012': 'The 2012 Olympic Games cost Britain 9 billion pounds',
      },
    ],
    [
      'a capitalised word in -ing inside a sentence is a name ("Xi Jinping", "Deng Xiaoping")',
      'Xi Jinping, who became party chief in November, was named president on March 14. Deng Xiaoping died on Wednesday and was buried on Friday.',
      [
        ['November', '2022-11'],
        ['March 14', '2023-03-14'],
        ['Wednesday', '2023-05-10'],
        ['Friday', '2023-05-12'],
      ],
      {
        '2023-03-14': 'Xi Jinping was named president',
        '2023-05-12': 'Deng Xiaoping was buried',
      },
    ],
    [
      'the news of a saying about a later date keeps who said it and that date',
      'Banks will reopen on Tuesday, the central bank said, but capital controls will remain.',
      [['Tuesday', '2023-05-23']],
      {
        '2023-05-17': 'Banks will reopen on Tuesday, the central bank said',
        '2023-05-23': 'Banks will reopen',
      },
    ],
    [
      'the news of a saying keeps who said it when they confirmed it, or are officials named with an adjective',
      'The inquiry will publish its report on June 12, the chairman confirmed on Tuesday. A rail line will open by the end of 2025, local authorities said on Monday.',
      [
        ['June 12', '2023-06-12'],
        ['Tuesday', '2023-05-16'],
        ['the end of 2025', '2025'],
        ['Monday', '2023-05-15'],
      ],
      {
        '2023-05-16': 'The inquiry will publish its report, the chairman confirmed',
        '2023-05-15': 'A rail line will open, local authorities said',
      },
    ],
    [
      'a participle clause after a past main clause is told in the past, with its subject',
      'The guerrilla fighters waged war on the troops of Batista, declaring victory on Jan. 1, 1959. Russia will build a base, raising tensions by 2030.',
      [
        ['Jan. 1, 1959', '1959-01-01'],
        ['2030', '2030'],
      ],
      {
        '1959-01-01': 'The guerrilla fighters declared victory',
        '2030': 'Russia raising tensions',
      },
    ],
    [
      'a date after what was ordered is its target, titled from its doers',
      'The government on Wednesday ordered local authorities to cut coal use by 2017.',
      [
        ['Wednesday', '2023-05-17'],
        ['2017', '2017'],
      ],
      {
        '2023-05-17': 'The government ordered local authorities to cut coal use',
        '2017': 'Local authorities to cut coal use',
      },
    ],
  ])('%s', (_name, text, specs, titles) => {
    const list = events(text, specs, '2023-05-17');
    for (const [value, title] of Object.entries(titles))
      expect(list.filter((e) => e.date.value === value).map((e) => e.title)).toContain(title);
  });

  it('the new date something is put off to stays in its title, and dates it alone when nothing else does (a plan beside the day of the putting off)', () => {
    const titles = (text: string, specs: TimexSpec[]) =>
      events(text, specs, '2025-03-12').map((e) => [e.date.value, e.status, e.title]);
    expect(
      titles('The committee postponed its vote until March 25.', [['March 25', '2025-03-25']]),
    ).toEqual([['2025-03-25', 'planned', 'The committee postponed its vote until March 25']]);
    expect(
      titles('On Tuesday, the council delayed a decision until next month.', [
        ['Tuesday', '2025-03-11'],
        ['next month', '2025-04'],
      ]),
    ).toEqual([
      ['2025-03-11', 'happened', 'The council delayed a decision until next month'],
      ['2025-04', 'planned', 'The council’s decision'],
    ]);
  });

  it('"moved from Thursday to next Monday" is no range: the new date dates the event', () => {
    const text = 'The meeting was moved from Thursday to next Monday.';
    const timexes = [
      timex(text, 'Thursday', '2025-03-13', 'DATE', 0, { range: { role: 'start', other: 1 } }),
      timex(text, 'next Monday', '2025-03-17', 'DATE', 0, { range: { role: 'end', other: 0 } }),
    ];
    const list = buildEvents(article(text, '2025-03-12'), timexes);
    expect(list.map((e) => [e.date.value, e.date.through ?? null, e.title])).toEqual([
      ['2025-03-17', null, 'The meeting was moved to next Monday'],
    ]);
  });

  it.each<[string, string, string, string, string]>([
    [
      'The council will vote again in two weeks.',
      '2024-03-14',
      'two weeks',
      'P2W',
      'around March 28, 2024',
    ],
    [
      'The results are expected in 10 days.',
      '2024-03-14',
      '10 days',
      'P10D',
      'around March 24, 2024',
    ],
    ['The company will decide within a week.', '2024-03-14', 'a week', 'P1W', 'by March 21, 2024'],
    // (a span counted from the article's own announcement counts from the publication)
    [
      'The company will sell the unit within 90 days of this announcement.',
      '2024-03-14',
      '90 days',
      'P90D',
      'by June 12, 2024',
    ],
    [
      'The plant is set to reopen in three months.',
      '2024-11-14',
      'three months',
      'P3M',
      'around February 2025',
    ],
    ['The new line will open in two years.', '2024-03-14', 'two years', 'P2Y', 'around 2026'],
    // a past act, a record's span, or a publication known only to the month: no distance ahead
    ['The company collapsed in 10 days.', '2024-03-14', '10 days', 'P10D', 'March 14, 2024'],
    // (nor a span counted from another act: was "by May 13, 2024")
    [
      'Troops will withdraw within 60 days of the agreement taking effect.',
      '2024-03-14',
      '60 days',
      'P60D',
      'March 14, 2024',
    ],
    [
      'It will be the biggest rise in 10 years.',
      '2024-03-14',
      '10 years',
      'P10Y',
      'March 14, 2024',
    ],
    ['The council will vote again in two weeks.', '2024-03', 'two weeks', 'P2W', 'March 2024'],
  ])(
    'a clause still to come is dated a distance ahead: %s (%s)',
    (text, published, words, value, label) => {
      const [event] = events(text, [[words, value, 'DURATION']], published);
      expect(event?.date.label).toBe(label);
      expect(event?.date.approximate).toBe(/^(?:around|by) /u.test(label));
    },
  );

  it('a date counted from the story\'s last one tells what came next: its own event ("Later that year, engineers ...")', () => {
    const text = 'The bridge was closed in 2019. Later that year, engineers found cracks.';
    const timexes = [
      timex(text, '2019', '2019'),
      { ...timex(text, 'Later that year', '2019'), anchor: 'narrative' as const },
    ];
    expect(buildEvents(article(text, '2024-03-14'), timexes).map((e) => e.title)).toEqual([
      'The bridge was closed',
      'Engineers found cracks',
    ]);
    // ... also one with a named actor, unless that actor is of the event of that date
    const fed = 'The market rose on Wednesday. Later that day, Jerome Powell cut rates.';
    const dates = [
      timex(fed, 'Wednesday', '2025-06-18'),
      { ...timex(fed, 'Later that day', '2025-06-18'), anchor: 'narrative' as const },
    ];
    expect(buildEvents(article(fed, '2025-06-20'), dates).map((e) => e.title)).toEqual([
      'The market rose',
      'Jerome Powell cut rates',
    ]);
    // ... but a date that is the subject is no such adverbial
    const quoted = 'Jobs resigned on Aug. 24, 2011. "Unfortunately, that day has come."';
    const days = [
      timex(quoted, 'Aug. 24, 2011', '2011-08-24'),
      { ...timex(quoted, 'that day', '2011-08-24'), anchor: 'narrative' as const },
    ];
    expect(buildEvents(article(quoted, '2011-08-25'), days)).toHaveLength(1);
    // ... and a new act of the same person is news of its own, not more of the same
    const charity = 'Marc Dutroux was released in 2012. That year, he founded the charity.';
    const years = [
      timex(charity, '2012', '2012'),
      { ...timex(charity, 'That year', '2012'), anchor: 'narrative' as const },
    ];
    expect(buildEvents(article(charity, '2024-05-10'), years).map((e) => e.title)).toEqual([
      'Marc Dutroux was released',
      'Marc Dutroux founded the charity',
    ]);
  });

  it.each<[string, string, TimexSpec[], string]>([
    [
      'a subject "she" goes on with the person the story is about, not the one she married',
      'Mary Okafor founded a shop in 1990. In 1991 she married Daniel Hughes. In 1999 she opened a bakery.',
      [
        ['1990', '1990'],
        ['1991', '1991'],
        ['1999', '1999'],
      ],
      'Mary Okafor opened a bakery',
    ],
    [
      'a "he" stands for no capitalised name that only qualifies a noun after "a" ("a Grand Slam singles title")',
      'Jannik Sinner beat Daniil Medvedev in the final on Sunday. The 22-year-old is the first Italian to win a Grand Slam singles title since 1976. He will return to action at the Rotterdam Open next month.',
      [
        ['Sunday', '2024-01-28'],
        ['next month', '2024-02'],
      ],
      'Jannik Sinner will return to action at the Rotterdam Open',
    ],
    [
      'with no one named before such a "she", the next one stands for no one known',
      'In 1991 she married Daniel Hughes. In 1999 she opened a bakery on Oldham Road.',
      [
        ['1991', '1991'],
        ['1999', '1999'],
      ],
      'She opened a bakery on Oldham Road',
    ],
    [
      'a second verb phrase after what was said goes with its subject, not the speaker',
      'Priya Nair told analysts that most of the layoffs would take place in the second quarter and would be completed by the end of September.',
      [
        ['the second quarter', '2024-Q2'],
        ['the end of September', '2024-09'],
      ],
      'Most of the layoffs would be completed',
    ],
    [
      'a "he" goes on with the last subject named, by the last name alone too ("Lane was taken into custody")',
      'Officers arrested Marcus Lane on Sunday. One victim, Andre Millsap, died at the scene. Lane was taken into custody on Monday. He is expected to be arraigned on Wednesday.',
      [
        ['Sunday', '2024-03-10'],
        ['Monday', '2024-03-11'],
        ['Wednesday', '2024-03-13'],
      ],
      'Marcus Lane is expected to be arraigned',
    ],
    [
      'a subject "he" takes the subject of the clause before before its object',
      'Mark Davis met Sarah Kim in 2010. In 2012 he hired a deputy.',
      [
        ['2010', '2010'],
        ['2012', '2012'],
      ],
      'Mark Davis hired a deputy',
    ],
    [
      'a common first name tells the pronoun ("Maria Lopez" is no "he")',
      'John Carter joined the firm in 1990. Maria Lopez became its chief in 1995. He left in 2001. She retired in 2010.',
      [
        ['1990', '1990'],
        ['1995', '1995'],
        ['2001', '2001'],
        ['2010', '2010'],
      ],
      'John Carter left',
    ],
    [
      'a "he" after a "she" may be the person she met',
      'She met John Smith in 1990. In 1995 he became a lawyer.',
      [
        ['1990', '1990'],
        ['1995', '1995'],
      ],
      'John Smith became a lawyer',
    ],
    [
      'a "she" in what someone said is who said it, not a person named later',
      'Vargová said late Saturday that she would hold a rally on Wednesday. Hollý will receive the endorsement of Marek Danko on Monday.',
      [
        ['late Saturday', '2024-03-09'],
        ['Wednesday', '2024-03-13'],
        ['Monday', '2024-03-11'],
      ],
      'Vargová would hold a rally',
    ],
    [
      'a name from the middle of a full name with a particle is that person ("Lula")',
      'President Luiz Inacio Lula da Silva met Xi Jinping in April. Lula said on Tuesday he would visit Beijing again in August.',
      [
        ['April', '2024-04'],
        ['Tuesday', '2024-03-05'],
        ['August', '2024-08'],
      ],
      'Luiz Inacio Lula da Silva would visit Beijing again',
    ],
    [
      'a "she" stands for a person named in a clause that dates nothing, not for a name of two capitalised words named before',
      "Full results will be presented at the Clinical Trials on Alzheimer's Disease conference in December. Dr. Sarah Lindqvist, who led the trial at the Karolinska Institute, said on Wednesday the results were meaningful. She said the team would publish the data in July.",
      [
        ['December', '2024-12'],
        ['Wednesday', '2024-03-06'],
        ['July', '2024-07'],
      ],
      'Sarah Lindqvist said the team would publish the data',
    ],
    [
      'an "it" is no plural of people opening the sentence before ("Engineers")',
      'Engineers worked through the night at the plant. It was shut down on Friday.',
      [
        ['the night', '2024-03-10TNI'],
        ['Friday', '2024-03-08'],
      ],
      'It was shut down',
    ],
    [
      'an institution whose name holds a particle is no person a "he" stands for ("Tribunal de Justicia")',
      'Interior Minister Carlos Ruiz spoke to reporters on Monday. The Tribunal de Justicia upheld the ban on Tuesday. He said on Wednesday he would appeal.',
      [
        ['Monday', '2024-03-04'],
        ['Tuesday', '2024-03-05'],
        ['Wednesday', '2024-03-06'],
      ],
      'Carlos Ruiz said he would appeal',
    ],
    [
      "a common first name keeps a name a person's, though its last word ends a carrier's or paper's name (\"Tom Radio\")",
      'Tom Radio met the board on Monday. He said he would resign in June.',
      [
        ['Monday', '2024-03-04'],
        ['June', '2024-06'],
      ],
      'Tom Radio said he would resign',
    ],
    [
      'a company named after its founder is an "it", no "he" ("Eli Lilly")',
      'Eli Lilly said on Monday its drug cut weight by 20 percent. It will seek approval in July.',
      [
        ['Monday', '2024-03-04'],
        ['July', '2024-07'],
      ],
      'Eli Lilly will seek approval',
    ],
  ])('%s', (_name, text, specs, title) => {
    expect(events(text, specs, '2024-03-10').map((e) => e.title)).toContain(title);
  });

  it('an ordinal counts since a point as a record does ("the 14th since the dispute began in 2022")', () => {
    const list = events(
      'The walkout, on 23 March, will be the 14th since the dispute began in the summer of 2022.',
      [
        ['23 March', '2024-03-23'],
        ['the summer of 2022', '2022-SU'],
      ],
      '2024-03-12',
    );
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2022-SU', 'The dispute began'],
      ['2024-03-23', 'The walkout will be the 14th'],
    ]);
  });

  it('a record\'s point with a relative clause after it dates that clause ("since 2017, when ...")', () => {
    const titles = (text: string, specs: TimexSpec[]) =>
      events(text, specs, '2024-08-14').map((e) => [e.date.value, e.title]);
    expect(
      titles(
        'The outbreak is the worst in the region since 2017, when more than 100 people died.',
        [['2017', '2017']],
      ),
    ).toEqual([
      ['2017', 'More than 100 people died'],
      ['2024-08-14', 'The outbreak is the worst in the region'],
    ]);
    expect(
      titles(
        'It was the deadliest storm since Typhoon Haiyan in 2013, which killed 6,000 people.',
        [['2013', '2013']],
      ),
    ).toContainEqual(['2013', 'Typhoon Haiyan killed 6,000 people']);
  });

  it('a state since a date and what a "when" clause says happened then are two events', () => {
    const text =
      'Rates have been unchanged since July 2022, when the bank raised them to 5 percent.';
    const list = buildEvents(article(text, '2023-06-14'), [
      timex(text, 'July 2022', '2022-07', 'DATE', 0, { range: { role: 'start' } }),
    ]);
    expect(list.map((e) => [e.date.value, e.status, e.title])).toEqual([
      ['2022-07', 'ongoing', 'Rates have been unchanged'],
      ['2022-07', 'happened', 'The bank raised them to 5 percent'],
    ]);
  });

  it('a past perfect since a date in what was said is a state that held up to the saying', () => {
    const text = 'Police said 112 people had been arrested since Oct. 17.';
    const list = buildEvents(article(text, '2019-11-06'), [
      timex(text, 'Oct. 17', '2019-10-17', 'DATE', 0, { range: { role: 'start' } }),
    ]);
    expect(list.map((e) => [e.date.value, e.status])).toEqual([['2019-10-17', 'ongoing']]);
    // ... not a past perfect of a clause no reporting verb introduces
    const idle = 'The plant, which the company announced it would sell, had been idle since 2015.';
    const [plant] = buildEvents(article(idle, '2023-05-17'), [
      timex(idle, '2015', '2015', 'DATE', 0, { range: { role: 'start' } }),
    ]);
    expect(plant?.status).toBe('happened');
  });

  it('an act over a span up to the report is dated by that span ("has fallen in the past decade")', () => {
    const [event] = events(
      'Violent crime has fallen sharply in the past decade.',
      [['past decade', 'P10Y', 'DURATION']],
      '2025-05-07',
    );
    expect([event?.date.value, event?.date.through, event?.status]).toEqual([
      '2015-05',
      '2025-05-07',
      'ongoing',
    ]);
    // ... not a span that is only how long something will take
    const [ahead] = events(
      'The work will take the next five years.',
      [['next five years', 'P5Y', 'DURATION']],
      '2025-05-07',
    );
    expect(ahead?.date.through).toBeUndefined();
  });

  it('a span written as one word qualifies its noun ("The 2024-25 season ended in May")', () => {
    const text = 'The 2024-25 season ended in May.';
    const list = buildEvents(article(text, '2025-06-10'), [
      timex(text, '2024', '2024', 'DATE', 0, { range: { role: 'start', other: 1 } }),
      timex(text, '25', '2025', 'DATE', 0, { range: { role: 'end', other: 0 } }),
      timex(text, 'May', '2025-05'),
    ]);
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2025-05', 'The 2024-25 season ended'],
    ]);
  });

  it('the noun of a relative clause stops at a verb after a modal ("will replace four astronauts who")', () => {
    const list = events(
      'The crew will replace four astronauts who have been on board since last September.',
      [['last September', '2024-09']],
      '2025-04-10',
    );
    expect(list.map((e) => e.title)).toContain('Four astronauts have been on board');
  });

  it('a main clause resumed after a short relative aside keeps its subject ("Disney, which reported Wednesday evening, rose 6%")', () => {
    const list = events(
      'Disney, which reported Wednesday evening, rose 6% in extended trading.',
      [['Wednesday evening', '2024-02-07TEV', 'TIME']],
      '2024-02-07',
    );
    expect(list.map((e) => e.title)).toContain('Disney rose 6% in extended trading');
  });

  it('a distance before or after a date moves the event off it ("two days before the election on Jan. 7")', () => {
    const [exact] = events(
      'The attack came two days before the election on Jan. 7.',
      [['Jan. 7', '2025-01-07']],
      '2025-01-08',
    );
    expect([exact?.date.value, exact?.title]).toEqual([
      '2025-01-05',
      'The attack came two days before the election',
    ]);
    const [rough] = events(
      'Thousands of travelers were stranded just days before Christmas.',
      [['Christmas', '2025-12-25']],
      '2025-12-23',
    );
    expect([rough?.date.label, rough?.status, rough?.title]).toEqual([
      'before December 25, 2025',
      'happened',
      'Thousands of travelers were stranded',
    ]);
    // ... while a rough period ahead of a past plan is still planned
    const aimed = 'The minister aimed to end the outbreak by the end of the year.';
    const [aim] = buildEvents(article(aimed, '2024-08-14'), [
      timex(aimed, 'the end of the year', '2024', 'DATE', 0, { mod: 'END' }),
    ]);
    expect([aim?.date.label, aim?.status]).toEqual(['late 2024', 'planned']);
  });

  it.each<[string, TimexSpec[], string]>([
    ['This winter has been the coldest in a decade.', [['This winter', '2024-WI']], 'ongoing'],
    ['The airline has suspended all service until further notice.', [], 'ongoing'],
    ['Apple Corps has filed a lawsuit this week.', [['this week', '2025-W02']], 'happened'],
    [
      'A new round of talks is likely to begin this winter.',
      [['this winter', '2024-WI']],
      'planned',
    ],
  ])('a state told in the present of a period still running holds: %s', (text, specs, status) => {
    const [event] = events(text, specs, '2025-01-08');
    expect(event?.status).toBe(status);
  });

  it('a state told up to a date ahead runs from the publication to it ("runs through Sept. 14")', () => {
    const [runs] = events(
      'The exhibition runs through Sept. 14.',
      [['Sept. 14', '2025-09-14']],
      '2025-04-01',
    );
    expect([runs?.date.value, runs?.date.through, runs?.status]).toEqual([
      '2025-04-01',
      '2025-09-14',
      'ongoing',
    ]);
    // ... not one that ended, nor a date something is put off to
    const [closed] = events(
      'The road was closed until Monday.',
      [['Monday', '2025-03-10']],
      '2025-03-12',
    );
    expect(closed?.date.through).toBeUndefined();
    const [vote] = events(
      'The committee postponed its vote until March 25.',
      [['March 25', '2025-03-25']],
      '2025-03-12',
    );
    expect([vote?.date.value, vote?.date.through]).toEqual(['2025-03-25', undefined]);
    // ... and one that starts on a day ahead runs from that day, a plan, not from now
    const list = events(
      'The exhibition opens on June 1 and runs until Sept. 14.',
      [
        ['June 1', '2025-06-01'],
        ['Sept. 14', '2025-09-14'],
      ],
      '2025-04-01',
    );
    expect(list.map((e) => [e.date.value, e.date.through, e.status])).not.toContainEqual([
      '2025-04-01',
      '2025-09-14',
      'ongoing',
    ]);
    expect(list.map((e) => e.status)).not.toContain('ongoing');
  });

  it("a live page's timestamp dates its entry only when the entry gives no other date", () => {
    const text =
      '13:30 – Schools will remain closed on Monday.\n\n10:45 – A bus crashed, killing five people.';
    const list = events(
      text,
      [
        ['13:30', '2025-02-09T13:30', 'TIME'],
        ['Monday', '2025-02-10'],
        ['10:45', '2025-02-09T10:45', 'TIME'],
      ],
      '2025-02-09',
    );
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2025-02-09', 'A bus crashed'],
      ['2025-02-10', 'Schools will remain closed'],
    ]);
  });

  it("putting off on a day is that day's news (and the new date a plan); a state up to a date is no deadline nor an act to come", () => {
    const day = (text: string, specs: TimexSpec[]) =>
      events(text, specs, '2024-03-12').map((e) => [e.date.value, e.date.through ?? null]);
    expect(
      day('The board postponed the vote on Tuesday until April 2.', [
        ['Tuesday', '2024-03-12'],
        ['April 2', '2024-04-02'],
      ]),
    ).toEqual([
      ['2024-03-12', null],
      ['2024-04-02', null],
    ]);
    expect(
      day('Residents have until Friday to leave the area.', [['Friday', '2024-03-15']]),
    ).toEqual([['2024-03-15', null]]);
    expect(
      day('The airline will suspend flights until April 30.', [['April 30', '2024-04-30']]),
    ).toEqual([['2024-04-30', null]]);
    expect(day('The ban remains in force until June.', [['June', '2024-06']])).toEqual([
      ['2024-03-12', '2024-06'],
    ]);
  });

  it("a dateline's date dates no event, and a subject put back keeps no dateline", () => {
    const wire = "LONDON, March 12 (Reuters) - Britain's economy grew 0.2% in January.";
    expect(
      events(
        wire,
        [
          ['March 12', '2024-03-12'],
          ['January', '2024-01'],
        ],
        '2024-03-12',
      ).map((e) => e.date.value),
    ).toEqual(['2024-01']);
    const sox = 'BOSTON (AP) — The Red Sox, who last won in 2018, open the season on March 28.';
    expect(
      events(
        sox,
        [
          ['2018', '2018'],
          ['March 28', '2024-03-28'],
        ],
        '2024-03-12',
      ).map((e) => e.title),
    ).toContain('The Red Sox open the season');
  });

  it('a borrowed start keeps no dateline ("BERLIN (Reuters) - ... and to triple capacity by 2030")', () => {
    const list = events(
      'BERLIN (Reuters) - The cabinet approved a plan to phase out coal by 2033 and to triple wind capacity by 2030.',
      [
        ['2033', '2033'],
        ['2030', '2030'],
      ],
      '2024-11-21',
    );
    expect(list.map((e) => e.title)).toEqual([
      'The cabinet approved a plan to triple wind capacity',
      'The cabinet approved a plan to phase out coal',
    ]);
  });

  it('what a later "it" stands for keeps no dateline ("LONDON (Reuters) - The company ... It was")', () => {
    const london = events(
      'LONDON (Reuters) - The company said on Tuesday it would cut 500 jobs. It was founded in 1998.',
      [
        ['Tuesday', '2025-03-11'],
        ['1998', '1998'],
      ],
      '2025-03-13',
    );
    expect(london.map((e) => e.title)).toContain('The company was founded');
    // ... nor what is left of one whose place was cut at its comma ("TAMPA, Fla. (AP) -")
    const tampa = events(
      'TAMPA, Fla. (AP) - The storm hit on Wednesday. It killed 14 people on Friday.',
      [
        ['Wednesday', '2024-10-09'],
        ['Friday', '2024-10-11'],
      ],
      '2024-10-12',
    );
    expect(tampa.map((e) => e.title)).toContain('The storm killed 14 people');
  });

  it.each<[string, TimexSpec[], string]>([
    [
      'The museum would have opened in March had the funding come through.',
      [['March', '2025-03']],
      '2025-05-21',
    ],
    ['She would have turned 100 on Tuesday.', [['Tuesday', '2026-02-24']], '2026-02-26'],
    [
      'Had parliament approved the budget in December, the cuts would have taken effect on Wednesday.',
      [
        ['December', '2024-12'],
        ['Wednesday', '2025-01-01'],
      ],
      '2025-01-03',
    ],
    [
      'If permits had been granted last year, the plant could have been running by January.',
      [
        ['last year', '2025'],
        ['January', '2026-01'],
      ],
      '2026-01-14',
    ],
  ])('what would have happened and did not is no event: %s', (text, specs, published) => {
    expect(events(text, specs, published)).toEqual([]);
  });

  it('what could have happened, as investigators say, is still told ("could have started")', () => {
    const list = events(
      'The fire could have started on Tuesday, investigators said.',
      [['Tuesday', '2024-03-12']],
      '2024-03-14',
    );
    expect(list).toHaveLength(1);
  });

  it('a distance in apposition to a date restates it: no event of its own ("in March 2023, nearly two years later")', () => {
    const text =
      'The fraud was found in 2021. He was charged in March 2023, nearly two years later.';
    const list = buildEvents(article(text, '2025-03-14'), [
      timex(text, '2021', '2021'),
      timex(text, 'March 2023', '2023-03'),
      { ...timex(text, 'two years later', '2023'), anchor: 'narrative' as const },
    ]);
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2021', 'The fraud was found'],
      ['2023-03', 'He was charged'],
    ]);
  });

  it('a verb resumed after an aside of a participle has its subject before the aside ("and the station, shut in the 1960s, reopened")', () => {
    const list = events(
      'The last chapel closed in 2015, and the railway station, shut in the 1960s, reopened in December 2019.',
      [
        ['2015', '2015'],
        ['1960s', '196X'],
        ['December 2019', '2019-12'],
      ],
      '2025-03-14',
    );
    expect(list.find((e) => e.date.value === '2019-12')?.title).toBe(
      'The railway station reopened',
    );
  });

  it('an object relative with its own "he" keeps it: a group named before is no "he" ("Prosecutors said ..., which he bought")', () => {
    const list = events(
      'Prosecutors said they would seek to recover the Portuguese property, which he bought in 2019.',
      [['2019', '2019']],
      '2025-03-14',
    );
    expect(list.find((e) => e.date.value === '2019')?.title).toBe(
      'He bought the Portuguese property',
    );
  });

  it('a relative\'s antecedent starts at its determiner, whatever the verb before it ("revives a fight that began")', () => {
    const list = events('The ruling revives a fight that began in 2011.', [['2011', '2011']]);
    expect(list.find((e) => e.date.value === '2011')?.title).toBe('A fight began');
  });

  it('a plan given up dates nothing and stays in the title ("A trial set for June 2018 was postponed twice")', () => {
    const list = events(
      'A trial set for June 2018 was postponed twice.',
      [['June 2018', '2018-06']],
      '2021-03-09',
    );
    expect(list.map((e) => [e.date.value, e.status, e.title])).toEqual([
      ['2021-03-09', 'happened', 'A trial set for June 2018 was postponed twice'],
    ]);
    const strike = events(
      'A second strike, planned for last Thursday, was suspended.',
      [['last Thursday', '2025-01-23']],
      '2025-01-27',
    );
    expect(strike.map((e) => [e.date.value, e.title])).toEqual([
      ['2025-01-27', 'A second strike was suspended'],
    ]);
  });

  it('a stretch named by its days leaves no "of" in the title ("on the weekend of Aug. 17-18")', () => {
    const list = events(
      'The final will be played on the weekend of Aug. 17 at the National Stadium.',
      [['Aug. 17', '2024-08-17']],
      '2024-05-20',
    );
    expect(list[0]!.title).toBe('The final will be played at the National Stadium');
  });

  it('a date given up in an aside dates no event ("originally scheduled for Thursday, has been postponed")', () => {
    const vote = events(
      'The vote, originally scheduled for Thursday, has been postponed to Monday.',
      [
        ['Thursday', '2024-06-13'],
        ['Monday', '2024-06-17'],
      ],
      '2024-06-11',
    );
    expect(vote.map((e) => [e.date.value, e.status, e.title])).toEqual([
      ['2024-06-17', 'planned', 'The vote has been postponed to Monday'],
    ]);
    const opening = events(
      'The opening of the terminal, originally planned for March, has been pushed back to September.',
      [
        ['March', '2026-03'],
        ['September', '2026-09'],
      ],
      '2026-05-29',
    );
    expect(opening.map((e) => [e.date.value, e.title])).toEqual([
      ['2026-09', 'The opening of the terminal has been pushed back to September'],
    ]);
  });

  it('a second verb phrase in a past that is no participle shares no "was" ("and went on sale")', () => {
    const list = events(
      'The iPhone was unveiled in January 2007 and went on sale that June.',
      [
        ['January 2007', '2007-01'],
        ['that June', '2007-06'],
      ],
      '2023-06-06',
    );
    expect(list.map((e) => e.title)).toEqual([
      'The iPhone was unveiled',
      'The iPhone went on sale',
    ]);
  });

  it('the end of a period that is a date only says which period ("the quarter ended Dec. 31")', () => {
    const list = events(
      'The company reported a loss of $3 million for the quarter ended Dec. 31.',
      [
        ['quarter', '2023-Q4'],
        ['Dec. 31', '2023-12-31'],
      ],
      '2024-02-14',
    );
    // (the period of the figures reported is not when they were reported: the report is the
    // day's news)
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2024-02-14', 'The company reported a loss of $3 million for the quarter'],
    ]);
    // a period whose figures nothing reports dates its event
    expect(
      events(
        'Sales fell 3 percent in the quarter ended Dec. 31.',
        [
          ['quarter', '2023-Q4'],
          ['Dec. 31', '2023-12-31'],
        ],
        '2024-02-14',
      ).map((e) => [e.date.value, e.title]),
    ).toEqual([['2023-Q4', 'Sales fell 3 percent']]);
  });

  it('a second verb phrase opened by an auxiliary stays whole without a date of its own', () => {
    const text =
      'Under the deal announced on Monday, Apple will own all Apple trademarks and will license some to Apple Corps.';
    const list = events(text, [['Monday', '2023-05-15']], '2023-05-17');
    expect(list.map((e) => e.title)).toEqual([
      'Apple will own all Apple trademarks and will license some to Apple Corps',
    ]);
  });

  it('sources with the sentence and date offsets into the article text', () => {
    const [event] = events(text, specs);
    const [source] = event?.sources ?? [];
    expect(source).toMatchObject({ article: 'test-article', quote: text });
    expect(text.slice(source!.start, source!.end)).toBe(source!.quote);
    expect(text.slice(source!.timex!.start, source!.timex!.end)).toBe('March');
  });

  it('categories and relevance from the topic', () => {
    const topic: Topic = {
      keywords: [
        { term: 'border', weight: 2 },
        { term: 'extradition', weight: 1 },
      ],
      categories: [
        { id: 'border', label: 'Border', terms: ['border', 'checkpoint'] },
        { id: 'migration', label: 'Migration', terms: ['escaped', 'fled'] },
      ],
    };
    const [event] = buildEvents(
      article(text),
      specs.map(([t, v, ty]) => timex(text, t, v, ty)),
      topic,
    );
    expect(event?.categories).toEqual(['migration']);
    expect(event?.relevance).toBe(0);
    const [border] = buildEvents(
      article('Belarus closed the border in March.'),
      [timex('Belarus closed the border in March.', 'March', '2023-03')],
      topic,
    );
    expect(border?.categories).toEqual(['border']);
    expect(border?.relevance).toBeGreaterThan(0.3);
  });

  it('ids stay the same while the source sentence is unchanged, and change with it', () => {
    const a = events(`${text} Russia asked for him.`, specs)[0]!.id;
    const b = events(`Lukashenko spoke on Monday. ${text}  Russia wants him back.`, [
      ...specs,
      ['Monday', '2023-05-15'],
    ]).find((e) => e.date.value === '2023-03')!.id;
    const c = events(text.replace('escaped', 'fled'), specs)[0]!.id;
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });
});

describe('buildEvents() below dates on lines of their own', () => {
  const text =
    'Health officials said Wednesday that 35 people have fallen ill.\n\nSept. 18\n\n' +
    'A doctor alerts the state health department.\n\nSept. 21\n\nState officials notify the CDC.\n';
  const specs: TimexSpec[] = [
    ['Wednesday', '2012-10-03'],
    ['Sept. 18', '2012-09-18'],
    ['Sept. 21', '2012-09-21'],
  ];

  // an explainer's timeline heads its entries with their dates
  it('dates each entry by the date line above it, when there are two or more', () => {
    const list = events(text, specs, '2012-10-04');
    expect(list.map((e) => [e.date.value, e.title])).toEqual([
      ['2012-09-18', 'A doctor alerts the state health department'],
      ['2012-09-21', 'State officials notify the CDC'],
      ['2012-10-03', 'Health officials said that 35 people have fallen ill'],
    ]);
  });

  it('only down to a heading without a date ("What comes next")', () => {
    const more = `${text}\nWhat comes next\n\nLawmakers demanded answers.\n`;
    const list = events(more, specs, '2012-10-04');
    const answers = list.find((e) => e.title === 'Lawmakers demanded answers');
    expect(answers?.date.value).toBe('2012-10-03');
  });

  it('not by one alone, which may be a stamp', () => {
    const one = text.slice(0, text.indexOf('Sept. 21'));
    const list = events(one, specs.slice(0, 2), '2012-10-04');
    expect(dates(list)).toEqual(['2012-10-03', '2012-10-04']);
  });
});

describe('extractArticle() on a text whose publication is read from its lead', () => {
  // the lead's date is only the earliest the text can be: a story told in the past goes on past
  // it, in its own year, and what it tells happened
  it('dates the story on and tells it as happened ("invaded Belgium on 4 August")', () => {
    const raw =
      'Germany declared war on Russia on 1 August 1914 and invaded Belgium on 4 August. ' +
      'That evening, Britain declared war on Germany.';
    const { article, timexes, events } = extractArticle({ id: 'x', raw, published: null });
    expect(article.published).toMatchObject({ value: '1914-08-01', source: 'lead' });
    expect(timexes.map((t) => [t.text, t.value])).toEqual([
      ['1 August 1914', '1914-08-01'],
      ['4 August', '1914-08-04'],
      ['That evening', '1914-08-04TEV'],
    ]);
    expect(events.map((e) => [e.date.value, e.status])).toEqual([
      ['1914-08-01', 'happened'],
      ['1914-08-04', 'happened'],
    ]);
  });

  // (a wire lead's day, told with its weekday or after a saying, is the day of writing)
  it('not a wire lead\'s news day ("The Senate voted Tuesday, March 6, 2018")', () => {
    const raw =
      'WASHINGTON (AP) — The Senate voted Tuesday, March 6, 2018, to approve the bill. ' +
      'A similar measure failed in April.';
    const { article, timexes } = extractArticle({ id: 'x', raw, published: null });
    expect(article.published).toMatchObject({ value: '2018-03-06', source: 'text' });
    expect(timexes.find((t) => t.text === 'April')?.value).toBe('2017-04');
  });
});

describe('extractArticle() on a cleft sentence', () => {
  it('"It was a Tuesday morning in September 2001 when the first plane hit": titled by the plane', () => {
    // (was "It was a Tuesday morning"; the clause splitter cuts the focus off at "when")
    const raw =
      'It was a Tuesday morning in September 2001 when the first plane hit the north tower.';
    const { events } = extractArticle({ id: 'x', raw, published: '2024-09-15' });
    expect(events.map((e) => [e.date.value, e.title])).toEqual([
      ['2001-09', 'The first plane hit the north tower'],
    ]);
    const short = extractArticle({
      id: 'y',
      raw: 'It was on a Sunday in May 1990 that she died.',
      published: '2024-09-15',
    });
    expect(short.events.map((e) => e.title)).toEqual(['She died']);
    const and = extractArticle({
      id: 'z',
      raw: 'It was 1989, and the wall came down.',
      published: '2024-09-15',
    });
    expect(and.events.map((e) => e.title)).toEqual(['The wall came down']);
  });
});

describe('extractArticle() on a decision agreed on a day', () => {
  it('"..., councillors agreed at a meeting on 12/03/2024": that day\'s news is the agreeing', () => {
    // (was titled "Council tax bills will rise by 4.99%", as if the rise were that day's)
    const raw =
      'Council tax bills for 2024/25 will rise by 4.99%, councillors agreed at a meeting on 12/03/2024. Residents have until 30/04/2024 to appeal.';
    const { events } = extractArticle({ id: 'x', raw, published: '2024-03-13' });
    const agreed = events.find((e) => e.date.value === '2024-03-12');
    expect(agreed?.title).toBe(
      'Council tax bills will rise by 4.99%, councillors agreed at a meeting',
    );
    expect(agreed?.status).toBe('happened');
  });
});

describe('extractArticle() on a saying of what is still to come, dated by the saying alone', () => {
  const eventsOf = (raw: string) =>
    extractArticle({ id: 'x', raw, published: '2024-04-18' }).events.map((e) => [
      e.date.value,
      e.status,
      e.title,
    ]);

  it('"..., the WHO said on Thursday": that day\'s news is the saying', () => {
    // (was "A new vaccine will be rolled out in 12 countries", as if the rollout were that day's)
    expect(
      eventsOf(
        'A new vaccine will be rolled out in 12 countries in the coming months, the WHO said on Thursday.',
      ),
    ).toEqual([
      ['2024-04-18', 'happened', 'A new vaccine will be rolled out in 12 countries, the WHO said'],
    ]);
    expect(eventsOf('Banks will reopen, the central bank said on Monday.')).toEqual([
      ['2024-04-15', 'happened', 'Banks will reopen, the central bank said'],
    ]);
  });

  it('a past act told by a saying on its day is titled by the act', () => {
    expect(eventsOf('Prices rose sharply, the ministry said on Friday.')).toEqual([
      ['2024-04-12', 'happened', 'Prices rose sharply'],
    ]);
  });
});

describe('extractArticle() on wire copy', () => {
  it('sets an update note aside: "(Adds analyst comment in paragraph 4)" is in no title', () => {
    // (was titled "(Adds analyst comment in paragraph 4) The company had warned that demand")
    const raw =
      'Shares of the carmaker fell 8% on Wednesday. (Adds analyst comment in paragraph 4) The company had warned in July that demand in China was weakening.';
    const { events } = extractArticle({ id: 'x', raw, published: '2024-11-06' });
    expect(events.find((e) => e.date.value === '2024-07')?.title).toBe(
      'The company had warned that demand in China was weakening',
    );
    // (on a line of its own under the headline, it makes no event)
    const lines =
      'Oil rises on supply worries\n(Updates prices, adds analyst comment)\n\nOil prices rose on Tuesday as supply worries grew.';
    const wire = extractArticle({ id: 'y', raw: lines, published: '2024-11-06' });
    expect(wire.events.map((e) => e.title)).toEqual(['Oil prices rose as supply worries grew']);
  });
});

describe('extractArticle() on a press release', () => {
  it('titles what was announced when the dateline gives a date before the wire ("BOSTON, May 6, 2025 /PRNewswire/ --")', () => {
    const raw =
      'BOSTON, May 6, 2025 /PRNewswire/ -- Orvane Biotech, Inc. today announced that it completed enrollment in its trial.';
    const { events } = extractArticle({ id: 'x', raw, published: '2025-05-06' });
    expect(events.map((e) => [e.date.value, e.title])).toEqual([
      ['2025-05-06', 'Orvane Biotech, Inc. announced that it completed enrollment in its trial'],
    ]);
  });
});

describe('buildEvents() on a page updated after its publication', () => {
  it('an update stamped after the publication day tells in the past what happened ("UPDATE, Oct. 16: ... had restarted")', () => {
    const text =
      'The plant shut down on Monday after a fire.\n\nUPDATE, Oct. 16: The operator said the plant had restarted.';
    const list = events(
      text,
      [
        ['Monday', '2024-10-14'],
        ['Oct. 16', '2024-10-16'],
      ],
      '2024-10-15',
    );
    expect(list.map((e) => [e.date.value, e.status])).toEqual([
      ['2024-10-14', 'happened'],
      ['2024-10-16', 'happened'],
    ]);
  });

  it('a date after the publication that is no stamp stays planned ("was due to restart on Oct. 16")', () => {
    const text = 'The plant was due to restart on Oct. 16.';
    const list = events(text, [['Oct. 16', '2024-10-16']], '2024-10-15');
    expect(list.find((e) => e.date.value === '2024-10-16')?.status).toBe('planned');
  });
});

describe('buildEvents() on a putting off', () => {
  it('the new date still ahead is a planned event, and the putting off the news of its own day ("on Monday postponed a vote ... until April 14")', () => {
    const text =
      'The Fairhaven City Council on Monday postponed a vote on the stadium lease until April 14.';
    const list = events(
      text,
      [
        ['Monday', '2025-03-24'],
        ['April 14', '2025-04-14'],
      ],
      '2025-03-26',
    );
    expect(list.map((e) => [e.date.value, e.status, e.title])).toEqual([
      [
        '2025-03-24',
        'happened',
        'The Fairhaven City Council postponed a vote on the stadium lease until April 14',
      ],
      ['2025-04-14', 'planned', 'The Fairhaven City Council’s vote on the stadium lease'],
    ]);
  });

  it('the new end of an extending is the end of what runs on, not a second extending ("on Monday extended the curfew until March 3")', () => {
    const text = 'The council on Monday extended the curfew until March 3.';
    const list = events(
      text,
      [
        ['Monday', '2024-02-05'],
        ['March 3', '2024-03-03'],
      ],
      '2024-02-10',
    );
    expect(list.map((e) => [e.date.value, e.status, e.title])).toEqual([
      ['2024-02-05', 'happened', 'The council extended the curfew until March 3'],
      ['2024-03-03', 'planned', 'The council’s extended curfew ends'],
    ]);
  });
});

describe('buildEvents() on a live page', () => {
  it('the saying of a plan that opens an entry is no source of the entry above it ("12:15 p.m. The governor said she would visit ...")', () => {
    const text =
      'Live updates: Flooding in Marlow County\n\nOct. 16, 2024\n\n9:05 a.m.\n\nThe National Weather Service issued a flash flood warning.\n\n10:40 a.m.\n\nOfficials closed Route 9.\n\n12:15 p.m.\n\nThe governor said she would visit the shelters on Thursday.';
    const list = events(
      text,
      [
        ['Oct. 16, 2024', '2024-10-16'],
        ['9:05 a.m.', '2024-10-16T09:05', 'TIME'],
        ['10:40 a.m.', '2024-10-16T10:40', 'TIME'],
        ['12:15 p.m.', '2024-10-16T12:15', 'TIME'],
        ['Thursday', '2024-10-17'],
      ],
      '2024-10-16',
    );
    const governor = text.indexOf('The governor');
    expect(
      list.filter((e) => e.sources.some((s) => s.start === governor)).map((e) => e.date.value),
    ).toEqual(['2024-10-17']);
  });
});

describe('buildEvents() on a bound of what a past act left', () => {
  it('"until January" bounds the bail, and the saying\'s day dates the release ("released on bail until January, ... said Friday")', () => {
    const text =
      'A man charged with arson was released on bail until January, a court spokesperson said Friday.';
    const list = events(
      text,
      [
        ['January', '2025-01'],
        ['Friday', '2024-11-22'],
      ],
      '2024-11-22',
    );
    expect(list.map((e) => [e.date.value, e.status, e.title])).toEqual([
      ['2024-11-22', 'happened', 'A man charged with arson was released on bail'],
    ]);
  });

  it('"until Jan. 31" after a verb of a state is the state\'s end, the news ("served as chief executive until Jan. 31, the company said Monday")', () => {
    const text = 'Smith served as chief executive until Jan. 31, the company said Monday.';
    const list = events(
      text,
      [
        ['Jan. 31', '2024-01-31'],
        ['Monday', '2024-02-05'],
      ],
      '2024-02-10',
    );
    expect(list.map((e) => e.date.value)).toContain('2024-01-31');
  });
});

describe('buildEvents() reads "May" with a capital as the month', () => {
  it('a past act told after "On May 6" is past, not a modal\'s present: after a lead-read publication it happened', () => {
    const text =
      'The company opened its first store on April 30. On May 6 the company opened a plant.';
    const timexes = [timex(text, 'April 30', '2025-04-30'), timex(text, 'May 6', '2025-05-06')];
    const list = buildEvents(
      article(text, '2025-04-30', {
        published: { value: '2025-04-30', granularity: 'day', source: 'lead' },
      }),
      timexes,
    );
    expect(list.map((e) => [e.date.value, e.status])).toEqual([
      ['2025-04-30', 'happened'],
      ['2025-05-06', 'happened'],
    ]);
  });
});
