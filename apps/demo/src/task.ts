import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatByteSize } from './byte-size.js';
import { type ConvertOptions, type ConvertResult, convert } from './convert.js';
import type { ArticleFormat, Format } from './formats.js';

/** One unit of work, small enough to post to a worker thread: a file to read, or text already read. */
export interface Task {
  source: { path: string; maxBytes: number } | { text: string } | { bytes: Uint8Array };
  /** For the sniffer's extension hint. */
  fileName?: string;
  formats: readonly Format[];
  options: ConvertOptions;
  /**
   * Where to write each article format (under `--out`). The task writes them itself, so worker
   * threads share the writing too; the renderings then do not travel back to the main thread.
   */
  targets?: Partial<Record<ArticleFormat, string>>;
}

/**
 * Read (when given a path), convert, and write the outputs when the task says where. Reading and
 * writing happen here rather than in the main thread so that worker threads share the I/O as well
 * as the parsing. The file calls are synchronous on purpose: the thread has nothing else to do
 * meanwhile, and each small file then costs one system call per step instead of a round trip
 * through libuv's thread pool, which on a busy machine cost more than the parsing. Never throws.
 */
export function runTaskSync(task: Task): ConvertResult {
  let input: Uint8Array | string;
  if ('path' in task.source) {
    try {
      input = readFileSync(task.source.path);
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
  const result = convert(input, task.formats, task.options, task.fileName);
  if (!result.ok || !task.targets) return result;
  for (const [format, target] of Object.entries(task.targets) as Array<[ArticleFormat, string]>) {
    try {
      ensureDirectory(dirname(target));
      writeFileSync(target, result.outputs[format] ?? '');
    } catch (error) {
      return { ok: false, code: 'output/unwritable', message: `cannot write ${target}: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  return { ...result, outputs: {} };
}

/** {@link runTaskSync} behind the promise interface of a converter. */
export async function runTask(task: Task): Promise<ConvertResult> {
  return runTaskSync(task);
}

/** Directories this thread has created: a batch writes many files into few directories. */
const created = new Set<string>();

function ensureDirectory(dir: string): void {
  if (created.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  created.add(dir);
}
