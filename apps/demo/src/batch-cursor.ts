/**
 * The state the threads of a batch share, in one small `SharedArrayBuffer`: which input is next
 * to claim, how many results the main thread has handled, whether to stop, and which thread
 * claimed each input. Each thread claims inputs one at a time with a compare-and-swap, so the
 * work balances itself to the last input with no message per input and no idle thread at the
 * end; results travel back as small status records.
 */

/** Cell indexes in the shared `Int32Array`. */
const NEXT = 0;
const HANDLED = 1;
const STOP = 2;
const HEADER = 3;

/** What a claim gives: an input index to convert, `done` (none left, or stopped), or `ahead` (wait for the main thread to catch up). */
export type Claim = number | 'done' | 'ahead';

/**
 * One view of the shared state; every thread builds its own over the same buffer.
 *
 * @example
 * const cursor = BatchCursor.create(inputs.length, 128);
 * const claim = cursor.claim(0); // 0: the main thread claimed input 0
 */
export class BatchCursor {
  private readonly cells: Int32Array;
  private readonly owners: Int16Array;

  constructor(
    readonly buffer: SharedArrayBuffer,
    readonly total: number,
    /** How far claims may run ahead of the results handled in order: bounds memory, and with `--fail-fast` how much is converted past a failure. */
    readonly window: number,
  ) {
    this.cells = new Int32Array(buffer, 0, HEADER);
    this.owners = new Int16Array(buffer, HEADER * Int32Array.BYTES_PER_ELEMENT, total);
  }

  static create(total: number, window: number): BatchCursor {
    return new BatchCursor(new SharedArrayBuffer(HEADER * Int32Array.BYTES_PER_ELEMENT + total * Int16Array.BYTES_PER_ELEMENT), total, window);
  }

  /** Claim the next input for `thread` (0 is the main thread, 1… the workers). */
  claim(thread: number): Claim {
    for (;;) {
      if (Atomics.load(this.cells, STOP) !== 0) return 'done';
      const next = Atomics.load(this.cells, NEXT);
      if (next >= this.total) return 'done';
      if (next >= Atomics.load(this.cells, HANDLED) + this.window) return 'ahead';
      if (Atomics.compareExchange(this.cells, NEXT, next, next + 1) === next) {
        Atomics.store(this.owners, next, thread);
        return next;
      }
    }
  }

  /** The thread that claimed `index`, or -1 when nobody has yet. */
  ownerOf(index: number): number {
    return index < Atomics.load(this.cells, NEXT) ? Atomics.load(this.owners, index) : -1;
  }

  /** How many inputs have been claimed so far. */
  claimed(): number {
    return Math.min(this.total, Atomics.load(this.cells, NEXT));
  }

  /** The main thread has handled the first `count` results: wake a worker that waits to claim more. */
  setHandled(count: number): void {
    Atomics.store(this.cells, HANDLED, count);
    Atomics.notify(this.cells, HANDLED);
  }

  /** Block this (worker) thread until more results are handled, or `timeoutMs` passes. Never call it on the main thread. */
  waitForHandled(timeoutMs: number): void {
    const handled = Atomics.load(this.cells, HANDLED);
    if (Atomics.load(this.cells, NEXT) < handled + this.window) return;
    Atomics.wait(this.cells, HANDLED, handled, timeoutMs);
  }

  /** No thread claims anything after this (`--fail-fast`). */
  stop(): void {
    Atomics.store(this.cells, STOP, 1);
    Atomics.notify(this.cells, HANDLED);
  }
}
