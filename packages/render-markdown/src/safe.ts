import { characterReference, classifyCharacter, closeBackslashRun, firstCodePoint, isAsciiDigit, isAsciiPunctuation } from './character-class.js';
import { afterLineStartDigits, atLineEnd, type Construct, isAtLineStart, type Lookaround, type SafeContext, UNSAFE_PATTERNS, type UnsafePattern } from './unsafe.js';

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
 * The patterns that can apply in one set of constructs and flavor: the construct and GFM
 * conditions are settled once here instead of for every character, so `safe` only tests each
 * candidate's neighbours.
 */
interface PatternTable {
  /** Candidates by ASCII code; `undefined` where none can apply. */
  readonly ascii: readonly (readonly Condition[] | undefined)[];
  /** Candidates for the non-ASCII characters that have a pattern here. */
  readonly other: ReadonlyMap<string, readonly Condition[]>;
  /**
   * Global search for the characters that may need escaping anywhere in a line, and for line
   * endings and U+0000. A character whose every pattern needs a line start or end (space,
   * `-`, `#`, no-break space…) or to follow digits that start a line (`.`, `)`) is not in it:
   * `safe` looks at those places separately.
   */
  readonly anywhere: RegExp;
}

/**
 * What is left to check of a pattern in a table: its position conditions. Every condition has
 * all three fields, so the code that checks them sees one object layout, where the patterns
 * themselves come in several (each lists only the conditions it has).
 */
interface Condition {
  readonly atLineStart: boolean;
  readonly before: Lookaround | undefined;
  readonly after: Lookaround | undefined;
}

