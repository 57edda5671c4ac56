/**
 * Rules to regular expressions: `{fragment}` placeholders become named groups, and every pattern
 * is held between word boundaries so that no rule matches inside a word or a number.
 *
 * Patterns are case-insensitive; a fragment that must keep its case ("May", not "may") says so
 * with `(?-i:...)`. The engine does not hand that modifier to the regex engine: in large
 * alternations V8 (Node 24) can leave the rest of the pattern case-sensitive after one, so that
 * "Last week" stops matching. Each `(?-i:...)` becomes a group checked, after a match, against
 * its own case-sensitive expression instead.
 */
import type { TemporalLexicon } from './lexicon.ts';
import { anchorSetsOf, isInside, outerKey, type AnchorKey } from './anchors.ts';
import { perLexicon } from './per-lexicon.ts';
import { needsOf } from './needs.ts';
import { compiledAhead, lexiconRegExp } from './regex.ts';
import { spell, wordIndex, type SpelledAnchor, type WordIndex } from './spell.ts';
import type { Rule } from './rule.ts';

/**
 * A pattern ready to run. Its case-insensitive regex keeps the case where the lexicon writes
 * `(?-i:...)` (a regular-expression modifier), so a part that must keep its case fails inside the
 * match and the regex backtracks to a shorter one: "9:30 a.m. gmt on Friday" is "9:30 a.m.".
 */
export interface CompiledPattern {
  /** Run through execRule: it leaves the word boundaries to it, but for their ASCII part. */
  regex: RegExp;
  /** The pattern with the full word boundary after it, sticky, compiled on first use. */
  exact: () => RegExp;
}

export interface CompiledRule extends CompiledPattern {
  rule: Rule;
  /** Position in the lexicon: earlier rules win ties. */
  index: number;
}

/**
 * `{name}`, `{group:name}` or `{:name}` (no group). Quantifiers like `{4}` start with a digit;
 * property escapes like `\p{L}` have a backslash and a letter before.
 */
const PLACEHOLDER = /(?<!\\[pPu])\{(?:(?<group>[A-Za-z]*):)?(?<fragment>[A-Za-z]\w*)\}/g;

/** A pattern with its placeholders replaced by fragment sources. */
export function expandPattern(pattern: string, fragments: TemporalLexicon['fragments']): string {
  return pattern.replace(PLACEHOLDER, (...args: unknown[]) => {
    const groups = args.at(-1) as { group?: string; fragment: string };
    const source = fragments[groups.fragment];
    if (source === undefined) throw new Error(`unknown fragment {${groups.fragment}}`);
    if (groups.group === '') return `(?:${source})`;
    return `(?<${groups.group ?? groups.fragment}>${source})`;
  });
}

const MODIFIER = '(?-i:';

/** Where the group opened at `open` closes (escapes and character classes skipped). */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced parenthesis in ${source}`);
}

/** Replaces each `(?-i:X)` with `(?:X)`: a search for where matches may be, whatever the case. */
function withoutModifiers(source: string): string {
  let out = source;
  for (let at = out.indexOf(MODIFIER); at >= 0; at = out.indexOf(MODIFIER, at)) {
    const close = closingParen(out, at);
    out = `${out.slice(0, at)}(?:${out.slice(at + MODIFIER.length, close)})${out.slice(close + 1)}`;
  }
  return out;
}

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

/**
 * The word boundaries on their own: each matches (empty) where no letter or digit comes before,
 * or after. They have the rules' flags, so that their class is the same under Unicode case
 * folding.
 */
const WORD_START = new RegExp(BEFORE, 'iuy');
const WORD_END = new RegExp(AFTER, 'iuy');

/**
 * The parts of the boundaries that are cheap to compile: no ASCII letter or digit before, or
 * after. Every place the full boundary accepts, they accept; they keep the regex from trying a
 * pattern inside most words, and from ending a match inside most words.
 */
const NOT_AFTER_ASCII_WORD = '(?<![A-Za-z0-9])';
const NOT_BEFORE_ASCII_WORD = '(?![A-Za-z0-9])';

/**
 * A rule's pattern between the cheap parts of the word boundaries, `g` (search) or `y` (sticky);
 * execRule checks the rest. Compiling `\p{L}` and `\p{N}` case-insensitively is costly: V8
 * builds their case closure with ICU for every rule. The pattern is compiled to machine code at
 * once (`compiledAhead`), so that happens once, not for V8's interpreter too: a rule is run on
 * text after text. The pattern with the full boundary after it (`exact`) is compiled only when a
 * match ends before a letter or digit beyond ASCII, which English text seldom has.
 */
export function compileRule(
  rule: Rule,
  fragments: TemporalLexicon['fragments'],
  mode: 'g' | 'y' = 'g',
): CompiledPattern {
  const source = expandPattern(rule.pattern, fragments);
  try {
    const bounded = `${NOT_AFTER_ASCII_WORD}(?:${source})${NOT_BEFORE_ASCII_WORD}`;
    let exact: RegExp | null = null;
    return {
      regex: compiledAhead(new RegExp(bounded, `${mode}iu`)),
      exact: () => (exact ??= new RegExp(`(?:${source})${AFTER}`, 'iuy')),
    };
  } catch (error) {
    throw new Error(`temporal rule "${rule.name}": ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Whether no letter or digit comes before `subject[at]`, or after `subject[end - 1]`, given that
 * no ASCII one does: an ASCII character there is then no letter or digit (case folding makes no
 * ASCII character other than one a letter), and only one beyond ASCII needs the full check.
 */
