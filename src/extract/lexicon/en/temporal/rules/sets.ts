/**
 * Recurrences: "daily", "every week", "each Tuesday", "twice a year", "on Mondays". TIMEX3 SET
 * values are the period (`P1W`) or the recurring calendar slot (`XXXX-WXX-2`).
 */
import type { Rule } from '../../../../temporal/rule.ts';

/** Counts in words before a rate's noun ("six games a day"). */
const COUNT_WORDS = String.raw`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozen|hundred|thousand`;

/** Plurals without an "s" that a rate counts ("100,000 people a day"). */
const IRREGULAR_PLURALS = String.raw`people|children|men|women|staff|personnel|cattle|sheep|fish`;

/**
 * What may not follow a rate's period: a distance ("a day after", "a year from now"), an age ("a
 * year old") or a length ("a week long"), or "of" ("12 trains an hour from May", "£196 a week
 * from the same date" are rates), unless what the rate is of is an amount produced or traded
 * ("2.6 billion gloves a year of capacity", "a million barrels a day of crude").
 */
const RATE_END = String.raw`(?![\p{L}\p{N}-]|\s+(?:after|before|later|earlier|ago|previously|apart|prior|back|old|long|from(?=\s+(?:now|today|tomorrow|then)\b)|of(?!\s+(?:new\s+|additional\s+|extra\s+)?(?:capacity|production|output|crude|oil|gas|exports?|imports?|supply|demand)\b))\b)`;

/**
 * What "hourly" rates when it is an adjective of pay ("average hourly pay rose 0.3%", "hourly
 * earnings", "hourly workers"): a wage counted by the hour, no recurrence; not a thing done each
 * hour ("updated hourly", "paid hourly", "hourly updates").
 */
const HOURLY_PAY_NOUNS = String.raw`pay|wages?|earnings|compensation|salar(?:y|ies)|rates?|workers|employees|staff`;

