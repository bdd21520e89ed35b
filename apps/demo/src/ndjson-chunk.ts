import type { Diagnostic } from '@copydesk/model';
import { formatByteSize } from './byte-size.js';
import { type ConvertOptions, convert } from './convert.js';
import { type ErrorRecord, errorRecord } from './error-record.js';
import type { Format } from './formats.js';
import { OUTPUT_BUFFER_BYTES } from './ndjson-workers.js';

/** How every line of an NDJSON run is converted. */
export interface NdjsonSettings extends ConvertOptions {
  formats: readonly Format[];
  /** `--max-bytes`, for each line. */
  maxBytes: number;
}

/**
 * Consecutive lines of one NDJSON input, as one message to a worker thread: their bytes end to
 * end in one buffer (transferred, not copied) and, per line, its number and where it ends.
 */
export interface NdjsonChunk {
  /** The input as the user named it, for error records. */
  display: string;
  settings: NdjsonSettings;
  bytes: Uint8Array;
  lineNumbers: Int32Array;
  /** `lineEnds[i]` is where line `i` ends in `bytes`; it starts where the one before ends. */
  lineEnds: Int32Array;
}

/** What became of one non-blank line. */
export interface LineOutcome {
  line: number;
  /** Where this line's output line ends in the chunk's output, in bytes. */
  end: number;
  /** Set when the line failed; its output line is this record. */
  failure?: ErrorRecord;
  /** The parser's warnings for a converted line. */
  warnings?: Diagnostic[];
}

/**
 * A converted chunk: the output lines of its non-blank lines, in order, as UTF-8, and what
 * became of each line.
 *
 * Bytes, in a buffer that goes round: the worker encodes into a spare buffer, transfers it to
 * the main thread, which writes it and hands it back for another chunk. The main thread of a run
 * on workers then allocates next to nothing, on its heap or off it. (Strings filled its young
 * generation, 32 MB at V8's default, and left large ones in the old generation until a full
 * collection; fresh buffers, which weigh almost nothing on the heap, piled up off it until one.)
 */
export interface ChunkResult {
  output: Uint8Array;
  outcomes: LineOutcome[];
}

type LineResult = { text: string; failure?: ErrorRecord; warnings?: Diagnostic[] } | undefined;

/**
 * Convert each line of a chunk into its output line (or error record), encoded into `spare`
 * (or a new buffer, and a larger one when the lines need it). Runs on a worker thread, or in the main
 * thread with `--jobs 1`; never throws.
 */
export function convertChunk(chunk: NdjsonChunk, spare?: Uint8Array): ChunkResult {
  let output = spare ?? new Uint8Array(OUTPUT_BUFFER_BYTES);
  let writer = Buffer.from(output.buffer, output.byteOffset, output.length);
  const outcomes: LineOutcome[] = [];
  let start = 0;
  let end = 0;
  for (let i = 0; i < chunk.lineNumbers.length; i++) {
    const lineEnd = chunk.lineEnds[i]!;
    // toString, not TextDecoder: a byte order mark stays in the line, as it did in a readline line.
    const raw = Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset + start, lineEnd - start).toString('utf8');
    start = lineEnd;
    const result = convertLine(raw, chunk.lineNumbers[i]!, chunk.display, chunk.settings);
    if (!result) continue;
    // Each line is encoded as soon as it is made: kept until the chunk is done, the strings
    // would outlive young-generation collections and fill the old generation with garbage.
    const size = Buffer.byteLength(result.text);
    if (end + size > output.length) {
      const grown = new Uint8Array(Math.max(end + size, 2 * output.length));
      grown.set(output.subarray(0, end));
      output = grown;
      writer = Buffer.from(grown.buffer);
    }
    writer.write(result.text, end);
    end += size;
    outcomes.push({ line: chunk.lineNumbers[i]!, end, ...(result.failure ? { failure: result.failure } : {}), ...(result.warnings?.length ? { warnings: result.warnings } : {}) });
  }
  return { output: output.subarray(0, end), outcomes };
}

/** One line's output line with its break, or undefined for a blank line (skipped). */
function convertLine(raw: string, line: number, display: string, settings: NdjsonSettings): LineResult {
  if (raw.trim() === '') return undefined;
  const failed = (record: ErrorRecord): LineResult => ({ text: `${JSON.stringify(record)}\n`, failure: record });
  if (raw.length > settings.maxBytes) {
    return failed(errorRecord(display, 'input/too-large', `line is ${formatByteSize(raw.length)}, over the --max-bytes limit of ${formatByteSize(settings.maxBytes)}; skipped`, { line }));
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return failed(errorRecord(display, 'ndjson/malformed-line', `malformed JSON on line ${line}: ${why}`, { line }));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failed(errorRecord(display, 'ndjson/bad-record', `line ${line} is not a JSON object with "id" and "text"`, { line }));
  }
  const record = value as Record<string, unknown>;
  const id = recordId(record);
  const idPart = id !== undefined ? { id } : {};
  if (typeof record.text !== 'string') {
    if (typeof record.html === 'string') {
      return failed(errorRecord(display, 'input/unsupported-format', `line ${line}: "html" records need the HTML reader, which is not supported yet`, { line, ...idPart }));
    }
    return failed(errorRecord(display, 'ndjson/bad-record', `line ${line} has no "text" string`, { line, ...idPart }));
  }
  const result = convert(record.text, settings.formats, settings);
  if (!result.ok) {
    return failed(errorRecord(display, result.code, result.message, { line, ...idPart, ...(result.diagnostics ? { diagnostics: result.diagnostics } : {}) }));
  }
  let text = `{"id":${JSON.stringify(id ?? null)},"line":${line}`;
  if (result.ndjsonLine !== undefined) text += `,"article":${result.ndjsonLine}`;
  if (result.outputs.html !== undefined) text += `,"html":${JSON.stringify(result.outputs.html)}`;
  if (result.outputs.md !== undefined) text += `,"markdown":${JSON.stringify(result.outputs.md)}`;
  return { text: `${text}}\n`, warnings: result.warnings };
}

/** A record's `id` when it is one an output line can carry (a string or a number). */
function recordId(record: Record<string, unknown>): string | number | undefined {
  return typeof record.id === 'string' || typeof record.id === 'number' ? record.id : undefined;
}
