import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Dates in tests are calendar values; pin the zone so nothing depends on the machine.
    env: { TZ: 'UTC' },
  },
});
