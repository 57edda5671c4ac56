/**
 * What a title can do without. Titles are extractive: the clause that reports the event, minus
 * its date (the timeline shows the date), minus the words that only link it to the text around
 * it. Lists are space-separated, lower case; phrases use underscores.
 */
import { UPDATE_LABEL_WORD } from '../update-label.ts';
import { US_STATE_ABBREVIATION } from './places.ts';

/**
 * Prepositions that govern a date and go with it ("in 1995", "on Wednesday", "from May 5"), and
 * words the tagger leaves outside a date that mean nothing without it ("last Oct. 23", "late
 * Thursday", "early Friday", "this time last year", "in the early hours of Monday": the hours
 * are the date's, and "The fire broke out in the early hours of" is no title).
 */
export const DATE_PREPOSITIONS =
  'in on at from since between during by until till up_to up_until through throughout before after as_of as_early_as as_late_as as_soon_as as_recently_as no_later_than not_later_than no_earlier_than not_earlier_than at_least compared_with compared_to starting beginning ending over within around circa about earlier later for right just last early late on_the_night_of the_night_of on_the_morning_of the_morning_of on_the_evening_of the_evening_of on_the_afternoon_of the_afternoon_of in_the_early_hours_of during_the_early_hours_of into_the_early_hours_of until_the_early_hours_of in_the_small_hours_of during_the_small_hours_of into_the_small_hours_of until_the_small_hours_of in_the_wee_hours_of during_the_wee_hours_of into_the_wee_hours_of until_the_wee_hours_of this_time';

/**
 * A stretch ahead of the report whose length is not told ("in the [coming weeks]", tagged as TimeML
 * does, a DURATION PXW): it says when, as a date does, and a title leaves it out with its
 * preposition ("The council will decide in the coming weeks" is "The council will decide"), while
 * a told length stays ("took six months off"). Regex source, tested on the timex's text.
 */
export const STRETCH_AHEAD = String.raw`^(?:coming|upcoming)\s`;

/**
 * A stretch ahead with "of" after it names a thing, which a title keeps ("The city prepared for
 * the [coming days] of snow", else "prepared of snow"), but not after a preposition of time ("In
 * the [coming weeks] of the campaign, Smith will tour ten states"). Regex sources: the text right
 * after the stretch, and right before it.
 */
export const STRETCH_OF_THING = {
  after: String.raw`^\s+of\b`,
  whenBefore: String.raw`\b(?:in|over|during|within|throughout)\s+(?:the\s+)?$`,
} as const;

/**
 * Conjunctions of time whose clause, put first, is the event its date tells of ("When police
 * arrived on March 3, Smith fled": "Police arrived"): only such a clause makes a title of two
 * words before its comma. Not a list of clauses ("In 2019, jobs vanished, wages fell and prices
 * rose" was titled "Jobs vanished"), nor a clause of the setting ("While Smith slept on Monday,
 * thieves stole his car" was "Smith slept"). Lower case; phrases use underscores.
 */
export const DATED_CLAUSE_OPENERS = 'when after before once as_soon_as';

/**
 * Verbs of knowing, fearing and expecting: a clause after one and its comma may be what it takes
 * ("Analysts expected on Monday, prices would rise"), so a subject and one of them is no title
 * of two words ("Analysts expected", made "Analysts is expected"). Forms as written.
 */
export const CLAUSE_TAKING_VERBS =
  'expected expects feared fears hoped hopes knew knows felt feels learned learnt found heard saw ' +
  'decided worried understood realized realised assumed suspected doubted guessed showed proved ' +
  'meant figured reckoned';

/**
 * A preposition that is not one of a date's own (DATE_PREPOSITIONS) but governed the date a title
 * cuts out, when a clause opens right after the date ("paid retroactive to [Jan. 1] once the
 * budget passes"): left before the clause it would dangle ("retroactive to once the budget
 * passes"), so it goes with the date. `before` is tried on the text before the date, `after` on
 * the text after it. DATA ONLY; matched case-insensitively.
 */
export const PREPOSITION_BEFORE_CLAUSE = {
  before: String.raw`\b(?:to|of|as\s+of)\s+$`,
  // (not "when" or "until", which "to" may govern: "dates to [1920] when the club was founded"
  // was titled "The tradition dates when the club was founded"; "dates to when ..." stays)
  after: String.raw`^\s*(?:once|if|unless|because|provided|as\s+soon\s+as)\s`,
  examples: [
    'Workers will be paid retroactive to [Jan. 1] once the budget passes.',
    'The cut takes effect as of [April 1] if the board agrees.',
    'Workers will be paid back to [Jan. 1] if the budget passes.',
  ],
  counterExamples: [
    // the date is a noun's modifier, and a noun comes after it
    'The rate rose to [2019] levels when the plant closed.',
    // no clause after the date: a title ends in the preposition only to be trimmed at its end
    'Workers will be paid retroactive to [Jan. 1].',
    // the date after its own preposition goes with it (DATE_PREPOSITIONS)
    'The plant will close from [Monday] until the strike ends.',
    'The talks moved to [Friday], when both sides could attend.',
    // "to when": the preposition governs the clause once the date is gone
    'The tradition dates to [1920] when the club was founded.',
    'The hearing was put off to [May] until the judge recovers.',
  ],
} as const;

