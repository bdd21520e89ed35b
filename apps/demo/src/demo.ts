import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliIo, convertBatch } from './convert-batch.js';
import type { CliOptions } from './options.js';
import { displayPath } from './walk-inputs.js';

/** The example shipped with the package: the Mosul article, as raw scraped text. */
export const EXAMPLE_PATH = fileURLToPath(new URL('../example/mosul.txt', import.meta.url));

/**
 * `copydesk demo`: convert the bundled example to HTML, Markdown and JSON into `./out/` (in the
 * directory the user ran the command from), print the Markdown and list the files written.
 */
export async function runDemo(options: CliOptions, io: CliIo): Promise<number> {
  const out = options.out ?? 'out';
  const { exitCode, written } = await convertBatch({ ...options, inputs: [EXAMPLE_PATH], out }, io);
  if (exitCode !== 0) return exitCode;
  const markdown = written.find((f) => f.endsWith('.md'));
  if (markdown) io.stdout.write(`${await readFile(resolve(io.cwd, markdown), 'utf8')}\n`);
  io.stdout.write(`Converted the example (${displayPath(io.cwd, EXAMPLE_PATH)}) into ${out}/:\n`);
  for (const file of written) io.stdout.write(`  ${file}\n`);
  io.stdout.write('Next: copydesk --help, or copydesk serve for the playground page.\n');
  return 0;
}
