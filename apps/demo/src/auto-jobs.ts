import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * What `--jobs auto` (the default) decides: how many threads a run's size repays. The rule is
 * the same for a file batch and an NDJSON run; only how the size is known differs.
 */

/**
 * Input bytes a batch needs per worker thread under `--jobs auto`. A worker repays its cost only
 * on a large batch: it loads the parser and renderers, and its code must be optimised anew (each
 * thread has its own JIT: on the bench corpus about half a second of compiler CPU per thread), and
 * on a machine with few cores that work competes with the main thread's. Measured on 2 cores with
 * `--to html --to md --to json --out`: `--jobs 2` is slower than `--jobs 1` on 5.6 MB of articles,
 * about as fast at 22 MB, and 1.0–1.3× faster at 45 MB (1.13 median in the bench).
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

/**
 * Threads for `--ndjson-in` under `--jobs auto`: `1` (convert on this thread, no workers) when
 * the inputs are files that together hold less than {@link AUTO_BYTES_PER_WORKER}, else `jobs`.
 * Measured on 2 cores, 5.6 MB of NDJSON takes 0.62 s on one thread and 0.78 s with two workers,
 * which also use 1.7× the CPU and 1.4× the memory. The size of stdin is not known up front, so
 * it gets the workers, as does an input that cannot be read (it is reported later).
 *
 * @example
 * autoNdjsonJobs(['small.ndjson'], 2, process.cwd()); // 1
 * autoNdjsonJobs(['-'], 2, process.cwd()); // 2
 */
export function autoNdjsonJobs(inputs: readonly string[], jobs: number, cwd: string): number {
  let bytes = 0;
  for (const input of inputs) {
    if (input === '-') return jobs;
    try {
      const stats = statSync(resolve(cwd, input));
      if (!stats.isFile()) return jobs;
      bytes += stats.size;
    } catch {
      return jobs;
    }
  }
  return inputs.length > 0 && bytes < AUTO_BYTES_PER_WORKER ? 1 : jobs;
}
