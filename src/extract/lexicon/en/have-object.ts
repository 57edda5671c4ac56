/**
 * What may follow "would have" when it is no conditional perfect: a possession ("depositors
 * would have full access to their money", "would have a majority") or an obligation ("would have
 * to pay on Monday"), which tell what will be, not what did not happen ("would have opened").
 * Shared by the tagger's tense cues and the events' test for what did not happen. DATA ONLY.
 */
const WORDS = [
  ...['a', 'an', 'the', 'no', 'full', 'more', 'less', 'enough', 'some', 'any', 'to', 'until'],
  ...['its', 'their', 'his', 'her', 'our', 'your', 'my', 'access', 'control', 'time', 'power'],
];

/** A lookahead source: "would have" is not a perfect when one of these words follows it. */
export const HAVE_OBJECT = String.raw`(?=\s+(?:${WORDS.join('|')})\b)`;
