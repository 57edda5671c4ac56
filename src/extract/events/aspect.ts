/**
 * When a clause speaks of its event relative to the report: planned (future, intention,
 * "would"), ongoing (progressive, "currently", "remains"), perfect ("has announced"), past,
 * present; and whether it is built on a reporting verb. Markers are data
 * (lexicon/en/events/modality.ts); the verb forms come from text/verbs.ts.
 */
import { ASPECT_MARKERS } from '../lexicon/en/events/modality.ts';
import { isPresentVerbAt, isReportingVerb, verbForm } from '../text/verbs.ts';
import { foldTypography, tokenize, type Token } from '../text/words.ts';

export type Aspect = 'future' | 'ongoing' | 'perfect' | 'past' | 'present' | 'none';

/** The markers of one aspect as one pattern: one scan of a clause per aspect. */
function markers(aspect: 'future' | 'ongoing'): RegExp {
  const sources = ASPECT_MARKERS.filter((r) => r.aspect === aspect).map((r) => `(?:${r.pattern})`);
  return new RegExp(sources.join('|'), 'iu');
}
const FUTURE = markers('future');
const ONGOING = markers('ongoing');

/**
 * The aspect of one clause. A clause built on a reporting verb has that verb's tense ("Jobs said
 * the phones will be returned" reports in the past); otherwise a future marker anywhere makes it
 * future, the first finite verb gives its tense, and an ongoing marker makes a present or
 * perfect clause (or one without a finite verb) ongoing: "still" does not make "Jobs said" last.
 */
export function clauseAspect(clause: string, tokens: readonly Token[] = tokenize(clause)): Aspect {
  const text = foldTypography(clause);
  const finite = finiteVerb(tokens);
  if (finite && isReportingVerb(finite.word) && finite.tense !== 'present') return finite.tense;
  if (finite && isReportingVerb(finite.word) && !FUTURE.test(text)) return 'present';
  if (FUTURE.test(text)) return 'future';
  const tense = finite?.tense ?? 'none';
  if ((tense === 'present' || tense === 'perfect' || tense === 'none') && ONGOING.test(text))
    return 'ongoing';
  return tense;
}

/** The tense of a clause's first finite verb, markers aside ("is slated" is present), and where it is. */
export function finiteTense(tokens: readonly Token[]): { tense: Aspect; at: number } {
  const finite = finiteVerb(tokens);
  return finite ? { tense: finite.tense, at: finite.at } : { tense: 'none', at: -1 };
}

/** The first finite verb of a clause, the tense it gives and its offset. */
function finiteVerb(tokens: readonly Token[]): { word: string; tense: Aspect; at: number } | null {
  const words = tokens.map((t) => t.text.toLowerCase().replace(/’/gu, "'"));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const at = tokens[i]!.start;
    if (isPresentVerbAt(tokens, i)) return { word, tense: 'present', at };
    const form = verbForm(word);
    // a clause opens with its subject: "Increased border checks", "Moving on" are not verbs here
    if (i === 0 && (form === 'past' || form === 'ing')) continue;
    if (form === 'present-aux') {
      const perfect =
        /^(?:has|have|'ve|hasn't|haven't)$/u.test(word) && participleWithin(words, i + 1, 3);
      return {
        word: perfect ? (participleAfter(words, i + 1, 3) ?? word) : word,
        tense: perfect ? 'perfect' : 'present',
        at,
      };
    }
    // "being held", "been seen": a participle after a non-finite "be"
    if (form === 'past' && verbForm(words[i - 1] ?? '') === 'be') continue;
    if (form === 'past-aux' || form === 'past') return { word, tense: 'past', at };
    if (form === 'present' || form === 'modal') return { word, tense: 'present', at };
  }
  return null;
}

function participleAfter(words: string[], from: number, span: number): string | undefined {
  for (let j = from; j < Math.min(words.length, from + span); j++) {
    const form = verbForm(words[j]!);
    if (form === 'participle' || form === 'past') return words[j];
  }
  return undefined;
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
