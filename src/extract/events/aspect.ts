/**
 * When a clause speaks of its event relative to the report: planned (future, intention,
 * "would"), ongoing (progressive, "currently", "remains"), perfect ("has announced"), past,
 * present; and whether it is built on a reporting verb. Markers are data
 * (lexicon/en/events/modality.ts); the verb forms come from text/verbs.ts.
 */
import { ASPECT_MARKERS } from '../lexicon/en/events/modality.ts';
import { isPresentAfterSubject, isReportingVerb, verbForm } from '../text/verbs.ts';
import { foldTypography, tokenize, type Token } from '../text/words.ts';

export type Aspect = 'future' | 'ongoing' | 'perfect' | 'past' | 'present' | 'none';

const MARKERS = ASPECT_MARKERS.map((rule) => ({
  aspect: rule.aspect,
  pattern: new RegExp(rule.pattern, 'iu'),
}));

/** The aspect of one clause. */
export function clauseAspect(clause: string, tokens: readonly Token[] = tokenize(clause)): Aspect {
  const text = foldTypography(clause);
  for (const marker of MARKERS) if (marker.pattern.test(text)) return marker.aspect;
  const words = tokens.map((t) => t.text.toLowerCase().replace(/’/gu, "'"));
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && isPresentAfterSubject(tokens[i]!.text) && isSubjectWord(tokens[i - 1]!.text))
      return 'present';
    const form = verbForm(words[i]!);
    // a clause opens with its subject: "Increased border checks", "Moving on" are not verbs here
    if (i === 0 && (form === 'past' || form === 'ing')) continue;
    if (form === 'present-aux') {
      if (/^(?:has|have|'ve|hasn't|haven't)$/.test(words[i]!) && participleWithin(words, i + 1, 3))
        return 'perfect';
      return 'present';
    }
    if (form === 'past-aux' || form === 'past') return 'past';
    if (form === 'present' || form === 'modal') return 'present';
  }
  return 'none';
}

/** A name or a subject pronoun: what a present-tense verb may follow. */
function isSubjectWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^(?:he|she|it)$/iu.test(word);
}

function participleWithin(words: string[], from: number, span: number): boolean {
  for (let j = from; j < Math.min(words.length, from + span); j++) {
    const form = verbForm(words[j]!);
    if (form === 'participle' || form === 'past') return true;
  }
  return false;
}

/** Whether the clause reports speech: "Aleinik stated that", "according to", "it said". */
export function isReporting(clause: string, tokens: readonly Token[] = tokenize(clause)): boolean {
  const words = tokens.map((t) => t.text.toLowerCase());
  return words.some((w, i) =>
    w === 'according' ? words[i + 1] === 'to' : isReportingVerb(w) && verbForm(w) !== 'base',
  );
}
