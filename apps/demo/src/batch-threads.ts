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
 * is known (`autoWorkerCount` in auto-jobs.ts). Called before the CLI loads the parser and renderers, so
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

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // A missing input is reported (as a usage error) once the batch checks its inputs.
    return false;
  }
}
