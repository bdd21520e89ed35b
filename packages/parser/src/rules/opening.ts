import { firstChars, mayOpenWith } from './first-chars.js';
import { openingPairs } from './opening-pairs.js';

/**
 * How the matches of an anchored pattern can open (their first two characters, read once from
 * the pattern's source), to pass over a line before running the pattern on it.
 */
export class Opening {
  private readonly firsts: ReadonlySet<string> | undefined;
  private readonly pairs: ReadonlyMap<string, ReadonlySet<number>> | undefined;

  constructor(pattern: RegExp) {
    this.firsts = firstChars(pattern);
    this.pairs = this.firsts ? openingPairs(pattern) : undefined;
  }

  /** Can a match of the pattern open `text`? `false` only when none can. */
  admits(text: string): boolean {
    if (!mayOpenWith(this.firsts, text)) return false;
    const seconds = this.pairs?.get(text.charAt(0));
    // NaN for a text of one character: a pattern whose matches take two cannot match it.
    return seconds === undefined || seconds.has(text.charCodeAt(1));
  }
}
