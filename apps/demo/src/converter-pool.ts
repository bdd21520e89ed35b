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
 * what a single file or a small batch wants); more start that many worker threads on demand.
 */
export function createConverter(jobs: number): Converter {
  return jobs <= 1 ? { run: runTask, close: async () => {} } : new WorkerPool(jobs);
}

interface Pending {
  id: number;
  task: Task;
  resolve: (result: ConvertResult) => void;
}

interface PoolWorker {
  worker: Worker;
  busy?: Pending;
}

class WorkerPool implements Converter {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly size: number) {}

  run(task: Task): Promise<ConvertResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    this.workers.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let idle = this.workers.find((w) => !w.busy);
      if (!idle && this.workers.length < this.size) idle = this.spawn();
      if (!idle) return;
      const pending = this.queue.shift()!;
      idle.busy = pending;
      idle.worker.postMessage({ id: pending.id, task: pending.task });
    }
  }

  private spawn(): PoolWorker {
    const slot: PoolWorker = { worker: new Worker(new URL('./worker.js', import.meta.url)) };
    slot.worker.on('message', (message: { id: number; result: ConvertResult }) => {
      const pending = slot.busy;
      slot.busy = undefined;
      if (pending && pending.id === message.id) pending.resolve(message.result);
      this.dispatch();
    });
    // A crashed worker (out of memory on a pathological input) fails its one task; a fresh worker takes its place.
    slot.worker.on('error', (error) => {
      const pending = slot.busy;
      slot.busy = undefined;
      this.workers.splice(this.workers.indexOf(slot), 1);
      pending?.resolve({ ok: false, code: 'convert/exception', message: `the worker thread failed: ${error.message}` });
      if (!this.closed) this.dispatch();
    });
    this.workers.push(slot);
    return slot;
  }
}
