/**
 * Calendar dates as written: full dates, months, years, decades, centuries, seasons, quarters,
 * halves, weekdays and holidays. What the text leaves out (the year of "May 5", the week of
 * "Wednesday") is filled in later from the publication date and the tense of the sentence.
 *
 * Examples resolve as if published on Wednesday 2023-05-17 unless they say otherwise. TimeML
 * extents: prepositions and "the" stay outside ("in [1995]", "the [autumn] draft"); "early",
 * "mid", "late" belong to the expression ("[late November]").
 */
import type { Rule } from '../../../../temporal/rule.ts';
import {
  ERA_WORDS,
  MONTH_NAMES,
  NOT_A_SEASONS_THING,
  PERIOD_QUALITY,
  PROVINCE_BC,
} from '../fragments.ts';

/** Words after which a bare month, season or year is a date ("in May", "since 1995"). */
const DATE_WORDS = String.raw`in|since|until|till|by|from|to|of|during|before|after|through|throughout|between|and|or|the|this|that|last|next|every|each|for|early|mid|late|around|about|circa|as\s+of|as\s+(?:early|soon|late|recently)\s+as|at\s+least|fiscal|year`;
const BEFORE_DATE = String.raw`(?<=(?:^|[^\p{L}])(?:${DATE_WORDS})[\s-]+)`;
/**
 * ... and after which a bare month or season is ("over December", "into autumn", "compared with
 * January", a bound: "delayed until no earlier than September"), though not a bare year ("over
 * 2000 soldiers", "into 1500 pieces").
 */
const BEFORE_MONTH = String.raw`(?<=(?:^|[^\p{L}])(?:${DATE_WORDS}|over|into|across|towards?|compared\s+(?:with|to)|(?:no|not)\s+(?:earlier|later|sooner)\s+than)[\s-]+)`;
/** A month that a range of months starts with ("covering July to September", "July-September"). */
const MONTH_RANGE = String.raw`{month}(?=\s*(?:to|through|until|till|-|–)\s*(?-i:${MONTH_NAMES})\b)|(?<=\b(?-i:${MONTH_NAMES})\s*[-–]\s*){month}\b`;
/**
 * What a month is as the subject of a record: "[August] had been the wettest since 1986",
 * "[January] has now been Auckland's wettest month" (a person is no "wettest" or "busiest").
 */
const SUPERLATIVE_PREDICATE = String.raw`(?=\s+(?:was|is|has(?:\s+(?:now|also|already|officially))?\s+been|had(?:\s+(?:now|also|already))?\s+been)\s+(?:the|its|their|[\p{L}.]+['’]s)\s+(?:[\p{L}'’.]+[\s-]+){0,2}(?:(?:wett|dri|hott|warm|cold|cool|sunni|dull|windi|snowi|stormi|raini|busi|quiet|deadli)est\b|\p{L}+est\s+(?:month|on\s+record)\b))`;
/**
 * A month that what is said or expected is of ("Forecasters say September will start unsettled",
 * "Analysts expect July to be busy"); May, June, April and August are too often people (and
 * "may" a modal) to be read so.
 */
const MONTH_SAID_OF = String.raw`(?<=\b(?:says?|said|expects?|expected|predicts?|predicted|forecasts?|believes?|believed|thinks?|thought|warns?|warned|hopes?|hoped|that)\s+)(?:(?!(?:May|June|April|August)\b)(?=(?-i:\p{Lu})){month}(?=\s+(?:will|would|should|could|might|to\s+be|is\s+(?:likely|expected|set)\s+to|had\s+been|has\s+been|was)\b)|(?!May\b){month}${SUPERLATIVE_PREDICATE})`;

/**
 * A month that a record or a count covers, the object of "covers", "spans", "includes" or
 * "excludes" ("The report covers [October]", "The figures exclude [December]"); not "May", too
 * often the politician, nor a month before a capital or a number ("covers April Jones"), nor one
 * before "and her" or "and his", a person and her own ("covers June and her sisters").
 */
/**
 * The month a period is named by, as its last, without "in" or a day: "the quarter ending
 * [January]" (a retailer's fiscal quarter), "the three months ended [February]", "the year ending
 * [June]". Capitalised, not before a number or a capital ("the year ending June 30" is a day),
 * nor a possessive, a person whose time the period ended ("Three turbulent years ended May's
 * premiership").
 */
const MONTH_ENDING_PERIOD = String.raw`(?<=\b(?:quarters?|half|halves|years?|months|weeks|periods?)\s+(?:(?:that|which)\s+)?(?:ending|ended|ends)\s+)(?=(?-i:\p{Lu})){month}(?![\s-]+(?:\d|(?-i:\p{Lu}))|['’]s(?![\p{L}]))`;

const MONTH_COVERED = String.raw`(?<=\b(?:cover(?:s|ed|ing)?|span(?:s|ned|ning)?|includ(?:e|es|ed|ing)|exclud(?:e|es|ed|ing))\s+)(?!May\b)(?=(?-i:\p{Lu})){month}(?![\s-]+(?:\d|(?-i:\p{Lu}))|\s+and\s+(?:her|his)\b)`;

/**
 * The month a cleft puts in focus, before "when": "It was [June] when the fire started" (a person
 * is "who": "It was June who found the keys").
 */
const CLEFT_MONTH = String.raw`(?<=\b(?-i:It)\s+(?:was|is)\s+){month}(?=,?\s+when\s)`;

/**
 * "the fall" is a season before a noun it qualifies ("after the fall election"), or after a word
 * of time ("in the fall", "until the fall"); not after a verb ("triggered the fall"), nor after
 * "during" or "since" after a decline in its sentence ("stocks plunged ... during the fall"), nor
 * alone after "after" ("recovered after the fall").
 */
const NOT_A_DECLINE = String.raw`(?:(?=\s+(?!(?:in|of|on|to|from|at|by|with|and|or|but|was|were|is|are|has|had|have|came|comes|that|which|this|its|as|after|before|since|wiped|erased)\b)\p{Ll}+(?<!ed)\b)|(?<!(?<!\b(?:in|during|by|until|till|through|throughout|since|before|for|into|over|across|towards?|from|to|early|late|mid|of)\s+)\bthe\s+fall)(?<!\b(?:fell|falls|plunged|plummeted|dropped|drops|tumbled|slumped|sank|declined|crashed|plunge|drop|decline|slide|slump|crash)\b[^.!?;]{0,120}\b(?:during|since|from)\s+the\s+fall))`;

/**
 * Punctuation or words after which a bare year is a year ("in 1995.", "the 1996 Olympics"), a
 * dash before a capital, as a timeline's entries are written ("1991 - The federation breaks up"),
 * and a verb a year is the subject of ("2024 was the hottest year", "2019 saw the band split").
 */
const AFTER_YEAR = String.raw`(?=\s*(?:[,.;:!?)\]'’"”\n]|[-–]\s?\d|$)|\s+(?:and|or|to|through|thru|when|as|after|before|until)\b|\s+(?:was|is|saw|sees|marked|marks|brought|proved|promises)\s|\s+(?-i:\p{Lu})|\s+(?:[-–—]{1,2}|_)\s+(?-i:\p{Lu}))`;

/**
 * After "a"/"an" or a possessive ("its", "Obama's"), a number before a noun is a year ("a 1996
 * law", "its 2012 results", "Obama's 2008 campaign") unless the noun measures or counts ("a 1500
 * meter race", "a 2000 word essay", "its 2000 employees").
 */
/**
 * Right after a month, whether "the" and a superlative came before it: "the warmest October on
 * record", "the busiest December" (tried after the month, which is rare, not at every word).
 */
const AFTER_SUPERLATIVE = String.raw`(?<=\b(?:the|its|their|his|her|our)\s+(?:(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))[\s-]+)?[a-z]+est\s+[a-z]+\.?)`;
/**
 * How a month that opens its clause got going, the weather or trade it began with: "[December] has
 * started unusually cold", "[March] started wet". A person starts something or to do something
 * ("June has started a new job", "April started to paint", "August started her career"), so no
 * object, "to", "work" or a name may follow.
 */
const MONTH_GOT_GOING = String.raw`\s+(?:has\s+|had\s+)?(?:started|begun|opened|closed|finished|ended)(?=\s+(?:(?:unusually|very|so|rather|quite|fairly|relatively|extremely|exceptionally|much|far|a\s+(?:bit|little))\s+)?(?:cold|colder|warm|warmer|mild|milder|wet|wetter|dry|drier|hot|hotter|cool|cooler|snowy|stormy|windy|sunny|quiet|busy|slow|on\s+a\s+(?:high|low|positive|negative|sour|bright)\s+note)\b)`;
/**
 * A month that opens its sentence or clause as the subject of "was", "saw", "ended": "[June]
 * was the fourth-warmest on record", also after an opening quotation mark ("May" is too often a
 * name, and in a quotation "June", "April" and "August" too: '"June was the heart of this family"').
 */
const MONTH_SUBJECT = String.raw`(?!May\b){month}(?:(?<=(?:^|[.!?:;]["”’]?\s+|,\s+|\n\s*)[a-z]+\.?)|(?<=(?:^|[.!?:;]["”’]?\s+|,\s+|\n\s*)["“‘][a-z]+\.?)(?<!June|April|August))(?=\s+(?:was|is|has(?:\s+(?:now|also|already|officially))?\s+been|had(?:\s+(?:now|also|already))?\s+been|saw|brought|ended|began|marked)\b|${MONTH_GOT_GOING})`;
/**
 * Words of a sentence in which "the 17th" is a golf hole or a storey, not a day: "Woods dropped
 * a shot on the 17th after his tee shot found the water", "The lift stops on the 9th if ..."
 * ("lift" as a noun only: "will lift the ban on the 1st after the inquiry" is a date). Not
 * "floor", which the news writes of a chamber ("the Senate floor").
 */
const HOLE_OR_STOREY_WORDS = String.raw`holes?|holed|tee|bogey(?:s|ed)?|birdie[sd]?|pars?|parred|fairways?|putts?|putted|storeys?|(?:the|a)\s+lifts?|elevators?|escalators?`;
/** No such word in the sentence, before or after (the sentence ends at its stop). */
const NO_HOLE_OR_STOREY_ABOUT = String.raw`(?![^.!?]*\b(?:${HOLE_OR_STOREY_WORDS})\b)(?<!\b(?:${HOLE_OR_STOREY_WORDS})\b[^.!?]*)`;
/**
 * After "a" and a word of how a period went, a month is that period: "After a quiet [August]",
 * "bracing for a busy [November]", "a dismal [January]" (no name takes these: "a busy August
 * Wilson" is kept off by the capital after it).
 */
const AFTER_PERIOD_QUALITY = String.raw`(?<=(?:^|[^\p{L}])an?\s+(?:${PERIOD_QUALITY})\s+)`;
const AFTER_ARTICLE = String.raw`(?<=(?:(?:^|[^\p{L}])(?:an?|its|his|her|their|our|my|your)|\p{L}['’]s)\s+)`;
/**
 * Before a modal, a year opening a sentence, a quotation or what is said is its subject ("2013
 * will be a better year", '"2013 will be about growth," he said', "He said: ‘2013 will be about
 * growth’", "Analysts say 2014 should bring relief"); elsewhere such a number is more often a count
 * ("officials fear 2000 will lose their jobs"), as it is when the modal's clause gives its subject
 * people's things or "themselves" ('"2000 will lose their jobs," the union warned'; not "2013
 * will test their patience").
 */
const SUBJECT_OF_MODAL = String.raw`(?<=(?:^|[.!?]["”’]?\s+|\n\s*|\b(?:says?|said|that|expects?|expected|believes?|believed|thinks?|thought|hopes?|hoped|predicts?|predicted|warns?|warned):?\s+)["“‘]?)(?=(?:19|20)\d\d\b){year}(?![^.!?,;"”’]*\b(?:themselves|their\s+(?:own\s+)?(?:jobs?|homes?|houses|lives|livelihoods?|families|children|seats|votes|places|posts|land|savings|pensions?)\b))(?=\s+(?:will|would|should|could|might|must|(?<=^["“‘]?\d+\s+|[.!?\n]["”’]?\s*["“‘]?\d+\s+)(?:ranked|ranks|became|becomes|looks|looked|among|ended|ends|began|begins|went|goes|set|sets)\b)\s)`;
/**
 * People a figure counts, more of them than MEASURES names: "The 1500 protesters dispersed",
 * "its 1200 villagers". (Not those a year often names, as "the 2001 victims", "the 2008
 * delegates" and "the 2020 deaths" do.)
 */
const COUNTED_PEOPLE = String.raw`protesters|protestors|demonstrators|marchers|rioters|civilians|migrants|immigrants|evacuees|villagers|inhabitants|families|households|tourists|visitors|pilgrims|fans|spectators|participants|volunteers|officers|police|policemen|firefighters|rescuers|doctors|nurses|teachers|pupils|adults|prisoners|inmates|detainees|fighters|militants|rebels|insurgents|supporters|runners|athletes|miners|farmers|customers|guests|sailors|marines|personnel`;
const MEASURES = String.raw`meters?|metres?|miles?|km|kilometers?|kilometres?|feet|foot|yards?|inch(?:es)?|pounds?|ounces?|tons?|tonnes?|kg|kilos?|kilograms?|grams?|mg|cc|ml|liters?|litres?|gallons?|barrels?|calories?|words?|pages?|points?|people|persons?|men|women|troops|soldiers|workers|employees|staff|jobs|students|children|residents|voters|votes|passengers|patients|refugees|cars|vehicles|homes|houses|copies|yen|dollars?|euros?|pesos?|rupees?|acres?|hectares?|members?|seats?|units?|square|cubic|horsepower|hp|times|strong|percent|${COUNTED_PEOPLE}`;
/**
 * After a date's comma, a round number before what it counts is a count, not the date's year:
 * "By the Fourth of July, 2000 people had signed", "On July 4, 1500 soldiers landed", "In May,
 * 2000 people marched". An unround one stays the year: a full date's closing comma is often left
 * out ("Since Sept. 11, 2001 people have flown less"), and a count that size is rarely unround.
 */
const NOT_A_COUNT_AFTER_COMMA = String.raw`(?!(?<=,\s*\d\d(?:00|50))\s+(?:${MEASURES})\b)`;
/**
 * People after "the" and a year more often named by the year's event than counted: "The 2014
 * police shooting of Michael Brown", "the 1984 miners' strike", "the 2020 farmers' protests",
 * "the 2018 teachers strike" keep their year (only after "the": "about 2000 police" and "300
 * officers and 1200 police" still count).
 */
const PEOPLE_AS_MODIFIERS = String.raw`police|officers|teachers|farmers|miners|fans|athletes|families|supporters`;
/**
 * What people after "the" and a year make, a noun that shows the year names them (as does a
 * possessive): "the 2019 protesters' demands", "the 1968 marchers movement".
 */
const PEOPLE_EVENTS = String.raw`strikes?|protests?|march(?:es)?|movement|uprising|revolt|riots?|village|camp|union|shooting|killing`;
const BEFORE_NOUN = String.raw`(?=\s+\p{L})(?!\s+(?:${MEASURES})\b)`;
/**
 * A number of the last century or so that no count is rounded to: after "the", before people an
 * event names (PEOPLE_OF_AN_EVENT), it is a year ("Many of the [1968] protesters are now in their
 * seventies"), while a round one is a count ("The 2000 soldiers arrived", "the 1500 meters"), as
 * the count of a list is, whatever its number ("300 officers and 1968 police"), and an unround one
 * before other people or a measure ("Of the 1917 passengers and crew aboard", "evacuated the 1920
 * residents", "the 1983 seats").
 */
const UNROUND_YEAR = String.raw`(?:19\d\d|20[0-3]\d)(?<!00|50)`;
const PEOPLE_OF_AN_EVENT = String.raw`protesters|protestors|demonstrators|marchers|rioters|strikers|rebels|insurgents|voters|graduates|hostages|refugees`;
/**
 * After "about", "around" or "circa", a number before what it counts is a count, not a year:
 * "About 2000 international passengers", "around 1500 homes" (Australian and New Zealand copy
 * writes four-digit counts without a comma), and so is "about" or "around" one before a plural
 * and its verb ("About 1800 cases were reported", "Around 2000 protesters marched"); "around
 * 2000, prices rose" keeps its year. So is one after "the", "and" or "or" right before what it
 * counts ("the 1500 meters", "The 2000 soldiers arrived"; but "the 1992 protests", "the 2000
 * Olympics"; after "the", before people an event names, only a round one: UNROUND_YEAR), and one
 * after "and" or "or" that another count's verb has before it, the count of a list ("1200 were
 * injured and 1800 were missing").
 */
