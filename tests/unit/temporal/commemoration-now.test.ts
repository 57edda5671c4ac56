/**
 * A commemoration told in the present is this year's: "In 1666 a fire destroyed much of the
 * city. In September the city marks the anniversary", told in March 2026, was 2025-09 (the
 * nearest side leaning back), now 2026-09. Told in the past it is still the last one. Passages
 * made up for these tests (helper h211).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2026-03-20' }).map((t) => [t.text, t.value]);

describe('a commemoration told in the present', () => {
  it('is of the publication’s year', () => {
    expect(
      tags(
        'In 1666 a fire destroyed much of the city. In September the city marks the anniversary.',
      ),
    ).toEqual([
      ['1666', '1666'],
      ['September', '2026-09'],
    ]);
    expect(tags('The town holds its centenary parade in May.')).toEqual([['May', '2026-05']]);
  });

  it('not one told in the past', () => {
    expect(
      tags('In 1989, the Berlin Wall fell. In November, Germans marked the anniversary.'),
    ).toEqual([
      ['1989', '1989'],
      ['November', '2025-11'],
    ]);
    expect(tags('The town held its centenary parade in May.')).toEqual([['May', '2025-05']]);
  });

  // (helper h217: the present verb of an aside in a sentence told in the past; both were the
  // coming month, 2026-10 and 2026-06)
  it('not one whose present is an aside’s, the date told in the past', () => {
    expect(tags('In October the council approved a memorial that honours the miners.')).toEqual([
      ['October', '2025-10'],
    ]);
    expect(tags('In June the memorial, which holds 300 names, was unveiled.')).toEqual([
      ['June', '2025-06'],
    ]);
  });
});
