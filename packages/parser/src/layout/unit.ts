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
   * `text[at…at+length)` was copied from the normalised text at `from`. Absent when the text is
   * one run copied from `start` (nearly every unit: it saves two objects per line).
   */
  pieces: UnitPiece[] | undefined;
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

export interface UnitPiece {
  at: number;
  from: number;
  length: number;
}

/**
 * Every unit is made here, with all its fields in one order: units then share one object
 * shape, and the functions that read them stay monomorphic (an optional field added later
 * gives a second shape, and the optimised code is thrown away when it meets it).
 */
export function makeUnit(
  text: string,
  start: number,
  end: number,
  pieces: UnitPiece[] | undefined,
  blankBefore: boolean,
  indent: number,
  signature: boolean,
): Unit {
  // -1: no facts known yet (`UNKNOWN_FACTS`, not imported: that module reads units).
  return { text, start, end, pieces, blankBefore, indent, signature, facts: -1 };
}

/** A unit made of one run of the normalised text. */
export function singleUnit(text: string, start: number, blankBefore: boolean, indent: number): Unit {
  return makeUnit(text, start, start + text.length, undefined, blankBefore, indent, false);
}

/** The unit's pieces, made explicit for a unit that is one run. */
export function piecesOf(unit: Unit): UnitPiece[] {
  return unit.pieces ?? [{ at: 0, from: unit.start, length: unit.text.length }];
}

/** Normalised offset of a position in the unit's text. */
export function unitOffset(unit: Unit, index: number): number {
  const pieces = unit.pieces;
  if (!pieces) return unit.start + Math.min(Math.max(index, 0), unit.text.length);
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    if (index >= p.at) return p.from + Math.min(index - p.at, p.length);
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
  if (!unit.pieces) {
    return makeUnit(text.slice(from, to), unit.start + from, unit.start + to, undefined, from === 0 ? unit.blankBefore : false, from === 0 ? unit.indent : 0, false);
  }
  const pieces: UnitPiece[] = [];
  for (const p of unit.pieces) {
    const a = Math.max(p.at, from);
    const b = Math.min(p.at + p.length, to);
    if (a < b) pieces.push({ at: a - from, from: p.from + (a - p.at), length: b - a });
  }
  const start = unitOffset(unit, from);
  const last = pieces[pieces.length - 1];
  const end = last ? last.from + last.length : start;
  return makeUnit(text.slice(from, to), start, end, pieces, from === 0 ? unit.blankBefore : false, from === 0 ? unit.indent : 0, false);
}
