/**
 * Shapes of a unit judged with its neighbours or the article around it: headline-like link
 * lines, pull quotes, credits repeated where pictures stood, a name opening the first paragraph.
 */
import type { Unit } from '../layout/unit.js';
import { countWords, endsSentence, isUpperLetter } from '../text/characters.js';

/** A headline-like line in a list of links: short, no full stop at the end. */
export function isHeadlineLike(text: string): boolean {
  return text.length <= 200 && countWords(text) <= 25 && !endsSentence(text) && !text.endsWith(':');
}

/** "Bill Still – ": a name and a dash opening the first paragraph. */
export const LEADING_BYLINE = /^(?<names>[A-Z][a-z]{1,15} [A-Z][a-z]{1,15}) [–—](?= [A-Z“"])/;

export function endsWithColon(text: string): boolean {
  return text.endsWith(':');
}

/**
 * Short lines that occur three times or more in one article: where pictures stood, sites
 * repeat the same credit under each ("New Jersey State Police").
 */
export function shortLineRepeats(units: readonly Unit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < units.length; i++) {
    const text = units[i]!.text;
    if (text.length > 60 || !looksLikeCreditName(text)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  for (const [text, count] of counts) if (count < 3) counts.delete(text);
  return counts;
}

/** "New Jersey State Police": two or more capitalised words, no digits, no closing punctuation. */
function looksLikeCreditName(text: string): boolean {
  // One pass, no allocation: it runs on every short line.
  let words = 1;
  let wordStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      words++;
      wordStart = true;
      continue;
    }
    if ((c >= 48 && c <= 57) || c === 58 || c === 59 || c === 46 || c === 44 || c === 33 || c === 63) return false;
    if (wordStart) {
      wordStart = false;
      if (!isUpperLetter(text[i]) && !startsSmallWord(text, i)) return false;
    }
  }
  return words >= 2;
}

/** Small words allowed in lower case inside a name ("Bank of America"). */
const SMALL_WORDS = ['of ', 'and ', 'the ', '& '];

/** Does a small word of {@link SMALL_WORDS} start at `i`? A loop, not `some` with a callback, which would allocate a closure for every word tested. */
function startsSmallWord(text: string, i: number): boolean {
  for (let k = 0; k < SMALL_WORDS.length; k++) if (text.startsWith(SMALL_WORDS[k]!, i)) return true;
  return false;
}

/** A display copy of a sentence of the paragraph before or after it. */
export function isPullQuote(units: readonly Unit[], index: number): boolean {
  const text = units[index]!.text;
  if (text.length > 250 || text.length < 30) return false;
  const before = units[index - 1]?.text;
  const after = units[index + 1]?.text;
  // The native substring search rejects nearly every line; words are counted only for a copy.
  const copied = (before !== undefined && before.length > text.length && before.includes(text)) || (after !== undefined && after.length > text.length && after.includes(text));
  return copied && countWords(text) >= 6;
}

