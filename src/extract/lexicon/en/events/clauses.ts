/**
 * Where a sentence divides into clauses. The clause splitter (src/extract/text/clauses.ts) cuts
 * before these words, then glues back any piece without a verb ("In 1995, Russia ..." stays
 * whole). `kind` says how the clause relates to the rest; `sharesTime` says whether a date in
 * such a clause also dates the clause it hangs on ("when he arrived on Monday, he said..."), as
 * opposed to "after" and "before", which only place it relative to that date.
 */
export interface ClauseBoundary {
  name: string;
  /** Words that open the clause, space-separated; multi-word openers use underscores. */
  openers: string;
  /** Whether the opener must follow a comma (or semicolon, colon, dash) to cut there. */
  afterComma: boolean;
  kind: 'coordinate' | 'subordinate' | 'relative' | 'participle' | 'complement';
  sharesTime: boolean;
  examples: readonly { sentence: string; clauses: readonly string[] }[];
}

export const CLAUSE_BOUNDARIES = [
  {
    name: 'coordinating conjunctions after a comma',
    openers: 'and but or yet so nor then',
    afterComma: true,
    kind: 'coordinate',
    sharesTime: false,
    examples: [
      {
        sentence:
          'Belarusian border service began carrying out checks from May 5, but it only became public knowledge on Wednesday.',
        clauses: [
          'Belarusian border service began carrying out checks from May 5,',
          'but it only became public knowledge on Wednesday.',
        ],
      },
    ],
  },
  {
    name: 'subordinators that share the time of the main clause',
    openers: 'when while as since whenever once',
    afterComma: false,
    kind: 'subordinate',
    sharesTime: true,
    examples: [
      {
        sentence:
          'Thousands of Russians have fled to Belarus since the Ukraine war broke out in February 2022.',
        clauses: [
          'Thousands of Russians have fled to Belarus',
          'since the Ukraine war broke out in February 2022.',
        ],
      },
    ],
  },
  {
    name: 'subordinators that place the clause before or after the main one',
    openers:
      'after before until till because although though whereas unless if_not if so_that even_though even_if',
    afterComma: false,
    kind: 'subordinate',
    sharesTime: false,
    examples: [
      {
        sentence:
          'Alexei Moskalyov escaped to Belarus in March after he received a two-year sentence in Russia.',
        clauses: [
          'Alexei Moskalyov escaped to Belarus in March',
          'after he received a two-year sentence in Russia.',
        ],
      },
    ],
  },
  {
    name: 'relative clauses after a comma',
    openers: 'which who whom whose where',
    afterComma: true,
    kind: 'relative',
    sharesTime: false,
    examples: [
      {
        sentence:
          'Apple Corps claims that the store violates an agreement from 1991, which barred Apple from music.',
        clauses: [
          'Apple Corps claims',
          'that the store violates an agreement from 1991,',
          'which barred Apple from music.',
        ],
      },
    ],
  },
  {
    name: 'complement clause after a reporting verb ("said that", "announced that")',
    openers: 'that',
    afterComma: false,
    kind: 'complement',
    sharesTime: false,
    examples: [
      {
        sentence: 'Shadayev also announced today that Russia would establish a unified database.',
        clauses: [
          'Shadayev also announced today',
          'that Russia would establish a unified database.',
        ],
      },
    ],
  },
  {
    name: 'participle clauses after a comma ("..., partially reversing", "..., accompanied by")',
    openers: '',
    afterComma: true,
    kind: 'participle',
    sharesTime: false,
    examples: [
      {
        sentence:
          'Belarus has restored some controls, partially reversing its decision to remove them in 1995.',
        clauses: [
          'Belarus has restored some controls,',
          'partially reversing its decision to remove them in 1995.',
        ],
      },
      {
        // a past participle with its agent tells of something else: the summonses, in autumn
        sentence:
          'Russia would establish a unified database, accompanied by the introduction of electronic summonses in time for the autumn draft.',
        clauses: [
          'Russia would establish a unified database,',
          'accompanied by the introduction of electronic summonses in time for the autumn draft.',
        ],
      },
    ],
  },
] as const satisfies readonly ClauseBoundary[];

