import { expect, test } from 'vitest';
import { cp1252Byte, cp1252CharCode, isUndefinedInCp1252 } from './cp1252.js';

// 0x80–0x9F per the WHATWG index (Node 20's own TextDecoder gets these wrong, so it cannot be the reference).
const HIGH_CONTROL_RANGE = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

test('the table is Latin-1 except for 0x80–0x9F, which follow the WHATWG index', () => {
  for (let byte = 0; byte < 256; byte++) {
    const expected = byte >= 0x80 && byte < 0xa0 ? HIGH_CONTROL_RANGE.charCodeAt(byte - 0x80) : byte;
    expect(cp1252CharCode(byte), `byte ${byte}`).toBe(expected);
  }
});

test('cp1252Byte runs the table backwards, and maps C1 controls to the byte of the same number', () => {
  for (let byte = 0; byte < 256; byte++) expect(cp1252Byte(cp1252CharCode(byte))).toBe(byte);
  expect(cp1252Byte(0x2019)).toBe(0x92);
  expect(cp1252Byte(0x0092)).toBe(0x92);
  expect(cp1252Byte(0x2603)).toBe(-1);
});

test('the five undefined bytes', () => {
  const undefinedBytes = [...Array(256).keys()].filter(isUndefinedInCp1252);
  expect(undefinedBytes).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
});
