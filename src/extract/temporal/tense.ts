/**
 * The tense of the sentence around an expression, from the lexicon's cues. A reporting verb right
 * before the expression decides ("said Friday that he would..." is about the saying); else the
 * nearest future, planning or past cue in the same sentence, a cue after the expression counting
 * as further away than one before it (the verb an adjunct hangs on usually comes first); else any
 * reporting verb.
 */
import type { TemporalLexicon } from './lexicon.ts';

export type Tense = 'past' | 'future' | null;

/** How far to look on either side, in characters: about a sentence. */
const REACH_BEFORE = 200;
const REACH_AFTER = 200;
/** A reporting verb this close before the expression governs it: "said Friday", "said on Friday". */
const ADJACENT = 12;
/** How much further a cue after the expression counts than one before it. */
const AFTER_WEIGHT = 1.5;

interface Cues {
  cue: RegExp;
  sentenceEnd: RegExp;
}

const CACHE = new WeakMap<TemporalLexicon, Cues>();

function cuesOf(lexicon: TemporalLexicon): Cues {
  let cues = CACHE.get(lexicon);
  if (!cues) {
    const { future, planned, report, past } = lexicon.tense;
    cues = {
      cue: new RegExp(
        `(?<future>${future})|(?<planned>${planned})|(?<report>${report})|(?<past>${past})`,
        'giu',
      ),
      sentenceEnd: new RegExp(lexicon.sentenceEnd, 'gu'),
    };
    CACHE.set(lexicon, cues);
  }
  return cues;
}

/** The tense of the sentence around text[start, end). */
export function tenseAt(text: string, start: number, end: number, lexicon: TemporalLexicon): Tense {
  const { cue, sentenceEnd } = cuesOf(lexicon);
  // Work on a window of about a sentence, so that no search runs on through a long text.
  const windowStart = Math.max(0, start - REACH_BEFORE);
  const window = text.slice(windowStart, Math.min(text.length, end + REACH_AFTER));
  const at = start - windowStart;
  const atEnd = end - windowStart;
  let from = 0;
  let to = window.length;
  sentenceEnd.lastIndex = 0;
  for (let m = sentenceEnd.exec(window); m !== null; m = sentenceEnd.exec(window)) {
    const boundary = m.index + m[0].length;
    if (boundary <= at) from = boundary;
    else if (m.index >= atEnd) {
      to = m.index;
      break;
    }
    if (m[0].length === 0) sentenceEnd.lastIndex++;
  }
  const sentence = window.slice(0, to);
  let best: { tense: 'past' | 'future'; distance: number } | null = null;
  let reported = false;
  cue.lastIndex = from;
  for (let m = cue.exec(sentence); m !== null; m = cue.exec(sentence)) {
    const cueEnd = m.index + m[0].length;
    if (cueEnd > at && m.index < atEnd) continue; // inside the expression itself
    const before = cueEnd <= at;
    if (m.groups?.['report'] !== undefined) {
      if (before && at - cueEnd <= ADJACENT) return 'past';
      reported = true;
      continue;
    }
    // a plan made before the date puts the date ahead; after it, it is the planning's date
    const planned = m.groups?.['planned'] !== undefined;
    const tense = m.groups?.['past'] !== undefined || (planned && !before) ? 'past' : 'future';
    const distance = before ? at - cueEnd : (m.index - atEnd) * AFTER_WEIGHT;
    if (best === null || distance < best.distance) best = { tense, distance };
  }
  return best?.tense ?? (reported ? 'past' : null);
}
