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

  it('a verb that takes a thing for its object keeps it, with the participle after it', () => {
    // (wrong side: was ["2026-03-20", "The boy injured in the crash"])
    expect(
      titles('The hospital admitted the boy injured in the crash on Friday.', '2026-03-20'),
    ).toEqual([['2026-03-20', 'The hospital admitted the boy injured in the crash']]);
  });

  it('a verb with "by" after it is a participle of the noun phrase, not its verb', () => {
    // (wrong side: was ["2026-03-15", "Mass attended by 300 people"])
    expect(titles('The priest said Mass attended by 300 people on Sunday.', '2026-03-20')).toEqual([
      ['2026-03-15', 'The priest said Mass attended by 300 people'],
    ]);
  });

  it('a verb of the present right after a name ends the noun phrase', () => {
    // (wrong side: "Cuba has not" was read as a noun phrase before "prohibited", and the
    // sentence was titled "Cuba has not prohibited Gonzalez from going to Miami")
    expect(titles('He said Cuba has not prohibited Gonzalez from going to Miami in 2019.')).toEqual(
      [['2019', 'He said Cuba has not prohibited Gonzalez from going to Miami']],
    );
  });

  it('a noun phrase with a clause of its own is no subject of what was said', () => {
    // (wrong side: was ["2019", "The man she died"])
    expect(
      titles('She said the man she married in 2019 died on Monday.', '2026-03-20').map((e) => e[1]),
    ).not.toContain('The man she died');
  });

  it("a participle of the noun phrase, the clause's verb after it, leaves the saying whole", () => {
    // (wrong side: was ["1932", "The bridge was unsafe"] besides the saying, the date of
    // "built" given to "was unsafe")
    expect(titles('The minister said the bridge built in 1932 was unsafe.', '2026-03-20')).toEqual([
      ['1932', 'The minister said the bridge was unsafe'],
    ]);
  });
});