/** Strong punctuation that always ends a clause. */
export const CLAUSE_PUNCTUATION = ['; ', ': ', ' — ', ' – ', ' -- '] as const;

/**
 * Adverbs a main clause may resume with after an aside, before its verb ("The museum, founded in
 * 1753, last faced a theft in 2002", "The measure, which ..., now goes to the president").
 */
export const RESUMING_ADVERBS =
  'now last never still again also already once first later then only just even';

/**
 * Prepositions besides the plain ones (lexicon PREPOSITIONS) that may open a sentence with a
 * phrase before its subject, whose noun a relative aside may follow: "Despite the truce, which
 * was signed on March 2, fighting resumed".
 */
export const FRONTED_PHRASE_PREPOSITIONS = 'despite amid amidst following throughout';

/**
 * Adverbs that may come between a comma and the participle of an aside ("The bill, first
 * proposed in 2011, would take effect ..."); words in -ly count too.
 */
export const ASIDE_ADVERBS =
  'first originally initially previously once already also long newly jointly widely later since';

/**
 * Words that open an aside telling a state without a verb, between commas after the subject:
 * "The exhibition, open until Jan. 7, has drawn ...", "The rule, effective Jan. 1, requires
 * ...". Its date is the state's, not the main clause's. "_" joins the words of a phrase.
 */
export const STATE_ASIDES =
  'due open effective valid available idle vacant on_view on_sale on_display in_force in_effect on_hold in_office in_power';

/**
 * Participles that tell when an event took place, in an aside after its subject: "The Olympic
 * Games, held in July, drew record crowds", "The match, played on Saturday, ended in a draw".
 * What such an event did, told in the past with no date of its own, it did then: one event of
 * the aside's date, not an act of the publication's day. (Not an origin: "The museum, founded in
 * 1753, last faced a theft" tells the theft apart.) Words.
 */
export const TOOK_PLACE_PARTICIPLES = 'held staged hosted played fought run contested';

/**
 * Nouns of occasions a TOOK_PLACE_PARTICIPLES aside tells the time of: the subject's last word
 * before the aside ("The Olympic Games, held in July, drew record crowds", "The talks, held in
 * Geneva in March, failed"). Held, played or run, anything else was kept, performed or managed,
 * at a time that is not that of what it did ("The suspect, held in May, confessed", "The role,
 * played by Smith in 1995, made him famous", "The company, run by his father in 2010, went
 * bankrupt"). Words.
 */
export const HELD_OCCASIONS =
  'games olympics match matches game final finals semifinal semifinals race races marathon tournament championship championships cup derby fight bout contest contests competition election elections vote votes poll polls primary primaries referendum runoff summit summits talks meeting meetings conference conferences congress convention session sessions hearing hearings trial trials debate debates rally rallies protest protests demonstration demonstrations march marches parade parades festival festivals concert concerts show shows exhibition fair ceremony ceremonies celebration celebrations funeral wedding vigil gala auction event events battle battles war';

/**
 * Words that may stand before a determiner without being a verb ("and the", "once the"): where a
 * main clause resumes after an aside, a bare verb before its object is none of these.
 */
export const NOT_BARE_VERBS =
  'and or but nor yet so then not also even only just once all both half like';

/**
 * Words a subject may open with besides a name, a determiner or a pronoun: where the main clause
 * starts after a fronted participle ("Armed with knives, two men attacked ...", "Born in
 * Ohio, 12 of the 15 players ...").
 */
export const QUANTITY_WORDS =
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundreds thousands dozens scores several many some most all both few';

/**
 * Units of time: after a number or a quantity word that opens a phrase, a distance in time, no
 * subject ("Arrested in May, two days after the attack was reported, the suspect confessed";
 * "Founded in 1990, 10 years after the war ended, the firm grew"). Words.
 */
export const TIME_UNIT_WORDS =
  'second seconds minute minutes hour hours day days night nights week weeks weekend weekends month months year years decade decades century centuries';

/**
 * Words after a unit of time opening a sentence that make it a span of time, no one ("Years
 * earlier, ...", "Months later", "Hours after the vote", "Weeks of talks failed", "Days into the
 * strike", "Years, not months, passed"); other words leave a surname be ("Weeks said on Monday",
 * "Day, 45, was arrested"). Words.
 */