/**
 * "to" or "of" right before a conjunction that opens a condition, which no preposition governs
 * ("paid retroactive to once the budget passes", as written or once a date between them is cut
 * out): the preposition dangles, and a title leaves it out. Not before "when" or "until", which
 * a preposition may govern ("back to when he was a boy"). Regex source, case-insensitive.
 */
export const PREPOSITION_BEFORE_CONDITION = {
  pattern: String.raw`\b(?:to|of)\s+(?=(?:if|unless|as\s+soon\s+as|once\s+(?:the|a|an|its|their|his|her|this|that|it|they|he|she|we))\s)`,
  examples: [
    'Workers will be paid retroactive to once the budget passes',
    'raises retroactive to if the bill passes',
    'pay rises back to once the budget is passed',
  ],
  counterExamples: [
    'He went back to when he was a boy',
    'They will decide whether to go if it rains',
    // "once" an adverb of a split infinitive
    'a plan to once again raise taxes',
    'the right to once more stand for office',
  ],
} as const;

/**
 * Date prepositions that are also a verb's particle, or a verb: they go with a date right after
 * them ("over the weekend", "on Monday") but not before another preposition ("took over in 2019",
 * "went on in May", "was sworn in on Monday", "is expected to last until Friday" keep "over",
 * "on", "in" and "last"; "broke through in 2017" keeps "through").
 */
export const PARTICLE_PREPOSITIONS = 'over on in last through';

/**
 * Prepositions a relative without its pronoun leaves at its end, before the date's own
 * preposition: they stay when a date right after them goes ("The firm she worked for in 2010"
 * titles "She worked for the firm", not "She worked the firm"; "the school he taught at in 2010";
 * made-up). `before`: the date prepositions that may follow them so.
 */
export const STRANDED_PREPOSITIONS = { words: 'for at', before: 'in on during' } as const;

/**
 * Between two days of a title's list ("for Thursday and Friday", "on Feb. 3 or Feb. 4"): the list
 * is kept or left out whole. Unlike LISTED_DAYS_JOIN (comparisons.ts), which makes one event of
 * consecutive days, "or" and days apart count: a title leaves no half of a list. Regex source.
 */
export const TITLE_DAY_LIST_JOIN = String.raw`^\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:on\s+)?$`;

/**
 * Between a date and a second one set after it in apposition, which restates it ("for Q4 FY24[,
 * the ]quarter ended March 31, the company said"): a title that leaves the dates out takes the
 * second with its comma and article (was "rose in net profit, the the company said"). Regex
 * source, tried on the text between the two dates.
 */
export const RESTATED_DATE_BETWEEN = String.raw`^,\s+(?:the|its|their)\s+$`;

/**
 * Participles like their base that, right before "for" and a date, set a plan's day inside the
 * subject ("The match set for [May] was played on Sunday": the title is "The match was played",
 * was "The match set was played"). Alone before a date they are nouns as often ("The price cut
 * in March boosted sales"), so only before "for". Space-separated.
 */
export const PLAN_PARTICIPLES_BEFORE_FOR = 'set';

/**
 * Verbs of a figure's change: after a noun and a participle with a date, the participle names the
 * figure ("Cars sold in April rose 12 percent": the title keeps "Cars sold", was "Cars rose"),
 * unlike one that only tells of the noun ("A strike vote held in late August passed").
 * Space-separated.
 */
export const FIGURE_CHANGE_VERBS =
  'rose rise rises fell fall falls jumped jump jumps climbed climb climbs dropped drop drops declined decline declines increased increase increases decreased decrease decreases grew grow grows slipped slip slips surged surge surges plunged plunge plunges soared soar soars edged edge edges doubled double doubles tripled triple triples totalled totaled total totals reached reach reaches';

/**
 * What may open a clause before its subject: nothing, an article or a possessive, and a word that
 * qualifies the subject ("Its fiscal year ends in June", "The school year ends in June", "The
 * firm's financial year ended in March", "Apple's fiscal first quarter ended Dec. 30"). A period
 * a date ends, or a date, right after it and before its verb is the clause's subject: the title
 * keeps it. Regex source (case-sensitive), tried on the clause's text before the period or the
 * date.
 */
export const SUBJECT_OPENING = String.raw`^[\s"“‘']*(?:(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+)?(?:[\p{L}\p{N}.&-]+\s+){0,2}?[\p{L}\p{N}.&-]+['’]s?\s+|(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?)?$`;

