/**
 * A plural's "take effect" after a relative closed by its own date, and "May" as a name before a
 * past (made-up sentences, helper h225's probe). The whole extraction runs, tagger included,
 * published on Wednesday 2026-07-15: last Monday 2026-07-13, next Monday 2026-07-20.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function told(raw: string): string[][] {
  return extractArticle({ id: 'x', raw, published: '2026-07-15' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);
}

describe('extractArticle() on a timetable after a relative with its own date', () => {
  it('splits off the relative and dates "take effect" ahead', () => {
    // (was one clause, "The rules that the council adopted take effect", in March and on the
    // Monday gone)
    const events = told('The rules that the council adopted in March take effect on Monday.');
    expect(events[0]).toEqual(['2026-03', 'The council adopted the rules']);
    expect(events[1]?.[0]).toBe('2026-07-20');
  });

  it('keeps a past "took effect" in the past', () => {
    expect(
      told('The rules that the council adopted in March took effect on Monday.'),
    ).toContainEqual(['2026-07-13', expect.stringContaining('took effect')]);
  });
});

describe('extractArticle() on "go on sale" after a relative with its own date', () => {
  it('dates going on sale ahead, as "take effect" (made-up, helper h229)', () => {
    // (was the Monday gone, 2026-07-13: the tagger's plural timetable lacked "go on sale")
    expect(
      told('The new models the company unveiled in June go on sale on Monday.'),
    ).toContainEqual(['2026-07-20', 'The new models go on sale']);
  });
});

describe('extractArticle() on "May" before a past', () => {
  it('reads it as a name, not a modal looking ahead', () => {
    // (was next Monday, 2026-07-20)
    expect(told('Theresa May resigned on Monday.')).toEqual([
      ['2026-07-13', 'Theresa May resigned'],
    ]);
    // (so before an irregular past, made-up, helper h229: was the coming Monday, 2026-07-20)
    expect(told('Theresa May said on Monday she would resign.')).toEqual([
      ['2026-07-13', 'Theresa May said she would resign'],
    ]);
    expect(told('Theresa May met the king on Monday.')).toEqual([
      ['2026-07-13', 'Theresa May met the king'],
    ]);
    expect(told('The council may meet on Monday.')).toEqual([
      ['2026-07-20', 'The council may meet'],
    ]);
    // (a modal before a base in -eed still looks ahead)
    expect(told('The bid may succeed on Monday.')).toEqual([['2026-07-20', 'The bid may succeed']]);
  });
});

describe("extractArticle() on a main verb right after a relative's year", () => {
  it('dates the main clause by its own day, not reading the year as a period it closes', () => {
    // (was "The company closed" on the publication day: "1990 closed on Monday" read as a
    // period's end, as "fiscal 2013, which ends in September")
    expect(told('The company he founded in 1990 and sold in 2005 closed on Monday.')).toEqual([
      ['1990', 'He founded the company'],
      ['2005', 'He sold the company'],
      ['2026-07-13', 'The company closed'],
    ]);
    expect(told('The plant that opened in 1990 closed on Monday.')).toContainEqual([
      '2026-07-13',
      'The plant closed',
    ]);
  });
});
