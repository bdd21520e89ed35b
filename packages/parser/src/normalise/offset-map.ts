/**
 * The map between offsets in the normalised text and offsets in the original, kept as
 * anchors: at anchor k, normalised offset `normalised[k]` is original offset `original[k]`, and
 * from there both advance together up to the next anchor. Anchors sit only where the two
 * drift apart (a CRLF, a removed tag, a decoded entity), so plain text costs none, and a
 * lookup is a binary search.
 */
export class OffsetMapBuilder {
  // Typed arrays that double when full: flat memory the garbage collector never walks.
  // Allocated on the first anchor after the implicit (0, 0): clean text never needs them.
  private normalised: Int32Array<ArrayBuffer> | undefined;
  private original: Int32Array<ArrayBuffer> | undefined;
  private count = 1;
  private lastN = 0;
  private lastO = 0;

  /** Record that normalised offset `n` is original offset `o` (both never decrease). */
  add(n: number, o: number): void {
    const { lastN, lastO } = this;
    if (n === lastN) {
      // Same normalised offset: the later original offset wins (the characters in between were removed).
      if (o > lastO) {
        this.lastO = o;
        if (this.original) this.original[this.count - 1] = o;
      }
      return;
    }
    if (o - lastO === n - lastN) return; // implied by the previous anchor
    if (!this.normalised || !this.original) {
      this.normalised = new Int32Array(256);
      this.original = new Int32Array(256);
      this.original[0] = this.lastO; // the first anchor may have moved past removed characters
    } else if (this.count === this.normalised.length) {
      this.normalised = grow(this.normalised);
      this.original = grow(this.original);
    }
    this.normalised[this.count] = n;
    this.original[this.count] = o;
    this.count++;
    this.lastN = n;
    this.lastO = o;
  }

  /** Record that original `[start, end)` became `length` normalised characters starting at `n`. */
  replace(n: number, start: number, end: number, length: number): void {
    this.add(n, start);
    // Characters beyond the original span's length all sit on its last character, so the map stays monotonic.
    const last = end > start ? end - 1 : start;
    for (let j = Math.max(1, end - start); j < length; j++) this.add(n + j, last);
    this.add(n + length, end);
  }

  build(textLength: number, originalLength: number): OffsetMap {
    const normalised = this.normalised ? this.normalised.subarray(0, this.count) : Int32Array.of(0);
    const original = this.original ? this.original.subarray(0, this.count) : Int32Array.of(this.lastO);
    return new OffsetMap(normalised, original, textLength, originalLength);
  }
}

function grow(values: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(values.length * 2);
  bigger.set(values);
  return bigger;
}

/** Look-ups in both directions over the anchors of an {@link OffsetMapBuilder}. */
export class OffsetMap {
  constructor(
    private readonly normalised: Int32Array,
    private readonly original: Int32Array,
    private readonly textLength: number,
    private readonly originalLength: number,
  ) {}

  /** How many anchors the map holds (for measurements). */
  get size(): number {
    return this.normalised.length;
  }

  /** The original offset of normalised offset `offset` (clamped into range). */
  toOriginal(offset: number): number {
    const x = offset <= 0 ? 0 : offset >= this.textLength ? this.textLength : Math.floor(offset);
    if (x === this.textLength) return this.originalLength;
    const k = lastAtOrBefore(this.normalised, x);
    const o = this.original[k]! + (x - this.normalised[k]!);
    return Math.min(o , this.originalLength);
  }

  /**
   * The normalised offset of original offset `offset`: a character that was removed or folded
   * into a repair maps to where its replacement starts or, past its end, to what follows.
   */
  fromOriginal(offset: number): number {
    const o = offset <= 0 ? 0 : offset >= this.originalLength ? this.originalLength : Math.floor(offset);
    if (o === this.originalLength) return this.textLength;
    // Before the first anchor: characters removed from the very start of the text.
    if (o < this.original[0]!) return 0;
    const k = lastAtOrBefore(this.original, o);
    const n = this.normalised[k]! + (o - this.original[k]!);
    const limit = k + 1 < this.normalised.length ? this.normalised[k + 1]! : this.textLength;
    return Math.min(n , limit);
  }
}

/**
 * Index of the last element of non-decreasing `values` that is at most `x` (`values[0]` is).
 * The search narrows `[lo, hi)` to the first element above `x`, in a loop that runs at least
 * once: a map of clean text has one anchor, and a loop that ran only for texts with repairs
 * would first run long after the code was compiled, and throw it away.
 */
function lastAtOrBefore(values: Int32Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  do {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  } while (lo < hi);
  return lo - 1;
}