/** Words that grade an adverb of time and go with it ("most recently", "only lately"). */
export const TIME_ADVERB_GRADES = 'most more very only quite fairly';

/** Words that may come before a date's preposition and go with it ("late on Wednesday"). */
export const DATE_PREPOSITION_ADVERBS = 'late early shortly just soon right sometime only';

/**
 * ... and words that do so only where the clause opens ("Back in 2010, the company had 12
 * employees"): after a verb they are its particle ("He came back in 2010").
 */
export const OPENING_DATE_ADVERBS = 'back way_back';

/**
 * Plural nouns without an "s": a passive told of them takes "were" ("The children born in 2010"
 * -> "The children were born in 2010", not "was"). Words.
 */
export const UNMARKED_PLURALS = 'people children men women police';

/**
 * Words that open a comment on the news with a bare participle, closed by a comma: "As
 * expected, Smith fled", "As previously reported, the plant closed". The whole comment goes
 * from a title, not its first word alone (was "Expected, Smith fled"). Words.
 */
export const COMMENT_OPENERS = 'as';

/** Linking words a title does not open with ("But the checks ...", "Also, ..."). */
export const LEADING_LINKS =
  'and but or so yet then also however meanwhile meantime moreover furthermore still thus instead indeed nevertheless nonetheless besides that which who whom whose while whereas although though because as since when once after before until';

/**
 * A leading phrase that places the event from another one, closed by a comma: "Five years after
 * its launch, iTunes passed Wal-Mart", "Hours before the vote, ...". The title leaves it out.
 */
export const LEADING_RELATIVE_TIME = String.raw`^(?:[\p{L}\d-]+\s+){0,2}(?:centur(?:y|ies)|decades?|years?|months?|weeks?|days?|hours?|minutes?)\s+(?:after|before|later|earlier|since|into)\b`;

/**
 * Words that open a count, not an adverbial phrase: "At least three people were killed in the
 * clashes, the hospital said" keeps its subject (it was cut to "The hospital said").
 */
export const LEADING_COUNT = String.raw`^(?:at\s+(?:least|most)|up\s+to|as\s+(?:many|few|much)\s+as|more\s+than|fewer\s+than|less\s+than)\s`;

/** Words that open an adverbial phrase which a comma closes ("During the keynote, Jobs ..."). */
export const ADVERBIAL_OPENERS =
  'in on at of within during after before since until upon with without despite amid among between across following under over beyond toward towards against for from by through throughout as while when once although though because if unless rather instead besides according moving structure-wise competition-wise formerly earlier later previously meanwhile however also additionally in_addition contrary unlike amid regardless separately similarly likewise elsewhere';

/**
 * Words that open a clause of their own, not nouns: a date right before one qualifies no noun
 * ("Officials will decide in the [coming days] whether to reopen the bridge" dates the deciding,
 * and its title loses the date, as "The council will decide in the coming weeks" does; was kept
 * whole, "days whether" read as a modifier and its noun). TITLE_BREAKS holds the others.
 */
export const CLAUSE_OPENERS_AFTER_DATE = 'whether if unless when where why how once';

/** Where a long title may stop: before these words the rest is detail. */
export const TITLE_BREAKS =
  'in at on for with to after before amid as because which who whom whose while whereas although though since during despite following including according near into through until by over under against among between from than that of and';

/**
 * States an absolute phrase gives its noun without a verb ("with arguments likely in the fall",
 * "and a decision expected by June"): a title tells them with "is" or "are".
 */
export const ABSOLUTE_PREDICATES = 'likely unlikely expected due scheduled slated planned';

/** Words that join two phrases of one kind. */
export const TITLE_COORDINATORS: readonly string[] = [
  'and',
  'or',
  'nor',
  'but',
  'plus',
  'as well as',
];

/** Words a title must not end with (a cut left them dangling), besides the breaks above. */
export const DANGLING_WORDS =
  'the a an its his her their this these those our my your or but nor so also soon then later just shortly only even most however though is are was were be been being has have had would should could shall';

/**
 * Modals a cut may leave at a title's end ("The next eclipse will be in 2044" cut to "The next
 * eclipse will"); after a determiner or a possessive the word is a noun ("against their will").
 */
export const DANGLING_MODALS = 'will can may might must';

/** Particles that finish a verb ("took over"): after a verb, a title may end with one. */
export const VERB_PARTICLES = 'over up off out down back away in through';

/** Words that open a second adjective after a comma: no cut there ("an updated, more accurate method"). */
export const GRADING_WORDS = 'more less most least very much far';

/** Fixed phrases a title is not cut inside (their first two or three words), comma-separated. */
export const FIXED_PAIRS =
  'black and white, rock and roll, research and development, law and order, trial and error, war and peace, life and death, mergers and acquisitions, stocks and bonds, arms and ammunition, up to, more than, less than, rather than, such as, due to, along with, as well as, about to, connection with';

