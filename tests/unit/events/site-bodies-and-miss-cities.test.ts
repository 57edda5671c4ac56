/** Review of the site, workforce and "Miss" rules: what they must leave alone (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const roles = (raw: string, published = '2026-03-12') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.actors, e.places]);

describe('a name after "at" ending in a site word', () => {
  it('is an employer when it is the word alone or a body named for its street', () => {
    // (were [[], ["Square"]], [[], ["Downing Street"]], [[], ["State Street"]])
    expect(roles('Engineers at Square said on Monday the outage was fixed.')).toEqual([
      [['Square'], []],
    ]);
    expect(roles('Officials at Downing Street said on Monday the vote would go ahead.')).toEqual([
      [['Downing Street'], []],
    ]);
    expect(roles('Analysts at State Street said on Monday rates would rise.')).toEqual([
      [['State Street'], []],
    ]);
  });
});

describe('workers at a firm', () => {
  it('do not speak for it', () => {
    // (was [["Ford"], []])
    expect(roles('Workers at Ford voted on Monday to strike.')[0]![0]).toEqual([]);
  });
});

describe('"Miss" before a city', () => {
  it('is a title before a surname, as a state or country is not', () => {
    // (was [["Miss Houston"], []])
    expect(roles('Miss Houston, a teacher, said on Monday the school would close.')).toEqual([
      [['Houston'], []],
    ]);
    expect(roles('Miss Ohio won the title in Las Vegas on Sunday.')).toEqual([
      [['Miss Ohio'], ['Las Vegas']],
    ]);
  });
});
