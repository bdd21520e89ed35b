import { cp1252CharCode } from './cp1252.js';

/** Text decoded from bytes that are not all valid UTF-8, and how much had to be guessed. */
export interface FallbackDecoding {
  text: string;
  /** How many bytes were not part of a valid UTF-8 sequence and were read as Windows-1252. */
  fallbackBytes: number;
  /** Offset in `text` of the first character read as Windows-1252 (-1 when there is none). */
  firstFallbackOffset: number;
  /** How many valid multi-byte UTF-8 sequences were decoded as UTF-8. */
  utf8Sequences: number;
}

const CHUNK = 8192;

/**
 * Decode `bytes` as UTF-8 where they form valid UTF-8 sequences (WHATWG rules: no overlongs,
 * no surrogates, nothing above U+10FFFF) and every other byte as Windows-1252. A file saved
 * as Windows-1252 comes out exactly as `TextDecoder('windows-1252')` would read it (its bytes
 * practically never form valid multi-byte sequences), and a UTF-8 file with a few stray
 * Latin-1 bytes keeps its UTF-8 characters instead of turning them into mojibake.
 */
export function decodeUtf8WithCp1252Fallback(bytes: Uint8Array): FallbackDecoding {
  const length = bytes.length;
  const units = new Uint16Array(length);
  let n = 0;
  let fallbackBytes = 0;
  let firstFallbackOffset = -1;
  let utf8Sequences = 0;
  let i = 0;
  while (i < length) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      units[n++] = b0;
      i++;
      continue;
    }
    const need = sequenceLength(b0);
    let valid = need > 0 && i + need <= length;
    if (valid) {
      const b1 = bytes[i + 1]!;
      const lower = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
      const upper = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
      valid = b1 >= lower && b1 <= upper;
      for (let k = 2; valid && k <= need; k++) valid = (bytes[i + k]! & 0xc0) === 0x80;
    }
    if (!valid) {
      if (firstFallbackOffset < 0) firstFallbackOffset = n;
      units[n++] = cp1252CharCode(b0);
      fallbackBytes++;
      i++;
      continue;
    }
    utf8Sequences++;
    let cp: number;
    if (need === 1) cp = ((b0 & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
    else if (need === 2) cp = ((b0 & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
    else
      cp =
        ((b0 & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
    if (cp >= 0x10000) {
      units[n++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else {
      units[n++] = cp;
    }
    i += need + 1;
  }
  let text = '';
  for (let start = 0; start < n; start += CHUNK) {
    text += String.fromCharCode(...units.subarray(start, Math.min(n, start + CHUNK)));
  }
  return { text, fallbackBytes, firstFallbackOffset, utf8Sequences };
}

/** How many continuation bytes lead byte `b0` needs, or 0 when it cannot start a sequence. */
function sequenceLength(b0: number): number {
  if (b0 >= 0xc2 && b0 <= 0xdf) return 1;
  if (b0 >= 0xe0 && b0 <= 0xef) return 2;
  if (b0 >= 0xf0 && b0 <= 0xf4) return 3;
  return 0;
}