/**
 * Adjectives whose complement opens with a preposition: a title cut right before it is
 * unfinished ("The embassy is largely free | from the congestion", "is very satisfied | with the
 * cooperation"). Each preposition with the adjectives it completes. Words.
 */
export const ADJECTIVES_WITH_COMPLEMENT = {
  from: 'free immune exempt safe absent distinct',
  to: 'subject prone similar akin equivalent loyal',
  with: 'satisfied familiar compatible consistent fed',
  for: 'responsible eligible liable',
  about: 'worried concerned',
} as const;

/**
 * The first and second words of paired coordinators: "between Elian | and his grandmothers",
 * "both the mayor | and the governor" want their second half; a title is not cut before it.
 * Comma-separated pairs.
 */
export const PAIRED_COORDINATORS = 'between and, both and, either or, neither nor';

/** Words that finish the noun before them: a cut before them leaves it unfinished ("the presidents | of Russia"). */
export const NOUN_COMPLEMENTS = 'of';

/**
 * What follows the comma of a place name ("a Buffalo, N.Y., doctor", "Birmingham, Ala."): a
 * title is not cut there. A US state's abbreviation (US_STATE_ABBREVIATIONS) with its period.
 */
export const PLACE_AFTER_COMMA = String.raw`^(?:${US_STATE_ABBREVIATION})\.,?$`;

/**
 * Abbreviations a title may end with, period and all ("Apple Inc."), besides the states of
 * PLACE_AFTER_COMMA ("Boulder, Colo.").
 */
export const ABBREVIATIONS_AT_END = 'Inc Corp Co Ltd Jr Sr Bros';

/** Words that start a clause with a pronoun the title should name instead. */
export const SUBJECT_PRONOUNS = 'he she they it';

/**
 * Possessives a clause may open with, and the pronoun of the person they stand for: "His car was
 * found abandoned" is the car of the man last named ("Kopp’s car ..."), as a leading "he" is that
 * man. Pairs "possessive:pronoun".
 */
export const PERSON_POSSESSIVES = 'his:he her:she';

/**
 * Words after a leading "His" or "Her" that keep it: a style of address ("His Majesty", "Her
 * Royal Highness", "Her Majesty's Government"), which is no one's thing to name an owner for, and "and",
 * "or" ("His and her lawyers", "His or her identity"), which make the pair no one person's.
 */
export const KEEP_LEADING_POSSESSIVE =
  'Majesty Highness Royal Holiness Excellency Eminence Honor Honour Grace Lordship Ladyship Worship and or';

/**
 * Words after a holiday that name its time, not a thing of it: "met over Thanksgiving weekend",
 * "on Christmas morning" leave the title with the date; "Thanksgiving dinner" stays.
 */
export const HOLIDAY_TIME_NOUNS =
  'weekend week holiday holidays break day eve morning afternoon evening night period season';

/**
 * Words that open a phrase or a clause after a holiday, no thing it names, beside the
 * prepositions: "Stores will open Thanksgiving despite protests", "Police patrolled Christmas
 * while shoppers...". Words.
 */
export const OPENERS_AFTER_HOLIDAY =
  'despite amid amidst following ahead because while when whereas if unless though although where once and but or nor yet so then';

/** Subject pronouns that open a clause of its own after an object ("... a high probability | it came from"). */
export const CLAUSE_PRONOUNS = 'it he she they we';

/** Titles are at most this many words. */
export const TITLE_MAX_WORDS = 14;

/** How many words past TITLE_MAX_WORDS a title may run to end on a finished statement. */
export const TITLE_OVERRUN_WORDS = 4;

/**
 * A dateline that opens the lead ("MOSCOW —", "WASHINGTON (Reuters) -", a press release's
 * "MINNEAPOLIS, July 26, 2018 /PRNewswire/ —"): the place of the report,
 * not part of what happened. Examples must match, counter-examples must not.
 */
