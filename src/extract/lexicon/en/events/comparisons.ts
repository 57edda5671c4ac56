/**
 * A date that is only the point a record is measured from: "fell below 10,000 for the first time
 * since [2004]", "its biggest one-day fall since the crash of [1987]", "the lowest level since
 * [2003]". The event happened when the sentence tells it (the day of the report, the paragraph's
 * date), not in 2004. DATA ONLY: regular-expression sources, matched case-insensitively.
 *
 * - `since`: matched on the text right before the date: "since" and up to four words ("since the
 *   crash of").
 * - `record`: matched on the clause before "since", up to COMPARISON_REACH characters: a
 *   superlative or "first", "only", "record" that makes the comparison.
 * The examples are sentences with the date in [brackets]; counter-examples keep their date.
 */
export const COMPARISON_REACH = 80;

export const COMPARISON = {
  since: String.raw`\bsince\s+(?:[\p{L}'’-]+\s+){0,4}$`,
  record: String.raw`\b(?:first|only|record|most|least|fewest|highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|steepest|sharpest|deepest|longest|shortest|fastest|slowest|hottest|coldest|warmest|wettest|driest|busiest|heaviest|greatest|latest|earliest|widest)\b`,
  examples: [
    'The Dow fell below 10,000 points for the first time since [2004].',
    'The FTSE closed 7.9 percent lower, its biggest one-day fall since the crash of [1987].',
    'Oil reached its highest price since [March].',
    'Unemployment is at a record high not seen since [1983].',
  ],
  counterExamples: [
    'The country has been in recession since [2008].',
    'He has been under arrest since [2004].',
    'The first talks since the war were held in [March].',
  ],
} as const;
