/**
 * "The coming weeks" is a stretch ahead of untold length, as TimeML tags it (DURATION PXW, as
 * "recent days" is PXD), while "the coming year" stays one time ahead (FUTURE_REF); a title leaves
 * the stretch out as it leaves out a date, unless "of" makes it a thing. Passages made up for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';
import { extractArticle } from '../../../src/extract/index.ts';

const tags = (text: string) =>
  tagTimexes(text, { published: '2014-03-05' }).map((t) => [t.text, t.type, t.value]);

describe('the coming weeks', () => {
  it('is a duration of untold length when plural', () => {
    // (was DATE FUTURE_REF)
    expect(tags('Officials will decide in the coming days.')).toEqual([
      ['coming days', 'DURATION', 'PXD'],
    ]);
    expect(tags('Growth should slow in the coming years.')).toEqual([
      ['coming years', 'DURATION', 'PXY'],
    ]);
  });

  it('is a duration for quarters and weekends too', () => {
    // (were DATE FUTURE_REF, unlike "the coming weeks")
    expect(tags('Sales should rise in the coming quarters.')).toEqual([
      ['coming quarters', 'DURATION', 'PXM'],
    ]);
    expect(tags('More storms are due over the coming weekends.')).toEqual([
      ['coming weekends', 'DURATION', 'PXD'],
    ]);
    expect(tags('Talks will resume in the coming quarter.')).toEqual([
      ['coming quarter', 'DATE', 'FUTURE_REF'],
    ]);
  });

  it('stays a time ahead when singular', () => {
    expect(tags('Growth should slow in the coming year.')).toEqual([
      ['coming year', 'DATE', 'FUTURE_REF'],
    ]);
  });

  it('leaves the title as a date does', () => {
    const raw = 'The council will decide on the new budget in the coming weeks.';
    const [event] = extractArticle({ id: 'x', raw, published: '2014-03-05' }).events;
    expect(event?.title).toBe('The council will decide on the new budget');
  });

  it('stays in the title when it names a thing', () => {
    // (was "Residents were told to prepare of heavy rain", the stretch left out with its "for")
    const title = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2014-03-05' }).events[0]?.title;
    expect(title('Residents were told to prepare for the coming weeks of heavy rain.')).toBe(
      'Residents were told to prepare for the coming weeks of heavy rain',
    );
    // (but a preposition of time makes it a when all the same)
    expect(title('In the coming weeks of the campaign, Smith will tour ten states.')).toBe(
      'Smith will tour ten states',
    );
  });
});