export const LEADING_DATELINE = {
  // wire copy may type the dash as an underscore ("INDEPENDENCE, Mo. _ The alliance ...")
  // the date a dateline may give ("LONDON, March 14, 2024 —") is left out of titles first:
  // what is left of it, a comma, goes with the dateline
  // (an agency's tag alone, "(AP) — ", or with a state, "Fla. (AP) — ", is what is left when
  // the place was cut off before it)
  // (a comma after the dash is what a date right after it left: "LONDON - [On Monday], ...")
  // (a place may be hyphenated or two: "PORT-AU-PRINCE, Haiti (AP) -", "DALLAS/GENEVA (Reuters) -")
  // (a single spaced hyphen after a state ends a dateline, "Calif. - Lumora said", but not one
  // before another short word with a point and a noun: "Sept. - Dec. bookings", "Va. - Md. border";
  // nor after a month's abbreviation, no state's: "Jan. - March sales rose")
  pattern: String.raw`^(?:\p{Lu}[\p{L}.]{0,19}\s+)?\(\p{Lu}[^)]{0,39}\)\s*(?:[—–-]{1,2}|_),?\s+|^(?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\p{Lu}\p{Ll}{1,4}\.\s*(?:[—–]|--|-(?=\s)(?!\s+\p{Lu}\p{Ll}{0,4}\.\s+\p{Ll})|_),?\s+|^\p{Lu}[\p{Lu}\p{M} .'’/-]*,?\s*\((?:PTI|IANS|ANI|UNI|AAP|AP|AFP|Reuters|Xinhua|dpa|EFE)\)\s+(?=\p{Lu})|^\p{Lu}[\p{Lu}\p{M} .'’/-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:,?\s+and\s+\p{Lu}[\p{Lu}\p{M} .'’/-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?)?(?:,\s*\p{Lu}[\p{L}]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:,?\s*\([^)]{1,40}\))?,?\s*(?:[—–-]{1,2}|_),?\s+|^\p{Lu}[\p{Lu}\p{M} .'’-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:,\s*\p{Lu}[\p{L}]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?,?\s*\/[\p{L} -]{2,30}\/\s*(?:(?:[—–-]{1,2}|_),?\s*)?`,
  examples: [
    'MOSCOW — Lavrov traveled to Belarus',
    'LONDON, March 14, 2024 — The airline cancelled flights',
    'WASHINGTON, Jan. 5 (Reuters) - The talks ended',
    'LONDON, — The airline cancelled flights',
    'BERLIN, (Reuters) - German lawmakers approved a fund',
    'WASHINGTON (Reuters) - The talks ended',
    'ST. PETERSBURG, Russia — Putin said',
    'INDEPENDENCE, Mo. _ The North Atlantic Treaty Organization embraced',
    '(AP) — The opening of the bridge was pushed back',
    'Fla. (AP) - The storm',
    'ABERFRAN, Wales -, a wall of slurry flooded the mine',
    'Calif. — The Cedar Gulch fire forced new evacuations',
    'Calif. - Lumora said its glasses would not ship until 2027',
    'Calif. - Gov. Ruth Amari signed the bill',
    'NEW DELHI, (PTI) The southwest monsoon reached Kerala',
    'PORT-AU-PRINCE, Haiti (AP) - Thousands of Haitians gathered',
    'WINSTON-SALEM, N.C. (AP) - A jury convicted the doctor',
    'DALLAS/GENEVA (Reuters) - The patient died',
    // (a press release's wire, the date left out first: "MINNEAPOLIS, July 26, 2018 /PRNewswire/ —")
    'MINNEAPOLIS, /PRNewswire/ — Norvik Industries reported net income',
    'AUSTIN, Texas, /Business Wire/ -- The company announced',
    // (and with it, as the event layer reads the sentence: where the dateline ends, names begin)
    'BOSTON, May 6, 2025 /PRNewswire/ -- Orvane Biotech, Inc. today announced',
    // (two places, the date left out first: "OSLO, Norway and CAMBRIDGE, Mass., June 5, 2012 —")
    'OSLO, Norway and CAMBRIDGE, Mass., — Halvorsen Pharma agreed to buy',
    'GENEVA and NEW YORK (Reuters) - The agencies appealed',
  ],
  counterExamples: [
    'Moscow — the capital — said',
    'Jan. - March sales rose 4%',
    'NATO troops - many of them - arrived',
    'Mr. Smith - the mayor - resigned',
    'MOSCOW and/or Minsk said',
    'NATO and Russia - both of them - agreed',
    'Co.-founder Ann Lee said',
    'Sept. - Dec. bookings fell 8 percent',
    'Va. - Md. border crossings reopened',
    'Mon. - Fri. service on the line will resume',
  ],
} as const;

/**
 * A listed company's stock ticker in brackets ("Norvik Industries, Inc. (NYSE: NVK) reported",
 * "Halvorsen Pharma ASA (OSE: HALV; Nasdaq: HALV)"): a press release's reference, no part of what
 * happened, which titles leave out. Examples must match, counter-examples must not.
 */
export const STOCK_TICKER = {
  pattern: String.raw`\s*\((?:(?:[A-Z]{2,8}(?:\s[A-Z]{2,8})?|Nasdaq|Euronext(?:\s\p{Lu}\p{Ll}+)?)\s?:\s?[A-Z0-9][A-Z0-9.-]{0,9}(?:[;,]\s*|\s+and\s+)?)+\)`,
  examples: [
    'Norvik Industries, Inc. (NYSE: NVK) reported',
    'Halvorsen Pharma ASA (OSE: HALV) said',
    'Tessera Mining (TSX: TSM; NYSE: TSM) said',
    'Lumen Labs (Nasdaq: LUMN) announced',
    'Baird Group plc (LSE: BGP.L) said',
  ],
  counterExamples: [
    'the party (SPD) said',
    'the index (see chart: page 4) fell',
    'Lindqvist Bank (LB) said',
    'at 10 a.m. (GMT: 9 a.m.)',
  ],
} as const;

