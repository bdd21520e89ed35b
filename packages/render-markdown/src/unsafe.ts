import { classifyCharacter, isAsciiAlpha, isAsciiAlphanumeric, isAsciiDigit, isAsciiPunctuation } from './character-class.js';

/**
 * Where text is being written. Phrasing text (`phrasing`) may also be inside link text
 * (`label`) or an ATX heading (`headingAtx`); the other constructs are literal strings inside
 * a link or image: a double-quoted title and the two forms of destination.
 */
export type Construct = 'phrasing' | 'label' | 'headingAtx' | 'title' | 'destinationRaw' | 'destinationLiteral';

/** What `safe` knows about the string it escapes: its neighbours and whether it starts a line. */
export interface SafeContext {
  readonly value: string;
  /** The character written just before `value`; `undefined` or `\n` at the start of a line. */
  readonly before: string | undefined;
  /** The first character written after `value`; `undefined` or `\n` at the end of a line. */
  readonly after: string | undefined;
}

/** A condition on the characters around position `index` of `context.value`. */
export type Lookaround = (context: SafeContext, index: number) => boolean;

/**
 * One way a character could start, end or break out of a construct. `safe` escapes a
 * character when any pattern for it applies: the current constructs include one of
 * `inConstruct`, `atLineStart` holds if set, `before` and `after` hold if set, and the output
 * is GFM if `gfm` is set.
 */
export interface UnsafePattern {
  readonly character: string;
  readonly inConstruct: readonly Construct[];
  readonly atLineStart?: boolean;
  readonly before?: Lookaround;
  readonly after?: Lookaround;
  readonly gfm?: boolean;
}

export function charBefore(context: SafeContext, index: number): string | undefined {
  return index > 0 ? context.value[index - 1] : context.before;
}

export function charAfter(context: SafeContext, index: number): string | undefined {
  return index + 1 < context.value.length ? context.value[index + 1] : context.after;
}

/** True when the character at `index` is the first of a line. */
export function isAtLineStart(context: SafeContext, index: number): boolean {
  const previous = charBefore(context, index);
  return previous === undefined || previous === '\n' || previous === '\r';
}

export const atLineEnd: Lookaround = (context, index) => {
  const next = charAfter(context, index);
  return next === undefined || next === '\n' || next === '\r';
};

/** `1.` / `1)` at a line start: up to nine digits, then the character. */
export const afterLineStartDigits: Lookaround = (context, index) => {
  let start = index;
  while (start > 0 && isAsciiDigit(context.value.charCodeAt(start - 1))) start -= 1;
  const digits = index - start;
  if (digits === 0 || digits > 9) return false;
  return isAtLineStart(context, start);
};

/** Markers of emphasis and strong, whose neighbouring letter may be written as a reference. */
function isMarker(character: string | undefined): boolean {
  return character === '*' || character === '_';
}

/**
 * `_` between two letters or digits can neither open nor close emphasis (spec 6.2, rules 2 and
 * 4). A letter at the edge of the text next to emphasis may yet become a character reference
 * (see `attention.ts`), which is punctuation: such a neighbour does not count as a letter.
 */
const notIntraword: Lookaround = (context, index) => {
  const last = context.value.length - 1;
  const previous = index === 1 && isMarker(context.before) ? '&' : charBefore(context, index);
  const next = index === last - 1 && isMarker(context.after) ? '&' : charAfter(context, index);
  return !(classifyCharacter(previous) === 'other' && classifyCharacter(next) === 'other');
};

const followedBy =
  (wanted: string): Lookaround =>
  (context, index) =>
    charAfter(context, index) === wanted;

/** A backslash escapes the next character only if it is ASCII punctuation, or breaks the line. */
const followedByPunctuationOrLineEnd: Lookaround = (context, index) => {
  const next = charAfter(context, index);
  if (next === undefined || next === '\n' || next === '\r') return true;
  return isAsciiPunctuation(next.charCodeAt(0));
};

