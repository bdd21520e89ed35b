import { characterReference, classifyCharacter, closeBackslashRun, firstCodePoint, isAsciiPunctuation } from './character-class.js';
import { atLineEnd, type Construct, isAtLineStart, type SafeContext, UNSAFE_BY_CHARACTER, UNSAFE_PATTERNS, type UnsafePattern } from './unsafe.js';

/** Where a string is written, for `safe`. */
export interface SafeInput {
  /** The constructs the string is inside (any pattern for one of them applies). */
  readonly constructs: readonly Construct[];
  /** The character written just before the string; `undefined` or `\n` at a line start. */
  readonly before?: string | undefined;
  /** The character written just after the string; `undefined` or `\n` at a line end. */
  readonly after?: string | undefined;
  /** Whether GFM-only patterns apply. */
  readonly gfm: boolean;
  /**
   * Write the first character as a character reference whatever it is: emphasis just before
   * needs a punctuation character here to close (see `attention.ts`).
   */
  readonly encodeFirst?: boolean;
  /**
   * Write white space at the start (or end) as a character reference: the string is the first
   * (or last) thing inside emphasis or strong, whose delimiters cannot touch white space.
   */
  readonly encodeLeadingWhitespace?: boolean;
  readonly encodeTrailingWhitespace?: boolean;
}

/**
 * 1 for each UTF-16 code unit that has a pattern in any construct (or is U+0000), else 0:
 * most text is letters, and one array lookup lets `safe` skip them. Derived from
 * `UNSAFE_BY_CHARACTER` so the pattern table stays the single source of truth. Every character
 * `classifyCharacter` calls white space has a pattern, so the edge white space that `safe`
 * encodes for emphasis is never skipped either (`safe.test.ts` checks both).
 */
export const HAS_PATTERN: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  table[0] = 1;
  for (const character of UNSAFE_BY_CHARACTER.keys()) table[character.charCodeAt(0)] = 1;
  return table;
})();

/**
 * The patterns that can apply in one set of constructs and flavor: the construct and GFM
 * conditions are settled once here instead of for every character, so `safe` only tests each
 * candidate's neighbours. Space, `.` and `-` are common in prose and have patterns only at line
 * edges or after digits; `"`, `(` and `)` have none at all in phrasing.
 */
interface PatternTable {
  /** Candidates by ASCII code; `undefined` where none can apply. */
  readonly ascii: readonly (readonly UnsafePattern[] | undefined)[];
  /**
   * 1 for an ASCII character whose every candidate needs it at a line start or end: inside a
   * line it is safe without testing any (a space, the most common character with patterns).
   */
  readonly lineEdgeOnly: Uint8Array;
  /** Candidates for the other characters that `HAS_PATTERN` marks. */
  readonly other: ReadonlyMap<string, readonly UnsafePattern[]>;
}

/** One bit per construct, so a set of constructs indexes the cache of tables. */
const CONSTRUCT_BIT: Readonly<Record<Construct, number>> = {
  phrasing: 1,
  label: 2,
  headingAtx: 4,
  title: 8,
  destinationRaw: 16,
  destinationLiteral: 32,
};

/** Tables already built, at `2 * constructBits + (gfm ? 1 : 0)`: a render uses only a few. */
const TABLES: (PatternTable | undefined)[] = [];

