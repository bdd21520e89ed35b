import { describe, expect, it } from 'vitest';
import { AUTO_BYTES_PER_WORKER, autoWorkerCount } from './batch-threads.js';

describe('autoWorkerCount', () => {
  it('starts no worker for a batch smaller than one worker repays', () => {
    expect(autoWorkerCount(0, 8)).toBe(0);
    expect(autoWorkerCount(11_000_000, 2)).toBe(0);
    expect(autoWorkerCount(AUTO_BYTES_PER_WORKER - 1, 8)).toBe(0);
  });

  it('adds one worker per AUTO_BYTES_PER_WORKER of input', () => {
    expect(autoWorkerCount(AUTO_BYTES_PER_WORKER, 8)).toBe(1);
    expect(autoWorkerCount(3.5 * AUTO_BYTES_PER_WORKER, 8)).toBe(3);
  });

  it('never starts more than jobs - 1 workers (the main thread converts too)', () => {
    expect(autoWorkerCount(100 * AUTO_BYTES_PER_WORKER, 2)).toBe(1);
    expect(autoWorkerCount(100 * AUTO_BYTES_PER_WORKER, 1)).toBe(0);
  });
});
