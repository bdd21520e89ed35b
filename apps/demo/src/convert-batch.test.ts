import { describe, expect, it } from 'vitest';
import { AUTO_BYTES_PER_WORKER } from './auto-jobs.js';
import type { BatchThreads } from './batch-threads.js';
import { threadsWorthStarting } from './convert-batch.js';
import type { InputEntry } from './walk-inputs.js';

const file = (size: number): InputEntry => ({ kind: 'file', path: `/in/${size}.txt`, display: `${size}.txt`, mirror: `${size}.txt`, size });

/** Records the worker counts asked for instead of starting threads. */
function recorder() {
  const asked: number[] = [];
  const start = (count: number) => {
    asked.push(count);
    return { workers: [] } as unknown as BatchThreads;
  };
  return { asked, start };
}

describe('threadsWorthStarting', () => {
  it('starts nothing for a small batch under --jobs auto', () => {
    const { asked, start } = recorder();
    expect(threadsWorthStarting({ jobs: 4, autoJobs: true }, [file(5_000), file(7_000)], start)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('counts every file of the batch, and only files', () => {
    const { asked, start } = recorder();
    const half = AUTO_BYTES_PER_WORKER / 2;
    const entries: InputEntry[] = [file(half), { kind: 'stdin' }, file(half), { kind: 'error', record: { input: 'x', error: { code: 'input/unreadable', message: 'no' } } }];
    expect(threadsWorthStarting({ jobs: 4, autoJobs: true }, entries, start)).toBeDefined();
    expect(asked).toEqual([1]);
  });

  it('starts no more than jobs - 1 workers', () => {
    const { asked, start } = recorder();
    threadsWorthStarting({ jobs: 2, autoJobs: true }, [file(10 * AUTO_BYTES_PER_WORKER)], start);
    expect(asked).toEqual([1]);
  });

  it('leaves an explicit --jobs alone: those threads were started before the walk', () => {
    const { asked, start } = recorder();
    expect(threadsWorthStarting({ jobs: 4, autoJobs: false }, [file(10 * AUTO_BYTES_PER_WORKER)], start)).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
