/**
 * Times of day: clock times ("10:35 a.m.", "9 a.m. EST Tuesday", "noon") and parts of named days
 * ("Friday night"). A time without a day takes the day last mentioned, else the publication day.
 * Examples resolve as if published on Wednesday 2023-05-17.
 */
import type { Rule } from '../../../../temporal/rule.ts';

/**
 * Before "ten to two" and the like, a split vote or betting odds, not a clock time: "The court
 * ruled by [five to four]", "The committee voted by [ten to two]", "priced at [five to four]",
 * "Bookmakers have him at [ten to one]", "won at [twenty-five to one]".
 */
const VOTE_OR_ODDS_BEFORE = String.raw`voted?|votes|ruled|carried|passed|won|lost|rejected|approved|backed|defeated|decided|majority|margin|priced|quoted|odds|available|offered|rated|him|her|them|it|us`;
/** ... and after them: "at ten to one [to win] the title", "by ten to two [to approve] the plan". */
const ODDS_AFTER = String.raw`to\s+(?:win|lift|take|be|finish|approve|reject|back|block|pass|uphold|allow|dismiss|overturn)\b|against\b|in\s+favou?r\b|shot\b|odds\b|that\s+(?!morning|afternoon|evening|night)`;
/** Units of money after a figure: "at 9.45 dollars" is a price, not a quarter to ten. */
const CURRENCY = String.raw`dollars?|cents?|euros?|pounds?|pence|yen|yuan|renminbi|pesos?|rupees?|francs?|marks|rubles?|roubles?|shekels?|won|rand|reais|real|lira|krona|kronor|kroner|a\s+share|per\s+share`;
/**
 * What may follow a clock time on its line as the day it is on:
 * - a weekday ("10 p.m. Friday"; not the next paragraph's "Sunday"), with its month and day as
 *   wire copy writes them ("6 a.m. Monday, Nov. 28"), but not a weekday that a day-first date or
 *   one with its year follows ("11.30pm on Friday 15 September 2017": the date is its own, and the
 *   time takes its day after, in clock-days.ts);
 * - "today", "tomorrow", "tonight", "this afternoon" ("5 p.m. this afternoon");
 * - the part of that day ("7:30 Friday night"), which puts an hour said without "a.m." or "p.m."
 *   after noon ("11:40 Tuesday night" is 23:40; "7:30 Friday morning" stays 07:30);
 * - a month and day ("9:04 a.m. EST Nov. 10"; "at 4 a.m. on Jan. 3" and one with its year are
 *   dates of their own).
 */
const DAY_AFTER = String.raw`(?:,?[ \t]+(?:on\s+)?(?:{weekday}(?:,?\s+{month:monthBeforeDay}\s+{day}(?!\d|[:.]\d|,\s*\d))?(?![,\s]+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?{:month}|{:month}\s+\d))|{dayWord}|{dayWord:thisPart})(?:\s+{dayPart:part})?|[ \t]+{month:monthBeforeDay}\s+{day}(?!\d|[:.]\d|,\s*\d))?`;

/**
 * Words of a market report, before which a four-digit figure and a day is a price or an index
 * level, not a time: "the Nikkei closed at 1850 on Friday".
 */
const MARKET = String.raw`\b(?:index|indexes|indices|shares?|stocks?|futures|benchmark|composite|average|Nikkei|Dow|FTSE|DAX|CAC|S&P|Nasdaq|Hang\s+Seng|Sensex|Kospi|gold|oil|crude|bonds?|yields?|currency|dollar|euro|yen|pound|rupee|traded|trading)\b`;
/** Between the ends of a range of four-digit clock times: "from 0700 to 1900". */
const HHMM_TO = String.raw`\s*(?:to|and|until|till|-|–)\s*`;

