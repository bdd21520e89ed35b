/**
 * The characters a match of an anchored pattern can start with, read from the pattern's
 * source, so that `matchRule` skips a rule with one set lookup instead of running its regular
 * expression. `undefined` when the pattern could start with anything (`^[^\n]…`, `\w`) or
 * is not understood: such rules are always tried. Handles what rule tables use: literals,
 * escapes, classes, groups with alternatives, and optional parts (`?`, `*`, `{0,n}`).
 */
export function firstChars(pattern: RegExp): ReadonlySet<string> | undefined {
  const source = pattern.source;
  // Every top-level alternative must be anchored, or the pattern may match anywhere.
  const chars = new Set<string>();
  for (const [from, to] of splitAlternatives(source, 0, source.length)) {
    if (source[from] !== '^') return undefined;
    const part = readSequence(source, from + 1, to);
    if (!part || part.nullable) return undefined;
    for (const ch of part.chars) chars.add(ch);
  }
  const result = { chars };
  if (!pattern.flags.includes('i')) return result.chars;
  const both = new Set<string>();
  for (const ch of result.chars) {
    both.add(ch.toLowerCase());
    both.add(ch.toUpperCase());
  }
  return both;
}

/**
 * Can `text` open a match of a pattern whose first characters are `firsts` (from
 * `firstChars`; `undefined`: anything)? A character outside the BMP is looked up whole.
 */
export function mayOpenWith(firsts: ReadonlySet<string> | undefined, text: string): boolean {
  if (firsts === undefined) return true;
  const code = text.charCodeAt(0);
  // One comparison for the range: the second of two would first run at the first character
  // past U+D7FF, long after the code was compiled, and throw that code away.
  return firsts.has((code & 0xfc00) === 0xd800 ? text.slice(0, 2) : text.charAt(0));
}

interface Firsts {
  chars: Set<string>;
  /** Can this part match the empty string (so what follows may start the match)? */
  nullable: boolean;
}

/** Firsts of the sequence source[from, to): union of tokens' firsts up to the first non-nullable one. */
function readSequence(source: string, from: number, to: number): Firsts | undefined {
  // Top-level alternatives of this sequence.
  const alternatives = splitAlternatives(source, from, to);
  if (alternatives.length > 1) {
    const chars = new Set<string>();
    let nullable = false;
    for (const [a, b] of alternatives) {
      const part = readSequence(source, a, b);
      if (!part) return undefined;
      for (const ch of part.chars) chars.add(ch);
      nullable ||= part.nullable;
    }
    return { chars, nullable };
  }
  const chars = new Set<string>();
  let i = from;
  while (i < to) {
    const token = readToken(source, i, to);
    if (!token) return undefined;
    for (const ch of token.chars) chars.add(ch);
    const quantifier = readQuantifier(source, token.end);
    if (!token.nullable && !quantifier.optional) return { chars, nullable: false };
    i = quantifier.end;
  }
  return { chars, nullable: true };
}

// The pattern readers below compare character codes, not one-character strings: a pattern
// holding characters beyond Latin-1 (’, —, “) made each of them a new string to compare.
const BACKSLASH = 92;
const OPEN_CLASS = 91;
const CLOSE_CLASS = 93;
const OPEN_GROUP = 40;
const CLOSE_GROUP = 41;
const BAR = 124;

export function splitAlternatives(source: string, from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let depth = 0;
  let inClass = false;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
      continue;
    }
    if (inClass) {
      if (c === CLOSE_CLASS) inClass = false;
      continue;
    }
    if (c === OPEN_CLASS) inClass = true;
    else if (c === OPEN_GROUP) depth++;
    else if (c === CLOSE_GROUP) depth--;
    else if (c === BAR && depth === 0) {
      parts.push([start, i]);
      start = i + 1;
    }
  }
  parts.push([start, to]);
  return parts;
}

interface Token extends Firsts {
  end: number;
}

function readToken(source: string, i: number, to: number): Token | undefined {
  const ch = source[i]!;
  if (ch === '$') return undefined;
  if (ch === '\\') {
    const next = source[i + 1];
    if (next === 'd') return { chars: new Set('0123456789'), nullable: false, end: i + 2 };
    if (next === 'b') return { chars: new Set(), nullable: true, end: i + 2 };
    if (next === undefined || /[a-zA-Z0-9]/.test(next)) return undefined;
    return { chars: new Set(next), nullable: false, end: i + 2 };
  }
  if (ch === '[') {
    const close = findClassEnd(source, i);
    if (close === -1 || source[i + 1] === '^') return undefined;
    const chars = classChars(source.slice(i + 1, close));
    return chars ? { chars, nullable: false, end: close + 1 } : undefined;
  }
  if (ch === '(') {
    const close = findGroupEnd(source, i, to);
    if (close === -1) return undefined;
    let inner = i + 1;
    if (source.startsWith('?:', inner)) inner += 2;
    else if (source.startsWith('?<', inner) && source[inner + 2] !== '=' && source[inner + 2] !== '!') inner = source.indexOf('>', inner) + 1;
    else if (source[inner] === '?') return undefined;
    const part = readSequence(source, inner, close);
    return part ? { ...part, end: close + 1 } : undefined;
  }
  if (ch === '.' || ch === ')' || ch === '|') return undefined;
  // A literal (surrogate pairs kept whole).
  const code = source.charCodeAt(i);
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return { chars: new Set([source.slice(i, i + width)]), nullable: false, end: i + width };
}

export function readQuantifier(source: string, i: number): { optional: boolean; end: number } {
  const ch = source[i];
  let end = i;
  let optional = false;
  if (ch === '?' || ch === '*') {
    optional = true;
    end = i + 1;
  } else if (ch === '+') end = i + 1;
  else if (ch === '{') {
    const close = source.indexOf('}', i);
    optional = source[i + 1] === '0';
    end = close + 1;
  }
  if (end > i && source[end] === '?') end++; // lazy
  return { optional, end };
}

export function findClassEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === CLOSE_CLASS) return i;
  }
  return -1;
}

export function findGroupEnd(source: string, open: number, to: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
      continue;
    }
    if (inClass) {
      if (c === CLOSE_CLASS) inClass = false;
      continue;
    }
    if (c === OPEN_CLASS) inClass = true;
    else if (c === OPEN_GROUP) depth++;
    else if (c === CLOSE_GROUP && --depth === 0) return i;
  }
  return -1;
}

/** The characters of a class body such as `A-Z.'’` or `\d.,`; `undefined` for `\w`, `\s` and the like. */
export function classChars(body: string): Set<string> | undefined {
  const chars = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    let ch = body[i]!;
    if (ch === '\\') {
      const next = body[i + 1];
      i++;
      if (next === 'd') {
        for (const d of '0123456789') chars.add(d);
        continue;
      }
      if (next === undefined || /[a-zA-Z]/.test(next)) return undefined;
      ch = next;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const end = body.charCodeAt(i + 2);
      for (let c = ch.charCodeAt(0); c <= end; c++) chars.add(String.fromCharCode(c));
      i += 2;
      continue;
    }
    chars.add(ch);
  }
  return chars;
}