/**
 * A label that opens a live page's or a Q&A's entry ("UPDATE, Oct. 16, 4:10 p.m.: The river
 * crested", "A: The library closed"): how the page is laid out, not what happened. Read after a
 * title's dates are left out, so "UPDATE, " alone is left of the first. Examples must match,
 * counter-examples must not.
 */
export const LEADING_LABEL = {
  // (a wire story's slugs, in capitals before a dash: "UPDATE 2 - Shares fell", "RPT-UPDATE
  // 1-Oil rises")
  pattern: String.raw`^(?:(?:${UPDATE_LABEL_WORD}|EDITOR['’]S NOTE|Editor['’]s note)\b[^\p{Ll}:,]{0,30}[:,]|(?:CORRECTIONS?|Corrections?|CLARIFICATION|Clarification)\b[^\p{Ll}:,]{0,30}:|[QA]:)\s+(?=\p{Lu}|["“])|^(?:(?:UPDATE|RPT|REFILE|CORRECTED|WRAPUP|EXCLUSIVE)(?:\s+\d{1,2})?\s*[-–—]\s*)+(?=\p{Lu}|["“])`,
  examples: [
    'UPDATE, The river crested at 21 feet',
    'Update: Police reopened the road',
    'UPDATED 2: The company said',
    'A: The Lindell Library closed its doors',
    'Clarification: The council said that the vote would go ahead',
    'CORRECTION: The department will hire 200 guards',
    'UPDATE 2 - Shares of the carmaker fell 8%',
    'RPT-UPDATE 1-Oil rises on supply worries',
  ],
  counterExamples: [
    'Updated figures show growth',
    'Update the software, the agency said',
    'A new law took effect',
    'The update came on Monday',
    'UPDATE - the river crested',
    'Corrections officers walked off the job',
    'EXCLUSIVE deals - Acme said',
  ],
} as const;

/**
 * What stands before the date of an update's stamp ("UPDATE, Oct. 16, 4:10 p.m.: The operator
 * said", "Correction, Oct. 17: A previous version"): the date tells when the entry was written,
 * which may be after the page's first publication. Tried on the text before the date, ending at
 * it; examples must match, counter-examples must not.
 */
export const UPDATE_STAMP_LABEL = {
  pattern: String.raw`^(?:${UPDATE_LABEL_WORD}|CORRECTION|Correction|CLARIFICATION|Clarification)(?:\s+(?:on|at))?[,:]?\s+$`,
  examples: ['UPDATE, ', 'Updated ', 'Correction, ', 'UPDATED at '],
  counterExamples: ['The update came on ', 'Updated figures released on '],
} as const;

/**
 * Words that open a list of examples set between commas ("Six central banks, including the Fed,
 * the ECB and the Bank of England, cut rates"): titles leave the list out. Phrases, ';'-separated.
 */
export const EXAMPLE_OPENERS = 'including; such as; among them; notably; excluding';

/**
 * Right before a date, what makes it part of a name: a capitalised word and "of" ("survived the
 * Wall Street Crash of [1929]"). Titles keep such a date. Regular expression source, tried on the
 * text right before the date (ending at it).
 */
export const NAME_OF_DATE_BEFORE = String.raw`(?<![.!?]\s*|^)\b\p{Lu}\p{Ll}+\s+of\s+$`;

/**
 * Verbs whose object may be a date named as a thing, not an adverb ("celebrated [Thanksgiving]
 * with her family", "marked [the Fourth of July]"): a title keeps such a date written as a name,
 * or it would read "celebrated with her family". A weekday or a date in lower case after them
 * stays an adverb ("Fans celebrated Sunday", "marked today"). Space-separated.
 */
export const DATE_OBJECT_VERBS =
  'celebrate celebrates celebrated celebrating mark marks marked marking observe observes observed observing commemorate commemorates commemorated commemorating';

/**
 * Verbs whose object is a stretch of time, whatever date names it ("spent [Christmas] in Paris",
 * "spent [Tuesday] in meetings", "spent [last week] in Rome"): a title keeps the date, or it
 * would read "spent in Paris". Space-separated.
 */
export const TIME_SPENDING_VERBS = 'spend spends spent spending';

/**
 * After a date of a week, month or year, a second one that leaves that unit to it ("late this
 * week [or early next]", "this year or next"): the tagger finds no date there, and a title that
 * leaves the first out leaves the second too (was "The Senate will vote or early next"). Regular
 * expression source, tried right after the date.
 */
export const ELIDED_DATE_AFTER = String.raw`^\s*,?\s+(?:or|and|to|through|into)\s+(?:(?:early|late|mid)\s+)?(?:next|last|the\s+next|the\s+following)(?=\s*(?:[,.;:]|$))`;