export const TIME_RULES = [
  {
    name: 'clock time with a.m./p.m.',
    type: 'TIME',
    // (seconds are read to the minute: "10:16:12 a.m." is no "12 a.m.")
    pattern: String.raw`(?<![\d:])(?:{hour:hour12}(?:[:.]{minute}(?::[0-5]\d)?)?)\s*{meridiem}(?:\s+{:zone}|\s+local\s+time)?${DAY_AFTER}`,
    value: { kind: 'date' },
    examples: [
      ['Flights were cancelled from [4 p.m. AEST on Friday].', '2023-05-12T16:00'],
      ['The bridge will close at [6 a.m. Monday, Nov. 27].', '2023-11-27T06:00'],
      ['He called at [5 p.m. this afternoon].', '2023-05-17T17:00'],
      ['The market opened at [9:30 a.m. eastern time].', '2023-05-17T09:30'],
      ['The rocket lifted off at [9 a.m. Beijing time] on March 4.', '2023-03-04T09:00'],
      // (the cities and countries wire copy tells markets' and deadlines' times in)
      ['The offer expires at [5 p.m. New York time on Friday].', '2023-05-19T17:00', '2023-05-16'],
      ['Trading resumed at [9 a.m. London time on Monday].', '2023-05-15T09:00'],
      // (a part that must keep its case and does not is left out, not the whole time)
      ['The talks ended at [9:30 a.m.] gmt.', '2023-05-17T09:30'],
      ['The plane landed at [4 p.m.] This morning, officials met.', '2023-05-17T16:00'],
      // (not a weekday that a date with its year follows: the time is on the day, both tagged)
      ['He was stabbed at [11.30pm] on Friday 15 September 2017.', '2017-09-15T23:30'],
      [
        'On Friday, Aug. 7, 1998, the blast occurred at about [10:35 a.m.] (0735 GMT)',
        '1998-08-07T10:35',
      ],
      ['the deadline will expire at [9 a.m. EST Tuesday].', '2023-05-23T09:00'],
      ['shot to death at [10 p.m.] as he stood', '2023-05-17T22:00'],
      ['at [12:30 am] on', '2023-05-17T00:30'],
      ['was arrested at around [11:30 p.m. local time on Sunday] and', '2023-05-14T23:30'],
      ['touched down at [3:42 a.m. Eastern time on Sunday], the agency said', '2023-05-14T03:42'],
      // and a month and day right after it ("land at 9:04 a.m. EST Nov. 10")
      ['Atlantis is due to land at [9:04 a.m. EST Nov. 10].', '2023-11-10T09:04'],
      ['The first step came at [10:56:15 p.m. EDT].', '2023-05-17T22:56'],
    ],
    counterExamples: ['Psalm 5 amen', 'a 10 pmol dose'],
  },
  {
    name: 'first hour of a range of clock times',
    type: 'TIME',
    // "from [4] to 7 p.m. Thursday": the hour takes the end's a.m. or p.m. (and its day, after
    // the rules: clock-days.ts)
    pattern: String.raw`{hour:hour12}(?:[:.]{minute})?(?<=\b(?:from|between)\s+\d{1,2}(?:[:.]\d{2})?)(?=\s*(?:to|-|–|until|till|and)\s*(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*{meridiem})`,
    value: { kind: 'date' },
    examples: [
      ['Visitation will be held from [4] to 7 p.m. Thursday.', '2023-05-18T16:00'],
      ['The store is open from [9:30] to 11 a.m.', '2023-05-17T09:30'],
    ],
    counterExamples: ['from 4 to 7 percent', 'rose from 4 to 7'],
  },
  {
    // (a date and a time apart by a blank line are a live page's day and the stamp of its first
    // entry: "Oct. 16, 2024\n\n9:05 a.m.\n\nThe weather service issued a warning")
    name: 'date and clock time',
    type: 'TIME',
    pattern: String.raw`(?:{weekday:weekdayShort},?\s+)?(?:{month:monthBeforeDay}\s+{day}(?:,\s*|\s+){year}|{day}\s+{month:monthBeforeDay},?\s+{year}),?(?:[ \t]+|[ \t]*\n[ \t]*)(?:at\s+)?{hour:hour12}(?:[:.]{minute})?\s*{meridiem}(?:\s+{:zone})?`,
    value: { kind: 'date' },
    examples: [
      ['Published: [May 17, 2023 10:30 AM ET].', '2023-05-17T10:30'],
      ['posted [17 May 2023 at 9 pm]', '2023-05-17T21:00'],
    ],
    counterExamples: ['May 17, 2023', 'Oct. 16, 2024\n\n9:05 a.m.'],
  },
  {
    // an hour up to six said without its half of the day is a working day's afternoon ("By two
    // o'clock, the Dow was down"); one with "a.m.", "p.m." or a part of the day shortly after it
    // is the next rule's ("five o'clock Tuesday morning", "six o'clock every morning")
    name: "o'clock in the afternoon",
    type: 'TIME',
    pattern: String.raw`{hour:afternoonHour}\s+o['’]clock(?!(?:\s+[\p{L}.]+){0,3}?\s+(?:a\.?m\b|p\.?m\b|morning|night|dawn|overnight))(?:,?\s+(?:on\s+)?(?:{weekday}|{dayWord}|{dayWord:thisPart})(?:\s+{dayPart:part})?)?`,
    value: { kind: 'date', meridiem: 'pm' },
    examples: [
      ["By [two o'clock], the Dow was down more than 300 points.", '2023-05-17T14:00'],
      ["The vote will be held at [4 o'clock Tuesday].", '2023-05-23T16:00'],
    ],
    counterExamples: [
      "at seven o'clock",
      "He woke at five o'clock in the morning.",
      "The alarm rang at 1 o'clock a.m.",
      "He rose at six o'clock every morning.",
      "She called at five o'clock this morning.",
      "The blast came at 3 o'clock at night.",
    ],
  },
  {
    name: "o'clock",
    type: 'TIME',
    // (the part of a day after it says which half: "10 o'clock Saturday night", "eight o'clock
    // tonight")
    pattern: String.raw`(?:{hour:hour12}|{hour:hourWord})\s+o['’]clock(?:\s+in\s+the\s+{meridiem:part})?(?:,?\s+(?:on\s+)?(?:{weekday}|{dayWord}|{dayWord:thisPart})(?:\s+{dayPart:part})?)?`,
    value: { kind: 'date' },
    examples: [
      ["at [5 o'clock in the afternoon]", '2023-05-17T17:00'],
      ["talks resume at [eleven o'clock tomorrow morning]", '2023-05-18T11:00'],
      ["the men arrived at [10 o'clock Saturday night]", '2023-05-13T22:00'],
      ["He woke at [five o'clock Tuesday morning].", '2023-05-16T05:00'],
      // (so does the night of "tonight")
      ["Polls close at [eight o'clock tonight].", '2023-05-17T20:00'],
      ["They met until about [five o'clock this afternoon].", '2023-05-17T17:00'],
    ],
    counterExamples: ['five clocks'],
  },
  {
    // spoken news gives an hour without "o'clock" before the part of a day it is in: "at eight
    // tomorrow morning", "by six this evening", "at 8 tonight"; the part says which half
    name: 'an hour before its part of the day',
    type: 'TIME',
    pattern: String.raw`(?<=\b(?:at|by|until|till|before|after|from|around|about)\s+)(?:{hour:hour12}|{hour:hourWord})\s+(?:{dayWord}\s+{dayPart:part}|{dayWord:thisPart}|(?=tonight\b){dayWord})`,
    value: { kind: 'date' },
    examples: [
      ['Talks resume at [eight tomorrow morning].', '2023-05-18T08:00'],
      ['Polls close at [8 tonight].', '2023-05-17T20:00'],
      ['The vote ends by [six this evening].', '2023-05-17T18:00'],
      // (an evening may begin at five)
      ['The vote ends by [five this evening].', '2023-05-17T17:00'],
    ],
    counterExamples: ['He scored at 3 today.', 'It has six this morning'],
  },
  {
    // British copy says a time in words: "at half past nine", "by a quarter to ten", "at about
    // twenty past six on Friday morning"; the hour as said, unless a part of the day says its half
    name: 'minutes past or to an hour, in words',
    type: 'TIME',
    pattern: String.raw`(?<=\b(?:at|by|until|till|before|after|since)(?:\s+(?:about|around|roughly|exactly|precisely))?\s+)(?:{minute:clockMinuteWord}\s+past|(?<!\b(?:${VOTE_OR_ODDS_BEFORE})\s+(?:at|by)\s+(?:(?:about|around)\s+)?){minutesTo:clockMinuteWord}\s+to(?=\s+(?:{:hourWord}|{:hour12})\b(?!\s+(?:${ODDS_AFTER}))))\s+(?:{hour:hourWord}|{hour:hour12})(?![\d:]|\.\d)(?:\s+in\s+the\s+{meridiem:part})?(?:,?\s+(?:on\s+)?(?:{weekday}|{dayWord}|{dayWord:thisPart})(?:\s+{dayPart:part})?)?`,
    value: { kind: 'date' },
    examples: [
      ['The train left at [half past nine].', '2023-05-17T09:30'],
      ['The lights went on at [a quarter past six on Saturday evening].', '2023-05-13T18:15'],
      ['The bus left at [twenty to eight on Tuesday evening].', '2023-05-16T19:40'],
      ['Polls close at [ten past ten tonight].', '2023-05-17T22:10'],
      ['He arrived at [a quarter to one in the afternoon].', '2023-05-17T12:45'],
      ['The alarm was raised at about [ten past two].', '2023-05-17T02:10'],
    ],
    // (not a range of counts: "from ten to twelve people", "about five to six weeks")
    counterExamples: [
      'half past the deadline',
      'from ten to twelve people',
      'about five to six weeks',
      'at half past',
      // (a split vote, betting odds)
      'The Supreme Court ruled by five to four that the law was lawful.',
      'The committee voted by ten to two to approve the plan.',
      'Bookmakers have him at ten to one to win the title.',
      'Labour are priced at five to four.',
      'The horse won at twenty-five to one.',
    ],
  },
  {
    name: 'hour in the morning',
    type: 'TIME',
    pattern: String.raw`(?:{hour:hour12}(?:[:.]{minute})?|{hour:hourWord})\s+in\s+the\s+{meridiem:part}`,
    value: { kind: 'date' },
    examples: [
      ['will leave at [4 in the morning]', '2023-05-17T04:00'],
      ['It is [6:30 in the morning] here', '2023-05-17T06:30'],
      ['at [ten in the evening]', '2023-05-17T22:00'],
    ],
    counterExamples: ['4 in the group'],
  },
  {
    name: '24-hour clock',
    type: 'TIME',
    // (a figure is no time: "fell to 4.10% from 4.17% late Tuesday")
    pattern: String.raw`(?:(?<=(?:at|by|until|till|from|between|before|after|around|about)\s+|\b(?:from|between)\s+\d{1,2}:\d{2}\s*(?:to|and|-|–)\s*(?=\d{1,2}:)){hour}[:.]{minute}(?:\s+{:zone}|\s+local\s+time)?|{hour}[:.]{minute}\s+{:zone})(?!\s*{:meridiem}|[:.]?\d|\s*(?:%|percent|per\s+cent|points?|(?:m|b|tr)illion|${CURRENCY})\b|\s*%|(?<=\d\.\d\d)(?<!\b0\d\.\d\d)\s*(?:to|and|-|–)\s*\d)${DAY_AFTER}`,
    value: { kind: 'date' },
    examples: [
      ['the session opens at [14:30]', '2023-05-17T14:30'],
      ['[09:15 GMT]', '2023-05-17T09:15'],
      ['Last updated at [12:08 GMT]', '2023-05-17T12:08'],
      ['the talks ended at [03:00 on Friday]', '2023-05-12T03:00'],
      // (the end of a range from a time, after "to")
      ['Trains run from 06:30 to [19:00].', '2023-05-17T19:00'],
      // (the start of one, after "between")
      ['anyone on the road between [02:15] and 03:00 on Sunday', '2023-06-18T02:15', '2023-06-20'],
      // (the part of the day after it says which half of the day: "night" is after noon)
      ['Kickoff is at [7:30 Friday night].', '2023-05-19T19:30'],
      ['The fire broke out at [11:40 Tuesday night].', '2023-05-16T23:40'],
      ['They met at [1:15 Sunday afternoon].', '2023-05-14T13:15'],
      ['The match kicks off at [7.45 on Tuesday evening].', '2023-05-23T19:45'],
      ['The meeting is at [7:30 Friday morning].', '2023-05-19T07:30'],
      // (not the small hours of a night, which are the next day's, as midnight's half hour is:
      // TimeML's Sunday T01:30 and T00:30; nor an hour on a 24-hour clock)
      ['Shots were heard at [1:30 Saturday night].', '2023-05-14T01:30'],
      ['The fight broke out at [12:30 Saturday night].', '2023-05-14T00:30'],
      ['The last train left at [07:30 Friday evening].', '2023-05-12T07:30'],
    ],
    counterExamples: [
      'a score of 14:30 overall',
      'version 1.20',
      'fell to 4.10% from 4.17% late Tuesday',
      'the ratio rose to 14.30',
      'Exports were worth about 2.31 trillion dollars.',
      // (a range of figures is no range of times: only a colon makes a clock)
      'kept its key rate in a range between 5.25 and 5.50 on Wednesday',
      'The euro rose from 1.08 to 1.12.',
      'Shares rose from 9.45 to 10.20 on Monday.',
      'Its shares closed at 9.45 dollars on Monday.',
      'It was sold at 3.09 euros',
    ],
  },
  {
    name: 'live-blog timestamp',
    type: 'TIME',
    // a live page opens each entry with its time: "13:30 – Schools will remain closed"
    pattern: String.raw`(?<=(?:^|\n)[ \t]*){hour}[:.]{minute}(?=\s*[–—-]{1,2}\s)`,
    value: { kind: 'date' },
    examples: [
      ['[13:30] – Schools in the province will remain closed.', '2023-05-17T13:30'],
      ['Intro.\n\n[09:05] - The first train left.', '2023-05-17T09:05'],
    ],
    counterExamples: ['The score was 13:30 - a record.', 'It ended 2-1.'],
  },
  {
    name: 'four-digit clock and time zone',
    type: 'TIME',
    // wire copy gives the hour at the meridian in brackets: "10:35 a.m. (0735 GMT)"
    pattern: String.raw`(?<![\d:.,]){hour:hour24}{minute}\s+{:zone}`,
    value: { kind: 'date' },
    examples: [
      ['the cease-fire took effect at [1200 GMT] on', '2023-05-17T12:00'],
      ['the blast occurred at 10:35 a.m. ([0735 GMT])', '2023-05-17T07:35'],
    ],
    counterExamples: ['in 1995 GMT was', 'a 2500 GMT'],
  },
  {
    name: 'four-digit clock in a time context',
    type: 'TIME',
    // wire copy's 24-hour "0630" without a zone, where only a time can be meant: before "local
    // time" or "hours" ("at [0800 local time]", "at [1900 hours]"), after a preposition with a
    // leading zero no year has ("at [0700]"), or before a day ("at [1900 on Sunday]"), or in a
    // range or a list with such a time ("from 0700 to [1900]", "open at 0700 and close at
    // [1900]"); a year stays one ("in 1900", "at 1900 Broadway", "between 2008 and 2010")
    pattern: String.raw`(?<![\d:.,$£€-])(?:{hour:hour24}{minute}(?:\s+hours)?\s+local\s+time|(?<=\b(?:at|by|until|till|from|between|before|after|around|about|since)\s+)(?=0\d|{:hour24}[0-5]\d(?:\s+hours(?!\s+(?:of|a|an|per|each|every|in|on|to|for|from)\b)|,?\s+(?:on\s+)?(?:{:weekday}|today|tonight|tomorrow|yesterday)\b(?<!${MARKET}[^.!?;]{0,80})|${HHMM_TO}0\d[0-5]\d\b)){hour:hour24}{minute}(?:\s+hours)?|(?:(?<=\b(?:from|between)\s+(?:0\d[0-5]\d|[0-2]\d[0-5]\d\s+hours)${HHMM_TO}|\bat\s+0\d[0-5]\d\b[^.!?;\n]{1,60}?\bat\s+)|(?<=\b(?:from|between)\s+[0-2]\d[0-5]\d${HHMM_TO})(?=0\d)){hour:hour24}{minute}(?:\s+hours)?)(?![\d%]|[.,:]?\d|\s+\d|\s*(?:%|percent|per\s+cent|points?|meters|metres|feet|miles|km)\b)${DAY_AFTER}`,
    value: { kind: 'date' },
    examples: [
      ['The ferry sank at [0630 local time on Tuesday].', '2023-05-16T06:30'],
      ['The quake struck at [0800 local time].', '2023-05-17T08:00'],
      ['Polls close at [1900 on Sunday].', '2023-05-21T19:00', '2023-05-20'],
      ['The convoy left at [0545] under escort.', '2023-05-17T05:45'],
      ['The curfew runs from [2200] to 0600.', '2023-05-17T22:00'],
      ['Shops open from 0700 to [1900].', '2023-05-17T19:00'],
      ['Polls open at 0700 and close at [1900].', '2023-05-17T19:00'],
      ['The attack began at [1400 hours].', '2023-05-17T14:00'],
    ],
    counterExamples: [
      'The house was built in 1900 on a hill.',
      'He lives at 1900 Broadway.',
      'prices rose between 2008 and 2010',
      'The index closed at 1900 points.',
      'the shares closed at 1900 on Friday',
      'The Nikkei ended at 1850 on Monday.',
      'She won the 1500 meters.',
      'It logged 1200 hours of flight time.',
      'Call the hotline at 0800 555 0199.',
    ],
  },
  {
    name: 'noon, midnight',
    type: 'TIME',
    pattern: String.raw`(?<!high\s){clockWord}(?:\s+{:zone}|\s+local\s+time)?${DAY_AFTER}`,
    value: { kind: 'date' },
    examples: [
      ['appeared before a judge at [midday]', '2023-05-17T12:00'],
      ['he landed at about [noon local time on Monday].', '2023-05-15T12:00'],
      ['the deadline passes at [midnight Friday]', '2023-05-19T24:00'],
      ['Hong Kong returned to Chinese rule at [midnight].', '2023-05-16T24:00'],
      ['The polls will close at [midnight].', '2023-05-17T24:00'],
    ],
    counterExamples: ['middays', 'the film High Noon'],
  },
  {
    name: 'dawn or dusk on a weekday or a date',
    type: 'TIME',
    // the day's edge of the day told after it ("raided the house at [dawn on Monday]", "at [dawn
    // on 5 July 1943]"), which the narrative rule of a bare "at dawn" leaves to this one
    pattern: String.raw`(?<=\b(?:at|by|until|till|before|after|from|since)\s+)(?-i:{part:dayEdge})(?:(?=,?[ \t]+on\s+{:weekday}\b)${DAY_AFTER}|,?[ \t]+on\s+(?:{day}\s+{month}|{month}\s+{day}(?!\d))(?:,?\s+{year})?)`,
    value: { kind: 'date' },
    examples: [
      ['Police raided the house at [dawn on Monday].', '2023-05-15TMO'],
      ['The ceasefire ended at [dusk on Tuesday], officials said.', '2023-05-16TEV'],
      ['The assault began at [dawn on 5 July 1943] with a barrage.', '1943-07-05TMO'],
      ['The truce held until [sunset on May 3].', '2023-05-03TEV'],
    ],
    counterExamples: ['The song was written by Dawn on Monday, her sister said.'],
  },
  {
    name: 'morning trading',
    type: 'TIME',
    // market reports' session of the day ("fell 4 percent in [morning] trading", "in [afternoon]
    // trade in Tokyo"): the report's day, the publication's, as "this morning" is, not a date
    // told paragraphs before ("in the quarter ended Feb. 2"); "early" and "late" trading are no
    // part of a day; nor is one of a sentence that tells its own day ("On Monday, shares fell in
    // morning trading", "in afternoon trading Friday"), which the publication's day is not
    pattern: String.raw`(?<=\b(?:in|during|by)\s+(?:(?:early|late|mid)[\s-]+)?)(?<!\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|(?:jan(?:uary)?|feb(?:ruary)?|march|mar|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2})\b[^.!?]{0,200})(?-i:{part:sessionPart})(?=\s+(?:trading|trade|dealings)\b)(?![^.!?]{0,80}?\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|(?:jan(?:uary)?|feb(?:ruary)?|march|mar|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2})\b)`,
    value: { kind: 'deictic', unit: 'day', offset: 0 },
    examples: [
      ['Shares fell 4 percent in [morning] trading.', '2023-05-17TMO'],
      ['The yen rose in [afternoon] trade in Tokyo.', '2023-05-17TAF'],
      [
        'Profit fell in the quarter ended Feb. 2. Shares fell in [morning] trading.',
        '2023-05-17TMO',
      ],
      ['Oil slipped in late [afternoon] trading.', '2023-05-17TAF'],
    ],
    counterExamples: [
      'Shares fell in early trading.',
      'morning trading sessions are short',
      'The stock rose in afternoon trading Friday.',
    ],
  },
  {
    name: 'morning trading of a day told before',
    type: 'TIME',
    // the session of the day its sentence told before it ("Shares fell 3% on Tuesday in
    // [morning] trading", "On March 3, the index fell in [afternoon] trading"): that day's part,
    // counted from the day last told as "the same day" is; not a day told after it ("in
    // afternoon trading Friday"), which the text has not reached, nor a day of another clause
    // ("Shares of Lorem, which hit a record on March 3, fell in morning trading": the fall is
    // the day's of the report); the day and the session in one clause, or the day opening the
    // sentence
    pattern: String.raw`(?<=(?:\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|(?:jan(?:uary)?|feb(?:ruary)?|march|mar|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2})\b[^.!?,;]{0,200}|(?:^|[.!?]\s+)(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|(?:jan(?:uary)?|feb(?:ruary)?|march|mar|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}),\s+[^.!?,;]{0,200})\b(?:in|during|by)\s+(?:(?:early|late|mid)[\s-]+)?)(?-i:{part:sessionPart})(?=\s+(?:trading|trade|dealings)\b)`,
    value: { kind: 'narrative', unit: 'day', offset: 0 },
    examples: [
      ['Shares fell 3% on Tuesday in [morning] trading.', '2023-05-16TMO'],
      ['On Monday, shares fell 4 percent in [morning] trading.', '2023-05-15TMO'],
      ['On March 3, the index fell 2 percent in [afternoon] trading.', '2023-03-03TAF'],
    ],
    counterExamples: [
      'The stock rose in afternoon trading Friday.',
      'Shares fell in morning trading.',
      'Shares of Lorem, which hit a record on March 3, fell 2% in morning trading.',
      'Lorem, which agreed on Monday to buy Ipsum, saw its shares rise in morning trading.',
    ],
  },
  {
    name: 'weekday and part of the day',
    type: 'TIME',
    // ("last Tuesday evening", "next Wednesday morning": the shift goes with the day)
    pattern: String.raw`(?:(?<!the\s){shift:deicticShift}\s+)?{weekday}\s+{part}`,
    value: { kind: 'date' },
    examples: [
      ['a message read [Wednesday night] to thousands', '2023-05-17TNI'],
      ['AEMO issued a notice [last Tuesday evening].', '2023-05-16TEV'],
      ['The council meets [next Wednesday evening].', '2023-05-24TEV'],
      ['The commemorations began early [Friday morning]', '2023-05-12TMO'],
    ],
    counterExamples: ['Friday mornings', 'they watched Monday Night Football'],
  },
] as const satisfies readonly Rule[];
