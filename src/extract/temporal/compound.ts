/**
 * A length told in parts is one length: "two hours and 15 minutes" is `PT2H15M`, "five years
 * and six months" `P5Y6M`, "2 hours, 3 minutes and 38 seconds" `PT2H3M38S`. The rules find each
 * part; this pass, once every expression is resolved, joins a run of durations each finer than
 * the one before, when nothing but the lexicon's joining words stands between them.
 */
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

const joinOf = perLexicon((lexicon) => lexiconRegExp(lexicon.durationJoin, 'iu'));

/** A duration's parts, largest first; `T` parts are a day's (hours, minutes, seconds). */
const PARTS = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'] as const;
type Part = (typeof PARTS)[number];

const DURATION =
  /^P(?:(?<Y>\d+)Y)?(?:(?<M>\d+)M)?(?:(?<W>\d+)W)?(?:(?<D>\d+)D)?(?:T(?:(?<TH>\d+)H)?(?:(?<TM>\d+)M)?(?:(?<TS>\d+)S)?)?$/;

/** The parts of a stated, whole-numbered duration value; null for `PXY`, `P1.5Y` and the like. */
function partsOf(value: string): Map<Part, number> | null {
  const groups = value === 'P' || value === 'PT' ? undefined : DURATION.exec(value)?.groups;
  if (groups === undefined) return null;
  const parts = new Map<Part, number>();
  for (const part of PARTS) if (groups[part] !== undefined) parts.set(part, Number(groups[part]));
  return parts.size === 0 ? null : parts;
}

/** The joined value, or null when `finer` is not all below `coarser`'s smallest part. */
function joined(coarser: Map<Part, number>, finer: Map<Part, number>): string | null {
  const smallest = Math.max(...[...coarser.keys()].map((p) => PARTS.indexOf(p)));
  const largest = Math.min(...[...finer.keys()].map((p) => PARTS.indexOf(p)));
  if (largest <= smallest) return null;
  const parts = new Map([...coarser, ...finer]);
  // weeks stand alone in ISO 8601: "two weeks and three days" is 17 days
  if (parts.has('W') && parts.size > 1) {
    parts.set('D', (parts.get('D') ?? 0) + 7 * parts.get('W')!);
    parts.delete('W');
  }
  let value = 'P';
  for (const part of PARTS) {
    const n = parts.get(part);
    if (n === undefined) continue;
    if (part.startsWith('T') && !value.includes('T')) value += 'T';
    value += `${n}${part.at(-1)}`;
  }
  return value;
}

/** The timexes with each run of durations told in parts made one. `timexes` is sorted. */
export function joinDurations(text: string, timexes: Timex[], lexicon: TemporalLexicon): Timex[] {
  const join = joinOf(lexicon);
  const out: Timex[] = [];
  for (const timex of timexes) {
    const last = out.at(-1);
    if (
      last !== undefined &&
      last.type === 'DURATION' &&
      timex.type === 'DURATION' &&
      timex.mod === undefined &&
      join.test(text.slice(last.end, timex.start))
    ) {
      const coarser = partsOf(last.value);
      const finer = partsOf(timex.value);
      const value = coarser && finer && joined(coarser, finer);
      if (value) {
        last.end = timex.end;
        last.text = text.slice(last.start, last.end);
        last.value = value;
        continue;
      }
    }
    out.push(timex);
  }
  return out;
}
