import type { Diagnostic, Point, Position } from '@copydesk/model';

/**
 * The input after the one normalisation pass every reader shares, with the map back to the
 * original so that model positions point into what the user gave us.
 */
export interface NormalisedText {
  /** The decoded input, as positions refer to it. */
  original: string;
  /** Normalised: LF line ends only, odd spaces as spaces, invisibles removed, entities decoded, mojibake repaired. */
  text: string;
  /** The original offset of a normalised offset (`text.length` maps to `original.length`). */
  toOriginal(offset: number): number;
  /** Line and column (1-based) of an original offset. */
  pointAt(originalOffset: number): Point;
  /** The original position of the normalised range [start, end). */
  positionOf(start: number, end: number): Position;
  diagnostics: Diagnostic[];
}

/** Normalise `original` in one pass (line endings only, for now), keeping the offset map. */
export function normaliseText(original: string): NormalisedText {
  let text = '';
  // anchors[i] = [normalised offset, original offset]: from there on, offsets advance together.
  const anchors: Array<[number, number]> = [[0, 0]];
  let copyFrom = 0;
  for (let i = 0; i < original.length; i++) {
    if (original.charCodeAt(i) === 13 /* \r */) {
      text += original.slice(copyFrom, i);
      text += '\n';
      const skip = original.charCodeAt(i + 1) === 10 ? 1 : 0;
      i += skip;
      copyFrom = i + 1;
      anchors.push([text.length, copyFrom]);
    }
  }
  text += original.slice(copyFrom);

  const toOriginal = (offset: number): number => {
    let lo = 0;
    let hi = anchors.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (anchors[mid]![0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const [n, o] = anchors[lo]!;
    return Math.min(o + (offset - n), original.length);
  };

  const lineStarts = [0];
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c === 10 || (c === 13 && original.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const pointAt = (offset: number): Point => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1, offset };
  };

  return {
    original,
    text,
    toOriginal,
    pointAt,
    positionOf: (start, end) => ({ start: pointAt(toOriginal(start)), end: pointAt(toOriginal(end)) }),
    diagnostics: [],
  };
}
