import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Dates in tests are calendar values; pin the zone so nothing depends on the machine.
    env: { TZ: 'UTC' },
    // A hang guard, not a speed check (speed is measured by the benchmarks): the property and
    // adversarial tests take 2-4 s alone and ran past 5 s on a machine shared with other jobs.
    testTimeout: 30_000,
  },
});
