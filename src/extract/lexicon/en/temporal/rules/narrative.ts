/**
 * Dates counted from the last date the text mentioned: "the next day", "that year", "two weeks
 * later". Without an earlier date they count from the publication date. Examples resolve as if
 * published on Wednesday 2023-05-17.
 */
import type { Rule } from '../../../../temporal/rule.ts';
import { NOT_A_SEASONS_THING } from '../fragments.ts';

/** A year back from what it follows: "last year", "a year earlier", "of the previous year". */
const A_YEAR_BEFORE = String.raw`(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|of\s+(?:the\s+(?:previous|prior)|last)\s+year)`;

/**
 * Not after a verb of saying or knowing in the sentence, after which "that" opens a clause ("he
 * said on Monday that June was wet").
 */
/** A day's edge or part, the two ends of "from dawn till dusk", "from morning until evening". */
const DAY_EDGE_OR_PART = String.raw`dawn|daybreak|sunrise|first\s+light|dusk|sunset|nightfall|morning|evening|night`;
const NOT_AFTER_SAYING = String.raw`(?<!\b(?:said|says|say|told|tells|announced|added|noted|reported|believed?|believes|thinks?|thought|argued|argues|shows?|showed|found|finds|knew|knows|know|hoped?|hopes|expects?|expected|insisted|warned|wrote|so|such)\b[^.;!?]{0,40})`;

/**
 * Where a clause's subject starts: "the next decade" there is a time told in a story ("The 1970s
 * brought inflation. [The next decade] brought ..."); anywhere else, after a preposition or a
 * verb, a stretch of time ("over the next decade", "spent the next decade writing", "The plan
 * covers the next decade" = P10Y).
 */
const CLAUSE_START = String.raw`(?:^|[.;:!?]["”’]?\s+|,\s+|\b(?:and|but|while|when|as|then|until)\s+)`;

