import { cp1252Byte } from '../decode/cp1252.js';

/** Mojibake within mojibake (text mis-decoded twice or three times) is undone up to this depth. */
const MAX_LEVELS = 3;

/**
 * Longest run looked at in one go. Real runs are a word or two; a longer one is cut (a
 * sequence straddling the cut stays unrepaired) so that memory per run stays bounded.
 */
const MAX_RUN = 1024;

/** The code point of a repair that removes its span (`Â` before a space). */
const REMOVED = -1;

/**
 * Repairs UTF-8 that was decoded as Windows-1252 (or Latin-1): `â€™` → `’`, `Ã©` → `é`,
 * `ðŸ˜€` → `😀`, and the same decoded twice (`Ã¢â‚¬â„¢` → `’`).
 *
 * {@link read} takes the run of "high" characters starting at an offset (each one a
 * Windows-1252 byte ≥ 0x80), encodes it back to those bytes, and each stretch that forms a
 * valid UTF-8 sequence (WHATWG rules: no overlongs, no surrogates) becomes the character it
 * encodes; everything else stays. So `Ã` followed by a letter, as in `SÃO PAULO`, is never
 * touched. Two-byte sequences must also decode to a letter of a script that such text
 * plausibly holds (Latin, Greek, Cyrillic, Hebrew, Arabic, or a C1 control that a further
 * level decodes): `É”` closing a quotation in French stays, though C9 94 is valid UTF-8.
 *
 * Two partial forms are repaired too: `â€` with nothing (or U+FFFD) after it is `”`, whose
 * last byte 0x9D Windows-1252 leaves undefined and many tools drop; and `Â` before a space is
 * the leftover of a no-break space (`Â ` for C2 A0).
 *
 * The run and its repairs live in typed arrays the reader keeps and reuses: a text dense with
 * mojibake has a run every few words, and objects made for each run's characters, levels and
 * repairs were most of what normalising such a text allocated, every byte of it garbage that
 * brought on collections while the text's lines were alive.
 */
export class MojibakeReader {
  // The run being decoded, as pieces: a character of the input, or one decoded from several.
  // Decoding a level writes its pieces over the previous ones (never ahead of where it reads).
  private readonly pieceStart = new Int32Array(MAX_RUN);
  private readonly pieceEnd = new Int32Array(MAX_RUN);
  /** The piece's code point (the character's code unit for a piece of the input). */
  private readonly pieceCode = new Int32Array(MAX_RUN);
  private readonly pieceRepaired = new Uint8Array(MAX_RUN);
  private pieceCount = 0;
  /**
   * The code point of the sequence {@link sequenceAt} last found: handed back beside its
   * length rather than in an object made for each sequence.
   */
  private decodedCodePoint = 0;

  // The repairs of the last run read, in order (at most one per piece, and two more).
  private readonly repairStart = new Int32Array(MAX_RUN + 2);
  private readonly repairEnd = new Int32Array(MAX_RUN + 2);
  private readonly repairCode = new Int32Array(MAX_RUN + 2);
  /** How many repairs the last run read holds (possibly none). */
  repairCount = 0;

  /** Original offset where repair `k` of the last run starts. */
  startOf(k: number): number {
    return this.repairStart[k]!;
  }

  /** Original offset just past repair `k` of the last run. */
  endOf(k: number): number {
    return this.repairEnd[k]!;
  }

  /** What repair `k` of the last run reads: one character, or nothing. */
  valueOf(k: number): string {
    const code = this.repairCode[k]!;
    return code === REMOVED ? '' : String.fromCodePoint(code);
  }

