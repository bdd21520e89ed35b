import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Property tests run thousands of cases; CI machines are shared, so allow for a slow one.
    testTimeout: 300_000,
  },
});
