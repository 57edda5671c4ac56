/**
 * Reporting verbs: a clause built on one ("X said", "Y announced that ...") reports an act of
 * speech, which news dates at the day of the report when no other date is given. Lemmas; the
 * engine derives the regular forms (-s, -ed, -ing) and takes irregular ones from verbs.ts.
 */
export const REPORTING_VERBS =
  'say tell announce state claim add note report confirm explain insist argue warn deny suggest believe ' +
  'think describe reveal declare acknowledge admit write allege estimate predict promise indicate comment ' +
  'reply respond stress emphasize emphasise assert maintain tweet post quote urge complain accuse ' +
  'criticize criticise praise welcome agree disclose concede contend predict vow pledge caution ' +
  'recall observe remark testify';

/**
 * Reporting verbs whose object is what was said, never whom it was said to: after one, a noun
 * phrase and a finite verb are a clause said without its "that" ("Prosecutors said Hale moved
 * the money in 2019", "Ortiz said the company would cut costs by 2029"); not "told the court
 * Hale moved", whose noun phrase is the hearer. Not verbs that as often take a thing for their
 * object, which a participle may follow: "admitted the boy injured in the crash", "added the jets
 * ordered in 2019", "claimed the attack carried out on Monday", "acknowledged the fans gathered
 * outside", "conceded the seat won in 2019", "stated the facts established in 2019", "argued the
 * appeal filed in 2019". Words, as written.
 */
export const SAID_BEFORE_A_CLAUSE = 'said says insisted';

/**
 * Words right after the verb of that noun phrase that make the verb a participle of the phrase,
 * not the clause's verb: "said Mass attended by 300 people". Words.
 */
export const SAID_CLAUSE_PARTICIPLE_AFTER = 'by';

export const SAID_CLAUSE_DETERMINERS = 'the a an its his her their our this these those';

/**
 * Words of a count before a number, which open a noun phrase of what was said as a determiner
 * does ("The firm said more than 4 billion songs had been downloaded" tells of the songs).
 * Phrases, underscores for spaces.
 */
export const SAID_CLAUSE_COUNT_OPENERS =
  'more_than fewer_than less_than at_least up_to nearly almost about over some';

/** Words that end a noun phrase of what was said before any verb ("said the money and fled"). */
export const SAID_CLAUSE_BREAKERS = 'and or but that which who whom whose when where as if';

/**
 * The day of a saying, and what a date after one is: regular expression sources.
 * - `before`: right before the day ("said on Tuesday that ...", "reported late Friday"), which
 *   dates only the saying;
 * - `trailing`: a saying's subject and verb after a comma, right before its day (",
 *   investigators said "), the day of all the sentence says;
 * - `after`: what may follow that day to the sentence's end, its rest trimmed (" in a
 *   preliminary report.").
 */
const SAYING_VERBS = String.raw`said|says|told|tells|reported|announced|added|confirmed|stated|noted|wrote`;
const BEFORE_DAY = String.raw`\s+(?:(?:late|early)\s+)?(?:on\s+)?$`;
export const SAYING_DAY = {
  before: String.raw`\b(?:${SAYING_VERBS})${BEFORE_DAY}`,
  trailing: String.raw`,\s*[^,;]{1,60}?\s(?:${SAYING_VERBS})${BEFORE_DAY}`,
  after: String.raw`^(?:\s+(?:in|at)\s+[^,.;!?]{1,40})?\s*[.!?]?["”’]?$`,
} as const;

/**
 * Attribution phrases that a title can do without: they say who said it, not what happened.
 * Regular expression sources (case-insensitive), with examples that must match and
 * counter-examples that must not; the tests run both.
 */
/**
 * A trailing attribution, "..., the ministry said" or "..., said Jobs": who said it is `who` or
 * `who2`. Titles drop it, or put it first for the news of the saying. Sources without an article
 * may have an adjective ("..., local authorities said"), and a saying may be confirmed or warned
 * ("..., the chairman confirmed"): the news of that day is the saying, not what it is of. A
 * decision agreed is told so too ("..., councillors agreed"), and where it was said may follow
 * ("..., councillors agreed at a meeting", "..., the company said in a statement").
 */
export const TRAILING_ATTRIBUTION = String.raw`,\s*(?:(?<who>(?:he|she|they|it|(?:the|their|its|his|her|our) [\w ]+|an? [\w ]+|(?:\p{Ll}+ )?\p{Ll}+s|(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \p{Ll}+){1,2} )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \p{Ll}+)?)) (?<verb>said|says|added|told \w+|announced|stated|reported|noted|confirmed|warned|wrote|agreed)|(?<verb2>said|says|added) (?<who2>[A-Z][\w.'’ -]+))(?: (?:at|in) (?:a|an) (?:meeting|statement|interview|briefing|news conference|press conference))?\.?$`;

