import type { Diagnostic } from '@copydesk/model/core';
import { createLineIndex } from '../normalise/line-index.js';
import { type BinaryEvidence, countControlBytes, judgeBinary, scanForBinary } from './looks-binary.js';
import { decodeUtf8WithCp1252Fallback } from './utf8-with-fallback.js';
import { decodeValidUtf8 } from './valid-utf8.js';

export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The input as text, how it was decoded, and what was noticed on the way. */
export interface DecodedInput {
  /** The decoded text, without a byte order mark. Model positions are offsets into this string. */
  text: string;
  encoding: InputEncoding;
  diagnostics: Diagnostic[];
  /** Whether the input began with a byte order mark (dropped from `text`). */
  bom?: boolean;
}

/**
 * Turn the caller's input into text. Never throws.
 *
 * - Strings are taken as they are, a leading BOM (U+FEFF) dropped.
 * - Bytes with a BOM are UTF-8, UTF-16 LE or UTF-16 BE as the BOM says.
 * - Bytes without a BOM whose every other byte is NUL are UTF-16 (LE or BE by where the NULs
 *   are), with a `decode/utf-16-without-bom` warning.
 * - Other bytes are UTF-8; where they are not valid UTF-8, each offending byte is read as
 *   Windows-1252 (valid UTF-8 sequences around it stay UTF-8) and a `decode/windows-1252`
 *   warning says so.
 * - Input that looks binary (many NULs or control characters) is still decoded, with a
 *   `decode/binary` warning; the normalisation pass removes the controls.
 * - Other typed arrays, DataViews and ArrayBuffers are read as their bytes; any other value
 *   gives empty text and a `decode/unsupported-input` error.
 *
 * @example
 * decodeInput(new Uint8Array([0x63, 0x61, 0x66, 0xe9])); // { text: 'café', encoding: 'windows-1252', … }
 */
export function decodeInput(input: string | Uint8Array): DecodedInput {
  if (typeof input === 'string') {
    const bom = input.charCodeAt(0) === 0xfeff;
    const text = bom ? input.slice(1) : input;
    return { text, encoding: 'utf-8', bom, diagnostics: binaryDiagnostics(scanForBinary(text), text.length) };
  }
  const bytes = asBytes(input);
  if (!bytes) {
    return {
      text: '',
      encoding: 'utf-8',
      bom: false,
      diagnostics: [
        {
          code: 'decode/unsupported-input',
          severity: 'error',
          message: `Expected a string or a Uint8Array, got ${describeInput(input)}; nothing was read.`,
        },
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  let decoded: { text: string; encoding: InputEncoding; bom: boolean };
  let evidence: BinaryEvidence;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: decodeUtf16(bytes.subarray(2), 'utf-16le', diagnostics), encoding: 'utf-16le', bom: true };
    evidence = scanForBinary(decoded.text);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: decodeUtf16(bytes.subarray(2), 'utf-16be', diagnostics), encoding: 'utf-16be', bom: true };
    evidence = scanForBinary(decoded.text);
  } else {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    // Counted before decoding: bytes without a NUL need no look for UTF-16.
    const controls = countControlBytes(body);
    const utf16 = bom || controls.nuls === 0 ? undefined : utf16WithoutBom(body);
    if (utf16) {
      diagnostics.push({
        code: 'decode/utf-16-without-bom',
        severity: 'warning',
        message: `The input has no byte order mark but every other byte is NUL, so it was read as ${utf16 === 'utf-16le' ? 'UTF-16 little-endian' : 'UTF-16 big-endian'}.`,
      });
      decoded = { text: decodeUtf16(body, utf16, diagnostics), encoding: utf16, bom: false };
      evidence = scanForBinary(decoded.text);
    } else {
      decoded = decodeUtf8OrCp1252(body, bom, diagnostics);
      // The counts made on the bytes are those of the text (see countControlBytes).
      evidence = judgeBinary(controls, decoded.text.length);
    }
  }
  diagnostics.push(...binaryDiagnostics(evidence, decoded.text.length));
  // Written out rather than spread: the same keys in the same order, without a generic copy.
  return { text: decoded.text, encoding: decoded.encoding, bom: decoded.bom, diagnostics };
}

