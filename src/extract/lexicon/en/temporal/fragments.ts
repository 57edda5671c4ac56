/**
 * Regular-expression fragments that the rules name in braces: `{month}` becomes the named group
 * `(?<month>...)` around MONTH's source, `{day:minute}` the group `minute` around `day`'s source.
 * DATA ONLY. Every word a fragment accepts is a key of its table in words.ts, and every key is
 * accepted (tests/unit/temporal/lexicon.test.ts checks both ways).
 *
 * Patterns are compiled case-insensitively; names that are also common words ("May", "march",
 * "Sun") keep their capital with `(?-i:...)`, which holds no lookaround (the engine checks it
 * on the matched text alone). No fragment repeats a group that can match the
 * same text twice, so no rule can backtrack catastrophically.
 */

/**
 * Words of how a period went or is to go, after "a": "a quiet August", "a busy November" (the
 * rule that finds such a month, and the tense cue that takes the nearest one).
 */
export const PERIOD_QUALITY = String.raw`quiet|busy|strong|weak|dismal|bleak|difficult|tough|hectic|slow|sluggish|wet|dry|hot|cold|mild|warm|turbulent|volatile|disappointing|solid|bumper|brutal|rough|calm|sunny|rainy|soggy|stormy|record|lacklustre|lackluster|buoyant|torrid|chaotic|eventful`;

/** Eras written with a year: before the common era, and the common era. */
export const ERA_WORDS = {
  before: String.raw`BC|B\.C\.|BCE|B\.C\.E\.`,
  common: String.raw`AD|A\.D\.|CE|C\.E\.`,
} as const;

/**
 * "BC" as British Columbia, no era after a year: before one of its bodies' names, "In 2025 [BC
 * Ferries] carried 22 million", "In 2024 BC Hydro raised rates", or as a possessive, "In March
 * 1778 [BC's] coast was charted". (A name or a place after a year BC is a history's: "In 49 BC
 * Caesar crossed", "In 1200 BC Egypt".) A body named by a common word (`BC_BODY_WORD`) after
 * "B.C." with its points must go on in capitals or with "of" ("B.C. Supreme Court", "B.C. Court
 * of Appeal"): the points also end a sentence, and the word may open the next, "It dates to 1300
 * B.C. Human remains were found", an era.
 */
const BC_BODY_NAME = String.raw`Ferries|Hydro|Transit|Place|Lions|Liberals|NDP|Greens|Conservatives|Wildfire|Coroners|Assessment|Securities|Lottery|Lotto|Stats|RCMP|SPCA|Ombudsperson`;
const BC_BODY_WORD = String.raw`United|Housing|Parks|Rail|Cancer|Supreme|Court|Government|Premier|Ministry|Centre|Center|Children['’]s|Emergency|Hockey|Corrections|Teachers['’]?|Nurses['’]?|Federation|Liquor|Cannabis|Labour|Ambulance|Hospital|Museum|Elections?|Utilities|Energy|Transplant|Human|Treaty|Farmers|Dairy|Salmon|Golf|Soccer|Rugby|Auditor|Provincial|Health|Interior|Public|Family|Open|Bike|Highway|Highways`;
export const PROVINCE_BC = String.raw`(?:BC[ \t]+(?:${BC_BODY_NAME}|${BC_BODY_WORD})|B\.C\.[ \t]+(?:${BC_BODY_NAME}|(?:${BC_BODY_WORD})(?=[ \t]+(?:(?-i:\p{Lu})|of(?![\p{L}]))))|(?:BC|B\.C\.)['’]s)(?![\p{L}])`;

