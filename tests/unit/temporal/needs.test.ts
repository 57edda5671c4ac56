/**
 * The literals a rule needs (needs.ts) and the check find.ts makes with them: skipping a window
 * where none occurs must find exactly the matches found without the check, on the lexicon's
 * examples, the wire development set and generated text (case foldings included: "ſ" is "s"
 * and "K" (Kelvin) is "k" to a case-insensitive Unicode regex).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../src/extract/lexicon/en/temporal/index.ts';
import { scannerOf, type Scanner } from '../../../src/extract/temporal/compile.ts';
import { findMatches } from '../../../src/extract/temporal/find.ts';
import { needsOf } from '../../../src/extract/temporal/needs.ts';

describe('needsOf() finds the literals every match reads', () => {
  it('joins what is known exactly: a character, a small class, an optional part', () => {
    expect(needsOf(String.raw`(?:1\d{2}|20\d)0['’]?s`)).toEqual(["0's", '0s', '0’s']);
    expect(needsOf(String.raw`Q[1-4]`)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });

  it('needs one of each option of an alternation, or nothing when an option needs nothing', () => {
    expect(needsOf('fiscal|FY\\d+')).toEqual(['FY', 'fiscal']);
    expect(needsOf(String.raw`fiscal|\d+`)).toBeNull();
  });

  it('counts what a positive lookaround reads, not what a negative one does', () => {
    expect(needsOf(String.raw`\d+(?=\s+ago)`)).toEqual(['ago']);
    expect(needsOf(String.raw`(?<=since\s)\d+`)).toEqual(['since']);
    expect(needsOf(String.raw`\d+(?!\s+ago)`)).toBeNull();
  });

  it('needs nothing of what may be left out or repeated none', () => {
    expect(needsOf(String.raw`(?:early\s+)?\d+`)).toBeNull();
    expect(needsOf(String.raw`(?:early\s+)*\d+`)).toBeNull();
    expect(needsOf(String.raw`(?:early\s+)+\d+`)).toEqual(['early']);
  });

  it('takes what it does not read (classes, properties, back-references) as anything', () => {
    expect(needsOf(String.raw`[^a]b`)).toBeNull();
    expect(needsOf(String.raw`\p{L}+s`)).toBeNull();
    expect(needsOf(String.raw`(?<x>ab)\k<x>`)).toEqual(['ab']);
    expect(needsOf(String.raw`(a)\1c`)).toBeNull();
  });

  it('leaves out sets too short to be worth a search', () => {
    expect(needsOf('a|b')).toBeNull();
    expect(needsOf(String.raw`\d`)).toBeNull();
  });
});

/** The same rules without their checks: the reference. */
function unchecked(scanner: Scanner): Scanner {
  return { ...scanner, rules: scanner.rules.map((rule) => ({ ...rule, needs: null })) };
}

const key = (m: ReturnType<typeof findMatches>[number]): string =>
  `${m.rule.index}:${m.start}-${m.end}:${JSON.stringify(m.groups)}`;

describe('the check for needed literals', () => {
  const scanner = scannerOf(ENGLISH);
  const reference = unchecked(scanner);
  const same = (text: string): void => {
    expect(findMatches(text, scanner).map(key), text.slice(0, 200)).toEqual(
      findMatches(text, reference).map(key),
    );
  };

  it('is made for some rules of the English lexicon', () => {
    expect(scanner.rules.filter((rule) => rule.needs !== null).length).toBeGreaterThan(5);
  });

  it('drops no match on the lexicon examples, alone and run together', () => {
    const sentences = ENGLISH.rules.flatMap((rule) => [
      ...rule.examples.map(([sentence]) => sentence.replace(/[[\]]/g, '')),
      ...rule.counterExamples,
    ]);
    for (const sentence of sentences) same(sentence);
    for (let i = 0; i < sentences.length; i += 40) same(sentences.slice(i, i + 40).join(' '));
  });

  it('drops no match on the wire development set', () => {
    const folder = 'tests/fixtures/articles/wire';
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
      same(readFileSync(`${folder}/${file}`, 'utf8'));
    }
  });

  it('drops no match on generated text', () => {
    const pieces = [
      ...['1990s', "'90s", '’60s', '1960’s', '1990ſ', "'9K", '2023', '1999', '5', '17', '31'],
      ...['Q3', 'q4', 'H1', 'h2,', 'FY2013', 'fy', 'fiscal', 'FISCAL', 'quarter', 'quarters'],
      ...['second', 'secondſ', 'half', 'fortnight', "o'clock", 'o’clock', 'year-ago', 'YEAR'],
      ...['2023-05-17', '17/05/2023', '5/17/2023', '13/', '-05-', '1430', 'GMT', 'EST'],
      ...['the', 'of', 'three', 'first', 'second', 'Monday', 'May', 'ago', 'later', 'earlier'],
      ...['-', '–', "'", '’', ',', '.', ' ', '\n', 'x'.repeat(60), 'words and more words'],
    ];
    const text = fc.oneof(
      fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((p) => p.join(' ')),
      fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((p) => p.join('')),
      fc.string({ maxLength: 300 }),
    );
    fc.assert(fc.property(text, same), { numRuns: 2000 });
  });
});
