/**
 * The word boundary before a rule's match, checked outside its regex (execRule): every rule must
 * find exactly what its pattern finds with the boundary `(?<![\p{L}\p{N}])` in front, letters
 * and digits beyond ASCII included (accented, astral, "ſ" and "K" that case folding makes ASCII,
 * the combining mark U+0345 that it makes a Greek letter).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../src/extract/lexicon/en/temporal/index.ts';
import { compileRule, execRule } from '../../../src/extract/temporal/compile.ts';

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;

const rules = ENGLISH.rules.map((rule) => {
  const pattern = compileRule(rule, ENGLISH.fragments);
  return { pattern, reference: new RegExp(BEFORE + pattern.regex.source, pattern.regex.flags) };
});

type Found = Array<[number, string, string]>;

/** Every match, from the start, as [index, text, groups]. */
function all(next: () => RegExpExecArray | null, regex: RegExp): Found {
  const found: Found = [];
  regex.lastIndex = 0;
  for (let m = next(); m !== null; m = next()) {
    if (m[0].length === 0) regex.lastIndex++;
    found.push([m.index, m[0], JSON.stringify(m.groups)]);
  }
  return found;
}

function same(text: string): void {
  for (const { pattern, reference } of rules) {
    const outside = all(() => execRule(pattern, text), pattern.regex);
    const inside = all(() => reference.exec(text), reference);
    expect(outside, `${pattern.regex.source.slice(0, 80)} in ${JSON.stringify(text)}`).toEqual(
      inside,
    );
  }
}

describe('execRule() checks the boundary before a match as the pattern would', () => {
  it('on the lexicon examples', () => {
    for (const rule of ENGLISH.rules) {
      for (const [sentence] of rule.examples) same(sentence.replace(/[[\]]/g, ''));
    }
  });

  it('after letters and digits of any script', () => {
    same('é2023 ñMay 5 ſMay K1990s 𝐀2020 𝟏2020 ͅ2020 x2020 2020 Ⅻ2020 -2020 _May 5 Μay');
  });

  it('on generated text', () => {
    const before = ['é', 'ſ', 'K', 'ͅ', '𝐀', '𝟏', 'Ⅻ', 'x', '1', '_', ' ', '-', "'", '\u{1F600}'];
    const words = ['May 5', '2023', '1990s', 'last week', 'Monday', 'today', '3 days ago', 'Q3'];
    const piece = fc.oneof(fc.constantFrom(...before), fc.constantFrom(...words));
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 24 }).map((p) => p.join('')),
        same,
      ),
      { numRuns: 300 },
    );
  });
});
