/**
 * Verb forms, for telling a clause's tense without a part-of-speech tagger: auxiliaries, the
 * irregular verbs (base, past, past participle), and the words ending in -ed or -ing that are
 * not verbs. Regular verbs are recognized by their endings (src/extract/events/tense.ts).
 */

/** Auxiliaries by the tense they mark. */
export const AUXILIARIES = {
  present: "is are am 's 're has have 've does do isn't aren't hasn't haven't doesn't don't",
  past: "was were had 'd did wasn't weren't hadn't didn't",
  future: "will shall 'll won't shan't",
  /** Modals that do not fix the time by themselves ("could", "may"). */
  modal:
    "would could can may might should must ought cannot can't couldn't wouldn't shouldn't mustn't",
  /** Forms of "be" that make a passive or progressive with a participle. */
  be: 'be been being',
} as const;

/**
 * Irregular verbs as "base past participle" triples, comma-separated. A participle equal to the
 * past is written once more for clarity. ("abide" goes as a regular verb: its old past "abode" is,
 * in news, the noun of court reports' "of no fixed abode".)
 */
export const IRREGULAR_VERBS =
  'arise arose arisen, awake awoke awoken, be was been, bear bore born, bear ' +
  'bore borne, beat beat beaten, become became become, befall befell befallen, beget begot ' +
  'begotten, begin began begun, behold beheld beheld, bend bent bent, beset beset beset, bestride ' +
  'bestrode bestridden, bet bet bet, bid bid bid, bind bound bound, bite bit bitten, bleed bled ' +
  'bled, blow blew blown, break broke broken, breed bred bred, bring brought brought, broadcast ' +
  'broadcast broadcast, build built built, burn burnt burnt, burst burst burst, buy bought bought, ' +
  'cast cast cast, catch caught caught, choose chose chosen, cling clung clung, come came come, ' +
  'cost cost cost, creep crept crept, cut cut cut, deal dealt dealt, dig dug dug, do did done, draw ' +
  'drew drawn, dream dreamt dreamt, drink drank drunk, drive drove driven, dwell dwelt dwelt, eat ' +
  'ate eaten, fall fell fallen, feed fed fed, feel felt felt, fight fought fought, find found ' +
  'found, flee fled fled, fling flung flung, fly flew flown, forbear forbore forborne, forbid ' +
  'forbade forbidden, forecast forecast forecast, foresee foresaw foreseen, foretell foretold ' +
  'foretold, forget forgot forgotten, forgive forgave forgiven, forgo forwent forgone, forsake ' +
  'forsook forsaken, forswear forswore forsworn, freeze froze frozen, get got gotten, give gave ' +
  'given, go went gone, grind ground ground, grow grew grown, hang hung hung, have had had, hear ' +
  'heard heard, hide hid hidden, hit hit hit, hold held held, hurt hurt hurt, keep kept kept, kneel ' +
  'knelt knelt, know knew known, lay laid laid, lead led led, lean leant leant, leap leapt leapt, ' +
  'learn learnt learnt, leave left left, lend lent lent, let let let, lie lay lain, light lit lit, ' +
  'lose lost lost, make made made, mean meant meant, meet met met, mishear misheard misheard, ' +
  'mislay mislaid mislaid, mislead misled misled, misread misread misread, misspend misspent ' +
  'misspent, mistake mistook mistaken, misunderstand misunderstood misunderstood, mow mowed mown, ' +
  'outbid outbid outbid, outdo outdid outdone, outgrow outgrew outgrown, outrun outran outrun, ' +
  'outsell outsold outsold, outshine outshone outshone, overcome overcame overcome, overdo overdid ' +
  'overdone, overdraw overdrew overdrawn, overeat overate overeaten, overhang overhung overhung, ' +
  'overhear overheard overheard, overpay overpaid overpaid, override overrode overridden, overrun ' +
  'overran overrun, oversee oversaw overseen, overshoot overshot overshot, oversleep overslept ' +
  'overslept, overspend overspent overspent, overtake overtook overtaken, overthrow overthrew ' +
  'overthrown, partake partook partaken, pay paid paid, prove proved proven, put put put, quit quit ' +
  'quit, read read read, rebuild rebuilt rebuilt, recast recast recast, redo redid redone, remake ' +
  'remade remade, repay repaid repaid, resell resold resold, retake retook retaken, retell retold ' +
  'retold, rethink rethought rethought, rewind rewound rewound, rewrite rewrote rewritten, rid rid ' +
  'rid, ride rode ridden, ring rang rung, rise rose risen, run ran run, say said said, see saw ' +
  'seen, seek sought sought, sell sold sold, send sent sent, set set set, sew sewed sewn, shake ' +
  'shook shaken, shear sheared shorn, shed shed shed, shine shone shone, shoot shot shot, show ' +
  'showed shown, shrink shrank shrunk, shut shut shut, sing sang sung, sink sank sunk, sit sat sat, ' +
  'sleep slept slept, slide slid slid, slink slunk slunk, smite smote smitten, sneak snuck snuck, ' +
  'speak spoke spoken, speed sped sped, spend spent spent, spin spun spun, split split split, ' +
  'spread spread spread, spring sprang sprung, stand stood stood, steal stole ' +
  'stolen, stick stuck stuck, sting stung stung, stink stank stunk, strew strewed strewn, stride ' +
  'strode stridden, strike struck struck, strive strove striven, swear swore sworn, sweep swept ' +
  'swept, swell swelled swollen, swim swam swum, swing swung swung, take took taken, teach taught ' +
  'taught, tear tore torn, tell told told, think thought thought, throw threw thrown, tread trod ' +
  'trodden, undercut undercut undercut, undergo underwent undergone, underlie underlay underlain, ' +
  'underpay underpaid underpaid, undersell undersold undersold, understand understood understood, ' +
  'undertake undertook undertaken, underwrite underwrote underwritten, undo undid undone, unwind ' +
  'unwound unwound, uphold upheld upheld, upset upset upset, wake woke woken, wear wore worn, weave ' +
  'wove woven, weep wept wept, win won won, withdraw withdrew withdrawn, withhold withheld ' +
  'withheld, withstand withstood withstood, wring wrung wrung, write wrote written';

