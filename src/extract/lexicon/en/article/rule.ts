/**
 * The shape of the article lexicon's rules: a pattern with the lines it must read and the lines it
 * must not, which a test runs (tests/unit/article/lexicon.test.ts).
 */
export interface LineRule {
  /** What the rule recognizes, for people and test titles. */
  name: string;
  /** Tested against one trimmed line. */
  pattern: RegExp;
  examples: readonly string[];
  counterExamples: readonly string[];
}
