import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/extract/article/index.ts';
import { firstSentenceEnd, isHeadline, titleFromLead } from '../../../src/extract/article/title.ts';

describe('isHeadline()', () => {
  it.each([
    'Russia seeks to resolve Ukraine, Belarus border dispute with Belarusian visit',
    'Apple launches 3G iPhone',
    "Apple's iTunes replaces Wal - Mart as No. 1 U.S. music seller",
    'Is this the end of open borders?',
    'U.S. stocks fall as oil jumps',
  ])('"%s" reads as a headline', (line) => {
    expect(isHeadline(line)).toBe(true);
  });

  it.each([
    'Belarus has announced it has restored some controls at its border with Russia.',
    'The talks ended. Officials left.',
    'lower case words are no headline',
    'Word',
    'A headline, then a comma,',
  ])('"%s" does not', (line) => {
    expect(isHeadline(line)).toBe(false);
  });
});

describe('firstSentenceEnd()', () => {
  it.each([
    ['Mr. Smith went to Washington. He stayed.', 'Mr. Smith went to Washington.'],
    [
      'Talks began Jan. 5 in the U.S. Capitol. They ended.',
      'Talks began Jan. 5 in the U.S. Capitol.',
    ],
    ['John F. Kennedy spoke. Then he left.', 'John F. Kennedy spoke.'],
    ['"It was a bomb." Witnesses agreed.', '"It was a bomb."'],
    ['No end mark at all', 'No end mark at all'],
  ])('ends the first sentence of "%s" after "%s"', (text, sentence) => {
    expect(text.slice(0, firstSentenceEnd(text))).toBe(sentence);
  });
});

describe('titleFromLead()', () => {
  it.each([
    ['Talks ended without a deal.', 'Talks ended without a deal'],
    [
      'Belarus has announced it has restored some controls at its border with Russia, partially reversing its decision to remove them in 1995.',
      'Belarus has announced it has restored some controls at its border with Russia',
    ],
    [
      'Suspected bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian capitals Friday, killing dozens of people, witnesses said.',
      'Suspected bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian capitals Friday',
    ],
    [
      'The committee of the regional parliament that oversees the budget of the border guard service voted for the first time in its long history to cut the funds',
      'The committee of the regional parliament that oversees the budget of the border guard service voted…',
    ],
  ])('shortens "%s"', (lead, title) => {
    expect(titleFromLead(lead)).toBe(title);
  });
});

describe('readArticle() titles', () => {
  it('skips a dateline when it makes a title from the lead', () => {
    const article = readArticle({
      id: 'a',
      raw: 'NAIROBI, Kenya (AP) _\n\nSuspected bombs exploded Friday.',
    });
    expect(article).toMatchObject({
      title: 'Suspected bombs exploded Friday',
      titleSource: 'lead',
      place: 'NAIROBI',
    });
  });

  it('skips the dateline that opens the lead', () => {
    expect(readArticle({ id: 'a', raw: 'MOSCOW — Talks ended. Then more.' }).title).toBe(
      'Talks ended',
    );
  });

  it('takes the headline after boilerplate and header lines', () => {
    const raw = 'Advertisement\nBy Jane Doe\nBorder checks return\n\nThe checks began.';
    expect(readArticle({ id: 'a', raw })).toMatchObject({
      title: 'Border checks return',
      titleSource: 'headline',
      author: 'Jane Doe',
    });
  });

  it('undated header lines are neither headline nor lead', () => {
    const raw =
      'Updated 10:42 AM\nPublished 2 hours ago\nBorder checks return\n\nThe checks began.';
    expect(readArticle({ id: 'a', raw })).toMatchObject({
      title: 'Border checks return',
      titleSource: 'headline',
    });
  });

  it('a line that opens with a date is a date header, not a headline', () => {
    const raw = 'May 17, 2023 at 10:00\nThe checks began on the border.';
    expect(readArticle({ id: 'a', raw })).toMatchObject({
      titleSource: 'lead',
      published: { value: '2023-05-17' },
    });
  });

  // (no time is asserted: the timeout only catches a pass that rescans the run from every space,
  // which took seconds on 100,000 spaces and would take minutes on a megabyte)
  it('a lead with a megabyte of spaces between its words is read in one pass', () => {
    const raw = `Officials met${' '.repeat(1_000_000)}and more, according to reports.`;
    expect(readArticle({ id: 'a', raw }).title.startsWith('Officials met')).toBe(true);
  }, 30_000);
});
