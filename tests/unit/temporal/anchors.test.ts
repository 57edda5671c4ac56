/**
 * anchorsOf(): the parts of a rule's pattern that every match contains, the rarest first, so that
 * a rule runs only near them (fragment ranks here are made up for the test: lower is rarer); how
 * the English anchors are searched for; and lexiconRegExp(), which compiles the lexicon's cues.
 */
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../src/extract/lexicon/en/temporal/index.ts';
import { anchorsOf, type Commonness } from '../../../src/extract/temporal/anchors.ts';
import { scannerOf } from '../../../src/extract/temporal/compile.ts';
import { lexiconRegExp } from '../../../src/extract/temporal/regex.ts';

const RANKS: Record<string, number> = { month: 1, zone: 5, unit: 40, hour: 60, minute: 61 };
const how: Commonness = {
  rank: (fragment) => RANKS[fragment] ?? 99,
  commonWords: new Set(['the', 'that']),
  // hours and minutes are searched for as runs of digits
  searchKey: (key) => (key === 'fragment:hour' || key === 'fragment:minute' ? 'digit' : key),
};

describe('anchorsOf() picks the parts a rule runs near', () => {
  it.each<[string, string[] | null]>([
    // a sequence: the rarest required part
    ['{month}\\s+{unit}', ['fragment:month']],
    ['(?:{month}\\s+)?{unit}', ['fragment:unit']],
    // a literal word ranks by length, unless it is common
    ['weekend\\s+{unit}', ['word:weekend']],
    ['the\\s+{unit}', ['fragment:unit']],
    ['that\\s+(?:{unit}|{month})', ['fragment:month', 'fragment:unit']],
    // an alternation needs an anchor in every option ...
    ['{month}|{unit}', ['fragment:month', 'fragment:unit']],
    // ... and takes one another option needs anyway over a rarer one of its own
    ['{hour}:{minute}|{hour}:{minute}\\s+{zone}', ['digit']],
    // no part every match needs: the rule runs everywhere
    ['(?:{month})?', null],
    ['{month}|x', null],
  ])('%s -> %j', (pattern, anchors) => {
    expect(anchorsOf(pattern, how)).toEqual(anchors);
  });
});

describe('anchor searches', () => {
  const { triggers } = scannerOf(ENGLISH);

  it.each([
    ['fragment:monthBeforeDay', false],
    ['fragment:weekdayShort', false],
    ['fragment:holiday', false],
    ['fragment:unit', true],
    ['fragment:season', true],
  ])('%s is searched case-insensitively: %s', (key, insensitive) => {
    expect(triggers.get(key)?.flags.includes('i')).toBe(insensitive);
  });

  it('a case-keeping search still finds every name a rule can match', () => {
    const text = 'In May, MAY and Sept. but not may or march';
    const found = [...text.matchAll(triggers.get('fragment:monthBeforeDay')!)].map((m) => m[0]);
    expect(found).toEqual(['May', 'MAY', 'Sept.']);
  });
});

describe('lexiconRegExp()', () => {
  it('uses Unicode mode only where the source needs it', () => {
    expect(lexiconRegExp(String.raw`said|told`, 'gi').flags).toBe('gi');
    expect(lexiconRegExp(String.raw`(?=\p{Lu})`, 'g').flags).toBe('gu');
    expect(lexiconRegExp(String.raw`\u{1F600}`, 'g').flags).toBe('gu');
  });

  it('matches curly apostrophes and case as in Unicode mode', () => {
    const source = String.raw`\b(?:won['’]t|['’]ll)\b`;
    const text = 'He WON’T go; they’ll stay';
    const plain = [...text.matchAll(lexiconRegExp(source, 'gi'))].map((m) => m.index);
    const unicode = [...text.matchAll(new RegExp(source, 'giu'))].map((m) => m.index);
    expect(plain).toEqual(unicode);
    expect(plain).toHaveLength(2);
  });
});
