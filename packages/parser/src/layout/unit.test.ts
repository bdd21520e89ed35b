import { describe, expect, it } from 'vitest';
import { makeUnit, piecesOf, singleUnit, sliceUnit, UnitPieces, unitOffset } from './unit.js';

// "long-" + "term plans" + "were set": the normalised text had them at 10, 20 and 40.
const LIST = [
  { at: 0, from: 10, length: 5 },
  { at: 5, from: 20, length: 10 },
  { at: 16, from: 40, length: 8 },
];
const joined = (): ReturnType<typeof makeUnit> => makeUnit('long-term plans were set', 10, 48, LIST, true, 2, false);

describe('units joined from several runs', () => {
  it('keeps pieces given as objects packed, and gives them back as objects', () => {
    const unit = joined();
    expect(unit.pieces).toBeInstanceOf(UnitPieces);
    expect(unit.pieces!.count).toBe(3);
    expect(piecesOf(unit)).toEqual(LIST);
    expect(makeUnit(unit.text, unit.start, unit.end, unit.pieces, false, 0, false).pieces).toBe(unit.pieces);
  });

  it('maps offsets in the text to the normalised text, piece by piece', () => {
    const unit = joined();
    expect([0, 4, 5, 14, 15, 16, 23, 24].map((i) => unitOffset(unit, i))).toEqual([10, 14, 20, 29, 30, 40, 47, 48]);
  });

  it('slices across pieces, trimmed, with the pieces of the slice', () => {
    const unit = joined();
    const slice = sliceUnit(unit, 8, 24)!;
    expect(slice.text).toBe('m plans were set');
    expect([slice.start, slice.end, slice.blankBefore, slice.indent]).toEqual([23, 48, false, 0]);
    expect(piecesOf(slice)).toEqual([
      { at: 0, from: 23, length: 7 },
      { at: 8, from: 40, length: 8 },
    ]);
    expect(sliceUnit(unit, 0, 4)).toMatchObject({ text: 'long', start: 10, end: 14, blankBefore: true, indent: 2 });
    expect(sliceUnit(unit, 15, 16)).toBeUndefined();
  });

  it('makes a unit of one run explicit as one piece', () => {
    expect(piecesOf(singleUnit('one line', 7, false, 0))).toEqual([{ at: 0, from: 7, length: 8 }]);
  });
});

describe('pieces that share one array', () => {
  it('each see their own part of it', () => {
    const values = [0, 10, 5, 6, 16, 4, 0, 30, 7];
    const first = new UnitPieces(values, 0, 2);
    const second = new UnitPieces(values, 6, 1);
    const unit = makeUnit('hello there', 10, 20, first, true, 0, false);
    expect(piecesOf(unit)).toEqual([
      { at: 0, from: 10, length: 5 },
      { at: 6, from: 16, length: 4 },
    ]);
    expect(piecesOf(makeUnit('goodbye', 30, 37, second, true, 0, false))).toEqual([{ at: 0, from: 30, length: 7 }]);
    expect(unitOffset(unit, 7)).toBe(17);
  });
});