export const AFTER_SPAN_OF_TIME =
  'later earlier after before ago afterward afterwards on of into passed went elapsed not';

/**
 * Participles that name or place a noun rather than tell an act done to it: after a noun they
 * open no reduced relative of a time of its own ("He founded a band called Ferns in 1998", "She
 * joined a startup based in Lisbon in 2019": the year is the founding's, the joining's). Words.
 */
export const NAMING_PARTICIPLES =
  'called named known dubbed nicknamed titled entitled styled branded labeled labelled based located headquartered situated housed';

/**
 * Verbs whose object a participle completes ("She had her car repaired in 2019", "He got his
 * visa renewed in May", "saw his house destroyed"): the participle after their noun is no
 * reduced relative, and the date is the act's around it. Words.
 */
export const OBJECT_COMPLEMENT_VERBS =
  'have has had having get gets got gotten getting see sees saw seen watch watched hear heard want wants wanted need needs needed keep keeps kept leave leaves left like liked find finds found';

/**
 * Adverbs that may come before a fronted participle, which still opens a clause of its own about
 * the subject after it: "Last seen in 2019, he was declared dead in 2024", "First elected in
 * 2010, she resigned in 2015".
 */
export const PARTICIPLE_ADVERBS =
  'last first once later originally initially previously recently newly twice';

/**
 * Phrases that open a fronted clause of time although their first word alone needs a comma
 * before it to open one ("as" is a preposition too: "As a result, ..."): "As soon as police
 * arrived on March 3, Smith fled" is a clause and the main one. At a title's start such a phrase
 * goes as a whole, as a linking word does ("Police arrived"; was "Soon as police arrived").
 * Lower case; underscores join.
 */
export const FRONTED_OPENER_PHRASES = 'as_soon_as';

/**
 * Words that may come before a fronted subordinator and only qualify it ("Even before the
 * killing, ...", "Shortly after the vote, ...", "Two days after the attack, ..."); numbers too.
 */
export const FRONTING_ADVERBS =
  'even just shortly soon long right only immediately well hours days weeks months years minutes moments decades a few several one two three four five six seven eight nine ten';

/**
 * Pronouns a relative clause completes: "bring to justice those who were responsible" names no
 * one without its "who" clause, which stays in the clause it is the object of (the title was
 * "vowed to hunt down and bring to justice", its object gone).
 */
export const PRONOUNS_BEFORE_RELATIVE = 'those anyone anybody everyone everybody whoever';

/**
 * Nouns of groups that act without an article, as plurals do: "the firm that police raided on
 * Monday", "the village that troops shelled". With words in -s they open an object relative.
 */
export const BARE_GROUP_NOUNS = 'police people staff military crews';

/**
 * Words after which "who", "which" or "whom" asks, opening an indirect question, not a relative
 * clause of the word before: "It was unclear who won the vote on Monday" tells no one "unclear"
 * who won; the question stays in its sentence.
 */
export const QUESTION_GOVERNORS =
  'unclear clear uncertain certain unknown known sure asked ask asks wondered wonder wonders';

/**
 * Nouns of a question, after which "who" or "whom" asks too ("It was a mystery who sent the
 * letter", "Police had no idea who fired the shots": no mystery sent it); a "that" or "which"
 * after them is a relative ("a question that had gone unanswered since 2019").
 */
export const QUESTION_NOUNS = 'mystery question puzzle riddle enigma idea';

/**
 * Nouns whose "that" opens what they say, not a relative clause: "news that the bank collapsed on
 * Friday" tells the collapse, it is no news the bank collapsed.
 */
export const CONTENT_NOUNS =
  'news report reports word fears fear hopes hope claims claim concerns concern signs sign evidence rumours rumors allegations allegation suggestions suggestion speculation belief view idea fact notion possibility risk warning warnings statement announcement confirmation assurance assurances promise promises reminder sense impression';

/**
 * A plural's timetable told in two or three words, whose bare verb stands before a noun or
 * particle, not before the preposition of its own date: "The rules that the council adopted in
 * March | take effect on Monday" (made-up) splits as "apply from Monday" does. Words joined by
 * underscores, one phrase each.
 */
export const PLURAL_TIMETABLE_PHRASES =
  'take_effect come_into_force come_into_effect go_into_effect go_on_sale run_out';

