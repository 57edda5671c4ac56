import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';
import { isTitle, quotations } from '../../../src/extract/temporal/titles.ts';
import { ENGLISH } from '../../../src/extract/lexicon/en/temporal/index.ts';

const found = (text: string, published = '2022-09-29'): string[] =>
  tagTimexes(text, { published }).map((t) => `${t.text}=${t.value}`);

describe('the words of a quoted title tell no time', () => {
  it.each([
    ['She will release her album "Midnight Harvest" on Oct. 21.', ['Oct. 21=2022-10-21']],
    ['The lead single, "Tuesday Forever," arrives on Friday.', ['Friday=2022-09-30']],
    ['Her drama “120 Beats Per Minute” premiered on Saturday.', ['Saturday=2022-09-24']],
    ['The band played "Friday I\'m in Love" at the festival.', []],
    ["The novel ``The Last Days of Winter'' won the prize.", []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // a quoted saying, a quoted date alone, a title that is all date, a figure in a title
    ['"We will meet on Monday," she said.', ['Monday=2022-10-03']],
    ['"Monday," she said.', ['Monday=2022-09-26']],
    ['The "Jan. 6" committee met.', ['Jan. 6=2022-01-06']],
    ['Shoppers lined up for what stores call "Black Friday".', ['Black Friday=2022-11-25']],
    ['The report, "Living on the Edge 2013", found that half of the children left.', ['2013=2013']],
    // speech and signs in capitals are no titles
    ['"Probably Friday," he said.', ['Friday=2022-09-30']],
    ['She said: "By Friday."', ['Friday=2022-09-23']],
    ['The sign read "CLOSED UNTIL MONDAY".', ['MONDAY=2022-09-26']],
  ])('but not in %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a title is capitalised, short and holds no sentence', () => {
    const titles = (text: string) =>
      quotations(text)
        .map((q) => text.slice(q.start, q.end))
        .filter((words) => isTitle(words, ENGLISH));
    expect(titles('the film "Summer of 1968" and the song “Sunday Bloody Sunday,”')).toEqual([
      'Summer of 1968',
      'Sunday Bloody Sunday,',
    ]);
    expect(titles('"It Was Cold. We Left Monday."')).toEqual([]);
    expect(titles('"we left on Monday"')).toEqual([]);
    expect(titles('"One Two Three Four Five Six Seven Eight Nine"')).toEqual([]);
    // (a quotation is on one line, a mark to its closing one)
    expect(quotations('"A\nB" and ``C D\'\'').map((q) => [q.start, q.end])).toEqual([[12, 15]]);
  });
});
