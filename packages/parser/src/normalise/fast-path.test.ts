import { describe, expect, test } from 'vitest';
import { CharClass, charClass } from './char-class.js';
import { normaliseText } from './normalise.js';

/** Classes that change a character standing alone between two ASCII letters. */
const ALWAYS_REPAIRED = new Set([
  CharClass.CarriageReturn,
  CharClass.Tab,
  CharClass.Control,
  CharClass.C1Control,
  CharClass.OddSpace,
  CharClass.Invisible,
  CharClass.Joiner,
  CharClass.LineSeparator,
  CharClass.ParagraphSeparator,
]);

describe('the fast path of normaliseText', () => {
  test('stops at every code unit that needs a repair, and only plain ones pass through', () => {
    // The pass skips plain runs by a native search: a code unit missing from its stop set
    // would be copied unrepaired. Check every code unit of the BMP.
    const missed: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      const out = normaliseText(text).text;
      const cls = charClass(c);
      if (ALWAYS_REPAIRED.has(cls) ? out === text : cls === CharClass.Plain && out !== text) missed.push(c.toString(16));
    }
    expect(missed).toEqual([]);
  });
});
