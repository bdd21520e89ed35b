/**
 * Which of several groups of fixed strings does a text hold? Answered for every group in one
 * pass that skips ahead.
 *
 * Several prefilters look through the same line for strings of their own (a rule's required
 * parts, the openings of glued credits, a comment section's "7 thoughts on"). Each
 * `SubstringSet` reads the line once more, and the shortest of its strings limits how far it
 * skips. One Wu–Manber search over all the strings reads the line once and says which groups
 * occur. It looks at the three characters that end a window as long as the shortest string
 * (pairs, as `SubstringSet` uses, are too common in prose once there are dozens of strings:
 * `re`, `e `, `th` would stop the search at nearly every step; a triple of them is rarer).
 */

/** Size of the triple table; a triple hashes to a slot (collisions only make the search stop more often). */
const TRIPLE_SLOTS = 1 << 15;
const TRIPLE_MASK = TRIPLE_SLOTS - 1;
/** Shifts are stored in bytes: a window longer than this is cut to it (still correct). */
const MAX_WINDOW = 255;
/** A bit a mask holds per group. */
const MAX_GROUPS = 31;

function tripleSlot(first: number, second: number, third: number): number {
  return ((first << 10) ^ (second << 5) ^ third) & TRIPLE_MASK;
}

/** A string to compare where a window ends in its slot, and the bit of its group. */
interface Candidate {
  readonly part: string;
  readonly bit: number;
}

export class SubstringGroups {
  /** Length of the window: the shortest string, at most `MAX_WINDOW`. */
  private readonly window: number;
  /** How far the window may move when its last three characters hash to a slot; 0: compare. */
  private readonly shifts: Uint8Array;
  /** For a slot of shift 0: the strings whose opening window ends in a triple of that slot. */
  private readonly endingIn: Array<readonly Candidate[] | undefined>;
  /** Every group's bit: once all are found, the rest of the text need not be read. */
  private readonly all: number;

  /**
   * @param groups the groups of strings, at most 31; every string at least three characters
   *   long (a shorter one would leave nothing to skip by: search for it natively).
   */
  constructor(groups: ReadonlyArray<readonly string[]>) {
    if (groups.length > MAX_GROUPS) throw new RangeError(`At most ${MAX_GROUPS} groups can be searched at once.`);
    let shortest = MAX_WINDOW;
    for (const group of groups) for (const part of group) if (part.length < shortest) shortest = part.length;
    if (shortest < 3) throw new RangeError('Every string searched for in a group must be at least three characters long.');
    const window = shortest;
    this.window = window;
    let all = 0;
    for (let g = 0; g < groups.length; g++) if (groups[g]!.length > 0) all |= 1 << g;
    this.all = all;
    // A triple found nowhere in a string's opening window lets the window move past it whole.
    const shifts = new Uint8Array(TRIPLE_SLOTS).fill(window - 2);
    const endingIn = new Array<Candidate[] | undefined>(TRIPLE_SLOTS).fill(undefined);
    for (let g = 0; g < groups.length; g++) {
      for (const part of groups[g]!) {
        for (let j = 2; j < window; j++) {
          const slot = tripleSlot(part.charCodeAt(j - 2), part.charCodeAt(j - 1), part.charCodeAt(j));
          const shift = window - 1 - j;
          if (shift < shifts[slot]!) shifts[slot] = shift;
        }
        const slot = tripleSlot(part.charCodeAt(window - 3), part.charCodeAt(window - 2), part.charCodeAt(window - 1));
        const candidate: Candidate = { part, bit: 1 << g };
        const list = endingIn[slot];
        if (list === undefined) endingIn[slot] = [candidate];
        else list.push(candidate);
      }
    }
    this.shifts = shifts;
    this.endingIn = endingIn;
  }

  /** The groups one of whose strings occurs in `text`: bit `g` set for group `g`. */
  scan(text: string): number {
    const shifts = this.shifts;
    const endingIn = this.endingIn;
    const window = this.window;
    const length = text.length;
    let found = 0;
    let end = window - 1;
    while (end < length) {
      const slot = tripleSlot(text.charCodeAt(end - 2), text.charCodeAt(end - 1), text.charCodeAt(end));
      const shift = shifts[slot]!;
      if (shift !== 0) {
        end += shift;
        continue;
      }
      const candidates = endingIn[slot];
      if (candidates !== undefined) {
        const at = end - window + 1;
        for (let k = 0; k < candidates.length; k++) {
          const candidate = candidates[k]!;
          if (text.startsWith(candidate.part, at)) found |= candidate.bit;
        }
        if (found === this.all) return found;
      }
      end++;
    }
    return found;
  }
}
