import { describe, expect, test } from 'vitest';
import { CharClass, charClass } from './char-class.js';
import { FAST_PATH_STOP } from './fast-path.js';
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

  test('stops at exactly the code units that are not plain', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      FAST_PATH_STOP.lastIndex = 0;
      if (FAST_PATH_STOP.test(String.fromCharCode(c)) !== (charClass(c) !== CharClass.Plain)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test('passes over curly quotes, dashes and the ellipsis without a stop', () => {
    const text = 'It\u2019s \u201cfine\u201d \u2014 or \u2013 so\u2026';
    FAST_PATH_STOP.lastIndex = 0;
    expect(FAST_PATH_STOP.test(text)).toBe(false);
    expect(normaliseText(text).text).toBe(text);
  });
});
