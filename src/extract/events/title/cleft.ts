/**
 * Titles of cleft sentences: "It was a Tuesday morning in September 2001 when the first plane hit
 * the north tower" tells of the plane, not of the morning. The clause after the focus is the
 * event's, when the focus ends with a date (lexicon CLEFT_FOCUS); after a focus on who acted
 * ("It was Smith who scored"), the focus and its act are (lexicon CLEFT_WHO).
 */
import { CLEFT_FOCUS, CLEFT_WHO, LEADING_DATELINE } from '../../lexicon/en/events/titles.ts';
import type { Span } from '../../text/sentences.ts';

const CLEFT = new RegExp(CLEFT_FOCUS.pattern, 'u');
const CLEFT_WHO_RE = new RegExp(CLEFT_WHO.pattern, 'u');
const DATELINE = new RegExp(LEADING_DATELINE.pattern, 'u');

/**
 * The clause after a cleft's focus ("the first plane hit the north tower"), when `clause` is a
 * cleft whose focus ends with one of `dates` (article offsets); else `clause` as it is.
 */
export function afterCleft(
  clause: Span & { text: string },
  dates: readonly Span[],
): Span & { text: string } {
  // ("LONDON (Reuters) - It was a quiet Sunday afternoon in 1967 when the fire started": a lead's
  // dateline comes before the cleft; a dateline is short, so the first words are enough)
  const from = clause.text.startsWith('It ')
    ? 0
    : (DATELINE.exec(clause.text.slice(0, 80))?.[0].length ?? 0);
  // (every cleft opens with "It": a clause that does not is not matched)
  if (!clause.text.startsWith('It ', from)) return clause;
  const text = from === 0 ? clause.text : clause.text.slice(from);
  const who = CLEFT_WHO_RE.exec(text);
  if (who) return focusThenAct(clause, from, who);
  const m = CLEFT.exec(text);
  const focus = m?.groups?.['focus'];
  if (!m || focus === undefined) return clause;
  const focusEnd = clause.start + from + m[0].indexOf(focus) + focus.trimEnd().length;
  // ("It was in 1998 that ...": the focus is the date, up to a comma that closes it)
  if (!dates.some((d) => d.end === focusEnd || d.end === focusEnd - 1)) return clause;
  const start = clause.start + from + m[0].length;
  return { start, end: clause.end, text: text.slice(m[0].length) };
}

/**
 * "It was Smith who scored the winner" -> "Smith scored the winner": from the focus on, "who"
 * blanked (spaces of its length, so that the dates' offsets hold).
 */
function focusThenAct(
  clause: Span & { text: string },
  from: number,
  m: RegExpExecArray,
): Span & { text: string } {
  const at = m[0].indexOf(m.groups!['focus']!);
  const who = m[0].trimEnd().length - 'who'.length;
  const text = clause.text.slice(from);
  const start = clause.start + from + at;
  return {
    start,
    end: clause.end,
    text: `${text.slice(at, who)}${' '.repeat(3)}${text.slice(who + 3)}`,
  };
}
