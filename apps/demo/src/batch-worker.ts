import type { ConvertResult } from './convert.js';
import { BatchCursor } from './batch-cursor.js';
import { type Task, runTaskSync } from './task.js';

/** What the main thread posts once to each worker thread of a batch. */
export interface BatchShare {
  kind: 'batch';
  buffer: SharedArrayBuffer;
  window: number;
  /** This worker's number in the cursor's owner table (the main thread is 0). */
  thread: number;
  /** Every input of the batch; `null` where the main thread produces the result itself (stdin, inputs that already failed). */
  tasks: ReadonlyArray<Task | null>;
}

/** What a worker thread posts back: results as they are ready, then `done` once it claims no more. */
export type BatchReply = { kind: 'results'; results: Array<{ index: number; result: ConvertResult }> } | { kind: 'done' };

/** Results are posted in small groups: fewer messages, and still soon enough that the main thread rarely waits for one. */
const POST_EVERY = 8;
const POST_AFTER_MS = 5;
/** How long a worker sleeps at most when it is a whole window ahead of the handled results before it looks again. */
const AHEAD_WAIT_MS = 50;

/**
 * A worker thread's share of a batch: claim inputs until none are left, convert each (reading
 * and writing its files here), and post back small status records, never the renderings.
 */
export function convertShare(share: BatchShare, post: (reply: BatchReply) => void): void {
  const cursor = new BatchCursor(share.buffer, share.tasks.length, share.window);
  let pending: Array<{ index: number; result: ConvertResult }> = [];
  let lastPost = Date.now();
  const flush = (): void => {
    if (pending.length > 0) post({ kind: 'results', results: pending });
    pending = [];
    lastPost = Date.now();
  };
  for (;;) {
    const claim = cursor.claim(share.thread);
    if (claim === 'done') break;
    if (claim === 'ahead') {
      flush();
      cursor.waitForHandled(AHEAD_WAIT_MS);
      continue;
    }
    const task = share.tasks[claim];
    // Inputs without a task are the main thread's to produce; claiming them only moves the cursor on.
    if (!task) continue;
    pending.push({ index: claim, result: runTaskSync(task) });
    if (pending.length >= POST_EVERY || Date.now() - lastPost >= POST_AFTER_MS) flush();
  }
  flush();
  post({ kind: 'done' });
}
