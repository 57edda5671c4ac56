/**
 * A verb in -s after "and" opens a verb phrase of its own: its present does not tell the tense of
 * the date in the verb phrase before it. Made-up passages (helper 182), told on 2026-02-20.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const values = (text: string) =>
  tagTimexes(text, { published: '2026-02-20' }).map((t) => [t.text, t.value]);

describe('a present verb phrase after "and"', () => {
  it('leaves the date before it to its own verb phrase', () => {
    // (were 2027-01: "meets", "plans" and "reopens" told the January ahead)
    expect(values('The bank cut rates in January and meets again on March 17.')).toEqual([
      ['January', '2026-01'],
      ['March 17', '2026-03-17'],
    ]);
    expect(values('The bank raised rates in January and meets again on March 17.')).toEqual([
      ['January', '2026-01'],
      ['March 17', '2026-03-17'],
    ]);
    expect(values('The firm cut jobs in January and plans more cuts in March.')).toEqual([
      ['January', '2026-01'],
      ['March', '2026-03'],
    ]);
    expect(values('The plant shut down in January and reopens in March.')).toEqual([
      ['January', '2026-01'],
      ['March', '2026-03'],
    ]);
  });

  it('leaves the date before it to its own verb phrase when a name follows the verb', () => {
    // (was 2027-01: "plays" told the January ahead; made-up, helper h213)
    expect(values('The club signed Smith in January and plays Lorem on Sunday.')).toEqual([
      ['January', '2026-01'],
      ['Sunday', '2026-02-22'],
    ]);
  });

  it('leaves a date told ahead by its own verb phrase', () => {
    expect(values('The bank will cut rates in January and meets again on March 17.')).toEqual([
      ['January', '2027-01'],
      ['March 17', '2026-03-17'],
    ]);
    expect(values('The team plays in January and meets its rivals in March.')).toEqual([
      ['January', '2027-01'],
      ['March', '2026-03'],
    ]);
  });

  it('is no plural noun that goes on the subject before "in" or "at" (made-up, helper 184)', () => {
    const toldInApril = (text: string) =>
      tagTimexes(text, { published: '2026-04-10' }).map((t) => [t.text, t.value]);
    // (were 2026-06 and 2026-05 under the first cut of the rule: "toppled" and "killed" cut off)
    expect(toldInApril('Strikes in June and protests in July toppled the government.')).toEqual([
      ['June', '2025-06'],
      ['July', '2025-07'],
    ]);
    expect(toldInApril('Floods in May and fires at the plant in June killed 40 people.')).toEqual([
      ['May', '2025-05'],
      ['June', '2025-06'],
    ]);
  });
});
