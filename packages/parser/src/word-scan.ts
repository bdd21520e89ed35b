/**
 * Words and line feeds of a text in one pass, as the model's `computeStats` counts them: a word
 * is a run of characters between white space (`\s` of a JavaScript regular expression) that
 * holds a letter or digit (`[\p{L}\p{N}]`, a surrogate pair being one code point).
 *
 * Why a loop over every character rather than a native search per word: its only branch,
 * "ASCII or not", is nearly never mispredicted (a branch on "space or not" would be, every few
 * characters), while searching for each space needs a call per word plus a first pass with a
 * regular expression to rule out other white space.
 *
 * The scan keeps one bit, "in a word", updated with bit operations from each character's kind
 * (or each pair's, see `countWordsOfCopy`), so the table read for a character does not wait
 * for the previous character's result. A table of next states indexed by the current state
 * made each read wait for the one before: on the parser's corpus that scan took about a
 * tenth longer.
 */

// What a character does to the scan: bit 0 a letter or digit, bit 1 white space.
/** Neither white space nor a letter or digit (punctuation, symbols, lone surrogates). */
const OTHER = 0;
const LETTER_OR_DIGIT = 1;
const SPACE = 2;
/** Not yet looked up (only in {@link KIND}, for characters outside Latin-1). */
const UNKNOWN = 3;

/**
 * Kind of every BMP code unit, filled on first sight outside Latin-1 (one Unicode test per
 * distinct character, not per occurrence). High surrogates stay unknown: they are looked at
 * with the code unit after them.
 */
const KIND = new Uint8Array(0x10000).fill(UNKNOWN);

const LETTER_OR_DIGIT_PATTERN = /^[\p{L}\p{N}]/u;
const SPACE_PATTERN = /^\s/;

for (let c = 0; c < 0x100; c++) KIND[c] = kindOf(String.fromCharCode(c));
// A low surrogate on its own is no letter, and after a high surrogate it belongs to the code
// point the high one already decided: either way it only continues a token.
KIND.fill(OTHER, 0xdc00, 0xe000);

function kindOf(character: string): number {
  if (SPACE_PATTERN.test(character)) return SPACE;
  return LETTER_OR_DIGIT_PATTERN.test(character) ? LETTER_OR_DIGIT : OTHER;
}

/** Kind of the code unit `c` at `i` in `text`, outside ASCII. */
function kindAt(text: string, i: number, c: number): number {
  const known = KIND[c]!;
  if (known !== UNKNOWN) return known;
  // One comparison for the range of high surrogates: the second of two would first run at
  // the first character past U+D7FF, and throw the compiled scan away.
  if ((c & 0xfc00) === 0xd800) {
    // A pair is one code point (letters of astral scripts, emoji); a lone high surrogate is other.
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? kindOf(text.slice(i, i + 2)) : OTHER;
  }
  const kind = kindOf(text[i]!);
  KIND[c] = kind;
  return kind;
}

/** Result of {@link scanWords}, reused: one object per process rather than one per text. */
export interface WordScan {
  /** Words, as `computeStats` counts them. */
  words: number;
  /** Line feeds (U+000A), which `computeStats` leaves out of the character count. */
  lineFeeds: number;
}

const scan: WordScan = { words: 0, lineFeeds: 0 };

/**
 * Count the words and line feeds of `text`. The returned object is shared and overwritten by
 * the next call: read it before calling again.
 */
export function scanWords(text: string): Readonly<WordScan> {
  scan.words = copier !== undefined && text.length <= MAX_COPIED ? countWordsOfCopy(text, copier) : countWordsByChar(text);
  scan.lineFeeds = countLineFeeds(text);
  return scan;
}

/** Words of `text`, read one character at a time. */
function countWordsByChar(text: string): number {
  const length = text.length;
  let words = 0;
  // 1 inside a word (a token that has had a letter or digit), else 0. Punctuation before a
  // token's first letter leaves it 0, so a word is counted where its first letter or digit is.
  let inWord = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 0x80 ? KIND[c]! : kindAt(text, i, c);
    const letter = kind & LETTER_OR_DIGIT;
    words += letter & ~inWord;
    inWord = (inWord | letter) & ~(kind >> 1);
  }
  return words;
}

