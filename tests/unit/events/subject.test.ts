/** Whom a title names when the subject stands apart from its verb. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const titles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '1998-10-26' }).events.map((e) => e.title);

describe('extractArticle() on a main clause resumed after a relative aside', () => {
  it('puts back the subject after a fronted phrase ("In the race for attorney general, the Democratic candidate, ..., who ...")', () => {
    // (was "In the race for attorney general has moved quickly ...")
    expect(
      titles(
        'In the race for attorney general, the Democratic candidate, Eliot Spitzer, who favors abortion rights, has moved quickly to make the issue central.',
      ),
    ).toEqual(['The Democratic candidate has moved quickly to make the issue central']);
    expect(
      titles('In Ohio, Smith, who favors abortion rights, has moved quickly to make it an issue.'),
    ).toEqual(['Smith has moved quickly to make it an issue']);
  });

  it('a name in -ing opens no fronted phrase ("MindSpring, which ...", "Beijing, which ...")', () => {
    // (the subject is the name, not what follows its comma)
    expect(
      titles('MindSpring, which provided the space for the site, closed it on Thursday night.'),
    ).toEqual(['MindSpring closed it']);
    // (nor one alone before its comma: "Beijing, which ...")
    expect(titles('Beijing, which imposed tariffs, said on Friday it would retaliate.')).toEqual([
      'Beijing said it would retaliate',
    ]);
  });
});

describe('extractArticle() on what was said, resumed after an aside', () => {
  it('a participle aside after the noun of what was said is that noun\'s ("said the plant, built in 1990, closed")', () => {
    // (were "Officials was built", "Built in 1990 closed" and "Officials reopened")
    expect(
      titles('Officials said the plant, built in 1990, closed in 1995 and reopened in 1997.'),
    ).toEqual(['The plant was built', 'The plant closed', 'The plant reopened']);
  });

  it('a second verb phrase after a verb resumed past a relative aside is its subject\'s ("and died out")', () => {
    // (was "Officials died out")
    expect(
      titles(
        'Officials said the storm, which made landfall in May, weakened in June and died out in July.',
      ),
    ).toEqual(['The storm made landfall', 'The storm weakened', 'The storm died out']);
  });

  it('a participle in -ing after a comma is still the subject\'s ("closed the plant, citing")', () => {
    expect(titles('The company closed the plant, citing weak demand in May.')).toContain(
      'The company cited weak demand',
    );
  });
});