const NOT_AN_APPROXIMATE_COUNT = String.raw`(?!(?<=\b(?:the|and|or)\s+\d{4})\s+(?!member\s+states\b|(?<=\bthe\s+\d{4}\s+)(?:${PEOPLE_AS_MODIFIERS})\b|(?<=\bthe\s+${UNROUND_YEAR}\s+)(?:${PEOPLE_OF_AN_EVENT})\b)(?:${MEASURES})\b(?!['’]|\s+(?:${PEOPLE_EVENTS})\b)|(?<=(?<!\b(?:in|since|during|by|until|of|for|from|to|and|or)\s+)\b\d[\d,]*\s+(?:were|are|was|have|had|remain(?:ed)?)\b[^.!?;]{1,80}\b(?:and|or)\s+\d{4})\s+(?:were|are|have|had|remain(?:ed)?)\b)(?!(?<=\b(?:about|around|circa)\s+\d{4})\s+(?:(?:\p{Ll}+\s+){0,2}(?:${MEASURES})\b|(?<=\b(?:about|around)\s+\d{4}\s+)\p{Ll}{2,}s\s+(?:were|are|have|had|was|will|remain|remained|marched|gathered|died|fled)\b))`;
// In the year rule this alternative comes before AFTER_YEAR: a match whose case check fails
// (AFTER_YEAR's capital, matched case-insensitively on "law") is dropped, not tried further.

/**
 * Nouns a weekday names a kind of, any week's ("Sunday trading laws", "its Sunday hours", "a
 * Sunday newspaper"): no day of the timeline. Not those of one day's gathering, which news tells
 * of a particular week ("In his Sunday Mass", "after Friday prayers").
 */
const WEEKDAY_KINDS = String.raw`trading|hours|opening\s+hours|school|markets?|papers?|newspapers?|supplements?|magazines?|shifts?|schedules?|league|collections?|deliveries|closures?`;

/** A bare number is no year when money, a count or a measure says so ("$1995", "2000-strong"). */
/** Nouns a number names one of ("Resolution 1441", "Route 1995", "Flight 1549"): no year. */
const NUMBERED = String.raw`resolutions?|route|highway|interstate|flight|room|suite|apartment|unit|box|no|number|boeing|airbus|model|channel|bus|platform|gate|exit|pier|lot|item|case|bill|article|section|clause|paragraph|chapter|page|psalm|verse|mile|km|kilometer|kilometre|rank|seed|jersey|code|zip|ward|district|precinct|lane|street|avenue|road|level|grade|class|version|iso|rfc|resolution|directive|regulation|decree|order`;
const NOT_BEFORE_YEAR = String.raw`(?<![$£€¥#№]|\d[,.:/]?|[\p{L}]-|(?:^|[^\d])\d{1,3}-|\b(?:${NUMBERED})\.?\s+)`;
// (nor before a code of capitals and digits: "asteroid 2011 KV17" is a name)
const NOT_AFTER_YEAR = String.raw`(?![,.]\d|-[\p{L}]|\s*%|\s*(?:percent|per\s+cent)\b|\s+(?-i:\p{Lu}{1,3}\d))`;
/**
 * A number before a capitalised street name is an address ("at 1600 Pennsylvania Avenue"); only
 * where no preposition makes it a date ("in 1998 Wall Street fell").
 */
const NOT_ADDRESS = String.raw`(?!\s+(?:[\p{L}.'’]+\s+){0,2}(?:Avenue|Street|Road|Boulevard|Blvd|Drive|Lane|Plaza|Parkway|Highway)\b|\s+(?:[\p{L}'’]+\s+){1,2}(?:St|Ave|Rd|Dr|Ln)\.)`;
/**
 * After "at", "to", "from" or "on", a number before a capitalised street name is an address
 * even so ("moved to 1990 Market Street", "at 2000 Main St."), while "in 1998 Wall Street fell"
 * keeps its year.
 */
const NOT_ADDRESS_AFTER_PLACE = String.raw`(?!(?<=\b(?:at|to|from|on|near)\s+\d{4})\s+(?:(?-i:\p{Lu})[\p{L}.'’]*\s+){1,2}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Plaza|Parkway|Highway|Way|Place|Court|Terrace|Square)\b)`;
/** Figures a period names before them ("November sales", "2007 earnings", "its July forecast"). */
const FIGURES = String.raw`sales|figures|data|results|earnings|profits?|revenues?|payrolls?|jobs|inflation|deliveries|shipments|orders|output|production|numbers|statistics|report|survey|index|reading|exports|imports|forecasts?|estimates?|guidance|outlook|budget|growth`;
/**
 * Meetings and what comes of them, which a board, a central bank or a party names by its month:
 * after them a capital "March" or "May" after a possessive is the month ("the Fed's [March]
 * meeting", "at its [May] meeting"), not a march ("the Women's March drew crowds") or a name.
 */
const MONTH_OCCASIONS = String.raw`(?:(?:policy|board|rate|cabinet|party|council)\s+)?(?:meetings?|session|decision|minutes|statement|projections|vote|summit|hearing|rate\s+(?:cut|hike|rise|increase|decision))`;
/**
 * Capitalised words after which a month is part of a name, not a date: "the [March Madness]
 * bracket" (the college basketball tournament), "the [October Revolution]" (of 1917), "the
 * [February Revolution]", "the [July Monarchy]".
 */
const NAMES_WITH_A_MONTH = String.raw`(?-i:Madness|Revolution|Uprising|Monarchy)\b`;
/** Figures after which a capital "May" is the month: no verb follows a modal in the plural. */
const MAY_FIGURES = String.raw`figures|data|sales|results|earnings|numbers|statistics|payrolls|exports|imports|shipments|deliveries`;
/** Figures and levels a year names before them ("below 2019 levels"): not counts ("2000 jobs"). */
const YEAR_FIGURES = String.raw`levels|earnings|profits?|revenues?|sales|results|forecasts?|estimates?|guidance|outlook|budget|growth|figures|data|statistics`;
/** Things named after a holiday ("a Christmas tree"): no date. */
const HOLIDAY_THINGS = String.raw`trees?|cards?|carols?|lights|decorations?|ornaments?|presents?|gifts?|songs?|music|movies?|films?|spirit|stockings?|jumpers?|sweaters?|pudding|cakes?|cookies|costumes?|candy|pumpkins?|eggs?|bunny|baskets?|lilies|specials?|resolutions?|honours|honors|part(?:y|ies)`;

/** Words that make a weekday the name of one day ("Black Monday", "Bloody Sunday"). */
const NAMED_DAYS = String.raw`Black|Cyber|Bloody|Blue|Super|Giving|Manic`;

/**
 * Words of games: a bare "second half" or "fourth quarter" near them is part of a game, not of a
 * year ("he scored twice in the second half", "10 points in the fourth quarter"), and so is a score
 * ("led 64-63", "won 109-81", "a 17-2 run"), a game clock ("with 3:12 left") and outscoring, and
 * football's and cricket's words ("doubled their advantage early in the second half", "the
 * equaliser", "a red card"), a lead in points ("led by 10 in the third quarter"), goals let in
 * ("conceded after the break"), the break and overtime, and a score anywhere in the sentence
 * ("before losing 110-104"); not points alone ("the Dow lost 500 points"), nor "rose 1-2 percent",
 * "a 5-4 vote", "aged 18-24" or "growth was led by exports". A bare score has at most 199 a side (a
 * model number is no score: "Boeing 737-800"), and is not "24-7" or "9-5" (hours); a lead is in
 * points, or told before when ("led by 10 in the third quarter", not "led by 10 tech stocks"); a
 * game goes "into overtime", staff are "forced into overtime". Goals are counted or scored ("two
 * goals", "the winning goal"; not "its sales goals", "the goals set for", nor a year's, "its 2024
 * goals"), a penalty is kicked, saved or won ("missed a penalty", "on penalties"; not "paid a
 * penalty"), and a 2-1 ruling is a court's.
 */
const GAME_WORDS = String.raw`\b(?:scored|scores?|scoring|outscor(?:ed|ing)|(?:(?!(?:1[89]|20)\d\d\s)\d+|two|three|four|five|six|an?|the\s+(?:winning|opening|first|second|third|only)|own|his|her|their)\s+goals?\b(?!\s+(?:of|for|to)\b)|touchdowns?|baskets?|rebounds|assists|yards|innings?|halftime|quarterback|trailed|minutes?\s+(?:left|remaining)|whistle|penalty\s+(?:kick|spot|shot|area|box|try|shoot-?out)|on\s+penalties|(?:scored|converted|missed|saved|awarded|won|conceded)\s+(?:a|the|his|her|their)\s+penalty|kick(?:ed|off)?|free\s+throws?|(?:doubled|extended|increased|restored|halved|reduced|cut)\s+their\s+(?:lead|advantage)|equali[sz](?:ed|er|ing)|headers?|hat-tricks?|(?:stoppage|injury|added)\s+time|(?:red|yellow)\s+cards?|sent\s+off|midfielders?|goalkeepers?|wickets?|(?:won|lost|beat|led|leads?|leading|trailing|tied)\s+(?:[a-z]+\s+)?\d{1,3}-\d{1,3}(?!\s+(?:[a-z]+\s+)?(?:ruling|decision|vote|verdict|majority|judgment))|\d{1,3}-\d{1,3}\s+(?:run|win|victory|loss|defeat|lead|rout)|\d{1,2}:\d\d\s+(?:left|remaining|to\s+play)|(?:led|leading)\s+by\s+\d{1,2}(?=\s*[,;]|\.(?!\d)|\s+(?:points?|goals?|runs?|shots?|strokes?|seconds|in|at|after|before|with|into|entering|heading|going|early|late|midway|until|when)\b)|conced(?:ed|es|ing)\s+(?:twice|again|late|early|after|before|in\s+the|with)|(?:after|before|at|by|since|until|into|just\s+after|soon\s+after)\s+the\s+(?:break|interval)(?!-)|(?:in|(?<=\b(?:went|go|goes|going|headed|heading|sent|send|sending)\s+)into|to|forced|force|forcing|after)\s+(?:double\s+|triple\s+)?overtime|(?<![\p{L}\d$€£.,/-]|\b(?:aged?|ages|between|from|about|around|some|roughly|nearly|almost|approximately|voted?|votes|vote\s+of|ruled|split|margin\s+of)\s+)(?!(?:24-7|9-5)\b)(?:1\d\d|\d{1,2})-(?:1\d\d|\d{1,2})(?![\d%.,/-]|\s+[a-z]+\s+(?:ruling|decision|verdict|judgment)\b|\s*(?:percent|per\b|%|million|billion|trillion|years?|months?|weeks?|days?|hours?|minutes?|votes?|ruling|decision|majority|margin|split|ratio|odds|seats?|people|feet|foot|inches|times)\b))\b`;
/**
 * The game words that also tell a game from a clause or a sentence away: not those business copy
 * uses too ("shares scored their biggest gain", "credit scores", "savings will kick in", "trailed
 * rivals", "baskets of goods"), though "scored" before how or when ("United scored in the second
 * half", "Haaland scored twice") is a game's.
 */
const GAME_WORDS_NEAR = String.raw`(?!(?:scored|scores?|scoring|kick|kicked|baskets?|rebounds|assists|yards|trailed|headers?)\b)${GAME_WORDS}|\bscored(?=\s+(?:twice|again|late|early|first|in|on|after|before|from|with|\d+|two|three|four|five|six)\b)`;
/**
 * Not in a clause that speaks of a game, nor next to one, before or after: a match report
 * tells its halves in clauses and sentences of their own ("In the first half, neither side found
 * the net; United scored in the second half", "City dominated the first half. Haaland scored
 * twice after the break"); a game a sentence or a semicolon away only by GAME_WORDS_NEAR ("Costs
 * rose in the [first half]. Savings will kick in next year"). Placed after the expression, so
 * that it is looked for once a match is found, not at every position tried (the lookbehind
 * reaches over the expression itself).
 */
const NOT_IN_GAME = String.raw`(?<!(?:${GAME_WORDS})[^.!?;]{0,120})(?<!(?:${GAME_WORDS_NEAR})[^.!?]{0,120}(?:[.!?]["”’]?\s+[^.!?]{0,120})?)(?![^.!?;]{0,100}(?:${GAME_WORDS}))(?![^.!?]{0,100}(?:[.!?]["”’]?\s+[^.!?]{0,120})?(?:${GAME_WORDS_NEAR}))`;

/**
 * Before a quarter or a half written with its year in one word, as results do ("4Q23", "2H2024"):
 * no letter, digit or figure runs into it, and it is not Murakami's novel "1Q84".
 */
const SHORT_PERIOD_BEFORE = String.raw`(?<![\p{L}\p{N}.,$£€-])(?!1Q84\b)`;

/**
 * A fiscal year written as the calendar years it spans ("2023-24", "2024/25"): named by the year it
 * ends in, whose century is the first's. (Not two years in full: "FY2023-2025" is more often a
 * range of fiscal years than one.)
 */
const FISCAL_SPAN = String.raw`{spanStart:year}[-–/]{yy:yy2}`;
/**
 * Two years in full a year apart, "2023-2024", "1999-2000" (a lookahead on a year's last two
 * digits and the next year's): a span of more ("fiscal year 2022-2026") names no one fiscal year.
 */
const NEXT_YEAR_IN_FULL =
  String.raw`\d\d(?:` +
  Array.from({ length: 100 }, (_, n) => {
    const [from, to] = [n, (n + 1) % 100].map((y) => String(y).padStart(2, '0'));
    return String.raw`${from}[-–/]\d\d${to}`;
  }).join('|') +
  String.raw`)(?!\d)`;
/**
 * The same span with its second year in full, after "fiscal year" or "financial year" only ("financial
 * year 2023-2024"), where one year is named: its century is written, the year is its last two digits.
 */
const FISCAL_SPAN_IN_FULL =
  String.raw`(?=${NEXT_YEAR_IN_FULL})` + String.raw`{spanStart:year}[-–/](?:1[89]|20){yy:yy2}`;
/**
 * A year and the next one after a dash or a slash, the second short or in full ("1812–13",
 * "1812-1813", "1899/1900"; a lookahead on the first's last two digits and the second's).
 */
const NEXT_YEAR_SHORT_OR_FULL =
  String.raw`\d\d(?:` +
  Array.from({ length: 100 }, (_, n) => {
    const [from, to] = [n, (n + 1) % 100].map((y) => String(y).padStart(2, '0'));
    return String.raw`${from}[-–/](?:\d\d)?${to}`;
  }).join('|') +
  String.raw`)(?!\d)`;
/**
 * Nouns a number labels, which make it no day ("round 1 August 5", "week 2 September 13": the
 * number is the round's, and the month takes the day after it).
 */
const NUMBER_LABEL = String.raw`round|week|game|match|leg|stage|heat|race|day|phase|part|chapter|episode|series|season|test|act|scene|page|section|article|clause|level|grade|group|pool|gate|platform|route|flight|room|unit|lot|lane|track|step|no\.|number|vol(?:\.|ume)|issue`;
/** The figures a half named before them qualifies ("first-half profit", "H1 results"). */
const HALF_FIGURES = String.raw`(?:(?:net|pretax|operating|core|underlying)\s+)?(?:profits?|results|earnings|sales|revenues?|loss(?:es)?|growth|figures|dividends?|output)\b`;
/** "the first quarter", "fourth-quarter", "Q3". */
const QUARTER = String.raw`(?:{ordinal}[\s-]+quarter|(?-i:Q){ordinal:quarterDigit})`;

