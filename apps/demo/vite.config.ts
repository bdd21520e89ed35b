import { defineConfig } from 'vite';

// The playground: a static page built into dist/web, served by `copydesk serve`. Relative
// asset URLs so it also works from any path, and no network at runtime (everything is bundled).
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
