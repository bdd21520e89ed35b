import { describe, expect, test } from 'vitest';
import { cp1252CharCode } from '../decode/cp1252.js';
import { readMojibakeRun } from './mojibake.js';

describe('readMojibakeRun', () => {
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
});
