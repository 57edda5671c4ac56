/**
 * One event per dated act (made-up sentences, helper h213's probe): a present verb after "and"
 * and a past verb phrase with its own date, and a plural present verb after a relative closed
 * by its date. The whole extraction runs, tagger included, published on the dates given.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function told(raw: string, published = '2026-03-20'): string[][] {
  return extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);
}

describe('extractArticle() on two dated acts in one sentence', () => {
  it('cuts a present verb with its own date after a dated past verb phrase and "and"', () => {
    // (was one event of March 17, "The central bank left its rate unchanged at its January
    // meeting and meets again")
    expect(
      told(
        'The central bank left its rate unchanged at its January meeting and meets again on March 17.',
        '2026-03-10',
      ),
    ).toEqual([
      ['2026-01', 'The central bank left its rate unchanged at its January meeting'],
      ['2026-03-17', 'The central bank meets again'],
    ]);
    // (a plural noun after "and" is no verb: no adverb or determiner follows it)
    expect(told('The firm sold cars in January and trucks in March.', '2026-03-10')).toContainEqual(
      ['2026-01', 'The firm sold cars'],
    );
  });

  it('reads a plural present after a relative closed by its date as the coming day', () => {
    // (was last Monday: only a verb in -s was read as the main clause's present)
    expect(told('The rules that the council adopted in March apply from Monday.')).toEqual([
      ['2026-03', 'The council adopted the rules'],
      ['2026-03-23', 'The rules apply'],
    ]);
    // (a past main verb keeps the day gone)
    expect(told('The rules that the council adopted in March applied from Monday.')).toContainEqual(
      ['2026-03-16', 'The rules applied'],
    );
  });
});