/**
 * Of the verbs of a thing in a "which" clause (`THING_ONLY_VERBS`), those that take no object, so
 * tell of the thing in the active voice too ("an agreement with Helix Labs, which expired in
 * 2019"). The others do only as passives: "a deal with Helix Labs, which signed a contract with
 * the city" tells of the company, "which was signed in 2019" of the deal.
 */
export const THING_ONLY_ACTIVES = 'expire expires expired lapse lapses lapsed';

/**
 * A "which" clause that tells when the act of the clause before it took place, not something of
 * the noun before it: "The army seized the capital, which happened in March", "when the company
 * overtook Infogear Technology Corp., which took place in 1996". Its date dates that clause, and
 * the title is that clause's (was "The capital occurred", "Infogear Technology Corp. took
 * place"). In the past only: "criticised the summit, which takes place in May" is the summit's.
 * Regular expression source, matched at the start of the clause.
 */
/**
 * Nouns of events that take place, beyond the dated ones (titles.ts DATED_EVENT_NOUNS): after one
 * of them, "which took place" is that noun's, not the act of the clause before it ("She attended
 * the ceremony, which took place in June": the ceremony took place in June, not her attending;
 * "He described the funeral, which took place on Friday"). Words.
 */
export const NOUNS_THAT_TAKE_PLACE =
  'ceremony ceremonies funeral funerals wedding weddings burial memorial vigil service launch parade parades rally rallies march marches demonstration demonstrations celebration celebrations festival concert concerts show performance match game race tournament competition final meeting meetings conference session hearing hearings interview debate visit trip tour inauguration opening reunion graduation auction robbery robberies theft burglary heist incident event events storm hurricane tornado eruption collision fighting battle clash clashes ambush offensive operation crackdown purge exodus evacuation outbreak collapse fall';

export const WHICH_TOOK_PLACE = {
  pattern: String.raw`^which\s+(?:(?:also|reportedly|actually|only|all)\s+)?(?:happened|occurred|took\s+place|came\s+about)\b`,
  examples: [
    'which took place in 1996.',
    'which happened on Monday.',
    'which reportedly occurred in March,',
  ],
  counterExamples: [
    'which takes place in May.',
    'which was founded in 1996.',
    'that happened in 1996',
  ],
} as const;

/**
 * Words after the "the" or "a" of a distance's comma splice (lexicon DISTANCE_SPLICE) that head a
 * noun phrase in apposition, naming a time, not a subject: "Smith was freed on March 5, two days
 * later, the day prosecutors had promised" is no splice (nor "the same day ...", "the date
 * officials had set"). Units of time (TIME_UNIT_WORDS), ordinals and record words count too
 * ("the first meeting held since the flood"). Words.
 */
export const DISTANCE_APPOSITION_HEADS = 'same date time moment';

/**
 * A distance in time, its comma, and a subject and its verb, after a comma: the second clause of
 * a comma splice ("The talks began on Monday, | two days later, they collapsed"), cut off as a
 * clause of its own. Matched on the text from the word after the comma; the verb (group `verb`)
 * must be a finite one; after "the" or "a" and a noun (group `det`), the noun may be two words
 * ("the coast guard reported"), and the word after the verb (group `next`) is the verb then
 * (group `noun` the word after "the", group `after` the word after `next`).
 * Regex source, case-sensitive but for the distance.
 */
export const DISTANCE_SPLICE = {
  pattern: String.raw`^(?:\d+|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|[Aa] few) (?:minutes?|hours?|days?|weeks?|months?|years?) (?:later|earlier|afterwards?), (?:he|she|they|it|we|\p{Lu}[\p{L}'’-]*|(?<det>the|an?) (?<noun>\p{Ll}+)) (?<verb>\p{Ll}+)(?: (?<next>\p{Ll}+)(?: (?<after>\p{Ll}+))?)?\b`,
  examples: [
    'two days later, they collapsed.',
    'A week later, Smith resigned.',
    '3 hours later, the talks resumed.',
    'two hours later, the coast guard reported the loss.',
    'a day later, a rescue team found the crew.',
  ],
  counterExamples: [
    'two days later than planned.',
    'two days later.',
    'two days later, and then the talks',
  ],
} as const;
