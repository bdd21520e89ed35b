import { extname, join } from 'node:path';

/**
 * Where `--out` puts an input's rendering: the mirrored path with its extension swapped.
 *
 * @example
 * outputPath('out', 'world/mosul.txt', '.html'); // 'out/world/mosul.html'
 */
export function outputPath(outDir: string, mirror: string, extension: string): string {
  const ext = extname(mirror);
  const stem = ext && ext !== mirror ? mirror.slice(0, -ext.length) : mirror;
  return join(outDir, stem + extension);
}
