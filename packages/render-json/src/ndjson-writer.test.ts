import { Writable } from 'node:stream';
import type { Article } from '@copydesk/model';
import { articleArb, handmadeArticles, mosulGolden } from '@copydesk/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toNdjson } from './ndjson.js';
import { createNdjsonWriter } from './ndjson-writer.js';

const sample = (n: number): Article[] => [mosulGolden(), ...Object.values(handmadeArticles()), ...fc.sample(articleArb(), { numRuns: n, seed: 7 })];
const expected = (items: Article[]) => [...toNdjson(items)].join('');
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A Node Writable that takes `delay` ms per chunk and records how full its buffer ever got. */
function slowNodeWritable(highWaterMark: number, delay: number) {
  const chunks: string[] = [];
  let peakBuffered = 0;
  let writesWhileFull = 0;
  const stream = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      chunks.push(chunk);
      setTimeout(callback, delay);
    },
  });
  const write = stream.write.bind(stream) as (chunk: string) => boolean;
  // Watch every write: the writer must never write while the stream is asking for a drain.
  stream.write = ((chunk: string) => {
    if (stream.writableNeedDrain) writesWhileFull += 1;
    const ok = write(chunk);
    peakBuffered = Math.max(peakBuffered, stream.writableLength);
    return ok;
  }) as typeof stream.write;
  return {
    stream,
    text: () => chunks.join(''),
    stats: () => ({ peakBuffered, writesWhileFull }),
  };
}

describe('createNdjsonWriter with a Node Writable', () => {
  it('waits for drain whenever write() returns false, so the buffer stays at the high-water mark', async () => {
    const items = sample(60);
    const longestLine = Math.max(...[...toNdjson(items)].map((line) => line.length));
    const highWaterMark = 1024;
    const sink = slowNodeWritable(highWaterMark, 1);
    const writer = createNdjsonWriter(sink.stream);
    expect(await writer.writeAll(items)).toBe(items.length);
    await writer.close();
    expect(sink.text()).toBe(expected(items));
    const { peakBuffered, writesWhileFull } = sink.stats();
    expect(writesWhileFull).toBe(0);
    // The write that crosses the mark is the last one before waiting: at most one line over.
    expect(peakBuffered).toBeLessThan(highWaterMark + longestLine);
    expect(writer.count).toBe(items.length);
  });

  it('really waits: without the writer the same stream buffers everything', () => {
    const items = sample(60);
    const sink = slowNodeWritable(1024, 1);
    for (const line of toNdjson(items)) sink.stream.write(line);
    expect(sink.stats().peakBuffered).toBe(expected(items).length);
  });

  it('keeps lines in order when writes are not awaited', async () => {
    const items = sample(40);
    const sink = slowNodeWritable(256, 0);
    const writer = createNdjsonWriter(sink.stream);
    await Promise.all(items.map((a) => writer.write(a)));
    await writer.close();
    expect(sink.text()).toBe(expected(items));
    expect(sink.stats().writesWhileFull).toBe(0);
  });

  it('reports a stream error to the pending write and to later calls', async () => {
    const stream = new Writable({
      highWaterMark: 16,
      write(_chunk, _encoding, callback) {
        setTimeout(() => callback(new Error('disk full')), 1);
      },
    });
    const writer = createNdjsonWriter(stream);
    await expect(writer.writeAll(sample(5))).rejects.toThrow('disk full');
    await expect(writer.write(mosulGolden())).rejects.toThrow('disk full');
  });

  it('leaves the stream open with end: false', async () => {
    const items = sample(10);
    const sink = slowNodeWritable(256, 0);
    const writer = createNdjsonWriter(sink.stream, { end: false });
    await writer.writeAll(items);
    await writer.close();
    expect(sink.stream.writableEnded).toBe(false);
    sink.stream.end('tail\n');
    await new Promise((resolve) => sink.stream.once('finish', resolve));
    expect(sink.text()).toBe(`${expected(items)}tail\n`);
  });

  it('refuses writes after close', async () => {
    const sink = slowNodeWritable(1024, 0);
    const writer = createNdjsonWriter(sink.stream);
    await writer.close();
    expect(sink.stream.writableFinished).toBe(true);
    await expect(writer.write(mosulGolden())).rejects.toThrow(/after close/);
  });
});

describe('createNdjsonWriter with a web WritableStream', () => {
  it('waits for ready, so the queue never goes past its high-water mark', async () => {
    const items = sample(60);
    const highWaterMark = 3;
    const received: string[] = [];
    const stream = new WritableStream<string>(
      {
        async write(chunk) {
          received.push(chunk);
          await tick(1);
        },
      },
      new CountQueuingStrategy({ highWaterMark }),
    );
    const writer = createNdjsonWriter(stream);
    let maxOutstanding = 0;
    for (const a of items) {
      await writer.write(a);
      // Handed to the stream but not yet taken by its sink.
      maxOutstanding = Math.max(maxOutstanding, writer.count - received.length);
    }
    await writer.close();
    expect(received.join('')).toBe(expected(items));
    expect(maxOutstanding).toBeLessThanOrEqual(highWaterMark);
  });

  it('really waits: writing without ready lets the same stream queue everything', async () => {
    const items = sample(60);
    const received: string[] = [];
    const stream = new WritableStream<string>(
      {
        async write(chunk) {
          received.push(chunk);
          await tick(1);
        },
      },
      new CountQueuingStrategy({ highWaterMark: 3 }),
    );
    const raw = stream.getWriter();
    const pending = [...toNdjson(items)].map((line) => raw.write(line));
    expect(pending.length - received.length).toBeGreaterThan(3);
    await Promise.all(pending);
    await raw.close();
  });

  it('releases a web stream without closing it with end: false', async () => {
    const received: string[] = [];
    const stream = new WritableStream<string>({ write: (chunk) => void received.push(chunk) });
    const writer = createNdjsonWriter(stream, { end: false });
    await writer.writeAll(sample(3));
    await writer.close();
    const next = stream.getWriter();
    await next.write('more\n');
    await next.close();
    expect(received.join('')).toBe(`${expected(sample(3))}more\n`);
  });

  it('writes UTF-8 bytes when asked', async () => {
    const items = sample(5);
    const parts: Uint8Array[] = [];
    const writer = createNdjsonWriter(new WritableStream<Uint8Array>({ write: (chunk) => void parts.push(chunk) }), { bytes: true });
    await writer.writeAll(items);
    await writer.close();
    expect(parts.every((p) => p instanceof Uint8Array)).toBe(true);
    expect(new TextDecoder().decode(Buffer.concat(parts))).toBe(expected(items));
  });

  it('reports a sink error', async () => {
    const writer = createNdjsonWriter(
      new WritableStream<string>({
        write() {
          throw new Error('sink broke');
        },
      }),
    );
    await expect(
      (async () => {
        for (const a of sample(5)) await writer.write(a);
        await writer.close();
      })(),
    ).rejects.toThrow('sink broke');
  });
});

it('refuses what is not a stream', () => {
  expect(() => createNdjsonWriter({} as unknown as WritableStream<string>)).toThrow(/expected a Node.js Writable or a web WritableStream/);
});
