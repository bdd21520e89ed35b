import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { decodeInput } from './decode.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(fixtures, name)));
const expected = 'Café owners say “prices” rose — 5 €.\nSecond line: naïve résumé.\n';

describe('decodeInput on bytes', () => {
  test('UTF-8 with a BOM: the BOM is dropped, no diagnostics', () => {
    const decoded = decodeInput(bytesOf('decode-utf8-bom.txt'));
    expect(decoded).toMatchObject({ text: expected, encoding: 'utf-8', bom: true, diagnostics: [] });
  });

  test('UTF-8 without a BOM', () => {
    const decoded = decodeInput(new TextEncoder().encode(expected));
    expect(decoded).toMatchObject({ text: expected, encoding: 'utf-8', bom: false, diagnostics: [] });
  });

  test('UTF-16 little-endian with a BOM', () => {
    expect(decodeInput(bytesOf('decode-utf16le-bom.txt'))).toMatchObject({ text: expected, encoding: 'utf-16le', diagnostics: [] });
  });

  test('UTF-16 big-endian with a BOM', () => {
    expect(decodeInput(bytesOf('decode-utf16be-bom.txt'))).toMatchObject({ text: expected, encoding: 'utf-16be', diagnostics: [] });
  });

  test('UTF-16 without a BOM is recognised by its NULs, with a warning', () => {
    const bytes = bytesOf('decode-utf16le-bom.txt').subarray(2);
    const decoded = decodeInput(bytes);
    expect(decoded.text).toBe(expected);
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.diagnostics.map((d) => [d.code, d.severity])).toEqual([['decode/utf-16-without-bom', 'warning']]);
  });

  test('UTF-16 with a lone surrogate or an odd byte: U+FFFD and a warning, no throw', () => {
    const decoded = decodeInput(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00, 0x43]));
    expect(decoded.text).toBe('A\ufffdB\ufffd');
    expect(decoded.diagnostics.map((d) => d.code)).toEqual(['decode/invalid-utf-16']);
  });

  test('Windows-1252 bytes: decoded as Windows-1252 with a warning that points at the first odd byte', () => {
    const decoded = decodeInput(bytesOf('decode-windows-1252.txt'));
    expect(decoded.text).toBe(expected);
    expect(decoded.encoding).toBe('windows-1252');
    const [warning] = decoded.diagnostics;
    expect(warning).toMatchObject({ code: 'decode/windows-1252', severity: 'warning' });
    expect(warning?.position?.start).toEqual({ line: 1, column: 4, offset: 3 });
    expect(warning?.message).toMatch(/^The input is not valid UTF-8: \d+ bytes were read as Windows-1252/);
  });

  test('every byte that is not part of a UTF-8 sequence is its Windows-1252 character', () => {
    // Interleaved with spaces so no two high bytes can pair up into a UTF-8 sequence.
    const spaced = new Uint8Array(512).map((_, i) => (i % 2 === 0 ? i / 2 : 0x20));
    const { text } = decodeInput(spaced);
    const charOf = (byte: number): string => text[byte * 2]!;
    const range = (from: number, to: number): string => Array.from({ length: to - from }, (_, i) => charOf(from + i)).join('');
    expect(text.length).toBe(512);
    expect(range(0, 0x80)).toBe(String.fromCharCode(...Array.from({ length: 0x80 }, (_, i) => i)));
    expect(range(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    expect(range(0xa0, 0x100)).toBe(String.fromCharCode(...Array.from({ length: 0x60 }, (_, i) => 0xa0 + i)));
  });

  test('UTF-8 with one stray Latin-1 byte keeps its UTF-8 characters', () => {
    const decoded = decodeInput(bytesOf('decode-mixed-utf8-latin1.txt'));
    expect(decoded.text).toBe('Tickets cost £40 at the café “door”.\n');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.diagnostics[0]?.message).toContain('1 byte was read as Windows-1252');
    expect(decoded.diagnostics[0]?.message).toContain('3 valid UTF-8 sequences were kept as UTF-8');
  });

  test('overlong and surrogate UTF-8 sequences are not UTF-8', () => {
    // C0 AF is an overlong '/', ED A0 80 a surrogate: each byte is read as Windows-1252.
    expect(decodeInput(new Uint8Array([0xc0, 0xaf, 0xed, 0xa0, 0x80])).text).toBe('À¯í\u00a0€');
  });

  test('binary junk: decoded as far as possible, with warnings, never a throw', () => {
    const decoded = decodeInput(bytesOf('decode-binary.bin'));
    expect(decoded.text.length).toBeGreaterThan(0);
    expect(decoded.diagnostics.map((d) => d.code)).toContain('decode/binary');
    expect(decoded.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  test('the example in the documentation', () => {
    expect(decodeInput(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toMatchObject({ text: 'café', encoding: 'windows-1252' });
  });

  test('empty input', () => {
    expect(decodeInput(new Uint8Array(0))).toMatchObject({ text: '', encoding: 'utf-8', diagnostics: [] });
  });

  test('other views of bytes and an ArrayBuffer are read as bytes', () => {
    const bytes = new TextEncoder().encode('naïve');
    expect(decodeInput(new DataView(bytes.buffer) as unknown as Uint8Array).text).toBe('naïve');
    expect(decodeInput(bytes.buffer as unknown as Uint8Array).text).toBe('naïve');
  });

  test('input of another type is an error diagnostic, not a throw', () => {
    for (const input of [null, undefined, 42, {}, ['a']]) {
      const decoded = decodeInput(input as unknown as string);
      expect(decoded.text).toBe('');
      expect(decoded.diagnostics).toMatchObject([{ code: 'decode/unsupported-input', severity: 'error' }]);
    }
  });

  test('a Buffer is a Uint8Array and works the same', () => {
    expect(decodeInput(readFileSync(join(fixtures, 'decode-utf8-bom.txt'))).text).toBe(expected);
  });
});

describe('decodeInput on strings', () => {
  test('a leading BOM is dropped, the rest kept as it is', () => {
    expect(decodeInput('\ufeffa\ufeffb')).toMatchObject({ text: 'a\ufeffb', encoding: 'utf-8', bom: true, diagnostics: [] });
  });

  test('a string full of NULs is flagged as binary', () => {
    expect(decodeInput('a\0b\0c\0').diagnostics.map((d) => d.code)).toEqual(['decode/binary']);
  });

  test('a stray control character in a long text is not binary', () => {
    expect(decodeInput(`${'word '.repeat(100)}\u0007`).diagnostics).toEqual([]);
  });
});
