/**
 * The words an anchor is spelled with. Most anchors are words or short phrases ("ago", "from
 * now", a month name); spelled out from the fragment's regex source, each phrase gives the word
 * it is looked for by, so that one pass over a text finds every such anchor at once (find.ts)
 * instead of one regular-expression search per anchor.
 *
 * A phrase is looked for by its longest word ("a couple of" by "couple"): every occurrence of
 * the phrase holds it. A phrase with a digit is looked for among the runs of digits. What cannot
 * be spelled out this way (character ranges, Unicode properties, very many phrases, a phrase
 * whose longest word is one letter, as in "a.m.") is left to the regular expression.
 */

/** How to find an anchor without its regular expression. */
export interface Spelling {
  /** Words one of which every occurrence holds. */
  words: string[];
  /** Whether some phrase holds a digit: runs of digits are occurrences too. */
  digits: boolean;
}

/** Beyond this many phrases a fragment is left to its regular expression. */
const MAX_PHRASES = 4000;

/** A digit in a spelled phrase; any non-letter would do, since only letters make words. */
const DIGIT = '#';

class Unspellable extends Error {}

/** Whether `source[i]` is an ASCII letter with no quantifier after it. */
function isPlainLetter(source: string, i: number): boolean {
  const c = source.charCodeAt(i) | 0x20;
  if (c < 0x61 || c > 0x7a) return false;
  const next = source[i + 1];
  return next !== '?' && next !== '*' && next !== '+' && next !== '{';
}

/** All strings a regex source (the subset the lexicon uses) can match, digits as DIGIT. */
function phrases(source: string): string[] {
  let i = 0;

  const product = (a: string[], b: string[]): string[] => {
    if (a.length * b.length > MAX_PHRASES) throw new Unspellable();
    return a.flatMap((x) => b.map((y) => x + y));
  };

  function repeat(options: string[], min: number, max: number): string[] {
    // zero or one repetition is all a word needs: more repeats only add the same words
    if (min === 0) return max === 0 ? [''] : ['', ...options];
    let out = options;
    for (let k = 1; k < Math.min(min, 2); k++) out = product(out, options);
    return out;
  }

  function quantified(options: string[]): string[] {
    const c = source[i];
    if (c === '?') {
      i++;
      return repeat(options, 0, 1);
    }
    if (c === '*') {
      i++;
      return repeat(options, 0, Infinity);
    }
    if (c === '+') {
      i++;
      return repeat(options, 1, Infinity);
    }
    if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i));
      if (m) {
        i += m[0].length;
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[2] === '' ? Infinity : Number(m[2]);
        return repeat(options, min, max);
      }
    }
    return options;
  }

  function characterClass(): string[] {
    const close = source.indexOf(']', i + 1);
    if (close < 0) throw new Unspellable();
    const body = source.slice(i + 1, close);
    i = close + 1;
    if (body.startsWith('^')) throw new Unspellable();
    const out = new Set<string>();
    for (let k = 0; k < body.length; k++) {
      const c = body[k]!;
      if (c === '\\') {
        const e = body[k + 1] ?? '';
        k++;
        if (e === 'd') out.add(DIGIT);
        else if (e === 's') out.add(' ');
        else if (/[\w]/.test(e)) throw new Unspellable();
        else out.add(e);
      } else if (body[k + 1] === '-' && k + 2 < body.length) {
        const to = body[k + 2]!;
        if (!/\d/.test(c) || !/\d/.test(to)) throw new Unspellable();
        out.add(DIGIT);
        k += 2;
      } else out.add(/\d/.test(c) ? DIGIT : c);
    }
    return [...out];
  }

  function atom(): string[] {
    const c = source[i]!;
    if (c === '(') {
      const head = /^\((\?(?::|<[=!]|[=!]|<\w+>|-i:))?/.exec(source.slice(i))![0];
      i += head.length;
      const inner = alternation();
      i++; // ')'
      // a lookaround matches no text
      return /^\(\?(?:<[=!]|[=!])/.test(head) ? [''] : inner;
    }
    if (c === '[') return characterClass();
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      i += 2;
      if (e === 'd') return [DIGIT];
      if (e === 's') return [' '];
      if (e === 'b' || e === 'B') return [''];
      if (/[\w]/.test(e)) throw new Unspellable();
      return [e];
    }
    i++;
    if (c === '^' || c === '$') return [''];
    if (c === '.') throw new Unspellable();
    return [/\d/.test(c) ? DIGIT : c];
  }

  function sequence(): string[] {
    let out = [''];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      // a run of plain letters is joined on at once: one by one, each letter gives the same
      // phrases (and the same count) with a new list of them for each
      const from = i;
      while (isPlainLetter(source, i)) i++;
      out = product(out, i > from ? [source.slice(from, i)] : quantified(atom()));
    }
    return out;
  }

  function alternation(): string[] {
    const out = sequence();
    while (source[i] === '|') {
      i++;
      out.push(...sequence());
      if (out.length > MAX_PHRASES) throw new Unspellable();
    }
    return out;
  }

  return alternation();
}

/**
 * How to find a fragment's every match by its words, or null when the regular expression must
 * do it. `caseKept`: the words keep their case (month names); else they are lower-cased.
 */
export function spell(source: string, caseKept: boolean): Spelling | null {
  let all: string[];
  try {
    all = phrases(source);
  } catch (error) {
    if (error instanceof Unspellable) return null;
    throw error;
  }
  const words = new Set<string>();
  let digits = false;
  for (const phrase of all) {
    if (phrase.includes(DIGIT)) {
      digits = true;
      continue;
    }
    const longest = phrase
      .split(/[^A-Za-z]+/)
      .reduce((best, word) => (word.length > best.length ? word : best), '');
    if (longest.length < 2) return null;
    words.add(caseKept ? longest : longest.toLowerCase());
  }
  return { words: [...words], digits };
}

