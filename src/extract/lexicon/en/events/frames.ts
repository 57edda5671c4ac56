/**
 * Years that frame a clause: a year named alone that a finer date of its clause falls in ("In
 * 2022, her tour was cut short in October"; "Last year, the team won the cup in June") dates no
 * event of its own (events/analysis.ts). Regular expression sources, case-insensitive, with
 * examples that must match and counter-examples that must not; the tests run both.
 */
export const FRAMING_YEAR = {
  /** The year's own text: a year alone, or one told from now or from the story. */
  year: String.raw`^(?:\d{4}|(?:last|this|that|the\s+same)\s+year)$`,
  /** Right before the year: "of", which makes it a period's ("the first five months of [this year]"). */
  ofBefore: String.raw`\bof\s+$`,
  /** The clause's text before the year when it opens the clause ("In [2022], ..."). */
  opening: String.raw`^[\s"“'‘(]*(?:(?:in|during|by|back\s+in)\s+)?$`,
  examples: { year: ['2022', 'Last year', 'that year'], opening: ['In ', '', '"Back in '] },
  counterExamples: {
    year: ['the end of the year', 'the first five months of this year', 'fiscal 2022'],
    opening: ['Her last tour, in ', 'The team won in '],
  },
} as const;
