import { defineConfig } from 'tsup';

// The CLI and its worker thread, as ESM for Node. The @copydesk packages stay external
// (they are dependencies); the playground is built separately by Vite into dist/web.
export default defineConfig({
  entry: { cli: 'src/cli.ts', worker: 'src/worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: true,
  dts: false,
  splitting: true,
});
