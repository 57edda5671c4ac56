/** Where, not who: sites after "at", plurals before "in", a place after a fronted phrase (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const roles = (raw: string, published = '2026-03-12') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.actors, e.places]);

describe('a site after "at" the subject\'s people work at', () => {
  it('is where things happen, not an employer that acts', () => {
    // (were [["Heathrow Airport"], []], [["Engineers", "Boeing"], []] and
    // [["Workers"], ["Wembley Stadium"]])
    expect(roles('Officials at Heathrow Airport said on Monday the runway was closed.')).toEqual([
      [[], ['Heathrow Airport']],
    ]);
    expect(roles('Workers at Wembley Stadium said on Monday the roof leaked.')).toEqual([
      [[], ['Wembley Stadium']],
    ]);
    expect(roles('Engineers at Boeing said on Monday the fix was ready.')).toEqual([
      [['Boeing'], []],
    ]);
  });

  it('an institution or a firm still acts', () => {
    expect(roles('Analysts at Goldman Sachs said on Monday rates would rise.')).toEqual([
      [['Goldman Sachs'], []],
    ]);
    expect(roles('Researchers at Harvard University said on Monday the drug worked.')).toEqual([
      [['Harvard University'], []],
    ]);
  });
});

describe('a plural opening a sentence before "in" and a place', () => {
  it('is a common noun', () => {
    // (were [["Floods"], ["Kenya"]], [["Storms"], ["Texas"]])
    expect(roles('Floods in Kenya killed 40 on Monday.')).toEqual([[[], ['Kenya']]]);
    expect(roles('Storms in Texas killed 3 on Monday.')).toEqual([[[], ['Texas']]]);
  });

  it('a surname or a firm that speaks stays', () => {
    expect(roles('Jones in London said on Monday he would appeal.')).toEqual([
      [['Jones'], ['London']],
    ]);
    expect(roles('Siemens said on Monday it would cut jobs.')).toEqual([[['Siemens'], []]]);
  });
});

describe('a place opening the main clause after a fronted phrase', () => {
  it('is the subject when its verb follows', () => {
    // (were [[], ["Congo", "Rwanda"]], [[], ["Mali", "France"]])
    expect(roles('Amid fighting in Congo, Rwanda said on Monday it would send troops.')).toEqual([
      [['Rwanda'], ['Congo']],
    ]);
    expect(roles('Citing unrest in Mali, France said on Tuesday it would pull out.')).toEqual([
      [['France'], ['Mali']],
    ]);
  });

  it('a list of places is still where', () => {
    expect(roles('Refugees fled fighting in Congo, Rwanda and Burundi on Monday.')).toEqual([
      [[], ['Congo', 'Rwanda', 'Burundi']],
    ]);
    expect(roles('After talks in Geneva, Iran said on Monday it would comply.')).toEqual([
      [['Iran'], ['Geneva']],
    ]);
  });
});

describe('"Miss" before a place that ends the name', () => {
  it("is a contest's title", () => {
    // (were [["Texas"], []], [["Ohio"], ["Las Vegas"]])
    expect(roles('Miss Texas was crowned on Monday.')).toEqual([[['Miss Texas'], []]]);
    expect(roles('Miss Ohio won the title in Las Vegas on Sunday.')).toEqual([
      [['Miss Ohio'], ['Las Vegas']],
    ]);
  });

  it('a person after "Miss" stays a person', () => {
    expect(roles('Miss Ross sang in Texas on Monday.')).toEqual([[['Ross'], ['Texas']]]);
    expect(roles('Miss Georgia Smith sang on Monday.')).toEqual([[['Georgia Smith'], []]]);
  });
});
