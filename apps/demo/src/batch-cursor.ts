/**
 * The state the threads of a batch share, in one small `SharedArrayBuffer`: which input is next
 * to claim, how many results the main thread has handled, whether to stop, and which thread
 * claimed each input. Each thread claims inputs one at a time with a compare-and-swap, so the
 * work balances itself to the last input with no message per input and no idle thread at the
 * end; results travel back as small status records.
 *
 * A split batch has the main thread claim from the front and the workers from the back. Threads
 * then write into different output directories, which matters: a file system creates the files of
 * one directory one at a time (under the directory's lock), and two threads filling the same
 * directory spend much of their time waiting on each other, spinning in the kernel.
 */

/** Cell indexes in the shared `Int32Array`. */
const HANDLED = 0;
const STOP = 1;
/**
 * Bytes before the claim range, a `BigInt64` holding the next unclaimed input in its low half and
 * one past the last unclaimed input in its high half: both ends move in one compare-and-swap, so
 * the front and the back can never both take the same input.
 */
const RANGE_OFFSET = 16;
const OWNERS_OFFSET = RANGE_OFFSET + BigInt64Array.BYTES_PER_ELEMENT;
const LOW_HALF = 0xffffffffn;

function packRange(next: number, end: number): bigint {
  return (BigInt(end) << 32n) | BigInt(next);
}

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
  private readonly range: BigInt64Array;
  private readonly owners: Int16Array;

  constructor(
    readonly buffer: SharedArrayBuffer,
    readonly total: number,
    /**
     * How far front claims may run ahead of the results handled in order: bounds memory, and with
     * `--fail-fast` how much is converted past a failure. `Infinity` splits the batch: workers claim from the back.
     */
    readonly window: number,
  ) {
    this.cells = new Int32Array(buffer, 0, 2);
    this.range = new BigInt64Array(buffer, RANGE_OFFSET, 1);
    this.owners = new Int16Array(buffer, OWNERS_OFFSET, total);
  }

  static create(total: number, window: number): BatchCursor {
    const cursor = new BatchCursor(new SharedArrayBuffer(OWNERS_OFFSET + total * Int16Array.BYTES_PER_ELEMENT), total, window);
    Atomics.store(cursor.range, 0, packRange(0, total));
    return cursor;
  }

  /** Whether workers claim from the back (see the class comment). */
  get split(): boolean {
    return this.window === Number.POSITIVE_INFINITY;
  }

  /** Claim the next input for `thread` (0 is the main thread, 1… the workers). */
  claim(thread: number): Claim {
    const fromBack = thread !== 0 && this.split;
    for (;;) {
      if (Atomics.load(this.cells, STOP) !== 0) return 'done';
      const range = Atomics.load(this.range, 0);
      const next = Number(range & LOW_HALF);
      const end = Number(range >> 32n);
      if (next >= end) return 'done';
      if (!fromBack && next >= Atomics.load(this.cells, HANDLED) + this.window) return 'ahead';
      const index = fromBack ? end - 1 : next;
      const claimed = fromBack ? packRange(next, end - 1) : packRange(next + 1, end);
      if (Atomics.compareExchange(this.range, 0, range, claimed) === range) {
        Atomics.store(this.owners, index, thread);
        return index;
      }
    }
  }

  /** The thread that claimed `index`, or -1 when nobody has yet. */
  ownerOf(index: number): number {
    const range = Atomics.load(this.range, 0);
    const claimed = index < Number(range & LOW_HALF) || index >= Number(range >> 32n);
    return claimed ? Atomics.load(this.owners, index) : -1;
  }

  /** The main thread has handled the first `count` results: wake a worker that waits to claim more. */
  setHandled(count: number): void {
    Atomics.store(this.cells, HANDLED, count);
    Atomics.notify(this.cells, HANDLED);
  }

  /** Block this (worker) thread until more results are handled, or `timeoutMs` passes. Never call it on the main thread. */
  waitForHandled(timeoutMs: number): void {
    const handled = Atomics.load(this.cells, HANDLED);
    if (Number(Atomics.load(this.range, 0) & LOW_HALF) < handled + this.window) return;
    Atomics.wait(this.cells, HANDLED, handled, timeoutMs);
  }

  /** No thread claims anything after this (`--fail-fast`). */
  stop(): void {
    Atomics.store(this.cells, STOP, 1);
    Atomics.notify(this.cells, HANDLED);
  }
}
