/**
 * The word boundaries of a rule's match, checked outside its regex but for their ASCII part
 * (execRule): every rule must find exactly what its pattern finds between the boundaries
 * `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])`, letters and digits beyond ASCII included
 * (accented, astral, "ſ" and "K" that case folding makes ASCII, the combining mark U+0345 that
 * it makes a Greek letter), before and after a match.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../src/extract/lexicon/en/temporal/index.ts';
import { compileRule, execRule } from '../../../src/extract/temporal/compile.ts';

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

const rules = ENGLISH.rules.map((rule) => {
  const pattern = compileRule(rule, ENGLISH.fragments);
  // (the regex's own ASCII boundaries are implied by the full ones)
  const reference = new RegExp(BEFORE + pattern.regex.source + AFTER, pattern.regex.flags);
  return { pattern, reference };
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

describe('execRule() checks the word boundaries as the pattern would', () => {
  // (125 rules over every example: the timeouts only catch a hang on a loaded machine)
  it('on the lexicon examples', () => {
    const sentences = ENGLISH.rules.flatMap((rule) =>
      rule.examples.map(([sentence]) => sentence.replace(/[[\]]/g, '')),
    );
    for (let i = 0; i < sentences.length; i += 10) same(sentences.slice(i, i + 10).join(' '));
  }, 60_000);

  it('after letters and digits of any script', () => {
    same('é2023 ñMay 5 ſMay K1990s 𝐀2020 𝟏2020 ͅ2020 x2020 2020 Ⅻ2020 -2020 _May 5 Μay');
    same('2023é May 5ſ May 5, 2023K 1990sK 2020ͅ 2020𝐀 2020𝟏 2020Ⅻ 2020x last weekſ 3 daysé ago');
    same('May 5é, 2023 May 5, 2023é May 5, 2023ͅ and 1999 in the 1990sſ or 1990s');
  });

  it('on generated text', () => {
    const around = ['é', 'ſ', 'K', 'ͅ', '𝐀', '𝟏', 'Ⅻ', 'x', '1', '_', ' ', '-', "'", '\u{1F600}'];
    const words = ['May 5', '2023', '1990s', 'last week', 'Monday', 'today', '3 days ago', 'Q3'];
    const piece = fc.oneof(fc.constantFrom(...around), fc.constantFrom(...words));
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 24 }).map((p) => p.join('')),
        same,
      ),
      { numRuns: 400 },
    );
  }, 60_000);
});
