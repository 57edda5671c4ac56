/**
 * Small closed classes of English words the event builder reasons with. Space-separated,
 * lower case.
 */

/** Words before a noun: an -s word after one is a plural ("the checks"), not a verb. */
export const DETERMINERS =
  'the a an this that these those its his her their our my your some any each every no all both many several such other another';

/**
 * Determiners that also stand alone for a thing of one: an -s word after one is its verb
 * ("One convoy left on Monday, and another arrives on April 2"), unless "of" or a verb follows
 * it ("another series of strikes", "another species was found"). Words.
 */
export const DETERMINERS_STANDING_ALONE = 'another';

/**
 * Articles and possessives: a word right after one is a noun's or its modifier, never a verb
 * ("the armed forces", "its revised plan"; not "that", which may open a clause: "the plan that
 * failed").
 */
/**
 * Determiners that point back ("That lawsuit was settled in 1991"): a title read alone has nothing
 * to point back to, and opens with "the" instead. Words.
 */
export const DEMONSTRATIVES = 'this that these those';

export const NOUN_PHRASE_OPENERS = 'the a an its his her their our my your no';

/**
 * Words that may stand between a noun phrase's opener and a modifier in -ed, keeping it a
 * modifier: an ordinal or an adverb of the modifier ("the fourth named storm of the season", "the
 * newly elected mayor"), not a verb. Words.
 */
export const NOUN_PHRASE_MODIFIERS =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth next last only newly recently democratically popularly widely highly previously formerly';

/**
 * Articles before a kind of thing: a name after one that qualifies a noun names a kind, not who
 * acts ("the first Italian to win a Grand Slam singles title", "flew an Airbus A320 jet").
 */
export const INDEFINITE_ARTICLES = 'a an';

/** Prepositions that open a phrase set before a clause's subject ("In a statement released Sunday, ..."). */
export const FRONTING_PREPOSITIONS = 'in at during after before on with upon following';

/**
 * Words besides prepositions that open a phrase set before a clause's subject: a place that ends
 * the phrase is not listed with the subject after its comma ("Apart from France, Germany and
 * Italy opposed the plan", "Despite pressure from France, Germany ...", "Unlike Kenya, Tanzania").
 */
export const FRONTED_PHRASE_OPENERS =
  'apart aside along together alongside unlike despite besides beyond except amid amidst including';

/**
 * What, before an occasion's day, says the act is not on it: a preposition that places the act
 * before or after it ("arrested Jones after the Nov. 5 attack"), or a verb that changes it
 * ("postponed the Nov. 20 vote", "cancelled its June 3 concert"). Phrases.
 */
export const NOT_ON_THE_OCCASION = [
  'after',
  'before',
  'since',
  'until',
  'following',
  'ahead of',
  'prior to',
  'postponed',
  'delayed',
  'cancelled',
  'canceled',
  'called off',
  'rescheduled',
  'moved',
  'scrapped',
  'suspended',
  'put off',
  'pushed back',
] as const;

/**
 * Prepositions before a date that qualifies a noun, after which the noun is what an act is about,
 * not the occasion it took place at: "was arrested in connection with last year's embassy
 * blasts", "probing into last Friday's bombings", "said the death toll from Sunday's earthquake
 * had risen to 300" (but "returned from Monday's summit" is Monday's). (Not "at", "during", "in" or "on", which may place the act at the occasion:
 * "decided at last year's Madrid summit"; nor "for", which may give its time: "in time for the
 * autumn draft"; nor "since", which starts a state: "Prices have risen since last year's
 * election".) Phrases.
 */
export const TOPIC_PREPOSITIONS = [
  'with',
  'into',
  'about',
  'over',
  'against',
  // ("from" only after a noun of what an event left behind: "returned from Monday's summit" and
  // "Evidence from Monday's hearing" are of that day)
  'toll from',
  'damage from',
  'losses from',
  'fallout from',
  'casualties from',
  'deaths from',
  'injuries from',
  'debris from',
  'regarding',
  'concerning',
  'toward',
  'towards',
] as const;

/** Prepositions before a name that make it where something happens, not who does it. */
export const LOCATIVE_PREPOSITIONS =
  'in at to from into through across near inside outside via toward towards within throughout around between along on';

