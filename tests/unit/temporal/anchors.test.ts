/**
 * anchorsOf(): the parts of a rule's pattern that every match contains, the rarest first, so that
 * a rule runs only near them. Fragment ranks here are made up for the test: lower is rarer.
 */
import { describe, expect, it } from 'vitest';
import { anchorsOf, type Commonness } from '../../../src/extract/temporal/anchors.ts';

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
