/**
 * Lengths of time: "28 years", "a two-year sentence", "5 1/2 hours", "the past two years", "a few
 * days", "for years". A duration is never a date, even when it ends at the publication date.
 * Bounds ("more than", "at least") belong to the expression; approximations ("about") do not.
 */
import type { Rule } from '../../../../temporal/rule.ts';

/** Ages are no durations: "a 13-year-old", "five years old"; nor are comparisons ("a year-on-year rise"). */
const NOT_AN_AGE_OR_RATIO = String.raw`(?![\s-]+old\b|-olds?\b|-(?:on|over)-)`;

export const DURATION_RULES = [
  {
    name: 'count and unit',
    type: 'DURATION',
    // "the third attack in as many days" names no length, nor a story's "One day, ..." (some day)
    pattern: String.raw`(?!(?<=\bas\s+)many\b|(?-i:One)\s+day,)(?:{bound}\s+)?{number}(?:\s+{fraction})?[\s-]+(?:more\s+|additional\s+|extra\s+|full\s+|straight\s+|consecutive\s+|long\s+)?(?:(?<!\b(?:1[89]|20)\d\d[\s-]+)(?:fiscal|financial|calendar|business|working|trading|school|academic)\s+(?=\p{L}+s\b))?{unit:durationUnit}(?:\s+{trailingFraction:fraction})?${NOT_AN_AGE_OR_RATIO}`,
    value: { kind: 'duration' },
    examples: [
      ['the first time in [28 years] that border checks', 'P28Y'],
      ['after receiving a [two-year] sentence', 'P2Y'],
      ['about [5 1/2 hours] in Nairobi', 'PT5H30M'],
      ['after a [16-hour] flight', 'PT16H'],
      ['for [at least two more weeks]', 'P2W'],
      ['gives drivers [an extra hour] of daylight', 'PT1H'],
      ['[more than four decades]', 'P40Y'],
      ['[at least 72 hours]', 'PT72H'],
      ['in [a few days]', 'PXD'],
      ['[a year and a half]', 'P18M'],
      ['[two and a half years]', 'P30M'],
      ['[one minute]', 'PT1M'],
      ['could take as long as [a month] or two', 'P1M'],
      ['just [over an hour] later', 'PT1H'],
      ['cut the deficit by $500 billion over [five years]', 'P5Y'],
      ['rents rose 12% over [two years]', 'P2Y'],
      ['to be phased in over [three years]', 'P3Y'],
      ['The 5p cut will be phased out over [six months].', 'P6M'],
      ['It plans to cut about 300 jobs over [two years].', 'P2Y'],
      ['The festival was held over [three days] in June.', 'P3D'],
      ['after deliberating for about 11 hours over [two days]', 'P2D'],
      ['The festival drew 60,000 people over [three days] last summer.', 'P3D'],
      ['The meeting lasted [over an hour].', 'PT1H'],
      // a kind of day or year between, before a plural ("three fiscal years", "five business
      // days"; "the 2020-21 financial year" is a year)
      ['inflated revenue by $90 million over [three fiscal years]', 'P3Y'],
      ['The shares fell for [five straight trading days].', 'P5D'],
      // thousands set off by a space, as South African and European copy writes them
      ['endured [more than 3 000 hours] of power cuts', 'PT3000H'],
    ],
    counterExamples: [
      'Output rose 3% on a year-on-year basis.',
      'the 1,239-kilometer border',
      'a 13-year-old boy',
      'he is five years old',
      'killed 2000 soldiers',
      'the third attack in as many days',
      'One day, our grandchildren may find it odd that we carried cash.',
      'in the 2020-21 financial year',
      'in the 2019 and 2020 fiscal years',
    ],
  },
  {
    name: 'seconds and quarters with a count',
    type: 'DURATION',
    // ("one-quarter of the vote", "three-quarters of voters" are shares, no lengths; "two
    // quarters of growth" is one)
    // ("three quarter-point cuts" are steps of a rate, no length either)
    // ("the 1996 quarter" is a year's quarter, no 1,996 of them)
    pattern: String.raw`(?:{bound}\s+)?(?!(?:1[89]|20)\d\d[\s-]+quarter){number:count}[\s-]+(?:more\s+|straight\s+|consecutive\s+|successive\s+)?{unit:rareUnit}${NOT_AN_AGE_OR_RATIO}(?!(?<=-quarters?)\s+of\b)(?![\s-]+points?\b)`,
    value: { kind: 'duration' },
    examples: [
      ['for [30 seconds]', 'PT30S'],
      ['for [two quarters]', 'P6M'],
      ['after [two quarters] of growth', 'P6M'],
      ['The economy has contracted for [five straight quarters].', 'P15M'],
      ['after [three consecutive quarters] of decline', 'P9M'],
    ],
    counterExamples: [
      'a second term',
      'a quarter of voters',
      'Halvorsen won less than one-quarter of the vote.',
      'Three-quarters of voters backed the measure.',
      'Policymakers projected three quarter-point cuts.',
      'It earned $50.3 million in the 1996 quarter.',
      'The Fed raised rates by three quarter points.',
    ],
  },
  {
    // one more of a unit, after what takes or lasts it: "will stay for another year"
    name: 'another unit',
    type: 'DURATION',
    pattern: String.raw`another\s+{unit:unitSingular}(?!\s+of\b)(?<=\b(?:for|in|within|over|take|takes|took|taking|last|lasts|lasted|lasting|extend|extends|extended|extending|spend|spends|spent|wait|waits|waited)\s+another\s+\p{L}+)`,
    value: { kind: 'duration', count: 1 },
    examples: [
      ['He will stay in office for [another year].', 'P1Y'],
      ['The talks could take [another week].', 'P1W'],
    ],
    counterExamples: [
      'another day of protests began',
      'It was another year of losses.',
      'Crowds gathered on Monday for another day of demonstrations.',
    ],
  },
  {
    name: 'half a unit',
    type: 'DURATION',
    pattern: String.raw`(?:{bound}\s+)?{fraction:halfWord}\s+an?\s+{unit:durationUnit}`,
    value: { kind: 'duration' },
    examples: [
      ['[half an hour]', 'PT30M'],
      ['[half a century]', 'P50Y'],
      ['it lasted [a quarter of a century]', 'P25Y'],
      ['for [three quarters of an hour]', 'PT45M'],
    ],
    counterExamples: ['half a loaf', 'a quarter of a million'],
  },
  {
    name: 'a quarter century',
    type: 'DURATION',
    pattern: String.raw`(?:{bound}\s+)?(?:a|one)\s+quarter[\s-]century`,
    value: { kind: 'duration', unit: 'year', count: 25 },
    examples: [['the first time in [a quarter century] that', 'P25Y']],
    counterExamples: ['a quarter of a voter'],
  },
  {
    name: 'the past two years, the next few days',
    type: 'DURATION',
    // (a single one of a series is no length: "the last day of school", "the last week of March")
    // ("at the last minute" is an idiom: only just in time)
    pattern: String.raw`(?<=the\s+)(?!(?<=\bat\s+the\s+)last\s+minute\b){shift:spanShift}\s+(?:{number}(?:\s+{fraction})?\s+{unit:durationUnit}|{unit:durationUnit}(?!\s+of\s))(?:\s+{trailingFraction:fraction})?`,
    value: { kind: 'duration' },
    examples: [
      ['jobs he has held over the [past 20 years]', 'P20Y'],
      ['He is expected to visit Belarus over the [next few days], it said.', 'PXD'],
      ['over the [past decade]', 'P10Y'],
      ['for the [past week]', 'P1W'],
      ['in the [last five years]', 'P5Y'],
      ['demand will grow over the [next decade]', 'P10Y'],
      ['Prices have doubled over the [past decade and a half].', 'P15Y'],
    ],
    counterExamples: [
      'last week',
      'the past',
      'The last day of school will be May 31.',
      'The deal was saved at the last minute.',
    ],
  },
  {
    name: 'the first nine months',
    type: 'DURATION',
    // business news's running total from a period's start: "in the [first nine months]", "the
    // [first two months] of the year" are lengths, as "the past 12 months" is; TimeML's extent
    // keeps the ordinal. Only with a count: "the first day of school" is one day, a date
    pattern: String.raw`(?<=the\s+)first\s+{number}\s+{unit:durationUnit}`,
    value: { kind: 'duration' },
    examples: [
      ['In the [first nine months], earnings rose 15%.', 'P9M'],
      ['Exports rose in the [first two months] of the year.', 'P2M'],
      ['in the [first 100 days] of his term', 'P100D'],
    ],
    counterExamples: [
      'The first day of school is Monday.',
      'the first two people',
      'first, two days later',
    ],
  },
  {
    name: 'the first two quarters',
    type: 'DURATION',
    // a running total counted in quarters is a length as one in months is ("in the [first two
    // quarters]" = the first six months, P6M); not a share ("the first three-quarters of the
    // race")
    pattern: String.raw`(?<=the\s+)first\s+{number}\s+(?=quarters\b){unit:rareUnit}`,
    value: { kind: 'duration' },
    examples: [
      ['Sales rose in the [first two quarters].', 'P6M'],
      ['In the [first three quarters] of the year, output fell.', 'P9M'],
    ],
    counterExamples: ['the first three-quarters of the race', 'the first quarter'],
  },
  {
    name: 'units long',
    type: 'DURATION',
    pattern: String.raw`{unit:unitSingular}-?long`,
    value: { kind: 'duration', count: 1 },
    examples: [
      ['their third [day-long] meeting', 'P1D'],
      ['after a [weeklong] pause', 'P1W'],
    ],
    counterExamples: ['a long day'],
  },
  {
    name: 'plural units long or old',
    type: 'DURATION',
    pattern: String.raw`{unit:pluralUnit}-(?:long|old)`,
    value: { kind: 'duration', count: null },
    examples: [
      ['the [decades-long] battle', 'PXY'],
      ['an end to a [years-old] slump in tourism', 'PXY'],
    ],
    counterExamples: ['long decades', 'a 13-year-old boy', 'five years old'],
  },
  {
    name: 'for years, recent weeks',
    type: 'DURATION',
    // also the length a verb of spending, taking or lasting gives ("spent years in prison", "will
    // take weeks", "the strike could last weeks": "last" a verb only after a modal or "to", maybe
    // with a "not" or an adverb between ("will probably last months", "won't last years"), as
    // "last weeks" is otherwise the weeks before), and units before "of" with no determiner or
    // count ("set off weeks of violence"),
    // where "the weeks of" and "the final months of" name a part of a stretch
    pattern: String.raw`(?:(?<=(?:for|within|after|in|over|spanning)\s+)|(?<=\b(?:spent|spend|spends|spending|take|takes|took|taken|taking|lasted|lasts|lasting|(?:(?:will|would|could|can|may|might|must|should|did|does|to)(?:\s+(?:not|never|probably|likely|easily|still|only|well))?|(?:won|wouldn|couldn|can|mustn|shouldn|didn|doesn)['’]t)\s+last|waited)\s+)|recent\s+){unit:pluralUnit}(?!\s+(?:ago|later|earlier|old)\b)|(?<=\b(?:off|of|after|amid|despite|following|ending|ended|ends|end|brought|bring|caused|sparked|triggered|followed|follows)\s+){unit:pluralUnit}(?=\s+of\s)|(?<=\b(?:for|within|in|take|takes|took|taken|taking|last|lasts|lasted)\s+{:pluralUnit}\s+or\s+){unit:pluralUnit}(?!\s+(?:ago|later|earlier|old)\b)`,
    value: { kind: 'duration', count: null },
    examples: [
      ['For [weeks] the government has held rallies', 'PXW'],
      ['tightening security in [recent days]', 'PXD'],
      ['the worst drought in [decades]', 'PXY'],
      ['He spent [years] in prison.', 'PXY'],
      ['It will take [weeks] to count the votes.', 'PXW'],
      ['Parents worried the strike could last [weeks].', 'PXW'],
      ['The outage is expected to last [days].', 'PXD'],
      ['a dispute lasting [months]', 'PXM'],
      ['The ceasefire will probably last [months].', 'PXM'],
      ["Analysts say the shortage won't last [years].", 'PXY'],
      ['Disputed results set off [weeks] of ethnic violence.', 'PXW'],
      ['The deal ended [months] of talks.', 'PXM'],
      // and the other of two lengths ("for days or weeks")
      ['Problems might not appear for days or [weeks].', 'PXW'],
      ['The talks could take weeks or [months].', 'PXM'],
    ],
    counterExamples: [
      'weeks later',
      'the years that followed',
      'in the final weeks of the campaign',
      'the years of war',
    ],
  },
  {
    name: 'days after, hours before',
    type: 'DURATION',
    // an unstated count of units between two acts ("arrested days after the shooting", "passed
    // hours before the deadline"), as "a few days after" is; not "the days after", a stretch,
    // nor days counted a word before ("nine sitting days after the Budget"): after a verb or an
    // adverb of how soon, not an adjective ("long hours before the deadline"); what follows is
    // an act, named with its determiner or as a bare plural ("hours after clashes left 51 dead")
    pattern: String.raw`(?<=(?:\b\p{L}+ed|\b(?:just|only|barely|merely|mere|nearly|almost|came|come|comes|was|were|died|left|quit|fell|rose|won|lost|began|met|held|took|went|struck|hit|fled|sold|made|said|told|set)|[,;:—–])\s+)(?<!\b(?:the|these|those|few|several|many|some|of|{:count})\s+(?:[\p{L}-]+\s+)?)(?<![\w-]){unit:pluralUnit}(?=\s+(?:after|before)\s+(?:the|a|an|his|her|its|their|(?-i:\p{Lu})|\p{L}+(?:ing|ed)\b|(?!{:pluralUnit}\b)(?-i:[a-z])\p{L}{2,}s\b))`,
    value: { kind: 'duration', count: null },
    examples: [
      ['The suspect was arrested [days] after the shooting.', 'PXD'],
      ['The bill passed just [hours] before the deadline.', 'PTXH'],
      ['The company collapsed only [months] after the merger was completed.', 'PXM'],
      ["It came [weeks] after Fitch cut the country's rating.", 'PXW'],
      ['The army spoke, [hours] after clashes left 51 people dead.', 'PTXH'],
    ],
    counterExamples: [
      'in the days after the shooting',
      'in the weeks before the vote',
      'several days after the shooting',
      'two days after the shooting',
      'days after days',
      'nine sitting days after the Budget',
      'She worked long hours before the deadline.',
      'Those were dark days before Christmas.',
    ],
  },
] as const satisfies readonly Rule[];
