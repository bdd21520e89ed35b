/**
 * Windows-1252 as the WHATWG Encoding Standard defines it (what browsers and `TextDecoder`
 * use): Latin-1 except for 0x80–0x9F, where 27 bytes are typographic characters and the five
 * bytes Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the
 * same number. Kept as a table because runtimes disagree (Node 20's `TextDecoder('windows-1252')`
 * decodes 0x80–0x9F as Latin-1 C1 controls), and so that mojibake repair can run it backwards.
 */
const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

/** The character (UTF-16 code unit) that Windows-1252 gives byte `byte` (0–255). */
export function cp1252CharCode(byte: number): number {
  return byte >= 0x80 && byte < 0xa0 ? HIGH_CONTROL_RANGE[byte - 0x80]! : byte;
}

/** Whether byte `byte` is one of the five that Windows-1252 leaves undefined. */
export function isUndefinedInCp1252(byte: number): boolean {
  return byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d;
}

/** One past the highest character Windows-1252 gives a byte of 0x80–0x9F (U+2122 TRADE MARK SIGN). */
const TYPOGRAPHIC_END = 0x2123;

/**
 * The byte of each character from U+0100 up to {@link TYPOGRAPHIC_END}, or -1: a table read
 * rather than a map looked up, because mojibake repair asks it of every character of a run.
 */
const TYPOGRAPHIC_TO_BYTE: Int16Array = buildTypographicToByte();

function buildTypographicToByte(): Int16Array {
  const table = new Int16Array(TYPOGRAPHIC_END - 0x100).fill(-1);
  HIGH_CONTROL_RANGE.forEach((code, i) => {
    if (code >= 0x100) table[code - 0x100] = 0x80 + i;
  });
  return table;
}

/**
 * The byte that encodes character `code` in Windows-1252, or -1. C1 controls U+0080–U+009F map
 * to the byte of the same number too (that is how text decoded as Latin-1 instead of
 * Windows-1252 shows them), so both flavours of mojibake encode back to the same bytes.
 */
export function cp1252Byte(code: number): number {
  if (code < 0x100) return code;
  return code < TYPOGRAPHIC_END ? TYPOGRAPHIC_TO_BYTE[code - 0x100]! : -1;
}
