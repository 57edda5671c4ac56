/**
 * Two subjects, the first with an appositive that holds a participle and its own date: "Smith,
 * the coach hired in 2019, and Jones, the manager, were fired on Monday". The appositive is no
 * clause (the splitter does not cut at ", and"), and its date is its participle's act.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { splitClauses } from '../../../src/extract/text/clauses.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-22' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('a subject with a dated appositive, then "and" and a second subject', () => {
  it('is one clause', () => {
    const text = 'Smith, the coach hired in 2019, and Jones, the manager, were fired on Monday.';
    expect(splitClauses({ start: 0, end: text.length, text }).map((c) => c.text)).toEqual([text]);
  });

  it('tells both subjects of the verb, and the appositive’s act of the first', () => {
    // (were "Smith, the coach hired" in 2019 and "Jones were fired")
    expect(
      told('Smith, the coach hired in 2019, and Jones, the manager, were fired on Monday.'),
    ).toEqual([
      ['2019', 'Smith was hired'],
      ['2026-03-16', 'Smith and Jones were fired'],
    ]);
    // (were "Smith, the former minister jailed" and "His wife were freed")
    expect(
      told('Smith, the former minister jailed in 2019, and his wife were freed on Monday.'),
    ).toEqual([
      ['2019', 'Smith was jailed'],
      ['2026-03-16', 'Smith and his wife were freed'],
    ]);
  });

  it('an appositive with a participle and a date, before the verb, tells that act', () => {
    // (was "Smith, the first woman appointed")
    expect(told('Smith, the first woman appointed in 2010, resigned on Monday.')).toEqual([
      ['2010', 'Smith was appointed'],
      ['2026-03-16', 'Smith resigned'],
    ]);
  });
});
