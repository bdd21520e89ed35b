import { parentPort } from 'node:worker_threads';
import { type BatchShare, convertShare } from './batch-worker.js';
import type { ConvertResult } from './convert.js';
import { type Task, runTask } from './task.js';

/** A chunk of tasks from the NDJSON converter pool. */
type PoolChunk = Array<{ id: number; task: Task }>;

/**
 * A worker thread. For a file batch it gets one `BatchShare` and claims inputs from it until none
 * are left; for the NDJSON pool it gets chunks of `{ id, task }` and answers each with all their results at once.
 */
parentPort?.on('message', async (message: PoolChunk | BatchShare) => {
  if (!Array.isArray(message)) {
    convertShare(message, (reply) => parentPort?.postMessage(reply));
    return;
  }
  const results: Array<{ id: number; result: ConvertResult }> = await Promise.all(message.map(async ({ id, task }) => ({ id, result: await runTask(task) })));
  parentPort?.postMessage(results);
});
