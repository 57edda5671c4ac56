/**
 * Participles news uses as adjectives ("armed men", "elected officials") open noun phrases, not
 * clauses; a fronted participle with its preposition ("Armed with knives,", "Charged with
 * murder,") is an aside about the subject after it, which may open with a number.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2000-03-30' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() on participles used as adjectives and fronted participles', () => {
  it('a participle before its noun is no verb: the sentence is one event, titled with its verb', () => {
    // (were "Armed men in Kabul" and "At the state capital have issued statements" beside
    // "All week, elected officials in Washington, D.C")
    expect(
      told('Armed men in Kabul, Afghanistan, and in Herat attacked checkpoints on Monday.'),
    ).toEqual([['2000-03-27', 'Armed men in Kabul and in Herat attacked checkpoints']]);
    expect(
      told(
        'Elected officials in Washington, D.C., and at the state capital have issued statements on Monday.',
      ),
    ).toEqual([
      [
        '2000-03-27',
        'Elected officials in Washington and at the state capital have issued statements',
      ],
    ]);
  });

  it('after its subject it is the verb', () => {
    expect(told('Voters elected officials on Tuesday.')).toEqual([
      ['2000-03-28', 'Voters elected officials'],
    ]);
  });

  it('a fronted participle with "with" is an aside, and the subject after it may be a number', () => {
    // (were "Armed with knives", "Charged with murder")
    expect(told('Armed with knives, two men attacked checkpoints on Monday.')).toEqual([
      ['2000-03-27', 'Two men attacked checkpoints'],
    ]);
    // what a fronted past participle tells came first: an undated past act after it is after
    // its date (was dated the publication's day), as after "After graduating ... in 1960,"
    expect(told('Born in 1937 in Ohio, he moved to New York.')).toEqual([
      ['1937', 'He was born in Ohio'],
      ['1937', 'He moved to New York'],
    ]);
    const moved = extractArticle({
      id: 'x',
      raw: 'Born in 1937 in Ohio, he moved to New York.',
      published: '2000-03-30',
    }).events[1]!.date;
    expect([moved.label, moved.approximate]).toEqual(['after 1937', true]);
    // (after the later of its dates: was 'after 1990')
    const resigned = extractArticle({
      id: 'x',
      raw: 'Elected in 1990 and re-elected in 1994, she resigned.',
      published: '2000-03-30',
    }).events.find((e) => e.title === 'She resigned')!.date;
    expect(resigned.label).toBe('after 1994');
    expect(told('Charged with murder in March, Smith was released on bail on Friday.')).toEqual([
      ['2000-03', 'Smith was charged with murder'],
      ['2000-03-24', 'Smith was released on bail'],
    ]);
  });

  it("a fronted phrase in -ing whose date was its preposition's object goes whole", () => {
    // (was 'Looking ahead to, the firm expects growth')
    expect(told('Looking ahead to 2025, the firm expects growth.')).toEqual([
      ['2025', 'The firm expects growth'],
    ]);
    expect(told('Heading into 2027, the company cut 500 jobs.').map(([, title]) => title)).toEqual([
      'The company cut 500 jobs',
    ]);
    // a plural subject's present verb has no -s (was 'Heading into, analysts expect a slowdown')
    expect(told('Heading into 2027, analysts expect a slowdown.')).toEqual([
      ['2027', 'Analysts expect a slowdown'],
    ]);
    // (a phrase whose object is no date stays out of the title as before)
    expect(
      told('Looking ahead to the vote, the party held a rally on Monday.').map(([, t]) => t),
    ).toEqual(['The party held a rally']);
  });

  it('a fronted participle whose phrase was only its date leaves no bare participle in the title', () => {
    // (were 'Speaking, the minister said ...' and 'Founded, the company employs 500 people')
    expect(told('Speaking on Monday, the minister said the talks had failed.')).toEqual([
      ['2000-03-27', 'The minister said the talks had failed'],
    ]);
    expect(told('Founded in 1990, the company employs 500 people.')).toEqual([
      ['1990', 'The company was founded'],
    ]);
    expect(told('Unemployed since 1990, he found a job.').map(([, title]) => title)).toEqual([
      'He was unemployed',
    ]);
    // (a name before its aside keeps its place)
    expect(told('Boeing, the planemaker, reported a loss on Monday.')).toEqual([
      ['2000-03-27', 'Boeing reported a loss'],
    ]);
  });

  it('after a fronted participle, a bare noun before its verb may open the main clause', () => {
    // (was titled 'Armed with a warrant')
    expect(told('Armed with a warrant, police searched the house on Friday.')).toEqual([
      ['2000-03-24', 'Police searched the house'],
    ]);
    // (not a saying set off by commas)
    expect(
      told('Arrested in March, police said, the man confessed on Friday.').map(([, t]) => t),
    ).toContain('The man confessed');
  });

  it('a fronted participle followed by a comma is told as a passive of the subject', () => {
    // (was 'The man Arrested')
    expect(told('Arrested in March, police said, the man confessed on Friday.')).toContainEqual([
      '2000-03',
      'The man was arrested',
    ]);
  });

  it('the main clause after a fronted participle opens with its subject, a bare plural too', () => {
    // (was the publication's day: "residents" read as a verb in -s, the clause as present)
    const lost = extractArticle({
      id: 'x',
      raw: 'Hit by the storm on Sunday, residents lost power.',
      published: '2000-03-30',
    }).events.find((e) => e.title === 'Residents lost power')!.date;
    expect(lost.label).toBe('after March 26, 2000');
  });

  it('a number before a unit of time after a fronted participle is a distance, not the subject', () => {
    // (was one event of May titled 'Arrested, two days after the attack was reported, the
    // suspect confessed' and 'The attack was reported' of Friday)
    expect(
      told(
        'Arrested in May, two days after the attack was reported, the suspect confessed on Friday.',
      ).map(([, title]) => title),
    ).toContain('The suspect confessed');
  });
});

describe('extractArticle() on a quantity of time after a fronted participle', () => {
  it('time that passed is not who a fronted participle tells of', () => {
    // (was 'Months were injured')
    const titles = told('Injured in March, months passed before he played again.').map(
      ([, title]) => title,
    );
    expect(titles).not.toContain('Months were injured');
    expect(titles).toContain('Months passed');
    // the one the clause after it tells of is (was 'Injured, months passed before he played again')
    expect(titles).toContain('He was injured');
    expect(told('Injured in March, the player sat out for months.').map(([, t]) => t)).toContain(
      'The player was injured',
    );
  });

  it('a unit of time before "of" is a quantity of a thing, the subject', () => {
    // (was one event titled 'Released, three weeks of negotiations ended with a deal')
    expect(
      told('Released on Monday, three weeks of negotiations ended with a deal.').map(
        ([, title]) => title,
      ),
    ).toContain('Three weeks of negotiations ended with a deal');
  });

  it('a distance "later" is followed by the main clause\'s subject', () => {
    // (was 'Injured the player returned', the participle and the main clause run together)
    expect(
      told('Injured in March, two months later the player returned.').map(([, title]) => title),
    ).toEqual(expect.arrayContaining(['The player was injured', 'The player returned']));
  });

  it('a distance "later" that opens the main clause dates it, counted from the date before', () => {
    // (was "The player returned" in March and "The player was injured" in August, two months
    // from the publication; the distance was read as restating March in apposition)
    const events = extractArticle({
      id: 'x',
      raw: 'Injured in March, two months later the player returned.',
      published: '2000-06-20',
    }).events.map((e) => [e.date.value, e.title, e.status]);
    expect(events).toEqual([
      ['2000-03', 'The player was injured', 'happened'],
      ['2000-05', 'The player returned', 'happened'],
    ]);
  });
});
