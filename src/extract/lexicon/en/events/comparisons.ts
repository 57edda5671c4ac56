import { RECORD_WORD } from '../records.ts';

/**
 * A date that is only the point a record is measured from: "fell below 10,000 for the first time
 * since [2004]", "its biggest one-day fall since the crash of [1987]", "the lowest level since
 * [2003]". The event happened when the sentence tells it (the day of the report, the paragraph's
 * date), not in 2004. DATA ONLY: regular-expression sources, matched case-insensitively.
 *
 * - `since`: matched on the text right before the date: "since" and up to six words ("since the
 *   crash of", "since the French Revolution in the").
 * - `record`: matched on the clause before "since", up to COMPARISON_REACH characters: a
 *   superlative or "first", "only", "record" that makes the comparison.
 * - `negated`: matched on the clause before "since", as `record`: a negation whose verb the
 *   "since" bounds ("the dam had not been inspected since [2011]", "He hasn't spoken since
 *   [Monday]"): what has not happened since the date did not happen on it.
 * - `baseline`: a comparison with an earlier figure, on its own.
 * The examples are sentences with the date in [brackets]; counter-examples keep their date.
 */
export const COMPARISON_REACH = 80;

/**
 * The figures of a period, named after it: a date before one qualifies it ("report December
 * sales on Thursday" is news of Thursday, about December's sales). Words.
 */
/**
 * Things dated by their making: a date before one names the thing, not an event of the sentence
 * ("A 1962 painting by Ruiz sold for $41.2 million" is no sale in 1962; "Officials cited the
 * 1920 treaty" is no citing in 1920; "The bloc's 2009 agreement remains suspended"). Words.
 */
export const MADE_THINGS =
  'painting paintings canvas canvases portrait portraits sculpture sculptures work works photograph photographs print prints drawing drawings manuscript manuscripts novel album recording film vintage bottle model edition coin coins stamp stamps guitar violin poster map diary ' +
  'agreement agreements treaty treaties convention accord accords pact pacts charter constitution protocol memorandum declaration deal law statute directive resolution';

/**
 * Before a made thing's determiner, a verb of its making: then its date is the making's ("Her
 * predecessor signed the 2014 protocol"; not "released a 1969 recording", which is no making). DATA ONLY: matched
 * case-insensitively on the text right before the date.
 */
export const MAKING_BEFORE = String.raw`\b(?:signed|ratified|adopted|negotiated|concluded|brokered|drafted|passed|enacted|struck|reached)\s+(?:the|a|an|its|their|his|her)\s+$`;

/**
 * Before a year in brackets that is part of a document's number ("Resolution 2731 (2024)", "Law
 * No. 15 (2019)"): the year names the document. DATA ONLY: matched case-insensitively on the
 * text right before the year.
 */
export const NUMBERED_DOCUMENT_BEFORE = String.raw`\b(?:resolution|law|act|decree|directive|regulation|order)\s+(?:no\.?\s*)?\d[\d/.-]*\s*\($`;

export const FIGURE_WORDS =
  'sales figures results earnings data payrolls numbers statistics profit profits revenue revenues';

