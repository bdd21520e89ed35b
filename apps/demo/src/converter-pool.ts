import { Worker } from 'node:worker_threads';
import type { ConvertResult } from './convert.js';
import { type Task, runTask } from './task.js';

/** Runs tasks, in this thread or on worker threads; results come back in whatever order they finish. */
export interface Converter {
  run(task: Task): Promise<ConvertResult>;
  close(): Promise<void>;
}

/**
 * A converter for `jobs` parallel tasks. One job runs in this thread (no start-up cost, which is
 * what a single file wants); more start that many worker threads on demand.
 */
export function createConverter(jobs: number): Converter {
  return jobs <= 1 ? { run: runTask, close: async () => {} } : new WorkerPool(jobs);
}

/** Most tasks posted to a worker in one message: an article takes about a millisecond, a message round trip a good part of that. */
const MAX_CHUNK = 32;

interface Pending {
  id: number;
  task: Task;
  resolve: (result: ConvertResult) => void;
}

interface PoolWorker {
  worker: Worker;
  busy: Pending[];
}

class WorkerPool implements Converter {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;
  private scheduled = false;

  constructor(private readonly size: number) {}

  run(task: Task): Promise<ConvertResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, resolve });
      // Dispatch once the caller has queued what it has at hand, so workers get whole chunks.
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.dispatch();
        });
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    this.workers.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let idle = this.workers.find((w) => w.busy.length === 0);
      if (!idle && this.workers.length < this.size) idle = this.spawn();
      if (!idle) return;
      // Share what is queued fairly between the workers, in chunks to save round trips.
      const chunk = Math.min(MAX_CHUNK, Math.max(1, Math.ceil(this.queue.length / this.size)));
      idle.busy = this.queue.splice(0, chunk);
      idle.worker.postMessage(idle.busy.map((p) => ({ id: p.id, task: p.task })));
    }
  }

  private spawn(): PoolWorker {
    const slot: PoolWorker = { worker: new Worker(new URL('./worker.js', import.meta.url)), busy: [] };
    slot.worker.on('message', (results: Array<{ id: number; result: ConvertResult }>) => {
      const byId = new Map(slot.busy.map((p) => [p.id, p]));
      slot.busy = [];
      for (const { id, result } of results) byId.get(id)?.resolve(result);
      this.dispatch();
    });
    // A crashed worker (out of memory on a pathological input) fails its chunk; a fresh worker takes its place.
    slot.worker.on('error', (error) => {
      const lost = slot.busy;
      slot.busy = [];
      this.workers.splice(this.workers.indexOf(slot), 1);
      for (const pending of lost) pending.resolve({ ok: false, code: 'convert/exception', message: `the worker thread failed: ${error.message}` });
      if (!this.closed) this.dispatch();
    });
    this.workers.push(slot);
    return slot;
  }
}
