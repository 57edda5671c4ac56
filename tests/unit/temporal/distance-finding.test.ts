/**
 * A distance set off by commas before a finding told with no object ("the inquiry found.") is a
 * saying's, which tells nothing of the date, as "the board said" is; a finding with an object
 * ("the police found his car") opens a clause. Passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const valueOf = (text: string, expression: string) =>
  tagTimexes(text, { published: '2026-03-20' }).find((t) => t.text === expression)?.value;

describe('a distance before a finding', () => {
  it('is no count from the day before it when the finding has no object', () => {
    // (was 2026-03-18, counted from Monday)
    expect(
      valueOf('Smith resigned on Monday, two days later, the inquiry found.', 'two days later'),
    ).toBe(valueOf('Smith resigned on Monday, two days later, the board said.', 'two days later'));
  });

  it('counts from the day before it when the finding has an object', () => {
    expect(
      valueOf(
        'Smith vanished on Monday, two days later, the police found his car.',
        'two days later',
      ),
    ).toBe('2026-03-18');
  });
});
