import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The integration tests spawn the built CLI and a browser: give them room on a loaded machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