function startsWord(subject: string, at: number): boolean {
  if (at === 0 || subject.charCodeAt(at - 1) < 0x80) return true;
  WORD_START.lastIndex = at;
  return WORD_START.test(subject);
}

function endsWord(subject: string, end: number): boolean {
  if (end === subject.length || subject.charCodeAt(end) < 0x80) return true;
  WORD_END.lastIndex = end;
  return WORD_END.test(subject);
}

/** The length of the character at `subject[at]`: 2 for a surrogate pair, as a Unicode regex steps. */
const charLength = (subject: string, at: number): number =>
  (subject.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;

/**
 * The next match of a rule in `subject` from its regex's `lastIndex`, as the pattern between
 * the full word boundaries would find it.
 *
 * - A match that starts after a letter or digit is passed over, and the search goes on from the
 *   next character: the first match found that starts a word is the leftmost one there is. (The
 *   boundary before is a lookbehind at the match's start: it does not change what the rest of
 *   the pattern matches from there.)
 * - A match that ends before no letter or digit is the one the full pattern finds there: the
 *   ways of matching the pattern tried before it all ended before an ASCII letter or digit, so
 *   the full pattern would have rejected them too. When it ends before a letter or digit beyond
 *   ASCII, the full pattern (sticky) decides at that place.
 *
 * With `until`, no match starting there or later is looked for (null).
 */
export function execRule(
  pattern: CompiledPattern,
  subject: string,
  until = Infinity,
): RegExpExecArray | null {
  const regex = pattern.regex;
  for (let m = regex.exec(subject); m !== null; m = regex.exec(subject)) {
    const at = m.index;
    // (every match there is starts at or after the first found)
    if (at >= until) return null;
    if (startsWord(subject, at)) {
      if (endsWord(subject, at + m[0].length)) return m;
      const exact = pattern.exact();
      exact.lastIndex = at;
      const full = exact.exec(subject);
      if (full !== null) {
        regex.lastIndex = at + full[0].length;
        return full;
      }
    }
    regex.lastIndex = at + charLength(subject, at);
  }
  return null;
}

/** Every match of a rule alone in a text (for tests and tools). */
export function ruleMatches(
  rule: Rule,
  fragments: TemporalLexicon['fragments'],
  text: string,
): Array<[number, number]> {
  const pattern = compileRule(rule, fragments);
  const found: Array<[number, number]> = [];
  for (let m = execRule(pattern, text); m !== null; m = execRule(pattern, text)) {
    if (m[0].length === 0) pattern.regex.lastIndex++;
    found.push([m.index, m.index + m[0].length]);
  }
  return found;
}

export interface AnchoredRule extends CompiledRule {
  /** Every match contains one of these; null: the rule runs over the whole text. */
  anchors: AnchorKey[] | null;
  /**
   * Every set of anchors a match needs one of: `anchors` first, then those found by their words
   * or digits (cheap to find), whose windows narrow the first's.
   */
  anchorSets: AnchorKey[][];
  /**
   * Finds the literals one of which every match reads (needs.ts), case-insensitively as the
   * rule's regex compares them; null when there are none worth looking for.
   */
  needs: RegExp | null;
}

export interface Scanner {
  rules: AnchoredRule[];
  /**
   * What finds each anchor in a text: no word boundaries, and case-insensitive unless the
   * anchor keeps its case in every match (a superset of where matches are). Used for anchors
   * their words cannot find, and as the reference for those they can.
   */
  triggers: ReadonlyMap<AnchorKey, RegExp>;
  /** The anchors found by their words in one pass over a text (spell.ts), all at once. */
  words: WordIndex;
}

const NAMED_GROUP = /\(\?<(?![=!])\w+>/g;

/** A fragment's source as a plain search: no groups, no case modifiers. */
function plainSource(source: string): string {
  return withoutModifiers(source).replace(NAMED_GROUP, '(?:');
}

/**
 * Whether every letter of a fragment keeps its case (all its words are in `(?-i:...)`, as month
 * names are): its search can then keep the case too, which V8 runs several times faster, and
 * still finds every match, since a match must keep the case anyway.
 */
function keepsCaseThroughout(source: string): boolean {
  let rest = source;
  for (let at = rest.indexOf(MODIFIER); at >= 0; at = rest.indexOf(MODIFIER)) {
    rest = rest.slice(0, at) + rest.slice(closingParen(rest, at) + 1);
  }
  return !/\p{L}/u.test(rest.replace(/\\(?:[pPu]\{[^}]*\}|.)/gu, ''));
}

/** How to find an anchor by its words, or null when only its regular expression can. */
function spellingOf(
  inside: AnchorKey,
  fragments: TemporalLexicon['fragments'],
): SpelledAnchor | null {
  const key = outerKey(inside);
  if (key === 'digit') return null;
  const where = isInside(inside) ? 'inside' : 'start';
  if (key.startsWith('word:')) {
    const word = key.slice('word:'.length).toLowerCase();
    return /^[a-z]+$/.test(word) ? { words: [word], digits: false, caseKept: false, where } : null;
  }
  const source = fragments[key.slice('fragment:'.length)]!;
  const caseKept = keepsCaseThroughout(source);
  const spelling = spell(plainSource(source), caseKept);
  return spelling && { ...spelling, caseKept, where };
}

function triggerOf(inside: AnchorKey, fragments: TemporalLexicon['fragments']): RegExp {
  const key = outerKey(inside);
  if (key === 'digit') return /\d+/g;
  if (key.startsWith('word:')) return lexiconRegExp(key.slice('word:'.length), 'gi');
  const source = fragments[key.slice('fragment:'.length)];
  if (source === undefined) throw new Error(`unknown fragment in anchor ${key}`);
  return lexiconRegExp(plainSource(source), keepsCaseThroughout(source) ? 'g' : 'gi');
}

/**
 * Whether a fragment matches digits only ("1\\d{3}|20\\d{2}"): its occurrences are then taken
 * as whole runs of digits, so that a long run of digits is one anchor, not one per position.
 */
function digitsOnly(source: string): boolean {
  const rest = source
    .replace(/\[(?:\\d|\d|-)+\]/g, '')
    .replace(/\\d/g, '')
    .replace(/\{\d+(?:,\d*)?\}/g, '');
  return /\d|\\d/.test(source) && /^[\d()|?:+*]*$/.test(rest);
}

/**
 * Anchor keys as searched: fragments of digits become `digit`; a fragment the lexicon searches
 * through a wider one becomes that one.
 */
function searchKey(key: AnchorKey, lexicon: TemporalLexicon): AnchorKey {
  if (!key.startsWith('fragment:')) return key;
  const name = key.slice('fragment:'.length);
  const wider = Object.hasOwn(lexicon.anchorSearch, name) ? lexicon.anchorSearch[name]! : name;
  const source = lexicon.fragments[wider];
  return source !== undefined && digitsOnly(source) ? 'digit' : `fragment:${wider}`;
}

/** A string as a regex source that matches it (`u` mode allows no other escapes). */
const escapeLiteral = (literal: string): string => literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Beyond this many first characters, a search for the literals a rule needs is slow. */
const MAX_FIRST_CHARACTERS = 3;

/**
 * Whether looking for the literals a rule needs (needs.ts) can save more than it costs: the
 * search runs over the text between windows, so it must be quick (few first characters, as
 * "0s", "'90" or "quarter"), must not be for words found everywhere ("the"), and must not be
 * for what the rule's anchors already hold ("weekend" for a rule anchored on "weekend"): every
 * window then passes the check. A choice of speed only: the matches found are the same.
 */
function worthChecking(
  literals: readonly string[],
  anchorSets: readonly (readonly AnchorKey[])[],
  lexicon: TemporalLexicon,
): boolean {
  const folded = literals.map((literal) => literal.toLowerCase());
  if (new Set(folded.map((literal) => literal[0])).size > MAX_FIRST_CHARACTERS) return false;
  if (folded.some((literal) => lexicon.anchorCommonWords.includes(literal))) return false;
  const holdsOne = (text: string): boolean => folded.some((literal) => text.includes(literal));
  // an anchor whose every occurrence holds one of the literals
  const holds = (inside: AnchorKey): boolean => {
    const own = anchorNeeds(lexicon)(outerKey(inside));
    return own !== null && own.every(holdsOne);
  };
  return !anchorSets.some((keys) => keys.every(holds));
}

/** What every occurrence of an anchor holds one of, lower case: a word, or a fragment's needs. */
const anchorNeeds = perLexicon((lexicon) => {
  const known = new Map<AnchorKey, string[] | null>();
  return (key: AnchorKey): string[] | null => {
    if (!known.has(key)) {
      let own: string[] | null = null;
      if (key.startsWith('word:')) own = [key.slice('word:'.length)];
      else if (key.startsWith('fragment:')) {
        own = needsOf(`{${key.slice('fragment:'.length)}}`, lexicon.fragments);
      }
      known.set(key, own && own.map((literal) => literal.toLowerCase()));
    }
    return known.get(key)!;
  };
});

/** The lexicon's rules, compiled once, each with its anchors and their triggers. */
export const scannerOf = perLexicon((lexicon): Scanner => {
  const order = new Map(lexicon.anchorOrder.map((name, i) => [name, i]));
  const how = {
    rank: (fragment: string): number => order.get(fragment) ?? lexicon.anchorOrder.length,
    commonWords: new Set(lexicon.anchorCommonWords),
    searchKey: (key: AnchorKey): AnchorKey => searchKey(key, lexicon),
    hasLetters: (fragment: string): boolean =>
      /\p{L}/u.test((lexicon.fragments[fragment] ?? 'x').replace(/\\./g, '')),
  };
  const spellings = new Map<AnchorKey, SpelledAnchor>();
  const cheap = (key: AnchorKey): boolean => {
    if (key === 'digit') return true;
    if (!spellings.has(key)) {
      const spelling = spellingOf(key, lexicon.fragments);
      if (spelling === null) return false;
      spellings.set(key, spelling);
    }
    return true;
  };
  // one check per set of literals, shared by the rules that need the same
  const checks = new Map<string, RegExp>();
  const rules = lexicon.rules.map((rule, index) => {
    const [first, ...more] = anchorSetsOf(rule.pattern, how);
    first?.forEach(cheap);
    const anchorSets = first ? [first, ...more.filter((keys) => keys.every(cheap))] : [];
    const compiled = compileRule(rule, lexicon.fragments);
    let needs: RegExp | null = null;
    const literals = needsOf(rule.pattern, lexicon.fragments);
    if (literals !== null && worthChecking(literals, anchorSets, lexicon)) {
      const source = literals.map(escapeLiteral).join('|');
      needs = checks.get(source) ?? new RegExp(source, 'giu');
      checks.set(source, needs);
    }
    return {
      rule,
      index,
      ...compiled,
      anchors: first ?? null,
      anchorSets,
      needs,
    };
  });
  const triggers = new Map<AnchorKey, RegExp>();
  for (const key of rules.flatMap((r) => r.anchorSets.flat())) {
    if (!triggers.has(key)) triggers.set(key, triggerOf(key, lexicon.fragments));
  }
  return { rules, triggers, words: wordIndex(spellings) };
});