export const NARRATIVE_RULES = [
  {
    name: 'the next day, the previous year',
    type: 'DATE',
    // "the next decade", "the next century" after a preposition or a verb are stretches of time
    // ("over the next decade" = P10Y), not the calendar's 2030s; as a clause's subject
    // (CLAUSE_START) or "the following decade", in a story, a date ("The 1970s brought inflation. [The next decade] brought ...")
    // ("the next Summer Olympics" are games, not a summer)
    pattern: String.raw`the\s+(?!(?<!${CLAUSE_START}the\s+)next\s+(?:decade|century)\b){shift:narrativeShift}\s+(?:{unit:calendarUnit}|{unit:dayUnit}|{part}|{season}${NOT_A_SEASONS_THING})`,
    value: { kind: 'narrative' },
    examples: [
      ['In 1965 he moved to Paris; [the following decade] he returned.', '197X'],
      ['The 1970s brought inflation. [The next decade] brought deregulation.', '198X'],
      ['The talks began on May 5, 2023. [The next day] they ended.', '2023-05-06'],
      ['He arrived in 1995 and left [the following year].', '1996'],
      ['On Feb. 22, 2000, he wrote; [the next morning] he left.', '2000-02-23TMO'],
      ['They met on Monday, March 6, 2000, and again [the same day].', '2000-03-06'],
      ['The strike began on Jan. 5, 1998, and lasted until [the following spring].', '1998-SP'],
      ['The company was founded in 2010. [The following spring], it opened a store.', '2011-SP'],
      ['The company was founded in 2010. [The next summer] it opened a store.', '2011-SU'],
      ['The dam broke in May 1997; [the previous winter] had been wet.', '1996-WI'],
      ['GDP grew in the third quarter of 2006 from [the previous quarter].', '2006-Q2'],
      // the weekend after a working day is that week's; after a weekend day, the next week's
      [
        'The vote was on Tuesday, May 2, 2023. [The following weekend], crowds marched.',
        '2023-W18-WE',
      ],
      ['They played on Saturday, May 6, 2023, and again [the following weekend].', '2023-W19-WE'],
      [
        'The vote was on Tuesday, May 2, 2023. [The previous weekend], crowds marched.',
        '2023-W17-WE',
      ],
    ],
    counterExamples: [
      'Demand will grow over the next decade.',
      'The plan runs for the next century.',
      'He spent the next decade writing his memoirs.',
      'The plan covers the next decade.',
      'the next president',
      'the following days of the war',
      'The next Summer Olympics will be held in Athens.',
    ],
  },
  {
    name: 'that Sunday',
    type: 'DATE',
    // the weekday of the week the story last told ("landed on July 20 ... that Sunday"), not of
    // the publication's; not the subject of what was said ("said that Monday was the deadline")
    pattern: String.raw`${NOT_AFTER_SAYING}that\s+(?:same\s+)?{weekday}(?!['’])`,
    value: { kind: 'narrative', offset: 0 },
    examples: [
      [
        'Four days later, on July 20, 1969, they landed. Armstrong stepped out at 10:56 p.m. [that Sunday].',
        '1969-07-20',
      ],
      // (with no day told before, the tense places it)
      ['The talks ended [that Friday].', '2023-05-12'],
      ['The talks will end [that Friday].', '2023-05-19'],
    ],
    counterExamples: ['He said that Monday was the deadline.', "that Sunday's game"],
  },
  {
    name: 'the following Monday',
    type: 'DATE',
    pattern: String.raw`the\s+{shift:narrativeShift}\s+{weekday}`,
    value: { kind: 'narrative' },
    examples: [
      ['He arrived on Wednesday, May 3, 2023, and left [the following Monday].', '2023-05-08'],
      ['The vote was on Friday, March 3, 2000; [the previous Tuesday] they met.', '2000-02-29'],
    ],
    counterExamples: ['the following months'],
  },
  {
    name: 'the following March',
    type: 'DATE',
    pattern: String.raw`the\s+{shift:narrativeShift}\s+{month}(?![\s-]+\d)`,
    value: { kind: 'narrative' },
    examples: [
      ['The company was founded in 2010. [The following March], it opened a store.', '2011-03'],
      ['Talks began in May 2001 and ended [the following March].', '2002-03'],
      ['The dam broke in May 1997; [the previous March] had been wet.', '1997-03'],
    ],
    counterExamples: ['the next may be better'],
  },
  {
    name: 'the day before, the day after',
    type: 'DATE',
    pattern: String.raw`the\s+(?:{unit:dayUnit}|{unit:calendarUnit}|{part})\s+{direction:beforeAfter}(?=\s*[,.;:!?)]|\s+(?:he|she|they|it|we|I)\b)`,
    value: { kind: 'narrative' },
    examples: [
      ['He was shot on Oct. 23, 1998; [the day before], he had spoken.', '1998-10-22'],
      ['The match was on July 4, 2020, and [the night before] it rained.', '2020-07-03TNI'],
      ['Revenue was $300 million in 1997, down from $450 million [the year before].', '1996'],
    ],
    counterExamples: ['the day before yesterday', 'the day before authorities issued a warrant'],
  },
  {
    name: 'that day, later that year',
    type: 'DATE',
    pattern: String.raw`(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(?:{unit:calendarUnit}|{unit:dayUnit}|{part})`,
    value: { kind: 'narrative', offset: 0 },
    examples: [
      ['He fled to Florida in June 1998 and returned to Cuba [later that year].', '1998'],
      ['It was crossed out on Oct. 24, 1998, [that same day].', '1998-10-24'],
      ['On Oct. 23, 1998, at noon; [Earlier that day] he left.', '1998-10-23'],
      ['On Friday, March 3, 2000 [that night] it rained.', '2000-03-03TNI'],
    ],
    // (the development set leaves "later in the day" out, as a relation to the day told)
    counterExamples: ['said that days go by', 'that yearly report', 'rose later in the day'],
  },
  {
    // business copy's whole of a year, after a part of it told ("Sales rose 5% in the fourth
    // quarter of 2025. For [the full year], ..."), or the publication's year ("expects profit to
    // rise for [the full year]"); not a period to a month ("the full year to March"), nor a year's
    // length ("a full year"; "the whole year", "the entire year" are more often one), nor a year
    // named after it ("the full year 2025", which its number dates) or a year of something else
    // ("the full year of the lease")
    name: 'the full year',
    type: 'DATE',
    pattern: String.raw`(?<=\b(?:for|in|over|during|across|of)\s+)the\s+full\s+(?=year\b){unit:calendarUnit}(?![\s-]+(?:\d|(?:ago|before|earlier|later|old|to|through|ending|ended|of)\b))`,
    value: { kind: 'narrative', offset: 0 },
    examples: [
      ['The firm expects profit to rise for [the full year].', '2023'],
      ['Sales rose 5% in the fourth quarter of 2022. For [the full year], they fell.', '2022'],
    ],
    counterExamples: [
      'He waited a full year.',
      'Growth for the full year to March was 2%.',
      'Profit for the full year 2025 rose.',
      'Rent was waived for the full year of the lease.',
      'The full year was wet.',
      'It rained for the whole year.',
    ],
  },
  {
    // one expression, the day and the year it restates: what follows counts from the day
    name: 'a day of that year',
    type: 'DATE',
    // (either order: "Oct. 14 of that year", "4 March of that year")
    pattern: String.raw`(?:{month:monthBeforeDay}\s+{day}|{day}\s+{month:monthBeforeDay}),?\s+of\s+(?:that|the\s+same)\s+year`,
    value: { kind: 'narrative', offset: 0 },
    examples: [
      [
        'His trial opened in September 2010. A jury convicted him on [Oct. 14 of that year].',
        '2010-10-14',
      ],
      ['It began in March 1998 and ended on [Dec. 1 of the same year].', '1998-12-01'],
      ['She joined the paper in 1958. On [4 March of that year] she filed a story.', '1958-03-04'],
    ],
    counterExamples: ['Oct. 14 of last year'],
    // ("Feb. 30 of that year", a day its month does not have, is that month)
  },
  {
    // a day of the month the story is in, or of the one after or before it
    name: 'the 20th of that month',
    type: 'DATE',
    pattern: String.raw`the\s+{day:dayAsOrdinal}\s+of\s+(?:that\s+(?:same\s+)?|the\s+{shift:narrativeShift}\s+)month(?![\p{L}'’-])`,
    value: { kind: 'narrative', unit: 'month', offset: 0 },
    examples: [
      ['They met on May 3, 2023. The deal closed on [the 20th of that month].', '2023-05-20'],
      ['They met on May 3, 2023, and paid on [the fifth of the following month].', '2023-06-05'],
    ],
    counterExamples: [
      'the 20th of that month-long series',
      'the 5th of the months',
      // (one of the month's things, counted: "that month" alone is the date)
      "She was the fifth of that month's victims.",
      "He was the second of the following month's speakers.",
    ],
  },
  {
    name: 'in the afternoon, during the night',
    type: 'TIME',
    // a part of the day the narrative is at ("resigned in the afternoon"), not one that names a
    // kind of thing ("the morning papers", "the overnight strikes"): what follows is no noun
    pattern: String.raw`the\s+(?:(?:early|late)\s+)?{part}(?<=\b(?:in|during|throughout|through|into|until|till|for)\s+the\s+(?:(?:early|late)\s+)?[a-z]+)(?<!overnight|daytime)(?=\s*[^\s\p{L}]|\s*$|\s+(?:and|but|or|when|while|as|before|after|on|in|at|to|with|by|for|from|he|she|it|they|we|i|the|a|an|his|her|their|its|local)\b)`,
    value: { kind: 'narrative', offset: 0 },
    examples: [
      ['Miliband lost his seat on May 7, 2015 and resigned in [the afternoon].', '2015-05-07TAF'],
      ['The singer died during [the night], her family said.', '2023-05-17TNI'],
      ['Rescuers worked through [the night].', '2023-05-17TNI'],
      ['The ceremony is planned for [the afternoon].', '2023-05-17TAF'],
      // (its early or late part too: "The battle began in [the late afternoon]")
      ['On 26 August 1346 the battle began in [the late afternoon].', '1346-08-26TAF'],
    ],
    counterExamples: [
      'read in the morning papers',
      'shown on the evening news',
      'in the night sky',
      'in the late evening light',
    ],
  },
  {
    name: 'at dawn, by evening, until mid-afternoon',
    type: 'TIME',
    // a history's day told by its light or its part, with no "the": "Fighting began at [dawn]
    // and ended at [dusk]", "by [evening] 150,000 men were ashore", "held out until
    // [mid-afternoon]"; not an edge that names a thing ("dawn raids", "at dusk patrols"), nor
    // a "dawn" of an age ("at the dawn of the jet age" has its "the")
    // (in small letters: "written by Dawn, her sister", "a gift from Dawn and Mike" are names; not
    // a day told by a date after it, "at dawn on Monday", which is that date's; not "from dawn till
    // dusk", the whole of any day; nor "at dusk every day", a habit)
    pattern: String.raw`(?:(?<=\b(?:at|by|until|till|before|after|from|since)\s+)(?-i:{part:dayEdge})|(?<=\b(?:by|until|till)\s+)(?-i:(?:mid-|(?:early|late)\s+)?{part})(?<!night|overnight|daytime))(?<!\bfrom\s+(?:${DAY_EDGE_OR_PART})\s+(?:to|till|until)\s+(?:${DAY_EDGE_OR_PART}))(?=\s*[,.;:!?)]|\s*$|\s+(?:and|but|or|when|while|as|on(?!\s+(?:the\s+)?(?:\d|{:weekday}|{:month}))|in|the|a|an|he|she|it|they|we|his|her|their|its|some|all|both|most|only|no)\b)`,
    value: { kind: 'narrative', offset: 0 },
    examples: [
      [
        'At Borovo, on 7 September 1812, fighting began at [dawn] and ended at [dusk].',
        '1812-09-07TMO',
      ],
      [
        'The landings began on 6 June 1944. By [evening] some 150,000 men were ashore.',
        '1944-06-06TEV',
      ],
      [
        'On 22 January 1879 the camp was attacked; the defenders held out until [mid-afternoon].',
        '1879-01-22TAF',
      ],
      [
        'On 3 May 1915 the attack resumed, and by [nightfall] the ridge was taken.',
        '1915-05-03TEV',
      ],
    ],
    counterExamples: [
      'Police carried out dawn raids on Tuesday.',
      'The age began at the dawn of the jet era.',
      'He stopped by evening classes.',
      'Patrols left at dusk patrol points.',
      'The shop is open from morning till night.',
      'The song was written by Dawn, her sister said.',
      'The flowers were a gift from Dawn and Mike.',
      'Farmers work from dawn till dusk in the harvest season.',
      'The park gates close at dusk every day.',
      'Police raided the house at dawn on Monday.',
    ],
  },
  {
    name: 'that summer, that June, June of that year',
    type: 'DATE',
    // after a verb of saying or knowing, "that" opens a clause ("he said on Monday that June was
    // wet", "reported that June sales rose"): a month or season followed by a word that is no
    // determiner, pronoun, preposition or conjunction is the subject or a noun's modifier, no
    // date ("that summer camps"); "spring" and "fall" are also a water source and a tumble, so
    // they are dates only opening a sentence or a phrase
    pattern: String.raw`(?:(?:later|earlier)\s+)?${NOT_AFTER_SAYING}that\s+(?:same\s+)?(?:(?!spring\b|fall\b)|(?<=(?:^|[.!?;,]\s*|\b(?:in|during|by|until|since|through|later|earlier)\s+)that\s+(?:same\s+)?))(?:{season}|{month}(?![\s-]+\d))(?![\s-]+(?!(?:the|a|an|he|she|it|they|we|i|his|her|its|their|our|there|of|in|on|at|by|for|to|with|under|after|before|during|until|amid|and|but|when|while|as)\b)\p{Ll})|{month}\s+(?:of\s+)?that\s+(?:same\s+)?year`,
    value: { kind: 'narrative', offset: 0 },
    examples: [
      ['The factory closed in March 2009. [That summer], workers staged a sit-in.', '2009-SU'],
      ['The iPhone was unveiled in January 2007 and went on sale [that June].', '2007-06'],
      ['Calder was arrested in March 2018. He was indicted in [June of that year].', '2018-06'],
      ['The plant opened in 2005. In [November that year], it was shut down.', '2005-11'],
      [
        'Mehta was killed in February 2015. The shop reopened [that summer] under his son.',
        '2015-SU',
      ],
      ['The firm was founded in 2010, and [that autumn] it hired staff.', '2010-FA'],
      ['The factory reopened in January 2019. [That spring], it hired 200 workers.', '2019-SP'],
    ],
    counterExamples: [
      'that may be true',
      'he said that June was wet',
      'Farmers said on Monday that June was the wettest month.',
      'The company reported in 2019 that June sales rose.',
      'He never fully recovered from that fall.',
      'Residents still draw water from that spring.',
      'Officials said on Monday that summer camps will be expanded.',
    ],
  },
  {
    name: 'the year-earlier quarter',
    type: 'DATE',
    // the quarter last mentioned, a year before
    pattern: String.raw`year-(?:earlier|ago)\s+{unit:quarterUnit}`,
    value: { kind: 'narrative', unit: 'quarter', offset: -4 },
    examples: [
      ['Third-quarter profit rose from the [year-earlier quarter].', '2022-Q3', '2023-10-26'],
      ['Net rose in the first quarter of 1990 from the [year-ago quarter].', '1989-Q1'],
    ],
    counterExamples: ['a year-earlier quarterly report'],
  },
  {
    name: 'the same quarter a year before',
    type: 'DATE',
    // the quarter last mentioned (else the publication's), a year before
    pattern: String.raw`the\s+same\s+{unit:quarterUnit}\s+${A_YEAR_BEFORE}`,
    value: { kind: 'narrative', unit: 'quarter', offset: -4 },
    examples: [
      [
        'Sales fell in the first quarter from [the same quarter a year earlier].',
        '2022-Q1',
        '2023-05-10',
      ],
    ],
    counterExamples: ['the same quarter'],
  },
  {
    name: 'the same month a year before',
    type: 'DATE',
    pattern: String.raw`the\s+same\s+month\s+${A_YEAR_BEFORE}`,
    value: { kind: 'narrative', unit: 'month', offset: -12 },
    examples: [['Sales rose 5% from [the same month last year].', '2022-05']],
    counterExamples: ['the same month'],
  },
  {
    name: 'the quarter',
    type: 'DATE',
    // business news: the quarter it reports on, last mentioned (else that of the last date, else
    // the publication's)
    pattern: String.raw`(?<=\b(?:the|that)\s+){unit:quarterUnit}(?![\s-]+(?:of|century|final|finals|mile|note|pound|horse|back|hour|inch|deck|master)\b|-)`,
    value: { kind: 'narrative', unit: 'quarter', offset: 0 },
    examples: [
      ['Third-quarter profit rose; sales in the [quarter] fell.', '2023-Q3', '2023-10-26'],
      // told in the past early in a quarter, the one before, which the day reports on
      ['Pacific Lumber said net income fell 18% in the [quarter].', '1989-Q3', '1989-10-26'],
      ['IBM said on Tuesday that profit in the [quarter] rose.', '1990-Q1', '1990-04-19'],
      ['IBM expects profit in the [quarter] to rise.', '1990-Q2', '1990-04-19'],
      ['In March, sales were strong. Profit in the [quarter] rose.', '1990-Q1', '1990-04-19'],
      // (not a day of the story further back, nor one past a quarter's first month)
      ['The strike began on Feb. 10 and hurt sales in the [quarter].', '2011-Q1', '2011-02-20'],
      ['GM said on May 2 that it had cut output in the [quarter].', '2008-Q2', '2008-05-03'],
      // the last quarter named, not the one of the last date
      [
        'The first quarter was weak. Results, due in July, may disappoint. Earnings fell in the [quarter].',
        '1990-Q1',
        '1990-04-18',
      ],
    ],
    counterExamples: ['a quarter of the vote', 'the quarter of the city', 'the quarter-final'],
  },
  {
    name: 'year-earlier, year-ago',
    type: 'DATE',
    // business news compares a period with the same one a year before it
    pattern: String.raw`{unit:calendarUnit}-(?:earlier|ago)`,
    value: { kind: 'narrative', offset: -1 },
    examples: [
      ['Net rose in the third quarter of 1989 from the [year-earlier] period.', '1988'],
      ['Sales fell from the [year-ago] level.', '2022'],
    ],
    counterExamples: ['a year earlier', 'years ago'],
  },
  {
    // nights are counted as days are, and name the night of the day they reach (TimeML: "two
    // nights later" after 14 December is 16 December's night); a distance in hours or minutes is
    // no date ("over an hour later", a duration in the development set)
    name: 'so many nights later',
    type: 'TIME',
    pattern: String.raw`{number}[\s-]+nights\s+{direction:later}(?![\s-]*(?:than|[\p{L}\p{N}]+-)\b|["”’'])`,
    value: { kind: 'narrative', unit: 'day', part: 'NI' },
    examples: [
      [
        'On 14 December 1912 he fell into a crevasse. [Two nights later] they killed a dog.',
        '1912-12-16TNI',
      ],
      // (with no day told before, a night of a day the text does not give)
      ['[Two nights later] the fire returned.', 'XXXX-XX-XXTNI'],
    ],
    counterExamples: ['two nights later than planned', 'two nights in a row'],
  },
  {
    name: 'so many units later',
    type: 'DATE',
    pattern: String.raw`(?:{number}[\s-]+|{fraction:halfWord}\s+an?\s+){unit:dayOrLonger}\s+(?:{direction:later}(?![\s-]*(?:than|[\p{L}\p{N}]+-)\b|["”’'])|{direction:beforeAfter}(?:\s+(?:that|this))?(?=\s*[,.;:!?)]))`,
    value: { kind: 'narrative' },
    examples: [
      ['Talks began on May 5, 2023. [Two days later], they failed.', '2023-05-07'],
      ['The prototype flew in 2019. [Two years after that], production began.', '2021'],
      ['He was elected in 1998 and died [three years later].', '2001'],
      ['The factory closed in 2008. He died [two years later] after a short illness.', '2010'],
      ['She arrived in 1986, graduating [three years later] with honours.', '1989'],
      ['She left on June 1, 2020, and returned [a week later].', '2020-W24'],
      // (a fortnight is two weeks: "by the 12th [September 1914] ... A fortnight later")
      ['The army withdrew on 12 September 1914. [A fortnight later] it attacked.', '1914-W39'],
      ['The meeting was on March 3, 1999. [Three days later] the deal collapsed.', '1999-03-06'],
      ['The mill closed in 1985. [A decade later], the town had recovered.', '1995'],
      ['The stadium opened in 1976. [Half a century later], it is still there.', '2026'],
      // no number: after the date last mentioned (mod AFTER), not on it
      ['Talks began on March 3, 2013. [A few days later], they failed.', '2013-03-03'],
      ['He left in 1999 and came back [several years later].', '1999'],
      // a year from a quarter or a half is that quarter or half of the other year
      ['Profit in the third quarter rose 5% from [a year earlier].', '1988-Q3', '1989-10-20'],
      ['Output fell in the first half of 2010. [Two years later], it recovered.', '2012-H1'],
    ],
    counterExamples: [
      'two days after the attack',
      'ten days before the shooting',
      'two days after that attack',
      'just over an hour later, he',
      'two days later than planned',
      'a fortnight later than planned',
    ],
  },
] as const satisfies readonly Rule[];
