import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeValidUtf8 } from './valid-utf8.js';

/** What the decoding must agree with: the WHATWG decoder, fatal, keeping a leading BOM. */
function reference(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Bytes that are often valid UTF-8 (encoded text) and often nearly so (a byte changed, cut or added). */
const bytes = fc.oneof(
  fc.string({ unit: 'binary' }).map((text) => new TextEncoder().encode(text)),
  fc
    .tuple(fc.string({ unit: 'binary', minLength: 1 }), fc.nat(), fc.integer({ min: 0, max: 0xff }))
    .map(([text, at, byte]) => {
      const encoded = new TextEncoder().encode(text);
      encoded[at % encoded.length] = byte;
      return encoded;
    }),
  fc.uint8Array({ maxLength: 64 }),
  fc.array(fc.constantFrom(0x41, 0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xef, 0xbb, 0xf0, 0xf4, 0x90, 0x9f, 0xa0)).map((values) => new Uint8Array(values)),
);

describe('decodeValidUtf8', () => {
  test('reads exactly what a fatal TextDecoder reads, and rejects what it rejects', () => {
    fc.assert(
      fc.property(bytes, (value) => {
        expect(decodeValidUtf8(value)).toBe(reference(value));
      }),
      { numRuns: 3000 },
    );
  });

  test('edge cases: BOM kept, surrogates, overlongs and code points above U+10FFFF rejected', () => {
    const cases = [
      [0xef, 0xbb, 0xbf, 0x41],
      [0xf0, 0x9f, 0x99, 0x82],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0x63, 0x61, 0x66, 0xc3, 0xa9],
      [0x63, 0x61, 0x66, 0xe9],
      [],
    ];
    for (const values of cases) expect(decodeValidUtf8(new Uint8Array(values))).toBe(reference(new Uint8Array(values)));
  });

  test('a broken last sequence does not leak into the next input', () => {
    expect(decodeValidUtf8(new Uint8Array([0x41, 0xe2, 0x82]))).toBeUndefined();
    expect(decodeValidUtf8(new Uint8Array([0xac, 0x41]))).toBeUndefined();
    expect(decodeValidUtf8(new Uint8Array([0x41, 0x42]))).toBe('AB');
  });

  test('reads an offset view of a larger buffer, as a Node Buffer from the pool is', () => {
    const buffer = new TextEncoder().encode('xx“café” — ok');
    expect(decodeValidUtf8(buffer.subarray(2))).toBe('“café” — ok');
  });

  test('a view of a detached buffer reads as TextDecoder reads it, without a throw', () => {
    const bytes = new TextEncoder().encode('café');
    structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
    expect(decodeValidUtf8(bytes)).toBe(reference(bytes));
  });
});
