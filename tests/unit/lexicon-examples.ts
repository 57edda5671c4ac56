/** Runs a lexicon entry's examples and counter-examples against its pattern, as tests. */
import { expect, it } from 'vitest';

export function matchesItsExamples(
  label: string,
  pattern: RegExp,
  examples: readonly string[],
  counterExamples: readonly string[],
): void {
  it.each(examples)(`${label}: "%s"`, (text) => {
    expect(pattern.test(text)).toBe(true);
  });
  it.each(counterExamples)(`${label}: not "%s"`, (text) => {
    expect(pattern.test(text)).toBe(false);
  });
}
