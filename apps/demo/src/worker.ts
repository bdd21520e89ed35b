import { parentPort } from 'node:worker_threads';
import { type Task, runTask } from './task.js';

/** A worker thread of the batch pool: receives `{ id, task }`, answers `{ id, result }`. */
parentPort?.on('message', async (message: { id: number; task: Task }) => {
  const result = await runTask(message.task);
  parentPort?.postMessage({ id: message.id, result });
});
