/**
 * Dates counted from the publication date: "today", "yesterday", "last week", "this year", "next
 * Monday", "last fall", "two years ago". Examples resolve as if published on Wednesday
 * 2023-05-17 (ISO week 20, in spring) unless they say otherwise. "Earlier" and "later" relate
 * the event to the period and stay outside it ("earlier [this week]"), as in the TempEval
 * corpora; "early", "late" and "mid" name a part of it and belong to it ("[early next week]").
 */
import type { Rule } from '../../../../temporal/rule.ts';

export const DEICTIC_RULES = [
  {
    name: 'today, yesterday, tomorrow',
    type: 'DATE',
    pattern: String.raw`(?<!the\s){dayWord}(?!\s+{:part})`,
    value: { kind: 'deictic', unit: 'day' },
    examples: [
      ['Shadayev also announced [today] that', '2023-05-17'],
      ['the talks ended [yesterday]', '2023-05-16'],
      ['the vote is [tomorrow]', '2023-05-18'],
      ['the speech [tonight]', '2023-05-17TNI'],
      ['as [today] is known only as a day of 2018', '2018-XX-XX', '2018'],
    ],
    counterExamples: ['the Today show host', 'todays'],
  },
  {
    name: 'day word and part of the day',
    type: 'TIME',
    pattern: String.raw`{dayWord}\s+{part}`,
    value: { kind: 'deictic', unit: 'day' },
    examples: [
      ['[yesterday morning]', '2023-05-16TMO'],
      ['[tomorrow night]', '2023-05-18TNI'],
    ],
    counterExamples: ['yesterday, morning came'],
  },
  {
    name: 'the day before yesterday',
    type: 'DATE',
    pattern: String.raw`the\s+day\s+before\s+yesterday`,
    value: { kind: 'deictic', unit: 'day', offset: -2 },
    examples: [['he left [the day before yesterday]', '2023-05-15']],
    counterExamples: ['the day before'],
  },
  {
    name: 'the day after tomorrow',
    type: 'DATE',
    pattern: String.raw`the\s+day\s+after\s+tomorrow`,
    value: { kind: 'deictic', unit: 'day', offset: 2 },
    examples: [['due [the day after tomorrow]', '2023-05-19']],
    counterExamples: ['the day after'],
  },
  {
    name: 'this morning, this evening',
    type: 'TIME',
    pattern: String.raw`this\s+{part}`,
    value: { kind: 'deictic', unit: 'day', offset: 0 },
    examples: [['said [this morning]', '2023-05-17TMO']],
    counterExamples: ['this mornings'],
  },
  {
    name: 'last night',
    type: 'TIME',
    pattern: String.raw`last\s+night`,
    value: { kind: 'deictic', unit: 'day', offset: -1, part: 'NI' },
    examples: [['the attack [last night]', '2023-05-16TNI']],
    counterExamples: ['the last nightclub'],
  },
  {
    name: 'last, this, next week/month/year',
    type: 'DATE',
    pattern: String.raw`(?<!the\s)(?:{mod}\s+)?{shift:deicticShift}\s+{unit:calendarUnit}`,
    value: { kind: 'deictic' },
    examples: [
      ['the bombings [last week] claimed', '2023-W19'],
      // (not the fourth quarter: "the last quarter of 2020" is)
      ['the economy grew [last quarter]', '2023-Q1'],
      ['held talks with his counterpart earlier [this week]', '2023-W20'],
      ['held talks earlier [this week]', '2018-WXX', '2018'],
      ['a ruling is expected [early next week]', '2023-W21'],
      ['revenues dropped [last year]', '2022'],
      ['[this month]', '2023-05'],
      ['profits [next quarter]', '2023-Q3'],
      ['[last weekend]', '2023-W19-WE'],
      ['[this century]', '20'],
      ['lived [last year]', 'XXXX', null],
    ],
    counterExamples: ['for the last year', 'the next week'],
  },
  {
    // a day of the month counted from the publication's, as of a named month ("the fifth of May");
    // not the month's own ("the 20th of this month's shootings" is the twentieth shooting)
    name: 'a day of this, next or last month',
    type: 'DATE',
    pattern: String.raw`(?<=\bthe\s+)(?:{day:dayOrdinal}|{day})\s+of\s+{shift:deicticShift}\s+month(?![\p{L}-]|['’]s\b)`,
    value: { kind: 'deictic', unit: 'month' },
    examples: [
      ['The vote is on the [20th of this month].', '2023-05-20'],
      ['Talks resume on the [5th of next month].', '2023-06-05'],
      ['The deal was signed on the [third of last month].', '2023-04-03'],
      ['Rent is due on the [31st of next month].', '2023-06'],
    ],
    counterExamples: [
      'the 20th of the month',
      'a third of last month’s sales',
      'Police reported the 20th of this month’s shootings on Friday.',
      "Rain washed out the 5th of next month's 12 races.",
    ],
  },
  {
    name: 'the week after next',
    type: 'DATE',
    pattern: String.raw`the\s+{unit:calendarUnit}\s+after\s+next(?![\s-]+(?:{:weekday}|{:month}|{:calendarUnit})\b)`,
    value: { kind: 'deictic', offset: 2 },
    examples: [
      ['The vote is now due [the week after next].', '2023-W22'],
      ['talks resume [the month after next]', '2023-07'],
    ],
    counterExamples: ['the week after next Monday'],
  },
  {
    name: 'the weekend before last',
    type: 'DATE',
    pattern: String.raw`the\s+{unit:calendarUnit}\s+before\s+last(?![\s-]+(?:{:weekday}|{:month}|{:calendarUnit})\b)`,
    value: { kind: 'deictic', offset: -2 },
    examples: [
      ['The fire broke out [the weekend before last].', '2023-W18-WE'],
      ['prices fell [the year before last]', '2021'],
    ],
    counterExamples: ['the week before last year'],
  },
  {
    name: 'the current quarter',
    type: 'DATE',
    // "the next week" may count from another date and "the last week" is a length; "the current
    // quarter" is always the publication's
    pattern: String.raw`(?<=the\s+)current\s+{unit:calendarUnit}`,
    value: { kind: 'deictic', offset: 0 },
    examples: [
      ['earnings in the [current quarter] will be weak', '2023-Q2'],
      ['the [current year]', '2023'],
    ],
    counterExamples: ['the current account', 'currently'],
  },
  {
    name: 'the latest quarter',
    type: 'DATE',
    // reported results: the last period that has ended before publication
    pattern: String.raw`(?<=the\s+)(?:latest|most\s+recent)\s+{unit:calendarUnit}(?![\s-]+(?:ago|earlier|later)\b)`,
    value: { kind: 'deictic', offset: -1 },
    examples: [
      ['profit in the [latest quarter] fell', '2023-Q1'],
      ['sales in the [most recent week] rose', '2023-W19'],
    ],
    counterExamples: ['the latest news', 'the latest quarterly report'],
  },
  {
    name: 'year to date',
    type: 'DATE',
    // a figure "year to date" is of the year still running, from its start to the publication:
    // the publication's year, as "so far [this year]" is (TimeML tags the period a figure is
    // for; not a duration, whose length the text does not give)
    // (not a count of years "to date" since a day: "It has been one year to date since the flood")
    pattern: String.raw`(?<!\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)(?<unit>year|quarter|month)(?:\s+to\s+|-to-)date(?![\w-])`,
    value: { kind: 'deictic', offset: 0 },
    examples: [
      ['Sales are up 4 percent [year to date].', '2023'],
      ['[Year-to-date] sales rose 4 percent.', '2023'],
      ['Shares have gained 3% [quarter to date].', '2023-Q2'],
    ],
    counterExamples: [
      'a year to the date',
      'to date, sales rose',
      'year to dates',
      'It has been one year to date since the flood.',
    ],
  },
  {
    name: "a market wrap's week",
    type: 'DATE',
    // a weekly market report's change "for the week" is this week's ("The index rose 1.8% [for
    // the week]"); a year or a month so told may be the one just reported, so only the week
    pattern: String.raw`(?<=(?:%|\bpercent|\bper\s+cent|\bpoints?|\bcents?)\s+(?:for|over|on)\s+)the\s+(?<unit>week)(?![\p{L}-]|\s+(?:ended|ending|before|after|earlier|ago|of|to)\b)`,
    value: { kind: 'deictic', offset: 0 },
    examples: [
      ['The index rose 0.6% on Friday and 1.8% for [the week].', '2023-W19'],
      ['Melbourne prices edged up 0.1 per cent over [the week].', '2023-W20'],
    ],
    counterExamples: [
      'The index rose 1.8% for the week ended May 5.',
      'sales rose 2% for the weekend',
    ],
  },
  {
    name: 'the end of the month',
    type: 'DATE',
    // (a headline's "by end of year" drops both articles)
    pattern: String.raw`{mod:modOf}\s+(?:(?:the\s+)?{shift:deicticShift}\s+|the\s+|(?<=(?<!the\s+)\b(?:start|beginning|middle|end)\s+of\s+)){unit:calendarUnit}`,
    value: { kind: 'deictic', offset: 0 },
    examples: [
      ['could last until [the end of the month]', '2023-05'],
      ['by [the beginning of next year]', '2024'],
      ['in [the middle of last week]', '2023-W19'],
      // "the next century" after "the middle of" is a date, not a hundred years
      ['ice-free by [the middle of the next century]', '21'],
      ['by [the end of the next decade]', '203X'],
      ['Deal expected by [end of year]', '2023'],
    ],
    counterExamples: ['the end of the war'],
  },
  {
    name: 'the rest of the week',
    type: 'DATE',
    // what is left of a week, a month or a year is of that period, the publication's or the
    // story's, as "the end of the month" is ("will be shut for the rest of the week")
    pattern: String.raw`the\s+(?:rest|remainder|balance)\s+of\s+the\s+{unit:calendarUnit}(?![\p{L}-]|['’]s\b)`,
    value: { kind: 'deictic', offset: 0 },
    examples: [
      ['The plant will be shut for [the rest of the week].', '2023-W20'],
      ['Sales should slow over [the remainder of the year].', '2023'],
    ],
    counterExamples: ["the rest of the week's games", 'the rest of the weekly schedule'],
  },
  {
    name: 'midcentury',
    type: 'DATE',
    // "net zero by midcentury": the middle of this century (not "mid-century modern" design)
    pattern: String.raw`(?<=\b(?:by|until|till|before|after|around|toward|towards|at|from|in|since)\s+)(?:the\s+)?(?<mod>mid)-?(?<unit>century)(?![\p{L}-]|\s+(?!(?:and|or|but|to|as|when|if|at|in|on|for|with|than|because|the|a|an)\b)\p{Ll})`,
    value: { kind: 'deictic', offset: 0 },
    examples: [
      ['The country aims for net zero by [midcentury].', '20'],
      ['emissions must fall to zero around [mid-century]', '20'],
    ],
    counterExamples: [
      'a mid-century modern house',
      'in mid-century furniture',
      'in the mid-century boom',
    ],
  },
  {
    name: 'last, this, next and a weekday, month, season or holiday',
    type: 'DATE',
    pattern: String.raw`(?<!the\s)(?:{mod}\s+)?{shift:deicticShift}\s+(?:{weekday}|{month}(?![\s-]+\d)|{season}|{holiday})`,
    value: { kind: 'date' },
    examples: [
      ['shot [last Friday]', '2023-05-12'],
      ['will meet [next Monday]', '2023-05-22'],
      ['a sniper killed him [last fall]', '2022-FA'],
      ['[this summer]', '2023-SU'],
      ['he left Cuba [last November]', '2022-11'],
      ['the summit [next April]', '2024-04'],
      ['[last Thanksgiving]', '1999-11-25', '2000-01-13'],
      ['[this Wednesday]', '2023-05-17'],
    ],
    counterExamples: ['the next May', 'last may', 'last Oct. 23'],
  },
  {
    name: 'so many units ago',
    type: 'DATE',
    pattern: String.raw`(?:(?:{approx}|{bound})\s+)?(?:{number}(?:\s+{fraction})?[\s-]+|{fraction:halfWord}\s+an?\s+)?{unit}(?:\s+{trailingFraction:fraction})?\s+{direction:ago}`,
    value: { kind: 'ago' },
    examples: [
      ['the first time since Castro came to power [41 years ago]', '1982'],
      ['the creation of NATO [50 years ago]', '1973'],
      ['fled [six weeks ago]', '2023-W14'],
      ['[two months ago]', '2023-03'],
      ['[11 days ago]', '2023-05-06'],
      ['the quake struck [10 minutes ago]', '2023-05-17'],
      ['the attack began [48 hours ago]', '2023-05-15'],
      ['[a decade ago]', '2013'],
      ['The stadium opened [half a century ago].', '1973'],
      ['the war in Bosnia ended [almost four years ago]', '2019'],
      ['it ended [years ago]', 'PAST_REF'],
      // (before year 1: the year before the common era, as "7975 BC" is written)
      ['Farming began here [10,000 years ago].', 'BC7978'],
      ['[a week from today]', '2023-W21'],
    ],
    counterExamples: ['the ago'],
  },
  {
    name: 'so many years ago this month',
    type: 'DATE',
    pattern: String.raw`(?:{number}[\s-]+)?{unit:yearUnit}\s+{direction:ago}\s+this\s+month`,
    value: { kind: 'ago', grain: 'month' },
    examples: [
      ['[Two years ago this month], the factory closed', '2021-05'],
      ['[A decade ago this month]', '2013-05'],
    ],
    counterExamples: ['two months ago this year'],
  },
  {
    name: 'so many years ago this week',
    type: 'DATE',
    pattern: String.raw`(?:{number}[\s-]+)?{unit:yearUnit}\s+{direction:ago}\s+this\s+week`,
    value: { kind: 'ago', grain: 'week' },
    examples: [
      ['The bridge fell [five years ago this week]', '2018-W20'],
      ['[A year ago this week]', '2022-W52', '2023-12-28'],
    ],
    counterExamples: ['five years ago, this weekend'],
  },
  {
    // "Unemployment is higher than at this time last year": about the publication's date, a year
    // off; said loosely (weeks either way), so its month
    name: 'this time last year',
    type: 'DATE',
    pattern: String.raw`this\s+time\s+last\s+year`,
    value: { kind: 'ago', unit: 'year', count: 1, direction: -1, grain: 'month' },
    examples: [
      ['Unemployment is higher than at [this time last year].', '2022-05'],
      ['[This time last year], the shops were empty.', '2022-05'],
    ],
    counterExamples: ['this time last week', 'at this time'],
  },
  {
    name: 'this time next year',
    type: 'DATE',
    pattern: String.raw`this\s+time\s+next\s+year`,
    value: { kind: 'ago', unit: 'year', count: 1, direction: 1, grain: 'month' },
    examples: [['The line should be open by [this time next year].', '2024-05']],
    counterExamples: ['this time next week'],
  },
  {
    name: 'this day in a year',
    type: 'DATE',
    // anniversaries: "On this day in 1969, Apollo 11 lifted off" is the publication's day, then
    pattern: String.raw`this\s+(?:day|date)\s+in\s+{year}`,
    value: { kind: 'ago', grain: 'day' },
    examples: [['On [this day in 1969], Apollo 11 lifted off.', '1969-05-17']],
    counterExamples: ['this day in history'],
  },
  {
    name: 'so many years ago today',
    type: 'DATE',
    pattern: String.raw`(?:{number}[\s-]+)?{unit:yearUnit}\s+{direction:ago}\s+today`,
    value: { kind: 'ago', grain: 'day' },
    examples: [
      ['[Thirty years ago today], a methane explosion tore through the mine', '1993-05-17'],
      ['It was [a year ago today] that the bridge fell', '2022-05-17'],
    ],
    counterExamples: ['two days ago today'],
  },
] as const satisfies readonly Rule[];
