/**
 * A direct question: an explainer's or a Q&A's question, which asks and tells nothing ("What
 * happened?", "Will it reopen?", "Q: When did the library close?"). Only a sentence that opens
 * with a question word, an auxiliary or a "Q:" label and ends with a question mark; a question
 * told inside a sentence that tells something ("Officials asked on Monday: where did the money
 * go?", "The question on the ballot was simple: should the state legalize cannabis?") is news.
 * Examples must match, counter-examples must not.
 */
export const DIRECT_QUESTION = {
  pattern: String.raw`^(?:Q\s*:|(?:who|whom|whose|what|which|when|where|why|how)\b|(?:is|are|am|was|were|do|does|did|has|have|had|will|wo|would|shall|should|can|ca|could|may|might|must)(?:n['’]t)?\s)[^?]*\?\s*$`,
  examples: [
    'What happened?',
    "What's next for the library?",
    'Q: When did the library close?',
    'Will it reopen?',
    "Isn't the fare already the highest in the state?",
    'How did the vote on Tuesday go?',
  ],
  counterExamples: [
    'Officials asked on Monday: where did the $3 million go?',
    'The question on the ballot on Nov. 5 was simple: should the state legalize cannabis?',
    'On Tuesday the minister asked parliament a question that had gone unanswered since 2019: who pays for the dam?',
    'Whatever happened to the plan, the council said on Monday, was unclear.',
    'Israel asked on Monday whether the talks would resume?',
  ],
} as const;
