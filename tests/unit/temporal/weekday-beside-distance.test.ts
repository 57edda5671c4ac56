/**
 * A weekday set beside a distance counted from the story's date names the day the distance
 * reaches, not a weekday counted from the publication: "Three days later, on Friday", "On Friday,
 * a week later, workers walked out". Made-up passages, published Friday 2026-03-20.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

type Row = [text: string, weekday: string, value: string];

const FRIDAY = '2026-03-20';

const valueOf = (text: string, weekday: string) =>
  tagTimexes(text, { published: FRIDAY }).find((t) => t.text === weekday)?.value;

describe('tagTimexes() places a weekday beside a distance from the story date', () => {
  it.each<Row>([
    // (were 2026-03-20, the publication's Friday)
    [
      'On March 3, the union filed a complaint. Three days later, on Friday, it struck.',
      'Friday',
      '2026-03-06',
    ],
    [
      'Talks collapsed on March 2. On Friday, a week later, workers walked out.',
      'Friday',
      '2026-03-13',
    ],
    // (was 2026-03-17)
    [
      'The fire started on June 1, 2025. Two days later, on Tuesday, it was contained.',
      'Tuesday',
      '2025-06-03',
    ],
  ])('"%s": %s is %s', (text, weekday, value) => {
    expect(valueOf(text, weekday)).toBe(value);
  });
});

describe("tagTimexes() keeps it on the distance's side of the day it counts from", () => {
  it.each<Row>([
    // (were 2026-02-28, 2026-03-02, 2026-03-01 and 2026-03-11: the weekday nearest the distance's
    // day, before or on the day counted from, or after it for "earlier")
    [
      'Talks collapsed on March 2. A day later, on Saturday, workers walked out.',
      'Saturday',
      '2026-03-07',
    ],
    [
      'Talks collapsed on Monday, March 2. Three days later, on Monday, the union struck.',
      'Monday',
      '2026-03-09',
    ],
    [
      'Talks collapsed on March 2. Two days later, on Sunday, the union met.',
      'Sunday',
      '2026-03-08',
    ],
    [
      'The ship sank on Tuesday, March 10. A day earlier, on Wednesday, it had left port.',
      'Wednesday',
      '2026-03-04',
    ],
    // (a week's distance from a day late in its week: were 2026-03-09, 2026-03-09 and 2026-03-15,
    // a day or two from the day counted from)
    [
      'Talks collapsed on Saturday, March 7. A week later, on Monday, workers walked out.',
      'Monday',
      '2026-03-16',
    ],
    [
      'Talks collapsed on Sunday, March 8. On Monday, a week later, workers walked out.',
      'Monday',
      '2026-03-16',
    ],
    [
      'The ship sank on Monday, March 16. A week earlier, on Sunday, it had left port.',
      'Sunday',
      '2026-03-08',
    ],
  ])('"%s": %s is %s', (text, weekday, value) => {
    expect(valueOf(text, weekday)).toBe(value);
  });
});

describe('tagTimexes() places it so when the publication gives only its month or year', () => {
  // (was 2026-WXX-5 and 2026-WXX-4: a weekday of no known week)
  it.each<[text: string, published: string, weekday: string, value: string]>([
    [
      'Talks collapsed on March 2. On Friday, a week later, workers walked out.',
      '2026-03',
      'Friday',
      '2026-03-13',
    ],
    [
      'Talks collapsed on March 2, 2026. Three days later, on Thursday, they met.',
      '2026',
      'Thursday',
      '2026-03-05',
    ],
  ])('"%s" published %s: %s is %s', (text, published, weekday, value) => {
    expect(tagTimexes(text, { published }).find((t) => t.text === weekday)?.value).toBe(value);
  });
});

describe('tagTimexes() counts a weekday from the publication when no distance stands beside it', () => {
  it.each<Row>([
    ['Talks collapsed on March 2. On Friday, workers walked out.', 'Friday', FRIDAY],
    ['The fair opens on Friday, a week later than last year.', 'Friday', FRIDAY],
    [
      'The strike began on March 2. Talks resumed three days later, and on Friday the union voted.',
      'Friday',
      FRIDAY,
    ],
    ['Next week, on Friday, the council will vote.', 'Friday', '2026-03-27'],
  ])('"%s": %s is %s', (text, weekday, value) => {
    expect(valueOf(text, weekday)).toBe(value);
  });
});