export const SET_RULES = [
  {
    name: 'daily, weekly, annually',
    type: 'SET',
    // ("take it [twice daily]": how often goes with it)
    pattern: String.raw`(?:(?:{:times}|{:count}\s+times)\s+)?{set:setWord}(?!(?<=\bhourly)\s+(?:${HOURLY_PAY_NOUNS})\b)`,
    value: { kind: 'set' },
    examples: [
      ['rallies held almost [daily]', 'P1D'],
      ['Take the pill [twice daily].', 'P1D'],
      ['in his [weekly] radio address', 'P1W'],
      ['held here [annually]', 'P1Y'],
      ['Most workers are paid [hourly].', 'PT1H'],
      ['The figures are updated [hourly].', 'PT1H'],
      ['[hourly] updates', 'PT1H'],
    ],
    counterExamples: ['the dailies', 'Average hourly pay rose 0.3%.', 'average hourly earnings'],
  },
  {
    name: 'every unit',
    type: 'SET',
    // ("every night" is a part of the day, as "every morning" is: the next rules')
    pattern: String.raw`(?:every|each|per)\s+(?:{alternate}\s+)?(?:{number:count}\s+)?(?!(?<=\b(?:every|each)\s+)night\b){unit:durationUnit}`,
    value: { kind: 'set' },
    examples: [
      ['I pray for him [every day]', 'P1D'],
      ['[every two weeks]', 'P2W'],
      ['[every other day]', 'P2D'],
      ['[each year]', 'P1Y'],
      ['the festival takes place [every few years]', 'PXY'],
    ],
    counterExamples: ['everyday life', 'each of the years'],
  },
  {
    name: 'every quarter',
    type: 'SET',
    pattern: String.raw`(?:every|each|per)\s+(?:{alternate}\s+)?{unit:quarterUnit}`,
    value: { kind: 'set' },
    examples: [
      ['the company reports earnings [each quarter]', 'P3M'],
      ['dividends are paid [every other quarter]', 'P6M'],
    ],
    counterExamples: ['each quarterback', 'every second counts'],
  },
  {
    name: 'every weekday, month, season or part of the day',
    type: 'SET',
    pattern: String.raw`(?:every|each)\s+(?:other\s+)?(?:{weekday}(?:\s+{part})?|{month:monthBeforeDay}\s+{day}(?!\d|,\s*\d|\s*-)|{month}|{season}|{part}|{unit:weekendUnit})`,
    value: { kind: 'set' },
    examples: [
      ['[every Tuesday]', 'XXXX-WXX-2'],
      ['She played there [every Monday night].', 'XXXX-WXX-1TNI'],
      ['He jogs [every Sunday morning].', 'XXXX-WXX-7TMO'],
      ['the board meets [every other Tuesday]', 'XXXX-WXX-2'],
      ['[every morning]', 'XXXX-XX-XXTMO'],
      ['The bells ring [every night].', 'XXXX-XX-XXTNI'],
      ['[every summer]', 'XXXX-SU'],
      ['[each May]', 'XXXX-05'],
      ['The town remembers the quake [every April 18].', 'XXXX-04-18'],
      ['[Every May 1], workers march.', 'XXXX-05-01'],
      ['[every weekend]', 'XXXX-WXX-WE'],
    ],
    counterExamples: ['every mornings'],
  },
  {
    name: 'the first Monday of each month',
    type: 'SET',
    // a weekday of each month or year recurs with it: monthly, not one Monday
    pattern: String.raw`(?:the\s+)?(?:first|second|third|fourth|last|final)\s+{:weekday}\s+(?:of|in)\s+(?:each|every)\s+{unit:calendarUnit}`,
    value: { kind: 'set' },
    examples: [
      ['The council meets on [the first Monday of each month].', 'P1M'],
      ['The board meets [the second Tuesday of every month].', 'P1M'],
      ['a fair held [the last Saturday in every year]', 'P1Y'],
    ],
    counterExamples: ['the first Monday of the month'],
  },
  {
    name: 'so many times a unit',
    type: 'SET',
    pattern: String.raw`(?:{:times}|{:count}\s+times)\s+(?:a|an|per|each)\s+{unit:durationUnit}`,
    value: { kind: 'set' },
    examples: [
      ['meets [twice a week]', 'P1W'],
      ['[three times a year]', 'P1Y'],
    ],
    counterExamples: ['twice as long'],
  },
  {
    name: 'so many units a unit',
    type: 'SET',
    // a length of time in each period, how often and how much at once ("works [three days a
    // week]", "[12 hours a day]"): the whole is the recurrence, not a length and "a week"
    pattern: String.raw`(?<![\p{L}\p{N}.,-])(?:{:count}[\s-]+(?:minutes|hours|days|nights|weeks|months)|(?:one|an?)\s+(?:minute|hour|day|night|week|month))\s+(?:a|an|per|each)\s+{unit:durationUnit}${RATE_END}`,
    value: { kind: 'set' },
    examples: [
      ['He works [three days a week].', 'P1W'],
      ['Staff worked [12 hours a day].', 'P1D'],
      ['He trained [six hours a day], [five days a week].', 'P1D'],
      ['Schools open [one day a week].', 'P1W'],
      ['He studies [an hour a day] from Monday.', 'P1D'],
    ],
    counterExamples: ['two weeks a year ago', 'three days a week later', 'a day a year from now'],
  },
  {
    // a rate's "a day" is how often, like "per day", not a length of time: it follows a counted
    // quantity ("2 million barrels [a day]", "$40 million [a day]", "dozens of interviews [a day]")
    name: 'a unit of a rate',
    type: 'SET',
    pattern: String.raw`(?=an?\s)(?<=(?:\d(?:m|bn|k|tn)?|\b(?:${COUNT_WORDS}|dozens|hundreds|thousands|millions|billions|percent|cents?|dollars|euros|pounds|yen|yuan))(?:\s+(?:million|billion|thousand|hundred|trillion))?(?:\s+(?:of\s+)?(?:\p{Ll}[\p{Ll}-]*s|${IRREGULAR_PLURALS}))?\s+)(?:a|an)\s+(?<unit>day|night|week|fortnight|month|year|hour)${RATE_END}(?!\s+(?:raids?|curfews?|shifts?|patrols?|flights?|games?|sessions?|trips?|jobs?|visits?|pass(?:es)?)\b)(?!\s+(?:or|and(?=\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:half|quarter|third|(?:minute|hour|day|night|week|fortnight|month|year)s?\b(?!\s+(?:later|earlier|after|before|ago|on)\b))\b)|into|in\s+advance)\b|\s+on\s*(?:[,;.]|$))`,
    value: { kind: 'set' },
    examples: [
      ['produces 2 million barrels [a day]', 'P1D'],
      ['The war costs $40 million [a day].', 'P1D'],
      ['dozens if not hundreds of interviews [a day]', 'P1D'],
      ['He earns $50,000 [a year].', 'P1Y'],
      ['Prices rose 3 percent [a year].', 'P1Y'],
      ['300 cars [an hour]', 'PT1H'],
      ['Teams will play up to six games [a day].', 'P1D'],
      ['It plans to spend about $200 million [a year] on capital projects.', 'P1Y'],
      ['The federal minimum wage has been $7.25 [an hour] since July 2009.', 'PT1H'],
      ['The allowance is $565 [a fortnight].', 'P2W'],
      ['There will be 12 trains [an hour] from May.', 'PT1H'],
      ['Claimants can earn up to £196 [a week] from the same date.', 'P1W'],
      ['Volunteers will serve meals to 100,000 people [a day].', 'P1D'],
      ['Rooms cost $300 [a night].', 'P1D'],
      // (after a length the rule before did not take with it)
      ['Teenagers should sleep at least eight hours [a night].', 'P1D'],
      // money and counts written short, as British copy does ("£20m", "$3bn")
      ['The strikes cost the industry about £20m [a day].', 'P1D'],
      ['The plant burns $3bn [a year].', 'P1Y'],
      // what the rate is of, when it is an amount made or traded
      ['The group plans to add 2.6 billion gloves [a year] of capacity.', 'P1Y'],
      ['It pumps 1.2 million barrels [a day] of crude.', 'P1D'],
      // (a clause joined after it: "a day and a half" is a length, "a day and rising" a rate)
      ['The Fed buys bonds at $40 billion [a month] and repeated its view.', 'P1M'],
      ['Output is 2 million barrels [a day] and rising.', 'P1D'],
      // (a count after "and" is a length only when a unit or a fraction follows it: "a year and
      // two months", not "a day and two new fields", "an hour and 900 a day")
      ['Exports rose to 3 million barrels [a day] and two new fields opened.', 'P1D'],
      ['The plant makes 40 cars [an hour] and 900 a day.', 'PT1H'],
      ['The mine produced 100 tons [a day] and a month later it closed.', 'P1D'],
    ],
    counterExamples: [
      'He was freed 10 years a day after',
      'It takes a day',
      'paid $200 a day before',
      'It will cost $5 a year from now.',
      'Two bridges, built 50 years a year apart',
      'Five years a year on, the town has recovered.',
      'On March 3 a night raid killed 10 civilians.',
      'He spent 20 minutes a day of his life there.',
      'It took 40 hours a day and a half later.',
      'It cost 40 dollars a month and a quarter.',
    ],
  },
  {
    name: 'weekdays',
    type: 'SET',
    // the working days as one recurrence, as "on [weekends]" and "[every weekend]" are the
    // weekend's (XXXX-WXX-WE); not a weekday's own things ("a weekday afternoon")
    pattern: String.raw`(?:(?:every|each)\s+|(?<=\b(?:on|during)\s+)(?=weekdays\b)){set:weekdaySet}s?(?![\p{L}-])`,
    value: { kind: 'set' },
    examples: [
      ['The museum is open on [weekdays].', 'XXXX-WXX-WD'],
      ['Trains run [every weekday].', 'XXXX-WXX-WD'],
    ],
    counterExamples: ['a weekday afternoon', 'weekday traffic', 'on weekday mornings'],
  },
  {
    name: 'plural weekdays',
    type: 'SET',
    pattern: String.raw`{weekday}s|{weekday}\s+{part}s|(?<=\b(?:on|at)\s+){unit:weekendUnit}s`,
    value: { kind: 'set' },
    examples: [
      ['closed on [Sundays]', 'XXXX-WXX-7'],
      ['he visits his mother on [weekends]', 'XXXX-WXX-WE'],
      ['the group gathers on [Sunday mornings]', 'XXXX-WXX-7TMO'],
    ],
    counterExamples: ['Sunday service', 'Sunday morning'],
  },
] as const satisfies readonly Rule[];
