/**
 * One clause, several dates: "In 1998 Apple introduced the iMac, in 2001 the iPod and the
 * following year Mac OS X was released." Each date's event is titled by its own stretch of the
 * clause, cut at commas and "and" between the dates; a stretch without a verb borrows the
 * clause's subject and verb ("Apple introduced the iPod").
 */
import type { Timex } from '../types.ts';
import type { Span } from '../text/sentences.ts';
import { isVerbish } from '../text/verbs.ts';
import { tokenize } from '../text/words.ts';
import { PLACE_AFTER_COMMA } from '../lexicon/en/events/titles.ts';

export interface Segment {
  span: Span & { text: string };
  /** Words to put before the stretch when it has no verb of its own ('' when none is found). */
  gapped?: string | undefined;
}

/** Where the stretches of a clause divide: a comma, a semicolon, or "and"/"then" between words. */
const BOUNDARY = /,\s+|;\s+|\s+(?:and|then)\s+/gu;
const PLACE_PART = new RegExp(PLACE_AFTER_COMMA, 'u');

/** Whether the comma at `at` is one of a place name's ("the Buffalo, N.Y., area"): no divide. */
function inPlaceName(text: string, at: number): boolean {
  const after = /^,\s+(?<word>\S+)/u.exec(text.slice(at, at + 20))?.groups?.['word'] ?? '';
  const before = /(?<word>\S+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.groups?.['word'];
  return PLACE_PART.test(after) || PLACE_PART.test(before ?? '');
}

export function dateSegment(
  clause: Span & { text: string },
  date: Timex,
  anchors: readonly Timex[],
): Segment {
  const others = anchors.filter(
    (a) => a !== date && a.start >= clause.start && a.end <= clause.end,
  );
  if (others.length === 0) return { span: clause };
  // the boundaries that lie between this date and another one
  let start = clause.start;
  let end = clause.end;
  for (const m of clause.text.matchAll(BOUNDARY)) {
    if (m[0].startsWith(',') && inPlaceName(clause.text, m.index)) continue;
    const at = clause.start + m.index;
    // "in March and June": dates side by side share their stretch
    const between = others.some(
      (o) =>
        ((o.end <= at && at < date.start) || (date.end <= at && at < o.start)) &&
        wordsBetween(clause, o, date) > 1,
    );
    if (!between) continue;
    if (at < date.start) start = Math.max(start, at + m[0].length);
    else end = Math.min(end, at);
  }
  if (start === clause.start && end === clause.end) return { span: clause };
  const text = clause.text.slice(start - clause.start, end - clause.start);
  const hasVerb = tokenize(text).some((t) => isVerbish(t.text));
  return {
    span: { start, end, text },
    gapped: hasVerb ? undefined : (subjectAndVerb(clause, anchors) ?? ''),
  };
}

function wordsBetween(clause: Span & { text: string }, a: Span, b: Span): number {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return tokenize(clause.text.slice(first.end - clause.start, second.start - clause.start)).length;
}

/** "Apple introduced" from "In 1998 Apple introduced the iMac ...": up to the first verb, dates left out. */
function subjectAndVerb(
  clause: Span & { text: string },
  anchors: readonly Timex[],
): string | undefined {
  const tokens = tokenize(clause.text, clause.start).filter(
    (t) => !anchors.some((a) => t.start >= a.start && t.end <= a.end),
  );
  const verb = tokens.findIndex((t) => isVerbish(t.text));
  if (verb <= 0) return undefined;
  const words = tokens.slice(0, verb + 1).map((t) => t.text);
  // a leading preposition belonged to a date ("In 1998 Apple introduced")
  while (
    words.length > 2 &&
    /^\p{Ll}+$/u.test(words[0]!.toLowerCase()) &&
    /^(?:in|on|at|by|since|during)$/iu.test(words[0]!)
  )
    words.shift();
  return words.length <= 6 ? words.join(' ') : undefined;
}
