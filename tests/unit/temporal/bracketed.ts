/**
 * Test helpers for sentences that mark the expression under test in [brackets]: "They met on
 * [Friday]." The brackets are taken out before tagging, and the timex must cover exactly the
 * bracketed words.
 */
import { tagTimexes } from '../../../src/extract/temporal/index.ts';
import type { Timex } from '../../../src/extract/types.ts';

/** The text without its brackets and the bracketed expression's offsets in it. */
function bracketed(sentence: string): { text: string; start: number; end: number } {
  const start = sentence.indexOf('[');
  const end = sentence.indexOf(']') - 1;
  return { text: sentence.replace('[', '').replace(']', ''), start, end };
}

/** The timex at the [bracketed] expression; fails when its extent differs. */
export function tagged(sentence: string, published: string | null): Timex {
  const { text, start, end } = bracketed(sentence);
  const timexes = tagTimexes(text, { published });
  const found = timexes.find((t) => t.start === start && t.end === end);
  if (!found) {
    const got = timexes.map((t) => `[${t.text}] ${t.value}`).join(', ');
    throw new Error(`no timex at "${text.slice(start, end)}"; found: ${got || 'none'}`);
  }
  return found;
}

/** The value of the timex at the [bracketed] expression, or undefined when none covers it exactly. */
export function valueAt(sentence: string, published: string): string | undefined {
  const { text, start, end } = bracketed(sentence);
  return tagTimexes(text, { published }).find((t) => t.start === start && t.end === end)?.value;
}
