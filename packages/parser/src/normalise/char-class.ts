import { cp1252Byte, cp1252CharCode, isUndefinedInCp1252 } from '../decode/cp1252.js';

/**
 * What the normalisation pass does with a character. `Plain` characters are copied in bulk;
 * everything else stops the fast path. The table covers U+0000–U+00FF; above that only a few
 * ranges matter (see {@link charClass}).
 */
export enum CharClass {
  Plain = 0,
  /** `\r`: alone or before `\n`, a line feed. */
  CarriageReturn = 1,
  /** Tab: kept as indentation at a line start, a space inside a line. */
  Tab = 2,
  /** `&`: may start an HTML entity. */
  Ampersand = 3,
  /** `<`: may start a stray HTML tag or comment. */
  LessThan = 4,
  /** C0 controls (but tab, LF, VT, FF, CR) and DEL: removed. */
  Control = 5,
  /** C1 controls U+0080–U+009F: Windows-1252 text read as Latin-1; mapped back, or removed. */
  C1Control = 6,
  /** No-break and typographic spaces: a plain space. */
  OddSpace = 7,
  /** Zero-width and formatting characters: removed. */
  Invisible = 8,
  /** ZWNJ and ZWJ: removed, except between two non-ASCII characters where they shape a script or an emoji. */
  Joiner = 9,
  /** U+00C2–U+00F4: could be the first character of UTF-8 read as Windows-1252 (`Ã©`, `â€™`). */
  MojibakeLead = 10,
  /** U+2028 LINE SEPARATOR, vertical tab, form feed: a line feed. */
  LineSeparator = 11,
  /** U+2029 PARAGRAPH SEPARATOR: a blank line. */
  ParagraphSeparator = 12,
}

const LOW_TABLE: Uint8Array = buildLowTable();

function buildLowTable(): Uint8Array {
  const table = new Uint8Array(0x100);
  for (let c = 0; c < 0x20; c++) table[c] = CharClass.Control;
  table[0x0a] = CharClass.Plain;
  // Vertical tab (Word's manual line break in text exports) and form feed (a page break) end a
  // line: removing them would glue two words together.
  table[0x0b] = CharClass.LineSeparator;
  table[0x0c] = CharClass.LineSeparator;
  table[0x0d] = CharClass.CarriageReturn;
  table[0x09] = CharClass.Tab;
  table[0x26] = CharClass.Ampersand;
  table[0x3c] = CharClass.LessThan;
  table[0x7f] = CharClass.Control;
  for (let c = 0x80; c < 0xa0; c++) table[c] = CharClass.C1Control;
  table[0xa0] = CharClass.OddSpace;
  table[0xad] = CharClass.Invisible;
  for (let c = 0xc2; c <= 0xf4; c++) table[c] = CharClass.MojibakeLead;
  return table;
}

/** The class of UTF-16 code unit `c`. */
export function charClass(c: number): CharClass {
  if (c < 0x100) return LOW_TABLE[c]! as CharClass;
  if (c < 0x1680) return CharClass.Plain;
  if (c >= 0x2000 && c <= 0x206f) return generalPunctuationClass(c);
  if (c === 0x1680 || c === 0x3000) return CharClass.OddSpace;
  if (c === 0xfeff) return CharClass.Invisible;
  return CharClass.Plain;
}

function generalPunctuationClass(c: number): CharClass {
  if (c <= 0x200a || c === 0x202f || c === 0x205f) return CharClass.OddSpace;
  if (c === 0x200b || (c >= 0x2060 && c <= 0x2064)) return CharClass.Invisible;
  if (c === 0x200c || c === 0x200d) return CharClass.Joiner;
  if (c === 0x2028) return CharClass.LineSeparator;
  if (c === 0x2029) return CharClass.ParagraphSeparator;
  // Bidirectional marks (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) are kept: they carry
  // meaning in right-to-left text.
  return CharClass.Plain;
}

/** Whether `c` reads back to a UTF-8 continuation byte (0x80–0xBF) through Windows-1252. */
export function isContinuationChar(c: number): boolean {
  if (c < 0x80) return false;
  if (c < 0xc0) return true;
  if (c < 0x100) return false;
  const byte = cp1252Byte(c);
  return byte >= 0x80 && byte < 0xc0;
}

/**
 * What a character produced by a repair (a decoded entity or mojibake) becomes, applying the
 * same rules as to the input: odd spaces become a space, invisibles and controls disappear,
 * C1 controls become their Windows-1252 characters, CR becomes LF. Joiners are dropped here, as a repair leaves no neighbours to judge by.
 */
export function normaliseRepairedChar(c: number): string | undefined {
  switch (charClass(c)) {
    case CharClass.OddSpace:
    case CharClass.Tab:
      return ' ';
    case CharClass.Control:
    case CharClass.Invisible:
    case CharClass.Joiner:
      return '';
    case CharClass.C1Control:
      return isUndefinedInCp1252(c) ? '' : String.fromCharCode(cp1252CharCode(c));
    case CharClass.CarriageReturn:
    case CharClass.LineSeparator:
      return '\n';
    case CharClass.ParagraphSeparator:
      return '\n\n';
    default:
      return undefined;
  }
}

/** {@link normaliseRepairedChar} over a whole (short) string. */
export function normaliseRepairedText(text: string): string {
  if (text.length === 1 && normaliseRepairedChar(text.charCodeAt(0)) === undefined) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const replacement = normaliseRepairedChar(c);
    out += replacement ?? text[i];
  }
  return out;
}
