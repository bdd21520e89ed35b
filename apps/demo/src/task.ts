import { readFile } from 'node:fs/promises';
import { formatByteSize } from './byte-size.js';
import { type ConvertOptions, type ConvertResult, convert } from './convert.js';
import type { Format } from './formats.js';

/** One unit of work, small enough to post to a worker thread: a file to read, or text already read. */
export interface Task {
  source: { path: string; maxBytes: number } | { text: string } | { bytes: Uint8Array };
  /** For the sniffer's extension hint. */
  fileName?: string;
  formats: readonly Format[];
  options: ConvertOptions;
}

/**
 * Read (when given a path) and convert. Reading happens here rather than in the main thread so
 * that worker threads share the I/O as well as the parsing. Never throws.
 */
export async function runTask(task: Task): Promise<ConvertResult> {
  let input: Uint8Array | string;
  if ('path' in task.source) {
    try {
      input = await readFile(task.source.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file (removed while running?)' : String(error);
      return { ok: false, code: 'input/unreadable', message: `cannot read: ${why}` };
    }
    // The walk checked the size already; the file may have grown since.
    if (input.length > task.source.maxBytes) {
      return { ok: false, code: 'input/too-large', message: `${formatByteSize(input.length)} is over the --max-bytes limit of ${formatByteSize(task.source.maxBytes)}; skipped` };
    }
  } else {
    input = 'text' in task.source ? task.source.text : task.source.bytes;
  }
  return convert(input, task.formats, task.options, task.fileName);
}
