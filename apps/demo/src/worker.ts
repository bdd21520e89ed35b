import { parentPort } from 'node:worker_threads';
import type { ConvertResult } from './convert.js';
import { type Task, runTask } from './task.js';

/** A worker thread of the batch pool: receives a chunk of `{ id, task }`, answers with all their results at once. */
parentPort?.on('message', async (chunk: Array<{ id: number; task: Task }>) => {
  // All at once: parsing is synchronous, so this overlaps one task's file I/O with another's parsing.
  const results: Array<{ id: number; result: ConvertResult }> = await Promise.all(chunk.map(async ({ id, task }) => ({ id, result: await runTask(task) })));
  parentPort?.postMessage(results);
});