export const COMPARISON = {
  // (a name may hold a number: "the first US landing since Apollo 17 in December 1972")
  since: String.raw`\bsince\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}$`,
  /** "since records began in 1659": the start of the record, whose verb makes no clause. */
  recordsBegan: String.raw`^since\s+(?:(?:reliable|official|national)\s+)?(?:records|record-keeping|measurements|observations)\s+(?:began|started|were\s+first\s+kept)\s+(?:in\s+)?$`,
  /**
   * A figure or state compared with an earlier one ("lower than in 2008", "up from 7.8 percent
   * in September", "compared with $3 million a year earlier", "fell 7.5% in January from the
   * previous month", "jumped 12% in the quarter ended Sept. 30 from a year earlier"): matched
   * on the text right before the date, a few words back. "Less than a year ago" measures a
   * time, not a figure: it stays.
   */
  baseline: String.raw`(?:(?:(?=than\s)(?<!\b(?:more|less|fewer|no|rather|other|earlier|later|sooner)\s+)\bthan|\bcompared\s+(?:with|to)|\bversus|\b(?:up|down)\s+from|(?:percent|%|points?)\s+(?:(?:in|on|during|for)\s+(?:[^\s,;]+\s+){1,6}?)?from)\s+(?:[^\s,;]+\s+){0,8}|\b(?:following|after)\s+(?:an?\s+)?(?:(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|record|similar)\s+)?(?:losses|gains|falls?|rises?|drops?|declines?|increases?|decreases?|growth)\s+(?:of\s+[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|[mb]illion)?\s+)?(?:in\s+|during\s+)?|\bfrom\s+(?:about\s+|around\s+)?[$€£]?\d[\d.,]*\s*(?:percent|%|points?|[mb]illion|trillion)?(?:,\s+or\s+[$€£]?\d[\d.,]*(?:\s+(?:cents?|a\s+share|per\s+share))*)?,?\s+(?:(?:in|on|at)\s+(?:the\s+)?)?)$`,
  /**
   * A level measured against a date's ("remain below [2019] levels", "above pre-pandemic [2019]
   * levels"): the words before the date, and the word after it.
   */
  levelBefore: String.raw`\b(?:below|above|beyond)\s+(?:pre-?(?:pandemic|covid|crisis)\s+)?$`,
  /**
   * Words that make a date a level's only with "levels" after it ("fell to [2019] levels",
   * "stayed near [2008] levels"; "dating to 1994" is a date): "Prices returned to 2019 levels in
   * May" was also "Prices returned to levels" in 2019.
   */
  levelOnlyBefore: String.raw`\b(?:to|near|toward|towards)\s+(?:pre-?(?:pandemic|covid|crisis)\s+)?$`,
  levelAfter: String.raw`^\s+levels?\b`,
  /**
   * An ordinal after a determiner counts since a point as a record does ("the 14th since the
   * dispute began in 2022"); "a third of their value" is a share.
   */
  ordinal: String.raw`\b(?:the|its|their|his|her)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b`,
  record: RECORD_WORD,
  negated: String.raw`(?:\b(?:not|never)|n['’]t)(?:\s+[\p{L}'’-]+){0,4}\s*$`,
  /**
   * A date of a day a negation counts from starts the state the news is of, a disappearance or a
   * silence ("The girl has not been seen since [Tuesday], when she left home"): it dates that
   * state, where a year or a month tells how long ago it last happened ("had not been inspected
   * since [2011]"). Matched on the date's own text: a weekday, or a month with its day.
   */
  negatedDay: String.raw`^(?:(?:last|this|early|late)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|^\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b`,
  examples: [
    'The Dow fell below 10,000 points for the first time since [2004].',
    'The FTSE closed 7.9 percent lower, its biggest one-day fall since the crash of [1987].',
    'Oil reached its highest price since [March].',
    'Gold traded at record highs not seen since [2011].',
    'It was the deadliest attack since [2019].',
    'The walkout will be the 14th since [2022].',
    'Unemployment is at a record high not seen since [1983].',
    'Officials said the dam had not been inspected since [2011].',
    'The bridge has never been repaired since [2015].',
    'The UK recorded its warmest year since records began in [1659].',
    'It was the worst damage to the cathedral since the French Revolution in the [1790s].',
    'Turnout was lower than in [2008], when Obama swept to power.',
    'The rate stood at 7.9 percent, up from 7.8 percent in [September].',
    'Net income was $5 million, compared with $3 million in [1988].',
    'Sales rose 5 percent from [a year earlier].',
    'Net income fell to $41.2 million, or 98 cents a share, from $52.5 million, or $1.21, [a year earlier].',
    'Net income was $412 million, up from $355 million in the same period [last year].',
    'Glaciers lost 3% of their volume, following losses of 4% in [2022].',
    'Vaccination rates remain below [2019] levels.',
    'Footfall was still 9% above pre-pandemic [2019] levels.',
    'Sales rose 5% last quarter, after a 2% fall in [2023].',
    'Unemployment rose to 8.1 percent in February from 7.9 percent [a month earlier].',
    'The rate rose from 5 percent in [2010] to 8 percent in 2012.',
    'A lander touched down, the first US landing since Apollo 17 in [December 1972].',
    "Japan's factory output fell 7.5% in January from [the previous month].",
    'Exports rose 3 percent in the second quarter from [a year earlier].',
    'Sales jumped 12% in the quarter ended Sept. 30 from [a year earlier].',
    'Net income fell to $40 million in the quarter, from $55 million in the [year-earlier quarter].',
  ],
  counterExamples: [
    'Queues were longer than usual. Border guards closed the crossing on [Monday].',
    'At least 40 people have been killed since [Friday].',
    'The walkout will be the 14th since the dispute began in [2022].',
    'Shares have lost a third of their value since [January 2023].',
    'The country has been in recession since [2008].',
    'He has been under arrest since [2004].',
    'He has been under arrest since [2004], not in prison.',
    'Not all of them have returned home. Thousands have fled since [Friday].',
    "He hasn't spoken publicly since [Monday].",
    'The girl has not been seen since [Tuesday], when she left home for school.',
    'The family has not heard from him since [Feb. 12].',
    'The first talks since the war were held in [March].',
    'He joined the company less than [a year ago].',
    'The rate rose from 7.8 percent to 7.9 percent in [October].',
    'The rate rose from 5 percent in 2010 to 8 percent in [2012].',
    'Seniors aged 60 and above [this year] will get $800.',
    'The flight left from gate 12 in the [morning].',
  ],
} as const;

/**
 * A date that only bounds a count: "the second walkout [this month]", "the third attack [this
 * year]", "its 12th loss [this season]". The date qualifies the noun counted: it gives way to a
 * date of the clause ("cancelled flights on Thursday, the second walkout this month"). DATA ONLY:
 * matched case-insensitively on the text right before the date.
 */
export const COUNTED = {
  before: String.raw`\b(?:the|its|their|his|her|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:such\s+)?(?:(?!(?:on|in|at|by|for|from|since|until|during)\s)[\p{L}-]+\s+){1,2}(?:to\s+[\p{L}-]+\s+(?:[\p{L}'’-]+\s+){0,3})?(?:so\s+far\s+)?$`,
  examples: [
    'The airline cancelled flights on Thursday, the second walkout [this month].',
    'It was the third attack [this year] on the embassy.',
    'The team suffered its 12th loss [this season].',
    'It was the 11th storm to strike the country [this year].',
  ],
  counterExamples: [
    'The second round of talks began [on Monday].',
    'The airline cancelled flights [on Thursday].',
    'She will release her fourth album on [Sept. 12].',
  ],
} as const;

