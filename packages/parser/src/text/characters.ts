/**
 * Character tests used on hot paths. Plain code-unit comparisons, no regular expressions:
 * they run once per character of the input.
 */

/** The white space beyond ASCII that {@link isSpaceCode} counts, as code units. */
const WIDE_SPACES = [0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x200b, 0x200c, 0x200d, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff, 0xad];

/**
 * One byte per BMP code unit: 1 for the white space of {@link WIDE_SPACES}. A table rather
 * than a chain of comparisons: which comparisons of a chain run depends on the character, so
 * optimised code met a character whose comparisons had never run, and was thrown away.
 */
const IS_WIDE_SPACE = new Uint8Array(0x10000);
for (const c of WIDE_SPACES) IS_WIDE_SPACE[c] = 1;

/** White space as readers see it: ASCII blanks, no-break and typographic spaces, BOM. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  // NaN (a read past a text's end) and anything above the BMP are no space.
  return c < 0x10000 && IS_WIDE_SPACE[c] === 1;
}

/** True when `text` holds nothing but white space (or invisibles). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Collapse runs of white space to one space and trim: the comparison form of a string. */
export function collapseSpace(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += text[i];
  }
  return out;
}

/**
 * Letters and digits only, lower-cased: how a repeated headline is recognised despite
 * changed case, quotes or dashes (`Rise——-Back` and `Rise Back` compare equal).
 */
export function comparisonKey(text: string): string {
  // Code units gathered and made into a string once: appending to a string per character
  // makes a new string each time.
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) codes.push(c);
    else if (c >= 65 && c <= 90) codes.push(c + 32);
    else if (c > 127 && !isCaselessPunctuation(c)) {
      const ch = text[i]!;
      const lower = ch.toLowerCase();
      if (lower === ch.toUpperCase()) continue;
      // Lower-casing may give more than one code unit (U+0130 gives two).
      for (let j = 0; j < lower.length; j++) codes.push(lower.charCodeAt(j));
    }
  }
  return fromCodes(codes);
}

/** Arguments are passed on the stack: long arrays go in chunks. */
const CODES_PER_CALL = 4096;

function fromCodes(codes: readonly number[]): string {
  if (codes.length <= CODES_PER_CALL) return String.fromCharCode(...codes);
  let out = '';
  for (let i = 0; i < codes.length; i += CODES_PER_CALL) out += String.fromCharCode(...codes.slice(i, i + CODES_PER_CALL));
  return out;
}

/**
 * Whether `comparisonKey(text) === key`, found without building the key: the walk stops at
 * the first letter or digit that differs, which for nearly every line is the first one.
 */
export function hasComparisonKey(text: string, key: string): boolean {
  let k = 0;
  const keyLength = key.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A letter or digit past the key's end is a difference too (checked, not read as NaN).
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) {
      if (k >= keyLength || key.charCodeAt(k) !== c) return false;
      k++;
    } else if (c >= 65 && c <= 90) {
      if (k >= keyLength || key.charCodeAt(k) !== c + 32) return false;
      k++;
    } else if (c > 127 && !isCaselessPunctuation(c)) {
      const ch = text[i]!;
      const lower = ch.toLowerCase();
      if (lower === ch.toUpperCase()) continue;
      // Lower-casing may give more than one code unit (U+0130 gives two).
      if (!key.startsWith(lower, k)) return false;
      k += lower.length;
    }
  }
  return k === key.length;
}

export const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
export const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * General punctuation (U+2000–U+206F: typographic spaces, dashes, curly quotes, ellipsis) has
 * no case: news text is full of it, and asking for its case means two case conversions.
 */
export function isCaselessPunctuation(c: number): boolean {
  return c >= 0x2000 && c <= 0x206f;
}

/** Upper-case letter in any script (ASCII fast path). */
export function isUpperLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return isUpperAscii(c);
  if (isCaselessPunctuation(c)) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Lower-case letter in any script (ASCII fast path). */
export function isLowerLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return isLowerAscii(c);
  if (isCaselessPunctuation(c)) return false;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Does the text have letters, all of them capitals (`BREAKING NEWS`, `U.S. HOUSE`)? */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Character codes first: a one-character string is made only beyond ASCII.
    if (c < 128) {
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
      continue;
    }
    if (isCaselessPunctuation(c)) continue;
    const ch = text[i]!;
    if (isLowerLetter(ch)) return false;
    if (isUpperLetter(ch)) letters++;
  }
  return letters >= 2;
}

/**
 * A set of BMP characters as a table by code unit, up to the largest: whether a character is
 * in it costs one comparison and one read, the same for every character. A chain of
 * comparisons runs only as far as the first that holds, so which of them ever ran depends on
 * the characters met, and compiled code was thrown away at the first that had not.
 */
export class CharCodeSet {
  private readonly table: Uint8Array;

  constructor(characters: string) {
    let largest = 0;
    for (let i = 0; i < characters.length; i++) largest = Math.max(largest, characters.charCodeAt(i));
    this.table = new Uint8Array(largest + 1);
    for (let i = 0; i < characters.length; i++) this.table[characters.charCodeAt(i)] = 1;
  }

  /** Whether the code unit `code` is one of the characters (NaN, past a text's end, is not). */
  has(code: number): boolean {
    return code < this.table.length && this.table[code] === 1;
  }
}

/** Closing quotes and brackets, looked through for the punctuation before them. */
const SENTENCE_CLOSERS = new CharCodeSet('"”’\')]»');
/** Punctuation that ends a sentence. */
const SENTENCE_FINALS = new CharCodeSet('.!?…');

/** Sentence-final punctuation, closing quotes and brackets looked through. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SENTENCE_CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && SENTENCE_FINALS.has(text.charCodeAt(i));
}

/** Number of space-separated words. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
