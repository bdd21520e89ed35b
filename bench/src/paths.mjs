// Where the bench finds the repository, the built CLI and the shared corpora.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(benchDir, '..');
export const cliPath = join(repoRoot, 'apps/demo/dist/cli.js');
export const resultsPath = join(benchDir, 'results.json');

/**
 * `../shared` beside the repository (or `$COPYDESK_SHARED`), as the test kit resolves it;
 * `undefined` when absent.
 */
export function sharedDir() {
  const dir = process.env.COPYDESK_SHARED ?? resolve(repoRoot, '../shared');
  return existsSync(join(dir, 'corpora')) ? dir : undefined;
}
