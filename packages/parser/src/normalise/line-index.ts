import type { Point } from '@copydesk/model/core';

/**
 * Finds the unist point (1-based line and column, 0-based offset) of an offset in `text`.
 * Lines end at `\n`, `\r\n` or a lone `\r`, so points agree with what an editor shows for the
 * original input whatever its line endings.
 */
export type PointLookup = (offset: number) => Point;

/**
 * Index the line starts of `text` once (one pass), then answer each lookup by binary search.
 * Offsets outside `[0, text.length]` are clamped.
 *
 * @example
 * const pointAt = createLineIndex('a\r\nb');
 * pointAt(3); // { line: 2, column: 1, offset: 3 }
 */
export function createLineIndex(text: string): PointLookup {
  const { starts, count } = lineStarts(text);
  const length = text.length;
  return (rawOffset: number): Point => {
    const offset = rawOffset < 0 ? 0 : rawOffset > length ? length : Math.floor(rawOffset);
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  };
}

/** The offsets where the lines of a text start: `starts[0…count)`, the first being 0. */
export interface LineStarts {
  starts: Int32Array;
  count: number;
}

/**
 * Offsets of every line start of `text` (after `\n`, `\r\n` or a lone `\r`), in order.
 *
 * Kept in a typed array that doubles when full rather than a JS array: a text of a hundred
 * thousand lines would otherwise grow one large array of boxed numbers that every scavenge
 * copies, so the cost per line rose with the number of lines.
 */
export function lineStarts(text: string): LineStarts {
  const length = text.length;
  let starts = new Int32Array(Math.min(1024, length + 1));
  let count = 1; // starts[0] = 0
  if (text.indexOf('\r') === -1) {
    // Nearly all input has LF line ends only: the native search skips over a line's text to
    // its end instead of testing every character. Blank lines that follow are taken by
    // looking at the next character, not with a call per line, so a run of empty lines costs
    // one comparison each.
    let i = text.indexOf('\n');
    while (i !== -1) {
      if (count === starts.length) starts = grow(starts);
      starts[count++] = ++i;
      while (i < length && text.charCodeAt(i) === 10) {
        if (count === starts.length) starts = grow(starts);
        starts[count++] = ++i;
      }
      i = text.indexOf('\n', i);
    }
  } else {
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        if (count === starts.length) starts = grow(starts);
        starts[count++] = i + 1;
      }
    }
  }
  return { starts, count };
}

function grow(values: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(values.length * 2);
  bigger.set(values);
  return bigger;
}
