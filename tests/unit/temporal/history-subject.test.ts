/**
 * A history opened by a year long before the publication goes on into a later sentence whose
 * subject is the same thing the year's sentence told, its head noun repeated: "In 1346 the
 * English army landed in Normandy. On 26 August the army fought at Crécy" was 2025-08-26 in a
 * text of 2026, now 1346-08-26. A new subject, a present tense or a commemoration is still the
 * news's. Passages made up for these tests (helper h211).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2026-03-20' }).map((t) => [t.text, t.value]);

describe('a subject repeating a noun of the history’s year', () => {
  it('carries the history on', () => {
    expect(
      tags('In 1346 the English army landed in Normandy. On 26 August the army fought at Crécy.'),
    ).toEqual([
      ['1346', '1346'],
      ['26 August', '1346-08-26'],
    ]);
    expect(
      tags(
        'In 1914 the German army invaded Belgium. In September the army was stopped at the Marne.',
      ),
    ).toEqual([
      ['1914', '1914'],
      ['September', '1914-09'],
    ]);
  });

  it('not a new subject, a present tense, nor a noun of the subject that is not its head', () => {
    expect(
      tags(
        'In 1914 the German army invaded Belgium. In September the government announced new spending.',
      ),
    ).toEqual([
      ['1914', '1914'],
      ['September', '2025-09'],
    ]);
    expect(
      tags(
        'In 1346 the English army landed in Normandy. On 26 August the army opens a museum at Crécy.',
      ),
    ).toEqual([
      ['1346', '1346'],
      ['26 August', '2026-08-26'],
    ]);
    expect(
      tags(
        'In 1850 the city laid its first sewer. On 3 March the city council voted to replace it.',
      ),
    ).toEqual([
      ['1850', '1850'],
      ['3 March', '2026-03-03'],
    ]);
  });

  // (helper h217: a head the year's sentence told bare, or one the text named before the
  // history, is the article's own subject, whose news may follow; helper h223: but a bare head is
  // the history's when the history opens the text, with no subject of its own told before it, as
  // "the regiment" is: the club's and the city's months were the publication's, 2026-03, 2026-02)
  it('a head told bare is the history’s when the history opens the text', () => {
    expect(
      tags('In 1920 the club won its first title. In March the club sacked its manager.'),
    ).toEqual([
      ['1920', '1920'],
      ['March', '1920-03'],
    ]);
    expect(
      tagTimexes(
        'In 1914 the regiment sailed for France. In October the regiment fought at Ypres.',
        { published: '2024-03-20' },
      ).map((t) => t.value),
    ).toEqual(['1914', '1914-10']);
    expect(
      tags(
        'In 1906 the city was destroyed by an earthquake. In February the city approved a new building code.',
      ),
    ).toEqual([
      ['1906', '1906'],
      ['February', '1906-02'],
    ]);
  });

  it('not a head told bare after a subject of the text’s own, nor one named before', () => {
    expect(
      tags(
        'Shares in Harlow Steel fell on Monday. In 1902 the company paid its first dividend. In December the company cut its dividend.',
      ),
    ).toEqual([
      ['Monday', '2026-03-16'],
      ['1902', '1902'],
      ['December', '2025-12'],
    ]);
    expect(
      tags(
        'The company’s shares fell on Monday. In 1902 the steel company paid its first dividend. In December the company cut its dividend.',
      ),
    ).toEqual([
      ['Monday', '2026-03-16'],
      ['1902', '1902'],
      ['December', '2025-12'],
    ]);
  });

  it('a head the year’s sentence named, with a name or a possessive', () => {
    expect(
      tags('In 1346 Edward’s army landed in Normandy. On 26 August the army fought at Crécy.'),
    ).toEqual([
      ['1346', '1346'],
      ['26 August', '1346-08-26'],
    ]);
    expect(
      tags(
        'In 1914 the 2nd Battalion sailed for France. In October the battalion fought at Ypres.',
      ),
    ).toEqual([
      ['1914', '1914'],
      ['October', '1914-10'],
    ]);
  });
});
