/**
 * Titles keep a clause's subject with its verb across the asides h202's audit found them cut at:
 * an apposition inside a "that" clause, a possessive's noun before a name, a list of towns with
 * their countries, a pronoun a relative completes (all passages made up).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string, published = '2026-03-20') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

describe('an apposition of the subject of a "that" clause', () => {
  it('goes, and the clause keeps its verb', () => {
    // (was "Investigators concluded that Karl Moss", cut at the aside's comma)
    expect(
      titles('Investigators concluded in April that Karl Moss, a local farmer, started the blaze.'),
    ).toContainEqual(['2025-04', 'Investigators concluded that Karl Moss started the blaze']);
    // (was "Harbour police said that they had concluded that Peter Lund")
    expect(
      titles(
        'Harbour police said on Tuesday that they had concluded that Peter Lund, a retired ferry captain from the north shore, set the fire that destroyed the boathouse.',
      ),
    ).toContainEqual([
      '2026-03-17',
      'Harbour police said that they had concluded that Peter Lund set the fire',
    ]);
  });

  it('stays when the commas list names', () => {
    expect(
      titles('The court found on Friday that Smith, Jones and Brown, the owners, had lied.'),
    ).not.toContainEqual(['2026-03-20', 'The court found that Smith had lied']);
  });
});

describe('a possessive and its noun before a name', () => {
  it('keep the noun after his or her, which names the owner when one person fits', () => {
    // (was "Tom Reyes took office", the successor lost)
    expect(
      titles('Mayor Ann Holt resigned in May. Her successor, Tom Reyes, took office on June 2.'),
    ).toContainEqual(['2025-06-02', 'Ann Holt’s successor Tom Reyes took office']);
    expect(titles('His deputy, Rosa Klein, took over the force on March 1.')).toContainEqual([
      '2026-03-01',
      'His deputy Rosa Klein took over the force',
    ]);
  });
});

describe('a list of towns with their countries', () => {
  it('is no clause at its ", and", and the countries go', () => {
    // (was "Gdansk sank ten boats" and "The storms at the ports of Kiel, Germany")
    expect(
      titles(
        'Nearly simultaneous storms at the ports of Kiel, Germany, and Gdansk, Poland, on March 3 sank ten boats, including two ferries, and closed both harbours.',
      ),
    ).toContainEqual([
      '2026-03-03',
      'Nearly simultaneous storms at the ports of Kiel and Gdansk sank ten boats',
    ]);
  });

  it("keeps a town's country at the end of a title", () => {
    expect(
      titles(
        'Smith, after a long flight, is scheduled to spend only five hours on the ground in Gdansk, Poland, her first stop on Tuesday morning, and then fly on.',
      ).map(([, t]) => t),
    ).toContain('Smith is scheduled to spend only five hours on the ground in Gdansk, Poland');
  });
});

describe('a relative a pronoun needs ("those who")', () => {
  it('stays with the pronoun, the object of the clause', () => {
    // (was "The governor vowed to find and bring to justice")
    expect(
      titles(
        'The governor on Saturday vowed to find and bring to justice those who were responsible for the attack on the old harbour market.',
      ),
    ).toContainEqual([
      '2026-03-14',
      'The governor vowed to find and bring to justice those who were responsible for the attack',
    ]);
  });
});

describe('a dash after the verb that no second dash closes', () => {
  it('ends the title', () => {
    // (was "The harbour trade in Lorem has been troubled for years — in part")
    expect(
      titles(
        'The harbour trade in Lorem has been troubled for years on Monday — in part because of the new port in Ipsum and its very cheap fees for ships.',
      ),
    ).toContainEqual(['2026-03-16', 'The harbour trade in Lorem has been troubled for years']);
  });

  it('does not end it when the aside closes', () => {
    expect(
      titles(
        'The presidents of Lorem and Ipsum on Monday signed papers in simultaneous ceremonies -- broadcast live on television -- to become members of the union of states.',
      ).map(([, t]) => t),
    ).toContain('The presidents of Lorem and Ipsum signed papers in simultaneous ceremonies');
  });
});

describe('a relative in the subject of a "that" clause', () => {
  it('goes when the title is too long, and the clause keeps its verb', () => {
    // (was "The harbour police and the coast guard of Lorem said that a sailor")
    expect(
      titles(
        'The harbour police and the coast guard of Lorem said on Monday that a sailor who was returned from Ipsum had not admitted any role in the thefts or named anyone else after three days of questioning.',
      ),
    ).toContainEqual([
      '2026-03-16',
      'The harbour police and the coast guard of Lorem said that a sailor had not admitted any role',
    ]);
  });

  it('goes with both its dashes when a dash opens it', () => {
    // (was "The senator said that the bill": the relative went, its first dash stayed and ended
    // the title)
    expect(
      titles(
        'The senator said on March 3 that the bill -- which passed the House in May -- would fail in the Senate.',
      ),
    ).toContainEqual(['2026-03-03', 'The senator said that the bill would fail in the Senate']);
  });

  it('stays after "those" or "anyone", which name no one without it', () => {
    // (was "Police said that those were all safe" and "... that anyone would get a full refund")
    const those = titles(
      'Police said on March 3 that those who had fled the burning apartment building near the central railway station late at night were all safe and unharmed.',
    ).map(([, t]) => t);
    expect(those.join(' | ')).not.toMatch(/that those were/u);
    const anyone = titles(
      'Police said on March 3 that anyone who had bought tickets for the cancelled concert at the stadium in the city centre last month would get a full refund.',
    ).map(([, t]) => t);
    expect(anyone.join(' | ')).not.toMatch(/anyone would/iu);
  });
});

describe('a list whose second item is a country', () => {
  it('stays whole when its last item is a country too', () => {
    // (was "The European Union and Canada imposed tariffs", Japan taken for the Union's country)
    expect(
      titles('The European Union, Japan, and Canada imposed tariffs on March 3.'),
    ).toContainEqual(['2026-03-03', 'The European Union, Japan, and Canada imposed tariffs']);
    // (a town's country still goes: "Police in Paris and Lyon arrested 12 people")
    expect(
      titles('Police in Paris, France, and Lyon arrested 12 people on March 3.'),
    ).toContainEqual(['2026-03-03', 'Police in Paris and Lyon arrested 12 people']);
  });
});

describe('an adverb in -ly alone before ", and"', () => {
  it('goes as the sentence adverb it is', () => {
    // (was "Finally the council approved the budget")
    expect(
      titles('Finally, and most importantly, the council approved the budget on March 3.'),
    ).toContainEqual(['2026-03-03', 'The council approved the budget']);
  });
});
