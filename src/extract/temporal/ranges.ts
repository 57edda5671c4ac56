/**
 * Ranges: "between 2014 and 2016", "from May 5 to May 7", "1991 to 1997" pair their two ends;
 * "since February 2022" and "from May 5" start a range whose end the text leaves open, "until
 * 2025" ends one. Each end stays its own expression, as TimeML wants; this pass only marks them.
 */
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { lexiconRegExp } from './regex.ts';

interface RangeCues {
  pairStart: RegExp;
  pairJoin: RegExp;
  join: RegExp;
  start: RegExp;
  end: RegExp;
}

const CACHE = new WeakMap<TemporalLexicon, RangeCues>();

function cuesOf(lexicon: TemporalLexicon): RangeCues {
  let cues = CACHE.get(lexicon);
  if (!cues) {
    const r = lexicon.ranges;
    cues = {
      pairStart: lexiconRegExp(r.pairStart, 'i'),
      pairJoin: lexiconRegExp(r.pairJoin, 'i'),
      join: lexiconRegExp(r.join, 'i'),
      start: lexiconRegExp(r.start, 'i'),
      end: lexiconRegExp(r.end, 'i'),
    };
    CACHE.set(lexicon, cues);
  }
  return cues;
}

const isPoint = (timex: Timex): boolean => timex.type === 'DATE' || timex.type === 'TIME';

/** How much text before an expression the cues look at. */
const LOOK_BEHIND = 24;

/** Marks range ends in place; `timexes` is sorted by start. */
export function markRanges(text: string, timexes: Timex[], lexicon: TemporalLexicon): void {
  const cues = cuesOf(lexicon);
  for (let i = 0; i < timexes.length; i++) {
    const a = timexes[i]!;
    if (!isPoint(a) || a.range) continue;
    const before = text.slice(Math.max(0, a.start - LOOK_BEHIND), a.start);
    const b = timexes[i + 1];
    if (b && isPoint(b) && b.start - a.end <= LOOK_BEHIND) {
      const gap = text.slice(a.end, b.start);
      const paired = cues.pairStart.test(before) ? cues.pairJoin.test(gap) : cues.join.test(gap);
      if (paired) {
        a.range = { role: 'start', other: i + 1 };
        b.range = { role: 'end', other: i };
        i++;
        continue;
      }
    }
    if (cues.start.test(before)) a.range = { role: 'start' };
    else if (cues.end.test(before)) a.range = { role: 'end' };
  }
}
