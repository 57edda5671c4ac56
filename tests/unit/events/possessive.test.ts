import { describe, expect, it } from 'vitest';
import { possessiveOf } from '../../../src/extract/events/title/possessive.ts';

describe('possessiveOf()', () => {
  it.each([
    ['The council', 'The council’s'],
    ['Disney', 'Disney’s'],
    ['Lawmakers', 'Lawmakers’'],
    ['Congress', 'Congress’'],
  ])('%s -> %s', (owner, possessive) => {
    expect(possessiveOf(owner)).toBe(possessive);
  });
});