export const MONTH_NAMES = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER`;
export const MONTH_ABBREVIATIONS = String.raw`Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`;
const WEEKDAY_NAMES = String.raw`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY`;
const WEEKDAY_ABBREVIATIONS = String.raw`Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun`;

/** Words after which a weekday is part of a title: newspapers and programmes. */
const TITLES_AFTER_WEEKDAY = String.raw`Times|Telegraph|Mirror|Express|Herald|Post|Independent|Tribune|Observer|Mail|Sport|People|Star|Business|Night\s+(?:Football|Live|Raw)|Morning\s+(?:Edition|Show)`;

/** Count words, longest first so that "a few" wins over "a". */
const NUMBER_WORDS = String.raw`a\s+couple\s+of|a\s+couple|a\s+number\s+of|a\s+dozen|a\s+hundred|a\s+few|couple|dozen|few|several|some|many|numerous|single|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|an|a`;
/** A part of a period named without "the", as headlines do, after a preposition: "by [end of June]". */
const HEADLINE_MOD_OF = String.raw`(?<=\b(?:by|until|till|before|after|from|since|through|at)\s+)(?:start|beginning|middle|end)\s+of`;
/**
 * Participles after which "over" spreads an act over a length, no bound: "held over [three days]",
 * "recorded over [18 days]" (but "delayed [over an hour]", "founded [over a decade ago]").
 */
const SPREAD_PARTICIPLES = String.raw`held|built|fought|sold|run|made|cut|recorded|filmed|staged|played|conducted|collected|gathered|raised|completed|carried\s+out|spread|phased\s+(?:in|out)`;
/** Ordinal words of the days of a month. */
const DAY_ORDINAL_WORDS = String.raw`first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first`;
const TENS = String.raw`twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`;
const ONES = String.raw`one|two|three|four|five|six|seven|eight|nine`;
const TEENS = String.raw`ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`;

/**
 * After a season, what makes it name a thing, not a time: "the summer Olympics", "the Spring
 * Festival" (China's new year), "the Mid-Autumn Festival", "the summer league", "the autumn term",
 * and the goods of a season ("winter coats", "summer dresses", "winter wheat").
 */
export const NOT_A_SEASONS_THING = String.raw`(?!\s+(?:season|semester|term|collection|olympics|olympic|paralympics|games|break|recess|school|camp|palace|solstice|equinox|wheat|barley|rolls?|festival|league|fair|coats?|jackets?|clothes|clothing|dresses|boots|shoes|apparel|wear|fashions?|tires|tyres|gear|outfits?|uniforms?)\b)`;

/** Thousands set off by a space, not a year and a count ("in 2019 100 days"): "3 000", "12 500". */
const SPACED_THOUSANDS = String.raw`(?<![\d,.][ \u00a0\u202f]?)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)`;

export const FRAGMENTS = {
  /** A month name, or an abbreviation with its dot ("Aug."). */
  month: String.raw`(?-i:${MONTH_NAMES}|(?:${MONTH_ABBREVIATIONS})\.)`,
  /** Before a day number the dot of an abbreviation may be missing ("Aug 7"). */
  monthBeforeDay: String.raw`(?-i:${MONTH_NAMES}|(?:${MONTH_ABBREVIATIONS})\.?)`,
  /** Months as numbers in numeric dates. */
  monthNumber: String.raw`1[0-2]|0?[1-9]`,
  monthNumber2: String.raw`1[0-2]|0[1-9]`,
  /**
   * A weekday, not as the first word of a title: "The Sunday Times", "Monday Night Football"
   * (the words after it keep their case, so the search for weekdays can keep its own).
   */
  weekday: String.raw`(?-i:${WEEKDAY_NAMES})(?!\s+(?-i:${TITLES_AFTER_WEEKDAY})\b)`,
  /**
   * Abbreviated weekdays only with a dot or comma ("Wed.", "Wed,") or right before a month and
   * day, as web pages stamp them ("Thu March 21, 2013"): "Sun" and "Sat" are words too.
   */
  weekdayShort: String.raw`(?-i:${WEEKDAY_NAMES})|(?-i:${WEEKDAY_ABBREVIATIONS})(?:\.|(?=,)|(?=\s+(?-i:${MONTH_NAMES}|(?:${MONTH_ABBREVIATIONS})\.?)\s+\d))`,
  /** Day of a month, with an optional ordinal suffix ("5th"). */
  day: String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?`,
  day2: String.raw`3[01]|[12]\d|0[1-9]`,
  dayNumber: String.raw`3[01]|[12]\d|0?[1-9]`,
  /** A day number no month has: a numeric date that starts with one writes the day first. */
  dayOverTwelve: String.raw`3[01]|2\d|1[3-9]`,
  /** A day with its ordinal suffix ("the 5th"). */
  dayWithSuffix: String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)`,
  /** Years 1000-2099: what news dates need; older years come with "AD"/"BC" and are rare. */
  year: String.raw`1\d{3}|20\d{2}|2100`,
  /** Any year of an era written with it ("218 BC", "AD 410"). */
  eraYear: String.raw`\d{1,4}`,
  /** Two-digit years with an apostrophe ("the '98 season"). */
  yy: String.raw`['’]\d{2}`,
  yy2: String.raw`\d{2}`,
  /** Decades by digits: the first three digits of "1990s", or the two of "'90s". */
  decade: String.raw`1\d{2}|20\d`,
  decadeShort: String.raw`\d`,
  decadeWord: String.raw`twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties`,
  /** The first half of a year said in words: "nineteen" (ninety-one), "twenty" (ten). */
  spokenCentury: String.raw`eighteen|nineteen|twenty`,
  /** "Two thousand", which may stand alone as a year or take what follows ("and two"). */
  thousandYear: String.raw`two\s+thousand`,
  /** The second half: "ninety-one", "twelve" ("oh five" is written around it). */
  yearInCentury: String.raw`(?:${TENS})(?:[\s-](?:${ONES}))?|${TEENS}`,
  /** What follows "two thousand (and)": "one", "twelve", "twenty-one". */
  yearAfterThousand: String.raw`(?:${TENS})(?:[\s-](?:${ONES}))?|${TEENS}|${ONES}`,
  ones: String.raw`${ONES}`,
  /** Hours said in words ("eleven o'clock"). */
  hourWord: String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`,
  /** Minutes of a clock time said in words, before "past" or "to": "half", "a quarter", "twenty". */
  clockMinuteWord: String.raw`half|(?:a\s+)?quarter|five|ten|twenty(?:[\s-]five)?`,
  /** Hours news means in the afternoon when it says no half of the day ("at two o'clock"). */
  afternoonHour: String.raw`[1-6]|one|two|three|four|five|six`,
  /**
   * Counts: digits, or words and their compounds ("twenty-five"); thousands are set off by a
   * comma, or by a space as South African and European copy writes them ("3 000 hours").
   */
  number: String.raw`\d{1,3}(?:,\d{3})+|${SPACED_THOUSANDS}|\d+(?:\.\d+)?|(?:${TENS})[- ](?:${ONES})|${NUMBER_WORDS}`,
  /** Counts that begin with a digit or a number word other than "a"/"an"/"some". */
  count: String.raw`\d{1,3}(?:,\d{3})+|${SPACED_THOUSANDS}|\d+(?:\.\d+)?|(?:${TENS})[- ](?:${ONES})|a\s+couple\s+of|a\s+dozen|a\s+hundred|a\s+few|couple|dozen|few|several|many|single|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred`,
  fraction: String.raw`1/2|½|1/4|¼|3/4|¾|and\s+a\s+half|and\s+one\s+half|and\s+a\s+quarter`,
  /** Units of time, singular and plural. */
  unit: String.raw`centur(?:y|ies)|decades?|years?|yrs?|quarters?|months?|weeks?|weekends?|days?|nights?|hours?|hrs?|minutes?|mins?|seconds?|fortnight`,
  /** Units of a length of time in a duration; seconds and quarters need a real count. */
  durationUnit: String.raw`centur(?:y|ies)|decades?|years?|yrs?|months?|weeks?|days?|nights?|hours?|hrs?|minutes?|mins?|fortnight`,
  rareUnit: String.raw`seconds?|quarters?`,
  /** The quarter alone: "each quarter" recurs, "every second" is mostly an idiom. */
  quarterUnit: String.raw`quarter`,
  dayUnit: String.raw`day`,
  /** Units a day is counted on from a named day in ("two weeks from Monday", "a month from"). */
  unitsFromDay: String.raw`days?|weeks?|months?`,
  /**
   * An exact count of a few of those units, in digits or words ("two", "10", "twenty-one"), or one
   * as "a" before a week or a month ("a week from Friday"; "an hour a day from Monday" is a rate).
   */
  countFromDay: String.raw`a(?=\s+(?:week|month)\b)|\d{1,3}|(?:${TENS})(?:[- ](?:${ONES}))?|${TEENS}|${ONES}`,
  /** Units a date can be counted in ("two days later"; "an hour later" is no date). */
  dayOrLonger: String.raw`centur(?:y|ies)|decades?|years?|months?|fortnights?|weeks?|days?`,
  /** Units of years, which a month or a week of the year can be counted back in. */
  yearUnit: String.raw`centur(?:y|ies)|decades?|years?`,
  /** A part of one unit said before it: "half (an hour)", "a quarter of (a century)". */
  halfWord: String.raw`half|(?:a\s+|one\s+)?quarter\s+of|three[\s-]quarters\s+of`,
  beforeAfter: String.raw`before|after`,
  /** Units as written in compounds, which take the singular ("a two-year sentence"). */
  unitSingular: String.raw`century|decade|year|quarter|month|week|weekend|day|night|hour|minute|second`,
  /** Calendar units a "last"/"this"/"next" can pick ("last week"), singular. */
  calendarUnit: String.raw`century|decade|year|quarter|month|week|weekend`,
  /** Units whose plural stands for an open count ("for years"). */
  pluralUnit: String.raw`centuries|decades|years|months|weeks|days|hours|minutes`,
  /** "last", "this", "next" counted from the publication date ("last week"). */
  deicticShift: String.raw`this\s+past|this\s+coming|last|this|next|coming|current|upcoming`,
  /**
   * The year of a quarter or half, counted from the publication's ("the first half of the
   * year", "the fourth quarter of last year").
   */
  yearDeixis: String.raw`the|this\s+past|this\s+coming|this|last|next|current|coming|past`,
  /** An hour of a four-digit clock ("1200 GMT", "0735 GMT"). */
  hour24: String.raw`[01]\d|2[0-3]`,

  /** Counted from the last date mentioned ("the next day", "the previous year"). */
  narrativeShift: String.raw`next|following|previous|preceding|prior|same`,
  /** Stretches reaching back or ahead from now ("the past two years", "the next few days"). */
  spanShift: String.raw`past|last|next|previous`,
  /** Days named from today. */
  dayWord: String.raw`today|yesterday|tomorrow|tonight`,
  /**
   * A part of today named after a clock time ("five o'clock [this afternoon]"), in lower case: in
   * "4 p.m. This morning, ..." a sentence begins.
   */
  thisPart: String.raw`(?-i:this)\s+(?:morning|afternoon|evening)`,
  season: String.raw`spring|summer|fall|autumn|winter`,
  part: String.raw`morning|afternoon|evening|night|overnight|daytime`,
  /** A trading session's part of the day ("in morning trading"). */
  sessionPart: String.raw`morning|afternoon|evening`,
  /** The day's edges, told as the time something happened ("at dawn", "by nightfall"). */
  dayEdge: String.raw`dawn|daybreak|sunrise|first\s+light|dusk|sunset|nightfall`,
  /**
   * Where in a period: "early May", "mid-1990s", "the end of 2023"; a headline's "by end of June"
   * drops the article, after a preposition only ("end of story" is none); wire copy joins "end"
   * and "start" to the period with a hyphen, as it does "mid" ("by end-2025", "at end-June"); only
   * a hyphen may follow them ("end 2025" is a verb and its object).
   */
  mod: String.raw`early|mid|late|(?<![\p{L}\d-])(?:start|end)(?![^-])|the\s+(?:start|beginning|middle|end|early\s+part|latter\s+part)\s+of|${HEADLINE_MOD_OF}`,
  /** Prefixes that bound a period ("post-1959"). */
  prefix: String.raw`post|pre`,
  /** Parts of a period named with "of": "the end of the month". */
  modOf: String.raw`the\s+(?:start|beginning|middle|end|early\s+part|latter\s+part)\s+of|${HEADLINE_MOD_OF}`,
  /**
   * Bounds on a length that belong to the expression ("more than four decades", "just over an
   * hour"). "over" after an amount, a counted noun or a participle is "during", no bound: "$500
   * billion over [five years]", "cut 300 jobs over [two years]", "drew 60,000 people over [three
   * days]" (a plural without an s), "was held over [three days]"
   * (but "lasted [over an hour]", and "over" before "ago" always bounds: "[over a year ago]").
   */
  bound: String.raw`more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|up\s+to|(?<!(?:[\d%]|\b(?:percent|billion|million|trillion|points?|phased\s+(?:in|out)|spread|paid|repaid|staggered))\s+)(?<!\d\s+(?:\p{Ll}+s|people|children|men|women)\s+)(?<!\b(?:${SPREAD_PARTICIPLES})\s+)over|over(?=(?:\s+[\p{L}\d-]+){1,3}\s+(?:ago|earlier|later)\b)|under`,
  /** Approximations, which TimeML leaves outside the expression ("about two weeks"). */
  approx: String.raw`about|around|approximately|roughly|nearly|almost|some|close\s+to`,
  quarterDigit: String.raw`[1-4]`,
  halfDigit: String.raw`[12]`,
  /** Which half of a year, in words: business news also says "the back half", "the latter half". */
  halfOrdinal: String.raw`first|second|1st|2nd|last|final|latter|back|front`,
  ordinal: String.raw`first|second|third|fourth|1st|2nd|3rd|4th|last|final`,
  /** Ordinals of centuries ("the 20th century", "the twenty-first century"). */
  centuryOrdinal: String.raw`\d{1,2}(?:st|nd|rd|th)|twenty-first|twenty-second|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth`,
  /** Ordinal words for days ("the fifth of May"). */
  dayOrdinal: String.raw`${DAY_ORDINAL_WORDS}`,
  /** A day as an ordinal, in digits or in words ("the 20th of that month", "the fifth of"). */
  dayAsOrdinal: String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)|${DAY_ORDINAL_WORDS}`,
  hour: String.raw`2[0-4]|1\d|0?\d`,
  hour12: String.raw`1[0-2]|0?[1-9]`,
  minute: String.raw`[0-5]\d`,
  /** "a.m.", "pm", "A.M." */
  meridiem: String.raw`[ap]\.m\.|[ap]\.m\b|[ap]m\b|[AP]\.M\.|[AP]M\b`,
  clockWord: String.raw`noon|midday|midnight`,
  zone: String.raw`(?-i:GMT|UTC|BST|CEST|CET|EEST|EET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|KST|HKT|SGT|AWST|ACST|ACDT|AEST|AEDT|NZST|NZDT|SAST|WAT|CAT|EAT)|(?:eastern|central|mountain|pacific)(?:\s+(?:standard|daylight))?\s+time|(?-i:Beijing|Tokyo|Hong\s+Kong|Moscow|UK|British|Singapore|Sydney|Paris|Berlin|Brussels|Kyiv|Jerusalem|Tehran|Delhi|India|Seoul|Taipei|Manila|Jakarta|Bangkok|Dubai|Riyadh|Cairo|Istanbul|Ankara|New\s+York|Washington|London|Frankfurt|Geneva|Rome|Madrid|Warsaw|Kabul|Baghdad|Beirut|Damascus|Gaza|Doha|Abu\s+Dhabi|Islamabad|Karachi|Mumbai|Nairobi|Lagos|Johannesburg|Mexico\s+City|Toronto|Chicago|Los\s+Angeles|Hanoi|Kuala\s+Lumpur|Pyongyang|Melbourne|Perth|Israel|Pakistan|Japan|China)\s+time`,
  /** Counting from now: "two years ago", "a week from today". */
  ago: String.raw`ago|from\s+now|from\s+today|hence|back`,
  /** Counting from the last date mentioned: "two days later". */
  later: String.raw`later|earlier|afterwards?`,
  /** "every other day": every second one. */
  alternate: String.raw`other|alternate`,
  weekendUnit: String.raw`weekend`,
  /** The working days of the week, as one recurrence: "on weekdays", "every weekday". */
  weekdaySet: String.raw`weekday`,
  /** Recurrence multipliers before a unit: "once a week". */
  times: String.raw`once|twice|thrice`,
  holiday: String.raw`(?-i:(?<!(?:Lunar|Chinese|Jewish|Persian|Islamic|Hindu|Tamil|Sikh|Thai|Vietnamese|Korean|Tibetan)\s)New\s+Year['’]s(?:\s+(?:Day|Eve)|(?!\s+(?:Day|Eve)\b))|Valentine['’]s\s+Day|St\.?\s+Patrick['’]s\s+Day|(?:(?:India|Pakistan|Mexico|Indonesia|Ukraine|Brazil|Nigeria)['’]s|Indian|Pakistani|Mexican|Indonesian|Ukrainian|Brazilian|Nigerian)\s+Independence\s+Day|Independence\s+Day|Inauguration\s+Day|May\s+Day(?!\s+(?:calls?|distress|signals?|alerts?|messages?)\b)|Super\s+Tuesday|Halloween|Veterans['’]?\s+Day|Armistice\s+Day|Christmas(?:\s+(?:Eve|Day)|(?!\s+(?:Eve|Day)\b))|Boxing\s+Day|Labor\s+Day|Memorial\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Columbus\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|Mardi\s+Gras|Presidents['’]?\s+Day|(?:Canadian\s+)?Thanksgiving(?:\s+Day|(?!\s+Day\b))|Black\s+Friday|Cyber\s+Monday|Election\s+Day|Easter(?:\s+(?:Sunday|Monday)|(?!\s+(?:Sunday|Monday)\b))|Good\s+Friday|Ash\s+Wednesday|Palm\s+Sunday|(?:Maundy|Holy)\s+Thursday|Hogmanay|Burns\s+Night|Australia\s+Day|Waitangi\s+Day|St\.?\s+(?:David|George|Andrew)['’]s\s+Day|Anzac\s+Day|ANZAC\s+Day|Canada\s+Day|Bastille\s+Day|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Remembrance\s+(?:Day|Sunday)|Juneteenth|Victoria\s+Day|Shrove\s+Tuesday|Pancake\s+Day|Holy\s+Saturday|Pentecost(?:\s+Sunday)?|Whit\s+(?:Sunday|Monday)|(?:August|[Ss]ummer|[Ss]pring|[Ee]arly\s+May|[Ll]ate\s+May)\s+[Bb]ank\s+[Hh]oliday)`,
  reference: String.raw`currently|presently|nowadays|at\s+present|these\s+days|recently|lately`,
  setWord: String.raw`daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|yearly|annually|hourly|biannually|semi-annually|semiannually`,
} as const satisfies Record<string, string>;

export type FragmentName = keyof typeof FRAGMENTS;
