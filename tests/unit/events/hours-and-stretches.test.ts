/** Phrases of time a title leaves out with their date (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string, published = '2026-03-20') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => e.title);

describe('"in the early hours of Monday"', () => {
  it('goes whole with its date', () => {
    // (was "The fire broke out in the early hours of Monday", "The attack happened in")
    expect(titles('The fire broke out in the early hours of Monday.')).toEqual([
      'The fire broke out',
    ]);
    expect(titles('The attack happened in the small hours of Sunday.')).toEqual([
      'The attack happened',
    ]);
    expect(
      titles('The storm hit the coast in the early hours of Thursday morning, killing two.'),
    ).toEqual(['The storm hit the coast']);
    expect(titles('The ferry sank during the wee hours of Sunday.')).toEqual(['The ferry sank']);
  });

  it('without a preposition before them, the hours are the subject or an object', () => {
    // (wrong side: was "Were the worst", "The team spent training" with "the early hours of" a
    // date's preposition wherever it stood)
    expect(
      titles('The early hours of Monday were the worst, the mayor said on Tuesday.'),
    ).toContain('The early hours of Monday were the worst');
    expect(titles('The team spent the early hours of Monday training.')).toEqual([
      'The team spent the early hours of Monday training',
    ]);
  });

  it('early hours of no date stay', () => {
    // (wrong side: "the campaign" is no date)
    expect(titles('He resigned on Monday, in the early hours of the campaign.')).not.toContain(
      'He resigned',
    );
  });
});

describe('"in the coming days whether ..."', () => {
  it('a clause after the stretch ahead does not make it a modifier', () => {
    // (was "Officials will decide in the coming days whether to reopen the bridge")
    expect(
      titles('Officials will decide in the coming days whether to reopen the bridge.'),
    ).toEqual(['Officials will decide whether to reopen the bridge']);
    expect(titles('The court will rule in the coming weeks whether the law stands.')).toEqual([
      'The court will rule whether the law stands',
    ]);
  });

  it('a stretch ahead that names a thing stays', () => {
    // (wrong side: "the coming days of snow")
    expect(titles('The city prepared on Monday for the coming days of snow.')).toContain(
      'The city prepared for the coming days of snow',
    );
  });
});

describe('a long title cut at a break', () => {
  it('is not cut inside "about to"', () => {
    // (was "... at the city's airport as he was about", once the hours went with their date)
    expect(
      titles(
        "Police said the FBI arrested Mohamed at the city's airport in the early hours of Thursday morning as he was about to be deported for being in the country illegally.",
      ),
    ).toContain("The FBI arrested Mohamed at the city's airport");
  });
});
