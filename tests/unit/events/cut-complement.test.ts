/**
 * shorten(): no cut before the complement a word wants (made-up passages): an adjective's ("free
 * | from"), a verb's after its object ("turn X | into"), the second half of "between X and Y".
 */
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/extract/events/title/shorten.ts';

describe('shorten(): complements a cut would drop', () => {
  it('keeps the complement of an adjective ("largely free | from the silt")', () => {
    // (was "... is now largely free")
    expect(
      shorten(
        'The harbour at the edge of the town is now largely free from the silt that clogs most other ports along the coast',
      ),
    ).toBe('The harbour at the edge of the town is now largely free from the silt');
  });

  it('keeps the old cut when no finished one comes within the overrun (no "…")', () => {
    expect(
      shorten(
        'The new harbour at the edge of the fictional town of Lorem is now largely free from the silt that clogs most other ports along the coast',
      ),
    ).toBe('The new harbour at the edge of the fictional town of Lorem is now largely free');
  });

  it('keeps the "into" of "turn" after its object ("turn the old fire station ... | into")', () => {
    // (was "... turn the old fire station on the high street")
    expect(
      shorten(
        'The council voted to turn the old fire station on the high street into a library for the whole village and its schools',
      ),
    ).toBe('The council voted to turn the old fire station on the high street into a library');
  });

  it('keeps the second half of "between" ("between the union | and the port authority")', () => {
    // (was "... at a meeting between the union")
    expect(
      shorten(
        'The mayor spent the afternoon at a meeting between the union and the port authority in the old customs house near the docks',
      ),
    ).toBe('The mayor spent the afternoon at a meeting between the union and the port authority');
  });

  it('still cuts before an "and" that joins two verbs after a floating "both"', () => {
    expect(
      shorten(
        'The owners of the two rival bakeries on the square both reported heavy losses and closed their shops for the whole winter season',
      ),
    ).toBe('The owners of the two rival bakeries on the square both reported heavy losses');
  });

  it('still cuts before an "and" that a verb follows ("both brothers at a flat | and charged")', () => {
    // (was "... arrested both brothers": the "and" was read as the second half of "both")
    expect(
      shorten(
        'Detectives from the regional serious crime unit arrested both brothers at a flat and charged them with the robbery of the bank in the town centre',
      ),
    ).toBe('Detectives from the regional serious crime unit arrested both brothers at a flat');
  });

  it('still cuts before "into" when no verb that wants it comes shortly before', () => {
    expect(
      shorten(
        'Police stopped the marchers at the bridge over the river and sent them into the side streets near the old market hall',
      ),
    ).toBe('Police stopped the marchers at the bridge over the river and sent them');
  });
});