export const DATE_RULES = [
  {
    name: 'month day, year',
    type: 'DATE',
    pattern: String.raw`(?:{weekday:weekdayShort},?\s+)?{month:monthBeforeDay}\s+{day}(?:,\s*|\s+){year}${NOT_A_COUNT_AFTER_COMMA}`,
    value: { kind: 'date' },
    examples: [
      ['the war broke out on [February 24, 2022].', '2022-02-24'],
      ['[Friday, Oct. 23, 1998]', '1998-10-23'],
      ['on [Aug 7 1998] in Nairobi', '1998-08-07'],
      ['— Dénes Törteli (@DenesTorteli) [May 17, 2023]', '2023-05-17'],
      ['updated 10:15 PM EDT, [Thu March 21, 2013]', '2013-03-21'],
      // (an unround number is the year, its closing comma left out)
      ['Since [Sept. 11, 2001] people have flown less.', '2001-09-11'],
    ],
    counterExamples: [
      'May 5,000 people',
      'in May 2023',
      'the Sat may 5 2023',
      // (a round count after the comma)
      'On July 4, 2000 soldiers landed.',
    ],
  },
  {
    name: 'day month year',
    type: 'DATE',
    pattern: String.raw`(?:{weekday:weekdayShort},?\s+)?{day}(?:\s+of)?\s+{month:monthBeforeDay},?\s+{year}${NOT_A_COUNT_AFTER_COMMA}`,
    value: { kind: 'date' },
    examples: [
      ['published [17 May 2023]', '2023-05-17'],
      ['[Wed, 17 May 2023]', '2023-05-17'],
      ['[Wednesday 17 May 2023]', '2023-05-17'],
      ['on the [5th of May, 2023]', '2023-05-05'],
    ],
    counterExamples: ['17 May', 'May 2023', 'On 5 May, 1500 troops arrived.'],
  },
  {
    name: 'ISO date',
    type: 'DATE',
    // also with slashes, as East Asian and some web sources write it ("2023/05/17")
    pattern: String.raw`(?<![\d/-])(?:{year}-{month:monthNumber2}-{day:day2}|{year}/{month:monthNumber2}/{day:day2})(?![\d/-])`,
    value: { kind: 'date' },
    examples: [
      ['updated [2023-05-17] at noon', '2023-05-17'],
      ['the memo of [2013/03/22] says', '2013-03-22'],
    ],
    counterExamples: [
      'call 2023-13-01',
      'ISBN 978-2023-05-17-3',
      'a 2023/05-17 mix',
      'path 1/2023/05/17',
    ],
  },
  {
    name: 'numeric month/day/year',
    type: 'DATE',
    pattern: String.raw`(?<![\d/.]){month:monthNumber}/{day:dayNumber}/(?:{year}|{yy:yy2})(?![\d/])`,
    value: { kind: 'date' },
    monthFirst: true,
    examples: [
      ['filed on [5/17/2023]', '2023-05-17'],
      ['dated [08/07/98]', '1998-08-07'],
    ],
    counterExamples: ['a 1/2/3 split', 'scored 5/17/20230'],
  },
  {
    // a day that names what happened on it, in one year only: "since the September 11 attacks"
    // is 2001's, whatever the publication's year
    name: 'the day of the September 11 attacks',
    type: 'DATE',
    pattern: String.raw`(?=Sept)(?:{month:monthBeforeDay})\s+(?=11\b){day}(?:th)?(?=,?\s+(?:(?:terrorist|terror|al-Qaida|al-Qaeda)\s+)?(?:attacks|hijackings|hijackers|attackers|commission)\b)`,
    value: { kind: 'date', year: 2001 },
    examples: [
      ['since the markets reopened after the [September 11] attacks', '2001-09-11', '2008-09-16'],
      ['the [Sept. 11] terrorist attacks on New York', '2001-09-11', '2011-09-09'],
    ],
    counterExamples: [
      'the attacks of September 11, 2001',
      'on September 11 the council met',
      'the Sept. 11 attack on the U.S. consulate in Benghazi',
    ],
  },
  {
    name: 'month day',
    type: 'DATE',
    // (not a month a day number stands before, day first: "On 12 August 30 people were hurt";
    // but a number a noun labels is no day: "round 1 August 5")
    pattern: String.raw`(?:{weekday:weekdayShort},?\s+)?(?<!(?<![\d.,$£€%]|\b(?:${NUMBER_LABEL})\s+)\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?){month:monthBeforeDay}\s+{day}(?![,.]\d|:\d|\s*(?:%|percent))`,
    value: { kind: 'date' },
    examples: [
      ['checks began from [May 5], but', '2023-05-05'],
      // (bombings nobody plans: the last Aug. 7)
      ['the [Aug. 7] bombings', '2022-08-07'],
      ['will vote on [Monday, May 22]', '2023-05-22'],
      ['the bombings on [Aug. 7]', '1998-08-07', '1998-08-21'],
      ['the border posts were opened on [July 20]', '2018-07-20', '2018'],
      ['Results: round 1 [August 5], round 2 August 12.', '2018-08-05', '2018-09-01'],
      ['Schedule: week 1 [September 6], week 2 September 13.', '2018-09-06', '2018-10-01'],
    ],
    counterExamples: ['May 5,000 people', 'Theresa may 5', 'On 12 August 30 people were hurt.'],
  },
  {
    name: 'second day after a month and day',
    type: 'DATE',
    // (with the year written after it, which the first day shares: "May 5-6, 2016")
    pattern: String.raw`(?<={month:monthBeforeDay}\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:and|or|to|through)\s+|\s*[-–]\s*)){day}(?:,\s*{year}${NOT_A_COUNT_AFTER_COMMA}(?![\d,]))?(?![,.:]\d|\s*(?:%|percent))`,
    value: { kind: 'date' },
    examples: [
      ['the NATO summit on April 24 and [25].', '1999-04-25', '1999-02-10'],
      ['from May 5 to [7]', '2023-05-07'],
      ['The talks were held May 5-[6, 2016].', '2016-05-06'],
      ['The carnival will take place on Aug. 25 and [26, 2019].', '2019-08-26', '2018-08-29'],
    ],
    counterExamples: ['on April 24 and 2,500 people', 'April 24 and 250'],
  },
  {
    name: 'first day before a day and month',
    type: 'DATE',
    // day-first ranges: "from 21 to 26 March", "between 21 and 26 March", "21-26 March"
    pattern: String.raw`(?<![\d.,$€£%]\s?){day}(?=(?:st|nd|rd|th)?(?:\s*(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+{month:monthBeforeDay})`,
    value: { kind: 'date' },
    examples: [
      ['Drivers will refuse overtime from [21] to 26 March.', '2023-03-21', '2023-02-20'],
      ['The festival runs between [21] and 26 May.', '2023-05-21'],
      ['Strikes are planned for [21]-26 June.', '2023-06-21'],
    ],
    counterExamples: ['rose from 2.21 to 26 March', 'up $21 to 26 March'],
  },
  {
    name: 'day month',
    type: 'DATE',
    pattern: String.raw`(?:{weekday:weekdayShort},?\s+)?{day}(?:\s+of)?\s+{month:monthBeforeDay}`,
    value: { kind: 'date' },
    examples: [
      ['began on [5 May] in Minsk', '2023-05-05'],
      ['on the [17th of May]', '2023-05-17'],
    ],
    counterExamples: ['5 may be enough', 'in May'],
  },
  {
    name: 'the fifth (of the month)',
    type: 'DATE',
    // (a conjunction or preposition after it ends the phrase, as a noun after it does not: "on
    // [the 1st] after management rejected the offer", but "on the 5th floor"; a clause's
    // conjunction only where no hole or storey is about: "a double bogey on the 3rd before ...")
    pattern: String.raw`(?<=(?:on|by|until|till|since|from|before|after|for)\s+)the\s+{day:dayWithSuffix}(?=\s*[,.;:!?)]|\s+(?:and|or|to|at|when|but|as|in|with)\b(?!-)|\s+(?:after|before|because|while|unless|if|so|until|amid)\b(?!-)${NO_HOLE_OR_STOREY_ABOUT})`,
    value: { kind: 'date' },
    examples: [
      ['union leaders said on [the 5th], when', '2023-05-05'],
      ['the deadline expires on [the 25th].', '2023-05-25'],
      ['the vote is set for [the 20th].', '2023-05-20'],
      ['Talks broke down on [the 1st] after management rejected the offer.', '2023-05-01'],
      ['Rent is due on [the 28th] because the bank changed.', '2023-05-28'],
      ['The city will lift the ban on [the 1st] after the inquiry.', '2023-06-01'],
    ],
    counterExamples: [
      'on the 5th floor',
      'on the 5th of May',
      'he won for the 5th time',
      'she ran on the 5th after-school team',
      'Woods dropped a shot on the 17th after his tee shot found the water.',
      'He made a double bogey on the 3rd before recovering.',
      'McIlroy holed a long putt on the 12th while the crowd roared.',
      'The lift stops on the 9th if you press the button twice.',
    ],
  },
  {
    name: 'the fifth (of the month) opening its clause',
    type: 'DATE',
    // a history's "On the 9th the right wing fell back", "and by the 12th it had withdrawn": the
    // clause's subject right after the day ends the phrase, as a conjunction does above (not a
    // noun: "On the 9th Division's front", "By the 12th century the town"; nor a hole or a storey)
    pattern: String.raw`(?<=(?:^|[.!?;]["”’]?\s+|,\s+|\band\s+)(?:[Oo]n|[Bb]y)\s+)the\s+{day:dayWithSuffix}(?=,?\s+(?:the|it|he|she|they|we|his|her|its|their|both|each|neither)\s)${NO_HOLE_OR_STOREY_ABOUT}`,
    value: { kind: 'date' },
    examples: [
      ['The strike began on 2 May. On [the 9th] the union called it off.', '2023-05-09'],
      ['Prices fell in early May, and by [the 12th] they had halved.', '2023-05-12'],
      [
        'The offensive began on 6 September 1914. On [the 9th] the right wing fell back.',
        '1914-09-09',
        null,
      ],
    ],
    counterExamples: [
      'On the 9th Division front the attack stalled.',
      'By the 12th century the town was a city.',
      'On the 17th the tee shot found the water.',
      'The lift stops on the 9th if you press the button twice.',
      'He finished the 5th the race had seen.',
    ],
  },
  {
    name: 'month and ordinal day in words',
    type: 'DATE',
    // (not after a day in figures, which the month already has: "on 4 May the first visitors
    // arrived" is 4 May, and "the first" the visitors')
    pattern: String.raw`(?<!\b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+){month:monthBeforeDay}\s+(?:the\s+)?{day:dayOrdinal}(?![\s-]+(?:time|times|quarter|half|round|step|place|floor|century|week|day|year)\b)`,
    value: { kind: 'date' },
    examples: [
      ['The summit ended on [January seventh].', '2023-01-07'],
      ['was closed until [March the fifteenth]', '2023-03-15'],
    ],
    counterExamples: [
      'in March first quarter',
      'in March, first',
      'on 12 June the first trains ran',
    ],
  },
  {
    name: 'ordinal day of month',
    type: 'DATE',
    // with its year, as the day in figures takes it ("the 5th of May, 2023"): an obituary's "born
    // on the Fourth of July, 1932" is no July of the publication's year
    pattern: String.raw`{day:dayOrdinal}\s+of\s+{month}(?:,?\s+{year}${NOT_A_COUNT_AFTER_COMMA})?`,
    value: { kind: 'date' },
    examples: [
      ['on the [fifth of May]', '2023-05-05'],
      ['He was born on the [Fourth of July, 1932], in Tulsa.', '1932-07-04'],
      ['She was born on the [twelfth of March 1921].', '1921-03-12'],
      // (a round count after the comma is no year)
      ['By the [Fourth of July], 2000 people had signed.', '2023-07-04', '2023-08-10'],
      ['On the [fifth of May], 2000 people marched.', '2023-05-05'],
    ],
    counterExamples: ['a fifth of the vote'],
  },
  {
    name: 'month and year',
    type: 'DATE',
    pattern: String.raw`(?:{mod}[\s-]+)?{month:monthBeforeDay}(?:,\s*|\s+)(?:of\s+)?{year}${NOT_A_COUNT_AFTER_COMMA}`,
    value: { kind: 'date' },
    examples: [
      ['since the war broke out in [February 2022].', '2022-02'],
      ['in [late November 1999]', '1999-11'],
      ['in [mid-March 2023]', '2023-03'],
      ['the [Jan. 1998] bombing', '1998-01'],
    ],
    counterExamples: ['in May', 'March 20000', 'In May, 2000 people marched.'],
  },
  {
    name: 'month of this, next or last year',
    type: 'DATE',
    pattern: String.raw`(?:{mod}[\s-]+)?(?:{month:monthBeforeDay}(?:\s+{day})?|{day}\s+{month:monthBeforeDay})(?:\s+of)?\s+{yearShift:deicticShift}\s+year`,
    value: { kind: 'date' },
    examples: [
      ['The ratification process began in [February this year]', '1998-02', '1998-12-03'],
      ['members of NATO in [April next year] when', '1999-04', '1998-12-03'],
      ['approved in [early October this year]', '2023-10'],
      ['on [March 3 last year]', '2022-03-03'],
      ['began on [5 May this year]', '2023-05-05'],
    ],
    counterExamples: ['February this month'],
  },
  {
    name: 'holiday of this, next or last year',
    type: 'DATE',
    pattern: String.raw`{holiday}\s+{yearShift:deicticShift}\s+year`,
    value: { kind: 'date' },
    examples: [
      ['Hospitals were full by [Thanksgiving last year].', '1988-11-24', '1989-11-20'],
      ['The plant will reopen at [Easter next year].', '2024-03-31'],
    ],
    counterExamples: ['Christmas this month'],
  },
  {
    name: 'month with a period modifier',
    type: 'DATE',
    pattern: String.raw`{mod}[\s-]+{month}`,
    value: { kind: 'date' },
    examples: [
      ['he arrived in [late November]', '2022-11'],
      ['expected in [early June]', '2023-06'],
      ['by [the end of May]', '2023-05'],
      ['Russia, Belarus to agree oil roadmap by [end of June]', '2023-06'],
      // wire copy's hyphenated "end-" and "start-", like "mid-"
      ['Output will recover by [end-June], the ministry said.', '2023-06'],
      ['Reserves stood at $40 billion at [end-December].', '2022-12'],
    ],
    counterExamples: [
      'early may be better',
      'talks to end June strike',
      'the front-end-June build',
    ],
  },
  {
    name: 'month alone',
    type: 'DATE',
    // after "a" or a possessive, before a noun: "An October storm dropped snow", "Obama's June
    // speech" ("a March" and "a May" are too often a walk and a verb)
    // and a month that a cleft puts in focus ("It was [June] when the fire started")
    // and a month in a list of months ("in January, [February] and March")
    // ("The March on Washington", "the March on Rome": a march named by where it went)
    // and a month set against another ("in July rather than June", "chose July rather than
    // June", "in June, not July"; "rather than May" is too often the politician, and a month after
    // "rather than" with no month before it too often a name: "Deputy Ruiz rather than August
    // Smith", as is one before a capital: "May rather than June Carter")
    pattern: String.raw`${BEFORE_MONTH}{month}(?![\s-]+\d|\s+Fools?['’]?(?:\s|$)|\s+${NAMES_WITH_A_MONTH}|(?<=\b[Tt]he\s+March)\s+on\s+(?-i:\p{Lu}))|(?<=\b(?-i:${MONTH_NAMES}),?\s+(?:rather\s+than|instead\s+of|(?:and\s+|but\s+)?not|nor)\s+)(?!May\b){month}(?![\s-]+\d|\s+Fools?\b|\s+(?-i:\p{Lu}))|(?!May\b){month}(?=,?\s+(?:rather\s+than|instead\s+of|(?:and\s+|but\s+)?not|nor)\s+(?:in\s+)?(?-i:${MONTH_NAMES})\b)|(?!May\b){month}${AFTER_SUPERLATIVE}(?![\s-]+\d)|${MONTH_SUBJECT}|${AFTER_ARTICLE}(?!(?:May|March)\b){month}(?=\s+(?-i:\p{Ll}))|${AFTER_ARTICLE}(?=(?-i:May|March)\b){month}(?=\s+(?:${MONTH_OCCASIONS})\b)|(?<=\b(?-i:${MONTH_NAMES}),\s+){month}(?![\s-]+\d)(?=\s*,|\s+(?:and|or)\s)|${MONTH_RANGE}|${MONTH_SAID_OF}|${MONTH_COVERED}|${MONTH_ENDING_PERIOD}|${AFTER_PERIOD_QUALITY}{month}(?![\s-]+(?:\d|(?-i:\p{Lu})))|${CLEFT_MONTH}`,
    value: { kind: 'date' },
    examples: [
      ['Moskalyov escaped to Belarus in [March] after', '2023-03'],
      ['It was [June] when the fire started, officials said.', '2023-06', '2024-03-10'],
      ['After a quiet [August], the exchange expects more deals.', '2006-08', '2006-09-25'],
      ['Retailers are counting on a strong [April].', '2006-04', '2006-03-15'],
      ['A new election could be held as early as [June].', '2013-06', '2013-02-27'],
      ['The plant could reopen as soon as [April].', '2013-04', '2013-02-27'],
      ['An [October] storm dropped nearly 3 inches of snow.', '2012-10', '2012-11-08'],
      ['Prices rose in January, [February] and March.', '2013-02', '2013-03-10'],
      ['Residents still recall a [July] storm.', '2012-07', '2012-11-08'],
      ['the summit will be held in [September].', '2023-09'],
      ['a hearing is set for [January]', '2024-01'],
      ['He said [February] had been slow.', '2024-02', '2024-03-10'],
      ['he was arrested in [December]', '2022-12'],
      ['The vote is due in [March] on Capitol Hill.', '2024-03'],
      ['The [March] accession will enable', '1999-03', '1999-02-10'],
      // a capital "March" or "May" after a possessive, before a meeting
      ["Investors expect a cut after the Fed's [March] meeting.", '2024-03', '2024-02-20'],
      ['The ECB raised rates at its [May] policy meeting.', '2023-05', '2023-06-20'],
      ["The minutes of the bank's [March] rate decision were released.", '2024-03', '2024-04-10'],
      ['The vote will be held in July rather than [June].', '2023-06'],
      ['The fair opens in August instead of [June].', '2023-06'],
      ['The board prefers [July] rather than June.', '2023-07'],
      ['The festival moved to July, not [June].', '2023-06'],
      ['The board prefers [July], not June.', '2023-07'],
      ['The fair opens in August and not [June].', '2023-06'],
      // putting off looks ahead only to where it puts the date
      ['the team had postponed the landing in [April]', '2023-04'],
      ['the landing was postponed until [April]', '2024-04'],
      ['they delayed the vote to [June]', '2023-06'],
      ['the museum is closed until at least [April]', '2024-04'],
      // a bound of a date put off or due: "no earlier than", "no later than"
      ['The launch has been delayed until no earlier than [September].', '2026-09', '2026-03-03'],
      ['Bids must be filed no later than [June].', '2026-06', '2026-03-03'],
      ['The club will play twice a week over [December].', '2023-12'],
      ['Prices rose over [January] and February.', '2023-01'],
      ['Sales fell compared with [January] and February last year.', '2023-01', '2024-03-10'],
      ['It was the warmest [October] on record.', '2021-10', '2021-11-01'],
      ['Globally, [June] was the fourth-warmest on record.', '2021-06', '2021-07-01'],
      ['[March] was the busiest month for the airport.', '2021-03', '2021-04-01'],
      ['"[December] was the coldest for 100 years," he said.', '2010-12', '2011-01-12'],
      // the ends of a range of months, whatever comes before it
      ['the next cap, covering [July] to September, will be announced', '2024-07', '2024-03-26'],
      ['The economy grew in the [July]-September period.', '2022-07', '2023-03-08'],
      ['The economy grew in the July-[September] period.', '2022-09', '2023-03-08'],
      // what is said or expected of a month
      ['Forecasters say [September] will start unsettled.', '2018-09', '2018-08-29'],
      ['Analysts expect [July] to be busy.', '2024-07', '2024-04-10'],
      // a month a period is named by, as its last (made up)
      [
        'Sales rose 4% in the quarter ending [January], the retailer said.',
        '2027-01',
        '2027-03-01',
      ],
      ['Revenue grew in the three months ended [February].', '2027-02', '2027-04-02'],
      // a month a record covers
      ['The report covers [October].', '2026-10', '2026-12-07'],
      ['The figures exclude [December], the agency said.', '2025-12', '2026-03-10'],
      // a record a month holds, whatever name it may also be
      ['The Met Office said [August] had been the wettest since 1986.', '2024-08', '2024-08-24'],
      ["Forecasters said [June] was the UK's hottest on record.", '2023-06', '2023-07-03'],
      [
        "[January] has now been Auckland's wettest month since records began.",
        '2023-01',
        '2023-01-28',
      ], // a month its weather or trade began with (made-up passages)
      ['[December] has started unusually cold across the region.', '2013-12', '2013-12-05'],
      ['[March] started on a sour note for traders.', '2025-03', '2025-03-20'],
      ['[November] had ended wetter than usual.', '2024-11', '2024-12-02'],
    ],
    counterExamples: [
      'It was June who found the keys.',
      'The magazine covers April Jones.',
      'The column covers May and her cabinet.',
      // (a person whose time a period ended, made up)
      'Three turbulent years ended May’s time in Downing Street.',
      // (a person and her own: "June and her sisters" is a woman)
      'The exhibit covers June and her sisters.',
      'Voters backed Johnson rather than May.',
      'The sheriff picked Deputy Ruiz rather than August Smith.',
      'The band picked the name Hope rather than June.',
      'The prank was played on May rather than April Fools day.',
      'She played May rather than June Carter.',
      'She played May, not June Carter.',
      'Voters backed Johnson, not May.',
      'The sheriff picked Deputy Ruiz, not August Smith.',
      'Prime Minister May said',
      'they may march',
      'May I ask',
      "the April Fools' prank",
      'a March for Science',
      "the Women's March drew crowds",
      "The Women's March organisers held a rally.",
      "Sherman's March to the Sea",
      "Mrs May's meeting with the Queen",
      'Officials said the meeting may decide the case.',
      "The union's march meeting point was the square.",
      'The March on Washington drew 250,000 people.',
      'They marched in the March on Rome.',
      'He filled out the March Madness bracket.',
      'the October Revolution of 1917',
      'an August Wilson play',
      'a busy August Wilson',
      'a quiet May 5 rally',
      'May was elected in 2016.',
      'the latest May poll',
      'Voters expect May to win.',
      'Analysts expect June to testify.',
      'Her family said June would be buried on Friday.',
      '"June was the heart of this family," her son said.',
      'Her family said June was the kindest of them.',
      'Officials said May was the strongest candidate.',
      'may to-do lists',
      // a person who starts something or starts to do it (made-up)
      'June has started a new job in Boston.',
      'April started to paint again last year.',
      'August has started her own company.',
      'June has started work on a second album.',
      'April finished third in the race.',
      'June opened the door and left.',
    ],
  },
  {
    // news names a month's figures by it with no preposition ("November sales rose 3%",
    // "October's jobs report"); "May" is too often a verb to be read so, except before a
    // plural no modal takes, after a word in lower case ("will release [May] figures")
    name: 'month before its figures',
    type: 'DATE',
    pattern: String.raw`(?:(?!May\b)|(?<=\b(?-i:\p{Ll}+)\s+)(?=May\s+(?:${MAY_FIGURES})\b(?!\s+out\b))){month}(?=['’]s\s|\s+(?:(?:retail|home|car|auto|new|existing|factory|consumer|jobs?|employment|unemployment|trade|housing|payroll|price|producer|wholesale|industrial)\s+)?(?:${FIGURES})\b|\s+(?:unemployment|employment|inflation)\s+(?:rate|rose|fell|climbed|dropped|was|were|figures|data|report)\b)`,
    value: { kind: 'date' },
    examples: [
      ['[November] sales rose 3%.', '1990-11', '1990-12-10'],
      ["[October]'s jobs report was weak.", '1990-10', '1990-12-10'],
      ['The company will report [December] sales on Thursday.', '1990-12', '1990-12-10'],
      ['up from its [July] forecast', '1990-07', '1990-12-10'],
      [
        'The Labor Department will report [January] employment figures Friday.',
        '1990-01',
        '1990-02-01',
      ],
      ['The department said [January] unemployment rose.', '1990-01', '1990-02-01'],
      ['The bureau will release [May] figures on Saturday.', '2024-05', '2024-06-13'],
    ],
    counterExamples: [
      'May sales rise?',
      'the march figures',
      'Theresa May figures in the report.',
      'The question is how May figures out a deal.',
    ],
  },
  {
    // ("expects 2007 earnings of $3.80 a share", "reported 2008 sales")
    name: 'year before its figures',
    type: 'DATE',
    // (not counts: "cut 2000 jobs", "2000 orders")
    pattern: String.raw`${NOT_BEFORE_YEAR}{year}(?=\s+(?:${YEAR_FIGURES})\b)`,
    value: { kind: 'date' },
    examples: [
      ['The company now expects [2007] earnings of $3.80 a share.', '2007'],
      ['It reported [2008] sales of $2 billion.', '2008'],
      ['Vaccination rates remain below [2019] levels.', '2019'],
    ],
    counterExamples: ['It sold 2007 shares.', 'It cut 2000 jobs.', 'It won 1500 orders.'],
  },
  {
    name: 'year with a period modifier',
    type: 'DATE',
    pattern: String.raw`(?:{mod}[\s-]+|{mod:prefix}-){year}${NOT_AFTER_YEAR}`,
    value: { kind: 'date' },
    examples: [
      ['In [early 1997], Yeltsin', '1997'],
      ['by [mid-2024]', '2024'],
      ['the [post-1959] politics', '1959'],
      ['at [the end of 2023]', '2023'],
      ['Inflation is seen falling to 2% by [end-2025].', '2025'],
      ['[Start-2024] targets were met.', '2024'],
    ],
    counterExamples: ['early 2000-strong', 'to end 2025 talks', 'a backend-2025 release'],
  },
  {
    name: 'fiscal year',
    type: 'DATE',
    // a year a company or a government counts for its accounts, named, as TIDES writes it, by
    // the year it ends in: "fiscal 2013", "fiscal year 2013", "the 2023 fiscal year", "FY13"
    // ... also when written as the span of calendar years it covers: "FY2023-24", "fiscal
    // 2023-24", "the 2023-24 fiscal year", "the 2022-23 financial year" end in 2024 and 2023
    pattern: String.raw`(?:{mod:modOf}\s+(?:the\s+)?)?(?:(?:(?<fiscal>fiscal|financial)[\s-]+year\s+${FISCAL_SPAN_IN_FULL}|(?<fiscal>fiscal)(?:[\s-]+year)?\s+(?:${FISCAL_SPAN}|{year})|(?<fiscal>financial)[\s-]+year\s+${FISCAL_SPAN})(?![\d%]|[.,]\d)|(?:${FISCAL_SPAN}|{year})\s+(?<fiscal>fiscal|(?<=\d[-–/]\d\d\s+)financial)\s+year|(?<fiscal>(?-i:FY))\s?(?:${FISCAL_SPAN}|\d\d[-–/]{yy:yy2}|{year}|{yy:yy2}|{yy})(?![\d%]|[.,]\d))`,
    value: { kind: 'date' },
    examples: [
      ['it expects [fiscal 1990] earnings to be flat', 'FY1990'],
      ['the budget for [fiscal year 2013]', 'FY2013'],
      ['the deficit widened in the [2023 fiscal year]', 'FY2023'],
      ['revenue in [FY2013] rose', 'FY2013'],
      ['the [FY 2022] budget', 'FY2022'],
      ['guidance for [FY24]', 'FY2024'],
      ["Revenue in [FY'24] rose 6%.", 'FY2024'],
      ['It expects to break even by [the end of fiscal 2025].', 'FY2025'],
      ['Debt will peak at [the end of the 2024 fiscal year].', 'FY2024'],
      ['The council approved the [FY2023-24] budget on Tuesday.', 'FY2024'],
      ['the [FY23-24] budget', 'FY2024'],
      ['revenue in [fiscal 2023-24] rose', 'FY2024'],
      ['The deficit for the [2023-24 fiscal year] narrowed.', 'FY2024'],
      ['Profit rose in the [2022-23 financial year].', 'FY2023'],
      // (a British, Indian or Australian financial year names its span after it too)
      ["The council's budget for [financial year 2025-26] was cut.", 'FY2026'],
      ['The budget for [financial year 2023-2024] was cut.', 'FY2024'],
      ['Revenue for [fiscal year 2023-2024] rose.', 'FY2024'],
      // (years in full more than one apart are a range, not one fiscal year ending in the last)
      ['The plan covers [fiscal year 2022]-2026.', 'FY2022'],
      ['the [FY1999-00] budget', 'FY2000', null],
    ],
    counterExamples: [
      'fy2013',
      'FY201',
      'FY2013.5',
      'a fiscal hawk',
      'the 2023-24 season',
      'the 2023 financial year',
      'the financial year 2025 plan',
      'the 2023-24 financial crisis',
      'fiscal years 2023-2025',
    ],
  },
  {
    name: 'fiscal quarter',
    type: 'DATE',
    // a quarter of a fiscal year: "its fiscal third quarter", "the first fiscal quarter",
    // "the third quarter of fiscal 2013", "fiscal 2013 second quarter"
    // ... and as companies write it: "Q4 FY24", "FY2024 Q4", and as Indian and Malaysian
    // results do, in one word: "Q3FY24", "2QFY25"
    pattern: String.raw`(?<fiscal>fiscal)[\s-]+{year}\s+${QUARTER}|${QUARTER}\s+of\s+(?<fiscal>fiscal)(?:\s+year)?\s+{year}|(?:(?<fiscal>fiscal)[\s-]+${QUARTER}|{ordinal}[\s-]+(?<fiscal>fiscal)[\s-]+quarter)(?:(?:\s+of|,)?\s+{year}(?![\d%]|[.,]\d))?|(?:(?-i:Q){ordinal:quarterDigit}\s?|{ordinal:quarterDigit}(?-i:Q))(?<fiscal>(?-i:FY))\s?(?:{year}|{yy:yy2})(?![\d%]|[.,]\d)|(?<fiscal>(?-i:FY))\s?(?:{year}|{yy:yy2})\s+(?-i:Q){ordinal:quarterDigit}(?![\p{L}\p{N}])`,
    value: { kind: 'date', unit: 'quarter' },
    examples: [
      ['Profit rose in the [fiscal first quarter].', 'FY2013-Q1', '2013-04-30'],
      ['sales in its [first fiscal quarter] fell', 'FY2023-Q1'],
      ['the [third quarter of fiscal 2013]', 'FY2013-Q3'],
      ['in the [fiscal 2013 second quarter]', 'FY2013-Q2'],
      ['results for the [fiscal fourth quarter of 2012]', 'FY2012-Q4'],
      ['[Q4 FY24] revenue rose 8 percent', 'FY2024-Q4'],
      ['[FY2024 Q3] results', 'FY2024-Q3'],
      ['Reliance reported a net profit of Rs 19,641 crore for [Q3FY24].', 'FY2024-Q3'],
      ['Top Glove swung to a profit in [2QFY25].', 'FY2025-Q2'],
    ],
    counterExamples: ['a fiscal quarterback', 'the Q3FY2 filing', 'flight 2QFY25X'],
  },
  {
    name: 'fiscal half',
    type: 'DATE',
    // ("H1FY25", "1HFY24", "H2 FY2024", as Indian and Malaysian results write it)
    pattern: String.raw`{ordinal}[\s-]+half\s+of\s+(?<fiscal>fiscal)(?:\s+year)?\s+{year}|(?:(?-i:H){ordinal:halfDigit}\s?|{ordinal:halfDigit}(?-i:H))(?<fiscal>(?-i:FY))\s?(?:{year}|{yy:yy2})(?![\d%]|[.,]\d)|(?<fiscal>fiscal)[\s-]+{ordinal}[\s-]+half(?:(?:\s+of|,)?\s+{year}(?![\d%]|[.,]\d))?`,
    value: { kind: 'date', unit: 'half' },
    examples: [
      ['Revenue in the [first half of fiscal 2025] rose 9 percent.', 'FY2025-H1'],
      ['profit in its [fiscal second half] will improve', 'FY2023-H2'],
      ['ICRA expects growth of 6.5-7% in [H1FY25].', 'FY2025-H1'],
      ['against a loss in [1HFY24]', 'FY2024-H1'],
      ['[H2 FY2024] revenue', 'FY2024-H2'],
    ],
    counterExamples: ['the first half of the fiscal debate', 'the H1FY filing', 'model 3HFY24'],
  },
  {
    name: 'this fiscal year',
    type: 'DATE',
    // counted from the publication, as the calendar's year is: "the current fiscal year", "next
    // fiscal year", "last fiscal quarter"
    pattern: String.raw`{shift:deicticShift}\s+(?<fiscal>fiscal)\s+(?=year|quarter){unit:calendarUnit}`,
    value: { kind: 'deictic' },
    examples: [
      ['cut its forecast for the [current fiscal year]', 'FY2023'],
      ['spending in [next fiscal year]', 'FY2024'],
      ['sales in [last fiscal year] fell', 'FY2022'],
    ],
    counterExamples: ['the fiscal year'],
  },
  {
    name: 'the fiscal year ended a day',
    type: 'DATE',
    // named, as a quarter is ("the quarter ended Sept. 30"), by its last day: "the fiscal year
    // ending June 30", told in March 2024, is FY2024; "the fiscal year that ended Sept. 30",
    // told in March 2024, FY2023. The day is an expression of its own.
    pattern: String.raw`(?<=\b(?:the|that|a|its|their|this)\s+)(?<fiscal>fiscal|financial)\s+year(?=\s+(?:ended|ending|that\s+ended|through|to)\s+(?:on\s+|in\s+)?(?:{month:monthBeforeDay}(?:\s+{day}(?:,?\s+{year}(?!\d))?|(?![\s-]+\d))|{day}\s+{month:monthBeforeDay}(?:,?\s+{year}(?!\d))?))`,
    value: { kind: 'date', unit: 'year' },
    examples: [
      ['a deficit of $2 billion in the [fiscal year] ending June 30', 'FY2024', '2024-03-14'],
      [
        'In the [fiscal year] that ended Sept. 30, the agency spent $4 billion.',
        'FY2023',
        '2024-03-14',
      ],
      ['Revenue rose 5% in the [fiscal year] ended June 30.', 'FY2024', '2024-08-20'],
      ['Profit for the [financial year] to 31 March rose.', 'FY2023', '2023-06-01'],
      ['The [fiscal year] ending in September will close with a surplus.', 'FY2024', '2024-03-14'],
      // (the day's own year names the year: "ending March 31, 2025", told in March 2024)
      ['The [fiscal year] ending March 31, 2025 will see cuts.', 'FY2025', '2024-03-14'],
      ['Profit for the [financial year] to 31 March 2022 rose.', 'FY2022', '2024-03-14'],
    ],
    counterExamples: [
      'the fiscal year ended with a surplus',
      'a fiscal year ending in a deficit',
      'the fiscal year to date',
      'the fiscal yearbook ended June 30',
      // (what is said of one in an aside is placed by the aside's tense, which the rule does not
      // see)
      'the fiscal year, which ends in September',
    ],
  },
  {
    // (markEras takes an era written after the year into the extent, "BC" into the value)
    name: 'a year of an era',
    type: 'DATE',
    pattern: String.raw`(?<![\p{L}\p{N},.$£€¥-])(?:{year:eraYear}(?=\s?(?!${PROVINCE_BC})(?:${ERA_WORDS.before}|${ERA_WORDS.common})(?![\p{L}\p{N}]))|(?:AD|A\.D\.)\s?{year:eraYear}(?![\p{L}\p{N}]))`,
    value: { kind: 'date' },
    // (a year before its era is tried in tests/unit/temporal/resolve.test.ts, as the era joins it
    // after this rule)
    examples: [['Rome was sacked by the Visigoths in [AD 410].', '0410']],
    counterExamples: [
      'It cost $218 BC dollars.',
      'the ADHD 410 study',
      'In 2025 BC Ferries carried 22 million passengers.',
    ],
  },
  {
    name: 'year',
    type: 'DATE',
    pattern: String.raw`${NOT_BEFORE_YEAR}(?:${BEFORE_DATE}{year}${NOT_ADDRESS_AFTER_PLACE}${NOT_AN_APPROXIMATE_COUNT}|${AFTER_ARTICLE}{year}${BEFORE_NOUN}|${SUBJECT_OF_MODAL}|{year}${NOT_ADDRESS}${AFTER_YEAR})${NOT_AFTER_YEAR}`,
    value: { kind: 'date' },
    examples: [
      ['partially reversing its decision to remove them in [1995].', '1995'],
      ['the annexation in [2014] in favor', '2014'],
      ['the [1992] protests', '1992'],
      ['including the [1996] Olympic bombing', '1996'],
      ['between [1994] and 1997', '1994'],
      ['In [1995], Russia and Belarus', '1995'],
      ['(c) [2018], The Washington Post', '2018'],
      ['A [1996] law named for him', '1996'],
      ['the year [2010] was the hottest', '2010'],
      ['the firm posted its [2012] results', '2012'],
      ["Obama's [2008] campaign", '2008'],
      ['he was there [2010] through 2012', '2010'],
      ['In [1998] Wall Street fell', '1998'],
      ['[1991] - Veloria and Ostrand become independent', '1991'],
      ['[2003] — The war begins', '2003'],
      ['[2024] was the hottest year on record.', '2024'],
      ['[2019] saw the band split.', '2019'],
      ['Warming will reach 3C by [2100].', '2100'],
      ['Analysts say [2013] will be a better year for chipmakers.', '2013'],
      ['Analysts say [2014] should bring relief.', '2014'],
      ['"[2013] will be about growth," he said.', '2013'],
      ['He said "[2013] will be about growth."', '2013'],
      ['The minister said: ‘[2013] will be a year of growth.’', '2013'],
      ['"[2013] will be their year," the coach said.', '2013'],
      ['"[2014] will test their patience," he said.', '2014'],
      ['[2012] ranked as the hottest year in the U.S.', '2012'],
      ['Heat records fell. [2013] among warmest years on record', '2013'],
      ['The plant closed around [2000], when prices fell.', '2000'],
      ['Prices rose from about [2000] to 2008.', '2000'],
      // (a year before a noun after "the" that it does not count)
      ['the [1990] election', '1990'],
      ['after the [1918] flu killed millions', '1918'],
      // (the states that joined the EU in 2004)
      ['Poland is among the [2004] member states.', '2004'],
      ['Prices in 1990 were high and [1991] was worse.', '1991'],
      ['Sales in 1990 were high and [1991] were low.', '1991'],
      // (people a year's event is named by, not a count of them)
      ['The [2014] police shooting of Michael Brown sparked protests.', '2014'],
      ['the anniversary of the [2020] police killing of George Floyd', '2020'],
      ["The [1984] miners' strike divided Britain.", '1984'],
      ["The [2020] farmers' protests forced a repeal.", '2020'],
      ['The [2018] teachers strike shut schools.', '2018'],
      ["The [2012] athletes' village is now housing.", '2012'],
      ["The [2019] protesters' demands were ignored.", '2019'],
      // (a year no count is rounded to, after "the")
      ['Many of the [1968] protesters are now in their seventies.', '1968'],
      ['The [2011] protesters returned to the square.', '2011'],
    ],
    counterExamples: [
      'a 1500 meter race',
      'a 2000 word essay',
      'the plant cut its 1500 jobs',
      "the city's 1200 residents",
      'a 1200 mg dose',
      'the 1,239-kilometer border',
      'the White House at 1600 Pennsylvania Avenue',
      'The probe will reach the asteroid 2011 KV17.',
      'The firm moved to 1990 Market Street last year.',
      'The office is at 2000 Main St. in Dallas.',
      'killed 2000 soldiers',
      'Officials fear 2000 will lose their jobs.',
      '"2000 will lose their jobs," the union warned.',
      'The union said "2000 will lose their jobs" if the plant closes.',
      'About 2000 international passengers spent the night in the terminal.',
      'around 1500 people were evacuated',
      'About 1800 cases were reported on Monday.',
      'Around 2000 protesters marched to the square.',
      'Police said 2000 had fled the city.',
      'Many fled their homes. 2000 remained in shelters on Monday.',
      'Of the staff, 1500 will be laid off.',
      'a 2000-strong force',
      'cost $1995 each',
      'call 555-1998 now',
      'rose 1999.5 points',
      'up 2010 percent',
      'the council passed Resolution 1441, which Iraq ignored',
      'the highway, Route 1995, was closed',
      'She won the 1500 meters in a personal best.',
      'The 2000 soldiers arrived on Monday.',
      'The 1500 protesters dispersed.',
      'The 2000 soldiers arrived in the capital.',
      'Officials said 1200 were injured and 1800 were missing.',
      'Police deployed 300 officers and 1200 police to the square.',
      'Police deployed 300 officers and 1968 police to the square.',
      'Many of the 2000 soldiers were killed.',
      'The 1750 workers went on strike.',
      'the 1237 protesters',
      'Of the 1917 passengers and crew aboard, only 700 survived.',
      'Police evacuated the 1920 residents of the tower block.',
      'All of the 1983 seats in the stadium were sold.',
    ],
  },
  {
    name: 'a year that ends or begins',
    type: 'DATE',
    // the object of a verb of ending or starting ("end 2017 about 17 percent higher", "has
    // started 2023 with a heat wave"), or the subject of its close ("as 2011 drew to a close");
    // not a count ("closed 1500 stores")
    pattern: String.raw`{year}(?<=\b(?:end|ends|ended|ending|start|starts|started|starting|begin|begins|began|beginning|close|closes|closed|closing|finish|finishes|finished|finishing|kick\s+off|kicked\s+off|ring\s+in|rang\s+in|see\s+out|saw\s+out|usher\s+in|ushered\s+in)\s+\d+)(?![\p{L}\p{N}]|[,.]\d|\s+(?-i:\p{Ll})+s\b|\s*(?:%|percent|per\s+cent)\b)|{year}(?<=\bas\s+\d+)(?=\s+(?:drew|draws|came|comes|ended|ends|wound|winds)\b)`,
    value: { kind: 'date' },
    examples: [
      ['Brent crude was on track to end [2017] about 17 percent higher.', '2017'],
      ['Europe has started [2023] with an unprecedented heat wave.', '2023'],
      ['Hopes rose as [2011] drew to a close.', '2011'],
      ['The rouble ended [2014] at 56 per dollar.', '2014'],
    ],
    counterExamples: ['The chain closed 1500 stores.', 'The index ended 2017.5 points higher.'],
  },
  {
    name: 'year in words',
    type: 'DATE',
    // broadcast transcripts spell years out; "two thousand" alone is a year only before a pause
    pattern: String.raw`(?<=(?:^|[^\p{L}])(?:${DATE_WORDS}|year)\s+)(?:{yearCentury:spokenCentury}[\s-]+(?:hundred|oh[\s-]+{yearInCentury:ones}|{yearInCentury})|{yearCentury:thousandYear}(?:\s+(?:and\s+)?{yearInCentury:yearAfterThousand})?(?=\s*(?:[,.;:!?)'’"”\n]|$)))(?!-|\s+(?:years?|yrs?)\b)`,
    value: { kind: 'date' },
    examples: [
      ['The treaty was signed in [nineteen ninety-one].', '1991'],
      ['since [nineteen oh five]', '1905'],
      ['by the year [two thousand].', '2000'],
      ['in [two thousand and two], it closed', '2002'],
      ['in [nineteen hundred]', '1900'],
    ],
    counterExamples: [
      'in two thousand cases',
      'the twenty-one members',
      'in nineteen ninety-one-year',
      'for nineteen years',
    ],
  },
  {
    name: 'two-digit year',
    type: 'DATE',
    pattern: String.raw`(?<=(?:in|since|of|the|until|by|from|to)\s+){yy}(?!\d|s\b|['’]?s\b)`,
    value: { kind: 'date' },
    examples: [
      ['the class of [’98]', '1998'],
      ['the war ended in the spring of [’45]', '1945', '2013-03-22'],
      ['elections are due in [’24]', '2024', '2023-05-17'],
    ],
    counterExamples: ["the '90s"],
  },
  {
    name: 'second year of a span',
    type: 'DATE',
    // "the 1998-99 season", "in 1993-94", "the 1999-2000 season": the year the span ends in,
    // its own expression as the first year is (TimeML splits ranges)
    pattern: String.raw`(?<=(?<![\d.,$£€])(?<spanStart>(?:1[89]|20)\d\d)[-–/])(?:{year}|{yy:yy2})(?![\d%]|[-–/.,:]\d|\s*(?:percent|per\s+cent)\b)`,
    value: { kind: 'date' },
    examples: [
      ['the 1998-[99] season', '1999'],
      ['the 1999-[2000] season', '2000'],
      ['the 2013-[2014] budget', '2014'],
      ['the government fell in 1993-[94].', '1994'],
      ['the 2009-[10] budget', '2010'],
      // (the century is the first year's, with no publication date too)
      ['the 2013-[14] budget', '2014', null],
      ['the 1999-[00] season', '2000', null],
    ],
    counterExamples: ['call 1998-9911', 'a 1998-99.5 split', 'it grew 2010-15 percent'],
  },
  {
    name: 'decade',
    type: 'DATE',
    // (the second of a pair written short, "the 1960s and [70s]", and "the 1800s", a century,
    // are read after the rules: see decades.ts)
    pattern: String.raw`(?:{mod}[\s-]+)?(?:{decade}0['’]?s|['’]{decadeShort}0['’]?s)`,
    value: { kind: 'date' },
    examples: [
      ['an activist in the [1960s], followed', '196X'],
      ['began to relax in the [early 1990s]', '199X'],
      ['music of the [’80s]', '198X'],
    ],
    counterExamples: ['a 1990 law', 'temperatures in the 80s'],
  },
  {
    name: 'decade in words',
    type: 'DATE',
    pattern: String.raw`(?<=the\s+)(?:{mod}[\s-]+)?(?:{yearCentury:spokenCentury}[\s-]+)?{decadeWord}`,
    value: { kind: 'date' },
    examples: [
      ['in the [late nineties]', '199X'],
      ['back in the [nineteen-sixties]', '196X'],
      ['the [nineteen twenties]', '192X'],
    ],
    counterExamples: ['she is in her nineties'],
  },
  {
    name: 'century',
    type: 'DATE',
    pattern: String.raw`(?:{mod}[\s-]+)?{century:centuryOrdinal}[\s-]+(?:century|centuries)`,
    value: { kind: 'date' },
    examples: [
      ['the [20th century]', '19'],
      ['built between the 14th and [15th centuries]', '14'],
      ['the [twenty-first century]', '20'],
      ['in the [early 19th century]', '18'],
    ],
    counterExamples: ['a century ago'],
  },
  {
    name: 'the turn of the century',
    type: 'DATE',
    // the years about a century's first, written as that year: of the century named, else the
    // one the tense points to from the publication (see turnOfCentury in resolve/date.ts)
    pattern: String.raw`(?<!\b(?:by|since)\s+)the\s+turn\s+of\s+the\s+(?:{century:centuryOrdinal}[\s-]+)?century(?![\p{L}-])`,
    value: { kind: 'date', unit: 'century', turn: true },
    mod: 'APPROX',
    examples: [
      ['The company was founded at [the turn of the century].', '2000', '2024-03-14'],
      ['The mill was built at [the turn of the century].', '1900', '1998-05-01'],
      ['The mill was built at [the turn of the 20th century].', '1900', '2024-03-14'],
      // (from the story's year when it has one)
      ['In 1899, at [the turn of the century], the mill opened.', '1900', '2024-03-14'],
      [
        'He was born in 1970. His father had come at [the turn of the century].',
        '1900',
        '2024-03-14',
      ],
    ],
    counterExamples: ['a turn-of-the-century mansion', 'the turn of the century-old road'],
  },
  {
    name: 'by the turn of the century',
    type: 'DATE',
    // a turn still ahead of the story's year ("In 2005, experts warned that by the turn of the
    // century seas would rise": 2100, not the turn 2005 is at)
    pattern: String.raw`(?<=\bby\s+)the\s+turn\s+of\s+the\s+(?:{century:centuryOrdinal}[\s-]+)?century(?![\p{L}-])`,
    value: { kind: 'date', unit: 'century', turn: true, direction: 1 },
    mod: 'APPROX',
    examples: [
      ['Officials hope to finish the dam by [the turn of the century].', '2000', '1998-05-01'],
      ['Officials hope to finish the dam by [the turn of the century].', '2000', null],
      [
        'In 2005, experts warned that by [the turn of the century] sea levels would rise.',
        '2100',
        '2024-03-14',
      ],
      [
        'In 1999, planners said the network would be ready by [the turn of the century].',
        '2000',
        '2024-03-14',
      ],
    ],
    counterExamples: ['by a turn-of-the-century mansion', 'the turn of the century'],
  },
  {
    name: 'since the turn of the century',
    type: 'DATE',
    // a turn gone by at the story's year ("In 1995, the town had grown little since the turn of
    // the century": 1900, not the turn 1995 is at)
    pattern: String.raw`(?<=\bsince\s+)the\s+turn\s+of\s+the\s+(?:{century:centuryOrdinal}[\s-]+)?century(?![\p{L}-])`,
    value: { kind: 'date', unit: 'century', turn: true, direction: -1 },
    mod: 'APPROX',
    examples: [
      ['Since [the turn of the century], exports have tripled.', '2000', '2024-03-14'],
      ['In 1995, the town had grown little since [the turn of the century].', '1900', '2024-03-14'],
      [
        'In 2003, officials said exports had doubled since [the turn of the century].',
        '2000',
        '2024-03-14',
      ],
    ],
    counterExamples: ['since a turn-of-the-century boom', 'the turn of the century'],
  },
  {
    name: 'the turn of the millennium',
    type: 'DATE',
    // (the only one news speaks of)
    pattern: String.raw`the\s+turn\s+of\s+the\s+millenn?ium(?![\p{L}-])`,
    value: { kind: 'date', year: 2000 },
    mod: 'APPROX',
    examples: [['Since [the turn of the millennium], exports have tripled.', '2000']],
    counterExamples: ['the millennium bug', 'a turn-of-the-millennium party'],
  },
  {
    name: 'season and year',
    type: 'DATE',
    pattern: String.raw`(?:{mod}[\s-]+)?{season}(?:\s+of)?,?\s+{year}${NOT_A_COUNT_AFTER_COMMA}`,
    value: { kind: 'date' },
    examples: [
      ['in [summer 2022]', '2022-SU'],
      ['the [autumn of 1998]', '1998-FA'],
    ],
    counterExamples: ['the fall of 1,000 people', 'In summer, 2000 tourists came.'],
  },
  {
    // a season over the turn of two years, "the winter of 1812–13": one season, the one that
    // began in the first year (TimeML 1812-WI), not the season of 1812 and a year 1813 apart
    name: 'season of two years',
    type: 'DATE',
    pattern: String.raw`(?:{mod}[\s-]+)?(?!spring\b){season}(?:\s+of)?\s+(?=${NEXT_YEAR_SHORT_OR_FULL}){year}[-–/](?:\d\d)?\d\d(?![\d%]|[.,:]\d)`,
    value: { kind: 'date' },
    examples: [
      ['In the [winter of 1812–13] the army retreated.', '1812-WI'],
      ['during the [winter of 1812-1813]', '1812-WI'],
      ['in the [winter of 1999/2000]', '1999-WI'],
      ['In [winter 1812–13] the army retreated.', '1812-WI'],
    ],
    counterExamples: ['the winter of 1812-15', 'the winter of 1812-14 and'],
  },
  {
    // ... but a spring never spans the turn of a year: the spring of a school or a season told
    // by two years is the second one's ("the spring 2020-21 semester" 2021-SP)
    name: 'spring of two years',
    type: 'DATE',
    pattern: String.raw`(?:{mod}[\s-]+)?(?=spring\b){season}(?:\s+of)?\s+(?=${NEXT_YEAR_SHORT_OR_FULL})(?:\d{4}[-–/]{year}|{spanStart:year}[-–/]{yy:yy2})(?![\d%]|[.,:]\d)`,
    value: { kind: 'date' },
    examples: [
      ['The [spring 2020-21] semester was taught online.', '2021-SP'],
      ['in the [spring of 1999/2000]', '2000-SP'],
    ],
    counterExamples: ['the spring of 1812-15'],
  },
  {
    // the same seasons with their two years written first ("the 2012–13 winter"): a winter the
    // first year's, as "the winter of 2012–13" is; a spring the second's
    name: 'two years and their season',
    type: 'DATE',
    pattern: String.raw`(?=${NEXT_YEAR_SHORT_OR_FULL}){year}[-–/](?:\d\d)?\d\d[\s-]+(?!spring\b){season}(?![\p{L}\p{N}])`,
    value: { kind: 'date' },
    examples: [
      ['The drought of the [2012–13 winter] was the worst on record.', '2012-WI'],
      ['during the [1999/2000 winter]', '1999-WI'],
    ],
    counterExamples: ['the 2012-13 season', 'the 2012-15 winter', 'the 2012-13 winters'],
  },
  {
    name: 'two years and their spring',
    type: 'DATE',
    pattern: String.raw`(?=${NEXT_YEAR_SHORT_OR_FULL})(?:\d{4}[-–/]{year}|{spanStart:year}[-–/]{yy:yy2})[\s-]+(?=spring\b){season}(?![\p{L}\p{N}])`,
    value: { kind: 'date' },
    examples: [['The [2020-21 spring] term was taught online.', '2021-SP']],
    counterExamples: ['the 2020-23 spring'],
  },
  {
    name: 'season with a period modifier',
    type: 'DATE',
    pattern: String.raw`{mod}[\s-]+{season}(?!\s+(?:of|in)\s+(?!\d))${NOT_A_SEASONS_THING}`,
    value: { kind: 'date' },
    examples: [['expected in [late autumn]', '2023-FA']],
    counterExamples: ['an early fall of prices', 'The Mid-Autumn Festival fell on Thursday.'],
  },
  {
    name: 'season alone',
    type: 'DATE',
    // "to fall" is a verb ("expects sales to fall 3%", "Prices are expected to fall.") unless
    // it ends a range ("from spring to fall")
    pattern: String.raw`${BEFORE_MONTH}{season}(?!\s+(?:of|from)\s+(?!\d)|\s+to\s+(?!\d)(?!(?:consider|decide|respond|comply|act|finish|complete|submit|file|pay|reply|prepare|review|agree|make|find|reach)\b)|(?<=\b(?:fall|spring))\s+in\s+(?!\d))${NOT_A_SEASONS_THING}(?<!(?<!\bfrom\s+[\p{L}\d]+\s+)\bto\s+fall)${NOT_A_DECLINE}`,
    value: { kind: 'date' },
    examples: [
      ['electronic summonses will be ready in time for the [autumn] draft.', '2023-FA'],
      ['the harvest failed in the [summer].', '2022-SU'],
      ['the road stays closed until [fall].', '2023-FA'],
      ['the market ran from spring to [fall] last year.', '2022-FA'],
      ['Dry conditions will continue into [autumn].', '2023-FA'],
      ['Classes resume in the [fall].', '2023-FA'],
      ['The council will vote during the [fall].', '2023-FA'],
      ['The law passed after the [fall] election.', '2022-FA'],
      ['The party lost two seats during the [fall].', '2022-FA'],
      // ("autumn in" is the season's; "a fall in" or "a spring in" may be a decline or a step)
      ['Ticket sales will open in the [autumn] in three phases.', '2023-FA'],
      // (a deadline's verb after it: "have until the autumn to consider")
      ['Peers will have until the [autumn] to consider the bill.', '2023-FA'],
    ],
    counterExamples: [
      'Traders said a large sell order may have triggered the fall.',
      'The Dow plunged 1,000 points, and stocks recovered during the fall.',
      'Shares of Northgate Bank recovered after the fall.',
      'Millions travel home for the Spring Festival.',
      'He plays in the summer league.',
      // (a parliament's break named for its season, as "the summer break" is)
      'Parliament rises for the summer recess on 23 July.',
      'the fall of the Soviet Union',
      'prices will fall',
      'Prices are expected to fall.',
      'Traders expect rates to fall, he said.',
      'the Arab Spring',
      'it expects sales to fall 3% to 4%',
      'shares are likely to fall sharply',
      'He walked with a spring in his step.',
      'The cold kept shoppers away from winter coats and boots.',
    ],
  },
  {
    // a season with no word of time before it: the subject of its sentence, before a verb of its
    // coming or going ("[Winter] has brought a sharp drop", "[Summer] arrived early"; not "Summer
    // was last seen", a name), of a clause of time ("as [winter]
    // bites"), or after an adjective ("make up for a slow [autumn]"; not spring and fall, which
    // are also a well and a decline: "a hot spring", "a steep fall")
    name: 'season as a subject, or after an adjective',
    type: 'DATE',
    pattern: String.raw`(?<=(?:^|[.!?:]["”’]?\s+|\n\s*))(?=(?-i:Spring|Summer|Autumn|Winter)){season}(?=\s+(?:(?:has|had|will)\s+(?:brought|bring|arrived|arrive|come|begun|begin|ended|end|set\s+in)|brought|brings|arrived|arrives|came|comes|began|begins|ended|ends|bites|bit|set\s+in|sets\s+in|approaches|approached)\b)|(?<=\b(?:as|when|once)\s+)(?!fall\b){season}(?=\s+(?:bites|bit|approaches|approached|arrives|arrived|sets\s+in|set\s+in|draws|drew|begins|began|ends|ended|starts|started|nears|neared|looms|loomed|hits|hit|takes\s+hold|took\s+hold|comes|came)\b)|(?<=\ban?\s+(?:(?-i:\p{Ll}+)[\s,-]+){1,2})(?<!\b(?:nuclear|political|economic|crypto|tech|funding|demographic|housing|diplomatic|media|AI)\s+)(?!fall\b|spring\b){season}(?=\s*[,.;:!?)]|\s+(?:of|in|for|and|or|but|that|which|ahead|with|as|than|when|is|was|has|had|will)\b)`,
    value: { kind: 'date' },
    examples: [
      // (resolved as "in winter" is: the Northern Hemisphere's)
      ['[Winter] has brought a sharp drop in foot traffic.', '2024-WI', '2025-01-20'],
      ['Flu cases surge as [winter] bites', '2024-WI', '2024-12-16'],
      ['Retailers hope the sales will make up for a slow [autumn].', '2025-FA', '2025-06-27'],
      ['Farmers feared a long, dry [summer].', '2022-SU'],
    ],
    counterExamples: [
      'Analysts warned of a nuclear winter.',
      'Bathers relaxed in a hot spring.',
      'a steep fall in prices',
      'The Summer Palace was closed.',
      'He bought a warm winter coat.',
      // (a season of every year, told in the present, is no one season)
      'Spring is traditionally the busiest season for listings.',
      // (a name: Summer, Autumn and Winter are people too)
      'Summer was last seen leaving her home in Leeds.',
      'Winter has denied the charges.',
      'Investors braced for a long crypto winter as prices slumped.',
    ],
  },
  {
    name: 'quarter',
    type: 'DATE',
    // without a year, a quarter is one of a year unless the sentence speaks of a game: "he
    // scored 10 points in the fourth quarter" is a quarter of a game
    pattern: String.raw`(?:{mod:modOf}\s+(?:the\s+)?)?(?:{year}(?:['’]s)?\s+${QUARTER}|${QUARTER}(?:(?:\s+of|,)?\s+(?:calendar\s+)?{year}|\s+of\s+{yearShift:yearDeixis}\s+year)|(?-i:Q){ordinal:quarterDigit}\s?{yy}(?!\d)|${SHORT_PERIOD_BEFORE}{ordinal:quarterDigit}(?-i:Q)(?:{year}|{yy:yy2}|{yy})(?![\p{L}\p{N}])|(?-i:Q){ordinal:quarterDigit}|(?!last\b(?<!\bthe\s+last))(?:{ordinal})[\s-]+quarter${NOT_IN_GAME})`,
    value: { kind: 'date', unit: 'quarter' },
    examples: [
      ['profits in the [first quarter of 2013]', '2013-Q1'],
      ['[4Q23] net income fell 12%.', '2023-Q4'],
      ['Margins narrowed at [the end of the third quarter].', '2022-Q3'],
      ['Output should recover by [the middle of the fourth quarter].', '2023-Q4'],
      ['Talks should end by [the end of Q3].', '2023-Q3'],
      ["[Q4'23] revenue rose to $3 billion.", '2023-Q4'],
      ['guidance for [3Q2024] was cut', '2024-Q3'],
      ['available in the [first quarter of calendar 2026]', '2026-Q1'],
      ['[fourth-quarter] earnings fell', '2022-Q4'],
      ['sales in [Q3 2022]', '2022-Q3'],
      ['The [1988 fourth quarter] included a gain', '1988-Q4'],
      ['sales in the [fourth quarter of last year] fell', '2022-Q4'],
      ['results for the [first quarter of next year]', '2024-Q1'],
      ['the economy shrank in the [first quarter]', '2023-Q1'],
      ['guidance for [Q3] is weak', '2023-Q3'],
      ['the Dow gained 300 points in the [first quarter] as stocks rallied', '2023-Q1'],
      // (past: a "by" how much is no passive's agent)
      ['margins widened by 50 basis points in the [third quarter]', '2022-Q3'],
      ['The Dow lost 500 points in the [fourth quarter].', '2022-Q4'],
      // (a vote's tally, an age band and "led by" a cause are no game's)
      ['The board voted 5-4 on the dividend in the [third quarter].', '2022-Q3'],
      ['Hiring of workers aged 18-24 slowed in the [first quarter].', '2023-Q1'],
      ['Growth was led by exports in the [fourth quarter].', '2022-Q4'],
      // (no score: a model number, round-the-clock and office hours; a lead of stocks; staff's overtime)
      ['The rally was led by 10 tech stocks in the [third quarter].', '2022-Q3'],
      ['Staff were forced into overtime in the [third quarter] as orders surged.', '2022-Q3'],
      // (business's goals and penalties, and a court's 2-1 ruling, are no game's)
      ['The bank paid a penalty in the [third quarter].', '2022-Q3'],
      ['Apple won a 2-1 appeals ruling, and its sales rose in the [third quarter].', '2022-Q3'],
      ['Sales fell short of the goals set for the [first quarter].', '2023-Q1'],
      // (a number shaped like a year counts no goals: "its 2024 goals" are the year's)
      ['The firm hit its 2024 goals. In the [second quarter], sales fell.', '2023-Q2'],
    ],
    counterExamples: [
      'a quarter of the vote',
      "Murakami's novel 1Q84 sold well.",
      'part 4Q23B',
      'the first quarterback',
      'he scored 10 points in the fourth quarter',
      'The Celtics led 64-63 with 3:12 left in the third quarter',
      'The Chiefs outscored opponents by 52 points in the fourth quarter',
      'Boston pulled away in the fourth quarter and won 109-81',
      'Detroit led 21-3 at the end of the first quarter',
      'The Celtics led by 10 in the third quarter before losing 110-104 on Wednesday.',
      'The Jets won in overtime after a slow fourth quarter.',
    ],
  },
  {
    name: 'a quarter named by its months',
    type: 'DATE',
    // "the October-December quarter" is the fourth: the quarter of its last month; so is
    // Australian and Indian copy's "the December quarter", named by that month alone
    pattern: String.raw`(?<=\bthe\s+)(?:(?:{:monthBeforeDay})\s*[-–/]\s*{month:monthBeforeDay}|(?=(?:march|june|sept|september|december)\b){month:monthBeforeDay})\s+{unit:quarterUnit}(?![\p{L}-])`,
    value: { kind: 'date', unit: 'quarter' },
    examples: [
      ['Sales in the [October-December quarter] rose 7 percent.', '2024-Q4', '2025-02-20'],
      ['Brisbane overtook Melbourne in the [June quarter].', '2026-Q2', '2026-09-05'],
      ['Wage growth slowed in the [December quarter], the bureau said.', '2025-Q4', '2026-02-10'],
    ],
    counterExamples: [
      'the October-December period',
      'France meet Ireland in the March quarter-final.',
    ],
  },
  {
    name: 'the quarter ended a day',
    type: 'DATE',
    // business news names a quarter by its last day: "the quarter ended Sept. 30" is the third
    // quarter, of the year that day falls in; the day is an expression of its own
    pattern: String.raw`(?<=\b(?:the|that|a)\s+){unit:quarterUnit}(?=\s+(?:(?:that|which)\s+(?:ended|ends|will\s+end)|ended|ending|through|to)\s+(?:in\s+)?(?:{month:monthBeforeDay}(?:\s+{day}(?:,?\s+{year}(?!\d))?|(?![\s-]+\d))|{day}\s+{month:monthBeforeDay}(?:,?\s+{year}(?!\d))?))`,
    value: { kind: 'date', unit: 'quarter' },
    examples: [
      ['Revenue for the [quarter] ended Sept. 30 rose 3%.', '1989-Q3', '1989-10-26'],
      ['profit in the [quarter] ending March 31 will fall', '2024-Q1', '2023-11-20'],
      ['Profit fell 4 percent in the [quarter] ending in March.', '2025-Q1', '2025-04-25'],
      ['Profit for the [quarter] ended 31 December rose.', '2018-Q4', '2019-02-20'],
      ['Sales in the [quarter] to June fell.', '2019-Q2', '2019-07-30'],
      ['In the [quarter] ended Sept. 30, 2022, profit fell.', '2022-Q3', '2024-03-14'],
      // (made up) "ends" is the quarter ahead of its month, not the publication's
      ['Sales should rise in the [quarter] that ends in September.', '2026-Q3', '2026-03-20'],
      // (made up) "ended": over by the publication, though its month is near ahead
      ['Profit fell in the [quarter] that ended in September.', '2025-Q3', '2026-08-01'],
      ['Profit fell in the [quarter] which ended Sept. 30.', '2025-Q3', '2026-08-01'],
    ],
    counterExamples: ['the quarter ended with a loss', 'a quarter of the year ended'],
  },
  {
    name: 'the half ended a month',
    type: 'DATE',
    // a half-year is named by its last month as a quarter is ("sales in the half that ended in
    // June"): the first or second half of the year that month falls in. Only before a month, and
    // not after an ordinal: "the second half ended 1-1" is a game's
    pattern: String.raw`(?<=\b(?:the|that|a)\s+)half(?=\s+(?:(?:that|which)\s+(?:ended|ends|will\s+end)|ended|ending|to)\s+(?:in\s+)?(?:{month:monthBeforeDay}(?:\s+{day}(?:,?\s+{year}(?!\d))?|(?![\s-]+\d))|{day}\s+{month:monthBeforeDay}(?:,?\s+{year}(?!\d))?))`,
    value: { kind: 'date', unit: 'half' },
    examples: [
      // (made up)
      ['Sales in the [half] that ended in June fell 5 percent.', '2026-H1', '2026-08-01'],
      ['Profit for the [half] ended Dec. 31 rose.', '2025-H2', '2026-02-20'],
      ['Profit in the [half] to June will rise.', '2026-H1', '2026-03-02'],
    ],
    counterExamples: [
      'the half ended with a goal',
      'the second half ended in June',
      'half to June',
    ],
  },
  {
    name: 'half of a year',
    type: 'DATE',
    pattern: String.raw`{ordinal:halfOrdinal}[\s-]+half(?:\s+of(?:\s+{yearShift:yearDeixis}\s+year|\s+{year})|,?\s+{year})|(?-i:H){ordinal:halfDigit},?\s+{year}|{year}\s+(?-i:H){ordinal:halfDigit}(?![\p{L}\p{N}])|(?-i:H){ordinal:halfDigit}\s?{yy}(?!\d)|${SHORT_PERIOD_BEFORE}{ordinal:halfDigit}(?-i:H)(?:{year}|{yy:yy2}|{yy})(?![\p{L}\p{N}])`,
    value: { kind: 'date', unit: 'half' },
    examples: [
      ['in the [second half of 2013]', '2013-H2'],
      ['[H1 2024] results beat forecasts', '2024-H1'],
      ['[1H24] profit rose', '2024-H1'],
      ["guidance for [H2'23] was cut", '2023-H2'],
      ['guidance for [2023 H2] was cut', '2023-H2'],
      ['in the [first half of the year]', '2023-H1'],
      ['sales reported a rise; the [second half of the year] looks better', '2023-H2'],
      ['growth in the [second half of next year]', '2024-H2'],
      ['Analysts expect a rebound in the [back half of the year].', '2023-H2'],
      ['Growth should pick up in the [latter half of 2024].', '2024-H2'],
      ['Sales were strong in the [front half of 2022].', '2022-H1'],
    ],
    counterExamples: [
      'the first half of the match',
      'the H1N1 virus of 2009',
      'the back half of the bus',
      'the latter half of the decade',
      'the 1H24X part',
      'a $2H24 order',
    ],
  },
  {
    name: 'the second half (of the year)',
    type: 'DATE',
    // business news leaves "of the year" out ("a recovery in the second half"); the year comes
    // from the tense, as for a bare quarter. Not where the sentence speaks of a game: "he
    // scored twice in the second half" is half of a game. A half of something else is no date.
    // ("first-half profit": written as one word before the figures it qualifies)
    // ("H1", as results write it, before the figures or after "in" or "for" at a clause's end:
    // "H1 profit rose", "margins improved in H1"; not "H1N1", "an H1 heading")
    pattern: String.raw`(?:(?<=\bthe\s+){ordinal}[\s-]+half(?![\s-]+(?:of|hour|mile|inning|point|dozen|million|billion|century|decade|time|season|game|match)\b|\s*-\s*\p{L})|(?<![\p{L}-]){ordinal}-half(?=\s+${HALF_FIGURES})|(?<![\p{L}\p{N}-])(?-i:H){ordinal:halfDigit}(?=\s+${HALF_FIGURES}|(?<=\b(?:(?:in|for|during|over)\s+|(?-i:H)[12]\s+(?:and|or)\s+)H\d)(?:\s*[,;:)]|\.(?!\d)|\s+(?:and|or|but|compared|from|versus|while|when|after|as|will|would|should|could|may|might|is|was|were)\b|$)))${NOT_IN_GAME}`,
    value: { kind: 'date', unit: 'half' },
    examples: [
      ['analysts expect a recovery in the [second half]', '2023-H2'],
      ['sales fell 3% in the [first half]', '2023-H1'],
      ['in the [first half], the company lost money', '2023-H1'],
      ['Its [first-half] profit rose 4%.', '2023-H1'],
      ['[H1] profit rose 8%, the bank said.', '2023-H1'],
      ['Margins improved in [H1], the company said.', '2023-H1'],
      ['Sales in [H2] will be weaker.', '2023-H2'],
      ['Sales rose in H1 and [H2].', '2022-H2'],
      ['sales rose 1-2 percent in the [second half]', '2022-H2'],
      ['The retailer extended its lead in the [second half].', '2022-H2'],
      // (strikers and substitutes are also in labour and business news)
      ['Strikers at the plant say output fell in the [second half].', '2022-H2'],
      ['Profit rose in the [second half], helped by sugar substitutes.', '2022-H2'],
      ['The company conceded that sales fell in the [first half].', '2023-H1'],
      ['Output recovered in the [second half] after the summer break.', '2022-H2'],
      ['Ryanair took delivery of 20 Boeing 737-800 jets in the [first half].', '2023-H1'],
      ['The bank expanded its 24-7 support in the [first half].', '2023-H1'],
      ['The firm runs a 9-5 helpline and expanded it in the [first half].', '2023-H1'],
      // (a game two sentences away is another story's)
      ['Profit rose in the [first half]. Sales fell. The team scored twice on Sunday.', '2023-H1'],
      // (a word business copy uses too, a sentence or a semicolon away, tells no game)
      [
        'Costs rose in the [first half]. Savings from the merger will kick in next year.',
        '2023-H1',
      ],
      ['Profit fell in the [first half]. Credit scores of its customers worsened.', '2023-H1'],
      [
        "The bank's profit rose in the [first half]; its shares scored their biggest gain.",
        '2023-H1',
      ],
      ['Sales slowed in the [second half]. The company trailed rivals in China.', '2022-H2'],
    ],
    counterExamples: [
      'the first half of the match',
      'Cases of H1N1 rose in the winter.',
      'The H1 heading of the page changed.',
      'She applied for an H1 visa in 2019.',
      'Traffic in H1 traffic lanes slowed.',
      'in the second half-hour',
      'the second half century',
      'he scored twice in the second half',
      // (a match report's halves, told in clauses and sentences of their own)
      'In the first half, neither side found the net; United scored in the second half.',
      'City dominated the first half. Haaland scored twice after the break.',
      'the Lakers trailed by 12 points in the second half',
      'Dallas went cold in the second half and lost 118-98',
      'Arsenal doubled their advantage early in the second half.',
      'Saka headed the equaliser in the second half.',
      'Liverpool dominated the first half but conceded after the break.',
      'Leeds were 2-0 up in the first half.',
      'The Knicks led by 12 points in the first half.',
      'The game went into overtime after a tied first half.',
      'Boston were 110-104 up after the first half.',
    ],
  },
  {
    name: 'year-end',
    type: 'DATE',
    // (a fiscal one is the end of the fiscal year of the publication: "by [fiscal year-end]";
    // before a noun it may name a kind of thing: "a year-end audit", "the year-end accounts")
    pattern: String.raw`(?:(?<fiscal>fiscal)[\s-]+)?year[\s-]end(?![\s-]+(?:bonus|party|parties|review|report|sales?|rally|results?|audit|accounts|statements?|inventory|holidays?|break|figures|data|financials|filings?|closing|clearance|deals?)s?\b)|year['’]s\s+end`,
    value: { kind: 'deictic', unit: 'year', offset: 0 },
    mod: 'END',
    examples: [
      ['the deal should close by [year-end]', '2023'],
      ["by [year's end], output should double", '2023'],
      ['he plans to retire at [year end]', '2023'],
      ['The deal should close by [fiscal year-end].', 'FY2023'],
    ],
    counterExamples: [
      'the annual year-end bonus',
      'a year-end rally',
      'The fiscal year-end audit found no problems.',
      'in its year-end accounts',
    ],
  },
  {
    name: 'the new year',
    type: 'DATE',
    // the year that begins at the January the tense points to: "in the new year", told in
    // December, is the coming year; "since the new year", told in March, the one under way.
    // Only after a preposition of time, or its first days ("the new year's first session" is a possessive; "a new
    // year of growth" and "the new year holiday" no date of their own)
    pattern: String.raw`(?<=\b(?:in|into|after|until|till|before|since|from|over|by|(?:start|beginning|end)\s+of|(?:first|opening|early)\s+(?:(?:business|working|trading|full)\s+)?(?:days?|weeks?|months?|sessions?)\s+of)\s+the\s+)new\s+year(?![\s-]+(?:holidays?|break|period|celebrations?|festivities|festival|part(?:y|ies)|honours|honors|eve|day|message|address|resolutions?|sales?|fireworks|concerts?|weekend|lull|recess|derby|test)\b|['’]|-[a-z])`,
    value: { kind: 'date', unit: 'year', month: 1 },
    examples: [
      ['The new line will open in the [new year].', '2027', '2026-12-15'],
      ['Talks are expected to resume after the [New Year].', '2027', '2026-12-29'],
      ['Prices have risen by 4% since the [new year].', '2027', '2027-03-10'],
      ['Sales picked up in the [new year], the retailer said.', '2026', '2026-12-15'],
      ['Trading resumes on the first business day of the [new year].', '2026', '2025-12-10'],
    ],
    counterExamples: [
      "the new year's first session",
      'a new year of growth',
      'Shops closed over the new year holiday.',
      'celebrations for the Chinese New Year',
      'The new year begins with a deficit.',
      // (an adjective in one word with it: "the new year-round schools")
      'Voters in the new year-round schools backed the plan.',
    ],
  },
  {
    name: 'midyear',
    type: 'DATE',
    // "by midyear": the middle of the year of publication; "midyear elections" and "a midyear
    // review" name a kind of thing, not a date
    pattern: String.raw`(?<=(?:by|at|until|till|before|after|around|since|from|through|in)\s+)mid[\s-]?year(?![\s-]+\p{L})`,
    value: { kind: 'deictic', unit: 'year', offset: 0 },
    mod: 'MID',
    examples: [
      ['officials expect a decision by [midyear].', '2023'],
      ['the plant should reopen by [mid-year], it said', '2023'],
    ],
    counterExamples: ['the midyear elections', 'a mid-year review', 'in the midyear budget'],
  },
  {
    name: 'midweek',
    type: 'DATE',
    // "Markets rallied midweek": the middle of the publication's week, told as an adverb, before
    // a pause or a word that is no noun; "a midweek fixture" and "midweek trading" name a kind.
    // Before "or" only when another time follows ("runs midweek or on weekends"; "midweek or
    // weekend breaks" are a kind), and before a clause's subject ("and midweek the mayor holds")
    // or "than" when a time follows as after "or" ("cheaper midweek than at weekends"; "more
    // midweek than weekend trains" are a kind); not after a possessive, where it names a programme
    // ("Radio 4's Midweek"), but after "it's" or "that's", which are no possessives ("It's midweek")
    pattern: String.raw`(?<!\b(?:a|an|the|its|their|his|her|our|this|every|each)\s+|(?<!\b(?:it|that|there|here|what|where|who|he|she))['’]s?\s+)mid[\s-]?week(?=\s*(?:[,.;:!?)]|$)|\s+(?:after|before|as|when|amid|despite|following|while|and|but|with|on|in|to|then|the|he|she|they|we|it|there)\b|\s+(?:or|than)\s+(?:(?:on|at|over|during|in|later|earlier|so)\b|weekends?\s*(?:[,.;:!?)]|$)))`,
    value: { kind: 'deictic', unit: 'week', offset: 0 },
    mod: 'MID',
    examples: [
      ['Markets rallied [midweek] after the Fed held rates.', '2023-W20'],
      ['Talks stalled [mid-week], officials said.', '2023-W20'],
      ['Shares slumped [midweek] or so, traders said.', '2023-W20'],
      ['[Midweek] the mayor met the unions.', '2023-W20'],
      ['Trading was heavier [midweek] than on Friday.', '2023-W20'],
      ["It's [midweek] and the office is empty.", '2023-W20'],
      ['That’s [midweek], so turnout may be low.', '2023-W20'],
    ],
    counterExamples: [
      'a midweek fixture',
      'in midweek trading',
      'every midweek, he runs',
      'Midweek or weekend breaks cost more.',
      'Its midweek the club closes.',
      // (after a possessive, a name: a programme's)
      "He told Radio 4's Midweek programme the story.",
      "She spoke to BBC Radio 4's Midweek on Wednesday.",
      // (before "than" and a noun, a kind)
      'The line runs more midweek than weekend trains.',
      'There are fewer midweek than Saturday flights.',
    ],
  },
  {
    // one of the year's Mondays, not a day: "a Monday in 2018" is no day of the timeline, nor is
    // "a quiet Sunday afternoon in 1967" (the article is inside here, and so is the word of how
    // the day went)
    name: 'a weekday in a year',
    type: 'DATE',
    pattern: String.raw`an?\s+(?:(?:${PERIOD_QUALITY})\s+)?{weekday}(?:\s+{part})?\s+in\s+{year}`,
    value: { kind: 'date' },
    examples: [
      ['The attack happened on [a Monday in 2018].', '2018-WXX-1'],
      ['It was [a Friday night in 1998]', '1998-WXX-5TNI'],
      ['It was [a quiet Sunday afternoon in 1967] when the dam broke.', '1967-WXX-7TAF'],
      ['On [a quiet Sunday afternoon in 1967], the dam broke.', '1967-WXX-7TAF', '2024-05-08'],
    ],
    counterExamples: ['on Monday in Paris', 'It was a quiet Sunday in Paris.'],
  },
  {
    // "on a Sunday evening", "a Sunday newspaper": any Sunday, none in particular
    name: 'a weekday, any one',
    type: 'DATE',
    // (before a noun the article is the noun's: "a Wednesday media event" is that Wednesday's)
    pattern: String.raw`an?\s+{weekday}(?:\s+{part})?(?=\s*[,.;:!?)]|\s+(?:in|on|at|when|of|and|or|with|after|before|to)\b)`,
    value: { kind: 'set' },
    examples: [
      ['The bank called her on [a Sunday evening].', 'XXXX-WXX-7TEV'],
      ['It happened on [a Monday], police said.', 'XXXX-WXX-1'],
    ],
    counterExamples: ['on Sunday evening', 'the Sunday newspaper', 'In a Wednesday media event'],
  },
  {
    name: 'weekday that names a kind of thing',
    type: 'DATE',
    pattern: String.raw`{weekday}(?=\s+(?:${WEEKDAY_KINDS})\b)`,
    value: { kind: 'set' },
    examples: [
      ['[Sunday] trading laws will be relaxed.', 'XXXX-WXX-7'],
      ['The library will extend its [Sunday] hours.', 'XXXX-WXX-7'],
      ['The weekly [Thursday] market has moved.', 'XXXX-WXX-4'],
    ],
    counterExamples: ['The market opened on Sunday morning', 'Sunday officials said'],
  },
  {
    // British and Irish copy names a public holiday by its weekday ("on bank holiday Monday"); its
    // calendar differs by nation, and it is said in the days around it: read as the weekday the
    // tense points to, with the words that name it
    name: 'bank holiday weekday',
    type: 'DATE',
    pattern: String.raw`bank[\s-]+holiday\s+{weekday}`,
    value: { kind: 'date' },
    examples: [
      ['The festival ends on [bank holiday Monday].', '2026-08-31', '2026-08-27'],
      ['Crowds flocked to the beaches on [bank holiday Monday].', '2026-05-25', '2026-05-27'],
    ],
    counterExamples: ['the bank holiday weekend', 'a bank holiday on Monday'],
  },
  {
    name: 'weekday',
    type: 'DATE',
    // "Black Monday", "Cyber Monday", "Bloody Sunday": names of one day in history, no weekday
    // (looked for behind the weekday once it matched: a lookbehind before it would run at every
    // position)
    // ("a Saturday-morning choir" is any Saturday's)
    pattern: String.raw`{weekday}(?<!\b(?:${NAMED_DAYS})\s+\p{L}+)(?!-(?:morning|afternoon|evening|night)\b)`,
    value: { kind: 'date' },
    examples: [
      ['it only became public knowledge on [Wednesday].', '2023-05-17'],
      ['arrived in Iraq on [Monday] for the repatriation', '2023-05-15'],
      ['the minister will travel to Minsk on [Monday]', '2023-05-22'],
      ['A new flight was scheduled to take off on [Tuesday].', '2018-WXX-2', '2018'],
      ['The talks resume [Friday]', 'XXXX-WXX-5', null],
    ],
    counterExamples: [
      'She started a Saturday-morning choir.',
      'Fridays for Future',
      'on monday',
      'the market crashed on Black Monday',
      'The Sunday Times published the letter',
    ],
  },
  {
    name: 'the day before a named day',
    type: 'DATE',
    pattern: String.raw`the\s+{unit:dayUnit}\s+{direction:beforeAfter}\s+(?:(?:{shift:deicticShift}\s+)?{weekday}|{month:monthBeforeDay}\s+{day}(?:,?\s+{year})?|{holiday})`,
    value: { kind: 'date' },
    examples: [
      ["[The day before last Tuesday]'s court hearing, he went", '2000-02-21', '2000-02-24'],
      ['on [the day after Oct. 23, 1998]', '1998-10-24'],
      // (a timetable told in the present looks ahead)
      ['shops reopen [the day after Christmas]', '2023-12-26'],
    ],
    counterExamples: ['the day before yesterday', 'the day after the vote'],
  },
  {
    // "Thursday last week", "Wednesday next week", "Monday of this week": that day of that week
    name: 'a weekday of last, this or next week',
    type: 'DATE',
    pattern: String.raw`{weekday}\s+(?:of\s+)?{shift:deicticShift}\s+week(?![\p{L}-])`,
    value: { kind: 'date', unit: 'week' },
    examples: [
      ['Its shares fell on [Thursday last week].', '2023-05-11'],
      ['Leaders will meet on [Wednesday next week].', '2023-05-24'],
      ['They met on [Monday of last week].', '2023-05-08'],
    ],
    counterExamples: ['on Thursday, last weekend'],
  },
  {
    // as British news writes it: "a week on Saturday", "Saturday week", the Saturday after next;
    // and as American news does: "a week from Friday", one week after the coming Friday, and so
    // "two weeks from Monday", "three days from Friday", "a month from Monday" (the same day of
    // the month a month after the coming Monday)
    name: 'a week on a weekday',
    type: 'DATE',
    // ("a third game in a week on Tuesday" is within a week, "closed for a week from Friday",
    // "last a week from Friday", "runs three days from Friday" and "take about a week from
    // Friday" a week long, as is "a week from Monday to Friday", and so is what one is given or
    // has ("extended by two weeks from Monday", "get two days from Friday off") and a count
    // bounded or ordered ("up to", "at least", "the next two weeks from Monday"); "two weeks from
    // Monday's vote" counts from the vote; a date is set for one: "The hearing is set for a week
    // from Friday"; a rate is none: "Fees rise by $5 a month from Monday")
    pattern: String.raw`(?<!\b(?:in|within|of|per|once|twice|times|last|lasts|lasted|lasting|run|runs|ran|running|take|takes|took|taking|about|around|roughly|nearly|almost|over|only|just|than|by|get|gets|got|getting|give|gives|gave|given|have|has|had|next|first|another|extra|further|additional|least|most|up\s+to)\s+)(?<!(?:\d|%|\bpercent|\bcents?|\bdollars?|\bpounds?|\beuros?)\s+)(?<!(?<!\b(?:set|scheduled|slated|planned|due|postponed|delayed|moved|rescheduled|back)\s+)\bfor\s+)(?:a\s+week\s+on|{number:countFromDay}\s+{unit:unitsFromDay}\s+from)\s+{weekday}(?!['’]s\b|\s*(?:to|through|thru|until|till|and|-|–)(?![\p{L}]))|{weekday}\s+week(?![\p{L}-])`,
    value: { kind: 'date', unit: 'day', direction: 1, count: 7, shift: 1 },
    examples: [
      ['The clubs meet again [a week on Saturday].', '2023-05-27'],
      ['United travel to Anfield on [Sunday week].', '2023-05-28'],
      ['The deadline is [a week from Friday].', '2023-05-26'],
      ['The hearing is set for [a week from Friday].', '2023-05-26'],
      ['The vote is [two weeks from Monday].', '2023-06-05'],
      ['The vote is [two weeks from Friday].', '2023-06-02'],
      // (weeks counted from the coming Friday, not from the Friday of next week)
      ['The next hearing is set for [two weeks from Friday].', '2023-06-02'],
      ['The talks resume [three days from Friday].', '2023-05-22'],
      // (and months: the same day of the month so many months after the coming weekday)
      ['The ban starts [a month from Monday].', '2023-06-22'],
      ['Talks end [two months from Friday].', '2023-07-19'],
      // (or the month's last day, when it has no such day)
      ['The ban ends [a month from Friday].', '2025-02-28', '2025-01-29'],
      // (told as gone by, from the weekday gone by; not a date set or moved to)
      ['The strike ended [three days from Friday].', '2023-05-15'],
      ['The hearing was set for [a week from Friday].', '2023-05-26'],
      ['The vote was moved to [two weeks from Monday].', '2023-06-05'],
      // (a name in -ed is no past verb)
      ['The court will sentence Mohammed [a week from Friday].', '2023-05-26'],
      ['A judge will sentence Reed [two weeks from Friday].', '2023-06-02'],
    ],
    counterExamples: [
      'a week on Saturdays',
      'The road will be closed for a week from Friday',
      'The strike will last a week from Friday.',
      'It will take about a week from Friday to count the ballots.',
      'The strike lasted two weeks from Monday.',
      'The strike will last a month from Friday.',
      'The program was extended by two months from Monday.',
      'The festival runs three days from Friday.',
      'The fair is open a week from Monday to Friday.',
      'They worked three days from Monday through Wednesday.',
      'The program was extended by two weeks from Monday.',
      // (a rate, so much a week or a month)
      'Fees rise by $5 a month from Monday.',
      'Rents go up 3 percent a week from Friday.',
      'Fares rise 10% a month from Monday.',
      'Workers get two days from Friday off.',
      'Flights are cancelled for the next two weeks from Monday.',
      'Parliament is in recess for up to two weeks from Monday.',
      'Prices will be frozen for at least two weeks from Monday.',
      "Two weeks from Monday's vote, the results are still unclear.",
      'He studies an hour a day from Monday.',
      'Sunday weekly markets',
      'their third game in a week on Tuesday',
    ],
  },
  {
    // and back: "last Tuesday week" and "a week last Tuesday", as British news writes them, are
    // the Tuesday a week before last Tuesday (not "Tuesday week", a week after the coming one)
    name: 'a week before last weekday',
    type: 'DATE',
    // (not a length: "lasted a week last Tuesday" is no date of its own)
    pattern: String.raw`(?<!\b(?:for|in|within|last|lasts|lasted|lasting|take|takes|took|about|over|only|just)\s+)a\s+week\s+(?=last\s){shift:deicticShift}\s+{weekday}(?!['’]s\b)|(?=last\s){shift:deicticShift}\s+{weekday}\s+week(?![\p{L}-])`,
    value: { kind: 'date', unit: 'day', direction: -1, count: 7 },
    examples: [
      ['The hearing was held [last Tuesday week].', '2023-05-09'],
      ['The clubs met [a week last Friday].', '2023-05-05'],
    ],
    counterExamples: [
      'The strike lasted a week last Tuesday.',
      'He left last Tuesday, a week after the vote.',
    ],
  },
  {
    name: 'a fortnight on a weekday',
    type: 'DATE',
    pattern: String.raw`(?<!\b(?:in|within|for|of|per|once|twice|times)\s+)a\s+fortnight\s+on\s+{weekday}|{weekday}\s+fortnight(?![\p{L}-])`,
    value: { kind: 'date', unit: 'day', direction: 1, count: 14, shift: 1 },
    examples: [['The return leg is [a fortnight on Tuesday].', '2023-06-06']],
    counterExamples: ['a fortnight on the road'],
  },
  {
    name: 'first Saturday of a month',
    type: 'DATE',
    pattern: String.raw`{ordinal}\s+{weekday}\s+(?:of|in)\s+{month:monthBeforeDay}(?:,?\s+{year})?`,
    value: { kind: 'date' },
    examples: [
      ['City beat Harlow 1-0 on the [first Saturday of December].', '2022-12-03'],
      ['The fair opens on the [second Sunday of June 2024].', '2024-06-09'],
      ['the vote on the [last Friday in April]', '2023-04-28'],
    ],
    counterExamples: ['the first Saturday after the vote'],
  },
  {
    name: 'first week of a month',
    type: 'DATE',
    pattern: String.raw`{ordinal}\s+week\s+of\s+{month:monthBeforeDay}(?:,?\s+{year})?`,
    value: { kind: 'date', unit: 'week' },
    examples: [
      ['the plant closed for the [first week of June 2018]', '2018-W22'],
      ['in the [last week of April]', '2023-W17'],
    ],
    counterExamples: ['the first week of the trial'],
  },
  {
    name: 'first weekend of a month',
    type: 'DATE',
    // (not a name the month opens: "the first weekend of March Madness")
    pattern: String.raw`{ordinal}\s+weekend\s+(?:of|in)\s+{month:monthBeforeDay}(?:,?\s+{year}|(?![ \t]+(?-i:\p{Lu})))`,
    value: { kind: 'date', unit: 'weekend' },
    examples: [
      ['The festival returns on the [first weekend of June].', '2023-W22-WE'],
      ['the fair on the [last weekend of April 2024]', '2024-W17-WE'],
    ],
    counterExamples: [
      'the first weekend of the festival',
      'Upsets marked the first weekend of March Madness.',
    ],
  },
  {
    name: 'numeric day/month/year',
    type: 'DATE',
    // a first number over twelve is a day: "25/03/2025" is written day first
    pattern: String.raw`(?<![\d/.]){day:dayOverTwelve}/{month:monthNumber}/{year}(?![\d/])`,
    value: { kind: 'date' },
    examples: [['The contract was signed on [25/03/2025].', '2025-03-25']],
    counterExamples: ['a 13/2/2025x', 'scored 25/03/20250'],
  },
  {
    name: 'European numeric date',
    type: 'DATE',
    pattern: String.raw`(?<![\d.]){day:dayNumber}\.{month:monthNumber}\.{year}(?![\d.]\d)`,
    value: { kind: 'date' },
    examples: [['signed on [17.05.2023] in Minsk', '2023-05-17']],
    counterExamples: ['version 1.2.3', 'rose 17.05 points', 'scored 17.05.20231'],
  },
  {
    name: 'week of a day',
    type: 'DATE',
    pattern: String.raw`the\s+week\s+of\s+(?:{month:monthBeforeDay}\s+{day}|{day}\s+{month:monthBeforeDay})(?:,?\s+{year})?`,
    value: { kind: 'date', unit: 'week' },
    examples: [
      ['a court hearing [the week of March 6]', '2000-W10', '2000-02-24'],
      ['nominations open [the week of 2 September]', '2024-W36', '2024-08-20'],
    ],
    counterExamples: ['the week of action'],
  },
  {
    // ISO weeks end on a Sunday; a week said to end on a Saturday, as American weekly figures
    // do, is the ISO week of that Saturday, six of its seven days
    name: 'week ending a day',
    type: 'DATE',
    pattern: String.raw`the\s+week\s+(?:ending|ended|to)\s+(?:on\s+)?(?:{month:monthBeforeDay}\s+{day}|{day}\s+{month:monthBeforeDay})(?:,?\s+{year})?`,
    value: { kind: 'date', unit: 'week' },
    examples: [
      ['61 cases in [the week ending Feb. 5]', '2023-W05', '2023-02-10'],
      ['claims rose in [the week ended Jan. 28, 2023]', '2023-W04'],
      ['In [the week ending 9 February], 87 cases were reported', '2025-W06', '2025-02-14'],
    ],
    counterExamples: ['the week ending with a vote'],
  },
  {
    name: 'the weekend',
    type: 'DATE',
    // ("the weekend of Aug. 17-18" is dated by its days)
    pattern: String.raw`the\s+weekend(?!\s+of\s+(?:{month}|the\s+\d|\d{1,2}(?:st|nd|rd|th)?\b))`,
    value: { kind: 'date', unit: 'weekend' },
    examples: [
      ['the evidence arrived over [the weekend] at the lab', '2023-W19-WE'],
      ['talks will resume over [the weekend]', '2023-W20-WE'],
    ],
    counterExamples: [
      'weekend traffic',
      'the weekends',
      'on the weekend of Aug. 17-18',
      'over the weekend of 8-9 February',
    ],
  },
  {
    name: 'holiday',
    type: 'DATE',
    // "a Christmas tree", "Christmas cards": things of the holiday, no date
    // ("Christmas night" is a time of the day)
    pattern: String.raw`{holiday}(?:(?:,|\s+of)?\s+{year}${NOT_A_COUNT_AFTER_COMMA}|\s+{part})?(?!\s+(?:${HOLIDAY_THINGS})\b)`,
    value: { kind: 'date' },
    examples: [
      ['the parade on [Thanksgiving Day]', '1999-11-25', '1999-11-26'],
      ['The cyclone struck on [Christmas night].', '2004-12-25TNI', '2004-12-27'],
      ['They opened gifts on [Easter morning].', '2023-04-09TMO', '2023-04-12'],
      ['[Christmas 2022] was quiet', '2022-12-25'],
      ["The attack came on [New Year's Eve of 2016].", '2016-12-31'],
      ['since [Easter]', '2023-04-09'],
      ["[New Year's Eve] celebrations were banned.", '2022-12-31'],
      ["The mayor will speak on [New Year's].", '2020-01-01', '2019-12-28'],
      ['from now to [Election Day].', '1998-11-03', '1998-10-26'],
      ['Pilgrims gathered on [Palm Sunday]', '2023-04-02'],
      ['the [Ash Wednesday] service', '2023-02-22'],
      ['Crowds gathered on [Anzac Day].', '2023-04-25'],
      // (another country's holiday named by its country)
      ['Families gathered for [Canadian Thanksgiving] on Monday.', '2024-10-14', '2024-10-20'],
      ["Flags flew on [India's Independence Day].", '2024-08-15', '2024-08-20'],
      ['Crowds marked [Mexican Independence Day].', '2024-09-16', '2024-09-20'],
      // (or by the place its sentence sets it in: places.ts)
      ['Shoppers in Canada crowded malls on [Thanksgiving].', '2024-10-14', '2024-10-20'],
      ['Crowds across Mexico marked [Independence Day].', '2024-09-16', '2024-09-20'],
      // (not when the sentence names the holiday's own country too)
      [
        'Many Americans who live in Canada flew home for [Thanksgiving].',
        '2024-11-28',
        '2024-12-01',
      ],
      ['U.S. troops in Pakistan marked [Independence Day].', '2024-07-04', '2024-07-20'],
      ['The march was held on [Remembrance Sunday].', '2022-11-13'],
      ['Traffic will be heavy on [Whit Monday].', '2023-05-29'],
      ['Pubs were full on [Hogmanay].', '2022-12-31'],
      ['Roads will be busy over the [August bank holiday].', '2026-08-31', '2026-08-20'],
      ['Crowds flocked to the coast on the [early May bank holiday].', '2026-05-04', '2026-05-06'],
      ['Stores will open at 6 a.m. on [Black Friday].', '2025-11-28', '2025-11-25'],
      ['Online sales will peak on [Cyber Monday].', '2025-12-01', '2025-11-25'],
      ["The office will be closed on [Mother's Day].", '2013-05-12', '2013-03-08'],
      ["and on [Father's Day]", '2013-06-16', '2013-03-08'],
      ['Banks closed Monday for [Columbus Day].', '2012-10-08', '2012-10-10'],
      ['Offices close on [Martin Luther King Jr. Day].', '2013-01-21', '2013-01-10'],
      ['Parades ran on [Mardi Gras].', '2013-02-12', '2013-02-20'],
      // (kept every four years: the last one before a past told, the next one ahead)
      ['On [Inauguration Day], he signed 17 orders.', '2021-01-20', '2024-03-14'],
      ['He will be sworn in on [Inauguration Day].', '2025-01-20', '2024-03-14'],
      ['Crowds gathered on [Inauguration Day].', '2025-01-20', '2025-01-21'],
      ['Workers marched on [May Day].', '2023-05-01'],
      ['The [May Day] parade was cancelled.', '2023-05-01'],
      // (the US primaries' first Tuesday of March, in a presidential election's year)
      ['Candidates campaigned before [Super Tuesday].', '2024-03-05', '2024-02-10'],
      ['Biden swept [Super Tuesday].', '2020-03-03', '2020-03-10'],
      // (March 4 before the 20th Amendment moved it, in 1937)
      ['Roosevelt spoke on [Inauguration Day] in 1933.', '1933-03-04'],
      ['Hoover will speak on [Inauguration Day].', '1929-03-04', '1929-02-10'],
    ],
    counterExamples: [
      'a christmas tree',
      'A Christmas tree stood in the square',
      'Halloween costumes',
      "New Year's resolutions",
      'the inauguration day parade',
      "the new year's first session",
      "Families gathered for Lunar New Year's celebrations in Beijing.",
      // (a pilot's distress call, more often written 'mayday')
      'The pilot radioed a May Day call before the crash.',
    ],
  },
  {
    // the week a holiday falls in, or the one before or after it
    name: 'the week of a holiday',
    type: 'DATE',
    pattern: String.raw`the\s+week\s+(?:of|{direction:beforeAfter})\s+{holiday}(?:\s+{yearShift:deicticShift}\s+year)?`,
    value: { kind: 'date', unit: 'week' },
    examples: [
      ['Shoppers packed the malls in [the week of Christmas last year].', '2018-W52', '2019-12-10'],
      ['Stores will stay open late [the week before Christmas].', '2019-W51', '2019-12-10'],
      ['Traffic eased [the week after Thanksgiving].', '2022-W48', '2022-12-20'],
      [
        'Shoppers crowded malls in [the week before Christmas], retailers said.',
        '2023-W51',
        '2023-12-23',
      ],
    ],
    counterExamples: ['the week of protests'],
  },
  {
    name: 'holiday week',
    type: 'DATE',
    pattern: String.raw`{holiday}\s+week`,
    value: { kind: 'date', unit: 'week' },
    examples: [['as [Easter week] began', '2000-W16', '2000-04-17']],
    counterExamples: ['Easter weekend'],
  },
  {
    name: 'holiday weekend',
    type: 'DATE',
    // the weekend the holiday makes long: before a Monday or a Tuesday, after a later day
    // ("the summer bank holiday-weekend": a hyphen joins them as a space does)
    pattern: String.raw`{holiday}(?:\s+|-)weekend`,
    value: { kind: 'date', unit: 'weekend' },
    examples: [
      ['traffic over the [Labor Day weekend]', '2019-W35-WE', '2019-09-04'],
      ['sales over [Thanksgiving weekend] rose', '2011-W47-WE', '2011-11-30'],
      // (a bank holiday named by its season is a Monday: the weekend before it)
      ['Roads were busy over the [August bank holiday weekend].', '2026-W35-WE', '2026-09-02'],
      ['Crowds came over the [late May bank holiday weekend].', '2026-W21-WE', '2026-06-02'],
      ['arrests over the [summer bank holiday-weekend]', '2026-W35-WE', '2026-09-02'],
      ['traffic over the [Labor Day-weekend]', '2019-W35-WE', '2019-09-04'],
    ],
    counterExamples: ['Easter week'],
  },
] as const satisfies readonly Rule[];