/** A spelled anchor as the index takes it: looked for at the start of words, or inside too. */
export interface SpelledAnchor extends Spelling {
  caseKept: boolean;
  where: 'start' | 'inside';
}

/**
 * Words as a table of transitions over the 52 ASCII letters: node n goes on letter l to
 * `next[n * 52 + l]` (0: nowhere; node 0 is the root). Upper-case letters are 0-25, lower-case
 * 26-51; the lower-cased words use only the latter.
 */
interface Trie {
  next: Int32Array;
  /** Per node: the anchors whose word ends there, found at the start of words only ... */
  atStart: ReadonlyArray<readonly number[] | undefined>;
  /** ... and anywhere. */
  anywhere: ReadonlyArray<readonly number[] | undefined>;
}

const LETTERS = 52;

/** A letter's column in a trie, or -1. */
function column(c: number): number {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97 + 26;
  return -1;
}

function trieOf(words: ReadonlyArray<readonly [word: string, id: number, inside: boolean]>): Trie {
  let next = new Int32Array(LETTERS * 64);
  let nodes = 1;
  const atStart: number[][] = [];
  const anywhere: number[][] = [];
  for (const [word, id, inside] of words) {
    let at = 0;
    for (let k = 0; k < word.length; k++) {
      const slot = at * LETTERS + column(word.charCodeAt(k));
      if (next[slot] === 0) {
        if ((nodes + 1) * LETTERS > next.length) {
          const grown = new Int32Array(next.length * 2);
          grown.set(next);
          next = grown;
        }
        next[slot] = nodes++;
      }
      at = next[slot]!;
    }
    const ends = inside ? anywhere : atStart;
    const list = (ends[at] ??= []);
    if (!list.includes(id)) list.push(id);
  }
  return { next, atStart, anywhere };
}

/** Spelled anchors, ready to be found in one pass over a text. */
export interface WordIndex {
  keys: readonly string[];
  /** Per anchor: whether runs of digits are occurrences too. */
  digits: readonly boolean[];
  /** Words that keep their case, and lower-cased words. */
  cased: Trie;
  uncased: Trie;
  /** The first two letters of some word looked for anywhere, lower-cased: a quick test. */
  insideStarts: Uint8Array;
}

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const pairOf = (a: number, b: number): number => ((lower(a) & 0x7f) << 7) | (lower(b) & 0x7f);

export function wordIndex(spelled: ReadonlyMap<string, SpelledAnchor>): WordIndex {
  const keys: string[] = [];
  const digits: boolean[] = [];
  const cased: Array<[string, number, boolean]> = [];
  const uncased: Array<[string, number, boolean]> = [];
  const insideStarts = new Uint8Array(1 << 14);
  for (const [key, spelling] of spelled) {
    const id = keys.length;
    keys.push(key);
    digits.push(spelling.digits);
    const inside = spelling.where === 'inside';
    for (const word of spelling.words) {
      if (inside) insideStarts[pairOf(word.charCodeAt(0), word.charCodeAt(1))] = 1;
      (spelling.caseKept ? cased : uncased).push([word, id, inside]);
    }
  }
  return { keys, digits, cased: trieOf(cased), uncased: trieOf(uncased), insideStarts };
}

/** Records the words of a trie that start at `i` (at the start of a word: all of them). */
function walk(
  text: string,
  i: number,
  trie: Trie,
  lowered: boolean,
  atStart: boolean,
  found: number[][],
): void {
  let at = 0;
  for (let j = i; j < text.length; j++) {
    let col = column(text.charCodeAt(j));
    if (col < 0) return;
    if (lowered && col < 26) col += 26;
    at = trie.next[at * LETTERS + col]!;
    if (at === 0) return;
    const anywhere = trie.anywhere[at];
    if (anywhere) for (const id of anywhere) found[id]!.push(i, j + 1);
    const start = atStart ? trie.atStart[at] : undefined;
    if (start) for (const id of start) found[id]!.push(i, j + 1);
  }
}

/**
 * Every spelled anchor's occurrences in a text, as [start, end, start, end, ...] by anchor: its
 * words at the start of a word (a longer word counts: "Mondays" holds "Monday"), or anywhere for
 * an inside anchor ("weeklong" holds "long"); and the runs of digits where the anchor can hold a
 * digit. `digitRuns` are the text's runs of digits.
 */
export function findWords(
  text: string,
  index: WordIndex,
  digitRuns: readonly number[],
): Map<string, SpelledOccurrences> {
  // (pushed, not mapped: the array `map` returns is packed from the builtin and holey once this
  // function is optimized, and `walk`, compiled for one, was deoptimized at the other)
  const found: number[][] = [];
  for (let id = 0; id < index.keys.length; id++) found.push([]);
  let previousLetter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letter && !previousLetter) {
      walk(text, i, index.cased, false, true, found);
      walk(text, i, index.uncased, true, true, found);
    } else if (letter && index.insideStarts[pairOf(c, text.charCodeAt(i + 1))] === 1) {
      walk(text, i, index.cased, false, false, found);
      walk(text, i, index.uncased, true, false, found);
    }
    previousLetter = letter;
  }
  const out = new Map<string, SpelledOccurrences>();
  index.keys.forEach((key, id) => {
    out.set(key, { words: found[id]!, digits: index.digits[id] ? digitRuns : null });
  });
  return out;
}

/**
 * Where a spelled anchor occurs: its words, and the text's runs of digits when it can hold a
 * digit (kept apart: the windows merge the two as they read them, so no merged copy is made for
 * each such anchor, which on a text of digits is as long as the text).
 */
export interface SpelledOccurrences {
  words: number[];
  digits: readonly number[] | null;
}