function patternTable(constructs: readonly Construct[], gfm: boolean): PatternTable {
  let bits = 0;
  for (const construct of constructs) bits |= CONSTRUCT_BIT[construct];
  const key = bits * 2 + (gfm ? 1 : 0);
  const cached = TABLES[key];
  if (cached !== undefined) return cached;
  const ascii: (UnsafePattern[] | undefined)[] = new Array(0x80).fill(undefined);
  const other = new Map<string, UnsafePattern[]>();
  // Kept in table order: the first pattern that applies decides, as it always has.
  for (const pattern of UNSAFE_PATTERNS) {
    if (pattern.gfm && !gfm) continue;
    if (!pattern.inConstruct.some((construct) => (bits & CONSTRUCT_BIT[construct]) !== 0)) continue;
    const code = pattern.character.charCodeAt(0);
    const list = code < 0x80 ? ascii[code] : other.get(pattern.character);
    if (list) list.push(pattern);
    else if (code < 0x80) ascii[code] = [pattern];
    else other.set(pattern.character, [pattern]);
  }
  const lineEdgeOnly = new Uint8Array(0x80);
  for (let code = 0; code < 0x80; code += 1) {
    const list = ascii[code];
    if (list?.every((pattern) => pattern.atLineStart === true || pattern.after === atLineEnd)) lineEdgeOnly[code] = 1;
  }
  const table: PatternTable = { ascii, lineEdgeOnly, other };
  TABLES[key] = table;
  return table;
}

/**
 * True when the character at `index` is neither first nor last on its line, judged from
 * `value` alone (at either end of `value` the neighbours outside it decide, so this is false).
 */
function isInsideLine(value: string, index: number): boolean {
  if (index === 0 || index >= value.length - 1) return false;
  const previous = value.charCodeAt(index - 1);
  const next = value.charCodeAt(index + 1);
  return previous !== 0x0a && previous !== 0x0d && next !== 0x0a && next !== 0x0d;
}

/** Whether a candidate pattern's position conditions hold at `index`. */
function applies(pattern: UnsafePattern, context: SafeContext, index: number): boolean {
  if (pattern.atLineStart && !isAtLineStart(context, index)) return false;
  if (pattern.before && !pattern.before(context, index)) return false;
  if (pattern.after && !pattern.after(context, index)) return false;
  return true;
}

/**
 * Escape `value` so that a CommonMark (or GFM) parser reads it back as exactly this text in
 * its construct: every character that `UNSAFE_PATTERNS` says could be syntax here gets a
 * backslash (ASCII punctuation) or a numeric character reference (white space, line endings).
 * This is the only place the renderer escapes text.
 *
 * U+0000 cannot be represented (parsers replace it with U+FFFD) and is written as U+FFFD.
 *
 * @example
 * safe('1. not a list', { constructs: ['phrasing'], gfm: false }) // '1\\. not a list'
 */
export function safe(value: string, input: SafeInput): string {
  const context: SafeContext = { value, before: input.before, after: input.after };
  let out = '';
  let index = 0;
  if (input.encodeFirst && value !== '') {
    const first = firstCodePoint(value) ?? '';
    out += characterReference(first);
    index = first.length;
  }
  const { ascii, lineEdgeOnly, other } = patternTable(input.constructs, input.gfm);
  // Edge white space is encoded whatever the patterns say; -1 matches no index.
  const leadingEdge = input.encodeLeadingWhitespace ? 0 : -1;
  const trailingEdge = input.encodeTrailingWhitespace ? value.length - 1 : -1;
  // Characters are copied in runs; only an unsafe one interrupts a run.
  let runStart = index;
  for (; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (HAS_PATTERN[code] === 0) continue;
    const character = value[index] as string;
    let replacement: string | undefined;
    if (code === 0) replacement = '\uFFFD';
    else if ((index === leadingEdge || index === trailingEdge) && classifyCharacter(character) === 'whitespace') {
      replacement = characterReference(character);
    } else {
      if (code < 0x80 && lineEdgeOnly[code] === 1 && isInsideLine(value, index)) continue;
      const patterns = code < 0x80 ? ascii[code] : other.get(character);
      if (patterns === undefined) continue;
      for (const pattern of patterns) {
        if (applies(pattern, context, index)) {
          replacement = isAsciiPunctuation(code) ? `\\${character}` : characterReference(character);
          break;
        }
      }
    }
    if (replacement === undefined) continue;
    out += value.slice(runStart, index);
    if (replacement.startsWith('&')) out = closeBackslashRun(out);
    out += replacement;
    runStart = index + 1;
  }
  out += value.slice(runStart);
  return out;
}

