import type { Point } from '@copydesk/model/core';

/**
 * Finds the unist point (1-based line and column, 0-based offset) of an offset in `text`.
 * Lines end at `\n`, `\r\n` or a lone `\r`, so points agree with what an editor shows for the
 * original input whatever its line endings.
 */
export type PointLookup = (offset: number) => Point;

/** How many lines past the last one found a lookup walks before it searches by halves. */
const NEARBY_LINES = 4;

/**
 * Index the line starts of `text` once (one pass), then answer each lookup from the line of
 * the last one: a reader asks for the points of its blocks in order, each start and end on the
 * same line or a few lines on, which a walk of a line or two finds where a binary search over
 * all lines takes a dozen steps. Further off, or before it, the search is by halves.
 * Offsets outside `[0, text.length]` are clamped.
 *
 * @example
 * const pointAt = createLineIndex('a\r\nb');
 * pointAt(3); // { line: 2, column: 1, offset: 3 }
 */
export function createLineIndex(text: string): PointLookup {
  const { starts, count } = lineStarts(text);
  const length = text.length;
  /** The index of the line of the last lookup. */
  let last = 0;
  return (rawOffset: number): Point => {
    const offset = rawOffset < 0 ? 0 : rawOffset > length ? length : Math.floor(rawOffset);
    // The line is the last one whose start is at most `offset`: the first start above it is
    // looked for in [lo, hi), where `starts[lo]` is at most `offset`.
    let lo = 0;
    let hi = count;
    if (starts[last]! <= offset) {
      lo = last;
      const near = Math.min(count - 1, last + NEARBY_LINES);
      while (lo < near && starts[lo + 1]! <= offset) lo++;
      if (lo < near) hi = lo + 1;
    } else hi = last;
    // At least one round, whatever was found nearby: a loop that ran only on far jumps would
    // first run long after the code was compiled, and throw it away.
    do {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    } while (lo < hi);
    const line = lo - 1;
    last = line;
    return { line: line + 1, column: offset - starts[line]! + 1, offset };
  };
}

/** The offsets where the lines of a text start: `starts[0…count)`, the first being 0. */
export interface LineStarts {
  starts: ArrayLike<number>;
  count: number;
}

/**
 * Line starts held up to this many in a JS array: most articles have a few hundred lines, and
 * a typed array costs a separate allocation of its memory that is dearer than the whole index.
 */
const SMALL_INDEX = 4096;

/**
 * Offsets of every line start of `text` (after `\n`, `\r\n` or a lone `\r`), in order.
 *
 * Past {@link SMALL_INDEX} lines they move to a typed array that doubles when full: a text of
 * a hundred thousand lines would otherwise grow one large array that every scavenge walks and
 * copies, so that the cost per line rose with the number of lines.
 */
export function lineStarts(text: string): LineStarts {
  const length = text.length;
  const starts = new StartsBuilder();
  // Nearly all input has LF line ends only; the rest is read apart, so that the code made for
  // the common case is not thrown away when the first CR comes.
  if (text.indexOf('\r') !== -1) pushStartsWithReturns(text, starts);
  else {
    // The native search skips over a line's text to its end instead of testing every
    // character. Blank lines that follow are taken by looking at the next character, not with
    // a call per line, so a run of empty lines costs one comparison each.
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(++i);
      while (i < length && text.charCodeAt(i) === 10) starts.push(++i);
      i = text.indexOf('\n', i);
    }
  }
  return starts.build();
}

/**
 * Push the line starts of a text with CR line ends (alone or before LF), character by
 * character. It ends with its loop: code compiled while the loop runs, before anything after
 * it ever ran, would be thrown away at the first step past the loop, on every such text.
 */
function pushStartsWithReturns(text: string, starts: StartsBuilder): void {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && (i + 1 >= length || text.charCodeAt(i + 1) !== 10))) starts.push(i + 1);
  }
}

class StartsBuilder {
  private small: number[] = [0];
  private large: Int32Array<ArrayBuffer> | undefined;
  private count = 1;

  push(offset: number): void {
    const large = this.large;
    if (large === undefined) {
      this.small.push(offset);
      this.count++;
      if (this.count === SMALL_INDEX) {
        this.large = new Int32Array(SMALL_INDEX * 4);
        this.large.set(this.small);
      }
      return;
    }
    if (this.count === large.length) {
      const bigger = new Int32Array(large.length * 2);
      bigger.set(large);
      this.large = bigger;
    }
    this.large![this.count++] = offset;
  }

  build(): LineStarts {
    return { starts: this.large ?? this.small, count: this.count };
  }
}
