import { parentPort } from 'node:worker_threads';
import { type BatchShare, convertShare } from './batch-worker.js';
import { convertChunk } from './ndjson-chunk.js';
import type { NdjsonReply, NdjsonRequest } from './ndjson-workers.js';

/**
 * A worker thread. For a file batch it gets one `BatchShare` and claims inputs from it until none
 * are left; for an NDJSON run it gets chunks of lines and answers each with its output lines.
 */
parentPort?.on('message', (message: NdjsonRequest | BatchShare) => {
  if (message.kind === 'batch') {
    convertShare(message, (reply) => parentPort?.postMessage(reply));
    return;
  }
  parentPort?.postMessage({ kind: 'ndjson', seq: message.seq, result: convertChunk(message.chunk) } satisfies NdjsonReply);
});
