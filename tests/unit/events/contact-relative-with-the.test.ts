/**
 * A relative without its pronoun whose subject is "the" and a noun ("The rules the council
 * adopted in February"), made-up sentences from helper h225's probe. The whole extraction runs,
 * tagger included, published on Wednesday 2026-07-15.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function told(raw: string): string[][] {
  return extractArticle({ id: 'x', raw, published: '2026-07-15' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);
}

describe('extractArticle() on a relative without its pronoun, its subject "the" and a noun', () => {
  it('titles the relative from its own subject and the main clause from the noun', () => {
    // (was "The rules the council was adopted" and "The rules the council cut taxes")
    expect(told('The rules the council adopted in February cut taxes from Monday.')).toEqual([
      ['2026-02', 'The council adopted the rules'],
      ['2026-07-13', 'The rules cut taxes'],
    ]);
    // (was "The man the police arrested" and "The man the police was freed")
    expect(told('On Monday the man the police arrested in May was freed.')).toEqual([
      ['2026-05', 'The police arrested the man'],
      ['2026-07-13', 'The man was freed'],
    ]);
  });

  it("puts the noun back before a timetable's phrase", () => {
    // (was "The cuts the council adopted take effect", on the Monday gone)
    expect(told('The cuts the council adopted in March take effect on Monday.')).toEqual([
      ['2026-03', 'The council adopted the cuts'],
      ['2026-07-20', 'The cuts take effect'],
    ]);
  });

  it('leaves an object relative\'s "that the ..." to the object relative', () => {
    expect(
      told('Much of the anger that the plan stirred in May remains, residents said.'),
    ).toContainEqual(['2026-05', 'The plan stirred the anger']);
  });

  it('leaves a date before "the" and a sentence without a dated relative alone', () => {
    expect(told('Last week the council adopted new rules.')).toEqual([
      ['2026-W28', 'The council adopted new rules'],
    ]);
    expect(told('He told the man the police arrested to leave on Monday.')).toEqual([
      ['2026-07-13', 'He told the man the police arrested to leave'],
    ]);
  });
});
