import { once } from 'node:events';
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { ChunkResult, NdjsonChunk, NdjsonSettings } from './ndjson-chunk.js';
import { LineSplitter, type RawLine } from './ndjson-lines.js';
import type { ChunkConverter } from './ndjson-workers.js';
import type { RunReport } from './run-report.js';

/** How lines are grouped and how much work may be under way at once. */
export interface NdjsonLimits {
  /** A chunk is sent once its lines reach this many bytes; a longer line travels alone. */
  chunkBytes: number;
  /** …or this many lines (tiny lines would otherwise make huge chunks). */
  chunkLines: number;
  /**
   * Most input bytes in flight: sent to convert and not yet written out. Reading waits while it
   * is reached, and results are written only as fast as the output takes them, so memory stays
   * flat whatever the speed of the output. A single chunk over the bound still goes, alone.
   */
  maxInFlightBytes: number;
  /** Most chunks in flight (`--fail-fast` keeps it to a few, so little is converted past a failure). */
  maxInFlightChunks: number;
}

export const DEFAULT_NDJSON_LIMITS: NdjsonLimits = {
  // About 25 articles of the corpus: a millisecond each, against a fraction of one per message.
  chunkBytes: 64 * 1024,
  chunkLines: 256,
  // Enough for every worker to hold a chunk and have the next waiting, many times over.
  maxInFlightBytes: 2 * 1024 * 1024,
  maxInFlightChunks: Number.POSITIVE_INFINITY,
};

/**
 * The limits for one run. `--fail-fast` sends lines one at a time, at most one per job. With
 * `--jobs 1` a chunk is converted as it is sent, so it is written before the next is made.
 */
export function ndjsonLimits(jobs: number, failFast: boolean): NdjsonLimits {
  if (failFast) return { ...DEFAULT_NDJSON_LIMITS, chunkLines: 1, maxInFlightChunks: Math.max(1, jobs) };
  return jobs <= 1 ? { ...DEFAULT_NDJSON_LIMITS, maxInFlightChunks: 1 } : DEFAULT_NDJSON_LIMITS;
}

export interface NdjsonStreamJob {
  /**
   * The input's bytes. A chunk may be a buffer the input reuses for the next one (see
   * {@link readFileChunks}): lines are copied out of it before the next is asked for.
   */
  input: AsyncIterable<Uint8Array>;
  output: Writable;
  /** The input as the user named it. */
  display: string;
  settings: NdjsonSettings;
  converter: ChunkConverter;
  report: RunReport;
  failFast: boolean;
  limits: NdjsonLimits;
  /** Told the input bytes in flight each time they grow (for tests of the bound). */
  onInFlight?: (bytes: number) => void;
}

/**
 * One NDJSON stream through the converter: lines are read as bytes, sent in chunks, and their
 * output lines written in input order. Returns true when `--fail-fast` stopped it.
 */
