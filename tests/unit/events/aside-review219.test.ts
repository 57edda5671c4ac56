/**
 * Where a relative aside stops short of an aside (made-up passages): a saying verb's object with an
 * apposition, a relative between dashes after a clause with its verb.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() relatives that are no aside of the subject', () => {
  it('an apposition after a saying verb is its object when no verb follows its comma', () => {
    // (was "The man runs the shelter, that it would close")
    expect(
      told(
        'Officials told Tom Reyes, the man who runs the shelter, that it would close on Monday.',
      ),
    ).not.toContainEqual(['2026-03-23', 'The man runs the shelter, that it would close']);
  });

  it('a relative between dashes after a clause with its verb is on the clause', () => {
    // (was "The council approved the plan critics called a mistake")
    expect(
      told(
        'The council approved the plan on Monday — which critics called a mistake — and work began on Tuesday.',
      ),
    ).toEqual([
      ['2026-03-16', 'The council approved the plan'],
      ['2026-03-17', 'Work began'],
    ]);
  });
});
