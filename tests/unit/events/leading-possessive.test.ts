/** A title opening with "His" or "Her" names whose it is, as a leading "he" does (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string, published = '2026-03-20') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

describe('a leading possessive ("His car", "Her husband")', () => {
  it('"Her husband" is the husband of the woman last named', () => {
    // (was "Her husband Tomas joined the business")
    expect(
      titles(
        'Marta Vidal opened her first bakery in Lorem in 1998. Her husband Tomas joined the business in 2003.',
      ),
    ).toContainEqual(['2003', 'Marta Vidal’s husband Tomas joined the business']);
  });

  it('"His brother" is the brother of the man last named', () => {
    // (was "His brother was arrested in Lorem")
    expect(
      titles(
        'Police questioned Daniel Okafor on Monday. His brother was arrested in Lorem on March 3.',
      ),
    ).toContainEqual(['2026-03-03', 'Daniel Okafor’s brother was arrested in Lorem']);
  });

  it('stays when no one is named before it', () => {
    expect(titles('The storm hit the coast. His boat sank on March 3.')).toContainEqual([
      '2026-03-03',
      'His boat sank',
    ]);
  });

  it('"Her" is not a man known by his first name', () => {
    expect(
      titles('John Miller resigned in May. Her replacement was named on June 2.'),
    ).toContainEqual(['2025-06-02', 'Her replacement was named']);
  });

  it('keeps a style of address: "His Majesty", "Her Majesty\'s Government"', () => {
    // (was "Charles’ Majesty opened the new bridge", "Theresa May’s Majesty's Government ...")
    expect(
      titles('King Charles arrived in Lorem in 2024. His Majesty opened the new bridge in 2025.'),
    ).toContainEqual(['2025', 'His Majesty opened the new bridge']);
    expect(
      titles(
        "Prime Minister Theresa May spoke in Lorem in 2017. Her Majesty's Government announced new sanctions in 2018.",
      ),
    ).toContainEqual(['2018', "Her Majesty's Government announced new sanctions"]);
  });

  it('keeps "His and her": the pair is no one person\'s', () => {
    // (was "John Smith’s and her lawyers met again")
    expect(
      titles('John Smith and Mary Smith divorced in 2010. His and her lawyers met again in 2012.'),
    ).toContainEqual(['2012', 'His and her lawyers met again']);
  });

  it('names the one person the pronoun fits in the sentence before, of two people', () => {
    expect(
      titles('Peter Holm hired Anna Berg as his assistant in 2001. Her contract ended in 2004.'),
    ).toContainEqual(['2004', 'Anna Berg’s contract ended']);
  });

  it('stays when two people fit ("Prosecutor David Cole questioned witness Mark Byrne")', () => {
    // (was "David Cole’s testimony lasted four hours": it is more likely the witness's)
    expect(
      titles(
        'Prosecutor David Cole questioned witness Mark Byrne in 2018. His testimony lasted four hours in 2019.',
      ),
    ).toContainEqual(['2019', 'His testimony lasted four hours']);
  });

  it('stays when the person was named further back than the sentence before', () => {
    // (was "Kelly Dunn’s maiden voyage ended in disaster": a ship's "her")
    expect(
      titles(
        'Captain Kelly Dunn took command of the Aurora in 1911. The ship left Lorem on April 10, 1912. Her maiden voyage ended in disaster on April 15, 1912.',
      ),
    ).toContainEqual(['1912-04-15', 'Her maiden voyage ended in disaster']);
  });

  it('stays when its own clause names another person it fits', () => {
    // (was "Paul Grant’s first novel made Tom Reyes famous")
    expect(
      titles(
        'Paul Grant reviewed books for the Lorem Times until 1995. His first novel made Tom Reyes famous in 1998.',
      ),
    ).toContainEqual(['1998', 'His first novel made Tom Reyes famous']);
  });
});
