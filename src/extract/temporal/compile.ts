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

export function compileRule(rule: Rule, fragments: TemporalLexicon['fragments']): RegExp {
  const body = expandPattern(rule.pattern, fragments);
  try {
    return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`, 'giu');
  } catch (error) {
    throw new Error(`temporal rule "${rule.name}": ${(error as Error).message}`, { cause: error });
  }
}

const CACHE = new WeakMap<TemporalLexicon, CompiledRule[]>();

/** The lexicon's rules, compiled once. */
export function compiledRules(lexicon: TemporalLexicon): CompiledRule[] {
  let compiled = CACHE.get(lexicon);
  if (!compiled) {
    compiled = lexicon.rules.map((rule, index) => ({
      rule,
      index,
      regex: compileRule(rule, lexicon.fragments),
    }));
    CACHE.set(lexicon, compiled);
  }
  return compiled;
}
