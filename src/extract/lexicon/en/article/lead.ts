import type { LineRule } from './rule.ts';

/**
 * Telling where sentences end when shortening a lead into a title: abbreviations whose full stop
 * ends no sentence. Lower-cased, without the dot.
 */
export const NON_FINAL_ABBREVIATIONS =
  'mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep pres st jr sr rev fr no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u u.s.a d.c n.y a.m p.m';

/**
 * Where a long lead sentence may be cut to make a title: before these words a clause that only
 * adds circumstances begins ("..., partially reversing its decision", "..., according to").
 */
export const TITLE_CUT_BEFORE =
  'according which who whose while although though after before as amid despite following partially saying adding citing where when because since';

/**
 * Words too common to tell whether an embedded post says what the lead says; the comparison
 * uses the remaining words.
 */
export const COMMON_WORDS =
  "a an the and or but nor of to in on at by for from with without into onto over under about as than then that this these those there here it its it’s it's is are was were be been being has have had do does did will would shall should can could may might must not no yes he she they we you i his her their our your them us him who whom whose which what when where why how all any some more most other such only own same so too very just also one two new said says say after before while since until up down out off again further once";

/**
 * Words just before a date in the lead that make it the date of an earlier event, not of the
 * news: "founded on March 1, 1999", "since Jan. 5, 1987", "the anniversary of". Tested against
 * the end of the text before the date.
 */
export const PAST_EVENT_CUE = {
  name: 'past event before a date',
  pattern:
    /\b(?:founded|established|born|built|opened|began|begun|started|formed|created|introduced|launched|died|elected|appointed|signed|ratified|since|until|till|from|between|before|after|anniversary of|dating (?:back )?to|dates (?:back )?to|back to|as of|in this)(?:\s+(?:on|in))?\s*[,(]?\s*$/iu,
  examples: [
    'The bakery chain, founded on ',
    'the strike began on ',
    'prices have risen since ',
    'on the anniversary of ',
  ],
  counterExamples: ['The company said on ', 'officials said Friday, ', 'The Senate voted on '],
} as const satisfies LineRule;

/**
 * Before a lead date, what tells it as the background of the news, not as one of a chronicle's own
 * dates (article/lead-date.ts counts a chronicle's years without it): a relative clause ("The
 * company, which filed for bankruptcy on ") or an event the news follows ("Ten years after the
 * flood of "). Only for that count: such a date may still be the news day's when it is the only
 * one. Tested against the end of the text before the date.
 */
export const BACKGROUND_DATE_CUE = {
  name: 'background event before a date',
  pattern:
    /(?:,\s*(?:which|who|whose)\b[^,;:.!?]{0,30}|\bafter\s+(?:the|a|an|its|his|her|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:on|of|in)\s*)$/iu,
  examples: [
    'The company, which filed for bankruptcy on ',
    'Ten years after the flood of ',
    'A year after the crash on ',
  ],
  counterExamples: [
    'The rebels took the fortress on ',
    'and on 20 June they stormed the bridge, and on ',
    'The war ended on ',
    'after ',
  ],
} as const satisfies LineRule;

/**
 * Around a date the lead gives its news, what makes it the day of writing, not only the earliest
 * the text can be (article/lead-date.ts): a saying right before it ("officials said on March 6,
 * 2012") or right after ("closed on Tuesday, March 6, 2012, the company said"), or a time of day
 * right after it, as a page stamp has ("March 6, 2012 | 10:15 a.m."). A date told as an event with neither ("Germany declared war on Russia
 * on 1 August 1914") is only the earliest: the story may go on past it. Tested against the end of
 * the text before the date, and the start of the text after it.
 */
export const NEWS_DAY_BEFORE = {
  name: 'a saying before the lead date',
  pattern:
    /\b(?:said|says|say|announced|reported|told|confirmed|stated|added|wrote)\b[^.;:!?]{0,20}$/iu,
  examples: ['officials said ', 'The ministry said on ', 'Reuters reported late on '],
  counterExamples: ['Germany declared war on Russia on ', 'The Senate voted on '],
} as const satisfies LineRule;

/**
 * Before a lead date's weekday, what makes it a narrative's day, not the news's: news writes the
 * day's weekday bare ("voted Tuesday, March 6, 2018"), a story tells one "on Sunday, 25 June 1950".
 */
export const NARRATED_WEEKDAY_BEFORE = {
  name: 'a narrated weekday before the lead date',
  pattern: /\bon\s+$/iu,
  examples: ['Before dawn on ', 'The war began on '],
  counterExamples: ['The Senate voted ', 'officials said '],
} as const satisfies LineRule;

export const NEWS_DAY_AFTER = {
  name: 'a time of day after the lead date',
  pattern:
    /^\s*(?:[|,–—-]\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}\b|^,\s+(?:[\p{L}'’.-]+\s+){1,4}(?:said|says|announced|reported|told)\b/iu,
  examples: [' | 10:15 a.m.', ', 10:15 AM ET', ' at 9.30', ', the company said.'],
  counterExamples: [', the armies met', ' and invaded Belgium', ', North Korean forces crossed'],
} as const satisfies LineRule;

/**
 * Words shortly before a date in the lead that make it the date of a planned event: "talks would
 * begin on July 1, 2016", "the vote is scheduled for", "due on". Tested against the end of the
 * text before the date (within its clause).
 */
export const FUTURE_EVENT_CUE = {
  name: 'planned event before a date',
  pattern:
    /(?:\b(?:will|would|shall|is to|are to|was to|were to|due|scheduled|expected|planned|plans?|intends?|deadline)\b[^.;:!?]{0,30}|\b(?:by|set for)\s*)$/iu,
  examples: [
    'talks would begin on ',
    'the vote is scheduled for ',
    'payment is due on ',
    'repay by ',
  ],
  counterExamples: [
    'The company said on ',
    'officials said Friday, ',
    'the court ruled on ',
    'was announced by the ministry on ',
  ],
} as const satisfies LineRule;

/**
 * "N years ago" after a date or a year ("the strike began on March 1, 1999, 13 years ago"): the
 * text is written N years after it. Tested against the text after the date.
 */
export const YEARS_AGO = {
  name: 'years ago after a date',
  pattern:
    /^\s*[,(–—-]?\s*(?:some |about |nearly |almost |exactly |just )?(?<count>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a hundred) years ago\b/iu,
  examples: [', 13 years ago', ' (ten years ago)', ', exactly 25 years ago,'],
  counterExamples: [', when prices rose 13 years in a row', ' and 5 years later'],
} as const satisfies LineRule;

/** The numbers YEARS_AGO spells out, by their word. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  'a hundred': 100,
};
