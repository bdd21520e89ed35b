import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The test kit depends on this package, so it cannot be a dependency here (a cycle in the
    // build graph); the model's tests reach its source directly.
    alias: { '@copydesk/testkit': fileURLToPath(new URL('../testkit/src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
