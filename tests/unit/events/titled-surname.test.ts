/** A "he" or "she" stands for a one-word name the text gives a person's role. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const events = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-04' }).events.map((e) => [e.title, e.actors]);

describe('extractArticle() on a pronoun after a one-word name with a role', () => {
  it('a surname said to hold a role, or after a role word, is the "he" that follows', () => {
    // (were 'He was arrested on corruption charges' with no actor)
    expect(
      events('Smith was the mayor of Boston. He was arrested on Monday on corruption charges.'),
    ).toEqual([['Smith was arrested on corruption charges', ['Smith']]]);
    expect(
      events('Mr. Smith was a lawyer. He was arrested on Monday on corruption charges.'),
    ).toEqual([['Smith was arrested on corruption charges', ['Smith']]]);
  });

  it('a name said to be no role is no person the pronoun stands for', () => {
    expect(
      events('Boston was the capital of the colony. He was arrested on Monday on charges.'),
    ).toEqual([['He was arrested on charges', []]]);
    expect(
      events('Smith was the favourite. He was arrested on Monday on corruption charges.'),
    ).toEqual([['He was arrested on corruption charges', []]]);
  });

  it("a name said to hold another's role's possessive is not that role", () => {
    // (was 'Smith left office', actor Smith: "the governor's" read as Smith's role)
    expect(
      events("Smith was the governor's lawyer. The governor resigned. She left office on Monday."),
    ).toEqual([['She left office', []]]);
  });
});
