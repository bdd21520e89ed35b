import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { type CliIo, checkOutDirectory, checkStdinIsPiped } from './cli-io.js';
import { errorRecord } from './error-record.js';
import type { NdjsonSettings } from './ndjson-chunk.js';
import { ndjsonLimits, readFileChunks, streamNdjson } from './ndjson-stream.js';
import { type ChunkConverter, keepSpare, type NdjsonWorkers } from './ndjson-workers.js';
import type { CliOptions } from './options.js';
import { outputPath } from './output-path.js';
import { ProgressBar } from './progress.js';
import { RunReport } from './run-report.js';
import { UsageError } from './usage-error.js';
import { displayPath, walkInputs } from './walk-inputs.js';
import { endStream } from './write-text.js';

/**
 * `--ndjson-in`: each input is a stream of `{"id", "text"}` lines; each line becomes one result
 * line, in order. Lines are read, converted (on the worker threads when `--jobs` > 1; this
 * thread then only moves bytes) and written with a bounded number of bytes in flight, and
 * reading pauses while the output is full, so a corpus larger than memory goes through at flat
 * memory.
 *
 * A result line is `{"id", "line", "article"}` (with `"html"` and `"markdown"` too when asked
 * for); a failed line is an error record `{"input", "line", "id", "error"}` in its place.
 *
 * `workers` are the threads started for `--jobs` > 1 (see {@link NdjsonWorkers}); the caller closes them.
 */
export async function convertNdjson(given: CliOptions, io: CliIo, workers?: NdjsonWorkers): Promise<{ exitCode: 0 | 1; written: string[] }> {
  if (given.formats.includes('jsonfeed')) throw new UsageError('--to jsonfeed collects whole articles and cannot stream; use --to ndjson with --ndjson-in');
  checkStdinIsPiped(given.inputs, io);
  // A result line holds the article compact, whichever of json and ndjson was asked for.
  const formats = given.formats.map((f) => (f === 'json' ? 'ndjson' : f));
  const options: CliOptions = { ...given, formats: formats.filter((f, i) => formats.indexOf(f) === i) };
  const outDir = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  if (outDir) await checkOutDirectory(outDir, options.out!);
  for (const input of options.inputs) {
    if (input === '-') continue;
    try {
      await stat(resolve(io.cwd, input));
    } catch {
      throw new UsageError(`no such file or directory: ${input}`);
    }
  }

  // The total number of lines is unknown in a stream: no bar, only the summary.
  const report = new RunReport(new ProgressBar(io.stderr, 0, false), options.quiet);
  const converter = workers ?? (await inThreadConverter());
  const settings: NdjsonSettings = {
    formats: options.formats,
    standalone: options.standalone,
    frontMatter: options.frontMatter,
    keepBoilerplate: options.keepBoilerplate,
    from: options.from,
    maxBytes: options.maxBytes,
  };
  const limits = ndjsonLimits(options.jobs, options.failFast);
  const written: string[] = [];
  let stopped = false;
  try {
    for await (const entry of walkInputs(options.inputs, { cwd: io.cwd, maxBytes: Number.POSITIVE_INFINITY, skipDirectories: new Set() })) {
      if (stopped) break;
      if (entry.kind === 'error') {
        report.fail(entry.record);
        continue;
      }
      const display = entry.kind === 'stdin' ? '-' : entry.display;
      const input: AsyncIterable<Uint8Array> = entry.kind === 'stdin' ? io.stdin : readFileChunks(entry.path);
      let output: Writable = io.stdout;
      let file: Writable | undefined;
      if (outDir) {
        const target = outputPath(outDir, entry.kind === 'stdin' ? 'stdin' : entry.mirror, '.ndjson');
        if (entry.kind === 'file' && target === entry.path) {
          report.fail(errorRecord(display, 'input/would-overwrite', `its output ${displayPath(io.cwd, target)} is the input; nothing written`));
          continue;
        }
        await mkdir(dirname(target), { recursive: true });
        file = createWriteStream(target);
        output = file;
        written.push(displayPath(io.cwd, target));
      }
      stopped = await streamNdjson({ input, output, display, settings, converter, report, failFast: options.failFast, limits });
      if (file) await endStream(file);
    }
  } finally {
    await converter.close();
  }
  if (stopped) report.note('stopped at the first failure (--fail-fast)');
  report.finish(true);
  return { exitCode: report.failed > 0 || stopped ? 1 : 0, written };
}

/** `--jobs 1`: chunks converted right here; only then does this thread load the parser. */
async function inThreadConverter(): Promise<ChunkConverter> {
  const { convertChunk } = await import('./ndjson-chunk.js');
  const spares: Uint8Array[] = [];
  return {
    run: async (chunk) => {
      const spare = spares.pop();
      const result = convertChunk(chunk, spare);
      if (spare && result.output.buffer !== spare.buffer) spares.push(spare);
      return result;
    },
    recycle: (output) => keepSpare(spares, output),
    close: async () => {},
  };
}
