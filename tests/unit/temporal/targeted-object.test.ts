/**
 * "Targeted" with a determiner and its object is an act, not a plan ("targeted for May" is).
 * Made-up passages (helper h213), told on 2026-03-20.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const values = (text: string) =>
  tagTimexes(text, { published: '2026-03-20' }).map((t) => [t.text, t.value]);

describe('"targeted" before its object', () => {
  it('tells a past act, its month gone', () => {
    // (was 2026-05: "targeted" read as "planned")
    expect(values('The bombing targeted a market in May, officials said on Monday.')).toEqual([
      ['May', '2025-05'],
      ['Monday', '2026-03-16'],
    ]);
  });

  it('still plans what is targeted for a month', () => {
    expect(values('The launch is targeted for May.')).toEqual([['May', '2026-05']]);
    // (an occasion to come as the object is a plan: helper h220's made-up probes, were May 2025
    // and June 2025 with every object an act)
    expect(values('The company targeted a launch in May.')).toEqual([['May', '2026-05']]);
    expect(values('The airline has targeted a return to service in June.')).toEqual([
      ['June', '2026-06'],
    ]);
  });
});
