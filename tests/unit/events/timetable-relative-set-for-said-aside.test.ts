/**
 * Relatives in the subject (made-up sentences, helper h235's probe): a timetable phrase whose verb
 * reads as a participle too ("come into force", "run out") after a relative closed by its own date.
 * The whole extraction runs, tagger included, published on Wednesday 2026-07-15: last Monday
 * 2026-07-13, next Monday 2026-07-20.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function told(raw: string): string[][] {
  return extractArticle({ id: 'x', raw, published: '2026-07-15' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);
}

describe('extractArticle() on "come into force" and "run out" after a dated relative', () => {
  it('splits off the relative, as "take effect" is', () => {
    // (were one clause, "The measures the council approved come into force", in June and on the
    // coming Monday)
    expect(told('The measures the council approved in June come into force on Monday.')).toEqual([
      ['2026-06', 'The council approved the measures'],
      ['2026-07-20', 'The measures come into force'],
    ]);
    expect(
      told('The rules that the board adopted in May come into effect on Monday.'),
    ).toContainEqual(['2026-07-20', 'The rules come into effect']);
    expect(told('The loans that the bank made in 2024 run out on Monday.')).toContainEqual([
      '2026-07-20',
      'The loans run out',
    ]);
  });

  it('keeps a past "came into force" in the past', () => {
    expect(
      told('The measures the council approved in June came into force on Monday.'),
    ).toContainEqual(['2026-07-13', expect.stringContaining('came into force')]);
  });
});

describe('extractArticle() on a "set for" participle in the subject before a past verb', () => {
  it('dates the plan as "scheduled for" is, and leaves "set" out of the title', () => {
    // (was 2027-05 and "The match set was played": "set for" looked ahead, and "set", a noun as
    // often, stayed in the title)
    expect(told('The match set for May was played on Sunday.')).toEqual([
      ['2026-05', 'The match was played'],
      ['2026-07-12', 'The match was played'],
    ]);
  });

  it('still looks ahead where the plan stands', () => {
    expect(told('The match is set for May.')).toEqual([['2027-05', expect.any(String)]]);
    expect(told('The match set for September will be played in Paris.')[0]?.[0]).toBe('2026-09');
  });
});

describe('extractArticle() on a saying inside a relative without commas', () => {
  it('splits off the relative past "police said" and titles each clause', () => {
    // (was one clause, "The man who police said surrendered", in May and on the Monday gone)
    expect(told('On Monday the man who police said fled in May surrendered.')).toEqual([
      ['2026-05', 'Police said the man fled'],
      ['2026-07-13', 'The man surrendered'],
    ]);
  });

  it('leaves a relative without a saying as it was', () => {
    expect(told('On Monday the man who fled in May surrendered.')).toEqual([
      ['2026-05', 'The man fled'],
      ['2026-07-13', 'The man surrendered'],
    ]);
  });
});
