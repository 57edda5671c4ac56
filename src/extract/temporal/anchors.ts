/**
 * Anchors: for each rule, words or fragments one of which every match must contain ("28 years"
 * contains a unit; "May 5" a month). The engine looks for anchors first and runs a rule only
 * near its anchors, so that text without dates costs little and no input makes every rule run
 * at every word. Anchors are worked out from the pattern itself: a small parse of the regex
 * syntax the lexicon uses, keeping what every path through the pattern must match.
 */

/**
 * `fragment:NAME`, `word:WORD` (a literal word of 3 letters or more) or `digit`. A word or
 * fragment that may follow a letter in a match ("long" in "weeklong") is `inside:` one: it is
 * looked for inside words too, where the others are looked for at the start of a word.
 */
export type AnchorKey = string;

const INSIDE = 'inside:';

/** An anchor key without its `inside:` mark. */
export const outerKey = (key: AnchorKey): AnchorKey =>
  key.startsWith(INSIDE) ? key.slice(INSIDE.length) : key;

/** Whether an anchor is looked for inside words too. */
export const isInside = (key: AnchorKey): boolean => key.startsWith(INSIDE);

type Node =
  | { kind: 'seq'; items: Node[]; min: number }
  | { kind: 'alt'; options: Node[]; min: number }
  | { kind: 'atom'; anchor: AnchorKey | null; min: number; letter?: string; glued?: boolean }
  | { kind: 'look'; min: number };

/** Whether `pattern[i]` is an ASCII letter with no quantifier after it. */
function isPlainLetter(pattern: string, i: number): boolean {
  const c = pattern.charCodeAt(i) | 0x20;
  if (c < 0x61 || c > 0x7a) return false;
  const next = pattern[i + 1];
  return next !== '?' && next !== '*' && next !== '+' && next !== '{';
}

/**
 * Parses a rule pattern (with `{fragment}` placeholders) into nodes. As it reads, it keeps
 * whether the character before the current place may be a letter (never at the start: a rule
 * matches from the start of a word), to mark the anchors that may follow one.
 */
function parse(pattern: string, hasLetters: (fragment: string) => boolean = () => true): Node {
  let i = 0;
  let afterLetter = false;
  const marked = (key: AnchorKey): AnchorKey =>
    afterLetter && key !== 'digit' ? INSIDE + key : key;

  function quantifier(node: Node): Node {
    const c = pattern[i];
    let min: number | null = null;
    if (c === '?' || c === '*') {
      min = 0;
      i++;
    } else if (c === '+') {
      min = 1;
      i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(pattern.slice(i));
      if (m) {
        min = Number(m[1]);
        i += m[0].length;
      }
    }
    if (min === null) return node;
    if (pattern[i] === '?') i++; // lazy
    return { ...node, min: Math.min(node.min, min) };
  }

  function atom(): Node {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if ('pPu'.includes(next) && pattern[i + 2] === '{') {
        i = pattern.indexOf('}', i) + 1;
        afterLetter = true;
        return { kind: 'atom', anchor: null, min: 1 };
      }
      i += 2;
      const anchor = next === 'd' ? 'digit' : null;
      afterLetter = /[wW]/.test(next);
      return { kind: 'atom', anchor, min: 1 };
    }
    if (c === '[') {
      let j = i + 1;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      const body = pattern.slice(i + 1, j);
      i = j + 1;
      // a class may match a letter if it names one, \p{..}, \w, or is negated
      afterLetter = /\p{L}|\\[pPwW]|^\^/u.test(body.replace(/\\[^pPwW]/g, ''));
      return { kind: 'atom', anchor: /^(?:\d-\d|\d|\\d)+$/.test(body) ? 'digit' : null, min: 1 };
    }
    if (c === '(') {
      const head = /^\((\?(?::|<[=!]|[=!]|<\w+>|-i:))?/.exec(pattern.slice(i))![0];
      i += head.length;
      const before = afterLetter;
      const body = alternation();
      i++; // ')'
      if (/^\(\?(?:<[=!]|[=!])/.test(head)) {
        afterLetter = before; // a lookaround reads no text
        return { kind: 'look', min: 0 };
      }
      return { ...body, min: 1 };
    }
    if (c === '{') {
      const m = /^\{(?:(\w*):)?([A-Za-z]\w*)\}/.exec(pattern.slice(i));
      if (m) {
        i += m[0].length;
        const anchor = marked(`fragment:${m[2]}`);
        afterLetter = hasLetters(m[2]!);
        return { kind: 'atom', anchor, min: 1 };
      }
    }
    i++;
    if (c === '^' || c === '$') return { kind: 'look', min: 0 };
    const letter = /\p{L}/u.test(c);
    const glued = afterLetter;
    afterLetter = letter || c === '.';
    if (/\d/.test(c)) return { kind: 'atom', anchor: 'digit', min: 1 };
    if (letter) return { kind: 'atom', anchor: null, min: 1, letter: c.toLowerCase(), glued };
    return { kind: 'atom', anchor: null, min: 1 };
  }

  /** A sequence; runs of single letters become words. */
  function sequence(): Node {
    const items: Node[] = [];
    let word = '';
    let wordGlued = false;
    const flush = (): void => {
      if (word.length >= 3) {
        const key = `word:${word}`;
        items.push({ kind: 'atom', anchor: wordGlued ? INSIDE + key : key, min: 1 });
      }
      word = '';
    };
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      // a plain ASCII letter with no quantifier goes on the word at once, as atom() would give it
      // (most of a pattern is such letters, and the lexicon's patterns are parsed at each start)
      if (isPlainLetter(pattern, i)) {
        if (word === '') wordGlued = afterLetter;
        word += pattern[i]!.toLowerCase();
        afterLetter = true;
        i++;
        continue;
      }
      const before = afterLetter;
      const node = quantifier(atom());
      // what may be left out leaves the letter before it in place
      if (node.min === 0) afterLetter ||= before;
      if (node.kind === 'atom' && node.letter !== undefined && node.min === 1) {
        if (word === '') wordGlued = node.glued ?? false;
        word += node.letter;
        continue;
      }
      flush();
      items.push(node);
    }
    flush();
    return { kind: 'seq', items, min: 1 };
  }

  /** Options start after the same character and may each end in a letter. */
  function alternation(): Node {
    const before = afterLetter;
    const options = [sequence()];
    let after = afterLetter;
    while (pattern[i] === '|') {
      i++;
      afterLetter = before;
      options.push(sequence());
      after ||= afterLetter;
    }
    afterLetter = after;
    return options.length === 1 ? options[0]! : { kind: 'alt', options, min: 1 };
  }

  return alternation();
}

