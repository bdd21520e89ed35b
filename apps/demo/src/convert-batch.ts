import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, realpath, rm, stat, writeFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { join, resolve } from 'node:path';
import type { ConvertResult } from './convert.js';
import { autoWorkerCount } from './auto-jobs.js';
import { BatchThreads, startBatchThreads } from './batch-threads.js';
import { type CliIo, checkOutDirectory, checkStdinIsPiped } from './cli-io.js';
import { type ErrorRecord, errorRecord } from './error-record.js';
import { type FeedEntry, renderBatchFeed } from './json-feed-output.js';
import { type ArticleFormat, COLLECTION_FILE, EXTENSION, isArticleFormat } from './formats.js';
import type { CliOptions } from './options.js';
import { outputPath } from './output-path.js';
import { ProgressBar } from './progress.js';
import { readAll } from './read-stdin.js';
import { RunReport } from './run-report.js';
import { runBatch } from './run-batch.js';
import { type Task, runTask } from './task.js';
import { UsageError } from './usage-error.js';
import { type InputEntry, displayPath, walkInputs } from './walk-inputs.js';
import { endStream, writeText } from './write-text.js';

export type { CliIo };

export interface BatchOutcome {
  exitCode: 0 | 1;
  /** Files written under `--out`, relative to the user's directory, in the order written. */
  written: string[];
}

/**
 * Convert files, directories and stdin: the CLI's main mode. Every input ends as an output or
 * an error record; failures never stop the batch unless `--fail-fast`. `threads` are the worker
 * threads the CLI started for it ahead of time (see {@link startBatchThreads}); under `--jobs auto`
 * the batch starts its own once it knows its size. All are closed when the batch ends.
 */
export async function convertBatch(options: CliOptions, io: CliIo, threads = startBatchThreads(options, io.cwd)): Promise<BatchOutcome> {
  const started: BatchThreads[] = threads ? [threads] : [];
  try {
    return await convertInputs(options, io, threads, (count) => {
      const late = BatchThreads.start(count);
      started.push(late);
      return late;
    });
  } finally {
    await Promise.all(started.map((t) => t.close()));
  }
}

