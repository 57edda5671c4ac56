/**
 * Literals a rule's every match needs: a small set of strings, one of which is in the text a
 * match reads (what it consumes and what its positive lookarounds look at). "the 1960s" needs
 * "0s", "0's" or "0’s". find.ts skips a window where none of them occurs: the regex could match
 * nothing there, so the matches found are exactly those found without the check.
 *
 * The set is worked out from the rule's pattern, its `{fragment}` placeholders read as the
 * fragments' sources (as compile.ts expands them), conservatively: a part of the pattern this
 * reader does not know (a back-reference, a negated class, a large class) is taken to match
 * anything, which never makes the check drop a window it should keep.
 * Strings are compared as the rule's regex compares them (case-insensitively, Unicode case
 * folding), since the check is itself a regex with the same flags.
 */

/** More strings than this and a set is not worth spelling out. */
const MAX_STRINGS = 48;
/** A set whose shortest string is shorter than this is too common to check for. */
const MIN_LENGTH = 2;

/**
 * What is known of what a part of a pattern matches. `exact`: every string it can match is one
 * of these (in case-insensitive comparison), or null when unknown. `need`: every string it
 * matches contains one of these, none empty; null when nothing is known to be needed.
 */
interface Known {
  exact: ReadonlySet<string> | null;
  need: ReadonlySet<string> | null;
}

const ANYTHING: Known = { exact: null, need: null };
const EMPTY: Known = { exact: new Set(['']), need: null };

/** The length of the shortest string of a set (a loop: the reader asks this for every item). */
function shortest(set: ReadonlySet<string>): number {
  let min = Infinity;
  for (const s of set) if (s.length < min) min = s.length;
  return min;
}

/** Which of two needs is the better check: longer shortest string, then fewer strings. */
function better(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): typeof a {
  if (a === null) return b;
  if (b === null) return a;
  const longer = shortest(a) - shortest(b);
  if (longer !== 0) return longer > 0 ? a : b;
  return a.size <= b.size ? a : b;
}

/** The strings of `set` as a need: null when one of them is empty (nothing is then needed). */
function asNeed(set: ReadonlySet<string> | null): ReadonlySet<string> | null {
  return set === null || set.has('') ? null : set;
}

