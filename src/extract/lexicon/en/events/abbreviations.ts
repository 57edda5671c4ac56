/**
 * Abbreviations whose period does not end a sentence. The sentence splitter (src/extract/text/
 * sentences.ts) asks the Unicode segmenter for breaks, then re-joins a break that follows one of
 * these. Each group says when the join applies; its examples are one sentence each and its
 * counter-examples two, and tests/unit/events/lexicon.test.ts runs them all.
 *
 * Word lists in this folder are space-separated strings: compact, and still plain literals.
 */
export interface AbbreviationRule {
  /** Why the words are grouped, in a few words. */
  name: string;
  /** The abbreviations without their final period, as written (case matters: "No" vs "no"). */
  words: string;
  /**
   * When the following word keeps the sentence going:
   * `always` (titles before a name), `digit` (before a number: "Jan. 5", "No. 1"),
   * `not-opener` (unless the next word usually opens a sentence: "in the U.S. The rest"),
   * `bracket` (before a bracket only: a dateline's "PORTLAND, Ore. (AP)"),
   * `clock` (before a word that goes on with a clock time: "10 a.m. Monday", "9 p.m. EST").
   */
  joins: 'always' | 'digit' | 'not-opener' | 'bracket' | 'clock';
  examples: readonly string[];
  counterExamples: readonly string[];
}

export const ABBREVIATIONS = [
  {
    name: 'titles before a name',
    words:
      'Mr Mrs Ms Messrs Dr Prof Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Gov Sen Rep Rev Fr Hon Pres Supt Insp Amb Gens Sens Reps',
    joins: 'always',
    examples: ['Mr. Smith met Dr. Jones on Monday.', 'Sen. John McCain said so.'],
    counterExamples: [],
  },
  {
    name: 'month and number abbreviations before a figure',
    words: 'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Vol pp p Fig Art Sec ca approx',
    joins: 'digit',
    examples: ['The talks began on Jan. 5, 2023 in Minsk.', 'He ranked No. 1 in the polls.'],
    counterExamples: ['The talks began in Jan. Nobody came.'],
  },
  {
    name: 'initialisms, name suffixes and company suffixes',
    words:
      'U.S U.K U.N E.U U.S.A U.S.S.R D.C Inc Corp Co Ltd Bros Ave Blvd Rd Mt Ft Dept Univ Assn vs v etc e.g i.e cf al est Jr Sr St',
    joins: 'not-opener',
    examples: [
      'Apple Inc. co-founder Steve Jobs spoke.',
      'Users in the U.S. Jobs also noted grew fast.',
      'Martin Luther King Jr. spoke in St. Louis.',
    ],
    counterExamples: [
      'He lives in the U.S. The rest stayed.',
      'Shares of Apple Inc. rose. It was a good day.',
    ],
  },
  {
    name: 'the halves of a clock day',
    words: 'a.m p.m A.M P.M',
    joins: 'clock',
    examples: [
      'They met at 10 a.m. on Monday.',
      'The vote closes at 9 p.m. EST on Tuesday.',
      'The summit opens at 10 a.m. Monday in Brussels.',
      'The offer expires at 5 p.m. New York time on Friday.',
      'The rocket lifted off at 9 a.m. Beijing time.',
    ],
    counterExamples: [
      'The curfew begins at 10 p.m. Police said 112 people had been arrested.',
      'The show ended at 10 p.m. Last time it ran late.',
      'The game starts at 7:05 p.m. Game time temperatures will be near freezing.',
    ],
  },
  {
    name: 'US states as datelines write them',
    words:
      'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo',
    joins: 'bracket',
    examples: ['PORTLAND, Ore. (AP) — The opening of the bridge was pushed back.'],
    counterExamples: [
      'He moved to Portland, Ore. The rest stayed.',
      'He was shot in Buffalo, N.Y. Slepian provided abortions.',
    ],
  },
] as const satisfies readonly AbbreviationRule[];

/**
 * Capitalised words that go on with a clock time after its "a.m." or "p.m." (weekdays, months,
 * time zones): any other capital after them opens a new sentence.
 */
export const AFTER_CLOCK =
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun ' +
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
  'EST EDT ET CST CDT CT MST MDT MT PST PDT PT GMT UTC BST CET CEST IST JST AEST AEDT Eastern Central Mountain Pacific Atlantic';

/**
 * ... and a place's time after them, its name in capitals before "time" ("5 p.m. New York time",
 * "9 a.m. Beijing time"), unless that name is a word that opens sentences ("10 p.m. Last time it
 * ran late"), and only where the time's phrase ends after "time" (punctuation, a preposition, a
 * day: not "7:05 p.m. Game time temperatures will be near freezing"). Regular-expression source,
 * matched on the text after the break.
 */
export const PLACE_TIME_AFTER_CLOCK = String.raw`^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}time\b(?=\s*(?:[.,;:!?()]|$)|\s+(?:on|in|at|to|and|or|from|until|till|by|for|when|as|after|before|with|\p{Lu}|\p{N}))`;

/**
 * Words that usually open a sentence: after an ambiguous abbreviation ("U.S.", "Inc.") they mean
 * that the sentence did end there.
 */
export const SENTENCE_OPENERS =
  'The A An He She It They We I You This That These Those There In On At But And However Meanwhile Its His Her Their Our After Before When While As If Since According Some Many Most Other Others Last Earlier Later Now Today Yesterday Also';
