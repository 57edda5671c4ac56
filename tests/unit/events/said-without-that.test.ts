/** What was said without its "that" after a noun phrase is a clause of its own (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string, published = '2026-05-20') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

describe('"said" and a noun phrase with its verb', () => {
  it('the date of what was said titles what was said, not who said it', () => {
    // (was ["2019", "Prosecutors said Hale moved the money into his own accounts"])
    expect(
      titles('Prosecutors said Hale moved the money into his own accounts in 2019.'),
    ).toContainEqual(['2019', 'Hale moved the money into his own accounts']);
  });

  it('what was said of a time still to come stays the news of the saying', () => {
    // (wrong side: a plan keeps who said it, as the news of the saying does)
    expect(
      titles('Lena Ortiz said the combined company would cut $300 million in costs by 2029.'),
    ).toContainEqual([
      '2029',
      'Lena Ortiz said the combined company would cut $300 million in costs',
    ]);
  });

  it('a noun phrase with no verb after it is the object of the saying', () => {
    // (wrong side: "a prayer for the victims" is what was said, no clause)
    expect(titles('The priest said a prayer for the victims of the 1962 flood.')).toEqual([
      ['1962', 'The flood'],
    ]);
  });

  it('whom something was told is no subject of what was told', () => {
    // (wrong side: "told the board" names the hearer; the verb is left whole)
    expect(titles('Lena Ortiz told the board Hale moved the money in 2019.')).toEqual([
      ['2019', 'Lena Ortiz told the board Hale moved the money'],
    ]);
  });
});
