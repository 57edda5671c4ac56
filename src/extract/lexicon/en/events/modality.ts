/**
 * Markers of a clause's time relative to its report: something planned or expected, or a state
 * that is still going on. They decide an event's status together with its date (an event dated
 * after the publication is planned whatever the verb). Regular-expression sources matched
 * case-insensitively on one clause; the first rule that matches wins, so the more specific come
 * first. Examples must match, counter-examples must not (tests/unit/events/lexicon.test.ts).
 */
import { COMING_ABOUT } from '../coming-about.ts';
import { HAVE_OBJECT } from '../have-object.ts';
import { PLAN_DROPPED } from './comparisons.ts';
import { CAUSE_AFTER_DUE_TO } from '../due-to.ts';

export interface MarkerRule {
  name: string;
  aspect: 'future' | 'ongoing';
  pattern: string;
  examples: readonly string[];
  counterExamples: readonly string[];
}

export const ASPECT_MARKERS = [
  {
    name: 'future auxiliary',
    aspect: 'future',
    pattern: String.raw`\b(?:will|shall|won['’]t|shan['’]t)\b(?!\s+of\b)|['’]ll\b`,
    examples: [
      'the checks will be conducted on adult males',
      'Apple won’t comment',
      "they'll meet",
    ],
    counterExamples: ['against the will of the people', 'Belarus restored the controls'],
  },
  {
    // a present tense with a time still to come: "leaves for Jordan later today"
    name: 'later today, later this week',
    aspect: 'future',
    pattern: String.raw`\blater\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week|month|year))\b`,
    examples: ['and leaves for Jordan later today', 'The report is published later this month'],
    counterExamples: ['He left later that day', 'It was published later'],
  },
  {
    name: 'be going, set, due, scheduled, expected... to',
    aspect: 'future',
    // ("due to" a cause is no plan: "The steady growth is also due to considerable sales", "was
    // due to bad weather"; what opens a noun phrase after it tells the cause from a verb)
    pattern: String.raw`\b(?:is|are|am|was|were|be|been|being|['’]s|['’]re)\s+(?:not\s+|also\s+|now\s+|still\s+)?(?:going|set|due(?!\s+to\s+${CAUSE_AFTER_DUE_TO})|scheduled|slated|expected|planned|poised|likely|unlikely|about|supposed|projected|anticipated|intended|meant)\s+to\b`,
    examples: [
      'He is expected to visit Belarus',
      'The trial is set to begin on Wednesday',
      'Apple is going to reinvent the phone',
      'The plant is due to reopen in May',
      'The minister was due to bring the bill to parliament',
      'Talks are due to resume on Monday',
    ],
    counterExamples: [
      'He was sent to Belarus',
      'It is going well',
      'The steady growth is also due to considerable sales of its iPods and computers',
      'The delay was due to bad weather',
      'The drop is due to the strike at the port',
      'The losses were due to rising costs',
      'The closure is due to repairs',
      'The rise was due to increased demand',
    ],
  },
  {
    // the present "is expected" with its time, weather's and the courts' way of telling what is
    // still to come: "The storm is expected Thursday night", "A verdict is expected Friday";
    // not the past ("was expected Friday but slipped") nor with no time ("as is expected"), nor a
    // comparison with what is usual at that time ("The storm, as is expected in March, brought
    // snow": the clause's own verb tells its time)
    name: 'be expected or due and a time',
    aspect: 'future',
    pattern: String.raw`(?<!\bas\s+)\b(?:is|are|['’]s|['’]re)\s+(?:(?:now|also|still)\s+)?(?:expected|anticipated|forecast|due)\s+(?:(?:on|by|in|for|early|late|around|before|until|through|over)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|tomorrow|this\s+(?:week|weekend|month|year|morning|afternoon|evening)|next\s+\w+|later\b|the\s+(?:weekend|coming|next)\b|mid-)`,
    examples: [
      'The storm is expected Thursday night',
      'A verdict is expected Friday',
      'Heavy rain is expected over the weekend',
      'A decision is due next week',
      'Snow is expected tonight',
      'Snow is forecast for Tuesday and Wednesday',
      'More rain is expected over the next 48 hours',
    ],
    counterExamples: [
      'The verdict was expected Friday but slipped',
      'as is expected, prices rose',
      'It is expected that the talks fail',
      'The storm is expected to hit',
      'The storm, as is expected in March, brought snow',
    ],
  },
  {
    name: 'scheduled or slated for',
    aspect: 'future',
    // (not a plan given up: "A trial set for June 2018 was postponed twice", "called off a strike
    // planned for March 18" tell the putting off)
    // (the lookahead first: the lookbehind's 40 characters are read only before such a word,
    // not at every position of every clause, where it made this the costliest marker by far)
    pattern: String.raw`(?=\b(?:scheduled|slated|due|planned|set)\s)(?<!\b(?:called\s+off|cancell?ed|scrapped|postponed|suspended|shelved)\s[^.;]{0,40})\b(?:scheduled|slated|due|planned|set)\s+(?:for|on|in)\b(?![^.;]{0,60}?\b${PLAN_DROPPED})|\b(?:is|are)\s+due\s+by\b|\bto be (?:released|held|launched|opened|introduced|completed|published|signed|built|delivered)\b`,
    examples: [
      'a flight scheduled for Tuesday',
      'It is slated for a U.S. release on June 24',
      'Lion, to be released in mid-2011',
      'A federal audit of the project is due by the end of the year',
    ],
    counterExamples: [
      'the scheduled flight took off',
      'it was released',
      'A trial set for June 2018 was postponed twice',
      'The union called off a 48-hour strike planned for March 18',
    ],
  },
  {
    name: 'intention verbs',
    aspect: 'future',
    pattern: String.raw`\b(?:plans?|planning|intends?|intending|aims?|aiming|vows?|vowed|pledges?|pledged|prepares?|preparing)\s+to\b|\bhas plans to\b`,
    examples: [
      'Apple has plans to import more features',
      'Russia plans to build a base',
      'Minsk vowed to retaliate',
    ],
    // a threat, a wish or an effort is a state of the present, not a plan
    counterExamples: [
      'the plans were dropped',
      'a plan for peace',
      'The conflict threatens to sabotage efforts',
      'Moscow seeks to resolve the dispute',
    ],
  },
  {
    name: 'expectation verbs, with what is expected between',
    aspect: 'future',
    pattern: String.raw`\b(?:expects?|expected|expecting|anticipates?|anticipated)\s+(?:[\w'’%$.-]+\s+){0,4}?to\s+(?!the\b|a\b|an\b)\w`,
    examples: [
      'the company expects growth to slow',
      'Moderna said it expects to seek approval',
      'The hospital said it expected to reopen the wing',
    ],
    counterExamples: [
      'Sales rose more than expected',
      'as expected, prices rose',
      'it expects a ruling',
    ],
  },
  {
    // what a present "expects" or "forecasts" names, and when: "the company expects a recovery in
    // the second half" is still to come (a bare object is no plan: "it expects a ruling")
    name: 'expectation verbs, with what is expected and when',
    aspect: 'future',
    pattern: String.raw`\b(?:expects?|anticipates?|forecasts|predicts?)\s+(?:an?|the|its|their|further|more|some|higher|lower|stronger|weaker)\s+(?:[\w'’%$.-]+\s+){0,3}?(?:(?:in|by|during|before)\s+(?!(?:the\s+)?(?:past|last|previous)\b)|(?:later|next)\s)`,
    examples: [
      'the company expects a recovery in the second half',
      'The bank forecasts a further rise in rates next year',
      'Analysts anticipate more cuts by June',
    ],
    counterExamples: [
      'it expects a ruling',
      'Sales rose more than expected in June',
      'it expects a decision earlier this year',
      'it predicts the same rise in the past year',
    ],
  },
  {
    // a company's guidance, a figure it expects for a period whose time is told apart ("For the
    // fourth quarter, Acme expects revenue of $22 billion to $23 billion"): still to come, though
    // the quarter has begun; not what it reported ("reported revenue of $21 billion")
    name: 'guidance: a figure expected',
    aspect: 'future',
    pattern: String.raw`\b(?:expects|anticipates|forecasts|projects|predicts|sees|guides\s+for)\s+(?:(?:its|their|full-year|annual|quarterly|adjusted|net|core|operating|organic|[a-z]+-quarter)\s+){0,2}(?:revenues?|sales|earnings|profits?|income|margins?|deliveries|shipments|capital\s+spending|capex)\s+(?:per\s+share\s+)?(?:of|at|between|around|near|in\s+the\s+range|to\s+(?:rise|fall|grow|climb|decline|drop|be|come|reach))\b`,
    examples: [
      'For the fourth quarter, Acme expects revenue of $22 billion to $23 billion',
      'The company sees full-year earnings per share of $4.10',
      'It forecasts sales to rise 5%',
    ],
    counterExamples: [
      'Acme reported revenue of $21 billion',
      'The company expects a ruling',
      'Revenue came in above what analysts expected',
    ],
  },
  {
    // (not a refusal to speak, which was made: "The minister would not comment", "A spokesman
    // would not say how many jobs were cut")
    name: 'future in the past ("would") not followed by a perfect',
    aspect: 'future',
    pattern: String.raw`\b(?:would|['’]d)\b(?!\s+(?:have|not have)\b(?!${HAVE_OBJECT}))(?!\s+not\s+(?:comment|say|disclose|elaborate|confirm|discuss|specify|reveal|identify|name)\b)`,
    examples: [
      'Russia would establish a unified database',
      'QuickTime 7 would be soon available',
      'depositors would have full access to their money',
      'the plant would not reopen',
    ],
    counterExamples: [
      'Russia would have established a database',
      'Russia established a database',
      'The minister would not comment',
      'A spokesman would not say how many jobs were cut',
    ],
  },
  {
    // the present of a timetable tells what is still to come ("The lease expires at the end of
    // the month"); not after a determiner, where the word is a noun ("the ends")
    name: 'timetable present',
    aspect: 'future',
    // (the lookahead first, as above: the lookbehind is read only before such a word)
    pattern: String.raw`(?=\b(?:expires|lapses|ends|begins|starts|opens|reopens|closes|resumes|premieres|debuts|takes|kicks)\b)(?<!\b(?:the|a|an|its|their|his|her|our|these|those|no)\s)\b(?:expires|lapses|ends|begins|starts|opens|reopens|closes|resumes|premieres|debuts|takes\s+effect|kicks\s+off)\b(?!\s+(?:of|with)\b)`,
    examples: [
      'The lease expires at the end of the month',
      'The school year ends in June',
      'The new rule takes effect in July',
    ],
    counterExamples: ['the ends of the earth', 'It ended in June', 'Its opens were late'],
  },
  {
    // "could" of what may come about ("The Fed could cut rates this fall"); not of what could or
    // could not be done ("Police could not find him")
    name: 'could, may, might of what may come about',
    aspect: 'future',
    pattern: String.raw`\b(?:could|may|might)\s+(?:well\s+|also\s+|still\s+|soon\s+)?${COMING_ABOUT}`,
    examples: [
      'The Fed could cut rates again this fall',
      'a vote could come as early as Tuesday',
      'Talks could be held in March',
      'Ministers may meet on Friday',
    ],
    counterExamples: ['Police could not find him', 'He could see the smoke'],
  },
  {
    name: 'still going on',
    aspect: 'ongoing',
    pattern: String.raw`\b(?:currently|still|ongoing|continues|continue|continuing|remains|remain|remaining|now|indefinitely)\b|\buntil\s+further\s+notice\b`,
    examples: [
      'Currently being held for extradition',
      'The airline has suspended all service to Aspen until further notice',
      'The store currently sells music',
      'Belarusia remains politically isolated',
    ],
    counterExamples: ['the talks ended in May', 'It continued for a week'],
  },
  {
    name: 'progressive ("is holding", "has been fighting")',
    aspect: 'ongoing',
    pattern: String.raw`\b(?:is|are|am|['’]s|['’]re|has been|have been)\s+(?:not\s+|also\s+|still\s+|now\s+)?(?!going\b)(?!according\b|including\b|during\b|(?:some|no|any|every)thing\b|morning\b|evening\b)[a-z]+ing\b`,
    examples: [
      'A convoy has been traveling through Belarus',
      'Apple is facing competition',
      'He has been fighting cancer since 2004',
    ],
    counterExamples: ['He was fighting cancer', 'It is going to rain'],
  },
] as const satisfies readonly MarkerRule[];

