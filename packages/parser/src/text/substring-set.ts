/**
 * Does a text hold any of a fixed set of strings? Answered in one pass that skips ahead.
 *
 * Prefilters ask this of nearly every line ("does it hold `ubscrib`, `ign up`, `lick here`
 * or `et your free`?"). One `String#includes` per string reads the line once per string, and
 * letters such as `e` or `i` that open the strings are so common that the native search stops
 * at nearly every character. This is the Wu–Manber search: it looks at the pair of characters
 * that ends a window as long as the shortest string, and jumps as far as that pair allows,
 * so most of the line is never read. Only where a pair could end a string's opening are the
 * strings compared.
 */

/** Size of the pair table; a pair of ASCII characters maps to a slot of its own. */
const PAIR_SLOTS = 1 << 14;
const PAIR_MASK = PAIR_SLOTS - 1;
/**
 * Below three characters a window moves at most one character at a time: reading every pair
 * in JavaScript is slower than the native search, once per string.
 */
const MIN_WINDOW = 3;
/**
 * Below six characters the window moves at most four characters at a time, and V8's regular
 * expression search of the alternatives (native, skipping by what each position can hold) is
 * faster: on the corpus, about half the time for ` is `/` was ` and a third for
 * ` is a`/` is the `/` are a`/` are the `.
 */
const MIN_SKIPPING_WINDOW = 6;
/** Shifts are stored in bytes: a window longer than this is cut to it (still correct). */
const MAX_WINDOW = 255;

function pairSlot(first: number, second: number): number {
  return ((first << 7) ^ second) & PAIR_MASK;
}

export class SubstringSet {
  /** The strings searched for, in the order given. */
  readonly parts: readonly string[];
  /** Length of the window: the shortest string, at most `MAX_WINDOW`. */
  private readonly window: number;
  /** How far the window may move when its last two characters hash to a slot; 0: compare. */
  private readonly shifts: Uint8Array | undefined;
  /** For a slot of shift 0: the strings whose opening window ends in a pair of that slot. */
  private readonly endingIn: Array<readonly string[] | undefined>;
  /** An empty string is in every text. */
  private readonly always: boolean;
  /** For a window of {@link MIN_WINDOW} to {@link MIN_SKIPPING_WINDOW} characters: the strings as alternatives. */
  private readonly alternatives: RegExp | undefined;

  constructor(parts: readonly string[]) {
    this.parts = [...parts];
    let shortest = Number.POSITIVE_INFINITY;
    for (const part of parts) if (part.length < shortest) shortest = part.length;
    this.always = shortest === 0;
    this.window = Math.min(shortest, MAX_WINDOW);
    this.endingIn = [];
    this.alternatives = undefined;
    if (this.always || parts.length === 0 || this.window < MIN_WINDOW) {
      this.shifts = undefined;
      return;
    }
    if (this.window < MIN_SKIPPING_WINDOW) {
      // No `u` flag: the pattern compares code units, as `indexOf` does (lone surrogates too).
      this.alternatives = new RegExp(parts.map(escapeRegExp).join('|'), 'g');
      this.shifts = undefined;
      return;
    }
    const window = this.window;
    // A pair found nowhere in a string's opening lets the window move past it whole.
    const shifts = new Uint8Array(PAIR_SLOTS).fill(window - 1);
    for (const part of parts) {
      for (let j = 1; j < window; j++) {
        const slot = pairSlot(part.charCodeAt(j - 1), part.charCodeAt(j));
        const shift = window - 1 - j;
        if (shift < shifts[slot]!) shifts[slot] = shift;
      }
    }
    this.shifts = shifts;
    // Only the strings whose window ends in the pair's slot are compared, not every string.
    const endingIn = new Array<string[] | undefined>(PAIR_SLOTS).fill(undefined);
    for (const part of parts) {
      const slot = pairSlot(part.charCodeAt(window - 2), part.charCodeAt(window - 1));
      const list = endingIn[slot];
      if (list === undefined) endingIn[slot] = [part];
      else list.push(part);
    }
    this.endingIn = endingIn;
  }

  /** Whether one of the strings starts at `from` or later (as `text.indexOf(part, from) !== -1` for one of them). */
  occursIn(text: string, from = 0): boolean {
    if (this.always) return true;
    const start = Math.max(from, 0);
    const shifts = this.shifts;
    if (shifts === undefined) {
      const alternatives = this.alternatives;
      if (alternatives === undefined) return this.searchEach(text, start);
      alternatives.lastIndex = start;
      return alternatives.test(text);
    }
    const endingIn = this.endingIn;
    const window = this.window;
    const length = text.length;
    let end = start + window - 1;
    while (end < length) {
      const slot = pairSlot(text.charCodeAt(end - 1), text.charCodeAt(end));
      const shift = shifts[slot]!;
      if (shift !== 0) {
        end += shift;
        continue;
      }
      const candidates = endingIn[slot];
      if (candidates !== undefined) {
        const at = end - window + 1;
        for (let k = 0; k < candidates.length; k++) if (text.startsWith(candidates[k]!, at)) return true;
      }
      end++;
    }
    return false;
  }

  /** Strings of one or two characters (or none to look for): the native search, one string at a time. */
  private searchEach(text: string, from: number): boolean {
    const parts = this.parts;
    for (let k = 0; k < parts.length; k++) if (text.indexOf(parts[k]!, from) !== -1) return true;
    return false;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