/**
 * How common an anchor is in text: lower is rarer, and a rarer anchor is a better one. Fragments
 * rank as the lexicon says (their place in its list); a literal word ranks among the middling
 * fragments, a long word before a short one ("weekend" before "now"), unless the lexicon lists
 * it as common ("the", "that"): then it ranks with a bare digit, last.
 */
export interface Commonness {
  /** A fragment's rank: lower is rarer. */
  rank: (fragment: string) => number;
  /** Words as common as any: an anchor on them runs a rule nearly everywhere. */
  commonWords?: ReadonlySet<string>;
  /** How an anchor is searched for (a narrow fragment through a wider one); identity if absent. */
  searchKey?: (key: AnchorKey) => AnchorKey;
  /** Whether a fragment may hold a letter (hours do not); every fragment may if absent. */
  hasLetters?: (fragment: string) => boolean;
}

function commonness(inside: AnchorKey, how: Commonness): number {
  const key = outerKey(inside);
  if (key === 'digit') return 100;
  if (key.startsWith('word:')) {
    const word = key.slice('word:'.length);
    if (how.commonWords?.has(word)) return 100;
    return 45 - 2 * Math.min(word.length, 10);
  }
  return how.rank(key.slice('fragment:'.length));
}

interface Choice {
  keys: Set<AnchorKey>;
  cost: number;
}

function choice(keys: Set<AnchorKey>, how: Commonness): Choice {
  return { keys, cost: Math.max(...[...keys].map((k) => commonness(k, how))) * keys.size };
}

const isSubset = (a: Set<AnchorKey>, b: Set<AnchorKey>): boolean => [...a].every((k) => b.has(k));

/**
 * Every way to anchor a node, best (rarest) first; null when some match needs none of its
 * parts. A sequence may be anchored on any of its required parts. An alternation needs an
 * anchor in each option; where an option could use one another option needs anyway ("14:30"
 * and "09:15 GMT" both hold digits), it does, rather than add a common one ("GMT" is found in
 * "get").
 */
function choicesOf(node: Node, how: Commonness): Choice[] | null {
  if (node.min === 0 || node.kind === 'look') return null;
  if (node.kind === 'atom') {
    if (node.anchor === null) return null;
    const searched = how.searchKey?.(outerKey(node.anchor)) ?? outerKey(node.anchor);
    const key = isInside(node.anchor) && searched !== 'digit' ? INSIDE + searched : searched;
    return [choice(new Set([key]), how)];
  }
  if (node.kind === 'alt') {
    const options: Choice[][] = [];
    for (const option of node.options) {
      const choices = choicesOf(option, how);
      if (choices === null) return null;
      options.push(choices);
    }
    const picks = options.map((choices) => choices[0]!);
    options.forEach((choices, i) => {
      const others = new Set(picks.flatMap((pick, j) => (j === i ? [] : [...pick.keys])));
      const shared = choices.find((c) => isSubset(c.keys, others));
      if (shared) picks[i] = shared;
    });
    return [choice(new Set(picks.flatMap((pick) => [...pick.keys])), how)];
  }
  const all = node.items.flatMap((item) => choicesOf(item, how) ?? []);
  return all.length === 0 ? null : all.sort((a, b) => a.cost - b.cost);
}

/**
 * The anchors of a rule's pattern: every match contains at least one of them. Null when the
 * pattern has no part every match needs (the rule then runs everywhere).
 */
export function anchorsOf(pattern: string, how: Commonness): AnchorKey[] | null {
  return anchorSetsOf(pattern, how)[0] ?? null;
}

/**
 * Every set of anchors a rule's matches all need, the rarest first (the first is anchorsOf's):
 * each match contains an anchor of each set. "{number} {unit} ago" needs a unit and "ago", so it
 * need only run where both are near. Sets with a word too common to look for ("the") are left
 * out after the first; empty when the pattern has no part every match needs.
 */
export function anchorSetsOf(pattern: string, how: Commonness): AnchorKey[][] {
  const sets = new Map<string, AnchorKey[]>();
  const common = (inside: AnchorKey): boolean => {
    const key = outerKey(inside);
    return key.startsWith('word:') && (how.commonWords?.has(key.slice('word:'.length)) ?? false);
  };
  for (const choice of choicesOf(parse(pattern, how.hasLetters), how) ?? []) {
    const keys = [...choice.keys].sort();
    if (sets.size > 0 && keys.some(common)) continue;
    sets.set(keys.join('|'), keys);
  }
  return [...sets.values()];
}
