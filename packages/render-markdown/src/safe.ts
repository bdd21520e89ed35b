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
 * `nextCandidate` skips the other non-ASCII characters (curly quotes, dashes, letters) with
 * one lookup. Derived from `UNSAFE_BY_CHARACTER` so the pattern table stays the single source
 * of truth.
 */
export const HAS_PATTERN: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  table[0] = 1;
  for (const character of UNSAFE_BY_CHARACTER.keys()) table[character.charCodeAt(0)] = 1;
  return table;
})();

/** How `nextCandidate` treats an ASCII character in one context (`PatternTable.scan`): no candidate pattern. */
const SKIP = 0;
/** Every candidate needs the character at a line start or end: inside a line it is safe. */
const AT_LINE_EDGE = 1;
/** Some candidate may apply anywhere: test them. */
const LOOK = 2;

/**
 * The patterns that can apply in one set of constructs and flavor: the construct and GFM
 * conditions are settled once here instead of for every character, so `safe` only tests each
 * candidate's neighbours. Space, `.` and `-` are common in prose and have patterns only at line
 * edges or after digits; `"`, `(` and `)` have none at all in phrasing.
 */
interface PatternTable {
  /** Candidates by ASCII code; `undefined` where none can apply. */
  readonly ascii: readonly (readonly UnsafePattern[] | undefined)[];
  /** `SKIP`, `AT_LINE_EDGE` or `LOOK` by ASCII code, for `nextCandidate`. */
  readonly scan: Uint8Array;
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
  const scan = new Uint8Array(0x80);
  for (let code = 0; code < 0x80; code += 1) {
    const list = ascii[code];
    if (list === undefined) scan[code] = SKIP;
    else if (list.every((pattern) => pattern.atLineStart === true || pattern.after === atLineEnd)) scan[code] = AT_LINE_EDGE;
    else scan[code] = LOOK;
  }
  scan[0] = LOOK; // U+0000 becomes U+FFFD in every construct.
  const table: PatternTable = { ascii, scan, other };
  TABLES[key] = table;
  return table;
}

/**
 * The first index from `from` (up to `end`) whose character may need escaping: one table
 * lookup per character. Kept apart from `safe` so this loop stays small and fast whatever
 * mix of strings and contexts `safe` itself has seen.
 */
function nextCandidate(value: string, from: number, end: number, scan: Uint8Array): number {
  for (let index = from; index < end; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x80) {
      const kind = scan[code];
      if (kind === SKIP) continue;
      // Inside a line (both neighbours in `value` and neither a line ending) it is safe.
      if (kind === AT_LINE_EDGE && index > 0 && index + 1 < value.length) {
        const previous = value.charCodeAt(index - 1);
        const next = value.charCodeAt(index + 1);
        if (previous !== 0x0a && previous !== 0x0d && next !== 0x0a && next !== 0x0d) continue;
      }
      return index;
    }
    if (HAS_PATTERN[code] === 1) return index;
  }
  return end;
}

/** Whether a candidate pattern's position conditions hold at `index`. */
function applies(pattern: UnsafePattern, context: SafeContext, index: number): boolean {
  if (pattern.atLineStart && !isAtLineStart(context, index)) return false;
  if (pattern.before && !pattern.before(context, index)) return false;
  if (pattern.after && !pattern.after(context, index)) return false;
  return true;
}

/** What to write for the character at `index` instead of itself, if anything. */
function replacementAt(value: string, index: number, atEdge: boolean, table: PatternTable, context: SafeContext): string | undefined {
  const code = value.charCodeAt(index);
  if (code === 0) return '\uFFFD';
  const character = value[index] as string;
  if (atEdge && classifyCharacter(character) === 'whitespace') return characterReference(character);
  const patterns = code < 0x80 ? table.ascii[code] : table.other.get(character);
  if (patterns === undefined) return undefined;
  for (const pattern of patterns) {
    if (applies(pattern, context, index)) return isAsciiPunctuation(code) ? `\\${character}` : characterReference(character);
  }
  return undefined;
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
  const table = patternTable(input.constructs, input.gfm);
  let out = '';
  let index = 0;
  if (input.encodeFirst && value !== '') {
    const first = firstCodePoint(value) ?? '';
    out += characterReference(first);
    index = first.length;
  }
  // Edge white space is encoded whatever the patterns say, so the edges are always looked at:
  // the first character directly, the last as the end of the scan. -1 matches no index.
  const leadingEdge = input.encodeLeadingWhitespace ? 0 : -1;
  const trailingEdge = input.encodeTrailingWhitespace ? value.length - 1 : -1;
  const scanEnd = trailingEdge >= 0 ? trailingEdge : value.length;
  // Characters are copied in runs; only an unsafe one interrupts a run.
  let runStart = index;
  while (index < value.length) {
    if (index !== leadingEdge) index = nextCandidate(value, index, scanEnd, table.scan);
    if (index >= value.length) break;
    const replacement = replacementAt(value, index, index === leadingEdge || index === trailingEdge, table, context);
    if (replacement !== undefined) {
      out += value.slice(runStart, index);
      if (replacement.startsWith('&')) out = closeBackslashRun(out);
      out += replacement;
      runStart = index + 1;
    }
    index += 1;
  }
  out += value.slice(runStart);
  return out;
}
