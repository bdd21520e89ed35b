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
  const lineStarts: number[] = [0];
  const length = text.length;
  if (text.indexOf('\r') === -1) {
    // Nearly all input has LF line ends only: the native search skips from one to the next
    // instead of testing every character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  } else {
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) lineStarts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
    }
  }
  return (rawOffset: number): Point => {
    const offset = rawOffset < 0 ? 0 : rawOffset > length ? length : Math.floor(rawOffset);
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1, offset };
  };
}