/**
 * Present forms in -s that are no plural noun: a verb wherever they stand ("If all goes well,
 * the capsule will dock"), where other -s words are verbs only after their subject.
 */
export const PRESENT_ONLY_VERBS = 'goes does says seems appears remains happens becomes';

/**
 * Given names news often writes that end in -ed (or are spelled beside one that does), which would
 * read as past verbs: the tense's past cue ("The court will sentence Mohammed a week from Friday"
 * is no past; "A judge will sentence Reed on Friday" the coming one) and the event layer's verb
 * forms ("Ahmed, who resigned in June, must report to prison" has its subject first, no verb).
 * Capital letters do not tell them apart: a title-case headline writes its verbs so. Words.
 */
export const GIVEN_NAMES_IN_ED =
  'Ahmed Mohammed Mohamed Muhammed Mehmed Hamed Saeed Rasheed Waleed Majed Zayed Fareed Naveed Javed Reed Fred Alfred Wilfred Manfred Jared Mildred Winifred Ahmad Mohammad Hameed Rashed Khaled Fahed Sayed Syed Waheed Obeid Ned';

/**
 * Words ending in -ed that are not verb forms, -s words that are no present verb, and -ing words
 * that are not verbs: they must not make a clause look past, present or progressive.
 */
export const NOT_VERBS = {
  // (and given names in -ed, GIVEN_NAMES_IN_ED: "Ahmed, who resigned in June, must report")
  ed: `bed red shed need seed feed speed hundred kindred wed bled fled sled bred shred breed deed heed greed steed indeed naked wicked sacred rugged ragged jagged crooked hatred ${GIVEN_NAMES_IN_ED.toLowerCase()}`,
  /**
   * Words in -s that after a name are no present verb: its plural noun ("Stock markets fell", "Oil
   * prices rose", "Kenyan officials said"), or an adverb ("Cuba always has").
   */
  s: 'markets prices sales profits earnings officials leaders lawmakers legislators voters workers residents analysts investors traders economists troops soldiers rebels protesters authorities police forecasters always perhaps sometimes afterwards besides towards nowadays whereas',
  ing: 'during according including regarding concerning morning evening thing nothing something anything everything king ring spring string wing ceiling building meeting funding earnings ruling hearing warning briefing offering opening training timing bring sing sting swing cling fling wring sling sibling darling pudding wedding bearing landing setting wording clothing banking marketing advertising engineering manufacturing heating lighting plumbing catering',
} as const;

/**
 * Past participles news often puts before a noun as adjectives ("accused doctor killer",
 * "wounded soldiers", "retired general"): after "and" and before a noun they open no verb phrase.
 */
export const ADJECTIVAL_PARTICIPLES =
  'accused alleged armed wounded injured retired suspected reputed disputed occupied wanted detained jailed exiled elected appointed designated renewed limited advanced combined armoured armored embattled beleaguered besieged bereaved united married skilled registered licensed qualified protected threatened endangered';

/**
 * Verbs that move someone to act, in the past ("ordered local authorities to cut coal use by
 * 2017"): a date after their "to" is the target of the act, titled from its doers.
 */
export const CAUSATIVE_VERBS =
  'ordered told asked urged forced allowed required instructed directed pressed encouraged authorized authorised permitted obliged compelled invited';

/**
 * Words after which a verb continues the phrase before it rather than starting another: the
 * auxiliaries, conjunctions and infinitive "to" ("who was killed", "who resigned and left",
 * "who wanted to leave").
 */