export async function streamNdjson(job: NdjsonStreamJob): Promise<boolean> {
  const { input, output, display, settings, converter, report, failFast, limits } = job;
  const splitter = new LineSplitter();
  const builder = new ChunkBuilder(limits.chunkBytes);
  const inFlight: Array<{ chunk: NdjsonChunk; result: Promise<ChunkResult>; settled: boolean }> = [];
  let inFlightBytes = 0;
  let stopped = false;

  /** Write the oldest chunk's output lines once they are converted, and report each line. */
  const writeOldest = async (): Promise<void> => {
    const oldest = inFlight.shift()!;
    const { output: bytes, outcomes } = await oldest.result;
    builder.recycle(oldest.chunk.bytes);
    let end = bytes.length;
    for (const outcome of outcomes) {
      if (!outcome.failure) {
        report.succeeded(`${display}:${outcome.line}`, outcome.warnings ?? []);
        continue;
      }
      report.fail(outcome.failure);
      if (failFast) {
        // The failure's record is the last line written; lines after it were converted for nothing.
        stopped = true;
        end = outcome.end;
        break;
      }
    }
    // The output's buffer goes round again once the stream is done with it, not before.
    const written = output.write(bytes.subarray(0, end), (error) => {
      if (!error) converter.recycle(bytes);
    });
    if (!written) await once(output, 'drain');
    inFlightBytes -= oldest.chunk.bytes.length;
  };

  const send = async (): Promise<void> => {
    const chunk = builder.take(display, settings);
    // Admission: wait for room before sending, so the bound holds at every moment.
    while (inFlight.length > 0 && !stopped && (inFlightBytes + chunk.bytes.length > limits.maxInFlightBytes || inFlight.length >= limits.maxInFlightChunks)) {
      await writeOldest();
    }
    if (stopped) return;
    inFlightBytes += chunk.bytes.length;
    const entry = { chunk, result: converter.run(chunk), settled: false };
    void entry.result.then(() => {
      entry.settled = true;
    });
    inFlight.push(entry);
    job.onInFlight?.(inFlightBytes);
    // Results that are in go out now rather than when the bound is reached: a result kept
    // waiting outlives the young generation and is then only freed by a full collection.
    while (inFlight[0]?.settled && !stopped) await writeOldest();
  };

  const add = async (line: RawLine): Promise<void> => {
    if (!builder.isEmpty && builder.bytes + line.bytes.length > limits.chunkBytes) await send();
    builder.add(line);
    if (builder.bytes >= limits.chunkBytes || builder.lines >= limits.chunkLines) await send();
  };

  // Awaiting inside this loop pauses the input: back-pressure from the output to the reading.
  // Leaving this loop early closes the input.
  reading: for await (const data of input) {
    for (const line of splitter.push(data)) {
      await add(line);
      if (stopped) break reading;
    }
  }
  if (!stopped) for (const line of splitter.end()) await add(line);
  if (!stopped && !builder.isEmpty) await send();
  while (inFlight.length > 0 && !stopped) await writeOldest();
  return stopped;
}

/**
 * Collects lines, copied end to end into one buffer, until they make a chunk. A chunk's buffer
 * is used again once its result is in (the worker got a copy): the main thread allocates little
 * on its heap, so V8 seldom collects there, and fresh buffers would pile up outside the heap
 * until it does.
 */
class ChunkBuilder {
  private buffer: Uint8Array;
  private readonly spare: Uint8Array[] = [];
  private lineNumbers: number[] = [];
  private lineEnds: number[] = [];
  bytes = 0;

  constructor(private readonly capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }

  get lines(): number {
    return this.lineNumbers.length;
  }

  get isEmpty(): boolean {
    return this.lineNumbers.length === 0;
  }

  add(line: RawLine): void {
    if (this.bytes + line.bytes.length > this.buffer.length) {
      const grown = new Uint8Array(this.bytes + line.bytes.length);
      grown.set(this.buffer.subarray(0, this.bytes));
      this.buffer = grown;
    }
    this.buffer.set(line.bytes, this.bytes);
    this.bytes += line.bytes.length;
    this.lineNumbers.push(line.number);
    this.lineEnds.push(this.bytes);
  }

  take(display: string, settings: NdjsonSettings): NdjsonChunk {
    const chunk: NdjsonChunk = {
      display,
      settings,
      bytes: this.buffer.subarray(0, this.bytes),
      lineNumbers: Int32Array.from(this.lineNumbers),
      lineEnds: Int32Array.from(this.lineEnds),
    };
    this.buffer = this.spare.pop() ?? new Uint8Array(this.capacity);
    this.lineNumbers = [];
    this.lineEnds = [];
    this.bytes = 0;
    return chunk;
  }

  /** A chunk's bytes are no longer needed: their buffer takes the next lines (unless it was grown for a long line). */
  recycle(bytes: Uint8Array): void {
    if (bytes.buffer.byteLength === this.capacity) this.spare.push(new Uint8Array(bytes.buffer as ArrayBuffer));
  }
}

/** The chunk the file reader reads into, and reuses. */
const READ_CHUNK_BYTES = 64 * 1024;

/**
 * A file's bytes, read into one buffer that is reused for every chunk: a fresh buffer per read
 * (what a read stream gives) would pile up off the heap of a thread that allocates little else.
 * Each chunk is only good until the next is asked for.
 */
export async function* readFileChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(READ_CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