  /** Read the run starting at `text[start]`; returns the offset just past it. */
  read(text: string, start: number): number {
    let end = start;
    let n = 0;
    const limit = Math.min(text.length, start + MAX_RUN);
    while (end < limit) {
      const code = text.charCodeAt(end);
      if (!isHigh(code)) break;
      this.pieceStart[n] = end;
      this.pieceEnd[n] = end + 1;
      this.pieceCode[n] = code;
      this.pieceRepaired[n] = 0;
      n++;
      end++;
    }
    this.pieceCount = n;
    for (let level = 0; level < MAX_LEVELS; level++) if (!this.decodeLevel()) break;
    n = this.pieceCount;
    this.repairCount = 0;
    for (let k = 0; k < n; k++) if (this.pieceRepaired[k] === 1) this.addRepair(this.pieceStart[k]!, this.pieceEnd[k]!, this.pieceCode[k]!);
    // `â€` closing the run: a right double quotation mark that lost its third byte.
    const last = n - 1;
    const endedNaturally = end === text.length || !isHigh(text.charCodeAt(end));
    if (endedNaturally && last >= 1 && this.pieceRepaired[last] === 0 && this.pieceRepaired[last - 1] === 0) {
      if (this.pieceCode[last - 1] === 0xe2 && this.pieceCode[last] === 0x20ac) {
        const lostByte = text.charCodeAt(end) === 0xfffd ? 1 : 0;
        this.addRepair(this.pieceStart[last - 1]!, end + lostByte, 0x201d);
        end += lostByte;
      }
    }
    if (n === 1 && this.pieceCode[0] === 0xc2 && text.charCodeAt(end) === 0x20) this.addRepair(start, end, REMOVED);
    return end;
  }

  private addRepair(start: number, end: number, code: number): void {
    const k = this.repairCount++;
    this.repairStart[k] = start;
    this.repairEnd[k] = end;
    this.repairCode[k] = code;
  }

  /** One decoding step over the pieces, in place; whether it decoded anything. */
  private decodeLevel(): boolean {
    const n = this.pieceCount;
    let written = 0;
    let changed = false;
    let k = 0;
    while (k < n) {
      const length = this.sequenceAt(k);
      if (length > 0) {
        const codePoint = this.decodedCodePoint;
        this.pieceStart[written] = this.pieceStart[k]!;
        this.pieceEnd[written] = this.pieceEnd[k + length - 1]!;
        this.pieceCode[written] = codePoint;
        this.pieceRepaired[written] = 1;
        changed = true;
        k += length;
      } else {
        if (written !== k) {
          this.pieceStart[written] = this.pieceStart[k]!;
          this.pieceEnd[written] = this.pieceEnd[k]!;
          this.pieceCode[written] = this.pieceCode[k]!;
          this.pieceRepaired[written] = this.pieceRepaired[k]!;
        }
        k++;
      }
      written++;
    }
    this.pieceCount = written;
    return changed;
  }

  /**
   * How many pieces from `k` on form a valid, plausible UTF-8 sequence (its code point left in
   * `decodedCodePoint`), or 0 when they do not.
   */
  private sequenceAt(k: number): number {
    const n = this.pieceCount;
    const lead = this.byteOf(k);
    const continuations = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (continuations === 0 || k + continuations >= n) return 0;
    const second = this.byteOf(k + 1);
    const lower = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const upper = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < lower || second > upper) return 0;
    let codePoint = continuations === 1 ? lead & 0x1f : continuations === 2 ? lead & 0x0f : lead & 0x07;
    codePoint = (codePoint << 6) | (second & 0x3f);
    for (let j = 2; j <= continuations; j++) {
      const byte = this.byteOf(k + j);
      if (byte < 0x80 || byte > 0xbf) return 0;
      codePoint = (codePoint << 6) | (byte & 0x3f);
    }
    if (!plausible(codePoint, continuations)) return 0;
    this.decodedCodePoint = codePoint;
    return continuations + 1;
  }

  /** The Windows-1252 byte of piece `k`, or -1 (an astral character is no one byte). */
  private byteOf(k: number): number {
    const code = this.pieceCode[k]!;
    return code > 0xffff ? -1 : cp1252Byte(code);
  }
}

/** Whether `code` reads back to a byte 0x80–0xFF through Windows-1252. */
function isHigh(code: number): boolean {
  return code >= 0x80 && cp1252Byte(code) >= 0;
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
