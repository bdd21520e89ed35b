import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AUTO_BYTES_PER_WORKER, autoNdjsonJobs, autoWorkerCount } from './auto-jobs.js';

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

describe('autoNdjsonJobs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-auto-jobs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'small.ndjson'), '{"id":1,"text":"A headline"}\n');
  // Sparse: a size over the threshold without writing its bytes.
  writeFileSync(join(dir, 'large.ndjson'), '');
  truncateSync(join(dir, 'large.ndjson'), AUTO_BYTES_PER_WORKER);
  mkdirSync(join(dir, 'folder'));

  it('converts small files on this thread', () => {
    expect(autoNdjsonJobs(['small.ndjson'], 4, dir)).toBe(1);
    expect(autoNdjsonJobs(['small.ndjson', 'small.ndjson'], 4, dir)).toBe(1);
  });

  it('keeps the workers for large files, stdin, and what it cannot size', () => {
    expect(autoNdjsonJobs(['large.ndjson'], 4, dir)).toBe(4);
    expect(autoNdjsonJobs(['small.ndjson', 'large.ndjson'], 2, dir)).toBe(2);
    expect(autoNdjsonJobs(['-'], 2, dir)).toBe(2);
    expect(autoNdjsonJobs([], 2, dir)).toBe(2);
    expect(autoNdjsonJobs(['missing.ndjson'], 2, dir)).toBe(2);
    expect(autoNdjsonJobs(['folder'], 2, dir)).toBe(2);
  });
});