/**
 * `&` followed by a complete character reference (`&amp;`, `&#35;`, `&#x23;`): the only
 * case in which a parser would decode it (spec 2.5). `AT&T` stays as written.
 */
const startsCharacterReference: Lookaround = (context, index) => {
  const { value } = context;
  let cursor = index + 1;
  if (value[cursor] === '#') {
    cursor += 1;
    const hex = value[cursor] === 'x' || value[cursor] === 'X';
    if (hex) cursor += 1;
    const start = cursor;
    while (cursor < value.length && cursor - start < 8) {
      const code = value.charCodeAt(cursor);
      if (!(isAsciiDigit(code) || (hex && ((code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66))))) break;
      cursor += 1;
    }
    return cursor > start && value[cursor] === ';';
  }
  const start = cursor;
  while (cursor < value.length && cursor - start < 32 && isAsciiAlphanumeric(value.charCodeAt(cursor))) cursor += 1;
  return cursor > start && isAsciiAlpha(value.charCodeAt(start)) && value[cursor] === ';';
};

/** A word character as GFM's autolink literals count them (`\w`): letters, digits, `_`. */
function isWordCharacter(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  return isAsciiAlphanumeric(code) || character === '_';
}

const precededByProtocolEnd: Lookaround = (context, index) => {
  const previous = charBefore(context, index);
  return previous === 'p' || previous === 's' || previous === 'P' || previous === 'S';
};

const followedBySlash: Lookaround = (context, index) => charAfter(context, index) === '/';

const precededByW: Lookaround = (context, index) => {
  const previous = charBefore(context, index);
  return previous === 'w' || previous === 'W';
};

const followedByDomainCharacter: Lookaround = (context, index) => {
  const next = charAfter(context, index);
  return next === '-' || next === '.' || isWordCharacter(next);
};

const precededByEmailCharacter: Lookaround = (context, index) => {
  const previous = charBefore(context, index);
  return previous === '+' || previous === '-' || previous === '.' || isWordCharacter(previous);
};

/** Characters JavaScript's `String.prototype.trim` removes besides space, tab and line endings. */
const TRIMMED_ELSEWHERE: readonly string[] = [
  '\u000b', '\u000c', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
  '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
];

const afterWhitespace: Lookaround = (context, index) => {
  const previous = charBefore(context, index);
  return previous === ' ' || previous === '\t';
};

/** Phrasing text wherever it is: a paragraph, a heading, link text, image alt. */
const PHRASING: readonly Construct[] = ['phrasing', 'label', 'headingAtx'];
/** Every construct whose content a parser decodes (escapes and character references). */
const DECODED: readonly Construct[] = ['phrasing', 'label', 'headingAtx', 'title', 'destinationRaw', 'destinationLiteral'];

/**
 * The one table of characters that could be read as syntax, with where. Written after
 * `mdast-util-to-markdown`'s `lib/unsafe.js`, adapted to this model: no code blocks, no
 * definitions, no single-quoted titles. `safe` applies it; no handler escapes by hand.
 */