/**
 * What did not happen: a sentence told in the conditional perfect ("The museum would have opened
 * in March had the funding come through", "Had parliament approved the budget in December, the
 * cuts would have taken effect on Wednesday") tells of no event, and its dates date none. `main`
 * is looked for in the main clause ("would have"); `condition` in the sentence, where it makes
 * a perfect with "could" or "might" in the main clause unreal too ("If permits had been granted
 * last year, the plant could have been running by January"). DATA ONLY.
 */
export const COUNTERFACTUAL = {
  // (and what should have been, or would rather have been: "Customers should have been told in
  // December", "I'd rather have stood on the podium in 2016"; not a deadline, "should have
  // finished by March", nor a wish for what is ahead, "would rather have a vote in June")
  // (the "should" or "ought" ahead is asked for before the look back for a "by", up to 80
  // characters, which was tried at every position of every main clause)
  main: String.raw`\bwould(?:\s+not|n['’]t)?\s+have(?!${HAVE_OBJECT})\s+\p{L}|\b(?=should|ought)(?<!\bby\b[^.;!?]{0,80})(?:should|ought\s+to)(?:\s+not|n['’]t)?\s+have(?!${HAVE_OBJECT})\s+(?:been\s+)?\p{L}+(?:ed|en|wn|ne|t|ld|ck|ung|ood)\b(?![^.;!?]*\bby\b)|\b(?:would|['’]d)\s+rather\s+have(?!${HAVE_OBJECT})\s+(?:been\s+)?\p{L}+(?:ed|en|wn|ne|t|ld|ck|ung|ood)\b`,
  mainModal: String.raw`\b(?:could|might)(?:\s+not|n['’]t)?\s+have\s+\p{L}`,
  /** "but" or "yet" and the conditional perfect, after a fact ("included a raise but would have ended"). */
  butWouldHave: String.raw`\s(?:but|yet)\s+would(?:\s+not|n['’]t)?\s+have\b`,
  condition: String.raw`^[\s"“‘'(]*had\s+(?!(?:been|to)\b)\p{L}|\bif\s+[^,.;]{1,80}?\bhad\s+(?:not\s+|never\s+)?(?:been\s+)?\p{L}+(?:ed|en|wn|ne|t)\b`,
  examples: [
    'The museum would have opened in March had the funding come through.',
    'She would have turned 100 on Tuesday.',
    'Had parliament approved the budget in December, the cuts would have taken effect on Wednesday.',
    'If permits had been granted last year, the plant could have been running by January.',
    '"Customers should have been told in December," said Nadia Fell.',
    '"I\'d rather have stood on the podium in 2016," the runner-up said.',
  ],
  counterExamples: [
    'The museum opened in March.',
    'The fire could have started on Tuesday, investigators said.',
    'He had left the country in May.',
    'The museum will open in March if the funding comes through.',
    'The FDIC said on Saturday depositors would have full access to their money.',
    'The offer, presented on Monday, included a raise but would have ended the pension plan.',
    'Customers were told in December.',
    'The board should decide in March.',
    'By next week, inspectors should have finished the survey.',
    'Officials said the repairs should have been finished by March.',
    'Members said they would rather have the vote in June.',
  ],
} as const;
