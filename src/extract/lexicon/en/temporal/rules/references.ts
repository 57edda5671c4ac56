/**
 * The present, the past and the future as a whole: "now", "currently", "recently", "the future",
 * "in the coming weeks". TIMEX3 DATE values PRESENT_REF, PAST_REF, FUTURE_REF.
 */
import type { Rule } from '../../../../temporal/rule.ts';

export const REFERENCE_RULES = [
  {
    name: 'millions of years ago',
    type: 'DATE',
    // geological time: no calendar year to give, but the past, whole ("66 million years ago",
    // not "years ago" alone)
    pattern: String.raw`\d+(?:\.\d+)?\s+(?:million|billion)\s+years\s+ago`,
    value: { kind: 'reference', value: 'PAST_REF' },
    examples: [['The dinosaurs died out [66 million years ago].', 'PAST_REF']],
    counterExamples: ['a 66 million year old rock'],
  },
  {
    name: 'now',
    type: 'DATE',
    // "Now" opening a sentence is mostly a discourse marker ("Now, he said, ..."), not a time;
    // "every now and then", "now and again", "now and then" closing a clause are "at times", no
    // present; "between now and then" is, and so is "now" before "and then" and a verb ("costs $5
    // now and then rises to $7")
    pattern: String.raw`(?<!(?:^|[.!?]["'”’]?\s{1,3}|\n\s{0,3}))now(?!-)(?!(?<=\bevery\s+now)\s+and\s+(?:then|again)\b)(?!(?<!\b(?:between|from|until|till)\s+now)\s+and\s+(?:again\b|then\b(?=\s*(?:[^\w\s]|$))))`,
    value: { kind: 'reference', value: 'PRESENT_REF' },
    examples: [
      ['Right [now] my evidence is scant', 'PRESENT_REF'],
      ['exiles will [now] proceed', 'PRESENT_REF'],
      ['The road will be repaved between [now] and then.', 'PRESENT_REF'],
      ['Tickets cost $5 [now] and then rise to $7.', 'PRESENT_REF'],
    ],
    counterExamples: [
      'the now-defunct agency',
      'nowhere',
      'He left. Now events are moving.',
      "He's earned a rest now and then.",
      'every now and again',
      'Every now and then he calls.',
    ],
  },
  {
    name: 'currently, recently',
    type: 'DATE',
    // ("as recently as June" is the preposition of June: no reference of its own)
    pattern: String.raw`(?<!\bas\s+){ref:reference}(?!\s+as\b)`,
    value: { kind: 'reference' },
    examples: [
      ['[Currently] being held for extradition', 'PRESENT_REF'],
      ['he [recently] returned', 'PAST_REF'],
      ['[these days]', 'PRESENT_REF'],
    ],
    counterExamples: ['some days', 'a recent day', 'had said as recently as June that'],
  },
  {
    name: 'one day to come',
    type: 'DATE',
    // "They may one day be found": some time to come, no length; like "someday", which the
    // TimeML corpora leave out, no expression
    pattern: String.raw`(?<=\b(?:may|might|could|will|would|can|should|must)\s+)one\s+day(?![\s-]+(?:after|before|later|earlier|of|in|at|to|ago)\b)`,
    value: { kind: 'none' },
    examples: [['They may [one day] be found by another civilization.', '']],
    counterExamples: ['The strike lasted one day.', 'it will take one day to fix'],
  },
  {
    name: 'his current wife',
    type: 'DATE',
    pattern: String.raw`(?<=(?:his|her|its|their|our|my|your)\s+)current(?=\s+\p{L})`,
    value: { kind: 'reference', value: 'PRESENT_REF' },
    examples: [['would travel with his [current] wife', 'PRESENT_REF']],
    counterExamples: ['the current account', 'a current of air'],
  },
  {
    name: 'the future',
    type: 'DATE',
    // ("a future in which" is one of many, no time, though "a future date" is one; someone's
    // future is tagged, as the AQUAINT
    // gold tags "Elian's [future]")
    pattern: String.raw`(?:the\s+(?:(?:near|distant|foreseeable|immediate)\s+)?)?(?<!\b(?:a|an)\s+(?=future\s+(?:in\s+which|where|that)\b))future(?!s)`,
    value: { kind: 'reference', value: 'FUTURE_REF' },
    examples: [
      ['may be in [the future], joining', 'FUTURE_REF'],
      ['to meet [future] medical disasters', 'FUTURE_REF'],
      ['in [the near future]', 'FUTURE_REF'],
      ["the decision about Elian's [future]", 'FUTURE_REF'],
    ],
    counterExamples: ['oil futures', 'we face a future in which weapons will be more destructive'],
  },
  {
    name: 'the past',
    type: 'DATE',
    pattern: String.raw`the\s+past(?!\s+(?:{:number}|{:unit}|{:dayWord})\b)`,
    value: { kind: 'reference', value: 'PAST_REF' },
    examples: [['mistakes made in [the past]', 'PAST_REF']],
    counterExamples: ['the past two years', 'past events'],
  },
  {
    name: 'the coming weeks',
    type: 'DURATION',
    // a stretch of an untold count of units ahead, as "recent days" is one behind: TimeML writes
    // "the coming years" DURATION PXY (the aquaint gold does); "the coming year" is one time ahead.
    // So are quarters and weekends, which are no open count elsewhere ("for weekends" is a habit's)
    pattern: String.raw`(?<=(?:the|in)\s+)(?:coming|upcoming)\s+(?=(?:{:pluralUnit}|quarters|weekends)\b){unit:unit}`,
    value: { kind: 'duration', count: null },
    examples: [
      ['a decision in the [coming weeks]', 'PXW'],
      ['Officials will decide in the [coming days].', 'PXD'],
      ['growth in the [upcoming years]', 'PXY'],
      ['Sales should rise in the [coming quarters].', 'PXM'],
      ['Crowds are expected over the [coming weekends].', 'PXD'],
    ],
    counterExamples: ['a coming storm', 'the coming weekend', 'the coming quarter'],
  },
  {
    name: 'the coming year',
    type: 'DATE',
    pattern: String.raw`(?<=(?:the|in)\s+)(?:coming|upcoming)\s+(?!(?:{:pluralUnit}|quarters|weekends)\b){:unit}`,
    value: { kind: 'reference', value: 'FUTURE_REF' },
    examples: [
      ['in the [coming year]', 'FUTURE_REF'],
      ['plans for the [coming weekend]', 'FUTURE_REF'],
    ],
    counterExamples: ['a coming storm'],
  },
  {
    name: 'the months ahead',
    type: 'DATE',
    pattern: String.raw`{:unit}(?<=\bthe\s+[a-z]+)(?:\s+(?:and|or)\s+{:unit})?\s+ahead\b(?!\s+of\b)`,
    value: { kind: 'reference', value: 'FUTURE_REF' },
    examples: [
      ['In the [months ahead], the party will rebuild.', 'FUTURE_REF'],
      ['more job losses in the [weeks and months ahead]', 'FUTURE_REF'],
    ],
    counterExamples: ['two weeks ahead of the vote', 'the days ahead of schedule'],
  },
] as const satisfies readonly Rule[];
