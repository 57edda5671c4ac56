/**
 * Words that look temporal but name no time, as TimeML annotators leave them: idioms for
 * "always", titles of programmes, a newspaper called a daily. A match gives no expression; it
 * only keeps the other rules off its words (the longest match wins, and these rules come first
 * on a tie). Examples give '' for the value: nothing is tagged there.
 */
import type { Rule } from '../../../../temporal/rule.ts';

export const IDIOM_RULES = [
  {
    name: 'around the clock',
    type: 'SET',
    // "24 hours a day, seven days a week" says "always": no recurrence, no length of time
    pattern: String.raw`(?:24|twenty-four)\s+hours\s+(?:a|per)\s+day|(?:7|seven)\s+days\s+(?:a|per)\s+week|365\s+days\s+(?:a|per)\s+year`,
    value: { kind: 'none' },
    examples: [
      ["watching the doctor's home and office, [24 hours a day], let it be done", ''],
      ['open [seven days a week]', ''],
    ],
    counterExamples: ['he worked 12 hours a day', '24 hours later'],
  },
  {
    name: 'a speed',
    type: 'SET',
    // "110 miles per hour", "90 km an hour", "60 words a minute": a rate of distance or count
    // over time is a speed, no recurrence
    pattern: String.raw`(?:miles|kilomet(?:er|re)s|km|knots|feet|met(?:er|re)s|yards|words|beats|revolutions|laps)\s+(?:per|an|a)\s+(?:hour|minute|second)`,
    value: { kind: 'none' },
    examples: [
      ['Winds reached 110 [miles per hour].', ''],
      ['Winds of 110 [miles an hour] lashed the coast.', ''],
      ['The car was doing 90 [km an hour].', ''],
    ],
    counterExamples: ['It pumps 2 million barrels a day.', 'He earns $50 an hour.'],
  },
  {
    name: 'a quoted title',
    type: 'DURATION',
    // a capitalized unit in quotes is a name: CBS's "60 Minutes", the film "28 Days Later"
    pattern: String.raw`(?<=["“‘']){:number}\s+(?=(?-i:\p{Lu})){:durationUnit}(?=(?:\s+(?-i:\p{Lu})\p{L}*)*[.,!?]?["”’'])`,
    value: { kind: 'none' },
    examples: [
      ["Gonzalez said on CBS's ''[60 Minutes].''", ''],
      ['the film "[28 Days] Later"', ''],
    ],
    counterExamples: ['"60 minutes," he said', 'in 60 Minutes of play'],
  },
  {
    name: 'a daily newspaper',
    type: 'SET',
    // "the Communist Party daily Granma": a daily is a newspaper when a name follows
    pattern: String.raw`(?<=(?:^|[^\p{L}])(?:the|a|an|(?-i:\p{Lu})\p{L}*)\s+)daily(?=\s+(?-i:\p{Lu}))(?!\s+(?:{:weekday}|{:month}))`,
    value: { kind: 'none' },
    examples: [
      ['The Communist Party [daily] Granma compared Elian with heroes', ''],
      ['according to the [daily] Kommersant', ''],
    ],
    counterExamples: ['rallies held daily in Havana', 'the daily Monday briefing'],
  },
] as const satisfies readonly Rule[];