/** Every string of `a` followed by one of `b`, or null when there would be too many. */
function concat(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> | null {
  if (a.size * b.size > MAX_STRINGS) return null;
  // (a run starts empty: the reader joins every item to it, and no set is changed once made)
  if (a.size === 1 && a.has('')) return b;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** Characters a class `[...]` body holds, or null when it is negated, large or not plain. */
function classMembers(body: string): Set<string> | null {
  if (body.startsWith('^')) return null;
  const chars: string[] = [];
  for (let i = 0; i < body.length;) {
    let c: string;
    if (body[i] === '\\') {
      const next = body[i + 1] ?? '';
      if (next === 'd') {
        for (let d = 0; d <= 9; d++) chars.push(String(d));
        i += 2;
        continue;
      }
      // a letter after the backslash is a class (\s, \w, \p{..}) or a control escape
      if (/[A-Za-z0-9]/.test(next)) return null;
      c = next;
      i += 2;
    } else {
      c = String.fromCodePoint(body.codePointAt(i)!);
      i += c.length;
    }
    if (body[i] === '-' && i + 1 < body.length) {
      const to = body[i + 1] === '\\' ? null : String.fromCodePoint(body.codePointAt(i + 1)!);
      if (to === null) return null;
      const from = c.codePointAt(0)!;
      const end = to.codePointAt(0)!;
      if (end - from > MAX_STRINGS) return null;
      for (let p = from; p <= end; p++) chars.push(String.fromCodePoint(p));
      i += 1 + to.length;
      continue;
    }
    chars.push(c);
  }
  return chars.length > 0 && chars.length <= MAX_STRINGS ? new Set(chars) : null;
}

type Fragments = Readonly<Record<string, string>>;

/** `{name}`, `{group:name}` or `{:name}`, as compile.ts expands them (quantifiers start with a digit). */
const PLACEHOLDER = /\{(?:[A-Za-z]*:)?([A-Za-z]\w*)\}/y;

/** Fragments already read, by lexicon fragments and source. */
const readFragments = new WeakMap<Fragments, Map<string, Known>>();

/** What a literal character matches: itself (the same object for each character). */
const literals = new Map<string, Known>();
function literal(char: string): Known {
  let known = literals.get(char);
  if (known === undefined) literals.set(char, (known = { exact: new Set([char]), need: null }));
  return known;
}

/** Whether `source[i]` is an ASCII letter with no quantifier after it. */
function isPlainLetter(source: string, i: number): boolean {
  const c = source.charCodeAt(i) | 0x20;
  if (c < 0x61 || c > 0x7a) return false;
  const next = source[i + 1];
  return next !== '?' && next !== '*' && next !== '+' && next !== '{';
}

/**
 * A counted quantifier ("{1,2}") and a group's opening ("(?:", "(?<name>"), read where the reader
 * is (sticky: a search from there on, or a copy of the rest of the source, costs more).
 */
const COUNTED = /\{(\d+)(?:(,)(\d*))?\}/y;
const GROUP_HEAD = /\((\?(?::|<[=!]|[=!]|<[A-Za-z_$][\w$]*>|[-ims]+:))?/y;

/** A reader of a regex source, `u` mode syntax. */
class Reader {
  private i = 0;
  private readonly source: string;
  private readonly fragments: Fragments | undefined;

  constructor(source: string, fragments?: Fragments) {
    this.source = source;
    this.fragments = fragments;
  }

  read(): Known {
    const known = this.alternation();
    if (this.i !== this.source.length) return ANYTHING;
    return known;
  }

  /** A `{fragment}` placeholder: what its source matches, read once per fragment. */
  private placeholder(): Known | null {
    if (this.fragments === undefined) return null;
    PLACEHOLDER.lastIndex = this.i;
    const m = PLACEHOLDER.exec(this.source);
    const source = m === null ? undefined : this.fragments[m[1]!];
    if (source === undefined) return null;
    this.i = PLACEHOLDER.lastIndex;
    const read = readFragments.get(this.fragments) ?? new Map<string, Known>();
    readFragments.set(this.fragments, read);
    let known = read.get(source);
    if (known === undefined) read.set(source, (known = new Reader(source, this.fragments).read()));
    return known;
  }

  /** Options: each must need something for the whole to. */
  private alternation(): Known {
    const options = [this.sequence()];
    while (this.source[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    if (options.length === 1) return options[0]!;
    let exact: Set<string> | null = new Set();
    let need: Set<string> | null = new Set();
    for (const option of options) {
      if (exact !== null && option.exact !== null) for (const s of option.exact) exact.add(s);
      else exact = null;
      const own = better(option.need, asNeed(option.exact));
      if (need !== null && own !== null) for (const s of own) need.add(s);
      else need = null;
    }
    if (exact !== null && exact.size > MAX_STRINGS) exact = null;
    if (need !== null && need.size > MAX_STRINGS) need = null;
    return { exact, need };
  }

  /**
   * Items one after another: runs of items known exactly are joined ("0", "['’]?", "s" give
   * "0s", "0's", "0’s"); the best of those runs and of the items' own needs is the need.
   */
  private sequence(): Known {
    let need: ReadonlySet<string> | null = null;
    let run: ReadonlySet<string> | null = EMPTY.exact;
    // whether every item so far is known exactly and joined: the run is then the whole sequence
    let whole = true;
    while (this.i < this.source.length && this.source[this.i] !== '|') {
      if (this.source[this.i] === ')') break;
      const letters = this.plainLetters();
      const item = letters === '' ? this.quantified() : { exact: new Set([letters]), need: null };
      need = better(need, item.need);
      const joined: ReadonlySet<string> | null =
        run !== null && item.exact !== null ? concat(run, item.exact) : null;
      if (joined !== null) run = joined;
      else {
        whole = false;
        need = better(need, asNeed(run));
        run = item.exact;
      }
    }
    need = better(need, asNeed(run));
    return { exact: whole ? run : null, need };
  }

  /**
   * The ASCII letters from here on that no quantifier follows, read as one item: joined to the
   * run at once, they give what joining them one by one gives (the run keeps its size), without a
   * set for each letter (most of a pattern is such letters, read at every start).
   */
  private plainLetters(): string {
    const from = this.i;
    while (isPlainLetter(this.source, this.i)) this.i++;
    return this.source.slice(from, this.i);
  }

  /** An atom and its quantifier. */
  private quantified(): Known {
    const atom = this.atom();
    const c = this.source[this.i];
    let min: number;
    let max: number;
    if (c === '?') {
      min = 0;
      max = 1;
    } else if (c === '*') {
      min = 0;
      max = Infinity;
    } else if (c === '+') {
      min = 1;
      max = Infinity;
    } else {
      let m: RegExpExecArray | null = null;
      if (c === '{') {
        COUNTED.lastIndex = this.i;
        m = COUNTED.exec(this.source);
      }
      if (m === null) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    }
    this.i++;
    if (this.source[this.i] === '?') this.i++; // lazy
    if (min === 0 && max === 1) {
      return { exact: atom.exact && new Set([...atom.exact, '']), need: null };
    }
    if (min === 0) return ANYTHING;
    // at least once: what one copy needs, the whole needs
    const need = better(atom.need, asNeed(atom.exact));
    if (min === 1 && max === 1) return atom;
    return { exact: null, need };
  }

  private atom(): Known {
    const s = this.source;
    const c = s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') {
      let j = this.i + 1;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      const members = classMembers(s.slice(this.i + 1, j));
      this.i = j + 1;
      return members ? { exact: members, need: null } : ANYTHING;
    }
    if (c === '\\') return this.escape();
    if (c === '{') {
      const fragment = this.placeholder();
      if (fragment !== null) return fragment;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '.') {
      this.i++;
      return ANYTHING;
    }
    const char = String.fromCodePoint(s.codePointAt(this.i)!);
    this.i += char.length;
    return literal(char);
  }

  private escape(): Known {
    const s = this.source;
    const next = s[this.i + 1] ?? '';
    this.i += 2;
    if (next === 'b' || next === 'B') return EMPTY;
    if (next === 'd') return { exact: classMembers('0-9'), need: null };
    if ((next === 'p' || next === 'P' || next === 'u') && s[this.i] === '{') {
      this.i = s.indexOf('}', this.i) + 1;
      return ANYTHING;
    }
    if (next === 'k' && s[this.i] === '<') {
      this.i = s.indexOf('>', this.i) + 1;
      return ANYTHING;
    }
    if (next === 'u') {
      this.i += 4;
      return ANYTHING;
    }
    if (next === 'x') {
      this.i += 2;
      return ANYTHING;
    }
    if (next === 'c') {
      this.i++;
      return ANYTHING;
    }
    // a letter or digit is a class, a control character or a back-reference; the rest is itself
    if (/[A-Za-z0-9]/.test(next)) return ANYTHING;
    return literal(next);
  }

  /** A group: its body; a lookaround reads no text, but a positive one needs its body's need. */
  private group(): Known {
    GROUP_HEAD.lastIndex = this.i;
    const head = GROUP_HEAD.exec(this.source)![0];
    this.i += head.length;
    const body = this.alternation();
    if (this.source[this.i] !== ')') throw new Error('unbalanced group');
    this.i++;
    if (head === '(?=' || head === '(?<=') return { exact: new Set(['']), need: body.need };
    if (head === '(?!' || head === '(?<!') return EMPTY;
    // a modifier group is read as it is: the check ignores case everywhere, a superset
    return body;
  }
}

/**
 * The strings one of which every match of a regex (source with `iu` flags) reads, or null when
 * the reader finds none worth checking for. With `fragments`, the source is a rule's pattern:
 * its `{fragment}` placeholders stand for their sources (as compile.ts expands them), and each
 * fragment is read once, however many rules hold it.
 */
export function needsOf(source: string, fragments?: Fragments): string[] | null {
  let known: Known;
  try {
    known = new Reader(source, fragments).read();
  } catch {
    return null;
  }
  const need = better(known.need, asNeed(known.exact));
  if (need === null || shortest(need) < MIN_LENGTH) return null;
  return [...need].sort();
}