/**
 * A cleft sentence that puts a date in focus and tells the event after it: "It was a Tuesday
 * morning in September 2001 [when] the first plane hit the north tower", "It was not until 2015
 * [that] the law passed", "It was 1989, [and] the wall came down". The title is the clause after
 * the focus ("The first plane hit the north tower"; was "It was a Tuesday morning"), when the
 * focus ends with one of the clause's dates (src/extract/events/title/cleft.ts checks that). The
 * focus opens with an article, a preposition or adverb of time, a number ("It was two years ago
 * that ..."), or a month's, a weekday's or a feast's name ("It was Monday when ..."), not with a
 * word that judges ("It was clear in 2010 that ..."), and holds no comparison ("It was the first
 * time since 2004 that ...") nor a comma ("It was the biggest drop since 2008, when the crisis
 * hit" tells of 2008 in a relative clause); a comma may close it before "when". Examples must
 * match, counter-examples must not.
 */
export const CLEFT_FOCUS = {
  pattern: String.raw`^It\s+(?:was|is|will\s+be|had\s+been)\s+(?<focus>(?![^;:,]{0,80}?\b(?:since|than)\s)(?:(?:a|an|the|in|on|at|during|not|until|only|just|late|early|mid|back|around|about|shortly|past|nearly|almost|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|several|some|many)\b|(?:last|this|next)\s+(?=(?:year|month|week|weekend|time|night|morning|afternoon|evening|spring|summer|autumn|fall|winter|season|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter)\b)|\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|New\s+Year['’]s)(?=[\s.,])\.?)[^;:,]{0,80}?)(?:,\s+and|,?\s+when|\s+that)\s+(?=\S)`,
  examples: [
    'It was a Tuesday morning in September 2001 when the first plane hit the north tower.',
    'It was not until 2015 that the law passed.',
    'It was in 1998 that the company moved to Austin.',
    'It was 1989, and the wall came down.',
    'It is in 2026 that the new line will open.',
    'It was Monday when the fire started.',
    'It was June 1967 when the dam broke.',
    'It was Sunday afternoon when the storm hit.',
    'It was past midnight on Friday when the ferry sank.',
    'It was two years ago that the fire started.',
    'It was a quiet Sunday afternoon in 1967, when the fire started.',
    'It was last June when the fire started.',
  ],
  counterExamples: [
    'It was clear in 2010 that the plan had failed.',
    // ("last", "this" and "next" open a focus before a word of time only: "last seen" is the
    // clause's own act)
    'It was last seen on Saturday, when it passed Dover.',
    'It is next due to report in June, when it will set out its plans.',
    'It was raining when the match began.',
    'The company said it was in talks that could end in May.',
    'It was the first time since 2004 that the team won the title.',
    'It was the biggest drop since 2008, when the financial crisis hit.',
    'It was Mondays that the staff dreaded.',
    'It was cold in 1967, when the fire started.',
  ],
} as const;

/**
 * A cleft whose focus is who acted: "It was Smith who scored the winner on Saturday" tells that
 * Smith scored it. The focus is a name (in capitals) or a noun after its determiner, so "It was
 * unclear who won" is none, nor a noun that asks a question or names a time ("It was a mystery
 * who sent the letter", "the day who knows what happened"). The clause is not cut at its "who",
 * and its title is the focus and what follows "who". Regex source.
 */
export const CLEFT_WHO = {
  pattern: String.raw`^It\s+(?:was|is|had\s+been|will\s+be)\s+(?<focus>(?:\p{Lu}[\p{L}.'’-]*|(?:the|his|her|their|its|a|an)\s+(?!(?:mystery|question|puzzle|secret|riddle|guess|matter|issue|day|time|moment|year|week|night)\b)\p{Ll}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+who\s+(?!knows\b)(?=\p{Ll})`,
  examples: [
    'It was Smith who scored the winner on Saturday.',
    'It was June who found the keys.',
    'It was the police who found the car on Tuesday.',
    'It was John Paul Jones who won.',
    'It is her husband who decides.',
  ],
  counterExamples: [
    'It was unclear who won the vote.',
    'It was not Smith who scored.',
    'It was a day when Smith scored.',
    'He was Smith who scored.',
    'It was the first time who knew.',
    'It was a mystery who sent the letter.',
    'It was the question who would pay that split the talks.',
    'It was the day who knows what happened.',
  ],
} as const;

/**
 * Nouns of events a date before them dates ("the 1991 settlement", "the Oct. 23 sniper shooting
 * of Dr. Slepian", "the 1956 uprising"): after a verb or a preposition, such a noun, not the
 * clause around it, is what happened at that date, and titles it ("The settlement reached between
 * the two parties", not "The iTunes Music Store was a breach of the 1991 settlement"). Not things
 * a year names ("the 2011 version", "Kopp's 1987 Chevrolet"). Words.
 */
