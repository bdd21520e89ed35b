import { parentPort } from 'node:worker_threads';
import { type BatchShare, convertShare } from './batch-worker.js';
import { convertChunk } from './ndjson-chunk.js';
import type { NdjsonReply, NdjsonRequest } from './ndjson-workers.js';

/** Output buffers the main thread has written and sent back, to encode the next chunks into. */
const spares: Uint8Array[] = [];
/** Spares kept at most; more would only wait here while another worker allocates new ones. */
const MAX_SPARES = 2;

/**
 * A worker thread. For a file batch it gets one `BatchShare` and claims inputs from it until none
 * are left; for an NDJSON run it gets chunks of lines and answers each with its output lines.
 */
parentPort?.on('message', (message: NdjsonRequest | BatchShare) => {
  if (message.kind === 'batch') {
    convertShare(message, (reply) => parentPort?.postMessage(reply));
    return;
  }
  spares.push(...message.spares);
  const spare = spares.pop();
  const result = convertChunk(message.chunk, spare);
  if (spare && result.output.buffer !== spare.buffer) spares.push(spare);
  spares.splice(MAX_SPARES);
  // Transferred, not copied: the main thread writes these bytes as they are.
  parentPort?.postMessage({ kind: 'ndjson', seq: message.seq, result } satisfies NdjsonReply, [result.output.buffer as ArrayBuffer]);
});
