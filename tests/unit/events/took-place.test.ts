/** "..., which took place in 1996": the date of the act told before the "which". */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-05' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() on a "which" clause that dates the act before it', () => {
  it('titles and dates the act, once ("The army seized the capital, which occurred in March")', () => {
    // (was "The capital occurred" in March and "The army seized the capital" on March 5)
    expect(told('The army seized the capital, which occurred in March.')).toEqual([
      ['2024-03', 'The army seized the capital'],
    ]);
    expect(told('Police arrested Smith, which happened on Monday.')).toEqual([
      ['2024-03-04', 'Police arrested Smith'],
    ]);
  });

  it('after a "when" clause, the act of that clause ("when the company overtook ..., which took place in 1996")', () => {
    // (was "Infogear Technology Corp. took place")
    const list = told(
      'Cisco states that it received the trademark in 2000, when the company overtook Infogear Technology Corp., which took place in 1996.',
    );
    expect(list).toContainEqual(['1996', 'The company overtook Infogear Technology Corp.']);
  });

  it('a noun before it with no verb of its own, or a time still to come, stays the noun’s', () => {
    expect(told('The merger, which took place in 1996, created the largest bank.')).toContainEqual([
      '1996',
      'The merger took place',
    ]);
    // (an event's noun after a past verb: "Cisco announced the merger", not that, took place)
    expect(told('Cisco announced the merger, which took place in 1996.')).toContainEqual([
      '1996',
      'The merger took place',
    ]);
    // (a relative clause that tells of the noun is the noun's)
    expect(told('Cisco bought Infogear, which was founded in 1996.')).toContainEqual([
      '1996',
      'Infogear was founded',
    ]);
    // (a noun of an event that takes place, after a verb in the past: the noun's, as on 418718f;
    // was "She attended the ceremony" in June)
    expect(told('She attended the ceremony, which took place in June 1990.')).toEqual([
      ['1990-06', 'The ceremony took place'],
      ['2024-03-05', 'She attended the ceremony'],
    ]);
    expect(told('He described the funeral, which took place on Friday.')).toContainEqual([
      '2024-03-01',
      'The funeral took place',
    ]);
    expect(told('He criticised the summit, which takes place in May.')).toContainEqual([
      '2024-05',
      'The summit takes place',
    ]);
  });
});