/** The batch: check the arguments, walk, plan every output, convert, report. */
async function convertInputs(
  options: CliOptions,
  io: CliIo,
  threads: BatchThreads | undefined,
  startThreads: (count: number) => BatchThreads,
): Promise<BatchOutcome> {
  const outDir = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  checkStdinIsPiped(options.inputs, io);
  await checkInputsExist(options.inputs, io.cwd);
  if (outDir) await checkOutDirectory(outDir, options.out!);

  const skipDirectories = new Set<string>();
  if (outDir) skipDirectories.add(await realpath(outDir).catch(() => outDir));
  const entries: InputEntry[] = [];
  // Walk everything first: the progress bar needs the total, and no output may land on an input not yet read.
  for await (const entry of walkInputs(options.inputs, { cwd: io.cwd, maxBytes: options.maxBytes, skipDirectories })) entries.push(entry);
  const inputPaths = new Set(entries.flatMap((e) => (e.kind === 'file' ? [e.path] : [])));
  const convertible = entries.filter((e) => e.kind !== 'error').length;

  const articleFormats = options.formats.filter(isArticleFormat);
  if (!outDir) {
    if (options.formats.length > 1) throw new UsageError(`several formats (--to ${options.formats.join(' --to ')}) need --out DIR`);
    if (articleFormats.length === 1 && convertible > 1) {
      throw new UsageError(`${convertible} inputs need --out DIR (or --to ndjson / --to jsonfeed to collect them on stdout)`);
    }
  }
  if (entries.length === 0) {
    io.stderr.write(`copydesk: nothing to convert: no files found in ${options.inputs.join(', ')}\n`);
    return { exitCode: 1, written: [] };
  }

  if (outDir && options.formats.includes('jsonfeed')) guardCollectionTarget(join(outDir, COLLECTION_FILE.jsonfeed), inputPaths);

  const progress = new ProgressBar(io.stderr, entries.length, !options.quiet);
  const report = new RunReport(progress, options.quiet);
  const written: string[] = [];
  const claimed = new Set<string>();
  const feedEntries: FeedEntry[] = [];

  let ndjsonStream: Writable | undefined;
  let ndjsonFile: WriteStream | undefined;
  if (options.formats.includes('ndjson')) {
    if (outDir) {
      const target = join(outDir, COLLECTION_FILE.ndjson);
      guardCollectionTarget(target, inputPaths);
      await mkdir(outDir, { recursive: true });
      ndjsonFile = createWriteStream(target);
      ndjsonStream = ndjsonFile;
      written.push(displayPath(io.cwd, target));
    } else ndjsonStream = io.stdout;
  }

  // The collection files are claimed first: an input mirrored onto `feed.json` must not be overwritten by the feed.
  if (outDir) for (const format of ['ndjson', 'jsonfeed'] as const) if (options.formats.includes(format)) claimed.add(join(outDir, COLLECTION_FILE[format]));

  // Decide every output path before converting anything: an output that would land on an input,
  // or on another input's output, turns that input into an error record in its place.
  const planned = entries.map((entry): PlannedEntry => {
    if (entry.kind === 'error' || !outDir) return { entry };
    const display = entry.kind === 'stdin' ? '-' : entry.display;
    const mirror = entry.kind === 'stdin' ? 'stdin' : entry.mirror;
    const targets: Partial<Record<ArticleFormat, string>> = {};
    for (const format of articleFormats) {
      const target = outputPath(outDir, mirror, EXTENSION[format]);
      if (inputPaths.has(target)) {
        return { entry: { kind: 'error', record: errorRecord(display, 'input/would-overwrite', `its output ${displayPath(io.cwd, target)} is an input; nothing written`) } };
      }
      if (claimed.has(target)) {
        return { entry: { kind: 'error', record: errorRecord(display, 'input/output-collision', `its output ${displayPath(io.cwd, target)} is also another input's output; nothing written`) } };
      }
      targets[format] = target;
    }
    for (const target of Object.values(targets)) claimed.add(target);
    return { entry, targets };
  });

  const handle = async ({ entry, targets }: PlannedEntry, result: ConvertResult | undefined): Promise<boolean> => {
    if (entry.kind === 'error') return fail(entry.record);
    const display = entry.kind === 'stdin' ? '-' : entry.display;
    if (!result) return fail(errorRecord(display, 'convert/exception', 'no result'));
    if (!result.ok) return fail(errorRecord(display, result.code, result.message, result.diagnostics ? { diagnostics: result.diagnostics } : {}));

    if (targets) for (const target of Object.values(targets)) written.push(displayPath(io.cwd, target));
    else for (const format of articleFormats) await writeText(io.stdout, withNewline(result.outputs[format] ?? ''));
    if (ndjsonStream && result.ndjsonLine !== undefined) {
      await writeText(ndjsonStream, `{"input":${JSON.stringify(display)},"article":${result.ndjsonLine}}\n`);
    }
    if (result.article) feedEntries.push({ input: display, article: result.article });
    report.succeeded(display, result.warnings);
    return true;
  };

  const fail = async (record: ErrorRecord): Promise<boolean> => {
    report.fail(record);
    if (ndjsonStream) await writeText(ndjsonStream, `${JSON.stringify(record)}\n`);
    return false;
  };

  // Every file becomes a task that a thread reads, converts and writes; stdin and inputs that
  // already failed are produced here when their turn comes.
  const tasks = planned.map(({ entry, targets }): Task | null =>
    entry.kind === 'file' ? { source: { path: entry.path, maxBytes: options.maxBytes }, fileName: entry.path, formats: options.formats, options, targets } : null,
  );
  // Results are handled in input order, with at most `window` inputs claimed past the last one
  // handled: output order is stable whatever the number of jobs, and memory stays bounded on
  // large batches. With --fail-fast only one input per job is in flight, so little is converted past a failure.
  const window = options.failFast ? options.jobs : Math.max(4, options.jobs * 64);
  const useThreads = convertible > 1 ? (threads ?? threadsWorthStarting(options, entries, startThreads)) : undefined;
  // When every output goes to its own file, a result is a small status record: the batch can be
  // split (the workers take inputs from the back) with no bound on how many wait to be handled.
  // The threads then fill different output directories instead of queueing for the same one.
  const split = useThreads !== undefined && outDir !== undefined && !options.failFast && !options.formats.some((f) => !isArticleFormat(f));
  // Results from the back wait until the front reaches them: the bar counts conversions as they finish instead.
  report.ticksProgress = !split;
  const { handled, stopped } = await runBatch(
    {
      tasks,
      window: split ? Number.POSITIVE_INFINITY : window,
      converted: split ? () => progress.tick() : undefined,
      produce: (index) => {
        const { entry, targets } = planned[index]!;
        return entry.kind === 'stdin' ? readStdinResult(io.stdin, options, targets) : Promise.resolve(undefined);
      },
      handle: async (index, result) => {
        if (split && !tasks[index]) progress.tick();
        return (await handle(planned[index]!, result)) || !options.failFast;
      },
    },
    // One input is converted here: a worker would only add its start-up.
    useThreads,
  );
  if (stopped && handled < entries.length) {
    report.note(`stopped at the first failure (--fail-fast): ${entries.length - handled} input(s) not converted`);
  }

  if (options.formats.includes('jsonfeed')) {
    const feed = renderBatchFeed(feedEntries, feedTitle(options.inputs));
    if (outDir) {
      const target = join(outDir, COLLECTION_FILE.jsonfeed);
      await mkdir(outDir, { recursive: true });
      await writeFile(target, feed);
      written.push(displayPath(io.cwd, target));
    } else await writeText(io.stdout, feed);
  }
  if (ndjsonFile) await endStream(ndjsonFile);
  if (outDir && !inputPaths.has(join(outDir, ERRORS_FILE))) {
    const target = join(outDir, ERRORS_FILE);
    if (report.records.length > 0) {
      await mkdir(outDir, { recursive: true });
      await writeFile(target, report.records.map((r) => `${JSON.stringify(r)}\n`).join(''));
      written.push(displayPath(io.cwd, target));
    } else {
      // A clean run leaves no errors file behind from an earlier one, which would tell a wrong story.
      await rm(target, { force: true });
    }
  }
  report.finish(entries.length > 1 || report.failed > 0 || stopped);
  return { exitCode: report.failed > 0 || stopped ? 1 : 0, written };
}

