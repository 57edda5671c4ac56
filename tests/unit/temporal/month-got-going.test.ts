/**
 * A month that opens its clause as the subject of how it started or ended, with the weather or
 * trade it brought ("December has started unusually cold"), is the month; a person who starts
 * something or starts to do it is not. Made-up passages (helper 209).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const values = (text: string, published = '2013-12-05') =>
  tagTimexes(text, { published }).map((t) => [t.text, t.value]);

describe('a month told of by how it got going', () => {
  it('tags the month its weather or trade began or ended with', () => {
    // (was untagged)
    expect(values('December has started unusually cold across the region.')).toEqual([
      ['December', '2013-12'],
    ]);
    expect(values('Storms hit the coast. November had ended wetter than usual.')).toEqual([
      ['November', '2013-11'],
    ]);
    expect(values('March started on a sour note for traders.', '2025-03-20')).toEqual([
      ['March', '2025-03'],
    ]);
  });

  it('leaves a person who starts something or starts to do it', () => {
    expect(values('June has started a new job in Boston.')).toEqual([]);
    expect(values('April started to paint again.')).toEqual([]);
    expect(values('August has started her own company.')).toEqual([]);
    expect(values('June has started work on a second album.')).toEqual([]);
    expect(values('April finished third in the race.')).toEqual([]);
  });
});
