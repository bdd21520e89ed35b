/**
 * How CommonMark classifies a character when it decides whether a run of `*` or `_` can open
 * or close emphasis (spec 0.31, "left-flanking delimiter run"): Unicode white space, Unicode
 * punctuation (categories P and S), or anything else. The edge of a line counts as white space.
 */
export type CharacterClass = 'whitespace' | 'punctuation' | 'other';

const whitespace = /^[\t\n\f\r\p{Zs}]$/u;
const punctuation = /^[\p{P}\p{S}]$/u;

/**
 * Class of `character` (one code point), or white space when there is none. Characters
 * outside the Basic Multilingual Plane (emoji) count as `other`: micromark and commonmark.js
 * classify UTF-16 code units, and a surrogate is neither space nor punctuation.
 */
export function classifyCharacter(character: string | undefined): CharacterClass {
  if (character === undefined || character === '') return 'whitespace';
  if (character.length > 1) return 'other';
  if (whitespace.test(character)) return 'whitespace';
  if (punctuation.test(character)) return 'punctuation';
  return 'other';
}

/** ASCII punctuation: the characters a backslash can escape (spec 2.4). */
export function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiAlpha(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiAlpha(code) || isAsciiDigit(code);
}

/** The first code point of `value` (a whole surrogate pair), or undefined. */
export function firstCodePoint(value: string): string | undefined {
  if (value === '') return undefined;
  // Only a high surrogate can start a pair; any other first unit is the code point, and
  // `value[0]` gives it without building a string from a number (shared for Latin-1 text).
  const unit = value.charCodeAt(0);
  if (unit < 0xd800 || unit > 0xdbff) return value[0];
  return String.fromCodePoint(value.codePointAt(0) as number);
}

/** The last code point of `value` (a whole surrogate pair), or undefined. */
export function lastCodePoint(value: string): string | undefined {
  if (value === '') return undefined;
  const low = value.charCodeAt(value.length - 1);
  if (low >= 0xdc00 && low <= 0xdfff && value.length >= 2) {
    const high = value.charCodeAt(value.length - 2);
    if (high >= 0xd800 && high <= 0xdbff) return value.slice(-2);
  }
  return value.slice(-1);
}

/** `&#xHH;`: a numeric character reference, the one escape that works for any character. */
export function characterReference(character: string): string {
  return `&#x${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;
}

/**
 * `written` with one more backslash if it ends in an odd number of them: the last one would
 * otherwise escape what comes next, and what comes next is a character reference, whose `&`
 * must stay live.
 */
export function closeBackslashRun(written: string): string {
  let count = 0;
  while (count < written.length && written.charCodeAt(written.length - 1 - count) === 0x5c) count += 1;
  return count % 2 === 1 ? `${written}\\` : written;
}
