/** What was said loses the apposition after its subject, as a title's own subject does. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-07' }).events.map((e) => e.title);

describe('extractArticle() on "Police said the suspect, 34, was arrested"', () => {
  it.each([
    // (were "Police said the suspect, 34, was arrested", "... the driver, a 45-year-old man, ...")
    [
      'Police said the suspect, 34, was arrested on Friday.',
      'Police said the suspect was arrested',
    ],
    [
      'Police said the driver, a 45-year-old man, was arrested on Friday.',
      'Police said the driver was arrested',
    ],
  ])('%s', (raw, title) => {
    expect(titles(raw)).toEqual([title]);
  });

  it('a place’s commas are no apposition ("the Amherst, N.Y., Police Department")', () => {
    expect(
      titles('The paper quoted an officer in the Amherst, N.Y., Police Department on Friday.'),
    ).toEqual(['The paper quoted an officer in the Amherst, N.Y., Police Department']);
  });
});