/**
 * Prepositions that name who does what a passive participle tells ("led by Ann Holt", "backed by
 * the Senate"): in an aside on a clause's subject, that doer takes part in the clause's event.
 */
export const AGENT_PREPOSITIONS = 'by';

/** Prepositions of where something was, not whither or whence ("talks in Geneva", "held at Camp David"). */
export const STATIC_LOCATIVE_PREPOSITIONS = 'in at inside near outside within';

/** Words that say a sentence goes on with the story of the one before ("Jobs also said ..."). */
export const CONTINUATION_WORDS = 'also further additionally again too likewise';

/** Openers that say a sentence tells another matter ("Separately, Halden announced ..."). */
export const SEPARATE_OPENERS = 'separately; in a separate; in another; elsewhere';

/**
 * Verbs whose object comes after "on": a weekday between them and a figures noun names the
 * figures ("Shops depend on Sunday sales"), not the day of the act ("reported on Monday sales").
 */
export const VERBS_TAKING_ON =
  'depend depends depended depending rely relies relied relying focus focuses focused focusing count counts counted counting hinge hinges hinged hinging bank banks banked banking';

/** Prepositions: a name after one is not the subject of what follows ("to Macintosh computers"). */
export const PREPOSITIONS =
  'in at on to from of for with by into onto about over under after before during since until through across against among between near without within toward towards via per like as than';

/**
 * Words that open a clause without naming its subject: they stand for one named before ("the law
 * that he signed", "after they left") or for none ("there"). A dependent clause opening with one
 * takes its actors from the main clause.
 */
export const SUBJECT_STAND_INS = 'he she it they we i you this that these those there';
/** Pronouns that stand as an object after a verb ("and charged him", "and sold it"). */
export const OBJECT_PRONOUNS = 'him her it them us me you himself herself itself themselves';

/**
 * Words a fragment of the sentence before opens with, besides prepositions ("Until this week.",
 * "Not anymore.", "Only in March."): a short sentence without a verb that opens otherwise has a
 * subject ("Preorders open Friday.") and tells of something of its own.
 */
export const FRAGMENT_OPENERS = 'not only never still even just again and but or so then except';

/**
 * Verbs that only place what their subject stands for after another act ("The moves came after
 * the bank froze its funds"): a clause of nothing but such a subject and one of these tells no act
 * of its own, unless a distance says how long after ("came a day after"). Words.
 */
export const SEQUENCE_VERBS = 'came come comes';

/**
 * Verbs after an "it" that stands for nothing but what follows ("since it emerged that ...", "it
 * became clear"): such an "it" is no thing named before.
 */
/**
 * Nouns of a measure or a count, which change rather than act: an "it" after such a subject
 * stands for something else ("The price has risen 40% since it was introduced", "More than 500
 * people have died since it started"). Words.
 */
export const MEASURE_NOUNS =
  'price prices rate rates number numbers total toll cost costs value share shares level levels amount figure figures count people sales output';

export const DUMMY_IT_VERBS =
  'emerged emerges seemed seems appeared appears became becomes turned turns';

/**
 * Nouns of acts told before, which such a subject ends in ("The moves came", "The decision
 * came"); not those who act ("Police came after neighbours reported gunshots"). Words.
 */
export const TOLD_ACT_NOUNS =
  'move moves delay delays jump jumps decision decisions announcement announcements cut cuts collapse resignation ruling rulings rise rises fall falls drop drops sale sales deal deals vote votes attack attacks arrest arrests offer offers bid bids step steps action actions measure measures change changes shift news surge plunge slide rally warning warnings protest protests strike strikes killing killings raid raids closure closures departure appointment appointments statement statements remarks comments';

/**
 * The auxiliary of a perfect participle ("after having traded at $90 in 2000"): a clause it opens
 * after a subordinator tells a state before, not an act another came after. Words.
 */
export const PERFECT_PARTICIPLE_AUXILIARIES = 'having';

/** Words that join two modifiers of one noun ("the autumn and winter ranges"). Words. */
export const MODIFIER_JOINERS = 'and or';