/**
 * The bytes of `input`: a Uint8Array (a Node Buffer is one), also from another realm (an
 * iframe, a worker's transfer), any other typed array or DataView as its bytes, an ArrayBuffer.
 */
function asBytes(input: unknown): Uint8Array | undefined {
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (Object.prototype.toString.call(input) === '[object ArrayBuffer]') return new Uint8Array(input as ArrayBuffer);
  return undefined;
}

function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (typeof input === 'object') return Object.prototype.toString.call(input).slice(8, -1);
  return typeof input;
}

function decodeUtf8OrCp1252(
  bytes: Uint8Array,
  bom: boolean,
  diagnostics: Diagnostic[],
): { text: string; encoding: InputEncoding; bom: boolean } {
  const utf8 = decodeValidUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', bom };
  // Not valid UTF-8: read byte by byte, each invalid byte as Windows-1252.
  const result = decodeUtf8WithCp1252Fallback(bytes);
  const at = createLineIndex(result.text)(result.firstFallbackOffset);
  const kept =
    result.utf8Sequences > 0
      ? ` ${result.utf8Sequences} valid UTF-8 ${plural(result.utf8Sequences, 'sequence was', 'sequences were')} kept as UTF-8.`
      : '';
  diagnostics.push({
    code: 'decode/windows-1252',
    severity: 'warning',
    message: `The input is not valid UTF-8: ${result.fallbackBytes} ${plural(result.fallbackBytes, 'byte was', 'bytes were')} read as Windows-1252 (the first at line ${at.line}, column ${at.column}).${kept}`,
    position: { start: at, end: { ...at, column: at.column + 1, offset: at.offset + 1 } },
  });
  return { text: result.text, encoding: 'windows-1252', bom };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', diagnostics: Diagnostic[]): string {
  const name = encoding === 'utf-16le' ? 'UTF-16 little-endian' : 'UTF-16 big-endian';
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    // A runtime without this decoder (no ICU data) throws a RangeError: read the code units by hand.
    if (error instanceof RangeError) return decodeUtf16ByHand(bytes, encoding === 'utf-16le');
    // Otherwise lone surrogates or an odd trailing byte: decode again, replacing what is broken.
  }
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  diagnostics.push({
    code: 'decode/invalid-utf-16',
    severity: 'warning',
    message: `The input is not valid ${name} (unpaired surrogates or an odd number of bytes); the broken parts became U+FFFD.`,
  });
  return text;
}

/** UTF-16 code units as they are (unpaired surrogates kept), for runtimes without the decoder. */
function decodeUtf16ByHand(bytes: Uint8Array, littleEndian: boolean): string {
  const units: number[] = [];
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    units.push(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    if (units.length === 8192) {
      text += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  text += String.fromCharCode(...units);
  return bytes.length % 2 === 1 ? `${text}\ufffd` : text;
}

/**
 * UTF-16 without a BOM shows as a NUL in every other byte for Latin text. Looks at the first
 * 4 KiB only: enough to tell, and constant time.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return undefined;
  const firstNul = bytes.indexOf(0);
  if (firstNul < 0 || firstNul >= sample) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  if (oddNuls >= pairs * 0.6 && evenNuls <= pairs * 0.02) return 'utf-16le';
  if (evenNuls >= pairs * 0.6 && oddNuls <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

function binaryDiagnostics(evidence: BinaryEvidence, textLength: number): Diagnostic[] {
  if (!evidence.binary) return [];
  return [
    {
      code: 'decode/binary',
      severity: 'warning',
      message: `The input looks like binary data, not text: ${evidence.nuls} NUL and ${evidence.controls} other control ${plural(evidence.nuls + evidence.controls, 'character', 'characters')} in ${textLength}. It was decoded as far as possible.`,
    },
  ];
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