/**
 * A period that only says which figures a plan or forecast gives: "raised its guidance [for the
 * second quarter] on Monday", "cut its forecast for [2025]". The act happened when the clause's
 * other date says. (Sales or results "for fiscal 2024" happen in that period: not these, nor the
 * passive verb: "Snow is forecast for Tuesday" is Tuesday's snow.) Matched on the text right
 * before the date.
 */
export const FIGURES_FOR = {
  before: String.raw`(?:\b(?:guidance|(?<!\b(?:is|are|was|were|be|been|being)\s+)forecasts?|outlook|estimates?|targets?|budget|spending\s+plan|dividends?|projections?|data|figures|statistics|numbers)|\b(?:report(?:ed|s|ing)?|post(?:ed|s|ing)?|announc(?:e|ed|es|ing)|book(?:ed|s|ing)?|record(?:ed|s|ing)?)\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:loss(?:es)?|profits?|income|earnings|revenues?|sales|results|deficit|surplus))\s+(?:of\s+(?:(?:around|about|roughly|some|at\s+least|up\s+to|nearly|almost|more\s+than|less\s+than)\s+)?[$€£¥]?\d[\d,.]*(?:\s*(?:%|percent|per\s+cent|(?:b|m|tr)illion|[bmk]n?))?(?:\s+(?:dollars|euros|pounds|yen|yuan|francs))?\s+)?for\s+(?:the\s+|its\s+|this\s+|next\s+)?(?:fiscal\s+|financial\s+)?$`,
  /**
   * The words `before` ends in, before the spaces up to the date: text that ends otherwise is
   * not run through it (text/words.ts mayEndWithWord). Keep in step with the pattern.
   */
  lastWords: 'for the its this next fiscal financial',
  examples: [
    'Boeing raised its guidance for [the second quarter] on Monday.',
    'The bank cut its forecast for [2025] on Tuesday.',
    'The council approved a spending plan for fiscal [2026] on Monday.',
    'The government set a growth target of around 5 percent for [2024].',
    'The bank raised its forecast of 2.1% for [2025].',
    // the period of figures reported is not when they were reported
    'Great Lakes Motors reported a loss of 2.5 billion dollars for [the third quarter] on November 7.',
    'Harbor Motor reported a profit of $1.1 billion for [2010] on Tuesday.',
    'The bank posted record quarterly earnings for [the third quarter].',
    'Data for [February] will be released on Monday.',
    // the verb ahead, in its plain form or in -ing: the period is still the figures'
    'Acme will report results for [the fourth quarter] on March 25.',
    'Acme will report results for [the quarter] that ended in December on March 25.',
    'Acme is expected to post a loss for [2025] next week.',
    'The bank, reporting its earnings for [the second quarter] on Friday, cut jobs.',
  ],
  counterExamples: [
    'Sales rose 5 percent [in the second quarter].',
    'Sales for [the third quarter] rose 5 percent.',
    'The company reported that sales rose sharply in [the third quarter].',
    'The vote is set for [Friday].',
    // a verb, not the noun: the weather told for the day
    'Snow is forecast for [Tuesday].',
    // no figures after the verb: the date is the act's
    'Recruits will report for duty on [Monday].',
    'The panel will report its findings to Congress in [March].',
  ],
} as const;

/**
 * A count of months, weeks or years after a determiner, a period a date may end ("the [three
 * months] ended Sept. 30", "the five years to 2024"; not "extended by six months to June 30").
 */
