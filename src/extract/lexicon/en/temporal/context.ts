/**
 * The words around a temporal expression that decide how it is anchored. DATA ONLY: regular-
 * expression sources, compiled case-insensitively by the engine.
 */
import { COMING_ABOUT } from '../coming-about.ts';
import { CAUSE_AFTER_DUE_TO } from '../due-to.ts';
import { HAVE_OBJECT } from '../have-object.ts';
import { CONTRACT_WORDS } from '../markets.ts';
import { RECORD_WORD } from '../records.ts';
import { UPDATE_LABEL_WORD } from '../update-label.ts';
import { AUXILIARIES, GIVEN_NAMES_IN_ED, IRREGULAR_VERBS } from '../events/verbs.ts';
import { US_STATE_ABBREVIATION, US_STATES_WRITTEN_WHOLE } from '../events/places.ts';
import {
  ERA_WORDS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  PERIOD_QUALITY,
  PROVINCE_BC,
} from './fragments.ts';

/**
 * Irregular past forms that are also common nouns or adjectives ("a bit", "bound for", "the
 * ground", "the Fed", "Lent"), or reporting verbs, whose clause's time is what was said: no past
 * cue.
 */
const NOT_PAST_CUES = 'bit bound ground fed lent said told';
/**
 * Irregular past participles that are as often a preposition, an adjective or an idiom ("given
 * the storm", "get it done by Friday", "well known", "gone are the days", "drunk drivers", "a
 * proven record", "mistaken identity"): no past cue.
 */
const NOT_PARTICIPLE_CUES =
  'given done seen known gone been gotten drunk borne proven mistaken forbidden swollen smitten';

/** The irregular verbs of the table as [base, past, participle]. */
const IRREGULAR_TRIPLES = IRREGULAR_VERBS.split(',').map((triple) => {
  const [base = '', past = '', participle = ''] = triple.trim().split(/\s+/u);
  return [base, past, participle] as const;
});

/**
 * The irregular past forms the past cue knows, from the verb table ("In January the pocket
 * [shrank]"): not those like their base ("set", "hit", "cut"), nor regular ones the -ed cue takes
 * ("proved"), nor the auxiliaries the cue names itself ("was", "had", "did").
 */
const IRREGULAR_PAST_FORM = [
  ...new Set(
    IRREGULAR_TRIPLES.flatMap(([base, past]) => {
      // (as the -ed cue reads them: "heard", like "hear" and a "d", is no past it takes)
      const regular = (past === `${base}d` || past === `${base}ed`) && /^[a-z]{2,}ed$/u.test(past);
      const excluded = ` ${NOT_PAST_CUES} ${AUXILIARIES.past} `.includes(` ${past} `);
      return past === base || regular || excluded ? [] : [past];
    }),
  ),
].join('|');

/**
 * The irregular verbs whose past is their base ("quit", "cut", "set", "hit"), which no cue reads
 * as a past by itself (IRREGULAR_PAST_FORM leaves them out): only where their clause can be told
 * in the past alone, as after a distance that opens it ("two days later, the chairman quit").
 */
const BASE_PAST_FORM = [
  ...new Set(IRREGULAR_TRIPLES.flatMap(([base, past]) => (past === base ? [past] : []))),
].join('|');

/**
 * The past participles unlike their past ("decisions taken in February", "the film, shown in
 * March"; after "be" or "been" they are a passive that says nothing: "will be taken"), which
 * before "by" are a passive too, as a form in -ed is ("The rules, drawn up by the ministry, apply
 * from March"), unless they open an aside ("The law, written by aides in May, ...").
 */
const IRREGULAR_PARTICIPLE = [
  ...new Set(
    IRREGULAR_TRIPLES.flatMap(([base, past, participle]) =>
      participle !== past &&
      participle !== base &&
      participle !== `${base}ed` &&
      !` ${NOT_PARTICIPLE_CUES} `.includes(` ${participle} `)
        ? [participle]
        : [],
    ),
  ),
].join('|');

/** Both, for the lookahead that says which word may start a past cue. */
const IRREGULAR_PAST = `${IRREGULAR_PAST_FORM}|${IRREGULAR_PARTICIPLE}`;

/**
 * Words no agent after "by" takes, where the clause's own verb begins ("A plan backed by the EU
 * will start in May").
 */
const AGENT_END = String.raw`(?:will|would|shall|can|could|may|might|must|should|is|are|was|were|has|have|had|to|starts?|begins?|opens?|ends?|takes?)\b`;

/** A particle and "by" after a participle: a passive ("drawn up by", "taken by"). */
const PASSIVE_BY = String.raw`\s+(?:(?:up|out|off|down)\s+)?by\b`;

const NAMES_IN_ED = String.raw`(?-i:${GIVEN_NAMES_IN_ED.split(' ').join('|')})`;

/**
 * Adverbs in -ly that qualify a participle ("the closely watched case", ", newly promoted
 * Eastwick travel"): after a determiner and one of them, or after a comma and one of them before
 * a name, an -ed word qualifies a noun, no past verb. A list, since many words in -ly are nouns or
 * adjectives ("The friendly finished", "The elderly suffered", "however, eventually ended").
 */
const ADVERB_LY = String.raw`(?-i:closely|newly|widely|highly|recently|previously|heavily|hotly|eagerly|badly|poorly|fully|partly|largely|mostly|publicly|privately|jointly|locally|nationally|internationally|specially|specifically|carefully|deeply|bitterly|fiercely|strongly|tightly|densely|richly|hugely|vastly|seriously|severely|fatally|critically|mortally|slightly|lightly|narrowly|freshly|originally|initially|formerly|openly|keenly|hastily|hurriedly|officially|democratically|independently|federally|legally|illegally|wrongly|falsely|allegedly|reportedly|supposedly)`;

/**
 * What a noun is to begin ("a ceasefire to begin on Friday", "a new tax to take effect in April"):
 * rules, truces and terms, not what is used or taken for ("used the money to open a plant in
 * March", "took the crews hours to open the road on Monday").
 */
const STARTING_NOUN = String.raw`ceasefire|truce|tax|taxes|levy|tariffs?|rules?|laws?|bans?|curfew|strike|season|term|programme|program|scheme|deal|agreement|policy|moratorium|freeze|lockdown|measures?|changes|sanctions|pause|halt|cuts?|increase|hike|regime|system|service|exhibition|festival|talks|trial|inquiry`;

/**
 * What a noun is to be held as ("announced another special event to be held on October 12", "a
 * race to be run on Saturday", "a summit to take place in June"): an occasion still to come. Not
 * after an ordinal or a superlative, which tells of one that was ("the first Olympics to be held
 * in Asia in 1964", "the largest rally to take place in May").
 */
const NOT_STAGED_NOUN = String.raw`(?:first|last|only|second|third|fourth|fifth|[a-z]+iest|biggest|largest|oldest|youngest|latest|greatest|longest|highest|best|most)\s`;

/**
 * What "held" says when it keeps someone, not stages an occasion: "The suspect was ordered to be
 * held without bail at a hearing on [Monday]", "ordered the two men to be held in custody", "the
 * minister to be held responsible" (no occasion to come).
 */
const HELD_AS_KEPT = String.raw`(?:without|in\s+(?:custody|contempt|detention|jail|prison|isolation)|on\s+(?:remand|bail)|under\s+(?:arrest|guard)|accountable|responsible|liable|captive|hostage|incommunicado|for\s+questioning)\b`;

/** A month's name or abbreviation, in the cues (which ignore case). */
const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`;
/** A weekday's name, in the cues. */
const WEEKDAY_WORD = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`;
/** Verbs of figures foreseen, not reported ("expects profits for the fourth quarter to rise"). */
const FORECASTING = String.raw`expects?|expected|expecting|forecasts?|forecasting|predicts?|predicted|projects?|projected|sees`;
/** What a contract month names ("crude for June delivery"): the nouns, as alternatives. */
const CONTRACT_NOUN = CONTRACT_WORDS.split(' ').join('|');

/**
 * A saying or a foreseeing in the past perfect and the words up to its "would": "officials had
 * said [would] come no earlier than June", "had said the plant [would] reopen in September". What
 * was foreseen from a time before the story's is told as gone by: its "would" is a past cue, not a
 * future one (the vote "had said would come no earlier than June", told in December, was held
 * last June). Read as a lookbehind, ending at the "would".
 */
const FORESEEN_IN_PAST_PERFECT = String.raw`\bhad\s+(?:(?:long|repeatedly|already|earlier|previously|initially|originally)\s+)?(?:said|predicted|expected|promised|pledged|vowed|forecast|projected|estimated|hoped|thought|believed|announced|insisted|claimed|assured\s+[\w'’-]+)\s+(?:[\w'’-]+\s+){0,4}`;

/**
 * Where such a "would" is told as gone by (zero-width, at the "would"): in a relative whose thing
 * the main clause then tells of ("The vote, which officials had said [would] come no earlier than
 * June, was held last week"), or before a "but" or "yet" that tells how it came out ("had said the
 * plant [would] reopen in March, but it stayed shut"). Not a past perfect that only gives the
 * background of a plan still standing: "The company had said it would announce results on Feb.
 * 10, and it confirmed the date on Tuesday" (told in December) is of the coming February.
 */
const FORESEEN_GONE = String.raw`(?:(?<=\b(?:which|that|who)\s+(?:[\w'’-]+\s+){0,3}?${FORESEEN_IN_PAST_PERFECT}would)|(?<=${FORESEEN_IN_PAST_PERFECT}would)(?=[^.;!?]*\b(?:but|yet|instead)\b))`;

/**
 * A later clause that tells, in the past, how a plan or a forecast turned out ("The strike was
 * called for Thursday, but workers walked out a day early", "was preparing for a parade in March
 * when the storm hit", "was designed for a concert in March, which drew 20,000 people", "signalled
 * a pause in March, then raised rates"): the plan's date is then past, and the plan's cue says
 * nothing. Not a saying ("when organisers said they expected 10,000"), nor a plan told in the past
("warnings for [Tuesday], when the storm was expected to make landfall"), nor a past with a
 * day of its own, which is other news ("guided for growth in the second half, but its shares
 * fell on Monday"). Read as a lookahead to the end of the sentence. (Its irregular pasts are a
 * few common ones, not IRREGULAR_PAST_FORM: the fragment stands in several cues, and each cue
 * pattern must stay under 20 KB.) A halt's end told in the past after "and" is an outcome too,
 * its own day after the halt's ("canceled all flights through [Sunday], and service resumed on
 * Monday"), as it is after "but" or "then": not a past of the same time ("and airports closed"),
 * nor a verb with an object of its own, the end of another thing's halt ("suspended classes
 * through [Friday] and lifted the curfew on Tuesday", "and the union restarted talks on Monday").
 */
const OUTCOME_TOLD_AFTER = String.raw`(?![^.;!?]*(?:(?:\b(?:but|when|then)|,\s*which)\s+(?:(?!(?:said|says|told|added)\b)[\w'’$%-]+\s+){0,3}?(?!(?:expected|predicted|projected|scheduled|slated|planned|supposed)\b)(?:[a-z]{2,}ed|did|didn['’]t|was|were|had|hit|struck|drew|came|went|fell|rose|began|took|made|won|lost)\b(?!\s+(?:on\s+)?(?:${WEEKDAY_WORD}|yesterday\b|last\s+(?:week|month|year)\b|this\s+week\b)|\s+(?:expected|forecast|predicted|projected|due|set|scheduled|slated|likely|supposed|going|about)\b)|\b(?:but|and|then)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:was|were)\s+)?(?:resumed|reopened|restarted|reconvened|restored|lifted)\b(?!\s+(?:expected|likely|due|set|scheduled)\b)(?=\s+(?:on|at|in|after|by|from|with|as|when|once|overnight|today|yesterday|${WEEKDAY_WORD})\b|\s+[a-z]+ly\b|\s*(?:[,.;!?]|$))))`;

/**
 * A later "but" that tells, in the past, that what was planned or expected did not come about
 * ("Heavy snow was expected on [Friday] but never came", "The vote was scheduled for [Friday]
 * but did not take place"): the day is then gone, not the next one. A negative lookahead, after
 * the cue. (Not "but was postponed": a vote put off may still be ahead on its day. Short: each
 * cue pattern must stay under 20 KB.)
 */
const PLAN_FAILED_AFTER = String.raw`(?![^.;!?]*\bbut\s+(?:never|did(?:\s+not|n['’]t)|failed)\b)`;

/**
 * No word of the day an order is given on, between the order's verb and its bound: in "told
 * residents on [Monday] to leave by Wednesday" the order is Monday's, told in the past, and the
 * bound is the infinitive's ("to leave by"); in "set a deadline of [Friday] for the appeal" the
 * day is the deadline's, not one the setting looks ahead from. A lookahead before each word.
 */
const NOT_THE_DAY_OF_ORDER = String.raw`(?!(?:on|yesterday|today)\s|${WEEKDAY_WORD})`;

/**
 * What is set as a feat, not arranged: a record, a high or low, a best or a mark ("Prices set a
 * record for the 14th straight month in [March]", "set a new high for the year in [May]"). Unlike
 * "set a date for the vote in [March]", the "for" after it says what the record is of, so the
 * date is the feat's own and past. The feat is the noun right before "for": "set a record
 * attendance goal for [March]" and "set the best-of-seven final for [March]" are arranged ahead.
 */
const FEAT_SET = String.raw`(?:[\w'’-]+\s+){0,2}(?:record|high|low|best|mark)s?\s+(?:for|to)\b`;

/**
 * Words after "to" that make it a preposition, not an infinitive's: a quantity of what something
 * reached ("Power was restored to most homes by Monday evening" is a past, not a bound ahead).
 * A plural noun ("restored to homes by") is told apart by its "s" in the deadline cue itself.
 */
const NO_INFINITIVE_AFTER_TO = String.raw`most|many|some|all|more|fewer|less|several|few|both|each|every|no|other|about|around|nearly|almost|roughly|over|under|just|only|as`;

/** A bound in time after "by" ("by March", "by Friday", "by the end of June", "by 2030"). */
const BY_TIME = String.raw`by\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?(?:\d|${MONTH_WORD}|${WEEKDAY_WORD}|next\b|tomorrow\b|tonight\b)`;

/**
 * An apology whose object is the miss itself: "apologising for the delay", "apologised to
 * passengers for missing the date"; not one for another thing of its own time ("apologising to
 * passengers for last week's delays", after which "by Friday" is still ahead).
 */
const APOLOGY_FOR_THE_MISS = String.raw`apologi[sz](?:ed|es|ing)(?:\s+to(?:\s+[\w'’-]+){1,3}?)?\s+for\s+(?:(?:the|its|their|any|this|that|these|those)\s+(?:[\w'’-]+\s+)?(?:delays?|lateness|hold-?ups?|setbacks?|slippage|wait|inconvenience|disruptions?)|missing|not|failing|being\s+late)`;

/**
 * What tells, later in the sentence, that a deadline was missed: a blame or an apology for it, or
 * what is still not done ("The ship should have reached the port by Friday, the company said,
 * blaming the storm"; "should have reopened by March, and has yet to"; "and it failed to"). Not
 * another thing that failed, nor "missed" before a noun it tells of ("after a pump failed last
 * week", "missed shipments will be made up"). A lookahead, after the cue.
 */
const MISSED_TOLD_AFTER = String.raw`(?![^.;!?]*\b(?:blam(?:ed|es|ing)|${APOLOGY_FOR_THE_MISS}|(?:has|have|had)\s+(?:still\s+)?yet\s+to|(?:has|have|had)\s+still\s+not|missed\s+(?:it|the|its|their|a|an|that|this)|failed\s+to)\b)`;

/**
 * "Should" or "must" with a perfect and a "by" bound before or after it in its sentence: what is
 * to be done by then ("By March, the agency should have hired 500 inspectors"; "must have filed
 * their returns by March 31") or a deadline missed ("The report should have been published by
 * March, critics said", told in June): the nearest, unless how it turned out is told after
 * ("should have hired 500 by March, but it hired 200"), a past. The whole perfect is the cue, so
 * that its participle is no past.
 */
const MODAL_PERFECT_BY = String.raw`(?:should|must)\s+(?:not\s+)?have\s+(?:been\s+)?[a-z]+(?:(?=[^.;!?]*\b${BY_TIME})|(?<=\b${BY_TIME}[^.;!?]*\b(?:should|must)\s+(?:not\s+)?have\s+(?:been\s+)?[a-z]+))${OUTCOME_TOLD_AFTER}${MISSED_TOLD_AFTER}`;

/**
 * "Could", "might" or "may" and "have" with a thing, not a participle, and a "by" bound in the
 * sentence: what may be had by then ("The company could have the results by March", "The new
 * line might have trains running by June"), no perfect.
 */
const MODAL_HAVE_BY = String.raw`(?:could|might|may)\s+have\s+(?!(?:been|gone|done|seen|had|got|made|left|lost|won|taken|given|known|[a-z]+(?:ed|en|wn))\b)(?=[^.;!?]*\b${BY_TIME})`;

/**
 * A preposition that sets an act at an occasion a month names ("will face voters [in] the
 * November election", "will step down [after] the March congress"): the occasion is then the
 * act's, and a future told before it places it (YIELDS_TO_FUTURE). Not "of" and the like, which
 * name the occasion only as something else's ("will challenge the result [of] the November
 * election", told in March, is about the November gone).
 */
const OCCASION_PREPOSITION = String.raw`in|at|before|after|for|during|until|till|by|on`;
/**
 * What is done at the occasion or around it, before the preposition ("will [face] voters in the
 * November election", "will [step down] after the March congress", "[return] for a lame-duck
 * session after the November election", up to four words between): only then does the occasion yield to the future. Not what is done
 * about one gone ("will investigate irregularities in the November election", "will appeal after
 * the March hearing", "will study what went wrong at the May election", told after it: the
 * nearest). (The tense cues ask for the preposition ahead before they look back for the act: the
 * look back, up to five words, was tried at every word of every sentence read, and took about
 * half the time of the nearest and future cues' pattern.)
 */
const OCCASION_ACTS = String.raw`(?:face|stand|run|vote|compete|campaign|resign|retire|quit|leave|return|meet|speak|attend|appear|testify|travel|head|perform|play|step\s+down|take\s+(?:over|office|part)|be\s+(?:elected|re-elected|chosen|sworn\s+in|held|decided|voted\s+on|named|crowned))(?:s|ed|ing)?`;

/**
 * No past told after, in the sentence, unless what is told is a putting off: a month that is
 * only named by what it was ("After a dismal June, sales recovered", "The June election was
 * close") is then gone, not the nearest one ("The April summit was postponed" may be the
 * coming April's), nor when the past is what was said ("The June election, which analysts said
 * was too close to call, will decide"). A lookahead, after the cue.
 */
const PAST_TOLD_AFTER = String.raw`(?:(?![^.;!?]*\b(?<!\b(?:said|says|say)\s+)(?:[a-z]{3,}ed|was|were|fell|rose|grew|sank|shrank|slid|won|lost|drew)\b)|(?=[^.;!?]*\b(?:postponed|delayed|cancell?ed|called\s+off|scrapped|rescheduled|put\s+off|pushed\s+back|brought\s+forward)\b))`;

/**
 * A past act at, in or during a month's occasion, right before its determiner ("The board
 * [approved the plan at] its June meeting", told in March, is last June's): the occasion is as
 * past as the act, not the nearest. Not a plan ("scheduled the vote at its June meeting") nor
 * what would be ("said it would raise rates at its June meeting"), nor a state told in the present
 * ("A hike is fully priced in at the June meeting", "Analysts are focused on the June meeting").
 * A lookbehind, at the month.
 */
const PAST_ACT_AT = String.raw`\b(?<!\b(?:is|are|am)\s+(?:[a-z]+ly\s+)?)(?!(?:expected|scheduled|planned|slated|proposed|pencill?ed|signall?ed|priced)\b)[a-z]{3,}ed\s+(?:(?!(?:to|would|will|could|may|might|should|shall|be)\b)[\w'’-]+\s+){0,3}(?:at|in|during)\s+(?:a|an|the|its|their|his|her|our)\s+`;

/**
 * A month's occasion that what follows in its clause, before any comma, acts on as done,
 * certifying, challenging, appealing, auditing or recounting it or its result ("The [November]
 * election result will be certified next week", told in December; "The [January] vote will be
 * challenged in court", told in February): the nearest such month, though a future or a past form
 * is told after. Not an occasion still to be held or run ("The [June] meeting will be held in
 * Paris", "The [March] vote will be postponed"), nor one whose result is only said to be still to
 * tell ("The [August] election outcome will decide who governs", told in January, is the coming
 * August), nor one a later clause's "will be challenged" is of ("The [September] summit will be
 * closely watched, and any deal will be challenged"). A lookahead, after the cue, at the month.
 */
const OCCASION_DONE_AHEAD = String.raw`(?=[^.;!?,]*\b(?:will|shall)\s+(?:(?:now|also|likely|first)\s+)?be\s+(?:certified|challenged|appealed|audited|recounted|overturned|annulled|upheld|investigated|probed)\b)`;

/**
 * No "will" told after a month's occasion in its clause, which is then the subject of a future
 * ("Security at the [December] summit will be tight", told in January, is the coming December,
 * as "Turnout at the November election will be closely watched" is). Not an occasion that owns
 * the subject ("The [June] meeting's decision will shape policy", told in July: what it decided
 * is what will act, the meeting is the nearest). A lookahead, after the cue.
 */
const NO_FUTURE_TOLD_AFTER = String.raw`(?:(?=[^\s.;!?]+\s+[\w-]+['’]s\b)|(?![^.;!?]*\b(?:will|shall)\s+(?!not\b)[a-z]+))`;

/**
 * What a "by" that tells how much or by how many opens: a number, a share, a margin ("increased
 * by 5%", "passed by 52 votes to 48", "won by a wide margin", "fell by about a third").
 */
const BY_HOW_MUCH = String.raw`(?:[$€£¥]?\d|(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|up\s+to|as\s+much\s+as|over|just|only)\s+[$€£¥]?\d|(?:(?:about|around|roughly|nearly|almost|more\s+than|less\s+than|just|only)\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+(?:third|quarter|half|fifth|tenth|wide|narrow|large|small|slim|comfortable|big|huge|clear|single|vote|margin|majority|landslide|factor|fraction|point|percentage|lot|little|few)|an?\s+(?:[a-z]+\s+)?(?:margin|majority|landslide|vote)|half|double|twice)\b)`;

/**
 * A participle whose agent comes right before the date ("Decisions taken by the board in
 * February will be reviewed", "Flights operated by the airline in December will be
 * cancelled"): the date is the participle's, on either side of the report. Not after "be",
 * whose passive the sentence's verb tells ("will be approved by the board in February"), nor
 * opening an aside, which is past ("The drug, approved by regulators in May, costs"). Not a
 * verb's "by" how much, which is no agent ("Sales increased by 5% in March", "The bill passed
 * by 52 votes to 48 on Tuesday", "ruled by five to four"): the verb is then the clause's own.
 * (A word and its "by" are asked for ahead first: the look back is then tried only before them,
 * not at every word of the sentence.)
 */
const AGENT_BEFORE_DATE = String.raw`(?=[a-z]+\s+by\s)(?<!\b(?:be|been|being|is|are|am|was|were|get|gets|got)\s+|,\s*)(?:[a-z]{2,}ed|${IRREGULAR_PARTICIPLE})\s+by\s+(?!${BY_HOW_MUCH})(?:(?!${AGENT_END})[\w'’.-]+\s+){0,3}?(?!${AGENT_END})[\w'’.-]+(?=\s+(?:in|on|at|during)\s+(?-i:[A-Z0-9]))`;

