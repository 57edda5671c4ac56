/**
 * Quotations with a day of their own. A quotation is told from the day it was said: in
 * '"We will sign it tomorrow," she said on Wednesday', published on a Thursday, "tomorrow" is that
 * Thursday, not Friday. The day of speech is the date in the quotation's attribution, after it
 * ('," she said on Wednesday', '," Lula told supporters late on Sunday') or before it ('She said
 * on Wednesday: "..."'), and a quotation opening the sentence right after an attributed one goes
 * on with the same speech. Only the words counted from "now" are moved ("today", "tomorrow",
 * "yesterday", "tonight", "this morning"); reported.ts does the same for what was said without
 * quotation marks.
 */
import { dayNumberOf, isoDay } from '../calendar/days.ts';
import type { Timex } from '../types.ts';
import type { TemporalLexicon } from './lexicon.ts';
import { perLexicon } from './per-lexicon.ts';
import { lexiconRegExp } from './regex.ts';

const patternsOf = perLexicon((lexicon) => ({
  after: lexiconRegExp(lexicon.quotedFrom.after, 'i'),
  before: lexiconRegExp(lexicon.quotedFrom.before, 'i'),
  between: lexiconRegExp(lexicon.quotedFrom.between, 'i'),
}));

/** Quotations: “...”, "..." within a paragraph, ``...'' (as news archives write them). */
const QUOTATION = /“[^”]{1,2000}”|"[^"\n]{1,2000}"|``[^`']{1,2000}''/gu;

/** How far an attribution's date may stand from its quotation, in characters. */
const REACH = 120;

/** How far a day of speech may be from the publication, in days: a week's wire copy. */
const SPEECH_REACH = 7;

interface Quotation {
  start: number;
  end: number;
  /** Days from the publication to the day it was said (0: unknown, or the same day). */
  shift: number;
}

/**
 * Moves the day-counted expressions (`dayCounted`: indices into `timexes`) inside quotations
 * whose day of speech is told to count from that day. `timexes` are sorted and resolved.
 */
export function placeQuotedDeixis(
  text: string,
  timexes: Timex[],
  dayCounted: ReadonlySet<number>,
  published: string | null,
  lexicon: TemporalLexicon,
): void {
  if (dayCounted.size === 0 || published === null || !/^\d{4}-\d{2}-\d{2}$/u.test(published))
    return;
  const pubDay = dayNumberOf(published);
  const quotations = quotationsOf(text, timexes, pubDay, lexicon);
  let q = 0;
  // (indices in text order, as the tagger found them)
  for (const index of dayCounted) {
    const timex = timexes[index]!;
    while (q < quotations.length && quotations[q]!.end <= timex.start) q++;
    const quotation = quotations[q];
    if (!quotation || quotation.start >= timex.start || quotation.shift === 0) continue;
    const day = /^\d{4}-\d{2}-\d{2}/u.exec(timex.value)?.[0];
    if (day === undefined) continue;
    timex.value = isoDay(dayNumberOf(day) + quotation.shift) + timex.value.slice(day.length);
  }
}

/** The text's quotations, each with how far its day of speech is from the publication. */
function quotationsOf(
  text: string,
  timexes: readonly Timex[],
  pubDay: number,
  lexicon: TemporalLexicon,
): Quotation[] {
  const { after, before, between } = patternsOf(lexicon);
  const quotations: Quotation[] = [];
  // quotations and timexes both come in text order: one pass over each
  let next = 0;
  for (const m of text.matchAll(QUOTATION)) {
    const start = m.index;
    const end = start + m[0].length;
    while (next < timexes.length && timexes[next]!.start < end) next++;
    let told: Timex | undefined;
    for (let i = next; i < timexes.length && timexes[i]!.start - end < REACH; i++) {
      if (after.test(text.slice(end, timexes[i]!.start))) {
        told = timexes[i];
        break;
      }
    }
    // the last date ending before the quotation opens
    let i = next - 1;
    while (i >= 0 && timexes[i]!.end > start) i--;
    const said = timexes[i];
    if (
      told === undefined &&
      said !== undefined &&
      start - said.end < REACH &&
      between.test(text.slice(said.end, start)) &&
      before.test(text.slice(Math.max(0, said.start - 40), said.start))
    )
      told = said;
    const day = told && /^\d{4}-\d{2}-\d{2}/u.exec(told.value)?.[0];
    let shift = day ? dayNumberOf(day) - pubDay : 0;
    if (shift > 0 || shift < -SPEECH_REACH) shift = 0;
    // ('"Today ...," Lula told supporters on Sunday. "Tomorrow we start ..."': the same speech)
    const previous = quotations.at(-1);
    if (!told && previous && previous.shift !== 0 && goesOn(text.slice(previous.end, start)))
      shift = previous.shift;
    quotations.push({ start, end, shift });
  }
  return quotations;
}

/** Whether the text between two quotations is one attribution, ended by a sentence's end. */
function goesOn(between: string): boolean {
  return between.length < 160 && /[.!?]\s*$/u.test(between) && !/[.!?]\s+\S/u.test(between);
}
