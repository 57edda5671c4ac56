/** A city's state in a description, a dateline before a borrowed subject, a second aside. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const events = (raw: string, published = '2026-04-12') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

describe('extractArticle() on titles past a city and its state, or a dateline', () => {
  it('a description with a city and its state runs to the comma before the verb', () => {
    // (were 'Lumora Ore. - based chipmaker' and 'Lumora Ore.-based chipmaker')
    expect(
      events('Lumora, the Portland, Ore. - based chipmaker, will be split into two firms in 2027.'),
    ).toEqual([['2027', 'Lumora will be split into two firms']]);
    expect(
      events('Lumora, the Portland, Ore.-based chipmaker, will be split into two firms in 2027.'),
    ).toEqual([['2027', 'Lumora will be split into two firms']]);
  });

  it('an "-based" after a name is no verb ending the subject an "it" stands for', () => {
    // (was 'Ore. - will be split')
    expect(
      events(
        'Lumora, a Portland, Ore. - based chipmaker, said on Monday it will be split in 2027.',
      ),
    ).toContainEqual(['2027', 'It will be split']);
  });

  it("a second verb's borrowed subject leaves the dateline out", () => {
    // (was 'Aug 3 The bill goes to the House')
    expect(
      events(
        'WASHINGTON, Aug. 3 - The bill passed the committee on Tuesday and goes to the House in September.',
        '2026-08-03',
      ),
    ).toContainEqual(['2026-09', 'The bill goes to the House']);
  });

  it('a phrase aside after an apposition goes with it', () => {
    // (was 'John Smith in office, resigned')
    expect(
      events(
        'The company’s chief, John Smith, in office since 2019, resigned in May.',
        '2026-07-12',
      ),
    ).toContainEqual(['2026-05', 'John Smith resigned']);
  });
});
