/**
 * Words and line feeds of a text in one pass, as the model's `computeStats` counts them: a word
 * is a run of characters between white space (`\s` of a JavaScript regular expression) that
 * holds a letter or digit (`[\p{L}\p{N}]`, a surrogate pair being one code point).
 *
 * Why a state machine over every character rather than a native search per word: its only
 * branch, "ASCII or not", is nearly never mispredicted (a branch on "space or not" would be,
 * every few characters), while searching for each space needs a call per word plus a first
 * pass with a regular expression to rule out other white space. On the parser's corpus this
 * loop takes about two thirds of the time of that search.
 */

// What a character does to the scan (plain numbers: they index the tables below).
/** Neither white space nor a letter or digit (punctuation, symbols, lone surrogates). */
const OTHER = 0;
const SPACE = 1;
const LETTER_OR_DIGIT = 2;
/** Not yet looked up (only in {@link KIND}, for characters outside Latin-1). */
const UNKNOWN = 3;

// Where the scan is: between tokens, in a token without a letter or digit so far, or in a word.
const BETWEEN = 0;
const TOKEN = 1;
const WORD = 2;

/** Next state by `state * 4 + kind`. */
const NEXT = new Uint8Array([
  // Between: Other, Space, LetterOrDigit
  TOKEN, BETWEEN, WORD, 0,
  // Token
  TOKEN, BETWEEN, WORD, 0,
  // Word
  WORD, BETWEEN, WORD, 0,
]);

/** Next state for an ASCII character, by `state << 7 | c`: the inner loop's only lookup for most text. */
const ASCII_NEXT = new Uint8Array(3 << 7);

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
for (let state = 0; state < 3; state++) for (let c = 0; c < 0x80; c++) ASCII_NEXT[(state << 7) | c] = NEXT[state * 4 + KIND[c]!]!;

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
  const length = text.length;
  let words = 0;
  let lineFeeds = 0;
  let state = BETWEEN;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    let next: number;
    if (c < 0x80) {
      next = ASCII_NEXT[(state << 7) | c]!;
      lineFeeds += c === 10 ? 1 : 0;
    } else {
      next = NEXT[state * 4 + kindAt(text, i, c)]!;
    }
    // A word starts where the state becomes Word from anything else (bit 1 set only in Word).
    words += (next >> 1) & ~(state >> 1);
    state = next;
  }
  scan.words = words;
  scan.lineFeeds = lineFeeds;
  return scan;
}
