/** The act a "since" clause tells, with a subject of its own, is not the main clause's actors'. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-05' }).events.map((e) => [e.title, e.actors]);

describe('extractArticle() on a state since an act', () => {
  it('an act with a subject of its own lists its own actors', () => {
    // (was "The Ukraine war broke out" with the actor "Russians")
    expect(
      told(
        'Thousands of Russians have fled to Belarus since the Ukraine war broke out in February 2022.',
      ),
    ).toEqual([
      ['Thousands of Russians have fled to Belarus', ['Russians']],
      ['The Ukraine war broke out', []],
    ]);
  });

  it('an act told of a pronoun keeps the actors it stands for', () => {
    expect(
      told(
        'Thousands of Russians have fled to Belarus since they lost their jobs in February 2022.',
      ),
    ).toContainEqual(['They lost their jobs', ['Russians']]);
  });
});