/** Under `--jobs auto`, the worker threads this batch's size repays (none for a small batch), started with `start`. */
export function threadsWorthStarting(options: Pick<CliOptions, 'jobs' | 'autoJobs'>, entries: readonly InputEntry[], start: (count: number) => BatchThreads): BatchThreads | undefined {
  if (!options.autoJobs) return undefined;
  let bytes = 0;
  for (const entry of entries) if (entry.kind === 'file') bytes += entry.size;
  const count = autoWorkerCount(bytes, options.jobs);
  return count > 0 ? start(count) : undefined;
}

/** Where `--out` collects the error records of a run. */
const ERRORS_FILE = 'errors.ndjson';

/** An input and, under `--out`, where its article formats go. */
interface PlannedEntry {
  entry: InputEntry;
  targets?: Partial<Record<ArticleFormat, string>>;
}

/** A path that does not exist is a usage mistake (exit 2), caught before any work starts. */
async function checkInputsExist(inputs: readonly string[], cwd: string): Promise<void> {
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  for (const input of inputs) {
    if (input === '-') continue;
    try {
      await stat(resolve(cwd, input));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`no such file or directory: ${input}`);
      // Anything else (permission denied) is reported per input by the walk, and the batch goes on.
    }
  }
}

/** Reading stdin from a terminal would wait for typing that nobody means to do: say what to give instead. */
async function readStdinResult(stdin: Readable, options: CliOptions, targets: PlannedEntry['targets']): Promise<ConvertResult> {
  const bytes = await readAll(stdin, options.maxBytes);
  if (!bytes) return { ok: false, code: 'input/too-large', message: `stdin is over the --max-bytes limit of ${options.maxBytes} bytes` };
  return runTask({ source: { bytes }, formats: options.formats, options, targets });
}

function guardCollectionTarget(target: string, inputPaths: ReadonlySet<string>): void {
  if (inputPaths.has(target)) throw new UsageError(`--out would overwrite the input ${target}; choose another directory`);
}

function feedTitle(inputs: readonly string[]): string {
  return inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-') ? 'Articles' : `Articles from ${inputs.join(', ')}`;
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
