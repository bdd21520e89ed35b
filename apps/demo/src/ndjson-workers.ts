import { Worker } from 'node:worker_threads';
import { errorRecord } from './error-record.js';
import type { ChunkResult, LineOutcome, NdjsonChunk } from './ndjson-chunk.js';

/** Converts chunks of NDJSON lines; results resolve in whatever order they finish. */
export interface ChunkConverter {
  run(chunk: NdjsonChunk): Promise<ChunkResult>;
  /** A result's output has been written: its buffer may take another chunk's output. */
  recycle(output: Uint8Array): void;
  close(): Promise<void>;
}

/**
 * The size of the buffers outputs are encoded into and that go round between the threads: a
 * chunk's output is about 1.7 times its input (the article JSON is longer than its text), more
 * with `--to html --to md`. A larger output gets a buffer of its own, used once.
 */
export const OUTPUT_BUFFER_BYTES = 256 * 1024;

/** Spare output buffers kept for reuse, at most: as many as can be in flight, roughly. */
const MAX_SPARES = 16;

/** Takes a written output's buffer for reuse when it is one of the standard size and there is room. */
export function keepSpare(spares: Uint8Array[], output: Uint8Array): void {
  if (output.buffer.byteLength === OUTPUT_BUFFER_BYTES && spares.length < MAX_SPARES) spares.push(new Uint8Array(output.buffer as ArrayBuffer));
}

/** What the main thread posts to a worker thread for each chunk, and what comes back. */
export interface NdjsonRequest {
  kind: 'ndjson';
  seq: number;
  chunk: NdjsonChunk;
  /** Written outputs' buffers, transferred back for the worker to encode into. */
  spares: Uint8Array[];
}
export interface NdjsonReply {
  kind: 'ndjson';
  seq: number;
  result: ChunkResult;
}

/**
 * The young generation of each worker's heap, in MB (V8 splits it into two semi-spaces and a
 * young large-object space). V8's default lets it grow to 48 MB per thread, which an NDJSON run
 * fills and keeps: a converted article lives for a millisecond, so a scavenge of a small young
 * generation finds almost nothing alive and costs next to nothing, while every worker's young
 * generation adds to the resident size. Measured on the 1 GB corpus: see the README.
 *
 * Only the young generation is limited. The old generation keeps V8's default, so that a large
 * article under `--max-bytes` converts on a worker as it does in the main thread.
 */
export const WORKER_YOUNG_GENERATION_MB = 12;

/**
 * The old generation of each worker's heap, in MB. V8 collects the old generation when it has
 * grown by a factor over what survived the last full collection, and that factor depends on the
 * heap's limit: up to 4 for the default limit of a machine with this much memory, so a worker
 * whose live data is some 12 MB carried 40 to 50 MB of dead articles between collections. Under
 * a 256 MB limit the factor is about 1.4. An 8 MB article still converts within it; a line that
 * makes a worker run out of it anyway is converted again on a worker without the limit (see
 * {@link NdjsonWorkers}), so the limit never fails a line that V8's default would convert.
 */
export const WORKER_OLD_GENERATION_MB = 256;

/** Chunks posted to one worker before it answers: the next one waits in its port while it converts, so it never idles on a round trip. */
const CHUNKS_PER_WORKER = 2;

interface Pending {
  seq: number;
  chunk: NdjsonChunk;
  resolve: (result: ChunkResult) => void;
}

interface Slot {
  worker: Worker;
  busy: Map<number, Pending>;
}

/**
 * Worker threads converting NDJSON chunks, started when the CLI starts so that they load the
 * parser while the main thread loads the rest. The main thread only routes bytes: it never loads
 * the parser itself.
 *
 * A worker that dies (out of memory on a pathological line) is replaced. The lines of a chunk it
 * held are converted again one by one, so only the line that kills a worker on its own is left;
 * that line gets one more try on a worker of its own without the old-generation limit, and
 * becomes an error record (`convert/exception`) only if it kills that one too.
 */
export class NdjsonWorkers implements ChunkConverter {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly spares: Uint8Array[] = [];
  /** Workers without the old-generation limit, each converting one line that was too much for the others. */
  private readonly unlimited = new Set<Worker>();
  private nextSeq = 0;
  private closed = false;

