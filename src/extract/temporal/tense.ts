/**
 * The tense of the sentence around an expression, from the lexicon's cues: the nearest future or
 * past cue in the same sentence decides; reporting verbs ("said") only when nothing else does.
 */
import type { TemporalLexicon } from './lexicon.ts';

export type Tense = 'past' | 'future' | null;

/** How far to look on either side, in characters: about a sentence. */
const REACH_BEFORE = 160;
const REACH_AFTER = 120;

interface Cues {
  cue: RegExp;
  sentenceEnd: RegExp;
}

const CACHE = new WeakMap<TemporalLexicon, Cues>();

function cuesOf(lexicon: TemporalLexicon): Cues {
  let cues = CACHE.get(lexicon);
  if (!cues) {
    const { future, past, report } = lexicon.tense;
    cues = {
      cue: new RegExp(`(?<future>${future})|(?<report>${report})|(?<past>${past})`, 'giu'),
      sentenceEnd: new RegExp(lexicon.sentenceEnd, 'gu'),
    };
    CACHE.set(lexicon, cues);
  }
  return cues;
}

/** The tense of the sentence around text[start, end). */
export function tenseAt(text: string, start: number, end: number, lexicon: TemporalLexicon): Tense {
  const { cue, sentenceEnd } = cuesOf(lexicon);
  let from = Math.max(0, start - REACH_BEFORE);
  let to = Math.min(text.length, end + REACH_AFTER);
  sentenceEnd.lastIndex = from;
  for (let m = sentenceEnd.exec(text); m !== null && m.index < to; m = sentenceEnd.exec(text)) {
    const boundary = m.index + m[0].length;
    if (boundary <= start) from = boundary;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
    if (m[0].length === 0) sentenceEnd.lastIndex++;
  }
  let best: { tense: 'past' | 'future'; distance: number } | null = null;
  let reported = false;
  cue.lastIndex = from;
  for (let m = cue.exec(text); m !== null && m.index < to; m = cue.exec(text)) {
    const cueEnd = m.index + m[0].length;
    if (cueEnd > start && m.index < end) continue; // inside the expression itself
    if (m.groups?.['report'] !== undefined) {
      reported = true;
      continue;
    }
    const tense = m.groups?.['future'] !== undefined ? 'future' : 'past';
    const distance = cueEnd <= start ? start - cueEnd : m.index - end;
    if (best === null || distance < best.distance) best = { tense, distance };
  }
  return best?.tense ?? (reported ? 'past' : null);
}