function conditionOf(pattern: UnsafePattern): Condition {
  return { atLineStart: pattern.atLineStart === true, before: pattern.before, after: pattern.after };
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

/**
 * {@link CONSTRUCT_BIT} of `construct`, by comparing it with each name: looking the bit up by a
 * name that changes from one call to the next goes through V8's slow path for varying keys, on
 * every string written.
 */
function constructBit(construct: Construct): number {
  switch (construct) {
    case 'phrasing':
      return 1;
    case 'label':
      return 2;
    case 'headingAtx':
      return 4;
    case 'title':
      return 8;
    case 'destinationRaw':
      return 16;
    case 'destinationLiteral':
      return 32;
  }
}

/**
 * Tables already built, at `2 * constructBits + (gfm ? 1 : 0)`: a render uses only a few. Made
 * at its full size, so that looking up a table not built yet reads inside the array (a read
 * past its end would throw away the optimised code of `safe` and its callers).
 */
const TABLES: (PatternTable | undefined)[] = new Array<PatternTable | undefined>(2 ** (Object.keys(CONSTRUCT_BIT).length + 1)).fill(undefined);

/**
 * Whether `pattern` can only apply near the start or at the end of a line: at a line edge, or
 * right after the digits of an ordered list marker that starts a line (`1.`, `12)`).
 * `nextCandidate` visits those places itself, so such characters need not be searched for.
 * The `.` of prose is most of what the search would otherwise stop at, each stop costing a
 * search call and a look at the table.
 */
function onlyNearLineEdge(pattern: UnsafePattern): boolean {
  return pattern.atLineStart === true || pattern.after === atLineEnd || pattern.before === afterLineStartDigits;
}

/** `[…]` matching exactly `characters`, each written as `\uXXXX` so none is syntax. */
function characterClass(characters: Iterable<string>): string {
  let body = '';
  for (const character of characters) body += `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return `[${body}]`;
}

/**
 * The table for `constructs` and flavor, built on first use. Called once per string written,
 * so it stays this small: building a table is a separate function, which runs a few times
 * per process and so is not compiled into this one (and into every caller it is inlined in)
 * when the optimising compiler takes it up.
 */
function patternTable(constructs: readonly Construct[], gfm: boolean): PatternTable {
  let bits = 0;
  for (let i = 0; i < constructs.length; i += 1) bits |= constructBit(constructs[i] as Construct);
  const key = bits * 2 + (gfm ? 1 : 0);
  return TABLES[key] ?? buildPatternTable(bits, gfm, key);
}

function buildPatternTable(bits: number, gfm: boolean, key: number): PatternTable {
  const applying = new Map<string, UnsafePattern[]>();
  // Kept in table order: the first pattern that applies decides, as it always has.
  for (const pattern of UNSAFE_PATTERNS) {
    if (pattern.gfm && !gfm) continue;
    if (!pattern.inConstruct.some((construct) => (bits & CONSTRUCT_BIT[construct]) !== 0)) continue;
    const list = applying.get(pattern.character);
    if (list) list.push(pattern);
    else applying.set(pattern.character, [pattern]);
  }
  const ascii: (Condition[] | undefined)[] = new Array(0x80).fill(undefined);
  const other = new Map<string, Condition[]>();
  // U+0000 becomes U+FFFD in every construct; line endings make line edges inside the text.
  const searched = new Set(['\0', '\n', '\r']);
  for (const [character, patterns] of applying) {
    const code = character.charCodeAt(0);
    if (code < 0x80) ascii[code] = patterns.map(conditionOf);
    else other.set(character, patterns.map(conditionOf));
    if (!patterns.every(onlyNearLineEdge)) searched.add(character);
  }
  // The class is ASCII in every table the patterns make today, which keeps the search fast:
  // V8 scans an ASCII-only class several times faster than one with wide ranges.
  const table: PatternTable = { ascii, other, anywhere: new RegExp(characterClass(searched), 'g') };
  TABLES[key] = table;
  return table;
}

/** The index of the first character from `from` that `anywhere` matches, or `value.length`. */
function nextSearched(anywhere: RegExp, value: string, from: number): number {
  // `test` on a global expression moves `lastIndex` past the match and allocates nothing.
  anywhere.lastIndex = from;
  return anywhere.test(value) ? anywhere.lastIndex - 1 : value.length;
}

function isLineEnding(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/**
 * Whether the characters before `index` are one to nine ASCII digits that start the value or
 * follow a line ending: the character at `index` could then end an ordered list marker. (At
 * the start of the value the character before it decides whether that is a line start; the
 * patterns check that.)
 */
function followsLineStartDigits(value: string, index: number): boolean {
  let start = index;
  while (start > 0 && index - start < 10 && isAsciiDigit(value.charCodeAt(start - 1))) start -= 1;
  const digits = index - start;
  return digits > 0 && digits <= 9 && (start === 0 || isLineEnding(value.charCodeAt(start - 1)));
}

/**
 * The next index from `from` whose character may need escaping: a searched character, a line
 * edge (the first and last characters, and those next to a line ending), where the characters
 * with only line-edge patterns apply, or the character after digits that start a line. Anything
 * else has no pattern that can apply.
 */
function nextCandidate(value: string, from: number, anywhere: RegExp): number {
  if (from === 0 || isLineEnding(value.charCodeAt(from - 1))) return from;
  // Rare: the character before is a digit only after a candidate that was one (such as a line start).
  if (isAsciiDigit(value.charCodeAt(from - 1)) && followsLineStartDigits(value, from)) return from;
  const last = value.length - 1;
  const found = nextSearched(anywhere, value, from);
  if (found > last) return last;
  // The character before a line ending ends a line.
  if (found > from && isLineEnding(value.charCodeAt(found))) return found - 1;
  return found;
}

/** Whether a candidate pattern's position conditions hold at `index`. */
function applies(pattern: Condition, context: SafeContext, index: number): boolean {
  if (pattern.atLineStart && !isAtLineStart(context, index)) return false;
  if (pattern.before && !pattern.before(context, index)) return false;
  if (pattern.after && !pattern.after(context, index)) return false;
  return true;
}

/** What to write for the character at `index` instead of itself, if anything. */
function replacementAt(value: string, index: number, atEdge: boolean, table: PatternTable, context: SafeContext): string | undefined {
  const code = value.charCodeAt(index);
  if (code === 0) return '\uFFFD';
  if (atEdge && classifyCharacter(value[index]) === 'whitespace') return characterReference(value[index] as string);
  // Most candidates are ASCII without a pattern (the first and last letters of a text): they
  // are settled by their code, without making a string of the character.
  const patterns = code < 0x80 ? table.ascii[code] : table.other.get(value[index] as string);
  if (patterns === undefined) return undefined;
  const character = value[index] as string;
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
  return safeIn(
    value,
    input.constructs,
    input.gfm,
    input.before,
    input.after,
    input.encodeFirst === true,
    input.encodeLeadingWhitespace === true,
    input.encodeTrailingWhitespace === true,
  );
}

/**
 * {@link safe} with the fields of its input as arguments, for the text handler: it writes
 * most of an article's strings, and an input object for each was a good part of what a render
 * leaves to the collector.
 */
export function safeIn(
  value: string,
  constructs: readonly Construct[],
  gfm: boolean,
  before: string | undefined,
  after: string | undefined,
  encodeFirst: boolean,
  encodeLeadingWhitespace: boolean,
  encodeTrailingWhitespace: boolean,
): string {
  const context: SafeContext = { value, before, after };
  const table = patternTable(constructs, gfm);
  let out = '';
  let index = 0;
  if (encodeFirst && value !== '') {
    const first = firstCodePoint(value) ?? '';
    out += characterReference(first);
    index = first.length;
  }
  // Edge white space is encoded whatever the patterns say; both edges are candidates anyway
  // (they are line edges). -1 matches no index.
  const leadingEdge = encodeLeadingWhitespace ? 0 : -1;
  const trailingEdge = encodeTrailingWhitespace ? value.length - 1 : -1;
  // Characters are copied in runs; only an unsafe one interrupts a run.
  let runStart = index;
  while (index < value.length) {
    index = nextCandidate(value, index, table.anywhere);
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