export const AUXILIARIES_CHAIN =
  "is are am was were be been being has have had 's 're 've 'd will would shall should can could may might must and or but to that which who not n't never also";

/**
 * Adverbs that may stand inside a verb group ("had twice postponed", "has already left"), besides
 * words in -ly: a title that borrows the group keeps them.
 */
export const VERB_GROUP_ADVERBS = 'again also already just never still twice once later then not';

/**
 * What a stretch without a verb may say besides its date when it only repeats the act before it
 * ("He was president from 1994 to 1999 [and again from 2001 to 2005]"): it borrows the whole
 * stretch before ("He was president again"), not only its subject and verb ("He was again").
 * Phrases use underscores.
 */
export const REPETITION_ADVERBS = 'again once_again once_more yet_again anew too also as_well';

/**
 * Past forms of verbs news uses without an object: after a passive ("was appointed ... and
 * retired in 2006", "was shot Friday and died Saturday") they are active, never "was retired".
 */
export const INTRANSITIVE_PASTS =
  'died retired resigned arrived returned fled escaped collapsed graduated stepped emigrated recovered survived disappeared vanished surrendered';

/**
 * Verbs whose subject (or, as participles after "was", whose object) is a thing made or agreed,
 * never a person or a company: a "which" clause with one after "an agreement with Helix Labs"
 * tells of the agreement ("which was signed in 2019"), not of the company ("which opened a
 * plant"). Past participles and present forms.
 */
export const THING_ONLY_VERBS =
  'signed ratified published built drafted enacted amended renewed finalized finalised brokered negotiated expires expired lapsed lapses';

/**
 * Verbs of intent that take "to" and a verb, in the form of a plural subject ("which officials
 * hope to reopen", "which engineers expect to finish"): the words before them are their subject.
 */
/** Of those, the ones whose "to" tells what their object does ("expect the storm to weaken"). */
export const EXPECTING_VERBS = 'expect expects want wants need needs';

export const INTENT_VERBS =
  'hope hopes expect expects plan plans intend intends aim aims want wants need needs seek seeks try tries wish wishes';

/**
 * Present-tense verbs that tell where a plan stands ("is slated for June 24", "expects a ruling
 * in May"): such a sentence is also a source of the news of the day it is told (not an event of
 * that day on its own). A timetable's own verb ("Voting takes place on Oct. 10") tells only of
 * the days it gives.
 */
export const PLAN_STATUS_VERBS =
  "is are am 's 're has have expect expects plan plans intend intends aim aims hope hopes want wants need needs seek seeks propose proposes promise promises vow vows pledge pledges say says tell tells";

/**
 * With "is" or "has", the words that make it a plan's status ("is slated", "has set", "is
 * expected to"); without one it is a timetable ("Game 3 is Friday in New York").
 */
export const PLAN_STATUS_WORDS =
  'slated scheduled expected set due planned planning likely poised going aiming hoping intended';

/**
 * Forms of "be" that only say what the subject is ("He was 85", "Smith was a famous painter"), when
 * no other verb follows them in the clause: a state, which makes a poor title for an act the
 * sentences after it date ("He died on Feb. 27"). Words.
 */
export const LINKING_BE = 'is are was were';

/**
 * A state told in the present: "is", "are", "has been", not before a participle ("This winter
 * has been the coldest", not "has been sold"). Told of a period still running, such a state
 * holds (status ongoing). Regular-expression source, matched case-insensitively on the clause.
 */
export const STATE_NOW = String.raw`\b(?:is|are|(?:has|have)\s+been)\b(?!\s+(?:\p{L}+ed|held|shown|seen|made|taken|given|done|found|set|built|known|sold|won|lost|paid|hit|cut|put)\b)`;

/**
 * Words in -ing that name an activity, a noun that can be the subject of a clause ("since
 * fighting began in April 2014", "after trading resumed"), unlike a participle that borrows the
 * main clause's subject ("after arriving exhausted in Paris"). Words.
 */
export const ACTIVITY_NOUNS =
  'fighting shelling bombing shooting trading voting polling rioting looting flooding campaigning bidding testing drilling mining lending spending hiring construction negotiating bargaining rationing rebuilding';

/**
 * Verbs besides the reporting verbs that take a clause whose "that" is left out: in -ing first in
 * a sentence, with a noun and its verb after them, they open a fronted phrase ("Fearing prices
 * would rise, shoppers stocked up"; "Hoping voters would forgive him, the senator ran again"), not
 * a subject qualified by the word ("Waiting times rose"). Words, base forms.
 */
export const CLAUSE_TAKING_VERBS =
  'fear hope know expect feel realise realize sense suspect assume worry reckon guess doubt';

/**
 * Words in -ing of those verbs that more often qualify a noun, which then has a verb of its own
 * ("Reporting restrictions were lifted on Monday", "Warning signs were missed"): no fronted
 * phrase. Words.
 */
export const ING_NOUN_QUALIFIERS = 'reporting warning writing';
