import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { NdjsonChunk, NdjsonSettings } from './ndjson-chunk.js';
import { NdjsonWorkers } from './ndjson-workers.js';

/**
 * A worker that answers chunks as the real one does, `<number>:<line>` per line, and dies on any
 * chunk that holds a line with "boom" in it (as a worker dies out of memory on a pathological
 * line), or with "heavy" in it when its old generation is limited to less than V8's default.
 */
const FAKE_WORKER = `
import { parentPort, resourceLimits } from 'node:worker_threads';
parentPort.on('message', ({ seq, chunk }) => {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let output = '';
  const outcomes = [];
  let start = 0;
  chunk.lineEnds.forEach((end, i) => {
    const text = decoder.decode(chunk.bytes.subarray(start, end));
    start = end;
    if (text.includes('boom')) throw new Error('out of memory, say');
    if (text.includes('heavy') && resourceLimits.maxOldGenerationSizeMb < 1024) throw new Error('over the old-generation limit');
    output += chunk.lineNumbers[i] + ':' + text + '\\n';
    outcomes.push({ line: chunk.lineNumbers[i], end: encoder.encode(output).length });
  });
  const bytes = encoder.encode(output);
  parentPort.postMessage({ kind: 'ndjson', seq, result: { output: bytes, outcomes } }, [bytes.buffer]);
});
`;

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

const settings: NdjsonSettings = { formats: ['ndjson'], standalone: false, frontMatter: false, keepBoilerplate: false, from: 'auto', maxBytes: 1024 };

function chunkOf(lines: readonly string[], firstLine: number): NdjsonChunk {
  const encoded = lines.map((l) => Buffer.from(l));
  let end = 0;
  return {
    display: 'in.ndjson',
    settings,
    bytes: Buffer.concat(encoded),
    lineNumbers: Int32Array.from(lines, (_, i) => firstLine + i),
    lineEnds: Int32Array.from(encoded, (b) => (end += b.length)),
  };
}

describe('NdjsonWorkers', () => {
  let workers: NdjsonWorkers | undefined;
  afterEach(async () => {
    await workers?.close();
  });

  async function fakeWorkers(size: number): Promise<NdjsonWorkers> {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-fake-worker-'));
    const script = join(dir, 'worker.mjs');
    await writeFile(script, FAKE_WORKER);
    return new NdjsonWorkers(size, pathToFileURL(script));
  }

  it('answers every chunk, whichever worker takes it', async () => {
    workers = await fakeWorkers(2);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => workers!.run(chunkOf([`a${i}`, `b${i}`], 2 * i + 1))));
    expect(results.map((r) => text(r.output)).join('')).toBe(Array.from({ length: 10 }, (_, i) => `${2 * i + 1}:a${i}\n${2 * i + 2}:b${i}\n`).join(''));
  });

  it('a worker that dies costs only the line that kills it: its other lines convert again, one by one', async () => {
    workers = await fakeWorkers(2);
    const [before, broken, after] = await Promise.all([
      workers.run(chunkOf(['x', 'y'], 1)),
      workers.run(chunkOf(['first', '{"id":"b7","text":"boom"}', 'last'], 3)),
      workers.run(chunkOf(['z'], 6)),
    ]);
    expect(text(before.output)).toBe('1:x\n2:y\n');
    expect(text(after.output)).toBe('6:z\n');
    const record = { input: 'in.ndjson', line: 4, id: 'b7', error: { code: 'convert/exception', message: 'the worker thread failed: out of memory, say' } };
    expect(text(broken.output)).toBe(`3:first\n${JSON.stringify(record)}\n5:last\n`);
    expect(broken.outcomes.map((o) => [o.line, o.failure?.error.code ?? 'ok'])).toEqual([
      [3, 'ok'],
      [4, 'convert/exception'],
      [5, 'ok'],
    ]);
    // Each outcome ends where its line ends in the joined output.
    expect(broken.outcomes.map((o) => text(broken.output.subarray(0, o.end)).split('\n').length - 1)).toEqual([1, 2, 3]);
    // The pool is whole again: later chunks still convert.
    expect(text((await workers.run(chunkOf(['again'], 7))).output)).toBe('7:again\n');
  });

  it('a line too heavy for the workers\' old-generation limit converts on a worker without it', async () => {
    workers = await fakeWorkers(2);
    const result = await workers.run(chunkOf(['one', 'heavy', 'three'], 1));
    expect(text(result.output)).toBe('1:one\n2:heavy\n3:three\n');
    expect(result.outcomes.map((o) => o.failure)).toEqual([undefined, undefined, undefined]);
    expect(text((await workers.run(chunkOf(['again'], 7))).output)).toBe('7:again\n');
  });
});