/**
 * Tense cues, looked for in the sentence around an expression; the nearest one wins, at each word
 * in this order:
 * - `future`: modals (not the noun "will": "held against their will"), what "exists to" be
 *   done ("the political will exists to pass the bill on Friday"), "going to", "on track
 *   to", a contract month ("crude for June delivery" settled, in May, is this June's), present
 *   plans ("plans to", "is expected to", "likely" before "to" or a time: "with arguments likely
 *   in the fall"), what is awaited ("Investors await the jobs report on Friday"), wherever they stand ("On Monday he will..."). "May" and "might" before a
 *   verb, unless "have" makes it past ("may raise rates in December"; "may have left on
 *   Tuesday"), nor before a past in -ed, where it is a name ("Theresa May resigned on Monday" is
 *   the Monday gone; a base in -eed stays: "may succeed"), and only after a word that is no
 *   preposition, where it is no month ("In May sales rose"); "could" only before a verb of coming about ("a vote could come as early as
 *   Tuesday"; "could not say Tuesday" and "could be located Wednesday" are past),
 *   or in "there could be" ("there could be 20,000 cases by early November"); not in what was said
 *   ("said they could hear gunfire on Sunday night" is the past). The present tense of a timetable:
 *   news tells what is scheduled in the simple present or the progressive ("the deadline expires
 *   Tuesday", "Congress returns Monday", "the campaign moves into its second phase on Monday", "who
 *   turns 42 in June", "he is meeting Tuesday with..."); verbs that are also plural nouns count
 *   only without a determiner or a number ("tax returns", "won the most votes", "housing starts");
 *   after a plural, the base form tells a timetable too ("Preorders open Friday", "Talks resume
 *   Monday", "The two teams meet on Sunday", "Voters head to the polls"; also past a participle
 *   and its date, "Contracts signed in December expire in June", and so right after a relative's
 *   month or year, whatever its subject: "The rules the council adopted in March take effect on
 *   Monday" (made-up) is the coming Monday; but not after a determiner,
 *   where it is a noun and the participle the verb: "Stocks traded higher into the close on
 *   Friday"), and so the base form of a meeting or a start after a name or "they", not after a
 *   determiner ("Arsenal and Chelsea play on Sunday", "They meet again on Sunday"; not "The meet
 *   on Sunday", "the Senate vote on Tuesday"),
 *   and so after an aside's closing comma, before its object ("The Dodgers, who last won the Series
 *   in 2020, open the playoffs on Saturday"), and after a name, before "their" or another name, as
 *   British sports pages write of teams ("City play their third game on Tuesday", "Arsenal face
 *   Chelsea on Saturday", "United travel to West Brom on Sunday"). A state that lasts up to a day
 *   looks ahead ("which runs until Sunday"; not "said that sales until March were flat"), and so
 *   does an event's run told in the present to a weekday or from its hours, as listings write
 *   ("The bazaar runs Saturday", "runs from 9 a.m. to 3 p.m. Saturday"), and so does a
 *   hearing that goes on after a break, as British court reports end ("The case continues on
 *   Monday", "The trial continues tomorrow"), and so do
 *   rules that take effect ("cuts that take effect in March") and what a relative clause says
 *   begins or ends ("The Games, which end Sunday, ...", "the fiscal year that begins Oct. 1"), what
 *   a noun is to begin ("announced a ceasefire to begin on Friday", "a new tax to take effect in
 *   April"), what goes on sale ("a phone that goes on sale in October") and who takes a post up or
 *   leaves it ("named a chief, who takes over in January"). A day or month told with "is" is ahead
 *   ("Game 3 is Friday", "Opening Day is March 27"; what is signalled or priced, "signalled a cut
 *   in December", is the nearest, and a survey that "signals a slowdown in February" tells the
 *   month it measured), and a deadline too ("have until Monday to", "the deadline is Monday"),
 *   unless a nearer verb says otherwise ("the deadline passed Monday"); "by the deadline" leaves
 *   the tense to its verb ("had been tendered by the deadline Monday").
 * - `planned`: past forms of planning, deciding to and putting off, which put the date ahead when
 *   it follows them ("planned a rally on Saturday", "decided to admit them in March", "postponed
 *   until Tuesday", "moved to Tuesday") and are past tense when it precedes them ("On Friday, the
 *   government planned..."; "set sentencing for Feb. 14"; "set for May", whose cue is "set" alone,
 *   as "scheduled" is, so that a plan's day right after its "for" is the plan's: "The match set
 *   for May was played on Sunday", told in July, is May gone; a strike or a vote "called for Thursday";
 *   what is made for an occasion ahead ("a system designed for an election in November", "a plan
 *   drafted for a summit in October"); what one is preparing or bracing for, in a month, a season
 *   or a holiday ("were preparing for a surge in December"; not "bracing for a storm on Monday",
 *   which may be the day of the bracing); what a company guided for ("guided for a profit in Q4");
 *   "has called an emergency cabinet meeting for Monday"; what is booked or reserved for a day:
 *   "have booked flights for Friday"). Told in the passive, an order or request is news of its own
 *   day: "Markets were ordered to close on Tuesday" is last Tuesday. A plan whose outcome a later
 *   clause tells in the past ("called for Thursday, but workers walked out a day early"), and what
 *   had been prepared for, are no plan ahead: their verbs are past.
 * - `putOff`: putting off or moving, which looks ahead only to where it puts the date, right after
 *   "until", "to" or "for" ("postponed the vote until Tuesday", "moved to Tuesday"), and so does
 *   its infinitive ("asked the league to postpone the match to Saturday", "agreed to delay the vote
 *   until Friday": the new date, not the day of the asking), also past a measure of how far and
 *   its comma ("extended the state of emergency by three months, to June 30"); "postponed the
 *   landing in April" and "extended the sanctions on Monday until September" tell the day of
 *   the putting off, in the past. An extension also runs "through" its new end ("extended the
 *   parking ban through Jan. 15"), and so does a halt of something ongoing up to its bound
 *   ("has canceled all flights through Jan. 15", "suspended the permits until March", told in
 *   December: the coming ones), unless the end is told after it in the past ("suspended classes
 *   until Thursday, then reopened schools on Friday"); a run told as over keeps its past ("The show
 *   ran through Jan. 15").
 * - `nearest`: a plan told as given up or changed ("had been scheduled for February", "originally
 *   planned for May"), a likelihood told in the past ("said the Fed was unlikely to cut rates in
 *   March"), a notice for a day ("issued a warning for Tuesday") or what is booked for a time
 *   ("bookings for July rose 12 percent"), or a month's occasion ("the March election", "left for
 *   its August recess", told in July, is the coming one; not one come back from or counted since,
 *   "returned from its August recess"), or how a month went or is to go ("After a quiet August",
 *   told in September; "bracing for a busy November"; not when a past is told after it, "After a
 *   dismal June, sales recovered", nor what is expected of it, "expect a busy April"), or what was
 *   prepared for ("The city prepared for the parade in October"), or what is bet on or expected
 *   ("pared bets on a December rate cut", "expectations of a March hike", "signalled a cut in
 *   December", "warned of a slowdown in the winter", "forecast a rebound at Christmas", "Traders
 *   priced out a cut in March"; not a mass noun, where the date may be the forecast's: "The bank
 *   forecast growth in March"; but a period measured to a month, "forecast growth in the 12 months
 *   through [June]", "predicted inflation of 3% over the year to [September]", is no time of
 *   the forecasting), or what usually happens then ("The flu season
 *   usually peaks in February, officials said"), or a plan named as a noun's quality ("abandoned
 *   its planned share sale on Wednesday", "the slated visit in September", where the date may be
 *   the verb's or the plan's), or when something takes effect ("named him her successor, effective
 *   Jan. 1", told in October, is the coming one): its date may be on either side of the report, so
 *   the nearest occurrence is taken, whatever the tense ("The launch had been scheduled for
 *   February but was delayed", said in March, is last February; "originally set for May", said in
 *   March, the coming May), and so is a plan told in the past perfect ("The council had wanted to
 *   open the bridge in December", told in January, is the December just gone). So is what something
 *   came ahead of ("Lawmakers met ahead of Tuesday's vote", told on Monday, is the next day; told
 *   on Wednesday, the day before), and what was to be ("Saleh was to be sworn in on Saturday", a
 *   future in the past).
 * - `deadline`: a bound right after an infinitive, which looks ahead for the date right after it
 *   only ("were told to evacuate by [Friday]"; in "approved a plan Monday to build homes by 2030"
 *   it says nothing of Monday); so does a time given ("gave the company until [Monday] to
 *   respond"), an order's or a request's bound, "by", or "until" after its infinitive ("ordered
 *   the evacuation of the parks by [8 p.m. Saturday]", "asked drivers to avoid the area until
 *   [Friday]"; not "told reporters he had stayed until [Friday]"), the start of
 *   something after its noun ("announced a strike starting [Monday]") and what a company's
 *   guidance or outlook is for ("raised its guidance for the [second quarter]", told in January,
 *   is the coming one).
 * - `report`: reporting verbs decide right before the expression ("said Friday"), else only when
 *   nothing else does: in "X will meet on Monday, he said" the meeting is still to come.
 * - `past`: past forms, "since" and "ago", what news comes after or follows ("The strike comes
 *   after a walkout on March 29", "The vote follows a ruling on Oct. 3"; "comes" is no timetable
 *   there), what would, should or could have been ("the race would have been held on Sunday", had
 *   the storm not hit; "the deal should have been signed in November"; but with a "by" bound,
 *   "should" or "must" with a perfect is what is to be done by then, a future: "By March, the
 *   agency should have hired 500 inspectors"), and the base a figure is compared with ("expect
 *   growth of 1 percent in the fourth quarter, down from 2.7 percent in the third quarter";
 *   "revenue to be lower than in the third quarter"). A past participle right after "be", "is",
 *   "will be"..., or after a verb that links an adjective ("stay", "remain", "become"), or after a
 *   possessive, is a passive or an adjective ("will be held", "will stay closed", "will release its
 *   revised estimate"), not a tense. Verbs whose past is their base form ("set", "hit", "cut") are
 *   past where no auxiliary, "to" or subject pronoun makes them a base or a present, nor a
 *   determiner a noun: news tells of a deadline "set Friday" or a storm that "hit Tuesday"; "will
 *   set", "they set" and "a tax cut" say nothing. A form in -ed before "by" is a passive that says
 *   nothing ("a plan backed by the EU"), unless it opens an aside between commas ("The drug,
 *   approved by regulators in May, costs ...") or its agent comes right before the date ("Decisions
 *   taken by the board in February will be reviewed" tells of the taking); so is a participle
 *   unlike its past ("The rules, drawn up by the ministry, apply from March"). Words in -ed that
 *   are no past ("need", "hundred", "based", "people aged 70") are left out, and so is a participle
 *   after "if", "unless" or a "once" that opens a clause (not "Shares once traded"), a condition
 *   whose tense the main clause tells ("If approved in December, the rules would take effect in
 *   March"), and so is the verb "last" before a length ("will begin on Feb 26 and last seven
 *   days").
 */
/**
 * The base forms of a timetable told after a plural and the participle that dates it ("Contracts
 * signed in December expire in [June]", "Rules adopted last year take effect in [July]": the
 * participle's date is past, the verb's ahead; TENSE `future`). Not after a determiner or a
 * preposition, where the word is a noun ("Stocks traded higher into the close on [Friday]",
 * "Lawmakers delayed the vote on [Monday]": the participle is the past verb). "Reopen" and
 * "restart" are timetables as "open" and "start" are ("Schools closed in the storm reopen on
 * [Monday]").
 */
/**
 * Results a company reports, releases or publishes, told in the present, are on a timetable
 * ("the company reports earnings on [Thursday]", "Acme publishes its third-quarter results on
 * [Thursday]": TENSE `future`): their noun right after the verb (up to two words before it),
 * and a time or the clause's end right after the noun. A report of something else, or of how
 * the results went, says nothing ("The company reports that sales rose on Thursday", "reports
 * earnings rose on Thursday"). Wire copy drops the "on" before the weekday ("Nvidia reports
 * earnings [Thursday]").
 */
const RESULTS_AHEAD = String.raw`\s+(?:(?:its|their|the)\s+)?(?:(?!that\b)[\w'’-]+\s+){0,2}?(?:earnings|results|figures)(?=\s+(?:on|for|next|this|later|after|before|at|in|early|late|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\s*[,.;]|$)`;

/**
 * Where or when a timetable puts what it names, between "is" and the day ("Kick-off is [at 19:45]
 * on Saturday", "The final is [at Wembley] on Saturday", "Polls are [open from 7 a.m. to 8 p.m.]
 * on Tuesday", "Kick-off is [at 8pm GMT] on Sunday", a clock time with its zone): such a present is the plan of a day to come, as "is on Saturday" is. A place only
 * by its capitalised name, so "the suspect is in custody after a stabbing on Saturday" is none;
 * not after "it", which tells the time of a scene ("It is 3pm on Sunday when the shelling
 * starts, one resident recalled").
 */