// ── The scan of a copy, two characters at a time ─────────────────────────────────────────
//
// Why copy a text before reading it: most texts counted are slices of the decoded article,
// and `charCodeAt` on a slice finds its way to the characters anew for every call (about 2.2 ns
// a character on the parser's corpus, against 1.5 on a flat string). Node's `Buffer` copies
// the code units into a typed array in one native call (a quarter of a nanosecond a
// character), and reading them from there, two at a time through a table of what a pair of
// Latin-1 characters does, costs about 1.2 ns a character in all. Where there is no `Buffer`
// (a browser) or the machine is big-endian, the scan reads one character at a time.

/** Texts longer than this are read one character at a time: the copy's array stays this small. */
const MAX_COPIED = 1 << 15;

/**
 * What a pair of Latin-1 characters does to the scan, by `first | second << 8`: for a scan
 * outside a word, bit 0 is the words it adds and bit 1 whether it ends inside a word; bits 2
 * and 3 the same for a scan that was inside one. Two characters add at most one word: a
 * second needs white space before it.
 */
const PAIR = makePairTable();

function makePairTable(): Uint8Array {
  // The entry depends only on the two characters' kinds: worked out for each pair of kinds,
  // then spread over the pairs of characters.
  const byKinds = new Uint8Array(16);
  for (let first = OTHER; first <= SPACE; first++) {
    for (let second = OTHER; second <= SPACE; second++) {
      let entry = 0;
      for (let state = 0; state < 2; state++) {
        const afterFirst = (state | (first & LETTER_OR_DIGIT)) & ~(first >> 1);
        const words = ((first & LETTER_OR_DIGIT) & ~state) + ((second & LETTER_OR_DIGIT) & ~afterFirst);
        const afterSecond = (afterFirst | (second & LETTER_OR_DIGIT)) & ~(second >> 1);
        entry |= (words | (afterSecond << 1)) << (state * 2);
      }
      byKinds[(first << 2) | second] = entry;
    }
  }
  const table = new Uint8Array(0x10000);
  for (let first = 0; first < 0x100; first++) {
    for (let second = 0; second < 0x100; second++) table[first | (second << 8)] = byKinds[(KIND[first]! << 2) | KIND[second]!]!;
  }
  return table;
}

/** Writes a string's UTF-16 code units into memory (Node's `Buffer`, where there is one). */
interface UnitCopier {
  /** The copy's code units, two by two: the first in the low half on a little-endian machine. */
  pairs: Uint32Array;
  units: Uint16Array;
  write(text: string): void;
}

const copier: UnitCopier | undefined = makeCopier();

function makeCopier(): UnitCopier | undefined {
  const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  if (NodeBuffer === undefined || !littleEndian) return undefined;
  const memory = new ArrayBuffer(MAX_COPIED * 2);
  const bytes = NodeBuffer.from(memory);
  return { pairs: new Uint32Array(memory), units: new Uint16Array(memory), write: (text) => void bytes.write(text, 0, 'utf16le') };
}

/** Words of `text`, read from its copy (see above); `text` is at most {@link MAX_COPIED} long. */
function countWordsOfCopy(text: string, copy: UnitCopier): number {
  copy.write(text);
  const pairs = copy.pairs;
  const length = text.length;
  const pairCount = length >> 1;
  let words = 0;
  let inWord = 0;
  for (let p = 0; p < pairCount; p++) {
    const pair = pairs[p]!;
    if ((pair & 0xff00ff00) === 0) {
      // Both Latin-1: one table read for the two.
      const entry = PAIR[(pair & 0xff) | ((pair >>> 8) & 0xff00)]! >> (inWord << 1);
      words += entry & 1;
      inWord = (entry >> 1) & 1;
      continue;
    }
    // A pair with a character outside Latin-1 (curly quotes, dashes, other scripts): each by
    // its kind, as in the scan of one character at a time.
    for (let i = p << 1, end = i + 2; i < end; i++) {
      const c = copy.units[i]!;
      const kind = c < 0x80 ? KIND[c]! : kindAt(text, i, c);
      const letter = kind & LETTER_OR_DIGIT;
      words += letter & ~inWord;
      inWord = (inWord | letter) & ~(kind >> 1);
    }
  }
  if ((length & 1) !== 0) {
    const i = length - 1;
    const c = text.charCodeAt(i);
    const kind = c < 0x80 ? KIND[c]! : kindAt(text, i, c);
    words += (kind & LETTER_OR_DIGIT) & ~inWord;
  }
  return words;
}

/** Line feeds by a native search: most texts (a paragraph, a heading) hold none. */
function countLineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
