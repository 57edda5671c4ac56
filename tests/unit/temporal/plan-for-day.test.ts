/**
 * A plan's day right after "for" in a reduced relative on the subject, and a past main verb
 * after it (made-up passages, helper h213), told on Friday 2026-03-20.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const values = (text: string) =>
  tagTimexes(text, { published: '2026-03-20' }).map((t) => [t.text, t.value]);

describe('a day planned "for", then a past verb', () => {
  it('reads "for May" as the month, not the modal "may"', () => {
    // (Monday was next Monday: "May was" read as "may" and a verb, a future)
    expect(values('The opening scheduled for May was delayed on Monday.')).toEqual([
      ['May', '2026-05'],
      ['Monday', '2026-03-16'],
    ]);
  });

  it("keeps the plan's day ahead, whatever the verb after it tells", () => {
    // (was June 2025, from "was cancelled")
    expect(values('The vote scheduled for June was cancelled.')).toEqual([['June', '2026-06']]);
    expect(values('The vote scheduled for June 3 was cancelled on Monday.')).toEqual([
      ['June 3', '2026-06-03'],
      ['Monday', '2026-03-16'],
    ]);
    // (nor puts it ahead: a plan's day gone is the nearest, helper h220's made-up probes; with
    // the day held ahead, January was 2027 and May, told in August, 2027)
    expect(values('The trial scheduled for January was postponed.')).toEqual([
      ['January', '2026-01'],
    ]);
    expect(
      tagTimexes('The concert scheduled for May was cancelled.', { published: '2026-08-20' }).map(
        (t) => [t.text, t.value],
      ),
    ).toEqual([['May', '2026-05']]);
    expect(
      tagTimexes('The election scheduled for June was held without incident.', {
        published: '2026-09-01',
      }).map((t) => [t.text, t.value]),
    ).toEqual([['June', '2026-06']]);
    // (a plan that did not come about is still gone)
    expect(values('The vote was scheduled for Friday but never came.')).toEqual([
      ['Friday', '2026-03-20'],
    ]);
  });
});
