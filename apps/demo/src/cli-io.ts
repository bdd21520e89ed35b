import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { ReportStream } from './progress.js';
import { UsageError } from './usage-error.js';

/**
 * The process's streams and where the user ran the command, and the checks on them that every
 * conversion makes. A module of its own so that the NDJSON path can use them without loading
 * the file batch, and with it the parser, into a thread that only moves bytes.
 */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable & ReportStream;
  cwd: string;
}

export function checkStdinIsPiped(inputs: readonly string[], io: CliIo): void {
  if ((inputs.length === 0 || inputs.includes('-')) && io.stdin.isTTY) {
    throw new UsageError('no input: name files or directories, or pipe text in (cat article.txt | copydesk)');
  }
}

/** `--out` may not exist yet (it is created), but it may not be a file. */
export async function checkOutDirectory(outDir: string, given: string): Promise<void> {
  const info = await stat(outDir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UsageError(`--out ${given} is a file, not a directory`);
}
