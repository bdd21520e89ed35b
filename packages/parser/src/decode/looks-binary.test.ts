import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeInput } from './decode.js';
import { countControlBytes, judgeBinary, scanForBinary } from './looks-binary.js';
import { decodeUtf8WithCp1252Fallback } from './utf8-with-fallback.js';

/** Bytes rich in the values the scan must tell apart: controls, DEL, line ends, UTF-8 lead and continuation bytes. */
const byte = fc.oneof(
  fc.integer({ min: 0, max: 0xff }),
  fc.integer({ min: 0, max: 0x20 }),
  fc.constantFrom(0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x7f, 0x80, 0x9f, 0xc3, 0xe2, 0xa9),
);
/** Bytes at any offset into a larger buffer, so that the scan starts and ends off a 4-byte boundary. */
const bytesAtAnyOffset = fc
  .tuple(fc.integer({ min: 0, max: 7 }), fc.array(byte, { maxLength: 300 }), fc.integer({ min: 0, max: 7 }))
  .map(([before, values, after]) => {
    const buffer = new Uint8Array(before + values.length + after).fill(0x41);
    buffer.set(values, before);
    return buffer.subarray(before, before + values.length);
  });

describe('countControlBytes', () => {
  test('finds what scanForBinary finds in the text the bytes decode to', () => {
    fc.assert(
      fc.property(bytesAtAnyOffset, (bytes) => {
        const text = decodeUtf8WithCp1252Fallback(bytes).text;
        expect(judgeBinary(countControlBytes(bytes), text.length)).toEqual(scanForBinary(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('counts controls in every position of a word and around it', () => {
    for (let offset = 0; offset < 4; offset++) {
      for (let at = 0; at < 12; at++) {
        const buffer = new Uint8Array(16 + offset).fill(0x61);
        const bytes = buffer.subarray(offset, offset + 12);
        bytes[at] = 0x01;
        bytes[(at + 5) % 12] = 0x7f;
        bytes[(at + 7) % 12] = 0x0a;
        expect(countControlBytes(bytes)).toEqual({ nuls: 0, controls: 2 });
      }
    }
  });

  test('counts NULs apart from other controls', () => {
    expect(countControlBytes(new Uint8Array([0, 0x41, 0, 0x1b, 0x0d, 0x0a, 0x09, 0x0c, 0x0b]))).toEqual({ nuls: 2, controls: 2 });
  });
});

describe('decodeInput', () => {
  test('judges binary input by the length of the text, not of the bytes', () => {
    // 19 three-byte characters and one control: 1 in 20 characters, though 1 in 58 bytes.
    const decoded = decodeInput(new TextEncoder().encode(`${'€'.repeat(19)}\u0001`));
    expect(decoded.diagnostics.map((d) => d.code)).toEqual(['decode/binary']);
    expect(decoded.diagnostics[0]!.message).toContain('0 NUL and 1 other control character in 20.');
  });

  test('still recognises UTF-16 without a BOM, whose NULs the count finds first', () => {
    const decoded = decodeInput(new Uint8Array([...'plain words\n'].flatMap((c) => [c.charCodeAt(0), 0])));
    expect(decoded.text).toBe('plain words\n');
    expect(decoded.diagnostics.map((d) => d.code)).toEqual(['decode/utf-16-without-bom']);
  });

  test('warns of binary input exactly when the decoded text looks binary', () => {
    fc.assert(
      fc.property(bytesAtAnyOffset, (bytes) => {
        const decoded = decodeInput(bytes);
        const warned = decoded.diagnostics.some((d) => d.code === 'decode/binary');
        expect(warned).toBe(scanForBinary(decoded.text).binary);
      }),
      { numRuns: 1000 },
    );
  });
});