const CLOCK_TOLD = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|noon|midday|midnight)(?:\s+(?-i:[A-Z]{2,4}))?`;
const AT_TIME_OR_PLACE = String.raw`(?:open\s+)?(?:(?:at|from)\s+)?(?:${CLOCK_TOLD}(?:\s*(?:to|until|till|-|–)\s*${CLOCK_TOLD})?|(?-i:[A-Z])[\p{L}'’-]+(?:\s+(?-i:[A-Z])[\p{L}'’-]+){0,2})`;
/**
 * A team's record, in brackets between its name and the verb of its next game, as sports pages
 * write it: "The Rams (7-3) play the 49ers on Monday", "Ireland (4-0) meet France on Saturday".
 * (Such a verb after "who" is a fixture too when a team's name follows: "Arsenal, who face Spurs
 * on Sunday, trained on Tuesday"; "men who face charges" is none.)
 */
const TEAM_RECORD = String.raw`(?:\s+\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\))?`;
/**
 * Irregular pasts no base form shares: after "May" it is a name, no modal ("Theresa May said on
 * Monday she would resign", made-up, is the Monday gone), as before a past in -ed. Not "put",
 * "cut", "set", "read", "found", "saw", "fell", whose base is the same word or another verb.
 */
const PASTS_AFTER_NAME_MAY = String.raw`said|told|met|won|lost|spoke|went|left|took|gave|made|came|held|led|sent|became|began|wrote|knew|thought|brought|sought|fought|stood|sold|paid|kept|flew|fled|ran|rose|drew|grew|threw|chose|broke|struck|sat|got|spent|taught|caught|heard|shook|woke`;
/**
 * A plural's timetable verbs (the base form); keep the phrases in step with
 * PLURAL_TIMETABLE_PHRASES (lexicon/en/events/clauses.ts), which splits the clause so dated: "The
 * new models the company unveiled in June go on sale on Monday" (made-up) is the coming Monday.
 */
const PLURAL_TIMETABLE = String.raw`begin|start|restart|open|reopen|close|end|resume|expire|lapse|mature|renew|(?:fall|come)\s+due|return|meet|vote|run\s+out|take\s+effect|come\s+into\s+force|go\s+into\s+effect|come\s+into\s+effect|go\s+on\s+sale`;

/**
 * A product, show or release launched on a day to come, told in the present as a timetable is: "The
 * headset ships [next spring]", "Season two drops [Friday]", "The game launches on PlayStation
 * [March 17]", "The film hits theaters [Nov. 20]", "The update rolls out [next week]". "launches",
 * "rolls out" and "hits theaters" may have up to three words before the day, "ships", "drops" and
 * "streams" only "on" or "in", and then the day must close the clause or come before "with",
 * "for", "at" and the like, or "priced at" ("The game ships in [May]."; not "The price drops in
 * [March] hurt farmers", "The cargo ships in [March] sank", plural nouns the day is of). All but
 * "rolls out" are also plural nouns, which a bare plural is ("Rocket launches [Friday] drew crowds", "Product launches in
 * [October]", "Cargo ships [Friday]", "Price drops [Friday]", "All launches [Friday] were
 * scrubbed"), as is a headline's present past ("Gold drops [Friday]"): the launch must have a
 * subject opened by "the", "its", "their", "his", "her", "this" or a possessive, one or two words
 * before it and no count ("The rocket launches", "Apple's new watch launches"; "The company's
 * launches", "its three launches" are none), or follow "season two", "now", "also", "finally" or a
 * comma ("The game, delayed twice, now ships [March 17]"). Nor a noun that is the subject of a verb
 * right after the day ("The rocket launches in [March] were delayed twice", "The price drops
 * [Friday] lured shoppers"), though not one in -ed before a preposition ("ships [Friday] priced at
 * $499"). Kept short: the future cues' pattern must stay under V8's 20 KB
 * (tests/unit/temporal/regex.test.ts).
 */
const LAUNCHED_AHEAD = String.raw`\b(?=(?:ships|drops|streams|launches|rolls|hits)\s)(?<=\b(?:(?:the|its|their|his|her|this|\w+['’]s)\s+(?:[\w-]+\s+)?(?!\d|two\b|three\b|four\b)[\w-]+|season\s+\w+|now|also|finally)\s+|,\s+)(?:(?:ships|drops|streams)(?:\s+(?:on|in)(?=\s+(?:(?:early|late)\s+)?[\w.-]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?(?:\s*(?:[.,;:!?]|$)|\s+(?:[a-z]{3,}ed\s+)?(?:with|for|at|to|in|on|across|worldwide|exclusively)\b)))?|(?:launches|rolls\s+out|hits\s+(?:theaters|cinemas|stores|shelves))(?:\s+[\w'’.+-]+){0,3}?(?:\s+(?:on|in))?)(?!(?:\s+[\w.'’-]+){1,3}?\s+(?:were|was|are|have|had|drew|lured|[a-z]{3,}ed(?!\s+(?:at|by|from|for|in|on|with|to|as)\b))\b)(?=\s+(?:by\s+)?(?:${WEEKDAY_WORD}|tomorrow\b|(?:next|this|later|early|late)\s|mid-|${MONTH_WORD}|(?:19|20)\d\d\b|(?:spring|summer|fall|autumn|winter)\b))`;

/**
 * A timetable's base form after a plural subject whose head a phrase follows ("Pre-orders for the
 * cheaper model begin on [Friday]", "Talks with the union resume [Monday]"), as after the plural
 * itself ("Talks resume [Monday]"). Only verbs that are no nouns after an adjective: "Results of
 * the final vote [Friday] showed" and "Fans of the home team play" are none; nor a question
 * told in the past ("Did talks with the union resume on [Monday]?").
 */
const PLURAL_SUBJECT_OF_PHRASE = String.raw`(?=(?:begin|resume|reopen|restart|reconvene|expire|take\s+effect|go\s+on\s+sale)\s)(?<=(?<!\bdid\s+(?:[a-z]+\s+)?)\b(?!(?:is|was|has|does|this|its|his|us|as|news)\b)[a-z]{2,}s\s+(?:for|of|with|on|at|in|from|between)\s+(?:the|a|an|its|their|his|her|these|those)\s+(?:[\w'’-]+\s+){1,3})(?:begin|resume|reopen|restart|reconvene|expire|take\s+effect|go\s+on\s+sale)`;

/**
 * A participle naming a charge, whose act is gone by ("He is also accused of stealing $5 million
 * in [April]", "is now charged with killing", "is also wanted in connection with a robbery"): an
 * adverb inside the present passive does not make it a state, as it does "is currently funded
 * through [March 27]".
 */
const CHARGED_WITH = String.raw`(?=[a-z]{2,}ed\s+(?:of|with|in\s+connection\s+with)\b)`;

/**
 * A participle coordinated with one after "be" or "is", the same present or future passive ("The
 * hostages will be freed and returned to their families on [Friday]", "will be reviewed and
 * adjusted for inflation in [April]"): no past, as the first participle is none; nor a past
 * decision, the "asked to" of "are to be briefed and asked to sign the deal on [Friday]" being
 * as passive as "were asked to".
 */
const COORDINATED_PASSIVE = String.raw`\b(?:be|is|are|am)\s+[a-z]{2,}ed\s+(?:and|or)\s+`;

/**
 * What a firm or an office targets as a day to come, after "targeted" and its determiner ("The
 * company targeted a launch in [May]", a plan; "The bombing targeted a market in [May]", an act;
 * helper h220's made-up probes). A regular expression alternation of whole words.
 */
const TARGETED_OCCASION = String.raw`launch|release|return|opening|reopening|start|restart|completion|debut|listing|rollout|delivery|deliveries|resumption|date|deadline|decision|vote|sale|offering`;

/**
 * The state an order puts its object in, told right before the "until" that ends it: "ordered
 * schools closed until [5 p.m. Friday]" is an order still in force, whose end is ahead of it, as
 * "ordered them to stay home until [Friday]" is (TENSE.deadline).
 */
const ORDERED_STATE = String.raw`closed|shut|sealed(?:\s+off)?|suspended|halted|grounded|evacuated|off-limits`;

/**
 * Read right after an order's state or a promise ended by a day (ORDERED_STATE's "until", a
 * "promised/pledged/vowed ... by"), what tells that day gone: an outcome told after it ("were
 * ordered closed until [Friday] and reopened on Monday", "promised repairs by [Friday] but missed
 * the deadline") or an order told as a past before the past ("had been ordered closed until
 * [Tuesday]"). Then these are no deadline cue, and the day is read by the tense.
 */
const ORDER_OR_PROMISE_GONE = String.raw`(?:(?<!\s(?:${ORDERED_STATE})\s+(?:until|till))(?<!\b(?:promised|pledged|vowed)\s+(?:[\w'’-]+\s+){1,10}?by)|(?<!\bhad\s+been\s+ordered\s+(?:[\w'’-]+\s+){0,10}?(?:until|till))${OUTCOME_TOLD_AFTER})`;

export const TENSE = {
  // (a lookahead before a lookbehind is what the cue's first word must be: the lookbehind is then
  // read only before such a word, not at every word of every sentence the tagger reads)
  // (a timetable's base form after a plural is no timetable in a question told in the past:
  // "Did schools reopen on Monday?")
  nearest: String.raw`\b${MODAL_PERFECT_BY}|\b${AGENT_BEFORE_DATE}|\b(?<!\b(?:has|have|had)\s+)(?:forecast|predicted)\s+(?!of\b)(?:(?:[\w'’-]+\s+){1,3}?(?:for(?=\s)(?!\s+the\s+rest\s+of\b)|to(?=\s+[a-z]{3,}\s))|(?:(?:heavy|light|more|some|scattered)\s+)?(?:rain|snow|showers|storms?|thunderstorms|sunshine|frost|fog|winds|gales|temperatures|highs?|lows?)\s+(?:on|by|from|over)(?=\s))|\b(?:ahead\s+of|(?:in\s+)?the\s+run-up\s+to)(?=\s)|\b(?:forecast|predicted|projected)\s+(?:per\s+cent\s+|[\w'’.%$£€-]+\s+){1,4}?(?:in|over|for)\s+the\s+(?:[\w-]+\s+){0,2}(?:months|quarters|years|year|period)\s+(?:through|to|ending)(?=\s)|\b(?<!\b(?:has|have|had)\s+)(?:forecast|predicted|projected|anticipated|signall?ed|flagged|(?:pencill?ed|priced)\s+(?:in|out))\s+(?:a|an|another|one|two|more|further|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:in|at|by|for)(?=\s)${OUTCOME_TOLD_AFTER}|\bwarn(?:ed|s|ing)?\s+(?:of|about)\s+(?:a|an|another|more|further)\s+(?:[\w'’-]+\s+){1,2}?(?:in|at|by|for|over|on)(?=\s)|\bhad\s+(?:expected|forecast|predicted)\b|\bhad\s+(?:(?:long|originally|initially|once|first)\s+)?(?:planned|wanted|hoped|intended|aimed|meant)\s+to\b|\b(?:was|were)\s+to(?=\s+(?!blame\b)[a-z])|\b(?:had\s+been|(?:(?:was|were|had\s+been)\s+)?(?:originally|initially|previously|first))\s+(?:planned|scheduled|slated|set|expected|due)\b|\b(?:warnings?|alerts?|watch(?:es)?|advisor(?:y|ies)|forecasts?|bookings|reservations|(?:advance\s+)?ticket\s+sales)\s+(?:for|of)(?=\s)${OUTCOME_TOLD_AFTER}|\b(?:(?=(?:${OCCASION_PREPOSITION})\s)(?<=\b(?:${OCCASION_ACTS})(?:\s+[\w'’-]+){0,4}\s+)(?:${OCCASION_PREPOSITION})\s+)?(?<!\b(?:(?:back|returns?|returned|returning|came|come|coming)\s+from|since)\s+)(?:a|an|the|its|their|his|her|our)\s+(?=${MONTH_WORD}\s+(?:launch|release|debut|opening|premiere|election|vote|referendum|deadline|meeting|summit|hearing|trial|auction|conference|congress|rollout|contract|futures|delivery|recess|break)s?\b)(?:(?=${MONTH_WORD}\s+(?:contract|futures|delivery))|${OCCASION_DONE_AHEAD}|(?<!${PAST_ACT_AT})${PAST_TOLD_AFTER}${NO_FUTURE_TOLD_AFTER})|\ban?(?<!\b(?:${FORECASTING})\s+an?)\s+(?:${PERIOD_QUALITY})(?=\s+${MONTH_WORD}(?!\s*\d))${PAST_TOLD_AFTER}|\b(?:prepared|braced|stocked\s+up|geared\s+up)\s+for(?=\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){1,3}?(?:in|at|by|during|over)\s)|\b(?:bets?|wagers?|expectations?|odds|chances?|prospects?)\s+(?:on|of|for)(?=\s)|\b(?:usually|typically|normally|generally|traditionally|tends?\s+to)\b|\b(?:was|were)\s+(?:un)?likely\s+to\b|(?:planned|expected|scheduled|slated|proposed)\b(?<=\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those)\s+[a-z]+)|effective(?=\s+(?:from\s+|on\s+|as\s+of\s+)?(?-i:[A-Z0-9]))|(?-i:${UPDATE_LABEL_WORD})(?:\s+on)?(?=\s+${MONTH_WORD})`,
  // (a present fear looks ahead to a date of the thing feared, a few words after it: "Democrats
  // fear a repeat in [November]"; not to one of a past thing it names, "fear a repeat of the floods
  // that hit the town in [March]")
  future: String.raw`\bthere\s+(?:could|may|might)\s+be\b|\b(?=to\s)(?<=\b(?:a|an|the|its|their)\s+(?:[a-z-]+\s+)?(?:${STARTING_NOUN})\s+)to\s+(?:begin|start|take\s+effect|come\s+into\s+force|open|expire)\b|\b(?=to\s)(?<=\b(?:a|an|another|the|its|their|his|her|our|this)\s+(?:(?!${NOT_STAGED_NOUN})[a-z-]+\s+){1,3})to\s+(?:be\s+(?:held(?!\s+${HELD_AS_KEPT})|staged|hosted|played|run)|take\s+place)\b|\b(?:(?=will)(?<!\b(?:the|a|their|his|her|its|our|my|your|free|political|own|good|ill)\s+)will|won['’]t|shall|['’]ll|(?:would(?!${FORESEEN_GONE})|must|should)(?!\s+(?:not\s+)?have\b(?!${HAVE_OBJECT}))|${MODAL_HAVE_BY}|has\s+to|have\s+to|(?:has|have)\s+until|(?<!\b(?:by|before|after|at)\s+the\s+)deadlines?(?!\s+(?:passed|expired|lapsed|came|went|was|were|had)\b)|needs?\s+to|exists?\s+to(?=\s+[a-z])|(?:is|are)\s+(?:going\s+to|about\s+to|supposed\s+to|due(?!\s+to\s+${CAUSE_AFTER_DUE_TO})|to|being|heard|held)|going\s+to|on\s+(?:track|course|pace)\s+to|upcoming|for(?=\s+${MONTH_WORD}\s+(?:${CONTRACT_NOUN})\b)|(?:is|are)\s+(?=(?:on\s+|set\s+for\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b)|(?<!\bit\s+)(?:is|are)\s+(?=${AT_TIME_OR_PLACE}\s+(?:on\s+)?${WEEKDAY_WORD})|(?:is|are)\s+(?=(?:on\s+|in\s+|set\s+for\s+)?(?:jan(?:uary)?|feb(?:ruary)?|march|mar\.|april|apr\.|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)|(?:un)?likely\s+(?=(?:to|in|on|by|before|after|next|this|later|early|late|around|sometime)\b)|(?:(?:un)?likely|possible|expected|forecast)\s+(?=(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b)${PLAN_FAILED_AFTER}|(?=plan)(?<!\b(?:the|a|an|his|her|its|their|our|my|your|against|of|on|over|about|for|with|new|no|any|these|those)\s+)plans?\s+(?:to|(?:a|an|new|more|further|fresh)\s)|planning|(?<!than[\s-])expects?|(?<!\b(?:the|a|an|his|her|its|their|our|my|your|no)\s+)awaits?(?=\s)|(?<!\b(?:the|a|an|his|her|its|their|our|my|your|of|no|any|with|for)\s+)fears?(?=\s+(?:a|an|another)\s+(?:[\w'’-]+\s+){1,4}?(?:in|on|at|by|before|during|over|this|next)\s)|intends?\s+to|aims?\s+to|hopes?\s+to|(?:is|are)\s+(?:planned|(?<!than[\s-])expected|scheduled|slated|set|forecast|projected|predicted|likely|poised)|(?=may|might)(?<=[a-z'’]\s+)(?<!\b(?:in|since|until|till|of|for|early|late|mid|last|next|this|by|from|to|through|during|the|than|before|after)\s+)(?<!\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?:and|or|to)\s+)(?:may|might)\s+(?:well\s+|also\s+|still\s+|soon\s+|not\s+)?(?!have\b(?!${HAVE_OBJECT})|not\b|[a-z]{3,}[^e\s]ed\b|(?:${PASTS_AFTER_NAME_MAY})\b)[a-z]{2,}|(?:(?:may|might)\s+be|(?:may|might|could)\s+${COMING_ABOUT}|can\s+(?!be\b|have\b|not\b|only\b|also\b)[a-z]{3,})|(?:is|are)\s+(?!being\b)[a-z]{2,}ing|(?=[a-z]+s\b)(?<!\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|tax|no|of|most|more|fewer|many|few|enough|several|all|\d(?:[\d,.]*\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozen|hundred|thousand|million|billion|housing)\s+)(?:begins|starts|opens|reopens|restarts|premieres|debuts|closes|ends|concludes|finishes|wraps\s+up|resumes|signs(?=\s+(?:it|them|the|a|an|his|her|its|their|into)\b)|returns|arrives|leaves|departs|steps\s+down|takes\s+(?:over|office)|retires|meets|convenes|reconvenes|visits|travels|heads|flies|goes|comes(?!\s+(?:(?:just|only|shortly|soon|hours|days|weeks|months|years|a|an|few|several|day|week|month|year|two|three|four|five|six|seven|eight|nine|ten)\s+){0,3}after\b)|expires|lapses|votes|hears|airs|plays|faces|hosts|welcomes|releases|(?:reports|publishes|announces|posts|unveils)(?=${RESULTS_AHEAD})|(?:runs|lasts|continues)(?=\s+(?:until|till|through|thru|from)\b)|(?:continues|runs)(?=\s+(?:on\s+)?(?:${WEEKDAY_WORD}|tomorrow\b))|takes\s+place|runs\s+out|takes\s+effect|kicks\s+off|gets\s+under\s+way|moves\s+(?:into|on\s+to)|enters|turns(?=\s+\d)|(?:rises|breaks(?:\s+up)?|adjourns)(?=\s+for\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}(?:recess|holidays?|break)\b))|(?=(?:${PLURAL_TIMETABLE})\s)(?<=\b(?!(?:is|was|has|does|this|its|his|us|as|yes|less|news)\b)[a-z]{2,}s\s+(?!(?:often|even|seven|eleven|between|when|then)\s)(?:[a-z]{2,}(?:ed|en|wn)|held|made|sold|built|paid|won|sent|set|cut|put)\s+(?:[\w'’.-]+\s+){0,4}(?!(?:to|do|does|did|not|will|would|shall|should|can|could|may|might|must|the|a|an|its|their|his|her|our|this|that|of|at|into|for)\s)[\w'’.-]+\s+)(?:${PLURAL_TIMETABLE})|(?<=\b(?!(?:is|was|has|does|this|its|his|us|as|yes|less|news|always|perhaps|sometimes)\b)[a-z]{2,}s\s+)(?<!\bdid\s+(?:(?:the|its|their|these|those)\s+)?[a-z]{2,}s\s+)(?:begin|start|restart|open|reopen|close|end|conclude|finish|wrap\s+up|walk\s+out|resume|reconvene|convene|expire|lapse|return|arrive|depart|meet|vote|visit|play|face|hold\s+(?:talks|an?|their|the|new|more|further|fresh)\b|(?:report|publish|announce|post|unveil|release)(?=${RESULTS_AHEAD})|take\s+place|head\s+(?:to|for|into|back)|travel\s+to|fly\s+to|go\s+to\s+the\s+polls|go\s+on\s+sale|take\s+effect|kick\s+off|get\s+under\s+way)|(?=(?:${PLURAL_TIMETABLE})\s)(?<=\b(?:in|during)\s+(?:${MONTH_WORD}|\d{4})\s+)(?:${PLURAL_TIMETABLE})|${PLURAL_SUBJECT_OF_PHRASE}|(?:begin|start|restart|resume|finish|end|open|reopen|close|return|meet|vote|play|visit|travel\s+to|fly\s+to|head\s+to)(?<=\b(?:they|we|(?-i:[A-Z])[a-z]+)${TEAM_RECORD}\s+[a-z]+(?:\s+to)?)(?<!\b(?:the|a|an|this|that|its|his|her|their|our|your|my|to|and|or|but|(?-i:[a-z])[a-z]*ly)\s+[a-z]+(?:\s+to)?)(?<!\b(?:the|a|an|this|that|its|his|her|their|our|your|my)\s+[a-z]+\s+[a-z]+(?:\s+to)?)(?=\s)|(?<=[a-z0-9],\s+)(?:begin|start|open|close|resume|return|arrive|meet|face|play|host|visit)\s+(?=(?:the|a|an|their|its|his|her)\b)|(?:face|play|host|meet|visit|welcome|take\s+on)(?<=\b(?-i:[A-Z])[a-z]+${TEAM_RECORD}\s+(?:[a-z]+|take\s+on))\s+(?=their\b|(?:the\s+)?(?-i:[A-Z]))|travel(?<=\b(?-i:[A-Z])[a-z]+\s+travel)(?=\s+to\s+(?-i:[A-Z]))|(?:that|which)\s+(?:goes\s+on\s+sale|go\s+on\s+sale|hits?\s+(?:stores|shelves)|launch(?:es)?|debuts?|premieres?)|who\s+(?:takes?\s+over|steps?\s+down|starts?|begins?|joins?|retires?|arrives?)|who\s+(?:face|play|host|meet|visit|welcome|take\s+on)\s+(?=their\b|(?:the\s+)?(?-i:[A-Z]))|(?:that|which)\s+(?:takes?\s+effect|comes?\s+into\s+force|goes\s+into\s+effect|go\s+into\s+effect|expires?|lapses?|begins?|starts?|opens?|closes?|ends?|resumes?|reconvenes?|convenes?|(?:runs?|lasts?)(?=\s+(?:until|till|through|thru)\s))|(?:is|are|remains?|stays?)\s+(?:[\w'’-]+\s+){0,3}?(?:until|till)(?=\s)|(?:forecasts|predicts|(?:has|have)\s+(?:forecast|predicted|signall?ed|flagged|pencill?ed\s+in))\s+(?!of\b)(?:[\w'’-]+\s+){1,3}?(?:for(?=\s)(?!\s+the\s+rest\s+of\b)|to(?=\s+[a-z]{3,}\s)|(?:in|by)(?=\s))|(?:has|have)\s+called\s+for\s+(?:[\w'’-]+\s+){1,3}?(?:on|in|at|for)(?=\s)|(?:forecasts|predicts|(?:has|have)\s+(?:forecast|predicted))\s+(?!of\b)(?:(?:heavy|light|more|some|scattered)\s+)?(?:rain|snow|showers|storms?|thunderstorms|sunshine|frost|fog|winds|gales|temperatures|highs?|lows?)\s+(?:on|by|from|over)(?=\s))\b|${LAUNCHED_AHEAD}`,
  deadline: String.raw`\b(?:raised|lifted|set|cut|lowered|issued|gave|reaffirmed|maintained|provided|affirmed|reiterated)\s+(?:its|their|the|his|her)\s+(?:[\w'’-]+\s+)?(?:guidance|outlook)\s+for(?:\s+(?:the|its|this|next))?(?=\s)|\bto\s+(?!(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|${NO_INFINITIVE_AFTER_TO})\b)(?![a-z]+(?<![sui])s\b)[a-z]{2,}(?:\s+[\w'’-]+){0,5}?\s+by(?=\s)|\bgave\s+(?:${NOT_THE_DAY_OF_ORDER}[\w'’-]+\s+){1,3}?until(?=\s)|\b(?:ordered|told|asked|urged|instructed|directed|required|called\s+on|(?<!\bhad\s+(?:[a-z]+ly\s+)?)(?:promised|pledged|vowed))\s+(?:${NOT_THE_DAY_OF_ORDER}[\w'’-]+\s+){1,10}?(?:(?<!\b(?:[a-z]+ed|hurt|hit|struck|shaken|beaten|taken|caught|driven|held|led|won|lost|made|seen|known)\s+)by|(?<=\bto\s+[a-z]{2,}(?:\s+[\w'’-]+){0,5}?\s+|\s(?:${ORDERED_STATE})\s+)(?:until|till))(?=\s+(?:\d|noon|midnight|mid-|the\s+end\b|end\b|next\b|this\b|tomorrow\b|tonight\b|${WEEKDAY_WORD}|${MONTH_WORD}))(?!\s+[\w.-]+['’]s\b)${ORDER_OR_PROMISE_GONE}|(?:starting|beginning|effective)(?<=[a-z]\s+[a-z]+)(?:\s+(?:on|from))?(?=\s)`,
  putOff: String.raw`\b(?:(?:was|were)\s+)?(?:(?:postponed|delayed|extended|deferred|adjourned|put\s+off|rescheduled)(?=(?:\s+[\w'’.-]+){0,8}?,?\s+(?:until|till|through|thru|to|for)\b)|(?:cancell?ed|suspended|halted|paused|grounded)(?=(?:\s+[\w'’.-]+){0,8}?,?\s+(?:until|till|through|thru)\b)${OUTCOME_TOLD_AFTER}|(?:(?:moved|pushed|pushing|shifted)(?:\s+(?:back|up|forward))?|(?:put|brought|bringing)\s+(?:back|forward|off))(?=(?:\s+[\w'’.-]+){0,8}?,?\s+(?:to|until)\s))\b|(?=postpone|delay|extend|defer|adjourn|reschedule|put|move|push|shift|bring)(?<=\bto\s)(?:(?:postpone|delay|extend|defer|adjourn|reschedule|put\s+off)(?=(?:\s+[\w'’.-]+){0,8}?,?\s+(?:until|till|to|for)\b)|(?:(?:move|push|shift)(?:\s+(?:back|up|forward))?|(?:put|bring)\s+(?:back|forward|off))(?=(?:\s+[\w'’.-]+){0,8}?,?\s+(?:to|until)\s))\b`,
  planned: String.raw`(?<!than[\s-])\b(?:(?:was|were)\s+)?(?:(?<!\b(?:was|were|been|be|being|is|are)\s+)(?:booked|reserved)\s+(?:[\w'’-]+\s+){0,2}?(?:flights?|rooms?|tickets?|seats?|hotels?|tables?|passage|venues?|halls?)\s+for(?=\s)|(?:scheduled|slated)(?<!\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those)\s+[a-z]+)\s+(?:the|a|an|its|his|her|their)\s+(?!${FEAT_SET})(?:${NOT_THE_DAY_OF_ORDER}[\w'’-]+\s+){0,4}?for(?=\s)|(?:planned|expected|scheduled|slated|targeted(?!\s+(?:a|an|the|its|his|her|their|our)\s+(?!(?:[\w'’-]+\s+){0,2}(?:${TARGETED_OCCASION})\b)))(?<!\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those)\s+[a-z]+)(?<!\bhad\s+expected)${PLAN_FAILED_AFTER}|(?:forecast|predicted|projected)\s+to|set\s+to|set(?=\s+for\s)|guided\s+(?:for|to)(?=\s)${OUTCOME_TOLD_AFTER}|(?:designed|drafted|intended|meant|earmarked|budgeted|tailored|geared|readied)\s+for(?=\s+(?:a|an|the|its|their|his|her|next|this)\s)${OUTCOME_TOLD_AFTER}|(?<!\bhad\s+been\s+)(?:preparing|bracing|readying|stocking\s+up|gearing\s+up)\s+for(?=\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){1,3}?(?:in|at|by|during|over)\s)${OUTCOME_TOLD_AFTER}|called\s+for(?=\s+(?:${WEEKDAY_WORD}|${MONTH_WORD}|next\b|tomorrow\b|tonight\b|\d))${OUTCOME_TOLD_AFTER}|due\s+(?:to(?!\s+${CAUSE_AFTER_DUE_TO})|in|on|for|after|before|at|out|by)|(?<!\b(?:was|were|been|being)\s+)(?<!${COORDINATED_PASSIVE})(?:decided|agreed|promised|pledged|vowed|voted|threatened|offered|asked|ordered|urged|called|invited|authorized|approved|required|requiring|forced|forcing|hoped|wanted|intended|aimed|wished|advised)\s+(?:(?:on|in|last|this)\s+[\w.]+\s+(?:[\w.]+\s+)?|(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+)?(?:plan|proposal|bill|measure|deal|motion|budget|scheme|law|rule|decision)s?\s+|(?!\d)[\w'’-]+\s+)?to(?!\s+(?:the|a|an|his|her|its|their|our|this|that|these|those)\b|\s+\d)|set\s+(?:the|a|an|its|his|her|their)\s+(?!${FEAT_SET})(?:${NOT_THE_DAY_OF_ORDER}[\w'’-]+\s+){0,4}?(?:for|to|date\s+of)(?=\s)|set\s+(?:sentencing|trial|arraignment|bail\s+hearings?|hearings?|jury\s+selection|elections?|polls|voting|talks|a\s+date)\s+for(?=\s)|(?:called|convened|summoned)\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:meetings?|sessions?|summit|votes?|elections?|referendum|hearings?|conference|rally|strikes?|talks|debate)\s+for(?=\s))\b`,
  // ("were told to evacuate by Friday" is an order, not a report)
  report: String.raw`(?=said|says|told|tells|reported|announced|stated|added|noted|wrote|confirm|warn|predict|argu|insist|claim)(?<!\b(?:be|been|being|is|are)\s+)\b(?:said|says|told(?!\s+to\b)|tells|reported|announced|stated|added|noted|wrote|confirm(?:ed|s)|warn(?:ed|s)|predict(?:ed|s)|argu(?:ed|es)|insist(?:ed|s)|claim(?:ed|s))\b`,
  // (a form in -ed before "by" is a passive's, unless the "by" tells how much: "Sales
  // increased by 5% in March", BY_HOW_MUCH; what is "retroactive to" a date reaches back to it,
  // whatever the tense of the grant: "will receive a raise retroactive to July 1")
  past: String.raw`\bwould(?=${FORESEEN_GONE})|\b(?:retroactive(?:ly)?|backdated)(?=\s+to\s)|\b(?:would|could|should|must|might)\s+(?:not\s+)?have\b(?!${HAVE_OBJECT})|\b(?:comes|follows)(?=\s+(?:(?:just|only|shortly|soon|hours|days|weeks|months|years|a|an|few|several|day|week|month|year|two|three|four|five|six|seven|eight|nine|ten)\s+){0,3}after\b)|\bfollows(?=\s+(?:a|an|the|his|her|its|their|last|weeks|months|days|years)\b)|\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bthan\s+(?:in|during)(?=\s+(?:the|its|last)\b)|(?=[a-z]+ed\b|was|were|had|did|ago|since|last|${IRREGULAR_PAST})(?<!\b(?:be|been|being|is|are|am|was|were|get|gets|got|getting|stay|stays|staying|remain|remains|remaining|become|becomes|becoming|seem|seems|to|the|a|an)\s+)(?:(?<!\b(?:be|is|are|am|remain|remains)\s+(?:currently|now|still|already|also|fully|partly|largely|only|not|being)\s+)|${CHARGED_WITH})(?<!${COORDINATED_PASSIVE})\b(?!(?:need|speed|seed|bed|red|hundred|indeed|succeed|proceed|exceed|feed|breed|shed|wed|sled|naked|wicked|sacred|kindred|hatred|creed|embed|united|limited|based|combined|aged|${NAMES_IN_ED})\b)(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t|ago|since|last(?!\s+(?:through|until|till|into|for|beyond|longer)\b|\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)|(?<!\b(?:for|with|of|into|from|under|without|among|its|his|her|their|our|my|your|if|unless|whether|when|though|although)\s+|(?:^|[^\w\s'’]\s*)once\s+|\b(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+[a-z]+[-‐]|\b(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+${ADVERB_LY}\s+)[a-z]{2,}ed(?!\s+by\b(?!\s+${BY_HOW_MUCH})|(?<=,\s+${ADVERB_LY}\s+[a-z]+)\s+(?-i:[A-Z])(?!${WEEKDAY_WORD}|${MONTH_WORD}))|(?<=,\s+)[a-z]{2,}ed(?=\s+by\b[^,.;!?]{1,80},)|${IRREGULAR_PAST_FORM}|(?:${IRREGULAR_PARTICIPLE})(?!${PASSIVE_BY})|(?<=,\s+)(?:${IRREGULAR_PARTICIPLE})(?=${PASSIVE_BY}[^,.;!?]{1,80},))\b|\b(?:set|hit|cut|shut|put|quit|beat|spread|bid|cost|hurt|burst|cast|broadcast|forecast|upset)\b(?<!\b(?:let|lets|letting|help|helps|helping|make|makes|making)\s+(?:[\w'’-]+\s+){1,3}[a-z]+)(?<!\b(?:will|would|shall|can|could|may|might|must|should|to|do|does|did|not|n['’]t|I|we|you|they|['’]ll|the|a|an|tax|price|rate|job|be|been|is|are|stay|stays|remain|remains|first|second|third|next|another|further|any|no|its|his|her|their|our|this|that|surprise|emergency|big|deep|sharp)\s+[a-z]+)(?<!\b(?:the|a|an|its|his|her|their|our|this|that)\s+(?:final|first|last|latest|new|live|special|annual|weekly|daily|nightly|own|next|previous|biggest|greatest|early|late|evening|morning)\s+[a-z]+)(?!\s+(?:to|for)\b)(?!(?<=\b(?!(?:after|before|since|until|when|as|because|while|if|once|that)\s)(?-i:[a-z])[a-z]*\s+(?:the|a|an|its|his|her|their|our|this|that)\s+(?:[a-z-]+\s+){1,3}(?:forecast|broadcast|bid|cut))\s+(?:on|in|at|by|from|this|next|last|later|early|late)\b)`,
} as const;

/**
 * Ranges. `pairStart` + A + `pairJoin` + B gives a range from A to B ("between 2014 and 2016",
 * "from May 5 to May 7", "from the 1980s to the 1990s"); A + `join` + B does too when nothing comes before ("1991 to 1997",
 * "Monday through Friday", "1994/95"). A lone expression after `start` starts a range ("since February
 * 2022", "from May 5"); after `end` it ends one ("until 2025").
 */
export const RANGES = {
  pairStart: String.raw`\b(?:between|from)\s+(?:the\s+)?$`,
  /**
   * Before the date a move gives up ("moved the hearing from [Oct. 29] to Jan. 21", "brought
   * forward the launch from [March 1] to Jan. 15"): its two dates are no span in time order,
   * and either may come first.
   */
  movedFrom: String.raw`\b(?:moved|moving|brought|bringing|pushed|pushing|shifted|shifting|postponed|postponing|delayed|delaying|rescheduled|rescheduling|put\s+off|putting\s+off|deferred|advanced|changed)\b[^.;!?]{0,40}?\bfrom\s+(?:the\s+)?$`,
  pairJoin: String.raw`^\s*(?:and|to|until|till|through|thru|[-–—])\s*(?:the\s+)?$`,
  // a slash joins only ends written together ("the 1994/95 budget", "May/June")
  // (and a run told after its opening: "opens [Friday] and runs through [March 1]")
  join: String.raw`^(?:\s*(?:to|until|till|through|thru|[-–—])\s*|/|\s+and\s+(?:runs|continues|lasts|stays\s+open|remains\s+open)\s+(?:to|until|till|through|thru)\s+)$`,
  start: String.raw`\b(?:since|from|starting|beginning|as\s+of|effective)\s+$`,
  end: String.raw`\b(?:until|till|through|thru|up\s+to|before)\s+$`,
  // days in a list come in order: "closed on Monday and Tuesday", said on a Tuesday, is next
  // week's Tuesday, not today
  list: String.raw`^\s*,?\s*(?:and|or)\s+(?:on\s+)?$`,
  /**
   * Between the first items of a list of three or more, where the last tells the year of all
   * ("in January, February and March last year").
   */
  listComma: String.raw`^\s*,\s*$`,
  /**
   * A year the last end of a range or list writes out, which the ends before it share ("from
   * June 11 to July 19, 2026", "in January and February last year", "on March 3 and March 5 next
   * year"): four digits, an apostrophe and two ("June '26"), or a year told from this one.
   */
  yearTold: String.raw`\b\d{4}\b|['’]\d{2}\b|\b(?:last|this|next)\s+year\b`,
  /**
   * A run told in the present simple, just before its start ("Hurricane season [runs from] June
   * 1 to Nov. 30", "The exhibition [runs from] ..."): its span may hold the publication, so a
   * start a year ahead before an end ahead this year is this year's (told in August: June 1 to
   * Nov. 30 of this year, running now). Not a run still to begin ("will run from", "will likely
   * run from", "is to run from"), whose start is ahead; nor one of a year told before it in its
   * sentence ("Next year's season runs from", ranges.ts).
   */
  /**
   * Before the first of two weekdays on the publication's day, the second of which the tense put
   * in the week gone by: days a plan or a notice is for ("canceled 3,000 flights for [Friday] and
   * Saturday", "issued a blizzard warning from [6 a.m. Friday] until 1 p.m. Saturday"), which run
   * on to tomorrow. Not a past act's days ("searched the area on [Friday] and Saturday",
   * "marched on [Friday] and Thursday", told on a Friday), which are not moved on (ranges.ts
   * moves such a first day to the week gone by instead, when the second is more than three days
   * before it).
   */
  aheadFromToday: String.raw`(?:\bfor|\b(?:warnings?|watch(?:es)?|advisor(?:y|ies)|alerts?|forecasts?|curfews?|closures?|bans?|restrictions?|outages?|shutdowns?|strikes?)\s+(?:(?:in\s+(?:effect|force|place)|set|planned|scheduled)\s+)?(?:from|between|for))\s+(?:the\s+)?$`,
  runsNow: String.raw`(?:\b(?:runs|lasts|continues|stretches|extends)|(?<!\b(?:will|would|shall|to|may|might|could|should|must|can|won['’]t|['’]ll)\s+(?:[a-z]+ly\s+|(?:also|then|again|still|now|soon|not|only|each|all|both|even|once)\s+)?)\b(?:run|last|continue))\s+from\s+(?:the\s+)?$`,
} as const;

/**
 * Where another clause begins after an expression: its verbs tell of something else ("was
 * arrested on Sunday and will appear in court" — the arrest is past; "passed the Senate in May
 * and goes to the House"). An "and" between nouns
 * ("police and FBI agents said") is no break; one before an auxiliary is, and one before a verb in
 * -s and a word that opens its object or follows it ("cut rates in [January] and meets again on
 * March 17", told in February, is last January: the present "meets" tells of its own verb
 * phrase, not of the one with the date; so before a name, "signed Smith in [January] and plays
 * Lorem on Sunday"), and so is one before a past in -ed ("would begin voting
 * [Wednesday] and hoped to bring it to the floor next week" is a Wednesday to come) or before a
 * change of office told in the present ("retired from the army in [May] and retires from the
 * board in December" is a May gone by). Before "in" or "at" only a verb that is no plural noun
 * ("shut down in [January] and reopens in March"): "Strikes in [June] and protests in July
 * toppled the government" is one subject, dated by "toppled". "That", "when",
 * "whether" open a reported, relative or adverbial clause ("said in a statement Tuesday that it
 * will close the plant" is about the statement; "could not say Tuesday when he would leave" is
 * about the saying), unless "that" names a time itself ("Tuesday that week").
 */
export const CLAUSE_BREAK = String.raw`\b(?:and|or)\s+(?=(?:will|won't|would|shall|can|could|should|must|may|might|is|are|was|were|has|have|had|did|does|do)\b)|\band\s+(?=[a-z]{2,}(?:s|ed)\s+(?:to|the|a|an|on|into|for|back|up|down|out|again|more|its|their|his|her)\b|(?:reopens|opens|closes|resumes|reconvenes|restarts|expires|arrives|departs|begins)\s+(?:in|at)\b|(?:retires|takes\s+(?:over|office))\b|(?-i:[a-z]{2,}s\s+[A-Z]))|\band\s+(?=(?:it|he|she|they|we)\s+[a-z])|\b(?:but|while|whereas|when|whether|if|because|although|though|unless)\b|\bthat\b(?!\s+(?:same\s+)?(?:day|night|morning|afternoon|evening|week|weekend|month|year|time)\b)`;

/**
 * Before an expression, what opens a clause of its own, whose tense the clause before it does not
 * give: "will play on Sunday after beating Fritz on [Friday]" tells of a Friday gone. So does the
 * attribution after a quotation that opens the sentence: in '"We will pay," Heyerdahl told
 * reporters on [Wednesday]', the "will" is the speaker's (matched on the sentence up to the date).
 */
export const CLAUSE_OPENING = String.raw`\b(?:after|having)\s+(?=[a-z]+ing\b)|\bafter\s+(?=(?:he|she|they|it|we|i)\s)|(?<=^\s*["“][^"“”]{1,300}[,.!?]["”])\s`;

/**
 * What sets off an aside within a clause: commas, dashes and brackets. A tense cue in the same
 * aside as an expression governs it first ("Reno, who met the family Tuesday, will decide").
 */
export const ASIDE_BREAK = String.raw`,|\s[-–—]{1,2}\s|[()]`;

/**
 * What opens a relative aside after its break: "The Dodgers, who last won the Series in 2020,
 * open the playoffs on Saturday" tells of a coming Saturday; "won" is the aside's. So is a
 * passive participle and its "by" ("The new rules, drawn up by the ministry, apply from March").
 */
export const RELATIVE_OPENER = String.raw`\s*(?:who|which|whose|whom)\b|\s*(?:[a-z]{2,}ed|${IRREGULAR_PARTICIPLE})${PASSIVE_BY}`;

/**
 * A past perfect: "had" and a past participle ("had collapsed", "had already been"), not "had"
 * with an object ("had talks", "had surgery", "had a meeting"), nor the past of what was said
 * ("Police said they had arrested a man in a shooting early Sunday" tells of Sunday).
 * (The word is looked for before what comes behind it: a lookbehind tried first is tried at
 * every character of the text searched.)
 */
export const FLASHBACK = String.raw`\b(?=had\s)(?<!\b(?:said|says|told|tells|reported|announced|added|confirmed|stated|noted|wrote|believed|thought|knew|learned|found)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,4})had\s+(?:(?:not|never|already|just|also|previously|long|recently|earlier|first)\s+)?(?:been|\p{L}+(?:ed|en|wn|ne|ght|pt|ft|lt|nt|ld|id)|met|won|run|begun|come|become|put|cut|hit|set|let|shut|quit|hurt|led|fled|fed|sat|got|shot|lost|struck|stuck|hung|dug|swum|sung|rung|spun)\b`;

/**
 * The opener of a relative clause with no comma before it: "The man who was arrested Tuesday
 * will appear in court Friday", "A storm that dumped snow on Friday is expected to reach ..." are
 * last Tuesday and last Friday, told by the relative clause's own verb.
 */
export const RESTRICTIVE_RELATIVE = String.raw`(?<![,(]\s*)\b(?:who|that|which)\s`;

/**
 * A restrictive relative clause whose verb has its date already, and a preposition of time that
 * opens the next date: the relative clause closed with its own date, and the next is the main
 * verb's ("Acme will report results for the quarter that ended in December on [March 25]": the
 * reporting, ahead, not the ending; tense.ts). DATA ONLY: matched case-insensitively on the text
 * from the relative's opener to the expression.
 */
export const RELATIVE_CLOSED_BY_DATE = {
  pattern: String.raw`^(?:who|that|which)\s+[^,;:.!?]*?\s(?:(?:in|on|at|during)\s+)?(?:${MONTH_WORD}(?:\s+\d{1,2}\b\.?)?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH_WORD}(?:\s+\d{4})?|\d{4}|${WEEKDAY_WORD})\s+(?:on|in|at|by)\s+$`,
  /** Text from the relative's opener to the expression, where the pattern matches. */
  examples: [
    'that ended in December on ',
    'that ended Dec. 31 on ',
    'who was hired in 2019 in ',
    'which closed on Friday on ',
  ],
  counterExamples: [
    'that ended in ',
    'who was arrested on ',
    'that dumped snow on ',
    'that ended in December, on ',
  ],
} as const;

/**
 * Plural present verbs that set when a rule, a service or a fixture runs, which the main clause
 * of RELATIVE_DATED_BEFORE_PRESENT may have for its -s verb after a plural subject ("The rules
 * that the council adopted in March apply from [Monday]": next Monday; made-up). A regular
 * expression alternation of whole words.
 */
const SCHEDULED_PLURAL_PRESENT =
  'apply|take|begin|start|end|open|close|expire|resume|run|come|last|remain|meet|play|face';

/**
 * A restrictive relative closed by its own date, then the main clause's verb in -s and a few words
 * before the expression's preposition: the expression is that present verb's, a fixture ahead, and
 * the relative's past tells nothing of it ("The team that won the cup in 2019 plays Lorem on
 * [Sunday]": next Sunday; made-up). A weekday too, unlike RELATIVE_CLOSED_BY_DATE, as the verb
 * stands between. DATA ONLY: matched case-insensitively on the text from the relative's opener to
 * the expression; group `relative` is the relative up to its date, whose verbs are set aside (the
 * words after it stay the main clause's: "The poll that closed in May shows support fell on
 * [Sunday]" is last Sunday, from "fell").
 */
export const RELATIVE_DATED_BEFORE_PRESENT = {
  pattern: String.raw`^(?<relative>(?:who|that|which)\s+[^,;:.!?]*?\s(?:in|on|at|during)\s+(?:${MONTH_WORD}(?:\s+\d{1,2}\b\.?)?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH_WORD}(?:\s+\d{4})?|\d{4}))\s+(?:\p{Ll}{2,}[^su\s]s|${SCHEDULED_PLURAL_PRESENT})\s+(?:[\p{L}'’-]+\s+){0,3}(?:on|at|from|by)\s+$`,
  /** Text from the relative's opener to the expression, where the pattern matches. */
  examples: [
    'that won the cup in 2019 plays Lorem on ',
    'who joined in May leaves the club on ',
    'that the city opened in March 2020 closes on ',
    'that the council adopted in March apply from ',
    'that lawmakers passed in 2019 take effect on ',
  ],
  counterExamples: [
    'that won the cup in 2019 on ',
    'that won the cup on ',
    'that won the cup in 2019, plays Lorem on ',
    'that lost in 2019 was beaten on ',
    'that the council adopted in March again on ',
  ],
} as const;

/**
 * A possessive after an expression: "Wednesday's ruling" names the day of the ruling, which the
 * verb of the sentence does not date ("they would look for ways to get around Wednesday's
 * ruling" is about a ruling already made). The nearest such day is taken. Not after a
 * preposition of time or place (looked for behind the expression, one or two words): "will vote
 * at Tuesday's meeting", "before Sunday's final" set the act at that occasion, and its tense
 * places it.
 */
export const UNTENSED_AFTER = String.raw`(?<!\b(?:at|during|before|ahead\s+of|until|by|in)\s+(?:\p{L}+\s+)?\p{L}+)['’]s\b`;

/**
 * What readies an occasion, and its "for", right before the occasion's day in the possessive: the
 * occasion comes after it, so a day the readying is told on later in the sentence bounds the
 * occasion's ("Ticket sales for [Saturday]'s concert opened on Monday", "Preparations for
 * [Saturday]'s parade began on Tuesday", told on a Wednesday, are of the coming Saturday;
 * readied.ts). Not any "for": "was praised for [Saturday]'s concert on Monday" is the one gone.
 * Tried on the text before the day.
 */
export const READIED_FOR_BEFORE = String.raw`\b(?:tickets?|ticket\s+sales|(?:advance\s+)?bookings|preparations?|rehearsals?|practice|training|warm-?ups?|previews?|build-?up|run-?up|lead-?up|countdown|tune-?ups?)\s+for\s+$`;

/**
 * The readying's own course, told of it from the occasion to the readying's day: only then is
 * that day the readying's ("Ticket sales for Saturday's concert [opened on ]Monday", "Tickets for
 * Sunday's final [sold out on ]Monday"). Another act on the day is told after the occasion, which
 * may be gone by then: "Tickets for Saturday's game were resold by touts, police said on Monday",
 * "tickets for Saturday's final were refunded on Monday", told on a Wednesday, are last
 * Saturday's. Tried on the text from the end of the occasion's day to the readying's day.
 */
export const READIED_COURSE = String.raw`^['’]s\s+(?:[\p{L}'’-]+\s+){1,4}?(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?(?:opened|began|begun|started|got\s+under\s+way|kicked\s+off|went\s+on\s+sale|sold\s+out|continued|resumed|intensified|stepped\s+up|ramped\s+up|closed|ended|finished|wrapped\s+up|completed)\b[^,;:.!?]{0,40}$`;

/**
 * A period "to date" (`period`, tried on an expression's text: "year to date", "quarter-to-date")
 * and what bounds it at a day of its sentence (`endBefore`, tried on the text right before that
 * day): "Sales [through ]December were up 4 percent year to date", "In the year to date [ended
 * ]Dec. 31", told in January, are of the year December ends (to-date.ts).
 */
export const TO_DATE = {
  period: String.raw`^(?:the\s+)?(?:year|quarter|month)(?:\s+to\s+|-to-)date$`,
  endBefore: String.raw`\b(?:through|thru|ended|ending|until|as\s+of|at\s+the\s+end\s+of)\s+(?:the\s+end\s+of\s+)?$`,
} as const;

/**
 * A period before the figures reported for it: "[third-quarter] results will be released
 * Tuesday", "[February] sales figures are due" are about a period already begun, not the next
 * third quarter or February; the tense of the release does not place it ("will release its
 * [October] producer price index tomorrow", in November, is the last October). So are sales once
 * reported ("scheduled to report [December] sales"), not those forecast ("May sales will rise",
 * "Economists expect the [June] consumer price index to rise"), nor those of the next sentence
 * ("close at [10 p.m.] Results are expected Saturday").
 */
export const REPORTED_AFTER = String.raw`(?<![.!?])(?<!\b(?:${FORECASTING})\s+(?:(?:the|its|their|a)\s+)?[\w.-]+)\s+(?:(?:net|operating|pretax|sales|earnings|trade|jobs|employment|consumer|producer|wholesale|import|export|industrial|retail)\s+){0,2}(?:(?:price\s+)?(?:results|earnings|profits?|losses|revenues?|figures|data|numbers|report|index|deficit|surplus|payrolls?)|housing\s+starts)\b|(?<=\b(?:report|reports|reported|reporting|release|releases|released|post|posts|posted)\s+\S+)\s+(?:(?:retail|home|car|auto|vehicle|same-store)\s+)?sales\b`;

/**
 * ... and the same period after its figures and "for": "Data for [February] will be released on
 * Monday", "Figures for [the fourth quarter] are due" (not figures expected: "expects profits for
 * [the fourth quarter] to rise"). Tried on the text right before the expression (ending at it).
 * (The figures are looked for before what comes behind them, as in FLASHBACK.)
 */
const REPORTED_FIGURES = String.raw`(?:results|earnings|figures|data|numbers|statistics|profits?|losses|revenues?)`;
export const REPORTED_BEFORE = String.raw`\b(?=${REPORTED_FIGURES}\s)(?<!\b(?:${FORECASTING}|saw|estimates?|estimated|targets?|targeted|raised|cut|lowered|guided)\s+(?:[\p{L}'’-]+\s+){0,3})${REPORTED_FIGURES}\s+for\s+(?:the\s+(?:month\s+of\s+)?)?$`;

/**
 * What follows the date that opens a list's line, as an entry: a colon or a dash ("Oct. 16:
 * Kennedy is briefed", "Jan 27 - Protesters march", "Sunday: Snow likely"). Matched right after
 * the date.
 */
export const ENTRY_AFTER = String.raw`[ \t]*(?::|[-–—]\s)`;

/**
 * A period measured back from the day that ends it, as data releases give it: "prices are up 3%
 * in the 12 months through [October]", "in the year through", "over the period through", "year to
 * date through". Only after "in", "over" or "during": a period funded, covered or run for is a
 * bound ahead ("funds the government for the year through [September]", "The contract covers the
 * period through [September]", "runs for the six months through"); nor one still to come ("in
 * the next six months through").
 */
const MEASURED_PERIOD = String.raw`\b(?:(?:in|over|during)\s+the\s+(?!(?:next|coming|following|rest|remainder)\b)(?:[\w-]+\s+){0,2}(?:days|weeks|months|quarters|years|year|quarter|half|period)|year\s+to\s+date|this\s+year)`;

/**
 * Right before an expression, a bound of something still running: where no tense cue decides,
 * the bound is ahead ("funds the government through [Sept. 30]", "the ban stays in force until
 * [June]"); with one, the tense does ("was closed until [Monday]"). Not the end of a measured
 * period, which is a record's ("Prices are up 3% in the 12 months through [October]", told in
 * December: the October gone, by the nearest month).
 */
export const BOUND_BEFORE = String.raw`(?<!${MEASURED_PERIOD}\s+)\b(?:until|till|through|thru)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?$`;

/**
 * Right before a weekday, the start of something that runs on from it: where no tense cue
 * decides, the coming one, as a bound is ahead ("Trades settle on a T+2 basis from [Monday]",
 * "New fares apply from [Monday]", told on a Wednesday; tense.ts); with one, the tense does
 * ("Trains ran hourly from [Monday]"). Not what comes from a day, a record of it ("Data from
 * [Monday] show"). DATA ONLY: matched case-insensitively on the text right before the weekday.
 */
export const START_BOUND_BEFORE = {
  pattern: String.raw`(?<!\b(?:data|figures|numbers|results|footage|images|photos|pictures|videos?|reports?|comments|remarks|statements?|minutes|notes|records?|polls?|surveys?|stor(?:y|ies)|articles?|letters?|emails?|speech|scenes?|highlights|coverage|tweets?|posts?)\s+)\b(?:from|starting|beginning|effective)\s+(?:on\s+)?$`,
  /** Text right before the weekday, where the pattern matches. */
  examples: ['settle on a T+2 basis from ', 'New fares apply from ', 'Prices rise starting '],
  counterExamples: ['Data from ', 'footage from ', 'settle on '],
  /**
   * Right after the weekday, the other end of a range, which is no start of something running
   * on: "Stores are open from [Monday] to Friday" is a week's span, placed as a range is.
   */
  rangeAfter: String.raw`^\s*(?:to|through|thru|till|until|and|[-–])\s`,
} as const;

/**
 * An expression that is a weekday: after a past decision or order ("forced thousands to flee on
 * Tuesday", "voted to fire the superintendent on Monday") a weekday is as likely the day of the
 * decision as of the act decided, so the nearest is taken; a month still looks ahead ("decided
 * to admit them in March"). So is a weekday after its clock time ("ordered residents to leave,
 * beginning at [noon Saturday]", told on a Monday, is the Saturday gone, as "beginning [Saturday]"
 * is).
 */
export const WEEKDAY_EXPRESSION = String.raw`^(?:(?:noon|midnight|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)\s+(?:on\s+)?)?${WEEKDAY_WORD}`;

/**
 * Past cues that tell only of the date after them: the base of a comparison ("stronger in the
 * second half than in [the first half]" says nothing of the second half). Tried on the cue.
 */
export const ONLY_BEFORE = String.raw`^than\b`;

/**
 * A date right after a `nearest` cue, before another expression with its own preposition: the
 * cue is about that date, and the other expression hangs on the clause's verb ("The bank cut its
 * forecast for 2025 on [Tuesday]", told on a Sunday, is the Tuesday gone; "pared bets on a
 * December cut on [Monday]"), also when the cue is its determiner, up to the month ("left rates on
 * hold at its December meeting on [Tuesday]", told on a Monday, is the Tuesday gone). Not a noun
 * the expression dates ("met ahead of the vote on [Tuesday]" is still the nearest). Tried on the
 * text between the cue and the expression.
 */
export const CUE_OBJECT_DATE = String.raw`^\s*(?:(?:an?|the|its|their)\s+)?(?:(?:1[89]|20)\d\d|${MONTH_WORD}(?:\s+\d{1,4})?|next\s+(?:year|month|week)|(?:first|second|third|fourth)[\s-]+quarter|(?:first|second)[\s-]+half)(?:\s+(?!(?:on|in|at|during)\s)[\w'’-]+){0,2}\s+(?:on|in|at|during)\s+$`;

/**
 * What something comes ahead of is the nearest such day, unless a future is told before it:
 * "Lawmakers met ahead of Tuesday's vote" may be either side of the report, "Lawmakers will meet
 * ahead of Tuesday's vote" is ahead. So is an occasion a month names, set after a preposition:
 * "Biden faces voters in the November election" may be either, "Biden will face voters in the
 * November election", told in March, is the coming one; "will challenge the result of the
 * November election" is still the nearest. Tried on the `nearest` cue.
 */
export const YIELDS_TO_FUTURE = String.raw`^(?:ahead|in\s+the\s+run-up|the\s+run-up)\b|^(?:${OCCASION_PREPOSITION})\s`;

/**
 * A promise or a threat in the present perfect, or in what was said, is not of its own day: "have
 * vowed to hold a rally on [Friday]" and "said they hoped to hold the vote on [Wednesday]" are
 * ahead, where "voted to fire him on [Monday]" and "vowed to veto the bill on [Tuesday]" may be
 * the day of the vote or the vow. `verb` is tried on the planning cue, `before` on what comes
 * before it in its sentence.
 */
export const PROMISED = {
  verb: String.raw`^(?:vowed|pledged|promised|threatened|hoped|wanted|intended|aimed|wished)\b`,
  /** Before the verb: a present perfect, or a saying whose complement it is. */
  before: String.raw`\b(?:has|have)\s+$|\b(?:said|says|told|announced|added)\b[^.!?;]*$`,
} as const;

/** Past forms of announcing and arranging, whose object may still be ahead (PAST_GOVERNS). */
const ARRANGED_PAST = String.raw`announced|invited|called|set|scheduled|rescheduled|summoned|ordered|asked|proposed|promised|pledged|vowed|threatened|warned|planned|expected|slated|booked|reserved|postponed|delayed|moved|adjourned|arranged|organi[sz]ed`;

/**
 * Past forms that tell a day came, with it as their subject: its passing, its taking place or
 * ending, its turnout or result ("The May 3 deadline passed", "The May 6 match ended in a draw",
 * "Easter Sunday services were packed", "The April 28 marathon raised $2 million"). Not what comes
 * before the day, which may still be ahead: a sale, a reaction, an arrangement ("The June 5
 * concert sold out", "The May 15 launch was criticised", "The Jan. 14 deadline was agreed").
 */
const DAY_CAME_PAST = String.raw`(?:was|were)\s+(?:held|staged|played|run|won|lost|missed|attended|packed|crowded|marred|disrupted|overshadowed|watched|celebrated|observed|marked|completed|decided)|passed|expired|lapsed|came\s+and\s+went|ended|finished|concluded|closed|went\s+(?:ahead|off|smoothly|well|badly|unnoticed|quietly)|took\s+place|occurred|happened|began|started|opened|kicked\s+off|fell|failed|drew\s+(?:a\s+)?(?:crowds?|thousands|hundreds|record|large|big|huge)|raised|saw|turned\s+(?:into|out)|produced|ran`;

/**
 * A past verb that governs a day ("was ousted on [Feb. 11]", "seized power in a coup on
 * [Feb. 11]", "hit the coast on [Jan. 3]") keeps the day in the past, even when the calendar
 * would put it just ahead (published in December). `between` must match the whole text from
 * the verb to the day (case matters): no punctuation, and no word that hangs the day on
 * something still to come ("subpoenaed him to testify [Feb. 10]", "called a referendum for
 * [Feb. 11]"); a "to" before a noun phrase is a place or a measure ("rose to a record on
 * [Jan. 14]", "fled to Saudi Arabia on [Jan. 14]"). `verb` is tried on the verb itself: past forms of
 * announcing and arranging, whose object may still be ahead ("announced elections on
 * [Feb. 11]"), do not keep it. A past verb of a subject the day names governs it too ("The
 * [May 3] deadline passed", "[Easter Sunday] services were packed", told a few weeks before those
 * days, are the last ones): `subject` must match the whole text from the day to the first cue
 * after it, a past one (a noun or a few, no verb), and `subjectVerb` the text from that cue on,
 * a past that tells the day came (DAY_CAME_PAST; not one of arranging, putting off or drawing
 * near, nor "was" and an adjective: "the [Jan. 14] deadline was final" may still be ahead, as
 * "The [June 5] concert sold out" is). `reachedBack` is tried on the text from the past cue to the
 * day: what reaches back to a day governs it as a past verb does, though its "to" would not let
 * `between` match ("will get back pay retroactive to [Jan. 1]", told in December, is the last
 * January's). `reaching` is such a cue by itself: it reaches back to its own day only, and gives
 * no tense to a day further on ("will be paid retroactive to Dec. 15 once the budget passes in
 * [January]" is the coming January). `fronted` must match the text from the sentence's start to
 * a day that opens it with "On", and `frontedSubject` the text from the day to the first cue
 * after it, a past one and not `verb` (a subject of a few words, no modal, no clause): "On
 * [3 April] they died", "On [May 5] 2 men were arrested", told in March, are the last April's
 * and May's, also opening a quote ("“On [3 April] we lost everything,” she said"); not "On [April 3]
 * officials announced a vote", nor "On [April 3] they will vote", nor a plan told in the past
 * (`frontedAhead`, after the cue: "On [3 April] he was supposed to testify").
 */
export const PAST_GOVERNS = {
  subject: String.raw`^(?:['’]s)?(?:\s+(?!(?:and|or|but|nor|to|that|which|who|whom|whose|when|as|if|is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|must|can|did|does|do|not|it|he|she|they|we|i|you)\b)\p{Ll}[\p{Ll}'’-]*){1,3}\s+$`,
  subjectVerb: String.raw`^(?:${DAY_CAME_PAST})\b`,
  between: String.raw`^(?:(?!\b(?:to(?!\s+(?:(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those|some|record|power|office|court|prison|jail|death|life|safety|hospital|work|school)\b|\d|[A-Z]))|for|until|till|by|before|after|ahead|when|that|which|who|will|would)\b)[^,;:.!?"“”()\[\]])*$`,
  verb: String.raw`^(?:${ARRANGED_PAST})$`,
  reachedBack: String.raw`^(?:retroactive(?:ly)?|backdated)\s+to\s+$`,
  reaching: String.raw`^(?:retroactive(?:ly)?|backdated)$`,
  fronted: String.raw`^\s*["“‘']?On\s+$`,
  frontedAhead: String.raw`^\s+(?:supposed|meant|going|about|bound)\s+to\b`,
  frontedSubject: String.raw`^,?(?:\s+(?!(?:to|that|which|who|when|if|is|are|be|been|has|have|will|would|could|should|may|might|must|can|shall|not)\b)[\p{L}\p{N}'’-]+){1,4}\s+$`,
} as const;

/**
 * The small words a title of a work in quotation marks keeps in lower case, between capitalised
 * ones ("Friday I'm in Love", "The Last Days of Winter", "Summer of 1968"): what a quoted title
 * is told from a quoted saying by. Words, lower case.
 */
export const TITLE_SMALL_WORDS =
  'a an the and or nor but of in on at to for by with from as into over vs v';

/**
 * What tells a quotation in capitals is speech or a sign, not a title of a work ('"Probably
 * Friday," he said', 'She said: "By Friday."'): before it, the start of a sentence or a line, a
 * colon, or a saying verb; after it, a saying.
 */
export const QUOTED_SPEECH = {
  before: String.raw`(?:^|[.!?:;\n]["”’]?|\b(?:said|says|say|told|tells|asked|asks|added|adds|replied|replies|wrote|writes|read|reads|shouted|yelled)\s*,?)\s*$`,
  after: String.raw`^,?["”’]?\s*(?:(?:he|she|they|we|I|it|you)\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?(?:said|says|told|tells|asked|asks|added|adds|replied|replies|wrote|writes|shouted)\b`,
} as const;

/**
 * A sentence that opens at the occasion just set and tells it in the past: "The judge set a
 * hearing for [March 3]. At that hearing, Smith pleaded guilty." (told in April, the day is gone,
 * not next March's); not one still to come ("At that hearing, Smith will enter a plea"): the past must be the
 * sentence's own verb, a few words after the comma, not one of a clause further on ("At that
 * hearing, his lawyers plan to argue that the evidence was obtained illegally"), and "At the time,"
 * or "At the same time," tells when the day was set, not the day. Tried right after the sentence
 * that sets the day.
 */
const TOLD_AT_IT = String.raw`(?:at|during|after)\s+(?:that|the|this)\s+(?!(?:same\s+)?(?:time|point|moment|stage)\s*,)(?:[\w'’-]+\s+)?[\w'’-]+\s*,\s+(?:(?!(?:will|would|shall|can|could|may|might|must|should|is|are|be|to)\b)[\w'’-]+\s+){0,4}?(?:[a-z]{3,}ed|sued|held|met|fell|rose|left|was|were|had|took|gave|told|said|won|lost|made|came|went|sat)\b`;

/**
 * A sentence that tells of the occasion just set as it went, in the past: its turnout, its crowd
 * or the occasion itself, and a verb of what happened a few words on ("Officials scheduled a vote
 * for [March 3]. Turnout was low.", "The union set a strike for [May 5]. Thousands of workers
 * walked out.", "... a referendum for [February 12]. Voters rejected the plan.", told later, are
 * the days gone). Not one still to come ("Turnout is expected to be low"), a saying ("Voters said
 * they would stay home") nor a reaction to the setting ("Fans welcomed the decision"), and not a
 * bare "It was", often the setting's ("It was the third attempt"). Tried right after the sentence
 * that sets the day.
 */
const OCCASION_TOLD = String.raw`(?:turnout|attendance|voters|crowds|the\s+crowds?|thousands|hundreds|dozens|spectators|attendees|participants|the\s+(?:vote|ballot|poll|meeting|hearing|session|election|referendum|strike|walkout|march|rally|protest|match|game|race|ceremony|debate|summit|talks))\s+(?:(?!(?:will|would|shall|can|could|may|might|must|should|is|are|be|to|had|said|told)\b)[\w'’-]+\s+){0,3}?(?!(?:expected|scheduled|planned|slated|asked|urged|called|welcomed|critici[sz]ed|praised|condemned|complained|demanded|questioned|objected|hoped|wanted|vowed|pledged|threatened)\b)(?:[a-z]{3,}ed|was|were|drew|went|came|ran|fell|rose|took|began|ended|won|lost|voted|turned\s+out|walked\s+out|passed|failed|stood|swelled|packed|filled)\b`;

/**
 * A verb still to come that governs a day after it: "will" and its verb, a few words and the
 * day's preposition, with no clause between ("A transition period will follow until [31
 * December]", "will hold its annual meeting on [Dec. 12]", said in January), or a verb of arranging
 * and "for" ("will reschedule the vote for [March 9]", said on March 20; not "will hold a
 * memorial for [March 9] victims", nor a "set" or "call" that arranges nothing: "will set up a
 * fund for [March 9] victims", "will call for [March 9] elections to be annulled"): the day is the
 * coming one, though the last one is nearer. Not a day that names an occasion ("will hear
 * appeals against the [Jan. 5] ruling"), nor one a period runs from ("will apply from [Jan. 1]").
 */
export const FUTURE_GOVERNS = {
  between: String.raw`^\s+(?:(?!(?:that|which|who|whom|whose|when|where|after|since|said|says|was|were|had|did|ago|of|against|about|backdated|retroactive(?:ly)?)\s)[\p{L}'’-]+\s+){1,5}(?:on|until|till|through|by)\s+$|^\s+(?:be\s+)?(?:(?:re)?schedul(?:e|ed)|slated?|book(?:ed)?|set(?!\s+(?:up|aside|out|off|about|apart|a\s+record|(?:the|a)\s+(?:stage|tone|scene|precedent|benchmark|standard))\b)|call(?:ed)?(?!\s+(?:for|on|off|up|out|in|back)\b))\s+(?:[\p{L}'’-]+\s+){0,4}for\s+$`,
  verb: String.raw`^(?:will|shall|['’]ll)$`,
  /**
   * A second verb the same "will" governs, and its preposition, right before the day: "will start
   * on March 29, 2026, and operate until [October 24]" (tried on the sentence's text before it).
   */
  coordinated: String.raw`\b(?:will|shall|['’]ll)\s+[\p{L}'’-]+\b[^.;!?]{0,80}?,?\s+and\s+[\p{L}'’-]+\s+(?:on|until|till|through|by)\s+$`,
  /**
   * "set" (or "scheduled", "slated") and its object, arranging what the day right after "for" is
   * ("The council set a high-level meeting for [March 3]", "set the mark-up of the bill for [March
   * 5]", "scheduled a meeting for [March 3]", told in April, are next March's, as "set a date for
   * the vote in [March]" is; not "planned", as often a plot or a past event told ("Prosecutors said
   * the men planned the bombing for [March 3]", told in April, is the March gone)): `cue` is tried on the plan's cue (which leaves out a feat,
   * "set a record for"), `before` on the text before it, a plan told as made further back or since
   * changed ("had set", "originally set"), `after` on the text after the day, which must tell no
   * outcome ("set a meeting for [March 3], but it was cancelled", nor in a next sentence told at
   * the occasion, TOLD_AT_IT, or of it as gone, OCCASION_TOLD) and must close its sentence, after a few words at most ("for [March
   * 3] to discuss the budget."): what else follows is often told of the day as gone ("set a hearing
   * for [April 10], where Smith pleaded not guilty", "set a deadline for [April 1] and it passed",
   * "set the tone for [March 3] elections, which saw low turnout", "set a record high temperature
   * for [March 3], reaching 78 degrees"); `toldWhen` on the sentence before the cue, a time the
   * setting is told at, which makes it a past story ("Last month the council set a meeting for
   * [March 3]"); `toldGone` on the text after the day, the next sentence told at the occasion or
   * of it as gone, which makes the day the one gone by whatever its distance ("The council
   * scheduled a referendum for [February 12]. Voters rejected the plan.", told on April 22, is
   * the February just gone, though next February's is nearer to the side a plan looks to).
   */
  arranged: {
    cue: String.raw`^(?:set|scheduled|slated)\s[\s\S]*\sfor$`,
    before: String.raw`\b(?:had|originally|initially|first|previously|once)\s+$`,
    after: String.raw`^${OUTCOME_TOLD_AFTER}${PLAN_FAILED_AFTER}(?:\s+(?!(?:and|or|but|where|which|when|then|as|after|while)\b)[\w'’$%-]+){0,6}?\s*(?:[.!?](?=\s|$)(?!\s+(?:${TOLD_AT_IT}|${OCCASION_TOLD}))|$)`,
    toldWhen: String.raw`\b(?:(?:last\s+(?:week|month|year)|yesterday|earlier|ago)\b|${MONTH_WORD}|${WEEKDAY_WORD})`,
    toldGone: String.raw`^[^.!?]{0,60}?[.!?]\s+(?:${TOLD_AT_IT}|${OCCASION_TOLD}(?!\s+(?:to|by)\b))`,
  },
} as const;

/**
 * An order's or a plea's second infinitive, with a day of its own: "ordered him to pay a fine by
 * March 31 and to appear again on [Friday]", "urged residents to stock up on water and to stay
 * indoors on [Saturday]". What is ordered is still ahead of the order, whatever the first
 * infinitive's deadline or the past of the ordering says of the day. Not an order told in the
 * passive ("was ordered to resign and to leave on [Monday]" is news of its own day), nor "to"
 * before a noun phrase ("and to the bank on [Monday]"). Tried on the text before the day.
 */
export const ORDERED_AHEAD = String.raw`(?<!\b(?:was|were|been|being)\s+)\b(?:ordered|told|urged|asked|instructed|directed|required|advised|invited|encouraged|called\s+on)\s+(?:[\p{L}'’-]+\s+){1,3}?to\s+[\p{L}'’-]+\b(?:[^.;!?]|\.(?!\s+\p{Lu})){0,80}?,?\s+and\s+to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those)\b)[\p{L}'’-]+(?:\s+[\p{L}'’.-]+){0,5}?\s+(?:on|by|until|till|before)\s+$`;

/**
 * What, right after an order's second infinitive's day, ties the day to a time gone by: a clause
 * of "as", "when" or "while" told in the past ("urged residents to conserve water and to stay
 * indoors on [Monday] as temperatures hit 40C", "told fans to leave the stadium and to wait outside
 * on [Saturday], when the fighting broke out", told on a Wednesday, are last Monday and Saturday):
 * the order and its day are of that time, so ORDERED_AHEAD does not put the day ahead. Not such a
 * clause in the present ("and to appear again on [Friday], when the trial resumes"). Tried on the
 * text after the day.
 */
export const ORDERED_DAY_TOLD_AFTER = String.raw`^,?\s+(?:as|when|while)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:[a-z]{2,}ed|was|were|had|hit|broke|struck|came|went|began|fell|rose|took|swept|spread|tore|blew|froze|ran|drew|left|got)\b`;

/**
 * What was said, begun between the saying verb and a date: "Abbott said [the vote in August] will
 * be close", "Analysts said [sales in the autumn] will be key". The date is then the complement's
 * and its own verb tells its tense, not the saying ("said on Friday", "said in a statement
 * Tuesday", "said late Tuesday" are the saying's). So is a date right after the verb that is the
 * subject of what was said (`subject`, then `subjectVerb` after it): "Forecasters said [the
 * weekend] would be dry".
 */
export const WHAT_WAS_SAID = {
  verb: String.raw`^(?:said|says|added|noted|stated|wrote|confirm(?:ed|s)|warn(?:ed|s)|predict(?:ed|s)|argu(?:ed|es)|insist(?:ed|s)|claim(?:ed|s))$`,
  opening: String.raw`^\s+(?:that\s+)?(?:the|a|an|his|her|its|their|our|this|these|those|some|many|most|all|sales|prices|shares|talks|elections?|votes?)\s`,
  subject: String.raw`^the\s`,
  subjectVerb: String.raw`^\s+(?:will|would|could|should|may|might|was|were|is|are|had|has|looks?|looked)\b`,
} as const;

/**
 * Right before an expression, where a put-off puts it ("postponed the vote until [Tuesday]",
 * "extended the ban through [Jan. 15]",
 * "moved to [Tuesday]", "rescheduled for Sept. 12-[20]", "postponed until the [autumn]", "delayed
 * until no earlier than [September]"): only there does putting off look ahead.
 */
export const NEW_DATE_BEFORE = String.raw`(?:^|\s)(?:until|till|through|thru|to|for)\s+(?:at\s+least\s+|no\s+(?:earlier|sooner)\s+than\s+)?(?:the\s+)?(?:\p{L}+\.?\s+\d{1,2}\s*[-–]\s*)?$`;

/**
 * Between the parts of a length told in parts: "two hours [and] 15 minutes", "2 hours[, ]3
 * minutes[ and ]38 seconds", "five years[, and ]six months" (compound.ts).
 */
export const DURATION_JOIN = String.raw`^(?:\s*,)?\s+(?:and\s+)?$`;

/**
 * Decades written by their digits (decades.ts): `hundreds` is tried on a decade's own text, a
 * century's hundreds ("the [1800s]" is the 19th century; "the 2000s" stays a decade), when
 * `hundredsBefore` matches the text right before it; `pairAfter` right after a decade, the second
 * of a pair written short ("the 1960s[ and 70s]", its group `short` the expression, `digit` its
 * decade).
 */
export const DECADES = {
  hundreds: String.raw`^(?:(?:early|mid|late)[\s-]+)?(?<hundreds>1\d)00['’]?s$`,
  hundredsBefore: String.raw`\bthe\s+$`,
  pairAfter: String.raw`\s+(?:and|or|to|through|into)\s+(?<short>(?:(?:early|mid|late)[\s-]+)?(?<digit>\d)0['’]?s)(?![\p{L}\p{N}])`,
} as const;

/**
 * A weekday in apposition to the day before it (apposition.ts): `between` is tried on the whole
 * text from the day to the weekday ("June 10[, ]a Saturday", "August 11[, a ]Friday night
 * fixture"), `weekday` on the weekday expression, its group `name` the weekday's name. A weekday
 * and a distance counted from the story's date, set beside each other, are one day: the weekday
 * is the distance's day, or that weekday of the distance's week ("Three days later[, on ]Friday",
 * "On Friday[, ]a week later[,] workers walked out"): `afterDistance` is tried on the whole text
 * from the distance to the weekday after it, `beforeDistance` from a weekday to the distance after
 * it, and `distanceClosed` right after that distance (the apposition closes).
 */
export const WEEKDAY_APPOSITION = {
  between: String.raw`^,\s+(?:an?\s+)?$`,
  weekday: String.raw`^(?:an?\s+)?(?<name>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  afterDistance: String.raw`^,\s+(?:on\s+)?$`,
  beforeDistance: String.raw`^,\s+$`,
  distanceClosed: String.raw`^,`,
  examples: {
    afterDistance: [', on ', ', '],
    beforeDistance: [', '],
    distanceClosed: [', workers walked out'],
  },
  counterExamples: {
    afterDistance: [' on ', ', and on ', ', until '],
    beforeDistance: [' and ', ', or '],
    distanceClosed: [' workers walked out', '. Workers'],
  },
} as const;

/**
 * Between a clock time and the day it is on: "[4 a.m.] on [Jan. 3]", "[10:35 a.m.] ([0735 GMT])
 * [Friday]", "[noon], [Monday]", "[11:40] on the morning of [April 23, 1976]". Anything else (a
 * verb, "before", "after") separates them.
 */
/**
 * What may stand between a saying's or an order's verb and its own time, a lookahead's body: an
 * object or a statement it was made in, a passive's agent, and a preposition ("the agency said
 * [Tuesday]", "said in a statement on [Tuesday]", "told investors late on [Tuesday]", "His death,
 * on Feb. 27, was confirmed by his family on [Monday]"); that time is not told from a date before
 * the verb ("Sales fell in March 2011, the agency said on [Tuesday]").
 */
const THE_VERBS_OWN_TIME = String.raw`(?:(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){1,3}?|by\s+(?:(?:a|an|the|his|her|its|their|our)\s+)?(?:[\w'’-]+\s+){1,2}?(?=(?:early|late|on|in|at)\s)|(?-i:\p{Ll})[\p{Ll}'’-]*\s+(?=(?:early|late|on|in|at)\s))?(?:(?:early|late)\s+)?(?:(?:on|in|at)\s+)?$`;

/**
 * No clause of its own between a saying or an order and a later expression: not one joined after a
 * comma ("On Monday the company announced record sales, and its shares rose on [Wednesday]"), nor
 * a relative one still open ("gave fans a look at the kit, which goes on sale [Thursday]"), nor
 * an attribution after it, whose own time the expression is ("The regulator on Monday gave banks
 * until Friday, officials said on [Wednesday]"); they are told from the publication. A
 * lookahead, at the start of what follows the verb.
 */
const NO_CLAUSE_OF_ITS_OWN = String.raw`(?![^.;!?]*,\s+(?:and|but|while|whereas|so|yet)\s)(?![^.;!?]*,\s+(?:which|who|where)\s[^,.;!?]*$)(?![^.;!?]*,\s+(?:[\w'’-]+\s+){1,3}(?:said|says|told|added|announced|confirmed|reported|stated|wrote)\s+${THE_VERBS_OWN_TIME})`;

/**
 * No progressive in what was said whose time the expression is, which tells it from the
 * publication as "will" does ("The union said on Tuesday that members are striking on
 * [Thursday]"); one with another verb after it is not the expression's ("sales are rising and
 * would peak on [Thursday]"). A lookahead, on the text from the saying to the expression.
 */
const NO_PROGRESSIVE_BEFORE = String.raw`(?![^.;!?]*\b(?:is|are)\s+(?!being\b)[a-z]{2,}ing(?:\s+(?!(?:and|or|but|would|could|should|might|must|had|has|have|was|were)\b)[\w'’-]+){0,4}?\s*$)`;

/**
 * What was said on a day, and a date in it: "said on [Monday] that the border would reopen on
 * [Thursday]" (published on a Saturday, the Thursday after that Monday), "told the committee on
 * [Thursday] that she would resign on [Friday]", "said in [January] that it would close the plant
 * in [February]" (the February after that January), "said in a statement on [Sunday] that the
 * bank would reopen on [Monday]". A date in what was said is placed from the
 * day it was said, as the tense of the saying puts it ("said Monday it would ..." too). So is an
 * order or a time given on a day, a deadline counted from it: "told residents on [Monday] to
 * leave by [Wednesday]" (`between`: the order's infinitive), and with the day told before the
 * verb, "Police on [Monday] told residents to leave by [Wednesday]", "On [Monday] the council
 * gave the firm until [Friday]", "The ministry on [Monday] said the border would reopen on
 * [Thursday]" (`after`: tried on the whole text from that day to the later expression: a
 * subject of a word or two, no other verb, then the saying's or the order's verb, not in the
 * present perfect, which no past day dates ("Cook, who took over in [August 2011], has promised
 * new products this fall" is this fall, not 2011's), and no clause
 * of its own after it; not the verb's own time, THE_VERBS_OWN_TIME). Published on a Thursday,
 * that Wednesday is the day before. Not with "will" or a progressive: "said on Monday that the
 * border will reopen on Thursday" and "said on Tuesday that members are striking on Thursday"
 * still look ahead from the publication.
 */
export const REPORTED_FROM = {
  before: String.raw`\b(?:said|(?:told|ordered|asked|urged|instructed|directed|called\s+on)(?:\s+[\w'’-]+){0,3}|announced|reported|stated|wrote|warned|predicted|promised|pledged|confirmed)\s+(?:(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){1,3}?)?(?:on\s+|in\s+)?$`,
  between: String.raw`^\s*,?\s*(?:that\b|to\s+(?=\p{Ll})|(?=(?:it|he|she|they|we|the|its|his|her|their)\s))(?![^.;!?]*\b(?:will|won['’]t|shall)\b)${NO_PROGRESSIVE_BEFORE}[^.;!?]*$`,
  after: String.raw`^\s*,?\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?!(?:and|or|but|then|while|after|before|when|who|which|that|has|have)\b)[\p{L}'’.-]+\s+){0,2}?(?:said|told|ordered|asked|urged|instructed|directed|called\s+on|gave|granted|set|announced|warned|promised|pledged|confirmed)\s(?!${THE_VERBS_OWN_TIME})(?![^.;!?]*\b(?:will|won['’]t|shall)\b)${NO_PROGRESSIVE_BEFORE}${NO_CLAUSE_OF_ITS_OWN}[^.;!?]*$`,
} as const;

/**
 * The day of a saying that trails its sentence after a comma, when the sentence told a day of
 * its own before it: "An earthquake struck Veloria on Tuesday, killing 140 people, officials
 * said on [Thursday]. The quake hit at 4:12 a.m." is Tuesday's 4:12 a.m. The saying's day is
 * when it was said, not where the story is. `before` ends right before the day, `after` starts
 * right after it (the sentence ends).
 */
export const TRAILING_SAYING_DAY = {
  before: String.raw`,\s*[^,;.!?]{1,60}?\s(?:said|says|told\s+[\w'’-]+|reported|announced|added|confirmed|stated|noted)\s+(?:(?:late|early)\s+)?(?:on\s+)?$`,
  after: String.raw`^\s*[.!?]`,
  /**
   * From the day the sentence told to the saying's comma: nothing, a place's phrase, or a phrase
   * after a comma ("on Tuesday[, killing 140 people], officials said"), so that day dates the
   * sentence's own act. Not a verb still to come: "The strike that began on Monday[ ended],
   * union leaders said on Thursday" tells Thursday's news.
   */
  between: String.raw`^(?:\s+(?:in|at|near|off|outside|inside|across|along|from)\s[^,;.!?]{1,60})?(?:,\s*(?!(?:and|but|or|then)\b)[^;.!?]*)?$`,
} as const;

/**
 * A quotation's day of speech, in its attribution: after it, between the closing mark and the date
 * ('"We will sign it tomorrow," she said on [Wednesday]', '," Lula told supporters late on
 * [Sunday]'), or before it, a saying's date right before the opening mark ('She said on
 * [Wednesday]: "..."'). Its "today" and "tomorrow" are told from that day (quoted.ts).
 */
export const QUOTED_FROM = {
  after: String.raw`^[\s,]*(?:[\p{L}.'’-]+\s+){0,6}?(?:said|says|told|added|wrote|declared|insisted|warned|explained|exclaimed|tweeted|posted)\b[^.!?"“”\n]{0,60}$`,
  before: String.raw`\b(?:said|says|told(?:\s+[\w'’-]+){0,3}|added|wrote|declared|insisted|warned)\s+(?:(?:late|early)\s+)?(?:on\s+|in\s+)?$`,
  between: String.raw`^\s*[,:]?\s*$`,
} as const;

/** Nouns of a war or its parts, which a length in capitals before them may name. */
const HAPPENING_NOUNS = String.raw`Wars?|Battles?|Campaigns?|Offensives?|Sieges?|Revolts?|Rebellions?|Uprisings?|Revolutions?|Crisis|Truce|Retreat|Raids?|Strikes?`;

/**
 * Around a length written in capitals, what makes it a word of a happening's name, not a time.
 * `after`, right after it, names by itself: a possessive and a war's noun ("the Thirty Years'
 * War", "the Seven Days' Battles", "the Seven Weeks' War"), or "War" ("the Hundred Years War",
 * "Six-Day War" in a headline). `afterThe`, a war's other nouns with no possessive, names only
 * after "the" (`the`, tried on the text before it: "the Seven Days Battles", "the Hundred Days
 * Offensive", "the 1862 Ten Days Campaign"): a headline in capitals says a length so ("Dockers
 * Announce Two Day Strike", "Rebels End Six Week Siege" are P2D, P6W). Not a length that opens
 * its sentence before another word ("Two Days Later", a headline, is still tagged).
 */
export const NAMED_HAPPENING = {
  after: String.raw`^(?:['’]s?[ 	]+(?:${HAPPENING_NOUNS})|[ 	]+Wars?)(?![\p{L}-])`,
  // a length in capitals that is a period's name by itself (`name`, tried on the length's words),
  // after "the" or a possessive (`theOrWhose`): "the Hundred Days ended at Waterloo", "Napoleon's
  // Hundred Days", "the Thousand Days" of a presidency; not "his first hundred days", P100D
  name: String.raw`^(?:Hundred|Thousand)[ 	]+Days$`,
  theOrWhose: String.raw`(?:(?:^|[^\p{L}])[Tt]he|\p{L}['’]s?)[ 	]+$`,
  afterThe: String.raw`^[ 	]+(?:${HAPPENING_NOUNS})(?![\p{L}-])`,
  the: String.raw`(?:^|[^\p{L}])[Tt]he[ 	]+(?:\d{4}[ 	]+)?$`,
} as const;

/**
 * Between a date and a narrative expression that restates it, in apposition: "He was charged in
 * [March 2023], [nearly two years later]", "On [Thursday], [exactly 50 years later], 800 people
 * gathered". The distance counts from the story's date before that date, not from that date.
 * Only a distance counted so: "on July 4, 2020, and the night before" tells of another night.
 */
export const RESTATED_AFTER = String.raw`^\s*,\s*(?:(?:nearly|almost|exactly|some|about|roughly|precisely|just|barely|over|more\s+than|less\s+than)\s+)?$`;

/**
 * Right after such a distance: punctuation or the text's end ("charged in March 2023, nearly two
 * years later."). A distance a subject follows opens a clause of its own, and counts from the
 * date before it: "Injured in [March], [two months later] the player returned" is May.
 */
export const RESTATED_CLOSED_BY = String.raw`^\s*(?:[,.;:!?)"”’—–-]|$)`;

/**
 * Right after such a distance, a comma and a clause's subject and verb: the distance opens that
 * clause, set off by commas, and counts from the date before it ("Injured in March, [two months
 * later], the player returned": May; an irregular past too: "Smith resigned on Monday, [two days
 * later], the board met": Wednesday; a past like its base before the clause's end or an object: ", the
 * board's chairman quit."), not a restating of that date ("He was charged in March
 * 2023, nearly two years later, after an inquiry"). Not a saying ("..., two years later, police
 * said"), which tells nothing of the date, nor a finding told with no object (", the inquiry
 * found."; but ", the police found his car" opens a clause). DATA ONLY: matched
 * case-insensitively on the text right after the distance.
 */
export const RESTATED_OPENS_CLAUSE = {
  pattern: String.raw`^\s*,\s*(?:(?:the|a|an|this|that|these|those|his|her|its|their|our|my)\s+(?:[\p{L}'’-]+\s+){0,3}?|(?:he|she|it|they|we|i|you)\s+|(?-i:\p{Lu}\p{Ll}+)\s+)(?!(?:said|says|told|added|reported|announced|wrote|confirmed|noted|stated|explained|claimed|alleged|argued|insisted|recalled|testified|disclosed|revealed)\b|(?:found|thought|felt|knew|believed|concluded|estimated|reckoned|read)\s*(?:[,.;:!?"”]|$))(?:(?:was|were|is|are|had|has|have|did|would|could|will|(?:also|finally|then)\s+\p{L}{3,}ed)\b|\p{L}{3,}ed\b|(?:${IRREGULAR_PAST_FORM})\b|(?:${BASE_PAST_FORM})(?=\s*[.;!?]|\s+(?:the|a|an|his|her|its|their|our|him|them|it|as|too|again)\b))`,
  /** Text right after the distance, where the pattern matches. */
  examples: [
    ', the player returned to the team',
    ', he was back',
    ', Smith returned',
    ', the club’s new coach signed him',
    ', the board met',
    ', they began talks',
    ', the police found his car',
    // a past like its base, before the clause's end or an object
    ', the board’s chairman quit.',
    ', her deputy quit the board',
    ', the captain quit as well',
  ],
  counterExamples: [
    ', after an inquiry',
    ', police told reporters',
    ', the board said',
    ', the inquiry found.',
    ', officials believed, after',
    '.',
    ', police said',
    ', and the case collapsed',
    ', the tax cut, which',
    ', the rate set by',
    ', the tax cut bill',
    // (a text's words, no act: "He was charged on Monday, two days later, the statement read.")
    ', the statement read.',
  ],
} as const;

/**
 * Before a date a record is measured from: "its highest close since [September 2001]", "for the
 * first time since [2003]", "its largest fall since the crash of [1987]"; or the time of a figure
 * compared with: "fell 22% from $23.5 million [a year earlier]", "up from 4.1% [a year ago]",
 * "Turnout was higher than in [2024]". Such a date is no time the story goes on from: "the previous day" in the next sentence counts
 * from the story's day, and "the quarter" is still the quarter told. Tried on the text of the
 * sentence right before the date (ending at it).
 */
export const COMPARISON_BASE_BEFORE = String.raw`\b(?:than|compared\s+(?:with|to))\s+(?:(?:in|during|at|on)\s+)?(?:the\s+)?$|\b(?:from|than|with|versus)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?[$€£¥]?\s?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent|million|billion|trillion|cents?|a\s+share|points?|units?|tons?|barrels?)){0,3}\s+(?:in\s+)?$|\b(?:the|its|their|his|her|a|an|this|that)\s+(?:(?:second|third|single|one-day|one-week)\s+)?${RECORD_WORD}[^.;!?]{0,80}?\bsince\s+(?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,4}(?:(?:of|in|on)\s+)?$`;

/**
 * Before a date a state is counted from, or a figure stands at: "25 years of civilian rule since
 * [May 29, 1999]", "net debt stood at Rs 1.2 lakh crore as of [December 31, 2023]". Such a date is
 * a background, no day the story goes on from: a time of day or a day without a year told after
 * it is the story's ("Protesters gathered in Lagos from 6am", in that story, is not 1999's).
 * "As of" only before a date told with its year (FIGURE_AS_OF_BEFORE; story.ts): "as of Monday,
 * 12 people had died" is a rolling update's day, the story's. DATA ONLY: matched
 * case-insensitively on the text of the sentence right before the date.
 */
export const STATE_SINCE_BEFORE = {
  pattern: String.raw`\bsince\s+(?:the\s+)?$`,
  /** Text right before a date, where the pattern matches. */
  examples: ['Nigerians had enjoyed 25 years of civilian rule since ', 'in power since the '],
  counterExamples: ['The strike began on ', 'Since then, he said on '],
} as const;

/**
 * Between the story's date and a date told after it in the same sentence, in an aside that
 * measures the first from the second: "Talks collapsed on March 2, weeks after the [February 10]
 * deadline. Three days later" counts from March 2, the sentence's own date, not from the aside's,
 * as "On March 2, days before the [March 10] deadline, talks collapsed" does. A sentence with no
 * date before the aside's still goes on from it ("Weeks after the February 10 deadline, talks
 * collapsed. Two days later": February 12). DATA ONLY: matched case-insensitively on the whole
 * text between the two dates (story.ts).
 */
export const DISTANCE_ASIDE_BETWEEN = {
  pattern: String.raw`^\s*,\s*(?:(?:just|only|barely|nearly|almost|some|about|roughly|exactly)\s+)?(?:(?:a\s+few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d{1,3})\s+)?(?:(?:days?|weeks?|months?|years?|hours?|decades?)\s+)?(?:after|before)\s+(?:(?:the|a|an|its|his|her|their|last|this)\s+)?$`,
  /** The text between the two dates, where the pattern matches. */
  examples: [', weeks after the ', ', two weeks after the ', ', days before ', ', after the '],
  counterExamples: [
    ', and ',
    ' and again ',
    ', weeks after he ',
    ', before and after ',
    ' after the ',
  ],
} as const;

/**
 * Before the month or day of what began a state told since it: "Thousands of Russians have fled
 * to Belarus since the Ukraine war broke out in [February 2022]". Like a date right after "since"
 * (STATE_SINCE_BEFORE), it is a background the past told after it does not go on from: "Moskalyov
 * escaped in [March]" is the publication's March, not 2022's (story.ts, resolve/date.ts). Only for
 * a month or a day: a year so told still frames what counts from it ("since the default in 2001.
 * Two years later"). DATA ONLY: matched case-insensitively on the text of the sentence right
 * before the date.
 */
export const STATE_BEGAN_BEFORE = {
  pattern: String.raw`\bsince\s+(?:the|a|an|his|her|its|their|he|she|it|they|we)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:in|on)\s+$`,
  /** Text right before a date, where the pattern matches. */
  examples: [
    'Thousands of Russians have fled to Belarus since the Ukraine war broke out in ',
    'Prices have doubled since the full-scale invasion in ',
    'has been in custody since he was arrested on ',
  ],
  counterExamples: ['The strike began on ', 'Since the vote, the party said in ', 'since '],
} as const;

export const FIGURE_AS_OF_BEFORE = {
  pattern: String.raw`\bas\s+(?:of|at)\s+(?:the\s+)?$`,
  /** Text right before a date, where the pattern matches. */
  examples: ['Net debt stood at Rs 1,25,766 crore as of ', 'the number of staff as at '],
  counterExamples: ['The strike began on ', 'as of now, and on '],
} as const;

/**
 * Before a date that says which goods a noun counts, by a participle of their making or selling:
 * the date is theirs, not the sentence's act, and moves no story date (story.ts) nor dates an event (events/anchors.ts) ("the recall was expanded to products made [since
 * Jan. 1]", "It recalled cars built between 2015 and 2018"). DATA ONLY: matched
 * case-insensitively on the text right before the date.
 */
export const GOODS_DATED_BEFORE = {
  pattern: String.raw`\b(?:products|cars|vehicles|trucks|models|units|devices|items|goods|foods|meals|bottles|jars|cans|packages|packs|batches|lots|phones|laptops|toys|cribs|rockers|seats|tyres|tires|parts|medicines|drugs|tablets|doses|vaccines|eggs|meat|beef|pork|chicken|cheese|salads|sandwiches)\s+(?:made|built|produced|manufactured)\s+(?:since|between|before|after)\s+(?:the\s+)?(?:(?:[^\s;!?]+\s+){1,3}?(?:and|to|through|until|-|–)\s+)?$`,
  /** Text right before a date, where the pattern matches. */
  examples: [
    'the recall was expanded to products made since ',
    'It recalled 40,000 cars built between ',
    'It recalled cars built between 2015 and ',
  ],
  counterExamples: [
    'Cars sold in ',
    'Smartphone units shipped in the ',
    'The company recalled trucks made in ',
  ],
} as const;

/**
 * After a period named by its last month or day ("the quarter that ended in September"), a past
 * verb of its ending: the period is over, whatever the tense of the sentence ("Acme expected
 * revenue of $2 billion for the quarter that ended in September", told in March, is last year's
 * third quarter; story.ts). DATA ONLY: matched case-insensitively on the text right after the
 * period's word.
 */
export const PERIOD_ENDED_AFTER = {
  pattern: String.raw`^\s+(?:that\s+|which\s+)?(?:ended|closed)\b`,
  /** Text right after the period's word, where the pattern matches. */
  examples: [' ended Sept. 30', ' that ended in September', ' which ended June 30'],
  counterExamples: [' ending March 31', ' to June', ' through December'],
} as const;

/**
 * After a period named by its last month or day, a present or future verb of its ending: the
 * period runs on or lies ahead, whatever the tense of the sentence ("Profit for the quarter which
 * ends Dec. 31 is expected to rise", told in August, is this year's fourth quarter, though figures
 * are told; story.ts). DATA ONLY: matched case-insensitively on the text right after the period's
 * word.
 */
export const PERIOD_ENDING_AFTER = {
  pattern: String.raw`^\s+(?:that\s+|which\s+)?(?:ends|will\s+end|is\s+ending)\b`,
  /** Text right after the period's word, where the pattern matches. */
  examples: [' which ends Dec. 31', ' that ends in September', ' that will end in June'],
  counterExamples: [' ending March 31', ' that ended in September', ' to June'],
} as const;

/**
 * What reacts to a contest's outcome, and so follows one already come: recovering from it, or the
 * loser's fate (OUTCOME_AFTER_AFTER). Not what an outcome may bring about ("clinch", "step down",
 * "advance"), which a modal may suppose.
 */
const REACTION_TO_OUTCOME = String.raw`rebound|bounce\s+back|regroup|recover|respond|be\s+(?:fired|sacked|dismissed|axed|ousted)`;

/**
 * A contest's outcome after "after", and the day it came on: "steps down after a loss to the Jets
 * on [Sunday]", "after a 3-1 win over Lorem on [Saturday]": an outcome is known only once the
 * contest is played, so the day is gone, though a present of a timetable ("steps down") looks
 * ahead. Not a contest yet to play ("after the game on [Sunday]", "go on sale after the draw on
 * [Monday]", a cup's draw), nor an outcome a modal or an expectation supposes ("could clinch the
 * title after a win on [Sunday]", "is expected to step down after a loss on [Sunday]"), unless
 * what the modal tells is a reaction to the outcome, which only one already come can draw
 * (REACTION_TO_OUTCOME: "will try to rebound after a loss on [Sunday]", "could be fired after a
 * loss on [Sunday]"), nor a month's ("expect a parade after a win in [April]"). A reaction's own
 * "from" or "on" dates an outcome gone too ("will look to bounce back from a defeat on
 * [Saturday]", "will try to build on a win on [Sunday]"). Ends at the day's "on".
 */
const OUTCOME_AFTER_AFTER = String.raw`(?:(?<!\b(?:will|would|could|can|may|might|shall|should|must|['’]ll|(?:expected|likely|set|poised|tipped|due)\s+to)\s+(?!(?:(?:try|look|hope|need|want|seek|aim|have)\s+to\s+)?(?:${REACTION_TO_OUTCOME})\b)(?:[\w'’-]+\s+){0,4})\bafter|\b(?:(?:${REACTION_TO_OUTCOME})\s+from|build\s+on))\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:loss|defeat|win|victory|(?<!\bthe\s+)draw|rout|upset)\s+(?:(?:to|against|over|at|by)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}?)?on\s+`;

/** Nouns of what happens unplanned: nobody plans a shooting or a crash. */
const UNPLANNED_NOUN = String.raw`(?:shootings?|attacks?|bombings?|blasts?|explosions?|crash(?:es)?|disasters?|earthquakes?|quakes?|tsunamis?|floods?|flooding|fires?|wildfires?|massacres?|killings?|murders?|stabbings?|riots?|coup|ambush|accidents?|collisions?|derailment|spill|outbreak|hack|breach|assaults?|uprising|landslides?|eruption|tornado(?:es)?|hurricane|typhoon|cyclone|collapse)`;

/**
 * After a day without a year, a noun of what happens unplanned: the day names one gone by ("not to
 * indict the officer in the Aug. 9 shooting", "will testify about the March 11 disaster";
 * nobody plans a shooting), whatever the tense of the sentence (story.ts). DATA ONLY: matched
 * case-insensitively on the text right after the day.
 */
export const UNPLANNED_EVENT_AFTER = {
  // (the noun must head its phrase: "the June 7 fire drill", "the Sept. 7 flood crest" are planned
  // or foreseen)
  pattern: String.raw`^(?:['’]s)?\s+${UNPLANNED_NOUN}\b(?!\s+(?:drills?|tests?|exercises?|simulations?|crests?|anniversar(?:y|ies)|memorials?|commemorations?|warnings?|watch(?:es)?|alerts?|alarms?|season|insurance|risks?|safety|plans?|forecasts?|deadlines?)\b)`,
  /** Text right after a day, where the pattern matches. */
  examples: [
    ' shooting of Jamal Price',
    ' disaster forced',
    ' attacks on the city',
    " earthquake's toll",
  ],
  counterExamples: [
    ' meeting',
    ' vote on the budget',
    ', attacks resumed',
    ' fire drill will be held',
    ' flood crest',
    ' explosion test',
    ' coup anniversary',
    ' outage',
  ],
} as const;

/**
 * Right before a date without a year, a noun of what happens unplanned and its preposition, the
 * noun itself after a preposition: the date names one gone by ("will publish its findings on the
 * crash in [December]", told in January, is the December just gone; "Survivors of the attack on
 * [Tuesday]"), whatever the tense of the sentence (tense.ts). DATA ONLY: matched
 * case-insensitively on the text right before the date (ending at it); the noun told with "the",
 * a happening known, not one feared ("fear an attack on [Sunday]"), nor a drill or a season ("the
 * fire season in [June]"), nor one dated already ("will mark the March 11 disaster on [Sunday]").
 * The object of a verb is what the verb plans or forecasts ("will film the crash on [Saturday]",
 * "expect the flooding on [Sunday]"), as is one "prescribed" or "forecast" ("on the prescribed
 * fire on [Saturday]"). The noun may have its "of" ("await trial in the killing of a guard in
 * [May]"). (The `$` first and the rest behind it: one try, read backwards from the
 * date, that fails at once on a word other than the preposition; a search that starts at every
 * word of the slice costs more, once for each date in the text.)
 */
export const UNPLANNED_EVENT_BEFORE = {
  pattern: String.raw`$(?<=${OUTCOME_AFTER_AFTER}|\b(?:of|on|into|over|after|since|following|from|in|at)\s+(?:the|this|that|its|their|last)\s+(?:(?!(?:prescribed|controlled|planned|scheduled|expected|forecast|predicted|feared|possible|likely)\s)[a-z'’-]+\s+){0,2}?${UNPLANNED_NOUN}\s+(?:of\s+(?:(?:a|an|the|his|her|their|its|two|three|four|five)\s+)?(?:[\w'’-]+\s+){1,3}?)?(?:in|on|during|over)\s+(?:the\s+)?)`,
  examples: [
    'will publish its findings on the crash in ',
    'Three men await trial in the killing of a guard in ',
    'an inquiry into the shooting of two officers on ',
    'after the attack on ',
    'steps down after a loss to the Jets on ',
    'after a 3-1 win over Lorem on ',
    'The Jets will try to rebound after a loss on ',
    'Smith could be fired after a loss on ',
    'will look to bounce back from a defeat on ',
    'The Bills will try to build on a win on ',
    'Survivors of the deadly earthquake in ',
    'an inquiry into the floods during the ',
  ],
  counterExamples: [
    'the fire drill in ',
    'the attack season in ',
    'the crash test on ',
    'The attack in the north on ',
    'crash in ',
    'Police fear an attack on ',
    'will gather to mark the March 11 disaster on ',
    'The stunt team will film the crash on ',
    'Crews will light the prescribed fire on ',
    'a report on the expected flooding on ',
    'Hydrologists expect the flooding on ',
    'Volcanologists predict the eruption in the ',
    'with a planned impact on the moon; the crash in ',
    'steps down after the game on ',
    'could clinch the title after a win on ',
    'is expected to step down after a loss on ',
    'will try to advance after a win on ',
    'will build on the site on ',
    'Tickets go on sale after the draw on ',
    'Fans expect a parade after a win in ',
  ],
} as const;

/** A month's name as a date writes it: capitalised, in full or cut short ("Dec", "Sept"). */
const CAPITALISED_MONTH = String.raw`(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;

/**
 * An American state after a dateline's city, as AP style abbreviates it or writes it whole: the
 * city is an American one of the same name ("BIRMINGHAM, Ala. -", "DUBLIN, Ohio -", "LONDON, Ky.
 * -"), whose press writes numeric dates month first.
 */
const US_STATE_OF_CITY = String.raw`(?:${US_STATE_ABBREVIATION})\.|(?:${US_STATES_WRITTEN_WHOLE.replaceAll(' ', '|')})\b`;

/**
 * Pennsylvania's cities, whose dateline may carry the state's postal code in brackets
 * ("PHILADELPHIA (PA) -"): the code, not the British agency PA, which writes days first. (Not the
 * names British towns share: "READING (PA)", "LANCASTER (PA)", "YORK (PA)" may be the agency's;
 * nor BETHLEHEM, where the agency files from at Christmas: "BETHLEHEM (PA) - Pilgrims crowded
 * Manger Square".)
 */
const PENNSYLVANIA_CITY = String.raw`PHILADELPHIA|PITTSBURGH|HARRISBURG|ALLENTOWN|SCRANTON|ERIE|WILKES-BARRE|STATE\s+COLLEGE|ALTOONA|JOHNSTOWN|HAZLETON|GETTYSBURG|HERSHEY|WILLIAMSPORT|KING\s+OF\s+PRUSSIA`;

/**
 * Datelines of cities whose own press writes numeric dates day first ("LONDON - The meeting was
 * held on 7/12/2026"): a hint of the order as the agencies are, unless an American agency files
 * from there ("LONDON (AP) -", which writes them month first), nor an American city of the same
 * name (US_STATE_OF_CITY: "BIRMINGHAM, Ala. -").
 */
const DAY_FIRST_DATELINE = String.raw`LONDON|MANCHESTER|BIRMINGHAM|GLASGOW|EDINBURGH|CARDIFF|BELFAST|DUBLIN|SYDNEY|MELBOURNE|BRISBANE|PERTH|ADELAIDE|CANBERRA|HOBART|AUCKLAND|WELLINGTON|NEW DELHI|MUMBAI|KOLKATA|CHENNAI|BENGALURU|HYDERABAD|KARACHI|LAHORE|ISLAMABAD|DHAKA|COLOMBO|NAIROBI|LAGOS|ABUJA|JOHANNESBURG|CAPE TOWN|SINGAPORE`;

/**
 * Numeric dates day first or month first: "01/07/2025" is July 1 in Australian, British or Indian
 * copy and January 7 in American. A document's own dates tell ("14/04/2025" can only be day
 * first); without them, the agency in its dateline does (AAP, PTI, IANS, ANI, PA), or its
 * dateline's city (DAY_FIRST_DATELINE); without one, the order of its dates in words ("on 4 December" against "on Dec. 4").
 */
export const NUMERIC_DATES = {
  date: String.raw`(?<![\d/.])(?<first>\d{1,2})/(?<second>\d{1,2})/(?:\d{4}|\d{2})(?![\d/])`,
  // (the agency counts in a dateline only, at the start of a line and after no more than its
  // city in capitals: "SYDNEY (AAP) -", "NEW DELHI, (PTI)"; "based in Pittsburgh (PA)" is a state,
  // as "(PA)" after a Pennsylvania city's dateline is: "PHILADELPHIA (PA) -")
  dayFirstHints: String.raw`(?:^|\n)[ \t]*(?:(?!(?:${PENNSYLVANIA_CITY}),?[ \t]*\(PA\))[A-Z][A-Z.'’ -]{1,30},?[ \t]*)?\((?:AAP|PTI|IANS|ANI|PA|PA Media)\)|(?:^|\n)[ \t]*(?:${DAY_FIRST_DATELINE})\b(?!,\s*(?:${US_STATE_OF_CITY}))(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?)?\s*(?:\((?!(?:AP|Bloomberg|UPI|CNN)\))[^)\n]{1,30}\)\s*)?[-–—]`,
  /**
   * A date in words, day before month ("held on 4 July 2024", "on Monday 7th December", "the 3rd
   * of March"): copy that writes its dates so writes its numeric ones day first too, as American
   * copy ("July 4, 2024", MONTH_DAY_WORDS) writes them month first. Capitalised months only ("may
   * 12 people").
   */
  dayMonthWords: String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${CAPITALISED_MONTH})\b`,
  monthDayWords: String.raw`\b(?:${CAPITALISED_MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![.,]?\d)`,
} as const;

/**
 * "the year" of a part of it: after a year stated in its sentence, that year ("In 2025, ocean
 * heat reached a record in the first half of the year"); else the publication's.
 */
export const YEAR_OF_SENTENCE = String.raw`\bthe\s+(?:same\s+)?year\b`;

/**
 * "the month" or "the week" after a day or a month told earlier in its sentence, which it is of:
 * "In March 2011, the bank said it would fix the problem by the end of [the month]"; "On Feb. 16,
 * talks collapsed and he gave Athens until the end of [the week]"; "the decade" after a year ("He
 * left in 1998 for the ministry, where he rose to chief economist by the end of [the decade]"),
 * "the year" after a year, told in the past ("After the crash in 2008, the company struggled for
 * the rest of [the year]"; story.ts); else the publication's.
 */
export const PERIOD_OF_SENTENCE = String.raw`\bthe\s+(?:month|week|year|decade)\b`;

/**
 * After a holiday, a month or a day without a year, the year it is of, told apart: "The attack came
 * on [New Year's Eve] in 2016" is 2016-12-31, "The strike began in May in 2016" 2016-05 (story.ts;
 * the year is an expression of its own). DATA ONLY: matched case-insensitively on the text right
 * after the date; the group `year` (or `setOff`, set off by commas) is the year.
 */
export const YEAR_TOLD_AFTER = {
  // (a year of news, not a count: "sales at Christmas in 1500 stores"; nor a figure, "in 2016
  // dollars")
  // (or set off by commas, closed after the year: "The plant closed in March, in 2009, and never
  // reopened"; not a year that opens a clause of its own, "in March, in 2016 he left")
  pattern: String.raw`^(?:\s+in\s+(?<year>(?:19|20)\d\d)\b(?![.,]\d|\s*(?:%|percent|dollars|prices|terms)\b)|\s*,\s*in\s+(?<setOff>(?:19|20)\d\d)(?![.,]\d)(?=\s*(?:[,.;:!?)]|$)))`,
  /** Text right after a date, where the pattern matches. */
  examples: [
    ' in 2016.',
    ' in 2019, he was arrested',
    ' in 1998 and again in 2001',
    ' in 2016 rose 5%',
    ', in 2016, and never reopened',
    ', in 2016.',
  ],
  counterExamples: [
    ', in 2016 he left',
    ', in 2016 sales rose',
    ', in 2016.5',
    ' in 1500 stores',
    ' in 2016 dollars',
    ' in 20 minutes',
    ' and in 2016',
    ' in Paris in 2016',
  ],
} as const;

/**
 * A holiday, a season, a month or a day without a year told right after a year in the same
 * phrase is of that year: "The plant closed in 2009 in [March]" is 2009-03, as "in March in
 * 2009" is (YEAR_TOLD_AFTER); set off by commas only when its sentence has no comma before the
 * year and a pause closes the date: "The plant closed in 2009, in [March], and never reopened";
 * not "The firm, founded in 2009, in [March] announced layoffs", the publication's March.
 * DATA ONLY, matched case-insensitively: `before` on the text right before the year, `between`
 * (or `setOff`) on the whole text between the year and the date, `closedBy` on the text right
 * after the date (story.ts).
 */
export const YEAR_TOLD_BEFORE = {
  before: String.raw`\b(?:in|during)\s+$`,
  between: String.raw`^\s+(?:in|on|at|during)\s+(?:the\s+)?$`,
  setOff: String.raw`^\s*,\s*(?:in|on|at|during)\s+(?:the\s+)?$`,
  // (a comma closes the date only before a word that carries on the same clause: "in 2009, in
  // March, and never reopened"; not before another clause, which the date opens: "Elected in
  // 2019, in March, she resigned", "Prices rose in 2025, in March, however, they fell", the
  // publication's March)
  closedBy: String.raw`^\s*(?:[.;:!?)]|$|,\s*(?:and|but|or|nor|when|while|after|before|until|as|which|where|amid|following|only|by|to|from|for)\b)`,
  examples: {
    before: ['The plant closed in ', 'It grew during '],
    between: [' in ', ' on ', ' in the '],
    setOff: [', in ', ', on '],
    closedBy: [', and never reopened', '.', ', when it was sold'],
  },
  counterExamples: {
    before: ['Since ', 'Between ', 'compared with '],
    between: [' and ', ' and in ', '; in ', ' until ', ', in '],
    setOff: [' in ', '; in ', ', and in '],
    closedBy: [
      ' announced layoffs',
      ' 2010',
      ', she resigned',
      ', however, they fell',
      ', the firm',
    ],
  },
} as const;

/**
 * Right after a year that opens its sentence ("In 2019"), with no comma, the subject of the clause
 * it is the adverb of: a determiner, a pronoun or a name ("In 2019 the vote moved to March 5
 * instead of March 3", "In 1987 Smith founded the firm"); the year then frames the sentence as
 * one set off by a comma does (story.ts). (A month that opens the next sentence so goes on in the
 * year's story only with its comma: "In 1999, he won his first title. In July he won his eighth"
 * is as often the news's own July.) Not a noun the year qualifies ("In 2019
 * elections, the party won in May"), nor a number ("In 2019 3,000 jobs went").
 */
export const DATE_OPENS_CLAUSE = {
  pattern: String.raw`^\s+(?:(?:the|a|an|this|that|these|those|he|she|it|they|we|i|you|his|her|its|their|our|my|some|many|most|no)\s|(?-i:\p{Lu}\p{Ll}))`,
  /** Text right after the date, where the pattern matches. */
  examples: [' the vote moved', ' Smith founded the firm', ' it rained', ' their plant closed'],
  counterExamples: [
    ', the vote moved',
    ' elections, the party won',
    ' 3,000 jobs went',
    ' sales rose',
    '',
  ],
} as const;

/**
 * Right after a year that opens its sentence, a linking verb told in the past that makes the year
 * itself the subject: "Last year proved difficult for the firm. In the first half, sales fell" is
 * last year's first half, as after "Last year, the firm struggled"; "2024 was hard. In the second
 * quarter, ..." is 2024's. Only the next sentence's opening is so framed (story.ts): the rest of
 * the year's own sentence is told of it, often from the news's present ("2025 was the hottest
 * year on record, the agency said on [Jan. 9]", "Last year was the firm's best, and it expects
 * another in [March]"). Not a year told ahead ("2030 will be hard"), nor one that did something
 * ("2024 saw sales fall" is left as it was: a verb of its own may tell the news's present, "2024
 * marks ten years").
 */
export const YEAR_AS_SUBJECT = {
  pattern: String.raw`^\s+(?:was|proved|remained|became|turned\s+out|had\s+been)\s`,
  /** Text right after the year, where the pattern matches. */
  examples: [
    ' was hard for the firm',
    ' proved difficult',
    ' remained tough',
    ' turned out to be a record',
  ],
  counterExamples: [
    ' will be hard',
    ' is the deadline',
    ' marks ten years',
    ' proves',
    ' the vote moved',
  ],
} as const;

/**
 * In the sentence after a year told of as the subject (YEAR_AS_SUBJECT), after the part of the
 * year it opens with, a verb that tells the news's present, which the year then does not frame:
 * "Last year was difficult for the chain. In the [second quarter], sales have recovered" is this
 * year's, told in August; "... In the [first quarter], it expects sales to recover" too.
 */
export const NOW_AFTER_YEAR_AS_SUBJECT = {
  pattern: String.raw`\b(?:has|have|is|are|am|will|won['’]t|shall|can|expects?|plans?|hopes?|sees)\b`,
  /** Text of the next sentence after its opening date, where the pattern matches. */
  examples: [', sales have recovered', ', it expects sales to recover', ', the firm is hiring'],
  counterExamples: [', sales fell 10%', ', it lost $40 million', ', sales had recovered'],
} as const;

/**
 * A season that spans two years, a sports, school or theatre season ("the 2023-24 season", "the
 * 2023/24 academic year"), frames the months of its clause by where they fall in it: from
 * `firstYearFrom` (July) on in its first year, before it in its second ("The 2023-24 season
 * ended in [May]": 2024-05; "began in [September]": 2023-09; story.ts). `before`: right before
 * the span's second year, its first and the dash; `after`: right after it, the season's noun;
 * Not a season something is done for, or before ("Tickets [for the] 2025-26 season go on sale
 * in May", "Smith signed [for the] 2024-25 season in June", "The 2024-25 season [schedule] will
 * be released in June": the May and June before it; `before` is tried on the 20 characters
 * before the second year).
 * `opens`: before the span, what opens the sentence with it ("In the 2023-24 season, ..."),
 * which then frames the sentence past its comma; `clauseBreak`: between the season and the month,
 * a clause of its own ("served as coach from the 2015-16 season until he was fired in
 * [November]" is no November of that season), not a verb the season's "and" goes on to ("began
 * in September and ended in [May]").
 */
export const SEASON_SPAN = {
  before: String.raw`(?<!\b[Ff]or\s+(?:the|its|their|his|her|our)\s+)(?<first>\d{4})[-–/]$`,
  after: String.raw`^\s+(?:(?:regular|playoff|league|football|basketball|hockey|cricket|racing|ski|opera|theatre|theater|concert|school|academic|winter|summer)\s+)?(?:season|campaign|school\s+year|academic\s+year)\b(?!['’]s|\s+(?:tickets?|ticket-holders|schedule|fixtures?|fixture\s+list|calendar|prices?|pass(?:es)?|memberships?|previews?|draw|launch|brochure)\b)`,
  opens: String.raw`(?:^|[.!?]["”’]?\s+|\n\s*)(?:In|During|Over|Throughout)\s+the\s+$`,
  clauseBreak: String.raw`\b(?:until|till|when|after|before|since|while|because|although|though|once|if|unless|as)\b|\b(?:and|but|or)\s+(?:he|she|it|they|we|i|you|the|a|an|his|her|its|their|(?-i:\p{Lu}))`,
  firstYearFrom: 7,
  examples: {
    before: ['The 2023-', 'the 2023/', 'In the 2023-'],
    after: [' season ended', ' regular season', ' academic year', ' campaign'],
    opens: ['In the ', 'Sales fell. During the '],
    clauseBreak: [' until he was fired in ', ' and the club won the cup in ', ' when it ended in '],
  },
  counterExamples: {
    before: ['The ', 'the 2023-24 and ', 'Tickets for the 2025-', 'Smith signed for the 2024-'],
    after: [' budget', ' seasonal', ' fiscal year', ' season schedule', ' season ticket prices'],
    opens: ['Sales rose in the ', 'the '],
    clauseBreak: [' began in September and ended in ', ' ended in '],
  },
} as const;

/**
 * Two dates of one clause that are set against each other or listed ("in May rather than in
 * [June]", "moved to March 5 instead of [March 3]", "on Dec. 30 or [Jan. 2]"): the second, told
 * without a year, is the one nearest the first, whichever way the words between them would tense
 * it alone (story.ts). DATA ONLY, matched case-insensitively: `between` on the whole text from the
 * first date's end to the second's start, `after` on the text right after the second.
 *
 * No verb of its own between them ("moved to March 5 and held on March 3" is two acts, each
 * placed by its tense), nor after the second: a list's "and" or "or" opens a clause of its own as
 * often, after a comma or before a preposition ("The plant closed in March, and in June it will
 * reopen"), or with the date as its adverb ("Exports rose in April and June will bring a record",
 * "Police arrested him Sunday, and Monday he will appear in court").
 */
export const LINKED_DATE = {
  between: String.raw`^(?:\s*,?\s*(?:rather\s+than|instead\s+of|as\s+opposed\s+to|(?:and|or|but)\s+not|not|nor)\s+(?:(?:in|on|to|from|by|until|till|at|for|during)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$`,
  after: String.raw`^(?:\s*(?:[,.;:!?)"”’]|$)|\s+(?:and|or|but|rather|instead|not|as|because|when|while|after|before|since|if|unless|at|in|on|for|of|from|with|by|until|to|respectively)\b)`,
  examples: {
    between: [
      ' rather than in ',
      ' instead of ',
      ', not ',
      ' and not on ',
      ' nor in ',
      ' or ',
      ' and ',
      ' or the ',
    ],
    after: ['.', ', officials said', ' as planned', ' in Paris', ' or June', ''],
  },
  counterExamples: {
    between: [
      ' and held on ',
      '. It was held on ',
      ' and then on ',
      ' to ',
      ' than ',
      ', when ',
      ' and in ',
      ', and in ',
      ' or on ',
      ', and ',
      ', or ',
    ],
    after: [
      ' will bring a record',
      ' it will reopen',
      ' he appeared',
      ' talks will resume',
      ' the company will',
    ],
  },
} as const;

/**
 * After a month or a day without a year, the story's year: "a runoff held on Dec. 1 [of that
 * year]", "from Sept. 1 to Nov. 30 of the same year" (the start of a range too).
 */
export const OF_STORY_YEAR = String.raw`^(?:\s*(?:to|through|until|and|-|–)\s*\p{L}+\.?(?:\s+\d{1,2})?)?,?\s+of\s+(?:that|the\s+same)\s+year\b`;

/**
 * Before a month, a season or a day without a year, in its sentence: a habit, which puts it in no
 * one year ("flu season typically runs from [October] through May", "The monsoon usually arrives
 * in [June]": `XXXX-10`, `XXXX-06`; habits.ts). Not past a date of a year of its own ("usually
 * rise in December, but this year in November"), nor past a verb of its own ("the fair, normally
 * held every May, has been postponed to the autumn"), nor out of its clause or aside, past a
 * comma ("The council, which usually meets in private, voted in March"); nor a forecast
 * ("Analysts generally expect a cut in June"). An abbreviation's dot goes on ("from Oct. through"),
 * and so does a month's day ("from June 1 to", "from Aug. 20 to"), which is no year; but no other
 * number but a rate ("typically rise 3 percent in"), as another may count what one time did
 * ("usually opens at 9 and closed early on Dec. 24").
 */
export const HABIT_BEFORE = {
  pattern: String.raw`\b(?:usually|typically|normally|generally|traditionally|customarily|tends?\s+to|tended\s+to)\b(?!\s+(?:expects?|forecasts?|predicts?|sees?|anticipates?|believes?|thinks?|agrees?)\b)(?:(?!\b(?:but|yet|while|whereas|this|last|next|that|has|have|had|was|were|will|been|postponed|delayed|moved)\b)(?:[^.,;:!?()\d]|\.(?=\s+(?-i:\p{Ll}))|(?<=\b(?-i:${MONTH_ABBREVIATIONS}))\.(?=\s+\d)|(?<=\b(?-i:${MONTH_NAMES}|(?:${MONTH_ABBREVIATIONS})\.?)\s+)\d{1,2}(?!\d)|(?<![\d.])\d{1,3}(?:\.\d{1,2})?(?=\s*(?:%|percent\b|per\s+cent\b))))*$`,
  /** Text right before a date, where the pattern matches. */
  examples: [
    'Flu season typically runs from ',
    'The monsoon usually arrives in ',
    'the rainy season, which normally ends in ',
    'Flu season typically runs from Oct. through ',
    // (a range's first day, whose day of the month is no year: "June 1 to [Nov. 30]")
    'Hurricane season typically runs from June 1 to ',
    'Storms typically peak from Aug. 20 to ',
    'Rents typically rise 3 percent in ',
    'Prices usually fall 2.5% in ',
  ],
  counterExamples: [
    'The council, which usually meets in private, voted in ',
    'Analysts generally expect the bank to cut rates in ',
    'Prices usually rise in December, but this year they rose in ',
    'The fair, normally held every May, has been postponed to the ',
    'It usually rises in June. Growers planted in ',
    'The fair usually opens in May and in 2015 opened in ',
    // (a number that is no month's day: what one time did, counted)
    'The museum usually opens at 9 and closed early on ',
    'Typically 10 to 12 storms form each season and Hurricane Earl formed on ',
    'The board usually meets 4 times a year and met on ',
  ],
} as const;

/**
 * A part of the week told as an adverb ("midweek"), joined in its clause to a recurring weekday,
 * is a habit too: "He trains [midweek] and plays on Saturdays" is every week's middle
 * (`XXXX-WXX`, mod MID), not the publication's week (habits.ts). DATA ONLY: `expression` is
 * matched on the part of the week's text; `between` on the whole text between it and the
 * recurring weekday (a SET), whichever comes first: "and", "or" or "than" ("Fares are cheaper
 * [midweek] than at weekends"), then a verb and its preposition at most. Not once, in the past, beside a habit in the present: "The club played
 * [midweek] and trains on Sundays" is this week's; `toldOnce` is matched on the text right before
 * the part of the week, `presentThen` on `between`'s text when the weekday comes after it.
 */
export const HABIT_WEEK_PART = {
  expression: String.raw`^mid[\s-]?week$`,
  between: String.raw`^\s+(?:and|or|than)\s+(?:[\p{L}'’-]+\s+){0,2}$`,
  toldOnce: String.raw`\b(?:\p{L}{2,}ed|was|were|won|lost|fell|rose|met|beat|drew|ran|came|went)\s+$`,
  presentThen: String.raw`^\s+(?:and|or)\s+(?:(?:usually|often|always|normally|still|now)\s+)?(?!(?:was|has|is|does|this)\b)\p{L}{2,}(?<![su]s)s\b`,
  examples: {
    toldOnce: ['The club played ', 'Shares fell '],
    presentThen: [' and trains on ', ' and usually plays on '],
    expression: ['midweek', 'mid-week'],
    between: [' and plays on ', ' and trains ', ' or on ', ' than at '],
  },
  counterExamples: {
    toldOnce: ['He trains ', 'They play '],
    presentThen: [' and played on ', ' or on ', ' and was at home on ', ' and again on '],
    expression: ['this week', 'midweek trading'],
    between: [', and last week he rested ', ' after ', ' and again on Friday, and on '],
  },
} as const;

/**
 * What may stand between opening hours' "hours are" and their weekday: clock times, ranges and
 * other weekdays ("10 a.m. to 5 p.m., ", "noon-5 p.m. Saturday; "), nothing that tells of one day.
 * (Each item is a whole word or sign, none a piece of another, so the list never backtracks.)
 */
const TIMETABLE_ITEM = String.raw`(?:\d{1,2}(?:[:.]\d{2})?(?!\d)|[ap]\.?m\.?|(?:noon|midnight|to|until|till|through|thru|and|on|from|daily|weekdays|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b|[,;–—-])`;

/**
 * Before a weekday, in its sentence: opening hours, a timetable whose weekdays recur ("Hours are
 * 10 a.m. to 5 p.m., [Saturday] and [Sunday]": every Saturday and Sunday, `XXXX-WXX-6`;
 * opening-hours.ts). Only a timetable: its clock times or weekdays come right after "hours are"
 * and nothing else comes before the weekday ("Opening hours will be extended on [Saturday]",
 * "Visiting hours are suspended until [Monday]" tell of one day).
 */
export const OPENING_HOURS_BEFORE = {
  pattern: String.raw`\b(?:(?:opening|visiting|business|office|viewing)\s+)?hours\s+(?:are|will\s+be|remain)\s+(?=\d|(?:noon|midnight|from)\b|${WEEKDAY_WORD}|$)(?:${TIMETABLE_ITEM}\s*)*$|(?:^|\n)[ \t]*(?:opening\s+)?hours\s*:\s*(?:${TIMETABLE_ITEM}\s*)*$`,
  /** Text right before a weekday, where the pattern matches. */
  examples: [
    'Hours are 10 a.m. to 5 p.m., ',
    'Hours are 10 a.m. to 5 p.m. ',
    'Opening hours will be 9 a.m.-4 p.m. on ',
    'Hours: 10 a.m.-5 p.m. Saturday; noon-5 p.m. ',
    'Visiting hours are noon to 8 p.m., Monday through ',
    'Hours are 9:30 to 4, ',
  ],
  counterExamples: [
    'The hours are long. The museum reopened on ',
    'He worked long hours on ',
    'Rescuers searched for hours on ',
    'Hours are 10 a.m. to 5 p.m. The museum reopened on ',
    'Opening hours will be extended on ',
    'Visiting hours are suspended until ',
    'Hours remain unchanged, but the store will close early on ',
    'Working hours are long: he worked 14 hours on ',
    'Hours are limited on ',
  ],
  /**
   * A clock time joined to its weekday ("5 p.m., [Saturday]", "noon on [Sunday]"): in opening
   * hours the time is of every such day, and the weekday a SET of its own (opening-hours.ts).
   */
  clockThenWeekday: String.raw`[\s,]+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$`,
} as const;

/**
 * Right before a date, a word that makes it approximate, which TimeML leaves outside the
 * expression and gives as its `mod` ("painted [around 1640]": 1640, APPROX). Not "about", too
 * often a topic ("a film about 1968").
 */
export const APPROX_BEFORE = {
  pattern: String.raw`\b(?:around|circa|ca\.|c\.|approximately|roughly|sometime\s+around)\s+$`,
  /** Text right before a date, where the pattern matches. */
  examples: ['A volcanic eruption struck the tropics around ', 'The portrait was painted circa '],
  counterExamples: ['A film about ', 'It rose in '],
} as const;

/**
 * In a headline (the text's first line, with no full stop), a "to" and its verb before a date
 * tell what is ahead, as "is to" would: "Energy bills [to rise] 2% in October", "Benefit cap [to
 * be scrapped] from April" (story.ts).
 */
export const HEADLINE_INFINITIVE = {
  pattern: String.raw`\bto\s+(?:be\s+)?(?-i:[a-z]){3,}\b`,
  examples: ['Energy bills to rise 2% in ', 'Benefit cap to be scrapped from '],
  counterExamples: ['Tourism to Spain rose in ', 'Bills rose 2% in '],
} as const;

/**
 * A year set off as an aside after a sentence's subject frames the months of its clause, as a
 * year that opens the sentence does ("Her last tour, [in 2022,] was cut short in October"; story.ts).
 * `before`: right before the year; `thenClause`: right after it, a conjunction that ends the clause
 * there ("She visited Kyiv, in 2022, and plans to return in October" frames nothing).
 */
export const YEAR_ASIDE = {
  before: String.raw`\p{L},\s+(?:back\s+)?(?:in|during)\s+$`,
  thenClause: String.raw`^\s*,\s+(?:and|but|or|so|yet)\b`,
  /**
   * Between a month of a year's frame and an earlier month told after it: the story goes on
   * into the next year ("in early November before a cold snap drew it down in [January]").
   */
  rollsOn: String.raw`\b(?:before|then|until|till)\b`,
  examples: {
    before: ['Her last tour, in ', 'The factory, back in '],
    thenClause: [', and plans'],
    rollsOn: [' before a cold snap drew it down in ', ' and then in '],
  },
  counterExamples: {
    before: ['opened in ', 'In '],
    thenClause: [', was cut short'],
    rollsOn: [' after falling in ', ' and reopened in '],
  },
} as const;

/**
 * A part of the year compared, in its sentence, with the year before ("In the first quarter, it
 * earned $2 million, compared with a loss [a year earlier]", "profit rose 12% [on the year]") is
 * the news's latest, not one of a year framing the sentence before: "Last year the company lost
 * money. In the first quarter, revenue rose 8% from a year earlier" is this year's first quarter
 * (story.ts). DATA ONLY: matched case-insensitively on the text of the sentence after the part.
 */
export const PART_COMPARED = {
  pattern: String.raw`\b(?:a|the)\s+year\s+(?:earlier|ago|before)\b|\byear[\s-]+(?:on|over|earlier)[\s-]+year\b|\bon\s+the\s+year\b|\b(?:than|from|with|over|against|on)\s+last\s+year\b|\bsame\s+[\p{L}-]+\s+(?:of\s+)?last\s+year\b`,
  examples: [
    ', it earned $2 million, compared with a loss a year earlier',
    ', revenue rose 8% from a year earlier',
    ', profit rose 12% on the year',
    ' sales rose 3% year-on-year',
    ', sales beat the same quarter of last year',
  ],
  counterExamples: [
    ', sales rose',
    ', sales rose for the first time in a year',
    ' it earned more than in 2019',
  ],
} as const;

/** A word that is no verb of the subject's clause, for MONTH_IN_FUTURE_SUBJECT. */
const NO_VERB = String.raw`(?!(?:will|shall|would|could|can|may|might|must|was|were|is|are|has|have|had|did|does|do|said|says|say)\s)`;
/**
 * What follows from an event and so comes after it: a month's event these head is most often
 * the nearest, past or just ahead ("Arrests at the March rally will be reviewed"). Each may open
 * its sentence, capitalised (no inline `(?i:)`: V8 has been seen to miss it once other regexes ran).
 */
const AFTERMATH = [
  'results?',
  'outcomes?',
  'findings',
  'fallout',
  'aftermath',
  'lessons',
  'damage',
  'losses',
  'arrests',
  'injuries',
  'deaths',
  'victims',
  'footage',
  'minutes',
  'transcripts?',
  'recounts?',
  'reviews?',
  'audits?',
  'inquir(?:y|ies)',
  'investigations?',
  'probes?',
  'analys[ie]s',
  'certification',
  'clean-?up',
  'repairs',
  'recovery',
  'impact',
  'effects',
]
  .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join('|');

/**
 * A month without a year, maybe with its day, modifying a noun inside a future clause's subject,
 * after the subject's head and a preposition ("Results from the March election will be
 * certified", "Work after its August recess will focus on taxes"): the future verb tells what is
 * ahead of its subject, not when the modifier's event was; the month is the nearest one, on
 * either side of the publication (story.ts, resolve/pick.ts). Not a month the subject's own head
 * names ("The March election will decide"), nor one after the verb ("will run in the March
 * primary", "will hold its June meeting"): those are left to the tense and its cues (TENSE
 * `nearest` for "the March election" with no past after it). Only a preposition that puts the
 * month's event before its head ("from", "after", "following"), or a head that follows from it
 * (`AFTERMATH`: "Arrests at the March rally", "The findings of the June inquiry"): not "Details of
 * the December summit will be announced" nor "Turnout at the November election will be watched",
 * told in January, which are ahead; not "since" nor "before", which tell the side themselves.
 * DATA ONLY: `before` is matched on the text before the month (ending at it), from the sentence's
 * start: up to four words with no verb among them, a preposition, a determiner; `after` on the
 * text after it: up to three words of the noun, then "will"; `aftermath` on the text before it
 * too, a head that follows from the month's event right before the preposition: such a month
 * leans to the past as an untensed one does ("Lessons from the May floods will shape the budget",
 * told in November, are this May's; "Results from the March election will be certified", told in
 * February, still the coming March's). A pause the subject comes after (`pauseBefore` on the
 * text before, `pause` after: "Debate after the October break will center on the budget", told in
 * March) is one the calendar has set, and what follows it is still to come: the coming one, as
 * the future verb has it, however near the last one was.
 */
export const MONTH_IN_FUTURE_SUBJECT = {
  before: String.raw`(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:${NO_VERB}[\p{L}'’-]+\s+){1,4}?(?:from|after|following)|(?:${NO_VERB}[\p{L}'’-]+\s+){0,3}?(?:${AFTERMATH})\s+(?:of|at|over|about|in))\s+(?:the|its|their|his|her|our)\s+$`,
  after: String.raw`^(?:\s+(?!(?:of|in|on|at|to|for|from|by|with|and|or|but|that|which|who|whom|when|where|will|would|shall|is|was|were|are|has|had|have|be|been|before|after|until|through|last|next|this|the|a|an)\s)[\p{L}'’-]+){1,3}?\s+(?:will|shall)\s`,
  aftermath: String.raw`(?:^|\s)(?:${AFTERMATH})\s+(?:from|after|following|of|at|over|about|in)\s+(?:the|its|their|his|her|our)\s+$`,
  pauseBefore: String.raw`\b(?:after|following)\s+(?:the|its|their|his|her|our)\s+$`,
  pause: String.raw`^\s+(?:recess|break|holidays?|vacation)\b(?!-)`,
  examples: {
    pauseBefore: ['Debate after the ', 'Hearings following its '],
    pause: [' break will center', ' recess will focus'],
    aftermath: ['Results from the ', 'Lessons from the ', 'The findings of the '],
    before: [
      'Results from the ',
      'Work after its ',
      'The findings of the ',
      'Rates rose. Debate after the ',
      'Arrests at the ',
      'Lessons from the ',
    ],
    after: [' election will be certified', ' recess will focus', ' city council vote will '],
  },
  counterExamples: {
    pauseBefore: ['Results from the ', 'Lessons from the '],
    pause: [' storm will', ' election will be certified', ' break-in will'],
    aftermath: ['Work after its ', 'Rates rose. Debate after the ', 'Details of the '],
    before: [
      'The ',
      'Smith will run in the ',
      'Voters will go to the polls in the ',
      'The council approved the plan at its ',
      'Officials said the ',
      'He said results from the ',
      'Details of the ',
      'Turnout at the ',
      'Turnout in polls since the ',
      'Campaigning before the ',
    ],
    after: [
      ' election was won',
      ' primary, which will',
      ' election and will',
      ' 2027 election will',
      ' rally in Ohio will',
      ' will decide',
    ],
  },
} as const;

/** Events a year names, that happen within it: "the 2008 crisis", "the 2011 Tohoku earthquake". */
const EVENT_NOUNS = String.raw`crisis|crash|collapse|recession|meltdown|war|invasion|coup|revolution|uprising|revolt|protests?|riots?|strikes?|elections?|referendum|summit|earthquake|quake|tsunami|hurricane|typhoon|cyclone|storm|floods?|flooding|drought|heat\s*wave|wildfires?|fires?|eruption|blackout|outbreak|pandemic|epidemic|attacks?|bombings?|shooting|massacre|siege|raids?|explosion|blast|disaster|spill|derailment|Olympics|Games|World\s+Cup|finals?|tournament|championships?|festival|conference|census|scandal|bailout`;
/**
 * Verbs of an event's happening, not of what became of it later ("resumed", "ended"; "came back",
 * "came under scrutiny", "was held up as a model", "hit again").
 */
const HAPPENING = String.raw`(?:hit|struck|began|started|erupted|broke\s+out|took\s+place|occurred|happened|unfolded|came(?=\s+(?:in|on|at|during|just|only|days|weeks|months|after|before)\b)|peaked|opened|kicked\s+off|held|played|staged|fought|killed|devastated|destroyed|swept|landed|made\s+landfall|toppled|ousted|shook|flooded)(?!\s+(?:back|up|again|anew|once\s+more)\b)`;

/**
 * A year naming the event its sentence opens with, told happening, frames the months and days of
 * that clause, as a year opening the sentence does ("The 2008 crisis hit in [September]":
 * 2008-09; "The 2016 election was held on [Nov. 8]"; story.ts). `before`: right before the year,
 * "The" opening the sentence (the event is its subject); `after`: right after it, the event's
 * noun, after a few words at most ("The 2011 Tohoku earthquake"), or two ("earthquake and
 * tsunami"), a relative aside about it if any ("The 2016 referendum, which split the country,
 * took place in June"), and a verb of its happening, maybe as a participle aside ("The 2019
 * election, held in [December], returned"). Not a person's or a thing's vintage ("The
 * 2019 winner returned in March", "The 2020 law takes effect in July"), nor what became of the
 * event later ("The 2019 protests resumed in March").
 */
export const EVENT_YEAR = {
  before: String.raw`(?:^|[.!?]["”’]?\s+|\n\s*)The\s+$`,
  after: String.raw`^\s+(?:(?!(?:of|in|on|at|for|from|to|with|by|and|or|who|which|that|was|were|is|are|has|had|will)\s)[\p{L}.'’-]+\s+){0,3}?(?:${EVENT_NOUNS})(?:\s+and\s+(?:${EVENT_NOUNS}))?(?:,\s+(?:which|that|who)\s[^.;:!?,()]{1,80},)?(?:\s+(?:(?:was|were)\s+)?|,\s+)(?:${HAPPENING})\b`,
  examples: {
    before: ['The ', 'Rates rose. The '],
    after: [
      ' crisis hit in September',
      ' election was held on Nov. 8',
      ' Tohoku earthquake struck',
      ' Indian Ocean tsunami killed',
      ' Olympics opened in London',
      ' World Cup kicked off',
      ' earthquake and tsunami struck',
      ' referendum, which split the country, took place',
      // (or a participle aside tells it: "The 2022 men's World Cup final, played in December,")
      " men's World Cup final, played in December",
      ' election, held in December',
    ],
  },
  counterExamples: {
    before: ['Officials recalled that the ', 'the '],
    after: [
      ' winner returned in March',
      ' law takes effect in July',
      ' protests resumed in March',
      ' winner of the election came',
      ' crisis, which hit banks',
      ' crisis came back to haunt banks',
      ' election came under scrutiny',
      ' protests were held up as a model',
      ' crisis hit again',
    ],
  },
} as const;

/**
 * In a text with no date of its own, a year told alone frames the days and months told after it
 * ("The offensive opened in 1942. It reached the Volga on [23 August]": 1942-08-23; story.ts),
 * unless it is a background, the words right before it in its sentence say (`background`): in a
 * relative clause or an aside about something else ("The bridge, whose design borrowed from a
 * span he had seen in 1949, opened on 21 August"; "The plant, built in 1961, had a poor record";
 * "a firm in Toronto (founded in 1911 by a Scottish engineer)"), or a participle after a noun
 * the sentence's verb takes ("The museum displays a car built in 1936. It reopened on 2 May": not
 * a verb of what was said, "He said the firm closed in 1936"). Such a year is no time the story
 * goes on from either. A year a life or a body begins in (`origin`: "Brown was born in 1996. He
 * was killed on Aug. 9") frames no days, but "four years later" may still count from it.
 * `asideAfter`: right after a year whose `background` is a participle after a comma, the main
 * verb the aside ends before ("built in 1961, had"); `futureInPast`: in a sentence telling what
 * lay ahead then, the future does not break the frame ("It would expire on [31 December]");
 * `newsNow`: in a text with a date, words of the date's sentence that tell it as news of the
 * publication, a saying or a commemoration, which a story told long before does not frame ("In
 * 1985, Smith founded the company. The company said on March 3 that profits fell"; "In 1969,
 * Apollo 11 landed on the moon. NASA celebrated the anniversary in July"); in a text with no
 * date, only after the date ("She died on 11 March, her publisher said"; "The government said the
 * licence would expire on 31 December" is the story's);
 * `breaks`: between the year and a date, words that jump away from it to a time the text does
 * not give ("The war ended in 1945. Decades later, on [9 May]"; "It is now crumbling").
 * `commemoration`: words of a sentence that looks back on the year's story from a later year, an
 * anniversary, a commemoration or the years since it, which a year opening the sentence before
 * does not frame ("In 1989, the Berlin Wall fell. In [November], Germans marked the anniversary":
 * this November's; "Germany marked 30 years since the fall"); in lower case only, as a name that
 * holds one commemorates nothing ("In August, it opened the Memorial Stand").
 * `aheadNow`: words of a sentence that tell what is still ahead of the publication, a future in
 * the present, which a year before the publication's does not frame ("In 2019, the party was
 * founded, and it will hold a congress in [December]": the coming December), so does a timetable
 * told in the present ("where a new barrier opens in [April]", after a plural too: "In 2010, the
 * airport opened. In [May], the first flights arrive", though not with a past verb after it, which
 * tells the present of then: "In [May], as the flights arrive, the terminal filled up"); not
 * "would", a future seen from then ("In 2019, the party said it would meet in the spring").
 * `nowTurn`: between a year that frames its sentence and a date, a clause that turns to the
 * present, after which the date is the publication's ("In 2016 Trump won, and now Democrats fear
 * a repeat in [November]", "; today"): after a conjunction or a semicolon, not "now" inside a
 * clause or an aside between commas ("The firm, now owned by Acme, moved in March", "In 1990 the
 * company, now a unit of Siemens, opened a plant in [May]").
 * DATA ONLY: matched case-insensitively.
 */
const COMMEMORATION = String.raw`(?:years|decades)\s+since|anniversar(?:y|ies)|commemorat(?:ed|ing|es?|ions?)|memorials?|(?:bi|ter)?centenar(?:y|ies)|(?:bi|ter)?centennials?|jubilees?`;

/** A subject's words after its determiner, its head noun last, and a verb in the past after it. */
const STORY_SUBJECT = String.raw`(?:[\p{L}'’-]+\s+){0,2}?(?<head>(?-i:\p{Ll}{3,}))\s+(?:was|were|had|(?-i:\p{Ll}{2,}ed)|${IRREGULAR_PAST_FORM})\b`;

export const STORY_FRAME = {
  background: String.raw`\b(?:who|whom|whose|which)\b[^.;:!?,()]*$|\([^()]*$|\b(?!(?:and|or|but|so|then|as|after|before|when|where|while|since|until|because|if|once|that|of|in|on|at|by|for|with|from|to|into|said|says|told|reported|announced|knew|learned|added|noted|wrote)\s)(?-i:\p{Ll})\p{Ll}*\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,2}?(?-i:\p{Ll}+ed|(?:re)?(?:built|made|begun|drawn|grown|sunk|written|founded))\s+(?:in|during)\s+$`,
  participleAside: String.raw`\p{L},\s+(?-i:\p{Ll}+ed|(?:re)?(?:built|made|set|begun|drawn|known|grown|sunk))\s+(?:[^.;:!?,()]*\s)?(?:in|during)\s+$`,
  asideAfter: String.raw`^(?:\s+and\s+[^.;:!?,()]{1,60})?,\s+(?:was|were|is|are|has|had|have|will|would|could|can|did|remains?|stood|lay)\b`,
  origin: String.raw`\b(?:born|founded|established|incorporated|formed|set\s+up)\s+(?:[\w'’-]+\s+){0,3}?(?:in|during)\s+$`,
  // the rest of the sentence of a year a history opens with, telling a beginning: the year of a
  // thing still about, which the news goes on from ("In 1865 the bank was founded. It reported
  // earnings on April 25" is this April), no history (story.ts)
  originAfter: String.raw`^[^.;:!?]{0,60}?\b(?:born|founded|established|incorporated|formed|set\s+up|built|opened|created|started|launched|began)\b`,
  // a sentence after that of a year a history opens with, whose subject carries the history on: a
  // pronoun opening it (`carriesOn`, on the sentence before the date) or right after the date it
  // opens with (`carriesOnAfter`, on the text from the date): "In 1815 Napoleon escaped from
  // Elba. On 1 March he landed"; not a new subject, often the news's ("In 1776 the founders wrote
  // of liberty. On March 3 the senator quoted them"; story.ts)
  carriesOn: String.raw`^(?:he|she|it|they)\b`,
  carriesOnAfter: String.raw`^[\p{L}\p{N}.]+(?:[ \t]+[\p{L}\p{N}.]+){0,2}?,?[ \t]+(?:he|she|it|they)\b`,
  // or a subject whose head noun the year's sentence told, the same thing told on ("In 1346 the
  // English army landed in Normandy. On 26 August the army fought": story.ts compares the `head`
  // of a subject opening the date's sentence, `subjectOpening` on the sentence before the date,
  // or right after the date it opens with, `subjectAfter` on the text from the date, before a
  // verb in the past)
  subjectOpening: String.raw`^(?:the|its|his|her|their)\s+${STORY_SUBJECT}`,
  subjectAfter: String.raw`^[\p{L}\p{N}.]+(?:[ \t]+[\p{L}\p{N}.]+){0,2}?,?[ \t]+(?:the|its|his|her|their)[ \t]+${STORY_SUBJECT}`,
  // ... a head the year's sentence named with a word that tells which one ("the English army",
  // "Edward's army"; this pattern, on the text before the head), a thing the history brings in,
  // which a later "the army" refers back to. A head told bare ("In 1920 the club won its first
  // title"), or one the text named before the history, is the article's own subject, whose news
  // the paragraph may go on to ("In March the club sacked its manager" is this March; story.ts)
  subjectNamed: String.raw`(?<![\p{L}\p{N}'’-])(?!(?:the|a|an|its|his|her|their|our|this|that|these|those)\s)[\p{L}\p{N}'’-]+\s+$`,
  futureInPast: String.raw`\bwould\b`,
  newsNow: String.raw`\b(?:said|says|told|tells|${COMMEMORATION})\b`,
  commemoration: String.raw`\b(?-i:${COMMEMORATION})\b`,
  // a commemoration told in the present, this year's ("In 1666 a fire destroyed much of the
  // city. In September the city marks the anniversary": the publication's September, however
  // near the last one was; story.ts)
  commemorationNow: String.raw`\b(?:marks|celebrates|commemorates|remembers|honou?rs|observes|holds)\b`,
  aheadNow: String.raw`\b(?<!\b(?:a|the|his|her|its|their|my|your|our|free|good|ill|political)\s+)(?:will|won['’]t|shall)\b|['’]ll\b|\b(?<=\b(?:it|he|she|they|we|i|you)\s+)(?<!\b(?:said|told|announced|warned|added|thought|believed|feared)\s+(?:that\s+)?[a-z]+\s+)(?-i:may)\s+(?:well\s+|also\s+|still\s+|even\s+)?(?!have\b|not\s+have\b|be\s+[a-z]+ed\b)[a-z]{2,}\b|\b(?:is|are|am)\s+(?:going\s+to|about\s+to|due(?!\s+to\s+${CAUSE_AFTER_DUE_TO})|set\s+to|scheduled|expected\s+to|planned|slated|poised|(?!being\b)[a-z]{2,}ing)\b|\b(?:plans?|intends?|aims?|hopes?|expects?)\s+to\b|\b(?:opens|reopens|begins|starts|restarts|ends|closes|resumes|expires|lapses|arrives|departs|takes\s+effect|kicks\s+off|goes\s+on\s+sale)\b|(?<=\b(?!(?:is|was|has|does|this|its|his|us|as|yes|less|news|always|perhaps|sometimes)\b)[a-z]{2,}s\s+)(?:open|reopen|begin|start|restart|end|close|resume|expire|lapse|arrive|depart|take\s+effect|kick\s+off|go\s+on\s+sale)\b(?![\s\S]*?\b(?<!\b(?:is|are|am|be|been|being|was|were|has|have|had|get|gets|got)\s+)(?!(?:hundred|need|speed|feed|seed|breed|shed|sacred|naked|wicked)\b)(?-i:[a-z]{3,}ed)\b)`,
  nowTurn: String.raw`(?:;\s*|\b(?:and|but|yet|so)\s+)(?:now|today|nowadays|these\s+days)\b(?!\s+(?:owned|known|called|named|run|led|based|part)\b)`,
  breaks: String.raw`(?:^|[.,;:!?]\s*|\b(?:and|but)\s+)(?:(?:many\s+|some\s+|several\s+)?(?:years|decades|generations|centuries)|a\s+(?:lifetime|generation|century)|half\s+a\s+century)\s+(?:later|after(?:wards?)?|on)\b|\b(?:now|today|nowadays|these\s+days)\b`,
  examples: {
    nowTurn: [
      ' Trump won, and now Democrats fear a repeat in ',
      ' it flooded; today the town wants a wall by ',
    ],
    background: [
      'The bridge, whose design borrowed from a span he had seen in Norway in ',
      'Its commander, who had fought at Chapultepec in ',
      'he found work at a firm in Toronto (founded in ',
      'The museum displays a car built in ',
      'She bought an old farmhouse restored in ',
    ],
    participleAside: ['The Varden chemical plant, built in ', 'The levee, rebuilt in '],
    asideAfter: [', had a poor safety record', ' and raised in the 1970s, will be inspected'],
    origin: ['Brown was born in ', 'The firm was founded in ', 'Harlow was established in '],
    subjectOpening: ['The army fought at Crécy on ', 'the English army was beaten on '],
    subjectAfter: ['26 August the army fought', 'In September, the German army was stopped'],
    subjectNamed: ['In 1346 the English ', 'In 1346 Edward’s ', 'In 1914, the 2nd '],
    futureInPast: ['The licence would expire on '],
    newsNow: [
      'The company said on March 3 that profits fell.',
      'He stepped down on March 3, the company said.',
      'NASA celebrated the anniversary in July.',
    ],
    commemorationNow: [
      'The city marks the anniversary.',
      'Veterans hold a service; the town honours them.',
      'It holds a memorial.',
    ],
    commemoration: [
      'Germans marked the anniversary.',
      'Veterans commemorated the landings.',
      'The city held a memorial service.',
      'The town celebrated its bicentennial.',
      'Germany marked 30 years since the fall.',
    ],
    aheadNow: [
      'Regulators will fine the company.',
      "They'll meet again.",
      'It may cut them.',
      'A new plant is due to open.',
      'The talks are scheduled for June.',
      'It plans to open another.',
      'The company is opening another.',
      'A second dam opens.',
      'The first flights arrive from London.',
    ],
    breaks: [
      '. Decades later, on ',
      '. Years later, on ',
      '. It is now crumbling, and on ',
      '. Today the alliance faces new threats. On ',
      '. Half a century on, ',
    ],
  },
  counterExamples: {
    background: [
      'The offensive opened in ',
      'The general, who was tired, attacked in ',
      'He said the firm closed in ',
      'After the plant opened in ',
      'Workers at the plant walked out in ',
      'The war ended and the troops returned in ',
    ],
    participleAside: ['The offensive opened in ', 'He trained in Oslo and emigrated to Canada in '],
    asideAfter: [', and on 8 January he married', ' the bank refused'],
    origin: ['The offensive opened in ', 'He emigrated to Canada in '],
    subjectOpening: ['The army will fight on ', 'He fought on ', 'Smith fought on '],
    subjectAfter: ['26 August the army opens a museum', '26 August he fought'],
    subjectNamed: ['In 1920 the ', 'In 1902 its ', 'In 1850, the '],
    futureInPast: ['The licence will expire on '],
    newsNow: ['They returned on July 24.', 'He announced his candidacy on January 2.'],
    commemorationNow: [
      'Germans marked the anniversary.',
      'It held a memorial.',
      'The city will mark it.',
    ],
    commemoration: [
      'Regulators fined the company.',
      'He said the plant would reopen.',
      'It was the worst in 30 years.',
      'It opened the Memorial Stand.',
    ],
    aheadNow: [
      'He said the plant would reopen.',
      'The plant was due to open.',
      'Her will was read.',
      'It planned to open another.',
      'The plant is being rebuilt.',
      'The first flights would arrive from London.',
      'The first flights arrived from London.',
      'It was his start.',
      'It may have closed.',
      'In May they met.',
      'The council said it may close.',
    ],
    breaks: ['. Four years later, on ', '. Later that year, on ', '. Days later, on '],
    nowTurn: [
      ', now owned by Acme, moved in ',
      ' the plant now employs 200 and in ',
      // (an aside between commas that says what the subject is now: "In 1990 the company, now a
      // unit of Siemens, opened a plant in May" is May 1990)
      ', now a unit of Siemens, opened a plant in ',
      ', today home to 2 million people, flooded in ',
    ],
  },
} as const;

/**
 * Between a week told as one and a weekday, what ends the week's clause: a comma (not one in a
 * number: "Last week's storm knocked out power to 40,000 homes on [Monday]") or a bracket, a
 * saying, a complement or a relative ("denied this week [that] the committee expects a decision
 * on Tuesday" is no Tuesday of this week; story.ts).
 */
export const WEEK_FRAME_BREAK = String.raw`[;:()]|,(?!\d{3}\b)|\b(?:that|which|who|when|where|said|says|told|tells|reported|announced|denied|added|noted|stated|wrote)\b`;

/**
 * A week counted back from now (`week`, tried on the week's own text: "a week ago", "two weeks
 * ago") is a point, so many weeks before, more than a week told as one: a weekday later in its
 * clause is that week's only when it follows at once (`dayAtOnce`, tried on the text between: "a
 * week ago Thursday", "two weeks ago, on Wednesday") or the week opens its sentence ("Two weeks
 * ago the council met on Wednesday"; `opening`, tried on the text before the week, lets in a
 * quotation's mark and a word of nearness: '"A week ago we met on Thursday," he said', "Just two
 * weeks ago the council met on Wednesday"). "The storm formed a week ago and strengthened on
 * [Thursday]", told on a Sunday, is the Thursday just gone (story.ts).
 */
export const WEEK_COUNTED_BACK = {
  week: String.raw`\bago$`,
  dayAtOnce: String.raw`^,?\s+(?:on\s+)?$`,
  opening: String.raw`(?:^|[.!?]["”’)]?\s+|\n|:\s+)["“‘]?(?:(?:just|only|exactly|barely|nearly|almost)\s+)?$`,
} as const;

/**
 * What keeps a week's clause past a WEEK_FRAME_BREAK: the week opening its sentence and its comma
 * (`opening`, tried on the text before the week; the rest must hold no break: "Last week, the
 * council met on [Wednesday]", not "Next week, his office said on Friday"), or a relative on the
 * week's thing in the possessive, right after it (`relative`, tried on the text between: "Last
 * week['s vote, which was held in a hall on ][Wednesday]", its own verb and no saying). Both are
 * last week's Wednesday, told on a Friday (story.ts); neither where the text between puts the
 * day ahead (`ahead`).
 */
export const WEEK_FRAME_KEPT = {
  opening: String.raw`(?:^|[.!?]["”’)]?\s+|\n)$`,
  relative: String.raw`^['’]s(?:\s+[\p{L}'’-]+){1,3},\s+(?:which|that|who)\s+(?:(?!\b(?:said|says|told|tells|reported|announced|denied|added|noted|stated|wrote)\b)[^,;:()])*$`,
  /**
   * What puts the weekday ahead of the week, tried on the text between them: a modal, an
   * infinitive, a plan, a bound or a "for" right before the day ("Last week, the council agreed
   * to hold a second vote on [Wednesday]", "postponed the vote until [Wednesday]", "set a strike
   * for [Wednesday]", "Last week's vote, which the council will repeat on [Wednesday]", told on a
   * Friday, are of the coming Wednesday): no such clause is kept.
   */
  ahead: String.raw`\b(?:will|would|shall|going\s+to|due|expect(?:s|ed)?|scheduled|plan(?:s|ned)?|until|till|to\s+(?!(?:the|a|an|his|her|its|their)\b)(?-i:[a-z])[a-z]*)\b|['’]ll\b|\bfor\s+$`,
} as const;

/**
 * A week in the possessive that only names a thing of that week, set in a phrase after a noun's
 * preposition (`before`, tried on the text before the week), with a verb of the clause's own before
 * the weekday (`after`, three words or more, on the text between): "The death toll from last
 * week['s floods climbed to 112 on ]Wednesday" is the Wednesday before publication. Not a week's
 * thing that is the clause's subject, whose own verb it is ("Last week's talks in Geneva broke
 * down on [Tuesday]" is last week's Tuesday), nor "last week's vote on Wednesday" (story.ts).
 */
export const WEEK_POSSESSIVE_BREAK = {
  before: String.raw`\b(?:of|from|after|since|following|over|about|for|by|with|to)\s+$`,
  after: String.raw`^['’]s(?:\s+\S+){3,}\s*$`,
} as const;

/**
 * Right before the date a move gives up: "moved the hearing from [Oct. 29] to Jan. 21" (tense.ts,
 * which takes it as one still ahead, or the nearest weekday).
 */
export const GIVEN_UP_BEFORE = String.raw`\bfrom\s+(?:the\s+)?$`;

/** Between two clock times of a range: "from 4[ to ]7 p.m. Thursday" (clock-days.ts). */
export const CLOCK_RANGE_JOIN = String.raw`^[ \t]*(?:to|-|–|until|till|and)[ \t]*$`;

/**
 * Between a recurrence and a clock time on it, either way round: "each morning[ at ]6 a.m.",
 * "opens[ ]daily[ from ]9 a.m.", "at 10 a.m.[ ]every Monday", "at 9 a.m.[ on ]weekdays".
 */
export const CLOCK_SET_JOIN = String.raw`^[ \t,]*(?:at|from|between|until|till|by|on|starting\s+at|beginning\s+at)?[ \t]*$`;

/**
 * Between a recurrence of days that opens a sentence and a clock time on it, the clause's subject
 * and verb: "Every Monday[ the market opens at ]6 a.m."; and so between that time and the next
 * one the clause goes on to: "Every day the gates open at 9 a.m.[ and close at ]5 p.m."
 */
export const CLOCK_SET_CLAUSE_JOIN = String.raw`^[ \t]*,?[ \t]*(?:[\p{L}'’-]+[ \t]+){1,4}(?:at|from|until|till|by)[ \t]*$`;

/**
 * Between the part of a day and a clock time on it: "Friday night[ at ]7:30", "tonight[, at ]8:15",
 * "Saturday evening[ until ]11:30" (clock-days.ts, which puts a time said without "a.m." or "p.m."
 * in the part's half of the day), also past the verb of what is on then ("The game Friday
 * night[ starts at ]7:05", "Saturday night[, kickoff is at ]8:15"), and past a whole clause whose
 * adjunct the time is ("Friday night[ the mayor declared a curfew from ]11:30"); not "and", a clause's stop
 * or what was said between, nor a relative's clause ("Friday night and 7:30 on Saturday", "on
 * Friday night; at 7:30 the buses left", "Police said Friday night that he died at 9:30", "Friday
 * evening firefighters fought a fire which started at 10:30").
 */
export const PART_CLOCK_JOIN = String.raw`^[ \t]*,?[ \t]*(?:(?!(?:and|or|but|then|that|which|who|whom|whose|where|said|says|told|when|while|because|since|after|before)\b)[\p{L}'’-]+[ \t]+){0,6}(?:(?:shortly|just|soon)\s+)?(?:at|by|until|till|from|before|after|around|about)[ \t]*$`;

export const CLOCK_DAY_JOIN = String.raw`^[ \t(),]*(?:(?:on|of)\s+)?(?:the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+)?)?$`;

/** Abbreviations whose dot ends no sentence ("Roe vs. Wade", "Dr. Slepian", "N.Y."). */
const ABBREVIATIONS = String.raw`vs|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Rev|Inc|Co|Corp|Ltd|No|Mt|Ft|Jan|Feb|Aug|Sept|Oct|Nov|Dec|\p{Lu}`;

/**
 * What may follow a clock time's "a.m." or "p.m." in the same sentence: a day or a time zone
 * ("from 10 p.m. Friday to 5 a.m. Monday", "at 9 a.m. EST Tuesday").
 */
const AFTER_MERIDIEM = String.raw`(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)(?:day)?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d|[ECMP][SD]?T\b|GMT\b|UTC\b`;

/**
 * Where a sentence ends, to keep tense cues to the expression's own sentence: also at a line
 * break that does not wrap a sentence into lower case, as the event layer's paragraphs
 * (src/extract/text/sentences.ts): a headline's "..., inquiry hears" tells nothing of the lead.
 * Not after a word that cannot end a line of its own ("resume in\nMarch": hard-wrapped text).
 */
export const SENTENCE_END = String.raw`(?<!\b(?:${ABBREVIATIONS}))(?<!\b[ap]\.m(?=\.\s+(?:${AFTER_MERIDIEM})))[.!?]["'”’)]?\s+(?=["“‘'(]?\p{Lu})|\n\s*\n|(?<!\b(?:in|on|at|by|for|from|to|of|the|a|an|and|or|with|until|since|before|after|during)[ \t]*)\n(?=[ \t]*[^\s\p{Ll}])|;`;

/**
 * Fragments from the rarest in news text to the most common. A rule is tried only near a part
 * every match of it needs; of several, the engine takes the one listed first here (words of the
 * rules themselves rank among the units, the longer first). Order only changes speed, never
 * what is found.
 */
export const ANCHOR_ORDER = [
  'holiday',
  'month',
  'monthBeforeDay',
  'weekday',
  'weekdayShort',
  'season',
  'part',
  'clockWord',
  'meridiem',
  'dayWord',
  'setWord',
  'weekdaySet',
  'decadeWord',
  'spokenCentury',
  'thousandYear',
  'reference',
  'zone',
  'centuryOrdinal',
  'dayOrdinal',
  'dayWithSuffix',
  'year',
  'yy',
  'rareUnit',
  'weekendUnit',
  'dayUnit',
  'halfWord',
  'calendarUnit',
  'yearUnit',
  'dayOrLonger',
  'durationUnit',
  'pluralUnit',
  'unitSingular',
  'unit',
  'ago',
  'later',
  'times',
  'modOf',
  'decade',
  'decadeShort',
  'deicticShift',
  'narrativeShift',
  'spanShift',
  'ordinal',
  'mod',
  'bound',
  'approx',
  'prefix',
  'fraction',
  'yearDeixis',
  'beforeAfter',
  'alternate',
  'dayNumber',
  'dayOverTwelve',
  'day',
  'day2',
  'hour',
  'hour12',
  'hour24',
  'hourWord',
  'yearInCentury',
  'yearAfterThousand',
  'ones',
  'minute',
  'monthNumber',
  'monthNumber2',
  'yy2',
  'eraYear',
  'quarterDigit',
  'halfDigit',
  'count',
  'number',
] as const;

/**
 * Words of the rules too common in any text to be looked for first: a rule that needs "the" and
 * a unit runs near the units, not near every "the".
 */
export const ANCHOR_COMMON_WORDS = ['the', 'that', 'this', 'and', 'for', 'from', 'with'] as const;

/**
 * Fragments searched for through a wider one that accepts all their words: one search for
 * "unit" serves every rule that needs some kind of unit. (A test checks that the wider fragment
 * accepts every word of the narrower one.)
 */
export const ANCHOR_SEARCH = {
  month: 'monthBeforeDay',
  weekday: 'weekdayShort',
  durationUnit: 'unit',
  calendarUnit: 'unit',
  pluralUnit: 'unit',
  unitSingular: 'unit',
  dayOrLonger: 'unit',
  yearUnit: 'unit',
  rareUnit: 'unit',
  weekendUnit: 'unit',
  dayUnit: 'unit',
} as const satisfies Record<string, string>;

/**
 * Eras written after a year or a century. Before the common era, TIMEX3 writes "BC" before the
 * value ("the [15th century BC]" is BC14, "[1200 BC]" BC1200); after it, the value is as it is
 * ("[1200 AD]"). Either way the era belongs to the expression.
 */
export const ERAS = {
  // (not British Columbia's bodies: "In 2025 BC Ferries carried" is 2025)
  before: String.raw`^\s?(?!${PROVINCE_BC})(?:${ERA_WORDS.before})(?![\p{L}\p{N}])`,
  common: String.raw`^\s?(?:${ERA_WORDS.common})(?![\p{L}\p{N}])`,
  /**
   * Before a year of the era before the common one, tried on the text right before the year: a
   * day and month, a month or a season of that year, which joins it ("[15 March 44 BC]" is
   * BC0044-03-15, "[January 49 BC]" BC0049-01, "the [summer of 332 BC]" BC0332-SU, "the [15th of March, 44 BC]"), and a winter
   * told by its two years ("the [winter of 54–53 BC]" is BC0054-WI, the winter that began in 54).
   * Case-sensitive: "may 44 BC" is no month; nothing but spaces between, not "15 March; 44 BC".
   */
  partBefore: String.raw`(?:\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>${MONTH_NAMES}),?\s+|\b(?<monthFirst>${MONTH_NAMES})\s+(?<dayAfter>[0-3]?\d)(?:st|nd|rd|th)?,?\s+|\b(?<monthAlone>${MONTH_NAMES})\s+|\b(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+of\s+(?:(?<first>\d{1,4})\s?[–-]\s?)?)$`,
} as const;
