import { cp1252Byte } from '../decode/cp1252.js';

/** One repaired stretch of mojibake: original `[start, end)` reads `value`. */
export interface MojibakeRepair {
  start: number;
  end: number;
  value: string;
}

/** A run of characters that all read back to bytes 0x80–0xFF through Windows-1252. */
export interface MojibakeRun {
  /** Offset just past the run. */
  end: number;
  /** The repairs inside the run, in order (possibly none). */
  repairs: MojibakeRepair[];
}

/** A piece of a run while it is being decoded: a character of the input or a decoded one. */
interface Piece {
  start: number;
  end: number;
  /** The piece's single UTF-16 code unit, or -1 when it is not one character of cp1252 (an astral code point). */
  code: number;
  value: string;
  repaired: boolean;
}

/** Mojibake within mojibake (text mis-decoded twice or three times) is undone up to this depth. */
const MAX_LEVELS = 3;

/**
 * Longest run looked at in one go. Real runs are a word or two; a longer one is cut (a
 * sequence straddling the cut stays unrepaired) so that memory per run stays bounded.
 */
const MAX_RUN = 1024;

/**
 * Repairs UTF-8 that was decoded as Windows-1252 (or Latin-1): `â€™` → `’`, `Ã©` → `é`,
 * `ðŸ˜€` → `😀`, and the same decoded twice (`Ã¢â‚¬â„¢` → `’`).
 *
 * The run of "high" characters starting at `start` (each one a Windows-1252 byte ≥ 0x80) is
 * encoded back to those bytes, and each stretch that forms a valid UTF-8 sequence (WHATWG
 * rules: no overlongs, no surrogates) becomes the character it encodes; everything else stays.
 * So `Ã` followed by a letter, as in `SÃO PAULO`, is never touched. Two-byte sequences must
 * also decode to a letter of a script that such text plausibly holds (Latin, Greek, Cyrillic,
 * Hebrew, Arabic, or a C1 control that a further level decodes): `É”` closing a quotation in
 * French stays, though C9 94 is valid UTF-8.
 *
 * Two partial forms are repaired too: `â€` with nothing (or U+FFFD) after it is `”`, whose
 * last byte 0x9D Windows-1252 leaves undefined and many tools drop; and `Â` before a space is
 * the leftover of a no-break space (`Â ` for C2 A0).
 */
export function readMojibakeRun(text: string, start: number): MojibakeRun {
  let end = start;
  let pieces: Piece[] = [];
  const limit = Math.min(text.length, start + MAX_RUN);
  while (end < limit) {
    const code = text.charCodeAt(end);
    if (!isHigh(code)) break;
    pieces.push({ start: end, end: end + 1, code, value: text[end]!, repaired: false });
    end++;
  }
  for (let level = 0; level < MAX_LEVELS; level++) {
    const next = decodeLevel(pieces);
    if (next === pieces) break;
    pieces = next;
  }
  const repairs: MojibakeRepair[] = [];
  for (const piece of pieces) {
    if (piece.repaired) repairs.push({ start: piece.start, end: piece.end, value: piece.value });
  }
  // `â€` closing the run: a right double quotation mark that lost its third byte.
  const last = pieces.length - 1;
  const endedNaturally = end === text.length || !isHigh(text.charCodeAt(end));
  if (endedNaturally && last >= 1 && !pieces[last]!.repaired && !pieces[last - 1]!.repaired) {
    if (pieces[last - 1]!.code === 0xe2 && pieces[last]!.code === 0x20ac) {
      const lostByte = text.charCodeAt(end) === 0xfffd ? 1 : 0;
      repairs.push({ start: pieces[last - 1]!.start, end: end + lostByte, value: '\u201d' });
      end += lostByte;
    }
  }
  if (pieces.length === 1 && pieces[0]!.code === 0xc2 && text.charCodeAt(end) === 0x20) {
    repairs.push({ start, end, value: '' });
  }
  return { end, repairs };
}

/** One decoding step over the pieces; returns the same array when nothing changed. */
function decodeLevel(pieces: Piece[]): Piece[] {
  let out: Piece[] | undefined;
  let k = 0;
  while (k < pieces.length) {
    const piece = pieces[k]!;
    const decoded = decodeSequenceAt(pieces, k);
    if (decoded) {
      out ??= pieces.slice(0, k);
      out.push(decoded.piece);
      k += decoded.length;
    } else {
      out?.push(piece);
      k++;
    }
  }
  return out ?? pieces;
}

function decodeSequenceAt(pieces: Piece[], k: number): { piece: Piece; length: number } | undefined {
  const lead = byteOf(pieces[k]!);
  const continuations = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
  if (continuations === 0 || k + continuations >= pieces.length) return undefined;
  const second = byteOf(pieces[k + 1]!);
  const lower = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const upper = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  if (second < lower || second > upper) return undefined;
  let codePoint = continuations === 1 ? lead & 0x1f : continuations === 2 ? lead & 0x0f : lead & 0x07;
  codePoint = (codePoint << 6) | (second & 0x3f);
  for (let j = 2; j <= continuations; j++) {
    const byte = byteOf(pieces[k + j]!);
    if (byte < 0x80 || byte > 0xbf) return undefined;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  if (!plausible(codePoint, continuations)) return undefined;
  const value = String.fromCodePoint(codePoint);
  return {
    piece: {
      start: pieces[k]!.start,
      end: pieces[k + continuations]!.end,
      code: value.length === 1 ? codePoint : -1,
      value,
      repaired: true,
    },
    length: continuations + 1,
  };
}

/** Whether `code` reads back to a byte 0x80–0xFF through Windows-1252. */
function isHigh(code: number): boolean {
  return code >= 0x80 && cp1252Byte(code) >= 0;
}

function byteOf(piece: Piece): number {
  return piece.code < 0 ? -1 : cp1252Byte(piece.code);
}

/** Whether a decoded code point is one real text would hold, by its sequence length. */
function plausible(codePoint: number, continuations: number): boolean {
  if (continuations === 1) {
    // C1 controls count: they are how Windows-1252 text mis-decoded again shows (`Â\u009d`).
    return (
      (codePoint >= 0x80 && codePoint <= 0x24f) ||
      (codePoint >= 0x370 && codePoint <= 0x52f) ||
      (codePoint >= 0x590 && codePoint <= 0x6ff)
    );
  }
  // Private use is what a wrong guess most often lands on among three-byte sequences.
  return !(codePoint >= 0xe000 && codePoint <= 0xf8ff);
}