  /** `script` is the worker's module; tests give one of their own. */
  constructor(
    private readonly size: number,
    private readonly script: URL = new URL('./worker.js', import.meta.url),
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(chunk: NdjsonChunk): Promise<ChunkResult> {
    return new Promise((resolve) => {
      this.queue.push({ seq: this.nextSeq++, chunk, resolve });
      this.dispatch();
    });
  }

  recycle(output: Uint8Array): void {
    keepSpare(this.spares, output);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots, ...[...this.unlimited].map((worker) => ({ worker }))].map((slot) => slot.worker.terminate()));
    this.slots.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.leastBusy();
      if ((!slot || slot.busy.size > 0) && this.slots.length < this.size) slot = this.spawn();
      if (!slot || slot.busy.size >= CHUNKS_PER_WORKER) return;
      const pending = this.queue.shift()!;
      slot.busy.set(pending.seq, pending);
      // A worker with chunks to answer keeps the process alive until it answers or dies.
      slot.worker.ref();
      // The chunk is copied, not transferred: it stays here until its result is in, to convert
      // again if the worker dies. The spares are transferred: they are only buffers to fill.
      // One per chunk, as a worker uses one per chunk: a worker then does not hoard them.
      const spares = this.spares.splice(0, 1);
      const request: NdjsonRequest = { kind: 'ndjson', seq: pending.seq, chunk: pending.chunk, spares };
      slot.worker.postMessage(request, spares.map((spare) => spare.buffer as ArrayBuffer));
    }
  }

  private leastBusy(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) if (!best || slot.busy.size < best.busy.size) best = slot;
    return best;
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } });
    const slot: Slot = { worker, busy: new Map() };
    // Idle workers must not keep the process alive (a usage error ends the CLI before any chunk).
    worker.unref();
    worker.on('message', (reply: NdjsonReply) => {
      const pending = slot.busy.get(reply.seq);
      slot.busy.delete(reply.seq);
      if (slot.busy.size === 0) worker.unref();
      pending?.resolve(reply.result);
      this.dispatch();
    });
    // Why it died is told by the worker that converts its line alone, if that one dies too.
    worker.on('error', () => {});
    worker.on('exit', () => {
      this.slots.splice(this.slots.indexOf(slot), 1);
      if (this.closed) return;
      const lost = [...slot.busy.values()];
      slot.busy.clear();
      for (const pending of lost) this.recover(pending);
      this.dispatch();
    });
    this.slots.push(slot);
    return slot;
  }

  /** One line on a worker of its own without the old-generation limit: its result, or its error record if that worker dies too. */
  private runUnlimited(chunk: NdjsonChunk): Promise<ChunkResult> {
    return new Promise((resolve) => {
      const worker = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      this.unlimited.add(worker);
      let failure = 'it stopped';
      let result: ChunkResult | undefined;
      worker.on('message', (reply: NdjsonReply) => {
        result = reply.result;
        void worker.terminate();
      });
      worker.on('error', (error) => {
        failure = error.message;
      });
      worker.on('exit', () => {
        this.unlimited.delete(worker);
        resolve(result ?? lostLine(chunk, failure));
      });
      worker.postMessage({ kind: 'ndjson', seq: 0, chunk, spares: [] } satisfies NdjsonRequest);
    });
  }

  /** The chunk of a worker that died: its lines one at a time again, or a single line on a worker without the old-generation limit. */
  private recover(pending: Pending): void {
    const { chunk } = pending;
    if (chunk.lineNumbers.length === 1) {
      void this.runUnlimited(chunk).then(pending.resolve);
      return;
    }
    const singles = splitChunk(chunk).map((single) => this.run(single));
    void Promise.all(singles).then((results) => {
      pending.resolve(joinResults(results));
      for (const result of results) this.recycle(result.output);
    });
  }
}

/** The lines of a chunk as chunks of one line each. */
function splitChunk(chunk: NdjsonChunk): NdjsonChunk[] {
  const singles: NdjsonChunk[] = [];
  let start = 0;
  for (let i = 0; i < chunk.lineNumbers.length; i++) {
    const end = chunk.lineEnds[i]!;
    const bytes = chunk.bytes.slice(start, end);
    singles.push({ ...chunk, bytes, lineNumbers: Int32Array.of(chunk.lineNumbers[i]!), lineEnds: Int32Array.of(bytes.length) });
    start = end;
  }
  return singles;
}

/** Several chunks' results as one, in order. */
function joinResults(results: readonly ChunkResult[]): ChunkResult {
  const outcomes: LineOutcome[] = [];
  let offset = 0;
  for (const result of results) {
    for (const outcome of result.outcomes) outcomes.push({ ...outcome, end: outcome.end + offset });
    offset += result.output.length;
  }
  const output = new Uint8Array(offset);
  offset = 0;
  for (const result of results) {
    output.set(result.output, offset);
    offset += result.output.length;
  }
  return { output, outcomes };
}

/** The error record of a line whose worker died converting it alone. */
function lostLine(chunk: NdjsonChunk, failure: string): ChunkResult {
  const line = chunk.lineNumbers[0]!;
  const id = lineId(chunk.bytes);
  const record = errorRecord(chunk.display, 'convert/exception', `the worker thread failed: ${failure}`, { line, ...(id !== undefined ? { id } : {}) });
  const output = Buffer.from(`${JSON.stringify(record)}\n`);
  return { output, outcomes: [{ line, end: output.length, failure: record }] };
}

/** The `id` of a line, read here for its error record; undefined when it has none or is not a JSON object. */
function lineId(bytes: Uint8Array): string | number | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const { id } = value as { id?: unknown };
    return typeof id === 'string' || typeof id === 'number' ? id : undefined;
  } catch {
    return undefined;
  }
}
