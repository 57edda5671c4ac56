/**
 * anchorsOf(), anchorSetsOf(): the parts of a rule's pattern that every match contains, the
 * rarest first, so that a rule runs only near them (fragment ranks here are made up for the test:
 * lower is rarer); how the English anchors are searched for; lexiconRegExp(), which compiles the
 * lexicon's cues; spell() and findWords(), which find most anchors by their words in one pass.
 */
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../src/extract/lexicon/en/temporal/index.ts';
import { anchorSetsOf, anchorsOf, type Commonness } from '../../../src/extract/temporal/anchors.ts';
import { scannerOf } from '../../../src/extract/temporal/compile.ts';
import { lexiconRegExp } from '../../../src/extract/temporal/regex.ts';
import {
  findWords,
  spell,
  wordIndex,
  type SpelledAnchor,
  type Spelling,
} from '../../../src/extract/temporal/spell.ts';

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

describe('anchorSetsOf() lists every part a rule needs', () => {
  it.each<[string, string[][]]>([
    // every required part, the rarest first
    ['{month}\\s+{unit}', [['fragment:month'], ['fragment:unit']]],
    ['(?:{month}\\s+)?{unit}\\s+ago', [['word:ago'], ['fragment:unit']]],
    // a part that may follow a letter is looked for inside words too ("weeklong")
    ['{unit}-?long', [['inside:word:long'], ['fragment:unit']]],
    ['{hour}:?{minute}\\s*{zone}', [['fragment:zone'], ['digit']]],
    ['{unit}\\s+long', [['word:long'], ['fragment:unit']]],
    ['{unit}\\s*long', [['inside:word:long'], ['fragment:unit']]],
    // a word too common to look for narrows nothing
    ['the\\s+{unit}', [['fragment:unit']]],
    ['(?:{month})?', []],
  ])('%s -> %j', (pattern, sets) => {
    const letters: Commonness = { ...how, hasLetters: (f) => f !== 'hour' && f !== 'minute' };
    expect(anchorSetsOf(pattern, letters)).toEqual(sets);
  });
});

describe('spell() finds the words an anchor is looked for by', () => {
  it.each<[string, boolean, Spelling | null]>([
    ['ago|from\\s+now|hence', false, { words: ['ago', 'from', 'hence'], digits: false }],
    [
      'decades?|centur(?:y|ies)',
      false,
      { words: ['decade', 'decades', 'century', 'centuries'], digits: false },
    ],
    ['a\\s+couple\\s+of|dozen', false, { words: ['couple', 'dozen'], digits: false }],
    ['(?:Jan|Sept)\\.?|May(?=,)', true, { words: ['Jan', 'Sept', 'May'], digits: false }],
    ['\\d{1,2}(?:st|nd)|first', false, { words: ['first'], digits: true }],
    // what words cannot find is left to the regular expression
    ['[ap]\\.m\\.', false, null],
    ['[a-z]+ing', false, null],
    ['\\p{Lu}\\w+', false, null],
  ])('%s -> %j', (source, caseKept, spelling) => {
    expect(spell(source, caseKept)).toEqual(spelling);
  });
});

describe('findWords() finds spelled anchors in one pass', () => {
  const index = wordIndex(
    new Map<string, SpelledAnchor>([
      ['unit', { words: ['day', 'days', 'week'], digits: false, caseKept: false, where: 'start' }],
      ['month', { words: ['May'], digits: false, caseKept: true, where: 'start' }],
      ['long', { words: ['long'], digits: false, caseKept: false, where: 'inside' }],
      ['day', { words: ['first'], digits: true, caseKept: false, where: 'start' }],
    ]),
  );
  const text = 'a Weeklong May holiday, may be 5 days; the 12th or first';
  const found = findWords(text, index, [31, 32, 43, 45]);
  /** The words of a key, and the runs of digits it may hold, in text order. */
  const words = (key: string): string[] => {
    const { words: list, digits } = found.get(key)!;
    const pairs = [list, digits ?? []].flatMap((l) =>
      l.flatMap((start, k) => (k % 2 === 0 ? [[start, l[k + 1]!] as const] : [])),
    );
    return pairs.sort((a, b) => a[0] - b[0]).map(([start, end]) => text.slice(start, end));
  };

  it('at the start of words, a longer word included, in any case unless kept', () => {
    expect(words('unit')).toEqual(['Week', 'day', 'days']);
    expect(words('month')).toEqual(['May']);
  });

  it('inside words for an inside anchor', () => {
    expect(words('long')).toEqual(['long']);
  });

  it('runs of digits for an anchor that may hold one', () => {
    expect(words('day')).toEqual(['5', '12', 'first']);
    expect(found.get('unit')!.digits).toBeNull();
  });
});
