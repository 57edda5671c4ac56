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
      out = product(out, quantified(atom()));
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

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Indices of the anchors whose word ends here. */
  ends: number[];
}

const node = (): TrieNode => ({ next: new Map(), ends: [] });

/** Words by case and by where they are looked for. */
interface Tries {
  cased: TrieNode;
  uncased: TrieNode;
}

/** Spelled anchors, ready to be found in one pass over a text. */
export interface WordIndex {
  keys: readonly string[];
  /** Per anchor: whether runs of digits are occurrences too. */
  digits: readonly boolean[];
  /** Words looked for at the start of a word, and inside words too. */
  start: Tries;
  inside: Tries;
  /** The first two letters of some inside word, lower-cased: a quick test before the tries. */
  insideStarts: Uint8Array;
}

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const pairOf = (a: number, b: number): number => ((lower(a) & 0x7f) << 7) | (lower(b) & 0x7f);

export function wordIndex(spelled: ReadonlyMap<string, SpelledAnchor>): WordIndex {
  const keys: string[] = [];
  const digits: boolean[] = [];
  const start = { cased: node(), uncased: node() };
  const inside = { cased: node(), uncased: node() };
  const insideStarts = new Uint8Array(1 << 14);
  for (const [key, spelling] of spelled) {
    const id = keys.length;
    keys.push(key);
    digits.push(spelling.digits);
    const tries = spelling.where === 'inside' ? inside : start;
    for (const word of spelling.words) {
      if (spelling.where === 'inside') {
        insideStarts[pairOf(word.charCodeAt(0), word.charCodeAt(1))] = 1;
      }
      let at = spelling.caseKept ? tries.cased : tries.uncased;
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(k);
        let next = at.next.get(c);
        if (!next) at.next.set(c, (next = node()));
        at = next;
      }
      if (!at.ends.includes(id)) at.ends.push(id);
    }
  }
  return { keys, digits, start, inside, insideStarts };
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Records the words of `tries` that start at `i`. */
function walk(text: string, i: number, tries: Tries, found: number[][]): void {
  let cased: TrieNode | undefined = tries.cased;
  let uncased: TrieNode | undefined = tries.uncased;
  for (let j = i; j < text.length && (cased || uncased); j++) {
    const c = text.charCodeAt(j);
    if (!isLetter(c)) break;
    cased = cased?.next.get(c);
    uncased = uncased?.next.get(lower(c));
    if (cased) for (const id of cased.ends) found[id]!.push(i, j + 1);
    if (uncased) for (const id of uncased.ends) found[id]!.push(i, j + 1);
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
): Map<string, number[]> {
  const found = index.keys.map((): number[] => []);
  let previousLetter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = isLetter(c);
    if (letter && !previousLetter) {
      walk(text, i, index.start, found);
      walk(text, i, index.inside, found);
    } else if (letter && index.insideStarts[pairOf(c, text.charCodeAt(i + 1))] === 1) {
      walk(text, i, index.inside, found);
    }
    previousLetter = letter;
  }
  const out = new Map<string, number[]>();
  index.keys.forEach((key, id) => {
    const words = found[id]!;
    out.set(key, index.digits[id] ? mergeRuns(words, digitRuns) : words);
  });
  return out;
}

/** Two sorted lists of [start, end] pairs as one sorted list. */
function mergeRuns(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      out.push(a[i]!, a[i + 1]!);
      i += 2;
    } else {
      out.push(b[j]!, b[j + 1]!);
      j += 2;
    }
  }
  return out;
}