const COUNTED_NOUN = String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifty-two)[\s-]+(?:months|weeks|years)`;
const COUNTED_PERIOD = String.raw`(?:the|its|their|first|last|past)\s+${COUNTED_NOUN}`;

/**
 * The end of a period that names it: "the quarter ended [Dec. 31]", "the fiscal year ending [June
 * 30]", "fiscal 2013, which ends in [September]". When the period is itself a date ("the quarter"), the end only says which one it is:
 * one event, dated by the period. DATA ONLY: matched case-insensitively on the text right before
 * the date; the period's noun is looked behind.
 */
export const PERIOD_END = {
  // (a count of months or weeks is a period too: "the three months ended [Sept. 30]"; after one,
  // or after "the year", "to" and "through" end it as well: "the six months to [30 June]", "the
  // year to [March]")
  // (a year after its preposition is a date, no period: "The company he founded in 1990 closed
  // on [Monday]" is the closing's day)
  before: String.raw`(?:(?:(?<=\b(?:quarter|half|fiscal\s+year)),|(?<=\b(?:quarter|year|half|month|period|season|(?<!\b(?:in|since|during|from|until|by|before|after)\s+)\d{4}|${COUNTED_PERIOD}))(?:,?\s+(?:that|which))?)\s+(?:ended|ending|ends|closed|closing)|(?<=\b(?:${COUNTED_PERIOD}|the\s+(?:year|decade)))\s+(?:to|through))\s+(?:on\s+|in\s+)?$`,
  /**
   * The words `before` ends in, before the spaces up to the date: text that ends otherwise is
   * not run through it (text/words.ts mayEndWithWord). Keep in step with the pattern.
   */
  lastWords: 'ended ending ends closed closing to through on in',
  /**
   * The period a date ends, when it is no date itself, without its determiner: "the [three
   * months] ended Sept. 30", "the [year] ended June 30", "the [period] ended". Tried on the text
   * right before `before`'s match, ending at it: a title leaves it out with its date.
   */
  period: String.raw`(?<![\p{L}-])(?:(?:(?:first|last|past)\s+)?${COUNTED_NOUN}(?:\s+period)?|(?:(?:fiscal|financial|calendar)\s+)?year|decade|period|(?:three|six|nine|twelve|12)-month\s+period|half-year)$`,
  examples: [
    'Profit rose in its fiscal third quarter, which ended [March 31].',
    'It raised its forecast for fiscal 2013, which ends in [September].',
    'The company lost $3 million in the quarter ended [Dec. 31].',
    'Sales rose in the fiscal year ending [June 30].',
    'Profit fell in the quarter that ended on [Sept. 30].',
    'Profit fell 4 percent in the quarter ending in [March].',
    'Northfield posted a loss for its fiscal fourth quarter, ended [June 30].',
    'Acme reported a profit for the three months ended [Sept. 30].',
    'Profit fell 10% in the nine months ending [Dec. 31].',
    'Sales rose 10% in the six months to [30 June].',
    'Inflation rose 3% in the 12 months through [March].',
    'Inflation rose 3% in the year to [March].',
    // (and a count of years or a decade, as health and social statistics are told)
    'Cancer survival improved in the five years to [2024], the report found.',
    'Deaths from heart disease fell by a fifth in the decade to [2020].',
  ],
  counterExamples: [
    'The strike ended [Tuesday].',
    'The company moved the launch from this year to [June].',
    'The talks were extended by six months to [June 30].',
    'The licence was extended by five years to [2030].',
    'The quarter was strong, it said [Tuesday].',
    "The miners' strike, which began last year, ended on [Tuesday].",
    // (made-up)
    'The company he founded in 1990 closed on [Monday].',
  ],
} as const;

/**
 * The new date something is put off or moved to: "postponed its vote until [March 25]",
 * "extended the deadline to [April 30]", or the time given or needed ("gave the company until
 * [Monday]", "has until [16 June] to respond", "could take until [next week]"), or the first day
 * something still to come will happen ("will not open until [the summer of 2023]", which a
 * title without its date turns into the opposite; a past "did not ... until" is told as what
 * happened then, title/index.ts). The event is dated by the new date, and the title keeps
 * it ("The committee postponed its vote until March 25"): without it, the title would read as
 * if the putting off happened on that day. DATA ONLY: matched case-insensitively on the text
 * right before the date.
 */
export const NEW_DATE = {
  /**
   * The words `before` ends in, before the spaces up to the date: text that ends otherwise is
   * not run through it (text/words.ts mayEndWithWord). Keep in step with the pattern.
   */
  lastWords: 'until till to least the for',
  before: String.raw`\b(?:postpon(?:ed|es?|ing)|delay(?:ed|s|ing)?|defer(?:red|s|ring)?|extend(?:ed|s|ing)?|adjourn(?:ed|s|ing)?|reschedul(?:ed|es?|ing)|(?:push(?:ed|es|ing)?|mov(?:ed|es?|ing)|shift(?:ed|s|ing)?)(?:\s+(?:back|up|forward))?|(?:put(?:s|ting)?|brought|bring(?:s|ing)?)\s+(?:back|off|up|forward))\s+(?:[\p{L}\p{N}'’$.,-]+\s+){0,8}?(?:until|till|to)\s+(?:at\s+least\s+)?(?:the\s+)?$|\bg(?:ave|ives?|iven|iving)\s+(?:[\p{L}\p{N}'’$.,-]+\s+){1,5}?(?:until|till)\s+(?:the\s+)?$|\b(?:ha(?:s|ve|d)|take|takes|took)\s+until\s+(?:the\s+)?$|(?:\b(?:will|would)\s+not|\b(?:won|wouldn)['’]t|\bno)\s+(?:[\p{L}\p{N}'’$.,-]+\s+){0,4}?(?:until|till)\s+(?:at\s+least\s+)?(?:the\s+)?$|\b(?:set|sets|scheduled|schedules|rescheduled)\s+(?!for\b)(?:[\p{L}\p{N}'’$.,-]+\s+){1,4}?for\s+(?:the\s+)?$`,
  examples: [
    'The committee postponed its vote until [March 25].',
    'The council on Monday postponed a vote on the stadium lease until [April 14].',
    'The commission gave the company until [Monday] to respond.',
    'The government has until [16 June] to respond.',
    'Repairs could take until [next week].',
    'The opening has been pushed back to the [spring of 2027].',
    'The city extended the deadline to [April 30].',
    'The trial was pushed back to [June].',
    'The council has delayed a decision on the plan until [next month].',
    'The meeting was moved to [Tuesday].',
    'The tunnel will not open until the [summer of 2023].',
    "The bridge won't reopen until [March].",
    'No decision is expected until [next week].',
    'The judge set sentencing for [May 14].',
    'The court scheduled the trial for [June 2].',
  ],
  counterExamples: [
    'The committee postponed its vote [on Tuesday].',
    'She moved to Boston in [2010].',
    'The ban remains in force until [June].',
    'He did not return until [May].',
    'The trial is scheduled for [June 2].',
  ],
} as const;

/**
 * What a new date still ahead is the date of, in a title that tells the putting off ("The council
 * postponed a vote on the budget until April 14", the plan beside the day it was put off): the
 * doer's thing ("The council’s vote on the budget"), or the subject of a passive ("The vote was
 * postponed ... until April 14": "The vote"). Matched on the whole title; examples give the title
 * and the plan. Its verbs are NEW_DATE's that move a plan to the new date ("adjourned the hearing
 * until March 3"); not "extend" (a state runs on to the date: EXTENDED_END) nor "give ... until"
 * (a deadline).
 */
export const PUT_OFF_PLAN = {
  active: String.raw`^(?<subject>\p{Lu}.*?)\s+(?:(?:has|have|had)\s+)?(?:postponed|delayed|deferred|rescheduled|adjourned|put\s+off|(?:pushed|moved|shifted|brought)(?:\s+(?:back|up|forward))?)\s+(?:a|an|the|its|their|his|her)\s+(?<thing>\p{Ll}[^,;]*?)\s+(?:until|till|to)\s`,
  passive: String.raw`^(?<subject>\p{Lu}.*?)\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:postponed|delayed|deferred|rescheduled|adjourned|put\s+off|(?:pushed|moved|shifted|brought)(?:\s+(?:back|up|forward))?)\b`,
  examples: [
    [
      'The council postponed a vote on the budget until April 14',
      'The council’s vote on the budget',
    ],
    ['Lawmakers delayed their vote until next week', 'Lawmakers’ vote'],
    ['The vote was postponed until April 14', 'The vote'],
    ['She postponed her wedding until June 8', 'Her wedding'],
    ['They delayed the vote until May', 'Their vote'],
    ['The court adjourned the hearing until March 3', 'The court’s hearing'],
    ['The board brought forward the vote to May 2', 'The board’s vote'],
    ['The hearing was adjourned until March 3', 'The hearing'],
  ],
  counterExamples: ['The council approved the budget until 2027', 'She moved to Boston in 2010'],
  /** The possessive of a pronoun subject ("She ... her wedding" -> "Her wedding", not "She's"). */
  possessives: { i: 'My', you: 'Your', he: 'His', she: 'Her', it: 'Its', we: 'Our', they: 'Their' },
} as const;

/**
 * What a new end date still ahead is the date of, in a title that tells the extending ("The
 * council extended the curfew until March 3", beside the day it was extended): the end of what
 * runs on, not a second extending. The doer's thing, told as extended, and the word for its end
 * ("The council’s extended curfew ends"), or the subject of a passive ("The curfew was extended
 * ... until March 3": "The curfew ends"). Matched on the whole title, only where its "until" or
 * "to" is a new date (events/anchors.ts); examples give the title and the end.
 */
export const EXTENDED_END = {
  active: String.raw`^(?<subject>\p{Lu}.*?)\s+(?:(?:has|have|had)\s+)?extended\s+(?:a|an|the|its|their|his|her)\s+(?<thing>\p{Ll}[^,;]*?)\s+(?:until|till|to)\s`,
  passive: String.raw`^(?<subject>\p{Lu}.*?)\s+(?:was|were|(?:has|have|had)\s+been)\s+extended\s+(?:.*?\s)?(?:until|till|to)\s`,
  /** The thing as it stands after the act, and the verb of its end. */
  extended: 'extended',
  ends: 'ends',
  examples: [
    ['The council extended the curfew until March 3', 'The council’s extended curfew ends'],
    ['They had extended the deadline to April 30', 'Their extended deadline ends'],
    ['The curfew was extended until March 3', 'The curfew ends'],
    [
      'Lawmakers extended the state of emergency to June 30',
      'Lawmakers’ extended state of emergency ends',
    ],
  ],
  counterExamples: [
    'The council postponed a vote until April 14',
    'The council extended the talks',
    'The curfew was extended',
    'The curfew ends on March 3',
  ],
} as const;

/**
 * A distance ahead from the report: "will vote again in [two weeks]", "results are expected within
 * [10 days]". A clause still to come with no date of its own is dated that far from the
 * publication, approximately ("around March 28") after "in", at the latest ("by March 24") after
 * "within". DATA ONLY: `in` and `within` are matched on the text right before the duration;
 * `expected` on the text before that preposition, for a clause in the present ("are expected",
 * "is due").
 */
/**
 * A date given up, told in an aside: "The vote, [originally scheduled for] Thursday, has been
 * postponed to Monday", "The launch, [which had been planned for] Wednesday, was called off". It
 * dates no event (nothing happened then), and the clause is dated by its other dates, or not.
 * Told in the main clause ("The vote was originally scheduled for June 5 but was postponed"), it
 * is still the date the sentence gives. DATA ONLY: matched case-insensitively on the text right
 * before the date.
 */
/**
 * A date set against the one told before it and denied: "It is April 16, [not April 12]", "The
 * vote is on Thursday, not [Wednesday]", "moved to May rather than [June]". It dates no event, and
 * a title leaves it out with what denies it (was "It is, not"). Tried on the text right before
 * the date, ending at it; `lastWords` as in the entries above.
 */
export const DENIED_DATE = {
  before: String.raw`(?:,\s*(?:and\s+|but\s+)?not|\b(?:rather\s+than|instead\s+of))\s+(?:(?:on|in|at|for)\s+)?(?:the\s+)?$`,
  lastWords: 'not than of on in at for the',
  /**
   * What may follow the denied date and goes with it: "on Monday, not Tuesday [as first
   * reported]" (was "The hearing was held as first reported"). Tried right after the date.
   */
  after: String.raw`^\s*,?\s*as\s+(?:first|originally|previously|earlier|initially|wrongly)\s+(?:reported|stated|announced|planned|scheduled|said)\b`,
  examples: [
    'It is April 16, not [April 12].',
    'The vote is on Thursday, not [Wednesday].',
    'The deal was signed in 2019, not in [2020].',
    'The plant will open in May rather than [June].',
    'The hearing was held on Monday instead of [Tuesday].',
  ],
  counterExamples: [
    'It was not until [2015] that the law passed.',
    'The store will not open in [May].',
    'The company said it would not comment on [Monday].',
    'Sales rose, not least in [December].',
  ],
} as const;

/** A plan told as dropped or put off: "was cancelled", "has been postponed". Regex source. */
export const PLAN_DROPPED = String.raw`(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:cancell?ed|called\s+off|scrapped|postponed|delayed|put\s+off|pushed\s+back|moved|abandoned|dropped|suspended|shelved|halted|put\s+on\s+hold)\b`;

export const GIVEN_UP = {
  before: String.raw`(?:(?:,|\b(?:which|that))\s+(?:(?:had\s+been|was|were)\s+)?(?:(?:originally|initially|previously|first)\s+|(?<=had\s+been\s+))(?:planned|scheduled|slated|set|expected|due)\s+(?:for|in|on|to\s+\p{L}+(?:\s+\p{L}+)?\s+(?:in|on|by|for))|\b(?:had|has|have)\s+(?:originally|initially|previously|first)\s+(?:planned|expected|intended|hoped|aimed)\s+to\s+(?:[\p{L}'’-]+\s+){1,5}?(?:in|on|by|for|before)|\b(?:called\s+off|cancell?ed|scrapped|postponed|suspended|shelved)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:planned|scheduled|set|due)\s+(?:for|on|in))\s+(?:the\s+)?$`,
  examples: [
    'The vote, originally scheduled for [Thursday], has been postponed to Monday.',
    'The opening, originally planned for [March], has been pushed back to September.',
    'Elections, initially due in [December], were postponed until April.',
    'The launch, which had been planned for [Wednesday], was called off.',
    'The store, which had been due to open in [August], will now open on Nov. 14.',
    'The concert, planned for [Saturday], was cancelled.',
    'The summit, scheduled for [May], has been postponed.',
    'The firm had originally expected to complete the deal by [the end of 2025].',
    'The union called off a 48-hour strike planned for [March 18] and 19.',
    'A second strike, planned for [last Thursday], was suspended.',
    'Schools in the district, which were due to reopen on [Aug. 20], will stay closed.',
    'A trial set for [June 2018] was postponed twice.',
    'The trains, which were due to enter service in [September], have been delayed.',
    'The trial was set to begin in the [spring of 2021] before the pandemic delayed it twice.',
  ],
  /**
   * A plan's date in an aside, given up by the verb right after the aside: "The concert, planned
   * for [Saturday], was cancelled". `planned` is tried before the date, `dropped` after it.
   */
  planned: String.raw`(?:,|\b(?:which|that|trials?|votes?|hearings?|elections?|meetings?|summits?|strikes?|launch(?:es)?|concerts?|matche?s?|games?|talks|visits?|openings?|referendums?|ceremon(?:y|ies)))\s+(?:(?:was|were|had\s+been)\s+)?(?:(?:planned|scheduled|slated|set|due)\s+(?:for|on|in)|(?:due|set|scheduled|slated)\s+to\s+\p{L}+(?:\s+\p{L}+)?\s+(?:on|in|by))\s+(?:the\s+)?$`,
  /**
   * The words `before` and `planned` end in, before the spaces up to the date: text that ends
   * otherwise is not run through them (text/words.ts mayEndWithWord). Keep in step with them.
   */
  lastWords: 'for in on by before the',
  dropped: String.raw`^\s*,?\s*(?:${PLAN_DROPPED}|will\s+(?:now\s+)?(?:stay|remain)\s+(?:closed|shut)|will\s+not\s+(?:go\s+ahead|take\s+place|open|reopen)|before\s+(?:[\p{L}'’-]+\s+){1,5}?(?:delayed|postponed|derailed|halted|cancell?ed|scrapped|upended|interrupted|forced\s+(?:a|its|the)\s+(?:delay|postponement|cancell?ation)))\b`,
  counterExamples: [
    'The vote was originally scheduled for [June 5] but was postponed.',
    'The vote, scheduled for [Thursday], will go ahead.',
    'The concert, planned for [Saturday], was a success.',
    'The trial set for [June 2018] went ahead.',
    'The museum, which opened in [2019], drew crowds.',
    'The trial was set to begin in [May] before a judge who was later removed.',
  ],
} as const;

export const AHEAD_BY = {
  in: String.raw`\bin\s+(?:about\s+|around\s+|roughly\s+|another\s+|the\s+next\s+)?$`,
  within: String.raw`\bwithin\s+(?:about\s+|around\s+|roughly\s+|the\s+next\s+)?$`,
  expected: String.raw`\b(?:expected|due|scheduled|slated|likely)\s+(?:back\s+|out\s+)?$`,
  /**
   * Right after the duration, a start other than the report: "will withdraw within [60 days] of
   * the agreement taking effect", "must close within [12 months] of approval" count from that act,
   * whose day the text does not give. Not "of this announcement", "from the date of this notice":
   * the article's own, the publication.
   */
  otherStart: String.raw`^\s+(?:of|after|from|following)\s+(?!(?:now|today|publication|(?:the\s+date\s+of\s+)?this\s+(?:announcement|notice|statement|release|letter|report))\b)`,
} as const;

/**
 * A distance before or after a date: "two days before the election on [Jan. 7]", "just days
 * before [Christmas]", "a week after [May 5]". The event is not on that date: a number of days
 * or weeks moves it exactly, else it is some time before or after (approximate). DATA ONLY:
 * matched case-insensitively on the text right before the date.
 */
/**
 * A time named by what it comes before: "the Friday before Labor Day", "the night before the
 * vote" are a day of their own, not some time before.
 */
const TIME_BEFORE = String.raw`day|night|eve|evening|morning|afternoon|week|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
/** How many of a unit a distance counts: "a", "two", "12". */
const COUNT = String.raw`a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}`;

const DISTANCE = String.raw`(?<![\p{L}-])(?:(?<count>${COUNT})\s+|(?:just|only|mere|a\s+few|several|some)\s+)?(?<unit>hours?|days?|weeks?|months?)\s+(?<direction>before|after|ahead\s+of|prior\s+to)\s+`;

/**
 * The distance that ends a clause an "after" clause follows: "entered Timbuktu on Monday, [two
 * days] after French forces took Gao"; not a length ("for the first time in 87 days after").
 * DATA ONLY: matched case-insensitively on the text before the "after" clause.
 */
export const DISTANCE_TO_AFTER = String.raw`(?<![\p{L}\p{N}-])(?<!\b(?:in|for|of|within|over|than|past|last|next|the|first)\s+)(?<count>${COUNT})\s+(?<unit>hours?|days?|weeks?|months?|years?)\s+$`;

/**
 * A distance of hours that ends a clause an "after" clause with a date follows: "A three-day
 * truce collapsed [hours] after it began on Saturday", "The plane crashed [two hours] after it
 * took off on Monday". The act is on that date (hours later is the same day as near as the text
 * tells), not some time after it. DATA ONLY: matched case-insensitively on the text before the
 * "after" clause.
 */
export const HOURS_TO_AFTER = {
  pattern: String.raw`(?<![\p{L}-])(?:(?:just|only|mere|a\s+few|several|some|two|three|four|five|six|\d{1,2})\s+)?(?:hours|minutes|moments)\s*$|(?<![\p{L}-])(?:an|one)\s+hour\s*$`,
  examples: [
    'A three-day truce collapsed hours ',
    'The plane crashed two hours ',
    'He was arrested just hours ',
    'The fire broke out an hour ',
  ],
  counterExamples: ['The truce collapsed two days ', 'The talks lasted for hours and '],
} as const;

export const OFFSET_FROM = {
  /** The distance right before the date, which a title leaves out with it ("just days before"). */
  distance: String.raw`${DISTANCE}$`,
  before: String.raw`${DISTANCE}(?:the\s+[\p{L}-]+\s+(?:on|of|in)\s+)?$`,
  /**
   * A bound with no distance: "after [Labor Day]" (some time after), "no later than [June 30]"
   * (by then), "had cut jobs before [2022]" (some time before; not "before the committee on
   * [Tuesday]", where "before" is in front of). Not "before" after a negation,
   * which turns it around ("will not reopen before June 1"), nor "no earlier than", the day a
   * plan is set for, nor the time of a plan ("due after the bell on Wednesday", "might not
   * reopen until after Thanksgiving").
   */
  bound: String.raw`(?<![\p{L}-])(?:(?<after>(?<!\b(?:until|till|due|not|scheduled|set|expected|slated)\s+)after)|(?<byThen>no\s+later\s+than|not\s+later\s+than)|(?<before>(?<!\b(?:not|n['’]t|never|no)\b[^.;:!?]*|\b(?:${TIME_BEFORE})\s+)before))\s+(?:(?<!before\s+)the\s+[\p{L}-]+\s+on\s+)?$`,
  examples: [
    'The attack came two days before the election on [Jan. 7].',
    'Travelers were stranded just days before [Christmas].',
    'The deal was signed a week after [May 5].',
    'The company had cut 300 jobs before [2022].',
    'Demolition began after [Labor Day].',
  ],
  counterExamples: [
    'The shop will not reopen before [June 1].',
    'No decision will be made on military action before [Monday].',
    'Students get the Friday before [Labor Day] off.',
    'He left shortly before the election in [2019].',
    'He testified before the committee on [Tuesday].',
    'The talks began two days ago on [Monday].',
    'He was arrested days later, on [Monday].',
    'Hostilities resumed days after the truce expired on [March 1].',
  ],
} as const;

/**
 * What joins days listed as one stretch: "closed schools on Monday and Tuesday", "on Aug. 12 and
 * 13" (consecutive days: one event over both; days apart are each their own). DATA ONLY:
 * matched on the text between two dates; not "or" (either day, not both), nor "and on" or a bare
 * comma, which open a verb phrase of their own ("arrested him on Monday and on Tuesday charged
 * him").
 */
export const LISTED_DAYS_JOIN = String.raw`^,?\s+and\s+$`;

/**
 * The end of a state still running: "The exhibition runs through [Sept. 14]", "Schools will stay
 * shut until at least [Sept. 2]". Where the date is after publication, the state's event spans
 * from the publication to it, and is ongoing. DATA ONLY: matched case-insensitively on the text
 * right before the date; a deadline ("by") or a date something is put off to is no such end.
 */
export const RUNS_UNTIL = {
  before: String.raw`\b(?:until|till|through|thru)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?$`,
  /**
   * On the text before the date: a deadline ("have until Friday", "was given until June") or an
   * act still to begin ("will suspend flights until April 30", "will hold rates steady until
   * June"), not a state that already holds ("will stay shut", "will remain", "will be closed",
   * "will run until 31 October").
   */
  not: String.raw`\b(?:has|have|had|given|gives|give)\s+(?:\S+\s+){0,3}?until\b|\bwill\s+(?!(?:stay|remain|continue|keep|be|run|last)\b)[a-z]+\b(?![^.;]*\b(?:stay|remain|continue|run|last)\b)`,
  /** After the date: an infinitive makes it a deadline ("until Friday to leave"). */
  deadlineAfter: String.raw`^\s*to\s+\p{Ll}`,
} as const;

/**
 * A distance of hours from the story's last date, which names no date of its own (it is no
 * TIMEX3): "She was shot on Dec. 20. She died hours later." A new act told so is news of its own,
 * on that day, not more of the event before it. DATA ONLY: matched case-insensitively on the
 * sentence.
 */
export const HOURS_LATER = {
  pattern: String.raw`\b(?:(?:just\s+)?(?:over|under|about|around|nearly|almost|roughly|some|more\s+than|less\s+than)\s+)?(?:(?:(?:a\s+few|several|two|three|four|five|six|\d{1,2})\s+)?(?:hours|minutes|moments)|(?:an|one)\s+hour)\s+later\b`,
  examples: [
    'She died hours later.',
    'Two hours later, the fire was out.',
    'An hour later he was gone.',
    'Just over an hour later, he was declared dead.',
  ],
  counterExamples: ['She died two days later.', 'Hours of talks followed.'],
} as const;

/**
 * A distance of days or more from the story's last date, too vague to count ("Days later",
 * "weeks later"; the tagger dates "two days later" and "a few days later" itself). A new act
 * told so is news of its own, after that date, not more of the event before it: "The storm hit
 * on Tuesday. Days later, the governor declared an emergency." DATA ONLY: matched
 * case-insensitively on the sentence.
 */
export const DAYS_LATER = {
  pattern: String.raw`(?<!\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|some|many|of)\s+)\b(?:days|weeks|months|years|decades)\s+later\b(?!\s+than\b)`,
  examples: [
    'Days later, the governor declared an emergency.',
    'The plant closed on March 3, 2019, and weeks later the owners sold the site.',
    'Years later, the site became a park.',
  ],
  counterExamples: [
    'The vote came two days later than planned.',
    'The report arrived weeks later than expected.',
    'She died hours later.',
    'with a decision following about two months later',
    'A few days later, he resigned.',
  ],
} as const;

/**
 * The text of a past told as a distance back from now that the tagger leaves with no calendar
 * date (PAST_REF): "200 million years ago", "several months ago" (mentions.ts, which dates no
 * event by the story's day for it); not "recently", which is near the day's news.
 */
export const UNDATED_DISTANCE_BACK = String.raw`\bago$`;

/**
 * A past told at an age: "She moved to London at 19", "He was knighted at the age of 70". It
 * tells a time of a life, no day of the story's: with no date, the act is not the publication's
 * day's (mentions.ts). Not a clock or a figure ("arrived at 10 a.m.", "stood at 14 percent",
 * "closed at 45": a verb of a level before it), nor a street number ("at 19 Main Street"), nor
 * "aged 45" ("A man aged 45 was arrested" is today's news), nor a figure a noun follows ("capped
 * fees at 20 for each customer", "ranked at 19 on the list"): an age ends its phrase, before a
 * stop or a word that opens the next ("and", "to", "after", "in"). Regex source.
 */
export const AT_AN_AGE = {
  pattern: String.raw`(?<!\b(?:stood|stands|closed|opened|peaked|remained|ended|finished|set|put|priced|valued|estimated|capped|fixed|traded|rates?d?|rank(?:s|ed)?|sat|sits|hover(?:s|ed)|held|holds|was|were|is|are)\s+)\bat\s+(?:the\s+age\s+of\s+)?(?:1[3-9]|[2-9]\d)\b(?![-:.,]\d|\s*(?:%|a\.?m\b|p\.?m\b|o['’]clock|GMT|percent|per\s+cent|points?\b|degrees|mph|km|kilomet|miles|hours|minutes|seconds|\p{Lu}|\d))(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|to|after|when|in|as|but|while|before|with|because|then)\b)`,
  examples: [
    'She moved to London at 19.',
    'He left school at 16 to work in a mine.',
    'He was knighted at the age of 70.',
    'She married at 25, and had three children.',
  ],
  counterExamples: [
    'He arrived at 10 a.m.',
    'Unemployment stood at 14 percent.',
    'Shares closed at 45.',
    'The office at 19 Main Street was closed.',
    'A man aged 45 was arrested.',
    'She moved at 30 mph.',
    'He left at 9.',
    'The meeting ran at 14:30.',
    'The company capped fees at 20 for each customer.',
    'She ranked at 19 on the list.',
    'She ranked at 19.',
  ],
} as const;
