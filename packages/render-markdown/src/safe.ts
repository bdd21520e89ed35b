import { characterReference, classifyCharacter, closeBackslashRun, firstCodePoint, isAsciiPunctuation } from './character-class.js';
import { type Construct, isAtLineStart, type SafeContext, UNSAFE_BY_CHARACTER, type UnsafePattern } from './unsafe.js';

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

/** 1 for each ASCII character that has a pattern (or is U+0000), else 0. */
const HAS_PATTERN = (() => {
  const table = new Uint8Array(0x80);
  table[0] = 1;
  for (const character of UNSAFE_BY_CHARACTER.keys()) {
    const code = character.charCodeAt(0);
    if (code < 0x80) table[code] = 1;
  }
  return table;
})();

function applies(pattern: UnsafePattern, context: SafeContext, index: number, input: SafeInput): boolean {
  if (pattern.gfm && !input.gfm) return false;
  let inScope = false;
  for (const construct of pattern.inConstruct) {
    if (input.constructs.includes(construct)) {
      inScope = true;
      break;
    }
  }
  if (!inScope) return false;
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
  // Characters are copied in runs; only an unsafe one interrupts a run.
  let runStart = index;
  for (; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    // Most characters have no pattern: one array lookup (ASCII) or one range check skips them.
    if (code < 0x80 ? HAS_PATTERN[code] === 0 : code < 0xa0 || (code > 0x3000 && code !== 0xfeff)) continue;
    const character = value[index] as string;
    let replacement: string | undefined;
    const atEdge = (index === 0 && input.encodeLeadingWhitespace) || (index === value.length - 1 && input.encodeTrailingWhitespace);
    if (code === 0) replacement = '\uFFFD';
    else if (atEdge && classifyCharacter(character) === 'whitespace') replacement = characterReference(character);
    else {
      const patterns = UNSAFE_BY_CHARACTER.get(character);
      if (patterns === undefined) continue;
      for (const pattern of patterns) {
        if (applies(pattern, context, index, input)) {
          replacement = isAsciiPunctuation(character.charCodeAt(0)) ? `\\${character}` : characterReference(character);
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