export const UNSAFE_PATTERNS: readonly UnsafePattern[] = [
  // Leading white space is stripped from a line, and four of it would make indented code.
  { character: ' ', inConstruct: PHRASING, atLineStart: true },
  { character: '\t', inConstruct: PHRASING, atLineStart: true },
  // Trailing white space is stripped from a line, and two spaces would make a hard break.
  { character: ' ', inConstruct: PHRASING, after: atLineEnd },
  { character: '\t', inConstruct: PHRASING, after: atLineEnd },
  // White space other than spaces and tabs at a line edge: CommonMark keeps it, but some
  // parsers (commonmark.js) strip it with JavaScript's `trim`.
  ...TRIMMED_ELSEWHERE.flatMap((character): UnsafePattern[] => [
    { character, inConstruct: PHRASING, atLineStart: true },
    { character, inConstruct: PHRASING, after: atLineEnd },
  ]),
  // A line ending right after white space: parsers strip that white space (even written as a
  // character reference, in commonmark.js), so the line ending itself is a reference there.
  { character: '\n', inConstruct: PHRASING, before: afterWhitespace },
  // A line ending at a line start would leave a blank line (ending the paragraph) or be
  // stripped; one at the end of the content would be stripped too.
  { character: '\n', inConstruct: PHRASING, atLineStart: true },
  { character: '\n', inConstruct: PHRASING, after: atLineEnd },
  // A carriage return is a line ending everywhere; a line feed cannot be inside an ATX
  // heading, a title (it could leave a blank line) or a destination.
  { character: '\r', inConstruct: DECODED },
  { character: '\n', inConstruct: ['headingAtx', 'title', 'destinationRaw', 'destinationLiteral'] },
  // `#` could start an ATX heading at a line start, or close one at the end of its line.
  { character: '#', inConstruct: PHRASING, atLineStart: true },
  { character: '#', inConstruct: ['headingAtx'], after: atLineEnd },
  // `>` could start a block quote.
  { character: '>', inConstruct: PHRASING, atLineStart: true },
  // `-` and `+` could start a list item; `-` also a thematic break or a setext underline.
  { character: '-', inConstruct: PHRASING, atLineStart: true },
  { character: '+', inConstruct: PHRASING, atLineStart: true },
  // `=` could be a setext heading underline.
  { character: '=', inConstruct: PHRASING, atLineStart: true },
  // A number followed by `.` or `)` could start an ordered list item.
  { character: '.', inConstruct: PHRASING, before: afterLineStartDigits },
  { character: ')', inConstruct: PHRASING, before: afterLineStartDigits },
  // `*` could start a list item or thematic break at a line start and emphasis anywhere.
  { character: '*', inConstruct: PHRASING },
  // `_` could start a thematic break at a line start and emphasis unless inside a word.
  { character: '_', inConstruct: PHRASING, atLineStart: true },
  { character: '_', inConstruct: PHRASING, before: notIntraword },
  // A grave accent could start code (fenced or inline).
  { character: '`', inConstruct: PHRASING },
  // `~` could open a fenced code block; in GFM it is strikethrough anywhere.
  { character: '~', inConstruct: PHRASING, atLineStart: true },
  { character: '~', inConstruct: PHRASING, gfm: true },
  // `<` could start an HTML block, raw HTML, an autolink, or an e-mail autolink (whose local
  // part may start with almost any ASCII character: `<{@A>` is one).
  { character: '<', inConstruct: PHRASING },
  // `[` could start a link, an image (after `!`) or a definition; `]` could end link text.
  { character: '[', inConstruct: PHRASING },
  { character: ']', inConstruct: ['label'] },
  { character: '!', inConstruct: PHRASING, after: followedBy('[') },
  // A backslash escapes ASCII punctuation and breaks a line before a line ending.
  { character: '\\', inConstruct: DECODED, after: followedByPunctuationOrLineEnd },
  // `&` could start a character reference wherever references are decoded.
  { character: '&', inConstruct: DECODED, after: startsCharacterReference },
  // A double quote would end a title.
  { character: '"', inConstruct: ['title'] },
  // Parentheses could end a raw destination; angle brackets a literal one.
  { character: '(', inConstruct: ['destinationRaw'] },
  { character: ')', inConstruct: ['destinationRaw'] },
  { character: '<', inConstruct: ['destinationLiteral'] },
  { character: '>', inConstruct: ['destinationLiteral'] },
  // GFM: `|` separates table cells; a line starting with `:` could be a delimiter row.
  { character: '|', inConstruct: PHRASING, gfm: true },
  { character: ':', inConstruct: PHRASING, atLineStart: true, gfm: true },
  // GFM autolink literals: `http://`, `https://`, `www.` and e-mail addresses.
  { character: ':', inConstruct: PHRASING, before: precededByProtocolEnd, after: followedBySlash, gfm: true },
  { character: '.', inConstruct: PHRASING, before: precededByW, after: followedByDomainCharacter, gfm: true },
  { character: '@', inConstruct: PHRASING, before: precededByEmailCharacter, after: followedByDomainCharacter, gfm: true },
];
