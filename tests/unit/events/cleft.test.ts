/** Titles of cleft sentences on a date: the clause after the focus tells the event. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titled = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-05' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() on a cleft sentence on a date', () => {
  it.each([
    ['It was Monday when the fire started.', '2024-03-04'],
    ['It was June 1967 when the fire started.', '1967-06'],
    ['It was Sunday afternoon when the fire started.', '2024-03-03'],
    // (a number opens the focus, and a comma may close it: were "It was that the fire started",
    // "It was when the fire started")
    ['It was two years ago that the fire started.', '2022'],
    ['It was June 1967, when the fire started.', '1967-06'],
    // (a month alone, or told from now: were "It was June when the fire started" on the
    // publication day, the month untagged, and "It was when the fire started")
    ['It was June when the fire started.', '2023-06'],
    ['It was last June when the fire started.', '2023-06'],
  ])('a focus that opens with a weekday, a month or a number is a date: %s', (raw, date) => {
    // (was "It was when the fire started")
    expect(titled(raw)).toEqual([[date, 'The fire started']]);
  });

  it('a cleft after a lead\'s dateline ("LONDON (Reuters) - It was ...")', () => {
    // (was "It was when the fire started", "It was that the fire started")
    expect(
      titled(
        'LONDON (Reuters) - It was a quiet Sunday afternoon in 1967 when the fire started.',
      ).map((e) => e[1]),
    ).toEqual(['The fire started']);
    expect(
      titled('SPRINGFIELD, Ill. (AP) — It was in 1967 that the fire started.').map((e) => e[1]),
    ).toEqual(['The fire started']);
  });

  it('a focus on a weekday of no one week is a date too ("It was a Sunday afternoon when")', () => {
    // (was "It was a Sunday afternoon": the title keeps such a weekday, "a Sunday newspaper")
    expect(titled('It was a Sunday afternoon when the fire started.').map((e) => e[1])).toEqual([
      'The fire started',
    ]);
  });

  it('a sentence that only sets the time leads no event ("It was a quiet Sunday afternoon in 1967.")', () => {
    // (was titled "It"; the sentence after it tells what happened then)
    expect(
      titled('It was a quiet Sunday afternoon in 1967. The fire started in the basement.').map(
        (e) => e[1],
      ),
    ).toEqual(['The fire started in the basement']);
    expect(titled('It was June 1967. Smith was 12 years old.').map((e) => e[1])).toEqual([
      'Smith was 12 years old',
    ]);
    // (alone, it keeps its words)
    expect(titled('It was a quiet Sunday afternoon in 1967.').map((e) => e[1])).toEqual([
      'It was a quiet Sunday afternoon in 1967',
    ]);
  });
});

describe('extractArticle() on a cleft sentence on who acted', () => {
  it.each([
    ['It was Smith who scored the winner on Saturday.', '2024-03-02', 'Smith scored the winner'],
    ['It was the police who found the car on Monday.', '2024-03-04', 'The police found the car'],
    ['It was June who found the keys.', '2024-03-05', 'June found the keys'],
  ])('the focus and what follows "who" are the event: %s', (raw, date, title) => {
    // (was "It was Smith" on the publication day beside "Smith scored the winner"; "It was
    // June" alone)
    expect(titled(raw)).toEqual([[date, title]]);
  });
});

describe('extractArticle() on "who" after a noun that asks a question or names a time', () => {
  it('is no cleft on who acted', () => {
    // (were 'The question would pay' and 'The day knows what happened')
    const titles = [
      ...titled('It was the question who would pay that split the talks on Monday.'),
      ...titled('It was the day who knows what happened, he said on Monday.'),
    ].map((e) => e[1]);
    expect(titles).not.toContain('The question would pay');
    expect(titles).not.toContain('The day knows what happened');
    expect(titled('It was Smith who scored the winner on Saturday.')).toEqual([
      ['2024-03-02', 'Smith scored the winner'],
    ]);
  });
});
