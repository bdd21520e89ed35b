import { type Dirent, type Stats, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { formatByteSize } from './byte-size.js';
import { type ErrorRecord, errorRecord } from './error-record.js';

/** One file to convert, named three ways. */
export interface InputFile {
  kind: 'file';
  /** Absolute path, for reading. */
  path: string;
  /** As the user sees it: relative to where they ran the command. */
  display: string;
  /** The path `--out` mirrors: the file name for a file argument, the path inside the directory for a directory argument. */
  mirror: string;
  size: number;
}

export type InputEntry = InputFile | { kind: 'stdin' } | { kind: 'error'; record: ErrorRecord };

export interface WalkOptions {
  cwd: string;
  maxBytes: number;
  /** Real paths of directories never to enter (the output directory, so a rerun does not convert its own outputs). */
  skipDirectories: ReadonlySet<string>;
}

/**
 * Every input the arguments name, in a stable order: files as given, directories recursively
 * (entries sorted by name, hidden ones skipped, symlinks followed). Anything that cannot be
 * read comes back as an error entry in its place, so the caller can report it and go on.
 *
 * The file system calls are synchronous on purpose: a walk is thousands of small `stat` calls in a
 * row with nothing to overlap them with, and each asynchronous one is a round trip through libuv's
 * thread pool that, on a busy machine, waits for that thread to be scheduled. Synchronous, a walk
 * of 2,000 files takes milliseconds instead of a good part of a second.
 */
export async function* walkInputs(args: readonly string[], options: WalkOptions): AsyncGenerator<InputEntry> {
  if (args.length === 0) {
    yield { kind: 'stdin' };
    return;
  }
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    const path = resolve(options.cwd, arg);
    const display = displayPath(options.cwd, path);
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      yield { kind: 'error', record: errorRecord(display, 'input/unreadable', `cannot read: ${reason(error)}`) };
      continue;
    }
    if (stats.isDirectory()) {
      yield* walkDirectory(path, path, new Set([realpathSync(path)]), options);
    } else {
      yield fileEntry(path, basename(path), stats, options);
    }
  }
}

async function* walkDirectory(root: string, dir: string, ancestors: Set<string>, options: WalkOptions): AsyncGenerator<InputEntry> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'error', record: errorRecord(displayPath(options.cwd, dir), 'input/unreadable', `cannot read directory: ${reason(error)}`) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const display = displayPath(options.cwd, path);
    let stats: Stats;
    try {
      // stat follows symlinks: a link to a file is that file, a link to a directory is walked (loops caught below).
      stats = statSync(path);
    } catch (error) {
      const what = entry.isSymbolicLink() ? 'broken symbolic link' : 'cannot read';
      yield { kind: 'error', record: errorRecord(display, 'input/unreadable', `${what}: ${reason(error)}`) };
      continue;
    }
    if (stats.isDirectory()) {
      const real = realpathSync(path);
      if (ancestors.has(real)) {
        yield {
          kind: 'error',
          record: errorRecord(display, 'input/directory-loop', `directory loop: links back to ${displayPath(options.cwd, real)}; skipped`),
        };
        continue;
      }
      if (options.skipDirectories.has(real)) continue;
      ancestors.add(real);
      yield* walkDirectory(root, path, ancestors, options);
      ancestors.delete(real);
    } else if (stats.isFile()) {
      yield fileEntry(path, relative(root, path), stats, options);
    } else {
      yield { kind: 'error', record: errorRecord(display, 'input/unreadable', 'not a regular file (a device, socket or pipe); skipped') };
    }
  }
}

function fileEntry(path: string, mirror: string, stats: Stats, options: WalkOptions): InputEntry {
  const display = displayPath(options.cwd, path);
  if (!stats.isFile()) {
    return { kind: 'error', record: errorRecord(display, 'input/unreadable', 'not a regular file (a device, socket or pipe); skipped') };
  }
  if (stats.size > options.maxBytes) {
    return {
      kind: 'error',
      record: errorRecord(display, 'input/too-large', `${formatByteSize(stats.size)} is over the --max-bytes limit of ${formatByteSize(options.maxBytes)}; skipped`),
    };
  }
  return { kind: 'file', path, display, mirror, size: stats.size };
}

/** Relative to where the user ran the command when inside it, absolute otherwise. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return error instanceof Error ? error.message : String(error);
}
