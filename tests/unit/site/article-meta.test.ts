import { describe, expect, it } from 'vitest';
import { publishedLabel, publishedSource } from '../../../src/components/article-meta.ts';
import type { PublicationDate } from '../../../src/extract/types.ts';

describe('publishedLabel()', () => {
  it.each<[PublicationDate, string]>([
    [{ value: '2023-05-17', granularity: 'day', source: 'embedded-post' }, 'May 17, 2023'],
    [{ value: '2023-05', granularity: 'month', source: 'dateline' }, 'May 2023 (month only)'],
    [{ value: '2018', granularity: 'year', source: 'copyright' }, '2018 (year only)'],
    [{ value: null, granularity: null, source: 'none' }, 'Unknown'],
  ])('reads %j as %j', (published, label) => {
    expect(publishedLabel(published)).toBe(label);
  });
});

describe('publishedSource()', () => {
  it('says an inferred date was inferred, and from what', () => {
    expect(publishedSource({ value: '2018', granularity: 'year', source: 'copyright' })).toBe(
      'inferred from the copyright line',
    );
    expect(publishedSource({ value: '2018', granularity: 'year', source: 'front-matter' })).toBe(
      'as stated in the front matter',
    );
  });
});
