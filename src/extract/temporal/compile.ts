/**
 * Rules to regular expressions: `{fragment}` placeholders become named groups, and every pattern
 * is held between word boundaries so that no rule matches inside a word or a number.
 */
import type { TemporalLexicon } from './lexicon.ts';
import type { Rule } from './rule.ts';

export interface CompiledRule {
  rule: Rule;
  /** Position in the lexicon: earlier rules win ties. */
  index: number;
  regex: RegExp;
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

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

function compile(rule: Rule, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new Error(`temporal rule "${rule.name}": ${(error as Error).message}`, { cause: error });
  }
}

/** A rule alone, searching the whole text (global). */
export function compileRule(rule: Rule, fragments: TemporalLexicon['fragments']): RegExp {
  return compile(rule, `${BEFORE}(?:${expandPattern(rule.pattern, fragments)})${AFTER}`, 'giu');
}

export interface Scanner {
  rules: CompiledRule[];
  /**
   * Every rule as one alternative (`r0`, `r1`...), without its groups: finds each place where
   * some rule matches at a single pass, the word boundary checked once for all rules.
   */
  any: RegExp;
  /** The names of `any`'s alternatives, by rule. */
  alternatives: string[];
}

const NAMED_GROUP = /\(\?<(?![=!])\w+>/g;

const CACHE = new WeakMap<TemporalLexicon, Scanner>();

/** The lexicon's rules, compiled once: each rule sticky, to be tried where `any` matched. */
export function scannerOf(lexicon: TemporalLexicon): Scanner {
  let scanner = CACHE.get(lexicon);
  if (!scanner) {
    const bodies = lexicon.rules.map((rule) => expandPattern(rule.pattern, lexicon.fragments));
    const rules = lexicon.rules.map((rule, index) => ({
      rule,
      index,
      regex: compile(rule, `${BEFORE}(?:${bodies[index]!})${AFTER}`, 'yiu'),
    }));
    const alternatives = bodies.map((_, i) => `r${i}`);
    const union = bodies.map((body, i) => `(?<r${i}>${body.replace(NAMED_GROUP, '(?:')})`);
    const any = new RegExp(`${BEFORE}(?:${union.join('|')})${AFTER}`, 'giu');
    scanner = { rules, any, alternatives };
    CACHE.set(lexicon, scanner);
  }
  return scanner;
}
