/** What a scan for binary content found in decoded text. */
export interface BinaryEvidence {
  /** NUL characters. */
  nuls: number;
  /** Other C0 controls and DEL, not counting tab, line feed, form feed and carriage return. */
  controls: number;
  /** Whether the text looks like binary data rather than text with a few stray controls. */
  binary: boolean;
}

/** Any character the loop of {@link scanForBinary} counts: NUL, other C0 controls but tab, LF, FF and CR, and DEL. */
const COUNTED_CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

/**
 * Count NULs and control characters in `text`. Text counts as binary when at least one in
 * twenty characters is one of them, or when it holds a NUL in every hundred: real articles
 * carry at most a stray control or two (form feeds and tabs are normal and not counted).
 */
export function scanForBinary(text: string): BinaryEvidence {
  // Nearly all text holds none of the counted characters: one native search settles it
  // without the loop below.
  if (!COUNTED_CONTROL.test(text)) return { nuls: 0, controls: 0, binary: false };
  const counts = { nuls: 0, controls: 0 };
  for (let i = 0; i < text.length; i++) countUnit(counts, text.charCodeAt(i));
  return judgeBinary(counts, text.length);
}

/** NULs and other counted controls, as {@link scanForBinary} counts them. */
export interface ControlCounts {
  nuls: number;
  controls: number;
}

/**
 * The counts {@link scanForBinary} makes of the text that `bytes` decode to as UTF-8 (with
 * Windows-1252 for bytes outside valid sequences), made on the bytes: both encodings give the
 * code units below U+0080 one byte each, of the same value, and every other byte only
 * characters from U+0080 up. Judge them with {@link judgeBinary} and the decoded text's length.
 *
 * Why on the bytes: four at a time, by word arithmetic, costs under half a native regular
 * expression search of the text (which found nothing in nearly every input anyway), and the
 * count of NULs tells the UTF-16 check whether it has anything to look for.
 */
export function countControlBytes(bytes: Uint8Array): ControlCounts {
  const counts = { nuls: 0, controls: 0 };
  const length = bytes.length;
  // Bytes before the first 4-byte boundary, then whole words, then what is left.
  const head = Math.min(length, (4 - (bytes.byteOffset & 3)) & 3);
  let i = 0;
  for (; i < head; i++) countUnit(counts, bytes[i]!);
  const wordCount = (length - head) >> 2;
  if (wordCount > 0) {
    const words = new Int32Array(bytes.buffer, bytes.byteOffset + head, wordCount);
    for (let k = 0; k < wordCount; k++) {
      const w = words[k]!;
      // Sets a byte's high bit (and maybe higher ones: the test is only "any?") where a byte
      // is below 0x20 or, after `^ 0x7f…`, zero (a DEL). Line feeds pass this test too, so
      // the four bytes of a word that does are counted one by one; that is once a line.
      const del = w ^ 0x7f7f7f7f;
      if ((((w - 0x20202020) & ~w) | ((del - 0x01010101) & ~del)) & 0x80808080) {
        const at = head + (k << 2);
        countUnit(counts, bytes[at]!);
        countUnit(counts, bytes[at + 1]!);
        countUnit(counts, bytes[at + 2]!);
        countUnit(counts, bytes[at + 3]!);
      }
    }
    i = head + (wordCount << 2);
  }
  for (; i < length; i++) countUnit(counts, bytes[i]!);
  return counts;
}

/** Count code unit (or byte) `c` if it is NUL or a counted control. */
function countUnit(counts: ControlCounts, c: number): void {
  if (c < 0x20) {
    if (c === 0) counts.nuls++;
    else if (c !== 9 && c !== 10 && c !== 12 && c !== 13) counts.controls++;
  } else if (c === 0x7f) counts.controls++;
}

/** Whether `counts` found in a text `length` code units long make it look binary (see {@link scanForBinary}). */
export function judgeBinary(counts: ControlCounts, length: number): BinaryEvidence {
  const { nuls, controls } = counts;
  const binary = length > 0 && ((nuls + controls) * 20 >= length || nuls * 100 >= length);
  return { nuls, controls, binary };
}
