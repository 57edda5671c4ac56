/**
 * Two limits of rules for names and holidays, told on made-up events: a role word after a first
 * name that is a place's, or after "the", is that place's office ("the Virginia Governor"); and a
 * holiday opening the sentence gives way only to another day ("on Friday"), not to a year.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const actors = (raw: string, published = '2026-03-20') =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => e.actors);
const events = (raw: string, published: string) =>
  extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);

describe('extractArticle() on role words after first names that are places', () => {
  it('an office of a place named like a person is no surname', () => {
    // (were ['Victoria Premier'], ['Virginia Governor'] and ['Austin Mayor'])
    const found = [
      'The Victoria Premier said on Monday that the lockdown would end.',
      'The Virginia Governor signed the bill on Tuesday.',
      'The Austin Mayor announced the plan on Wednesday.',
    ].flatMap((raw) => actors(raw).flat());
    expect(found).not.toContain('Victoria Premier');
    expect(found).not.toContain('Virginia Governor');
    expect(found).not.toContain('Austin Mayor');
  });

  it('still keeps a surname that is a role word', () => {
    expect(actors('Stephen King said on Monday that he would retire.')).toEqual([['Stephen King']]);
    expect(actors('Larry Bishop, a pastor, said on Monday that the church would close.')).toEqual([
      ['Larry Bishop'],
    ]);
  });
});

describe('extractArticle() on a holiday opening the sentence beside another date', () => {
  it('a year leaves the act on the holiday', () => {
    // (was only ['2025', ...]: the holiday gave way to "this year")
    expect(
      events('Christmas celebrations were muted in Bethlehem this year.', '2025-12-27'),
    ).toContainEqual(['2025-12-25', 'Christmas celebrations were muted in Bethlehem']);
  });

  it('a day dates the act', () => {
    expect(events('Christmas markets drew thousands on Friday.', '2026-12-14')).toEqual([
      ['2026-12-11', 'Christmas markets drew thousands'],
    ]);
  });
});