export const DATED_EVENT_NOUNS =
  'settlement agreement accord treaty deal pact merger takeover acquisition bombing bombings shooting shootings killing killings slaying slayings murder murders assassination attack attacks blast blasts explosion explosions raid raids invasion uprising revolution revolt coup war election elections referendum vote crash earthquake flood fire riot riots protest protests strike strikes summit talks trial verdict ruling arrest indictment embargo ceasefire truce massacre hijacking kidnapping disaster accident scandal crisis death deaths stabbing stabbings';

/**
 * Words of an amount that open a noun phrase with "of": a relative's object put back after its
 * verb leaves them out, they measure what is left now, not what the relative's act did ("Little
 * of the vitriol that the issue aroused in the 1990s remains": "The issue aroused the vitriol").
 * Words.
 */
export const AMOUNT_OF_WORDS = 'little much some most many few all none part';

/**
 * Nouns of what is found, said or done about a crime or a case, which an "in" after them ties to
 * it, not a setting the noun's act took place in: "gathered enough evidence in the October
 * slaying" tells nothing done in October; the slaying is October's ("The slaying of Dr. Slepian").
 * Not nouns of taking part ("won a seat in the 2019 election", "a key role in the 2012 campaign").
 * Words.
 */
export const NOUNS_OF_A_CASE =
  'evidence suspect suspects charge charges arrest arrests investigation investigations inquiry probe break breakthrough lead leads witness witnesses conviction convictions testimony indictment indictments';

/**
 * Nouns of a gathering, which a possessive date after "of" dates ("its condemnation of the
 * handling of Wednesday's meeting between Elian and his grandmothers": the meeting is
 * Wednesday's), beside DATED_EVENT_NOUNS; not after "at" or "in", where the clause's act took
 * place in it ("decided at its March 3 meeting to sell"). Words.
 */
export const GATHERING_NOUNS = 'meeting meetings debate debates hearing hearings';

/**
 * Verbs of taking part in an event, in the past: a dated event's noun they take as their object
 * is no title of its own, the clause's act took place in the event and tells more ("Smith won
 * the 2020 election", "The party boycotted the 2019 vote"; not "who survived the 1998 bombing
 * gathered", a relative's, nor "was a breach of the 1991 settlement"). Words.
 */
export const TAKING_PART_VERBS =
  'won lost contested boycotted hosted staged fought entered swept dominated rigged';

/**
 * Nouns of an act on a thing, which an "of" names: a name in apposition after "a recall of
 * another drug, Lorsatan," names the thing, never the act, so the title keeps the act ("A recall
 * of Lorsatan was ordered", not "Lorsatan was ordered"). Not nouns of people ("the mother of the
 * victim, Jane Doe,": the name is the mother's). Words.
 */
export const ACT_ON_THING_NOUNS =
  'recall sale launch purchase acquisition seizure release approval ban closure sinking takeover merger';

/**
 * Verbs whose object, when it is a dated event's noun, is followed by a complement of the verb,
 * not of the noun: "The company blamed [the 2022 strike] for the loss" ("The strike", not "The
 * strike for the loss"), "Police linked [the 1998 bombing] to the group". Each preposition with
 * the forms of the verbs it completes. Words.
 */
export const VERBS_WITH_OBJECT_THEN_COMPLEMENT = {
  for: 'blame blamed blames blaming thank thanked thanks thanking praise praised praises praising criticize criticized criticizes criticizing criticise criticised criticises criticising fault faulted faults faulting credit credited credits crediting punish punished punishes punishing condemn condemned condemns condemning',
  to: 'attribute attributed attributes attributing link linked links linking tie tied ties tying compare compared compares comparing connect connected connects connecting',
  with: 'credit credited credits crediting compare compared compares comparing connect connected connects connecting link linked links linking',
  into: 'turn turned turns turning transform transformed transforms transforming convert converted converts converting',
} as const;

/**
 * A sentence that points back to say why, how or when what it tells came about: "That is why
 * the plant closed in 2015" tells of the plant's closing, which titles its date ("The plant
 * closed"; not "Is why the plant closed", the "That" gone as a linking word). What it matches
 * goes from the title's start.
 */
export const POINTING_FOCUS = {
  pattern: String.raw`^(?:That|This)(?:\s+(?:is|was)|['’]s)\s+(?:why|how(?!\s+(?:much|many|far|long|often|big|bad|badly|well|close|hard|high|low|fast|quickly|little|few)\b)|when|where)\s+(?=\p{L})`,
  examples: [
    'That is why the plant closed in 2015.',
    'This was how the firm grew.',
    'That’s when the fire started.',
  ],
  counterExamples: [
    'That plant closed in 2015.',
    'That is the reason the plant closed.',
    'It is why the plant closed.',
    // ("how much" is what the clause tells of, a quantity: "Much the firm lost" would be no title)
    "That's how much the firm lost in 2022.",
    'That is how many jobs went in 2020.',
  ],
} as const;
