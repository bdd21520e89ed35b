import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { formatByteSize } from './byte-size.js';
import { type CliIo, checkOutDirectory, checkStdinIsPiped } from './convert-batch.js';
import type { ConvertResult } from './convert.js';
import { createConverter, type Converter } from './converter-pool.js';
import { type ErrorRecord, errorRecord } from './error-record.js';
import type { CliOptions } from './options.js';
import { outputPath } from './output-path.js';
import { ProgressBar } from './progress.js';
import { RunReport } from './run-report.js';
import { UsageError } from './usage-error.js';
import { displayPath, walkInputs } from './walk-inputs.js';
import { endStream, writeText } from './write-text.js';

/**
 * `--ndjson-in`: each input is a stream of `{"id", "text"}` lines; each line becomes one result
 * line, in order. Lines are read, converted (on worker threads when `--jobs` > 1) and written
 * with a bounded number in flight, and reading pauses while the output is full, so a corpus
 * larger than memory goes through at flat memory.
 *
 * A result line is `{"id", "line", "article"}` (with `"html"` and `"markdown"` too when asked
 * for); a failed line is an error record `{"input", "line", "id", "error"}` in its place.
 */
export async function convertNdjson(given: CliOptions, io: CliIo): Promise<{ exitCode: 0 | 1; written: string[] }> {
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
  const converter = createConverter(options.jobs);
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
      const input: Readable = entry.kind === 'stdin' ? io.stdin : createReadStream(entry.path);
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
      stopped = await streamLines(input, output, display, options, converter, report);
      if (file) await endStream(file);
    }
  } finally {
    await converter.close();
  }
  if (stopped) report.note('stopped at the first failure (--fail-fast)');
  report.finish(true);
  return { exitCode: report.failed > 0 || stopped ? 1 : 0, written };
}

interface LineJob {
  line: number;
  id?: string | number;
  result: Promise<ConvertResult> | ErrorRecord;
}

/** One NDJSON stream through the converter; returns true when `--fail-fast` stopped it. */
async function streamLines(input: Readable, output: Writable, display: string, options: CliOptions, converter: Converter, report: RunReport): Promise<boolean> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const window = options.failFast ? options.jobs : Math.max(8, options.jobs * 64);
  const inflight: LineJob[] = [];
  let lineNumber = 0;
  let stopped = false;

  const flushOne = async (): Promise<void> => {
    const job = inflight.shift()!;
    const idPart = job.id !== undefined ? { id: job.id } : {};
    if (!(job.result instanceof Promise)) {
      await fail(job.result);
      return;
    }
    const result = await job.result;
    if (!result.ok) {
      await fail(errorRecord(display, result.code, result.message, { line: job.line, ...idPart, ...(result.diagnostics ? { diagnostics: result.diagnostics } : {}) }));
      return;
    }
    let text = `{"id":${JSON.stringify(job.id ?? null)},"line":${job.line}`;
    if (result.ndjsonLine !== undefined) text += `,"article":${result.ndjsonLine}`;
    if (result.outputs.html !== undefined) text += `,"html":${JSON.stringify(result.outputs.html)}`;
    if (result.outputs.md !== undefined) text += `,"markdown":${JSON.stringify(result.outputs.md)}`;
    await writeText(output, `${text}}\n`);
    report.succeeded(`${display}:${job.line}`, result.warnings);
  };
  const fail = async (record: ErrorRecord): Promise<void> => {
    report.fail(record);
    await writeText(output, `${JSON.stringify(record)}\n`);
    if (options.failFast) stopped = true;
  };

  for await (const raw of lines) {
    lineNumber++;
    if (raw.trim() === '') continue;
    inflight.push(toJob(raw, lineNumber, display, options, converter));
    // Awaiting here pauses the line iterator, which pauses the input: back-pressure end to end.
    // Drain to half the window before reading on: lines then reach the workers in whole chunks.
    if (inflight.length >= window) while (inflight.length > window / 2 && !stopped) await flushOne();
    if (stopped) break;
  }
  while (inflight.length > 0 && !stopped) await flushOne();
  lines.close();
  if (stopped) input.destroy();
  return stopped;
}

function toJob(raw: string, line: number, display: string, options: CliOptions, converter: Converter): LineJob {
  if (raw.length > options.maxBytes) {
    return { line, result: errorRecord(display, 'input/too-large', `line is ${formatByteSize(raw.length)}, over the --max-bytes limit of ${formatByteSize(options.maxBytes)}; skipped`, { line }) };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { line, result: errorRecord(display, 'ndjson/malformed-line', `malformed JSON on line ${line}: ${why}`, { line }) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, result: errorRecord(display, 'ndjson/bad-record', `line ${line} is not a JSON object with "id" and "text"`, { line }) };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : undefined;
  const idPart = id !== undefined ? { id } : {};
  if (typeof record.text === 'string') {
    return { line, id, result: converter.run({ source: { text: record.text }, formats: options.formats, options }) };
  }
  if (typeof record.html === 'string') {
    return { line, id, result: errorRecord(display, 'input/unsupported-format', `line ${line}: "html" records need the HTML reader, which is not supported yet`, { line, ...idPart }) };
  }
  return { line, id, result: errorRecord(display, 'ndjson/bad-record', `line ${line} has no "text" string`, { line, ...idPart }) };
}
