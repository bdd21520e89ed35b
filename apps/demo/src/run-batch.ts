import { setImmediate as nextTurn } from 'node:timers/promises';
import { BatchCursor } from './batch-cursor.js';
import type { BatchThreads } from './batch-threads.js';
import type { BatchReply, BatchShare } from './batch-worker.js';
import type { ConvertResult } from './convert.js';
import { type Task, runTaskSync } from './task.js';

/** One file batch for {@link runBatch}. */
export interface BatchJob {
  /** Every input in order; `null` where the main thread produces the result itself with `produce`. */
  tasks: ReadonlyArray<Task | null>;
  /** The result of an input without a task (stdin, an input that already failed), produced when its turn comes. */
  produce(index: number): Promise<ConvertResult | undefined>;
  /** Handles each result in input order; resolving `false` stops the batch (`--fail-fast`). */
  handle(index: number, result: ConvertResult | undefined): Promise<boolean>;
  /** How many inputs may be claimed past the last handled one; `Infinity` splits the batch (workers claim from the back). */
  window: number;
  /** Called as each task's result comes in, in whatever order (a split batch's progress). */
  converted?: () => void;
}

export interface BatchOutcome {
  /** Results handled, in order from the first input. */
  handled: number;
  /** `handle` asked to stop before the end. */
  stopped: boolean;
}

/**
 * Convert a batch on the main thread and the given worker threads together. Every thread claims
 * inputs from a shared cursor until none are left, and reads, converts and writes each one
 * itself; the main thread also handles the results in input order as they come in, so output
 * order and content do not depend on the number of threads. With no threads, everything runs here.
 */
export async function runBatch(job: BatchJob, threads?: BatchThreads): Promise<BatchOutcome> {
  const total = job.tasks.length;
  const cursor = BatchCursor.create(total, job.window);
  const results: Array<ConvertResult | undefined> = new Array(total);
  const ready = new Uint8Array(total);
  const live = new Set<number>();
  let wake: (() => void) | undefined;
  const settle = (index: number, result: ConvertResult): void => {
    results[index] = result;
    ready[index] = 1;
    job.converted?.();
  };

  const workers = threads?.workers ?? [];
  workers.forEach((worker, i) => {
    const thread = i + 1;
    let failure = 'it stopped';
    live.add(thread);
    // Now the batch waits on this thread's messages: keep the process alive for them.
    worker.ref();
    worker.on('message', (reply: BatchReply) => {
      if (reply.kind === 'results') for (const { index, result } of reply.results) settle(index, result);
      else live.delete(thread);
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error.message;
    });
    worker.on('exit', () => {
      if (!live.delete(thread)) return;
      // Whatever this thread claimed and did not report is lost with it: report each, the batch goes on.
      for (let index = 0; index < total; index++) {
        if (cursor.ownerOf(index) === thread && ready[index] === 0 && job.tasks[index]) {
          settle(index, { ok: false, code: 'convert/exception', message: `the worker thread failed: ${failure}` });
        }
      }
      wake?.();
    });
    const share: BatchShare = { kind: 'batch', buffer: cursor.buffer, window: job.window, thread, tasks: job.tasks };
    worker.postMessage(share);
  });

  let handled = 0;
  let stopped = false;
  // Handles what is ready from the front; it re-checks after every await, so a result that came in meanwhile is not missed.
  const handleReady = async (): Promise<void> => {
    while (handled < total && !stopped) {
      let result: ConvertResult | undefined;
      if (!job.tasks[handled]) result = await job.produce(handled);
      else if (ready[handled] === 1) result = results[handled];
      else return;
      results[handled] = undefined;
      const goOn = await job.handle(handled, result);
      handled++;
      cursor.setHandled(handled);
      if (!goOn) {
        stopped = true;
        cursor.stop();
      }
    }
  };

  for (;;) {
    await handleReady();
    if (handled >= total || stopped) break;
    const claim = cursor.claim(0);
    if (typeof claim === 'number') {
      const task = job.tasks[claim];
      if (task) settle(claim, runTaskSync(task));
      // Let the workers' messages in between conversions: they are handled in order, and the
      // workers wait when they get a whole window ahead of what is handled.
      if (live.size > 0) await nextTurn();
      continue;
    }
    if (live.size === 0 && ready[handled] === 0) {
      throw new Error(`batch stalled at input ${handled} of ${total}: no thread left to convert it`);
    }
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = undefined;
  }

  // The workers finish the inputs they hold (with --fail-fast, a few past the failure) before they are stopped.
  while (live.size > 0) {
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = undefined;
  }
  return { handled, stopped };
}
