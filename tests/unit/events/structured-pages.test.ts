/**
 * Events of structured news pages: explainers with key-date lists, live pages with time stamps,
 * Q&As, corrections and updates (synthetic texts, helper81's probe). The whole extraction runs,
 * tagger included, with a fixed publication date.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function eventsOf(raw: string, published: string) {
  return extractArticle({ id: 'x', raw, published }).events.map((e) => ({
    title: e.title,
    date: e.date.value,
    status: e.status,
    quotes: e.sources.map((s) => s.quote),
  }));
}

describe('extractArticle() on structured news pages', () => {
  it("takes no event from a Q&A's questions or an explainer's subheadings", () => {
    const events = eventsOf(
      [
        'Q&A: What the new transit fare means for riders',
        'What happened?',
        'On Tuesday, the transit board voted to raise the base fare to $2.75.',
        'Key events',
        'The new fare takes effect on Jan. 1.',
        "What's next",
        'Q: Will it reopen?',
      ].join('\n\n'),
      '2024-11-14',
    );
    const quotes = events.flatMap((e) => e.quotes);
    expect(quotes).not.toContain('What happened?');
    expect(quotes).not.toContain('Key events');
    expect(quotes).not.toContain("What's next");
    expect(quotes).not.toContain('Q: Will it reopen?');
    expect(events.map((e) => [e.date, e.title])).toEqual([
      ['2024-11-12', 'The transit board voted to raise the base fare to $2.75'],
      ['2025-01-01', 'The new fare takes effect'],
    ]);
  });
});

describe('extractArticle() on questions told inside news', () => {
  it.each([
    [
      'On Tuesday the minister asked parliament a question that had gone unanswered since 2019: who pays for the dam? Lawmakers voted on Thursday to fund it.',
      ['2024-06-11', 'The minister asked parliament a question'],
    ],
    [
      'Officials asked on Monday: where did the $3 million go?\n\nAuditors will report on July 1.',
      ['2024-06-10', 'Officials asked'],
    ],
  ])('keeps a question after a reporting verb or a colon as news: %s', (text, event) => {
    const events = eventsOf(`Dam and audit news\n\n${text}`, '2024-06-14');
    expect(events.map((e) => [e.date, e.title])).toContainEqual(event);
  });

  it("dates the answer below a direct question by the question's date", () => {
    const events = eventsOf(
      [
        'Ballot results',
        'What did voters decide on Nov. 5?',
        'Voters approved the measure.',
        'Q: When does the count end?',
        'The count ends on Friday.',
      ].join('\n\n'),
      '2024-11-07',
    );
    expect(events.map((e) => [e.date, e.title])).toEqual([
      ['2024-11-05', 'Voters approved the measure'],
      ['2024-11-08', 'The count ends'],
    ]);
  });
});

describe('extractArticle() on a key-date list that opens the article', () => {
  it('dates its first entry by the date line above it', () => {
    const events = eventsOf(
      'Timeline\n\nJan. 3, 2024\nWorkers walked out\n\nJan. 9, 2024\nTalks began\n\nJan. 20, 2024\nA deal was reached',
      '2024-02-08',
    );
    expect(events.map((e) => [e.date, e.title])).toContainEqual([
      '2024-01-03',
      'Workers walked out',
    ]);
  });

  it('dates its first entry under a headline too, which is no dateline of the page', () => {
    const events = eventsOf(
      'Timeline of the strike\n\nJan. 3, 2024\nWorkers walk out\n\nJan. 9, 2024\nTalks begin\n\nJan. 20, 2024\nA deal is reached',
      '2024-02-08',
    );
    expect(events.map((e) => [e.date, e.title])).toContainEqual(['2024-01-03', 'Workers walk out']);
  });
});

describe("extractArticle() on a rhetorical question's date", () => {
  it('dates nothing of the paragraph below a question told with no past ("Who could forget ...?")', () => {
    const events = eventsOf(
      'Who could forget the blackout of Aug. 14, 2003? Utilities are adding capacity to the grid. Regulators want more lines built.',
      '2024-07-10',
    );
    expect(events.map((e) => e.date)).not.toContain('2003-08-14');
  });
});

describe("extractArticle() on a key-date list's entries", () => {
  it('takes a short line without a stop under a date line as that entry, the last one too', () => {
    const events = eventsOf(
      [
        'The protest over the road grew over a week, police said.',
        'March 3, 2024\nProtesters blocked the access road',
        'March 5, 2024\nPolice cleared the site',
        'March 8, 2024\nThe council suspended the project',
      ].join('\n\n'),
      '2024-03-20',
    );
    expect(events.map((e) => [e.date, e.title])).toEqual([
      ['2024-03-03', 'Protesters blocked the access road'],
      ['2024-03-05', 'Police cleared the site'],
      ['2024-03-08', 'The council suspended the project'],
      ['2024-03-20', 'The protest over the road grew over a week'],
    ]);
  });
});

describe("extractArticle() on a live page's time-stamped entries", () => {
  it('takes each entry under its own time stamp as an event of its own', () => {
    const events = eventsOf(
      [
        'Election night live: Results from the county races',
        'Nov. 5, 2024',
        '8:02 p.m. ET',
        'Polls have closed in Carver County.',
        '8:47 p.m. ET',
        'Early returns show Mayor Dana Ruiz leading her challenger by 6 points.',
        '9:30 p.m. ET',
        "Ruiz's challenger, Tom Avery, conceded the race in a short speech to supporters.",
      ].join('\n\n'),
      '2024-11-05',
    );
    expect(events.map((e) => [e.date, e.quotes])).toEqual([
      ['2024-11-05', ['Polls have closed in Carver County.']],
      ['2024-11-05', ['Early returns show Mayor Dana Ruiz leading her challenger by 6 points.']],
      [
        '2024-11-05',
        ["Ruiz's challenger, Tom Avery, conceded the race in a short speech to supporters."],
      ],
    ]);
  });

  it.each([
    [
      'Storm live updates',
      '10:40 a.m.',
      'Officials closed Route 9 because of flooding.',
      '11:15 a.m.',
      'The governor declared an emergency.',
    ],
    [
      'Live: flooding in the valley',
      'Sept. 12, 2024',
      '10:40 a.m.',
      'Route 9 closed near Millbrook',
      '11:15 a.m.',
      'Governor declares emergency',
    ],
  ])('counts the time stamp above the lead: a page of two entries is two events', (...lines) => {
    const events = eventsOf(lines.join('\n\n'), '2024-09-12');
    expect(events.map((e) => [e.date, e.quotes])).toEqual([
      ['2024-09-12', [lines.at(-3)]],
      ['2024-09-12', [lines.at(-1)]],
    ]);
  });

  it('reads a short line under a time stamp with prose below it as a subheading ("Key points")', () => {
    const events = eventsOf(
      'Live updates\n\n9:00 a.m.\nKey points\n\nTwo people died in the fire, police said.\n\n10:00 a.m.\nOfficials closed the road.\n\n11:00 a.m.\nThe mayor spoke.',
      '2024-02-07',
    );
    expect(events.map((e) => e.title)).toEqual([
      'Two people died in the fire',
      'Officials closed the road',
      'The mayor spoke',
    ]);
  });

  it("keeps the page's day and its first time stamp apart across a blank line", () => {
    const events = eventsOf(
      [
        'Live updates: Flooding in Marlow County',
        'Oct. 16, 2024',
        '9:05 a.m.',
        'The National Weather Service issued a flash flood warning for Marlow County.',
        '10:40 a.m.',
        'Officials closed Route 9 after water covered the road.',
      ].join('\n\n'),
      '2024-10-16',
    );
    expect(events.map((e) => e.title)).toEqual([
      'The National Weather Service issued a flash flood warning for Marlow County',
      'Officials closed Route 9',
    ]);
  });
});

describe('extractArticle() on two acts told with their own dates in one sentence', () => {
  it.each([
    'Jan. 26, 2023 — Protesters blocked the access road and, the next day, police cleared the site.',
    'On Jan. 26, protesters blocked the access road and, the next day, police cleared the site.',
  ])('takes "and, the next day," as a second event: %s', (line) => {
    const events = eventsOf(`Dam dispute\n\n${line}`, '2023-03-01');
    expect(events.map((e) => [e.date, e.title])).toEqual([
      ['2023-01-26', 'Protesters blocked the access road'],
      ['2023-01-27', 'Police cleared the site'],
    ]);
  });
});

describe("extractArticle() on a story's correction note", () => {
  it('takes no event from the note, whose dates are those of the error', () => {
    const events = eventsOf(
      [
        'City council delays vote on stadium lease',
        'The Fairhaven City Council on Monday postponed a vote on the stadium lease.',
        'The team’s current lease expires in 2026.',
        "Correction: An earlier version of this story misstated the date of the council's first vote on the lease, which was on March 3.",
        'Correction, March 27: A previous version of this article gave the wrong year for the lease. It was 2026, not 2027.',
      ].join('\n\n'),
      '2025-03-26',
    );
    expect(events.flatMap((e) => e.quotes).filter((q) => /version|2027/u.test(q))).toEqual([]);
    expect(events.map((e) => e.date)).toEqual(['2025-03-24', '2026']);
  });

  it.each([
    [
      'Correction: An earlier version of this story misstated the vote date. The council will vote on the budget on April 1.',
      ['2024-04-01', 'The council will vote on the budget'],
    ],
    [
      'Corrections: The department said on Friday it would hire 200 new guards by June.',
      ['2024-02-09', 'The department said it would hire 200 new guards'],
    ],
  ])('keeps the news told after a note or under a "Corrections:" label: %s', (line, event) => {
    const events = eventsOf(`City news\n\nThe mayor spoke on Tuesday.\n\n${line}`, '2024-02-10');
    expect(events.map((e) => [e.date, e.title])).toContainEqual(event);
  });
});

describe("extractArticle() titles an entry without its page's label", () => {
  it.each([
    ['UPDATE, Oct. 16, 4:10 p.m.: The river crested at 21 feet.', 'The river crested at 21 feet'],
    ['A: The Lindell Library closed its doors on July 1.', 'The Lindell Library closed its doors'],
  ])('%s', (line, title) => {
    const lead = 'The county opened two shelters on Tuesday.';
    const events = eventsOf(`Flood and library news\n\n${lead}\n\n${line}`, '2024-10-16');
    expect(events.map((e) => e.title)).toContain(title);
  });
});
