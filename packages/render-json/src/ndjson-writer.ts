import type { Article } from '@copydesk/model/core';
import { isAsyncIterable, isIterable, type NdjsonOptions, ndjsonLine } from './ndjson.js';

/**
 * The parts of a Node.js `stream.Writable` the writer uses. Described structurally so that this
 * package imports nothing from Node and still accepts `fs.createWriteStream(…)`, `process.stdout`
 * or a socket.
 */
export interface NodeWritableLike {
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean;
  end(callback?: () => void): unknown;
  once(event: 'drain' | 'error' | 'close' | 'finish', listener: (...args: unknown[]) => void): unknown;
  on(event: 'error', listener: (...args: unknown[]) => void): unknown;
  removeListener(event: 'drain' | 'error' | 'close' | 'finish', listener: (...args: unknown[]) => void): unknown;
  /** True while the stream's buffer is over its high-water mark (Node.js ≥ 15.2.0). */
  readonly writableNeedDrain?: boolean;
}

/** Where NDJSON can go: a Node.js writable stream or a web `WritableStream`. */
export type NdjsonSink = NodeWritableLike | WritableStream<string> | WritableStream<Uint8Array>;

export interface NdjsonWriterOptions extends NdjsonOptions {
  /**
   * Write UTF-8 bytes (`Uint8Array`) rather than strings. Needed for web sinks that take bytes
   * (a file handle, a compression stream); on by default for neither kind of stream.
   */
  bytes?: boolean;
  /**
   * Whether `close()` ends the stream (default `true`). Pass `false` for a stream that outlives
   * the writer, such as `process.stdout`: `close()` then waits for the last write to be taken
   * and, on a web stream, releases its lock without closing it.
   */
  end?: boolean;
}

/** Writes articles to a stream as NDJSON, one line each, waiting whenever the stream asks it to. */
export interface NdjsonWriter {
  /** Write one article; resolves once the stream can take more (back-pressure). */
  write(article: Article): Promise<void>;
  /** Write every article of an iterable or async iterable in order; resolves to how many were written. */
  writeAll(articles: Iterable<Article> | AsyncIterable<Article>): Promise<number>;
  /** Finish: end the Node stream (waiting for `finish`) or close the web stream; see the `end` option. */
  close(): Promise<void>;
  /** Articles written so far. */
  readonly count: number;
}

/**
 * An NDJSON writer over a Node.js `Writable` or a web `WritableStream`, told apart by shape.
 * Back-pressure is respected: when a Node stream's `write()` returns `false` the writer waits
 * for `drain`; on a web stream it waits for the stream writer's `ready` promise. Calls to
 * `write` are queued, so lines keep their order even when the caller does not await.
 * A stream error rejects the pending and every later call.
 *
 * @example
 * const writer = createNdjsonWriter(fs.createWriteStream('articles.ndjson'));
 * await writer.writeAll(articles);
 * await writer.close();
 */
export function createNdjsonWriter(stream: NdjsonSink, options: NdjsonWriterOptions = {}): NdjsonWriter {
  const end = options.end ?? true;
  const sink = isWebWritable(stream) ? webSink(stream, end) : isNodeWritable(stream) ? nodeSink(stream, end) : undefined;
  if (!sink) throw new TypeError('createNdjsonWriter: expected a Node.js Writable or a web WritableStream');
  const encoder = options.bytes ? new TextEncoder() : undefined;
  const lineOptions: NdjsonOptions = { positions: options.positions ?? true };
  let queue: Promise<void> = Promise.resolve();
  let count = 0;
  let closed = false;

  const enqueue = (job: () => Promise<void>): Promise<void> => {
    const next = queue.then(job);
    // Keep the chain going for later calls; each caller still sees its own rejection.
    queue = next.catch(() => undefined);
    return next;
  };

  const writer: NdjsonWriter = {
    write(article) {
      if (closed) return Promise.reject(new Error('NdjsonWriter: write after close'));
      return enqueue(async () => {
        const line = ndjsonLine(article, lineOptions);
        await sink.write(encoder ? encoder.encode(line) : line);
        count += 1;
      });
    },
    async writeAll(articles) {
      if (!isAsyncIterable(articles) && !isIterable(articles)) throw new TypeError('NdjsonWriter.writeAll: expected an iterable or async iterable of articles');
      let written = 0;
      for await (const article of articles) {
        await writer.write(article);
        written += 1;
      }
      return written;
    },
    close() {
      if (closed) return Promise.reject(new Error('NdjsonWriter: already closed'));
      closed = true;
      return enqueue(() => sink.close());
    },
    get count() {
      return count;
    },
  };
  return writer;
}

/** What the writer needs from either kind of stream. */
interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

function nodeSink(stream: NodeWritableLike, end: boolean): Sink {
  // Remember an error emitted between writes so the next call reports it instead of writing on.
  let failure: unknown;
  const onError = (error: unknown) => {
    failure ??= error ?? new Error('stream error');
  };
  stream.on('error', onError);

  /** Resolve on `event`; reject on `error` or an early `close`. */
  const waitFor = (event: 'drain' | 'finish') =>
    new Promise<void>((resolve, reject) => {
      const cleanup = () => {
        stream.removeListener(event, done);
        stream.removeListener('error', failed);
        stream.removeListener('close', closedEarly);
      };
      const done = () => {
        cleanup();
        resolve();
      };
      const failed = (error: unknown) => {
        cleanup();
        reject(error);
      };
      const closedEarly = () => {
        cleanup();
        reject(failure ?? new Error(`stream closed before '${event}'`));
      };
      stream.once(event, done);
      stream.once('error', failed);
      stream.once('close', closedEarly);
    });

  return {
    async write(chunk) {
      if (failure !== undefined) throw failure;
      // Someone else may have filled the buffer before this writer was made.
      if (stream.writableNeedDrain) await waitFor('drain');
      if (!stream.write(chunk)) await waitFor('drain');
    },
    async close() {
      if (failure !== undefined) throw failure;
      try {
        if (!end) {
          if (stream.writableNeedDrain) await waitFor('drain');
          return;
        }
        const finished = waitFor('finish');
        stream.end();
        await finished;
      } finally {
        stream.removeListener('error', onError);
      }
    },
  };
}

function webSink(stream: WritableStream<string> | WritableStream<Uint8Array>, end: boolean): Sink {
  const writer = (stream as WritableStream<string | Uint8Array>).getWriter();
  let failure: unknown;
  let lastWrite: Promise<void> = Promise.resolve();
  return {
    async write(chunk) {
      if (failure !== undefined) throw failure;
      await writer.ready;
      // The write's own promise settles when the sink has taken the chunk; waiting on `ready`
      // before the next write is the back-pressure signal. Its failure is reported by the next
      // `ready` or `close`, and kept here so it is never an unhandled rejection.
      lastWrite = writer.write(chunk).catch((error: unknown) => {
        failure ??= error;
      });
    },
    async close() {
      if (failure !== undefined) throw failure;
      if (end) {
        await writer.close();
      } else {
        await lastWrite;
        if (failure !== undefined) throw failure;
      }
      writer.releaseLock();
    },
  };
}

function isWebWritable(value: unknown): value is WritableStream<string | Uint8Array> {
  return typeof value === 'object' && value !== null && typeof (value as { getWriter?: unknown }).getWriter === 'function';
}

function isNodeWritable(value: unknown): value is NodeWritableLike {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return ['write', 'end', 'once', 'on', 'removeListener'].every((method) => typeof candidate[method] === 'function');
}
