/**
 * Does a text end with one of a fixed set of strings? Answered by reading the text backwards
 * through a tree of the strings' endings: a few character reads, however many strings there
 * are, where `String#endsWith` once per string makes as many calls (most lines end with a
 * full stop, which half the strings of a set such as `report.`, `story.`, `article.` end with).
 */

interface Node {
  /** The next node for the character before; keys are character codes (case-folded when asked). */
  readonly before: Map<number, Node>;
  /** Does a whole string end here? */
  whole: boolean;
}

export class EndingSet {
  private readonly root: Node = { before: new Map(), whole: false };

  /**
   * @param endings the strings looked for at the end.
   * @param ignoreCase compare as a regular expression with the `i` flag (and without `u`) does.
   */
  constructor(
    endings: readonly string[],
    private readonly ignoreCase = false,
  ) {
    for (const ending of endings) {
      let node = this.root;
      for (let i = ending.length - 1; i >= 0; i--) {
        const code = this.fold(ending.charCodeAt(i));
        let next = node.before.get(code);
        if (next === undefined) {
          next = { before: new Map(), whole: false };
          node.before.set(code, next);
        }
        node = next;
      }
      node.whole = true;
    }
  }

  /** Whether `text` ends with one of the strings. */
  endsIn(text: string): boolean {
    let node = this.root;
    if (node.whole) return true;
    for (let i = text.length - 1; i >= 0; i--) {
      const next = node.before.get(this.fold(text.charCodeAt(i)));
      if (next === undefined) return false;
      if (next.whole) return true;
      node = next;
    }
    return false;
  }

  private fold(code: number): number {
    return this.ignoreCase ? canonicalCase(code) : code;
  }
}

/** Canonical case of each code unit beyond ASCII, once found; never 0 there, so 0 is unknown. */
const CANONICAL = new Uint16Array(0x10000);
const UNKNOWN = 0;

/**
 * The character a case-insensitive regular expression without the `u` flag compares: the
 * upper-case form when it is one code unit, except that a character beyond ASCII is never
 * taken to an ASCII one (ECMAScript's Canonicalize). `code` is a UTF-16 code unit.
 *
 * Beyond ASCII the answer is kept for each code unit once found: lines end with curly quotes
 * and the like, and asking again would make a string and upper-case it every time. Every code
 * unit goes through the same read, and the first sight of any of them through the same
 * finding, so no path first runs after the code is compiled.
 */
export function canonicalCase(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  let folded = CANONICAL[code]!;
  if (folded === UNKNOWN) {
    folded = canonicalize(code);
    CANONICAL[code] = folded;
  }
  return folded;
}

function canonicalize(code: number): number {
  const upper = String.fromCharCode(code).toUpperCase();
  if (upper.length !== 1) return code;
  const folded = upper.charCodeAt(0);
  return folded < 128 ? code : folded;
}
