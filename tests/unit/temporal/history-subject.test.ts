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
});
