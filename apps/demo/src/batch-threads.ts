import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Worker threads for a file batch, started as early as possible: each one loads the parser and
 * renderers (a good part of a small batch's time), and that overlaps with the main thread's own
 * loading and its walk of the inputs when they are started before both.
 *
 * @example
 * const threads = BatchThreads.start(1);
 * try { await runBatch(job, threads); } finally { await threads.close(); }
 */
export class BatchThreads {
  private constructor(readonly workers: readonly Worker[]) {}

  static start(count: number): BatchThreads {
    const workers: Worker[] = [];
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url));
      // An error before the batch starts (a usage error) must not leave the process waiting for idle threads.
      worker.unref();
      workers.push(worker);
    }
    return new BatchThreads(workers);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/**
 * The worker threads a batch with these arguments wants, started now: `--jobs N` is N threads
 * converting, this one and N - 1 workers. None for a single file or stdin, where a worker would
 * only add its start-up, and none yet under `--jobs auto`, where the batch's size decides once it
 * is known ({@link autoWorkerCount}). Called before the CLI loads the parser and renderers, so
 * that the workers load theirs at the same time.
 *
 * @example
 * const threads = startBatchThreads({ inputs: ['articles/'], jobs: 2, autoJobs: false }, process.cwd()); // one worker
 */
export function startBatchThreads(options: BatchThreadOptions, cwd: string): BatchThreads | undefined {
  const { inputs, jobs, autoJobs } = options;
  if (jobs <= 1 || autoJobs) return undefined;
  const several = inputs.length > 1 || inputs.some((input) => input !== '-' && isDirectory(resolve(cwd, input)));
  return several ? BatchThreads.start(jobs - 1) : undefined;
}

export interface BatchThreadOptions {
  inputs: readonly string[];
  /** Threads converting at once, at most (the main thread is one of them). */
  jobs: number;
  /** Add worker threads only when the batch is large enough to repay them. */
  autoJobs: boolean;
}

/**
 * Input bytes a batch needs per worker thread under `--jobs auto`. A worker repays its cost only
 * on a large batch: it loads the parser and renderers, and its code must be optimised anew (each
 * thread has its own JIT: on the bench corpus about half a second of compiler CPU per thread), and
 * on a machine with few cores that work competes with the main thread's. Measured on 2 cores with
 * `--to html --to md --to json --out`: `--jobs 2` is slower than `--jobs 1` on 5.6 MB of articles,
 * about as fast at 22 MB, and 1.3× faster at 45 MB.
 */
export const AUTO_BYTES_PER_WORKER = 32 * 1024 * 1024;

/**
 * How many worker threads `--jobs auto` starts for a batch of `bytes`: one per
 * {@link AUTO_BYTES_PER_WORKER}, and never more than `jobs - 1`.
 *
 * @example
 * autoWorkerCount(11e6, 2); // 0: an 11 MB batch runs fastest on one thread
 */
export function autoWorkerCount(bytes: number, jobs: number): number {
  return Math.max(0, Math.min(jobs - 1, Math.floor(bytes / AUTO_BYTES_PER_WORKER)));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // A missing input is reported (as a usage error) once the batch checks its inputs.
    return false;
  }
}
