import { describe, expect, test } from 'vitest';
import { cp1252CharCode } from '../decode/cp1252.js';
import { MojibakeReader } from './mojibake.js';

const reader = new MojibakeReader();

/** The run at `text[start]` as the reader leaves it: where it ends and its repairs. */
function readMojibakeRun(text: string, start: number): { end: number; repairs: { start: number; end: number; value: string }[] } {
  const end = reader.read(text, start);
  const repairs = [];
  for (let k = 0; k < reader.repairCount; k++) repairs.push({ start: reader.startOf(k), end: reader.endOf(k), value: reader.valueOf(k) });
  return { end, repairs };
}

describe('MojibakeReader', () => {
  test('finds each repair in a run, with its original span', () => {
    const text = 'xâ€œCafÃ©â€ y';
    expect(readMojibakeRun(text, 1)).toEqual({ end: 4, repairs: [{ start: 1, end: 4, value: '“' }] });
    expect(readMojibakeRun(text, 7)).toEqual({
      end: 11,
      repairs: [
        { start: 7, end: 9, value: 'é' },
        { start: 9, end: 11, value: '”' },
      ],
    });
  });

  test('a run with nothing valid in it has no repairs', () => {
    expect(readMojibakeRun('É” x', 0)).toEqual({ end: 2, repairs: [] });
    expect(readMojibakeRun('à€ x', 0)).toEqual({ end: 2, repairs: [] }); // E0 80 is an overlong
  });

  test('up to three levels of mis-decoding', () => {
    const once = 'é';
    const misdecode = (s: string): string => String.fromCharCode(...[...new TextEncoder().encode(s)].map(cp1252CharCode));
    const three = misdecode(misdecode(misdecode(once)));
    expect(readMojibakeRun(three, 0).repairs).toEqual([{ start: 0, end: three.length, value: 'é' }]);
  });

  test('a very long run is cut so memory stays bounded', () => {
    const text = 'Ã©'.repeat(2000);
    const run = readMojibakeRun(text, 0);
    expect(run.end).toBe(1024);
    expect(run.repairs).toHaveLength(512);
  });

  test('an astral character, and pieces left as they are between repairs', () => {
    // F0 9F 98 80 (😀), then 0xC9 0x94 (implausible: stays), then C3 A9 (é).
    expect(readMojibakeRun('ðŸ˜€É”Ã© x', 0)).toEqual({
      end: 8,
      repairs: [
        { start: 0, end: 4, value: '😀' },
        { start: 6, end: 8, value: 'é' },
      ],
    });
  });

  test('a second level decodes a mix of decoded and untouched pieces', () => {
    // `’` (E2 80 99) mis-decoded twice, after a lone `É` that no level decodes.
    const twice = 'Ã¢â‚¬â„¢';
    expect(readMojibakeRun(`É${twice} x`, 0)).toEqual({ end: 1 + twice.length, repairs: [{ start: 1, end: 1 + twice.length, value: '’' }] });
  });

  test('the partial forms: `â€` that lost its last byte, `Â` before a space', () => {
    expect(readMojibakeRun('â€ x', 0)).toEqual({ end: 2, repairs: [{ start: 0, end: 2, value: '”' }] });
    expect(readMojibakeRun('â€\ufffd x', 0)).toEqual({ end: 3, repairs: [{ start: 0, end: 3, value: '”' }] });
    expect(readMojibakeRun('Â x', 0)).toEqual({ end: 1, repairs: [{ start: 0, end: 1, value: '' }] });
  });

  test('each run read replaces the last one', () => {
    readMojibakeRun('Ã©Ã©Ã©', 0);
    expect(readMojibakeRun('xÃ¨', 1)).toEqual({ end: 3, repairs: [{ start: 1, end: 3, value: 'è' }] });
    expect(readMojibakeRun('É” x', 0)).toEqual({ end: 2, repairs: [] });
  });
});