export const ATTRIBUTIONS = [
  {
    name: 'trailing "according to ..."',
    pattern: String.raw`(?:,\s*|\s+)according to (?<who>[^,;]+)$`,
    examples: ['the checks began, according to Aleinik', 'it closed according to the ministry'],
    counterExamples: ['according to plan they left'],
  },
  {
    name: 'inner ", according to ...,"',
    pattern: String.raw`,\s*according to [^,;]+,`,
    examples: [
      'Increased border checks, according to rights groups, are designed to stop Russians',
    ],
    counterExamples: ['According to Aleinik, all people will be checked'],
  },
  {
    name: 'inner ", he said,"',
    // (or a group in lower case: "The vote, which, officials said, ended on Friday")
    pattern: String.raw`,\s*(?:he|she|they|it|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}|the \p{Ll}+(?: \p{Ll}+)?|(?:\p{Ll}+ )?\p{Ll}+s) (?:said|says|added|noted|argued|insisted),`,
    examples: [
      "This 'switch', he said, would happen in 2006",
      'The plan, Jobs said, is ready',
      'The vote, which, officials said, ended on Friday',
      'The strike, which, union leaders said, began',
      'The plant, which, the company said, closed in 2019',
    ],
    counterExamples: ['he said the plan is ready', 'The plan is ready, he said'],
  },
  {
    name: 'leading "it should be noted that"',
    pattern: String.raw`^[Ii]t (?:should|must|can|may) be (?:noted|mentioned|said|stressed|added|recalled) that\s+`,
    examples: ['It should be mentioned that the stock capital of Apple tripled'],
    counterExamples: ['It should be noted in the record'],
  },
  {
    name: 'leading "she said,"',
    // (and a plural's present: "they point out, Longhorn is expected to")
    pattern: String.raw`^(?:he|she|they|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}) (?:said|says|say|added|noted|note|point(?:s|ed)? out),\s+`,
    examples: [
      'she said, the soonest Elian would be free to leave',
      'they point out, Microsoft Longhorn is also expected to have these advantages',
    ],
    counterExamples: [
      'she said the soonest date was Monday',
      'they point out the flaws, and the firm fixes them',
    ],
  },
  {
    name: 'leading "according to ...,"',
    pattern: String.raw`^[Aa]ccording to (?<who>[^,;]+),\s*`,
    examples: ['According to Aleinik, all people will be checked'],
    counterExamples: ['the checks began, according to Aleinik'],
  },
  {
    name: 'trailing "..., X said" or "..., said X"',
    pattern: TRAILING_ATTRIBUTION,
    examples: [
      'the border will reopen, he said',
      'prices will fall, said Jobs',
      'it is over, the ministry said',
      'the evidence is being analyzed, FBI officials said',
      'the bridge will reopen, officials said',
      'two people were killed, a police spokesman said',
      'the inquiry will report in March, the chairman confirmed',
      'the line will open by 2025, local authorities said',
      'bills will rise by 4.99%, councillors agreed at a meeting',
      'the plant will close, the company said in a statement',
    ],
    counterExamples: ['he said the border will reopen', 'the evidence, he said, is being analyzed'],
  },
] as const satisfies readonly {
  name: string;
  pattern: string;
  examples: readonly string[];
  counterExamples: readonly string[];
}[];

/**
 * How a source spoke, which is no act of its own: "a former employee who spoke on condition of
 * anonymity on Wednesday", "an official who asked not to be named". A date in such a relative
 * clause dates the saying it belongs to. DATA ONLY.
 */
export const HOW_SOURCES_SPOKE = String.raw`\b(?:spoke|speaking|talked)\s+(?:on|under)\s+(?:the\s+)?(?:condition|promise)\s+of\s+anonymity\b|\b(?:asked|declined|requested)\s+not\s+to\s+be\s+(?:named|identified)\b|\bwas\s+not\s+authori[sz]ed\s+to\s+speak\b|\bdeclined\s+to\s+be\s+(?:named|identified)\b`;

/**
 * A sentence that opens with quoted speech: a quotation closed by its own punctuation and then
 * its attribution, or a sentence that is all quotation ("\"People keep telling me I should write a
 * cookbook,\" she said"; not a quoted title: "\"Oppenheimer\" won best picture").
 */
export const QUOTED_SPEECH_OPENING = {
  pattern: String.raw`^["“][^"”]{1,600}?[,.?!—-]["”](?:\s*$|\s+(?:[\p{L}.'’-]+\s+){0,5}?(?:said|says|told|tells|added|adds|asked|wrote|insisted|warned|explained|recalled|replied|tweeted|posted)\b)`,
  examples: [
    '"People keep telling me I should write a cookbook," she said.',
    '"Maybe I will."',
    '"We are disappointed," attorney Rachel Moss said.',
  ],
  counterExamples: [
    '"Oppenheimer" won best picture at the Academy Awards.',
    "'Squid Game' creator Hwang Dong-hyuk announced a third season.",
  ],
} as const;

/**
 * Words in -ing of speaking that open an aside between a subject and its reporting verb, whose
 * date is the saying's ("The senator, speaking to reporters on Tuesday, said ..."). Not other
 * words in -ing, whose date is their own act's: "The firm, having lost money in 2022, said on
 * Monday it would close", "The company, citing weak demand in January, said ...". Words.
 */
export const SPEAKING_ASIDE_WORDS =
  'speaking talking addressing testifying writing responding replying answering commenting briefing appearing telling explaining announcing';
