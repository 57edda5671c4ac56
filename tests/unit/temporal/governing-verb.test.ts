/**
 * Which side of the publication a date without a year falls on when the verb that governs it is
 * not the sentence's main verb: a modal perfect, a plan given up, an expectation told in the past,
 * a clause of its own. Each row is a sentence with the expression in [brackets], the publication
 * date, and the expected value.
 */
import { describe, expect, it } from 'vitest';
import { tagged } from './bracketed.ts';

type Row = [sentence: string, published: string | null, value: string];

describe('tagTimexes() reads a modal perfect as the past', () => {
  it.each<Row>([
    ['The deal should have been signed in [November].', '2024-02-12', '2023-11'],
    ['The plant must have closed in [December].', '2019-03-05', '2018-12'],
    ['The talks might have ended on [Friday] without the row.', '2023-05-17', '2023-05-12'],
    ['The outbreak could have been contained in [January].', '2019-05-20', '2019-01'],
    // "should have" and a noun is an obligation to come, no perfect
    ['Banks should have the new rules in place by [March].', '2019-11-05', '2020-03'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() reads a modal perfect with a "by" bound as what is to be done by then', () => {
  it.each<Row>([
    ['By [March], the agency should have hired 500 new inspectors.', '2024-11-12', '2025-03'],
    [
      'Companies must have filed their returns by [March 31] to avoid a fine.',
      '2024-11-12',
      '2025-03-31',
    ],
    [
      'Every school should have received its funding by [Friday], the minister said.',
      '2024-02-07',
      '2024-02-09',
    ],
    // how it turned out, told after: the past; and so when a blame, an apology or what is still
    // not done tells the deadline was missed (published on a Thursday, the Friday gone by)
    [
      'The ship should have reached the port by [Friday], the company said, blaming the storm.',
      '2026-12-03',
      '2026-11-27',
    ],
    [
      'The report should have been published by [March], the ministry said, apologising for the delay.',
      '2024-02-10',
      '2023-03',
    ],
    [
      'The ferry should have sailed by [Friday], the operator said, apologising to passengers for the delays.',
      '2026-12-03',
      '2026-11-27',
    ],
    [
      'The parts should have arrived by [March], the firm said, and apologised for missing the date.',
      '2024-02-10',
      '2023-03',
    ],
    [
      'The bridge should have reopened by [March], and the city has yet to set a date.',
      '2024-02-10',
      '2023-03',
    ],
    // (not another thing that failed, nor what was missed as a noun's adjective)
    [
      'Workers should have finished the repairs by [Friday], the city said, after a pump failed last week.',
      '2026-12-03',
      '2026-12-04',
    ],
    [
      'The refinery should have restarted by [March], officials said, and missed shipments will be made up.',
      '2024-02-10',
      '2024-03',
    ],
    [
      'The firm should have filed its accounts by [March], and it failed to.',
      '2024-02-10',
      '2023-03',
    ],
    [
      'The agency should have hired 500 inspectors by [March], but it hired 200.',
      '2024-11-12',
      '2024-03',
    ],
    // "could" or "might have" a thing by then is what may be had
    ['The company could have the results by [March], its chief said.', '2024-01-15', '2024-03'],
    ['The new line might have trains running by [June], the mayor said.', '2024-01-20', '2024-06'],
    ['The thieves might have left by [March], police said.', '2024-05-20', '2024-03'],
    // no bound: a perfect of the past
    ['The deal should have been signed in [November].', '2024-02-12', '2023-11'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() takes a plan told in the past perfect as one given up: the nearest date', () => {
  it.each<Row>([
    ['The council had wanted to open the bridge in [December].', '2013-01-22', '2012-12'],
    ['The company had planned to list its shares in [March].', '2020-05-10', '2020-03'],
    ['The company had originally hoped to list its shares in [June].', '2020-02-10', '2020-06'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() takes what was expected, signalled or priced as on either side: the nearest', () => {
  it.each<Row>([
    ['The bank left rates on hold and signalled a cut in [December].', '2024-09-12', '2024-12'],
    ['Sales fell, and the retailer forecast a rebound at [Christmas].', '2009-10-19', '2009-12-25'],
    ['Traders priced out a cut in [March] and now see one in June.', '2024-04-10', '2024-03'],
    ['Traders priced out a cut in March and now see one in [June].', '2024-04-10', '2024-06'],
    ['Analysts flagged a slowdown in [January].', '2015-02-20', '2015-01'],
    // the signal's own date stays the past
    ['The bank signalled in [March] that rates would rise.', '2024-02-12', '2023-03'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() dates a known happening nobody plans in the past, whatever the tense', () => {
  it.each<Row>([
    [
      'Next week the panel will publish its findings on the crash in [December].',
      '2011-01-18',
      '2010-12',
    ],
    ['The inquiry into the floods in [March] will report next year.', '2024-02-20', '2023-03'],
    ['Survivors of the attack on [Tuesday] will be flown home.', '2023-05-17', '2023-05-16'],
    // a drill is planned
    ['The city will stage the flood drill in [March].', '2024-02-20', '2024-03'],
    // the object of a verb is what it plans or forecasts
    [
      'The stunt team will film the crash on [Saturday] at the airfield.',
      '2024-02-07',
      '2024-02-10',
    ],
    ['Crews will light the prescribed fire on [Saturday].', '2024-02-07', '2024-02-10'],
    ['Hydrologists expect the flooding on [Sunday] to be worse.', '2024-02-08', '2024-02-11'],
    ['Experts predict the eruption in the [spring] will be small.', '2024-01-10', '2024-SP'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() looks ahead to the new date an infinitive of putting off gives', () => {
  it.each<Row>([
    [
      'The club has asked the league to postpone the match to [Saturday].',
      '2006-02-15',
      '2006-02-18',
    ],
    ['The league agreed to delay the match until [Saturday].', '2006-02-15', '2006-02-18'],
    ['Ministers voted to push back the vote to [Thursday].', '2006-02-15', '2006-02-16'],
    // the day of the vote to put off, not its new date
    ['The league voted to postpone the match on [Monday].', '2006-02-15', '2006-02-13'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() reads an irregular past participle after its noun as the past', () => {
  it.each<Row>([
    ['The inquiry will examine decisions taken in [February].', '2020-05-22', '2020-02'],
    ['Investors will study the figures withdrawn in [March].', '2020-01-22', '2019-03'],
    // before the main verb: the participle governs the date through its preposition
    ['Decisions taken in [February] will be reviewed by the inquiry.', '2024-05-10', '2024-02'],
    ['Homes built in [March] will go on sale next year.', '2024-05-10', '2024-03'],
    // after "be" it is a passive that says nothing
    ['The decision will be taken in [June].', '2020-05-22', '2020-06'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() takes what is called for a day as planned for it', () => {
  it.each<Row>([
    ['The strike, called for [Thursday], was cancelled.', '2019-09-25', '2019-09-26'],
    ['The referendum called for [March] was put off.', '2019-09-25', '2020-03'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() reads no tense of its own in the bound of a clause', () => {
  it.each<Row>([
    // (a bound after "that" is no timetable: "said that sales until March were flat")
    ['The company said that sales until [March] were flat.', '2024-05-10', '2024-03'],
    ['Officials said that prices until [December] had risen 4%.', '2024-02-10', '2023-12'],
    // in the past, the bound is past
    ['Police closed the road, which was shut until [Monday].', '2018-09-20', '2018-09-17'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() looks ahead to the occasion something was made for', () => {
  it.each<Row>([
    [
      'The commission unveiled a system designed for an election in [November].',
      '2024-06-18',
      '2024-11',
    ],
    [
      'The minister announced a plan that was drafted for a summit in [October].',
      '2007-03-12',
      '2007-10',
    ],
    ['Officials released funds earmarked for the festival in [August].', '2015-02-02', '2015-08'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() looks ahead to the period a company guided for', () => {
  it.each<Row>([
    ['The firm posted a loss in Q1 and guided for a profit in [Q4].', '2015-04-14', '2015-Q4'],
    ['The firm posted a loss in Q4 and guided for growth in [Q3].', '2012-06-06', '2012-Q3'],
    // the period in which it guided is past
    ['In [Q1] the firm guided for growth.', '2012-06-06', '2012-Q1'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() finds a month told by how it went, and takes the nearest', () => {
  it.each<Row>([
    [
      'After a quiet [August], the exchange is bracing for a busy November.',
      '2006-09-25',
      '2006-08',
    ],
    [
      'After a quiet August, the exchange is bracing for a busy [November].',
      '2006-09-25',
      '2006-11',
    ],
    [
      'After a dismal [January], retailers are counting on a strong April.',
      '2006-03-15',
      '2006-01',
    ],
    [
      'After a dismal January, retailers are counting on a strong [April].',
      '2006-03-15',
      '2006-04',
    ],
    // a past told after it: the month is gone; what is expected of it is ahead
    ['After a dismal [June], sales recovered in July.', '2025-02-10', '2024-06'],
    ['Travel agents expect a busy [April], when Easter falls early.', '2024-09-01', '2025-04'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() takes a participle after "if", "once" or "unless" as a condition, no past', () => {
  it.each<Row>([
    ['If approved in [December], the rules would take effect in March.', '2019-11-20', '2019-12'],
    [
      'Once completed in the [spring], the line will carry 10,000 passengers.',
      '2019-11-20',
      '2020-SP',
    ],
    ['The law, if passed in [January], will cut taxes.', '2019-11-20', '2020-01'],
    ['The rules, once approved in [December], will take effect in March.', '2019-11-20', '2019-12'],
    // "once" inside a clause is "formerly", and its verb a past
    ['Shares once traded at $100 in [March].', '2024-01-15', '2023-03'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() looks ahead to what is being prepared for; what was prepared for is the nearest', () => {
  it.each<Row>([
    ['Officials said they were preparing for a surge in [December].', '2019-11-20', '2019-12'],
    ['Retailers are stocking up for a sales push at [Christmas].', '2022-09-07', '2022-12-25'],
    ['The city prepared for the parade in [October].', '2019-11-20', '2019-10'],
    ['Hospitals braced for a surge in [December].', '2019-11-20', '2019-12'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() looks ahead to what a relative clause in the present puts on sale or in office', () => {
  it.each<Row>([
    ['The company unveiled a phone that goes on sale in [October].', '2024-09-10', '2024-10'],
    ['The board named a chief, who takes over in [January].', '2024-09-10', '2025-01'],
    // in the past, the relative clause's date is past
    ['The coach, who joined in [June], was sacked.', '2024-09-10', '2024-06'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() looks ahead to what a noun is to begin', () => {
  it.each<Row>([
    ['Officials announced a ceasefire to begin on [Friday].', '2024-09-10', '2024-09-13'],
    ['Parliament passed a new tax to take effect in [April].', '2024-09-10', '2025-04'],
    // a decision to begin keeps the nearest weekday, and what money or hours are used for is
    // no rule to begin
    ['The company used the money to open a plant in [March].', '2024-11-10', '2024-03'],
    ['It took the crews hours to open the road on [Monday].', '2024-02-07', '2024-02-05'],
    ['The union voted to begin the strike on [Monday].', '2024-09-10', '2024-09-09'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() looks ahead to what a noun is to be held as', () => {
  it.each<Row>([
    // (was last October 12: "announced" is the past)
    [
      'The club announced another special event to be held on [October 12].',
      '2024-03-05',
      '2024-10-12',
    ],
    ['The club announced a concert to take place on [October 12].', '2024-03-05', '2024-10-12'],
    ['The council approved a new festival to be staged in [June].', '2024-09-10', '2025-06'],
    ['The race to be run on [Saturday] was cancelled on Monday.', '2024-03-05', '2024-03-09'],
    // after an ordinal or a superlative, one that was held
    ['Tokyo hosted the first Olympics to be held in Asia in [October].', '2024-03-05', '2023-10'],
    ['It was the largest rally to take place in the city in [June].', '2024-03-05', '2023-06'],
    // a person held, kept: no occasion to come
    [
      'The suspect was ordered to be held without bail at a hearing on [Monday].',
      '2026-03-04',
      '2026-03-02',
    ],
    ['A judge ordered the two men to be held in custody on [Monday].', '2026-03-04', '2026-03-02'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() reads what a survey signals or flags as the period it measured', () => {
  it.each<Row>([
    [
      'The survey signals a slowdown in manufacturing in [February], the institute said on Friday.',
      '2024-03-05',
      '2024-02',
    ],
    ['The report flags a drop in exports in [January].', '2024-03-10', '2024-01'],
    // told in the past, the nearest
    ['Economists pencilled in a rise for [February].', '2015-12-10', '2016-02'],
    ['Markets did not see a rise in [March].', '2015-12-10', '2015-03'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() reads "could" and a verb of coming about as what may come', () => {
  it.each<Row>([
    // (not what could be heard or seen then)
    ['Witnesses said they could hear gunfire on [Sunday night].', '2024-02-07', '2024-02-04TNI'],
    ['Officials warned the plant could close in the [spring].', '2015-12-10', '2016-SP'],
    // not what could not be done, nor a passive told of a day gone
    ['Police said he could not be reached on [Tuesday].', '2015-12-10', '2015-12-08'],
    ['He said they could be located on [Monday].', '2015-12-10', '2015-12-07'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() takes what was warned of as on either side: the nearest', () => {
  it.each<Row>([
    ['Analysts warned of a slowdown in the [winter].', '2022-10-20', '2022-WI'],
    ['Police warned of a rush over [Christmas].', '2022-10-20', '2022-12-25'],
    ['Forecasters warned of more snow on [Friday].', '2022-10-20', '2022-10-21'],
    // the warning's own date stays past, and so does a condition found ("cracks")
    ['He warned in [March] that prices would rise.', '2022-10-20', '2022-03'],
    ['Engineers warned of cracks in the [summer].', '2022-10-20', '2022-SU'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() reads a plan whose outcome is told after it, in the past, as the past', () => {
  it.each<Row>([
    [
      'The strike was called for [Thursday], but workers walked out a day early.',
      '2024-02-09',
      '2024-02-08',
    ],
    [
      'The stadium was designed for a concert in [March], which drew 20,000 people.',
      '2024-11-10',
      '2024-03',
    ],
    [
      'The firm guided for a profit in the [second quarter], but it posted a loss.',
      '2024-11-05',
      '2024-Q2',
    ],
    ['The city was preparing for a parade in [March] when the storm hit.', '2024-11-10', '2024-03'],
    [
      'Shops had been preparing for a rush in [December] that did not materialise.',
      '2025-01-05',
      '2024-12',
    ],
    [
      'The bank signalled a pause in [March], then raised rates again in May.',
      '2024-11-10',
      '2024-03',
    ],
    // a saying, or a past with a day of its own, is no outcome: other news
    [
      'The firm guided for growth in the [second half], but its shares fell on Monday.',
      '2024-03-10',
      '2024-H2',
    ],
    [
      'A rally is called for [Saturday], when organisers said they expected 10,000 people.',
      '2024-02-07',
      '2024-02-10',
    ],
    [
      'The stadium is designed for a concert on [Saturday], which the city approved last month.',
      '2024-02-07',
      '2024-02-10',
    ],
    // with no outcome told, the plan still looks ahead
    ['The strike was called for [Thursday], the union said.', '2024-02-09', '2024-02-15'],
    ['The city is preparing for a parade in [March], the mayor said.', '2024-11-10', '2025-03'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() reads a passive participle and its "by" as no past of the clause around it', () => {
  it.each<Row>([
    ['The new rules, drawn up by the ministry, apply from [March].', '2024-11-10', '2025-03'],
    ['The new rules, approved by the ministry, apply from [March].', '2024-11-10', '2025-03'],
    // a date inside the aside is the aside's: the past
    ['The law, written by aides in [May], takes effect next year.', '2024-11-10', '2024-05'],
    ['The drug, approved by regulators in [May], costs $300.', '2024-11-10', '2024-05'],
    // the agent right before the date: the participle's
    ['Decisions taken by the board in [February] will be reviewed.', '2024-05-10', '2024-02'],
    ['A plan backed by the EU in [February] will be reviewed.', '2024-05-10', '2024-02'],
    ['The rules will be approved by the board in [February].', '2024-05-10', '2025-02'],
    // a past form before "by" is no participle: "rose by 5%" is the past
    ['Sales rose by 5% in [March].', '2024-11-10', '2024-03'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() takes a month before its occasion as the nearest, unless a past is told after it', () => {
  it.each<Row>([
    ['Voters are preparing for the [June] election.', '2024-03-14', '2024-06'],
    ['The [June] election will be close.', '2024-03-14', '2024-06'],
    ['The [June] election was close.', '2024-03-14', '2023-06'],
    // (not a past in what was said)
    [
      'The [June] election, which analysts said was too close to call, will decide it.',
      '2024-03-10',
      '2024-06',
    ],
    // a putting off told after: the occasion may still be ahead
    ['The [April] summit was postponed.', '2024-03-14', '2024-04'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() takes a missed deadline or a participle with its agent as on either side: the nearest', () => {
  it.each<Row>([
    ['The report should have been published by [March], critics said.', '2024-06-10', '2024-03'],
    [
      'The ship should have reached the port by [Friday], the company said.',
      '2026-12-03',
      '2026-12-04',
    ],
    // an apology for something else, of another time, tells no miss
    [
      "Crews should have cleared the backlog by [Friday], the airline said, apologising to passengers for last week's delays.",
      '2026-12-03',
      '2026-12-04',
    ],
    [
      'The government must have known by [January] that the scheme was failing.',
      '2024-06-10',
      '2024-01',
    ],
    ['Flights operated by the airline in [December] will be cancelled.', '2024-10-10', '2024-12'],
    [
      'Goods shipped by the company in [January] will carry the new label.',
      '2023-11-10',
      '2024-01',
    ],
    // a "by" how much is no agent: the verb is the clause's own, and past
    ['Sales increased by 5% in [March].', '2026-02-20', '2025-03'],
    ['The bill passed by 52 votes to 48 on [Tuesday].', '2026-02-20', '2026-02-17'],
    ['The Supreme Court ruled by five to four on [Monday].', '2026-12-06', '2026-11-30'],
    ['The motion carried by a wide margin on [Monday].', '2026-12-06', '2026-11-30'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() looks ahead from what has been signalled or called for', () => {
  it.each<Row>([
    ['The central bank has signalled a rate cut in [June].', '2024-08-10', '2025-06'],
    ['Opposition groups have called for protests on [Friday].', '2024-02-06', '2024-02-09'],
    // told in the past, the nearest: "signalled a cut in [June]"
    ['The central bank signalled a rate cut in [June].', '2024-08-10', '2024-06'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});
