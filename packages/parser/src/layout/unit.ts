/**
 * A unit is a candidate block: one line, or several hard-wrapped lines joined, with the map
 * from its text back to offsets in the normalised input (so it can be split and still point
 * at the right place).
 */
export interface Unit {
  /** The unit's text: trimmed lines joined by one space (or nothing after a hyphen). */
  text: string;
  /** Normalised offsets of the first and past the last character. */
  start: number;
  end: number;
  /**
   * Where each run of the text was copied from in the normalised text. Absent when the text is
   * one run copied from `start` (nearly every unit: it saves two objects per line).
   */
  pieces: UnitPieces | undefined;
  /** Was a blank line (or the title) right before it? */
  blankBefore: boolean;
  /** Indentation of its first line. */
  indent: number;
  /** Set on a writer's signature split off the end of a paragraph. */
  signature: boolean;
  /**
   * What one search of the text found for the prefilters (see `unitFacts`), once asked;
   * `UNKNOWN_FACTS` (-1) until then.
   */
  facts: number;
}

/** `text[at…at+length)` of a unit was copied from the normalised text at `from`. */
export interface UnitPiece {
  at: number;
  from: number;
  length: number;
}

/**
 * The pieces of a unit joined from several runs, in order, as numbers: piece k is
 * `(at, from, length)` at `3k`, `3k + 1`, `3k + 2` of one array of small integers.
 *
 * Numbers rather than an object per piece: a hard-wrapped paragraph has a piece per line, and
 * wire copy without indents can be one paragraph of tens of thousands of lines, all of whose
 * pieces stay alive while the rest of the article is read, to be copied by every collection
 * of the young generation on the way. An array of small integers is one object, whose
 * elements the collector has nothing to follow in, and the units of one text may share one.
 */
export class UnitPieces {
  /**
   * The pieces are `count` triples of `values` from index `first` on: the units of one text may
   * share one array, each seeing its own part (no view made for each).
   */
  constructor(
    private readonly values: readonly number[],
    private readonly first = 0,
    readonly count = values.length / 3,
  ) {}

  /** The pieces of `list`, in its order. */
  static of(list: readonly UnitPiece[]): UnitPieces {
    const values: number[] = [];
    for (const p of list) values.push(p.at, p.from, p.length);
    return new UnitPieces(values);
  }

  /** Offset in the unit's text where piece `k` starts. */
  at(k: number): number {
    return this.values[this.first + 3 * k]!;
  }

  /** Normalised offset piece `k` was copied from. */
  from(k: number): number {
    return this.values[this.first + 3 * k + 1]!;
  }

  length(k: number): number {
    return this.values[this.first + 3 * k + 2]!;
  }
}

/**
 * Every unit is made here, with all its fields in one order: units then share one object
 * shape, and the functions that read them stay monomorphic (an optional field added later
 * gives a second shape, and the optimised code is thrown away when it meets it). Pieces may
 * be given as a list of objects, packed here.
 */
export function makeUnit(
  text: string,
  start: number,
  end: number,
  pieces: UnitPieces | readonly UnitPiece[] | undefined,
  blankBefore: boolean,
  indent: number,
  signature: boolean,
): Unit {
  const packed = pieces === undefined || pieces instanceof UnitPieces ? pieces : UnitPieces.of(pieces);
  // -1: no facts known yet (`UNKNOWN_FACTS`, not imported: that module reads units).
  return { text, start, end, pieces: packed, blankBefore, indent, signature, facts: -1 };
}

/** A unit made of one run of the normalised text. */
export function singleUnit(text: string, start: number, blankBefore: boolean, indent: number): Unit {
  return makeUnit(text, start, start + text.length, undefined, blankBefore, indent, false);
}

/** The unit's pieces as objects, made explicit for a unit that is one run. */
export function piecesOf(unit: Unit): UnitPiece[] {
  const pieces = unit.pieces;
  if (!pieces) return [{ at: 0, from: unit.start, length: unit.text.length }];
  const list: UnitPiece[] = [];
  for (let k = 0; k < pieces.count; k++) list.push({ at: pieces.at(k), from: pieces.from(k), length: pieces.length(k) });
  return list;
}

/** Normalised offset of a position in the unit's text. */
export function unitOffset(unit: Unit, index: number): number {
  const pieces = unit.pieces;
  if (!pieces) return unit.start + Math.min(Math.max(index, 0), unit.text.length);
  for (let k = pieces.count - 1; k >= 0; k--) {
    const at = pieces.at(k);
    if (index >= at) return pieces.from(k) + Math.min(index - at, pieces.length(k));
  }
  return unit.start;
}

/**
 * The part `[from, to)` of a unit's text as a unit of its own, trimmed of spaces; `undefined`
 * when nothing but spaces is left.
 */
export function sliceUnit(unit: Unit, from: number, to: number): Unit | undefined {
  const text = unit.text;
  while (from < to && text.charCodeAt(from) <= 32) from++;
  while (to > from && text.charCodeAt(to - 1) <= 32) to--;
  if (from >= to) return undefined;
  const pieces = unit.pieces;
  if (!pieces) {
    return makeUnit(text.slice(from, to), unit.start + from, unit.start + to, undefined, from === 0 ? unit.blankBefore : false, from === 0 ? unit.indent : 0, false);
  }
  const values: number[] = [];
  let end = -1;
  for (let k = 0; k < pieces.count; k++) {
    const at = pieces.at(k);
    const a = Math.max(at, from);
    const b = Math.min(at + pieces.length(k), to);
    if (a < b) {
      const pieceFrom = pieces.from(k) + (a - at);
      values.push(a - from, pieceFrom, b - a);
      end = pieceFrom + (b - a);
    }
  }
  const start = unitOffset(unit, from);
  if (end < 0) end = start;
  return makeUnit(text.slice(from, to), start, end, new UnitPieces(values), from === 0 ? unit.blankBefore : false, from === 0 ? unit.indent : 0, false);
}
