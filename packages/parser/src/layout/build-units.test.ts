import { describe, expect, it } from 'vitest';
import { splitLines } from '../text/lines.js';
import { buildUnits } from './build-units.js';
import { piecesOf } from './unit.js';

describe('buildUnits', () => {
  it('makes each line a unit, in the array of lines, the first after a blank line', () => {
    const lines = splitLines('First line\nSecond line\n\nThird line\n');
    const second = lines[1];
    const units = buildUnits(lines, 'single-newline');
    expect(units).toBe(lines);
    expect(units.map((u) => [u.text, u.blankBefore])).toEqual([
      ['First line', true],
      ['Second line', false],
      ['Third line', true],
    ]);
    expect(units[1]).toBe(second);
  });

  it('joins hard-wrapped lines, a hyphenated compound without a space, and maps every piece back', () => {
    const text = 'The long-\nterm plan was\nset on Monday.\n  A new paragraph\nstarts here.\n';
    const units = buildUnits(splitLines(text), 'hard-wrapped');
    expect(units.map((u) => u.text)).toEqual(['The long-term plan was set on Monday.', 'A new paragraph starts here.']);
    for (const unit of units) {
      for (const p of piecesOf(unit)) expect(unit.text.slice(p.at, p.at + p.length)).toBe(text.slice(p.from, p.from + p.length));
      expect(text.slice(unit.start, unit.end).startsWith(unit.text.slice(0, 5))).toBe(true);
    }
    expect(units[1]!.indent).toBe(2);
  });
});
