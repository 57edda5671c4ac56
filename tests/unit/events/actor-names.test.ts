/** Who acts: names that a month, a number, a role or a quotation would cut (made-up text). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const actors = (raw: string, published = '2026-03-20') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => e.actors);

describe('actors counted by a number', () => {
  it('a number counting the people of a U.S. state or a Briton is no name', () => {
    // (were ["Three Texans"], ["Four Britons"])
    expect(actors('Three Texans were arrested on Monday.')).toEqual([['Texans']]);
    expect(actors('Four Britons were detained on Friday.')).toEqual([['Britons']]);
    expect(actors('Two Californians were injured on Sunday.')).toEqual([['Californians']]);
  });

  it('a state before a role, and a team after "the", stay as they were', () => {
    expect(actors('Texas Governor Greg Abbott signed the bill on Friday.')).toEqual([
      ['Texas', 'Greg Abbott'],
    ]);
    expect(actors('The Texans won on Sunday.')).toEqual([['Texans']]);
  });
});

describe('quotations that name no one', () => {
  it("a quotation's verb bidding something is no name", () => {
    // (were [["Stop"]], [["Bring"]], [["Stop", "Jones"]])
    expect(actors('“Stop the war,” the crowd chanted on Sunday.')).toEqual([[]]);
    expect(actors('“Bring them home,” the families said on Monday.')).toEqual([[]]);
    expect(actors('“Stop the war,” Jones said on Sunday.')).toEqual([['Jones']]);
  });

  it('a name alone in quotes, or its verb after it, stays', () => {
    expect(actors('“Obama” was shouted by the crowd on Sunday.')).toEqual([['Obama']]);
    expect(actors('“Putin lied,” the crowd chanted on Sunday.')).toEqual([['Putin']]);
  });

  it("a slogan's denied nouns name no one", () => {
    // (was [["Justice", "Peace"]])
    expect(actors('Protesters chanted “No Justice, No Peace” on Sunday in Paris.')).toEqual([[]]);
  });

  it('a people after "No" that a verb follows stays', () => {
    expect(actors('“No Democrats will vote for it,” Smith said on Monday.')).toEqual([
      ['Democrats', 'Smith'],
    ]);
    expect(actors('No Democrats voted for the bill on Monday.')).toEqual([['Democrats']]);
  });
});

describe('months and "Will" in names', () => {
  it('a month or "Will" in a person\'s name stays in it', () => {
    // (were [["Theresa"]], [["Smith"]], [["Ryan"]])
    expect(actors('Theresa May resigned on Friday.')).toEqual([['Theresa May']]);
    expect(actors('Will Smith won an award on Sunday.')).toEqual([['Will Smith']]);
    expect(actors('April Ryan asked the question on Tuesday.')).toEqual([['April Ryan']]);
  });

  it('a month after a preposition or a word of time, and a question, stay apart', () => {
    expect(actors('In May Smith resigned from the board.')).toEqual([['Smith']]);
    expect(actors('In late May Jones resigned from the board.')).toEqual([['Jones']]);
    expect(actors('Will Smith resign on Friday?')).toEqual([]);
    expect(actors('Smith will meet May on Friday.')).toEqual([['Smith']]);
  });
});

describe('people who speak for where they work', () => {
  it('a firm after "at" that the subject\'s people work for acts', () => {
    // (were [[]] with the firm a place, and [["Economists", "Morgan Stanley"]])
    expect(actors('Analysts at Goldman Sachs said on Monday that prices would rise.')).toEqual([
      ['Goldman Sachs'],
    ]);
    expect(actors('Economists at Morgan Stanley said on Monday that rates would fall.')).toEqual([
      ['Morgan Stanley'],
    ]);
  });

  it('a place after "at", or a firm after the verb, is still where', () => {
    const events = (raw: string) =>
      extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => [
        e.actors,
        e.places,
      ]);
    expect(events('Smith met analysts at Goldman Sachs on Monday.')).toEqual([
      [['Smith'], ['Goldman Sachs']],
    ]);
    expect(events('Protesters at Trafalgar Square chanted on Sunday.')).toEqual([
      [[], ['Trafalgar Square']],
    ]);
  });
});

describe('names opened by a number or "Miss"', () => {
  it("a band's or a contest's name keeps its first word", () => {
    // (were [["Direction"]], [["Universe"]])
    expect(actors('One Direction played on Friday in London.')).toEqual([['One Direction']]);
    expect(actors('Miss Universe was crowned on Sunday.')).toEqual([['Miss Universe']]);
  });

  it('a number before a people, a party or a noun, and "Miss" before a surname, stay apart', () => {
    expect(actors('One Democrat voted against the bill on Monday.')).toEqual([['Democrat']]);
    expect(actors('One Apple engineer said on Monday that the phone was safe.')).toEqual([
      ['Apple'],
    ]);
    expect(actors('Miss Smith testified on Monday.')).toEqual([['Smith']]);
  });
});
