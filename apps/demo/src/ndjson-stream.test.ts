import { setTimeout as sleep } from 'node:timers/promises';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { errorRecord } from './error-record.js';
import type { ChunkResult, LineOutcome, NdjsonChunk, NdjsonSettings } from './ndjson-chunk.js';
import { type NdjsonLimits, streamNdjson } from './ndjson-stream.js';
import type { ChunkConverter } from './ndjson-workers.js';
import { ProgressBar } from './progress.js';
import { RunReport } from './run-report.js';

const settings: NdjsonSettings = { formats: ['ndjson'], standalone: false, frontMatter: false, keepBoilerplate: false, from: 'auto', maxBytes: 1024 * 1024 };

/**
 * A stand-in for the worker threads: each line becomes `<number>:<bytes>` (or an error record
 * when the line says `fail`), after a delay that makes later chunks finish first now and then.
 * Like the workers, it encodes into the buffers given back to it: one given back too early
 * would garble output not yet written.
 */
class EchoConverter implements ChunkConverter {
  chunks = 0;
  running = 0;
  mostRunning = 0;
  recycled = 0;
  private readonly spares: Uint8Array[] = [];

  recycle(output: Uint8Array): void {
    this.recycled++;
    this.spares.push(new Uint8Array(output.buffer as ArrayBuffer));
  }

  async run(chunk: NdjsonChunk): Promise<ChunkResult> {
    const seq = this.chunks++;
    this.running++;
    this.mostRunning = Math.max(this.mostRunning, this.running);
    await sleep(seq % 3 === 0 ? 3 : 0);
    this.running--;
    let output = '';
    const outcomes: LineOutcome[] = [];
    let start = 0;
    chunk.lineEnds.forEach((end, i) => {
      const line = chunk.lineNumbers[i]!;
      const text = Buffer.from(chunk.bytes.subarray(start, end)).toString('utf8');
      start = end;
      if (text === 'fail') {
        const failure = errorRecord(chunk.display, 'ndjson/bad-record', `line ${line} failed`, { line });
        output += `${JSON.stringify(failure)}\n`;
        outcomes.push({ line, end: output.length, failure });
      } else {
        output += `${line}:${text}\n`;
        outcomes.push({ line, end: output.length });
      }
    });
    const spare = this.spares.pop();
    const bytes = spare && spare.length >= output.length ? spare : new Uint8Array(Math.max(output.length, 4096));
    bytes.set(Buffer.from(output));
    return { output: bytes.subarray(0, output.length), outcomes };
  }

  async close(): Promise<void> {}
}

/** An output that takes a millisecond per write and buffers little: a slow reader on the other end of a pipe. */
function slowOutput(): { stream: Writable; text: () => Promise<string>; mostBuffered: () => number } {
  const parts: string[] = [];
  let mostBuffered = 0;
  const stream = new Writable({
    highWaterMark: 1024,
    decodeStrings: false,
    write(chunk: Uint8Array, _encoding, done) {
      parts.push(Buffer.from(chunk).toString('utf8'));
      setTimeout(done, 1);
    },
  });
  const write = stream.write.bind(stream);
  stream.write = ((chunk: Uint8Array, ...rest: never[]) => {
    const ok = write(chunk, ...rest);
    mostBuffered = Math.max(mostBuffered, stream.writableLength);
    return ok;
  }) as typeof stream.write;
  // What reached the other end, once everything written has.
  const text = async (): Promise<string> => {
    await new Promise<void>((resolve) => stream.end(resolve));
    return parts.join('');
  };
  return { stream, text, mostBuffered: () => mostBuffered };
}

/** Input lines of 100 bytes each (the line number padded), read in 1000-byte chunks. */
function inputLines(count: number, special: Record<number, string> = {}): { input: AsyncIterable<Uint8Array>; lines: string[] } {
  const lines = Array.from({ length: count }, (_, i) => special[i + 1] ?? `line ${i + 1}`.padEnd(100, '.'));
  const bytes = Buffer.from(lines.map((l) => `${l}\n`).join(''));
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 1000) chunks.push(bytes.subarray(i, i + 1000));
  return { input: Readable.from(chunks), lines };
}

function quietReport(): RunReport {
  return new RunReport(new ProgressBar({ write: () => true }, 0, false), true);
}

describe('streamNdjson', () => {
  const limits: NdjsonLimits = { chunkBytes: 1000, chunkLines: 256, maxInFlightBytes: 5000, maxInFlightChunks: Number.POSITIVE_INFINITY };

  it('keeps the input bytes in flight under the bound when the output is slow, and writes every line in order', async () => {
    const { input, lines } = inputLines(2000);
    const output = slowOutput();
    const converter = new EchoConverter();
    const report = quietReport();
    let mostInFlight = 0;
    const stopped = await streamNdjson({ input, output: output.stream, display: 'in.ndjson', settings, converter, report, failFast: false, limits, onInFlight: (bytes) => (mostInFlight = Math.max(mostInFlight, bytes)) });
    expect(stopped).toBe(false);
    expect(await output.text()).toBe(lines.map((l, i) => `${i + 1}:${l}\n`).join(''));
    expect(report.ok).toBe(2000);
    // 200 KB went through, never more than 5 KB of it at once, and the output buffered one chunk's worth at most.
    expect(mostInFlight).toBeGreaterThan(limits.maxInFlightBytes / 2);
    expect(mostInFlight).toBeLessThanOrEqual(limits.maxInFlightBytes);
    expect(output.mostBuffered()).toBeLessThanOrEqual(1024 + 1100);
    // Several chunks were converting at once: the bound does not serialise the work.
    expect(converter.mostRunning).toBeGreaterThan(1);
    // Every output's buffer came back once written, and the output above shows none came back early.
    expect(converter.recycled).toBe(converter.chunks);
  });

  it('sends a line longer than a chunk alone, even over the bound', async () => {
    const long = 'x'.repeat(7000);
    const { input, lines } = inputLines(30, { 12: long });
    const output = slowOutput();
    const converter = new EchoConverter();
    let mostInFlight = 0;
    await streamNdjson({ input, output: output.stream, display: 'in.ndjson', settings, converter, report: quietReport(), failFast: false, limits, onInFlight: (bytes) => (mostInFlight = Math.max(mostInFlight, bytes)) });
    expect(await output.text()).toBe(lines.map((l, i) => `${i + 1}:${l}\n`).join(''));
    expect(mostInFlight).toBe(7000);
  });

  it('--fail-fast: the failing line is the last one written, and reading stops', async () => {
    const { input } = inputLines(500, { 42: 'fail' });
    const output = slowOutput();
    const converter = new EchoConverter();
    const report = quietReport();
    const stopped = await streamNdjson({ input, output: output.stream, display: 'in.ndjson', settings, converter, report, failFast: true, limits: { ...limits, chunkLines: 1, maxInFlightChunks: 2 } });
    expect(stopped).toBe(true);
    const written = (await output.text()).trim().split('\n');
    expect(written).toHaveLength(42);
    expect(JSON.parse(written[41]!)).toMatchObject({ line: 42, error: { code: 'ndjson/bad-record' } });
    expect([report.ok, report.failed]).toEqual([41, 1]);
    // At most the two lines in flight behind the failure were converted for nothing.
    expect(converter.chunks).toBeLessThanOrEqual(44);
  });
});
