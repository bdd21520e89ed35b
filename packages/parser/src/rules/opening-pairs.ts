import { classChars, findClassEnd, findGroupEnd, splitAlternatives } from './first-chars.js';

/**
 * The second characters a match of an anchored pattern can have after each first character,
 * read from the pattern's source: `^(?:this (?:article|story) )?(?:originally|first) …`/i
 * opens with `th`, `or` or `fi` in any case, so a line opening with `The` or `To` is not tested
 * against it, though `firstChars` lets it through. Most lines of an article open with a
 * capital that some rule may open with; the second character rules out most of those rules.
 *
 * The result maps a first character to the code units that may follow it. A first character
 * missing from the map is not constrained here (`firstChars` rules on it), nor is one after
 * which a match may end or go on with anything. `undefined` when the pattern is not understood.
 */
export function openingPairs(pattern: RegExp): ReadonlyMap<string, ReadonlySet<number>> | undefined {
  // Multiline `^` may match inside the text; with `u` or `v`, classes hold code points.
  if (/[muv]/.test(pattern.flags)) return undefined;
  const source = pattern.source;
  const openings = new Set<string>();
  for (const [from, to] of splitAlternatives(source, 0, source.length)) {
    if (source[from] !== '^') return undefined;
    const part = readSequence(source, from + 1, to);
    if (!part) return undefined;
    for (const opening of part) openings.add(opening);
  }
  const caseless = pattern.flags.includes('i');
  const seconds = new Map<string, Set<number> | 'any'>();
  for (const opening of openings) {
    if (opening.length === 0 || opening[0] === ANY) return undefined;
    for (const first of caseless ? caseVariants(opening[0]!) : [opening[0]!]) {
      // A character that matches others than itself is not constrained.
      if (first === ANY) continue;
      const known = seconds.get(first);
      if (known === 'any') continue;
      const followers = opening.length === 1 ? [ANY] : caseless ? caseVariants(opening[1]!) : [opening[1]!];
      if (followers.includes(ANY)) {
        seconds.set(first, 'any');
        continue;
      }
      const set = known ?? new Set<number>();
      for (const second of followers) set.add(second.charCodeAt(0));
      seconds.set(first, set);
    }
  }
  const result = new Map<string, ReadonlySet<number>>();
  for (const [first, set] of seconds) if (set !== 'any') result.set(first, set);
  return result;
}

/** Any one character (a class such as `\w` or `[^\n]`, `.`): a stand-in no rule's text holds. */
const ANY = '\uffff';
/** Openings are cut to this many characters. */
const DEPTH = 2;
/** A class with more characters than this is taken as any character. */
const MAX_CLASS = 256;

/**
 * Without the `u` flag a case-insensitive match compares upper-case forms, and a character
 * beyond ASCII never matches an ASCII one: an ASCII letter matches its two cases only. Other
 * characters are taken as any character, which never rules a line out wrongly.
 */
function caseVariants(ch: string): string[] {
  const code = ch.charCodeAt(0);
  if (ch === ANY) return [ANY];
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return [ch.toLowerCase(), ch.toUpperCase()];
  if (code < 128) return [ch];
  return [ANY];
}

type Openings = Set<string>;

/** The openings (cut to `DEPTH`) of what source[from, to) matches; `undefined` when not understood. */
function readSequence(source: string, from: number, to: number): Openings | undefined {
  const alternatives = splitAlternatives(source, from, to);
  if (alternatives.length > 1) {
    const all: Openings = new Set();
    for (const [a, b] of alternatives) {
      const part = readSequence(source, a, b);
      if (!part) return undefined;
      for (const opening of part) all.add(opening);
    }
    return all;
  }
  let openings: Openings = new Set(['']);
  let i = from;
  while (i < to) {
    // Once every opening is full, what follows cannot change them.
    if (allFull(openings)) return openings;
    const token = readToken(source, i, to);
    if (!token) return undefined;
    const quantifier = readQuantifier(source, token.end);
    openings = concat(openings, repeat(token.openings, quantifier.min, quantifier.max));
    i = quantifier.end;
  }
  return openings;
}

function allFull(openings: Openings): boolean {
  for (const opening of openings) if (opening.length < DEPTH) return false;
  return true;
}

function concat(a: Openings, b: Openings): Openings {
  const out: Openings = new Set();
  // After an opening one short of full only the first characters of `b` count: a few dozen
  // where `b` may hold hundreds of pairs (`[A-Z][a-z]{2,8}`).
  let firstsOfB: Openings | undefined;
  for (const x of a) {
    if (x.length >= DEPTH) {
      out.add(x);
      continue;
    }
    if (x.length === DEPTH - 1) {
      firstsOfB ??= new Set([...b].map((y) => y.slice(0, 1)));
      for (const y of firstsOfB) out.add(x + y);
      continue;
    }
    for (const y of b) out.add((x + y).slice(0, DEPTH));
  }
  return out;
}

/** `min` to `max` copies: beyond `DEPTH` copies the openings no longer change. */
function repeat(openings: Openings, min: number, max: number): Openings {
  let result: Openings = new Set(['']);
  for (let n = 0; n < Math.min(min, DEPTH); n++) result = concat(result, openings);
  if (max > min) {
    let more = result;
    for (let n = 0; n < Math.min(max - min, DEPTH); n++) {
      more = concat(more, openings);
      for (const opening of more) result.add(opening);
    }
  }
  return result;
}

interface Token {
  openings: Openings;
  end: number;
}

function readToken(source: string, i: number, to: number): Token | undefined {
  const ch = source[i]!;
  // Assertions match no character: taking them as always true only widens the openings.
  if (ch === '^' || ch === '$') return { openings: new Set(['']), end: i + 1 };
  if (ch === '\\') {
    const next = source[i + 1];
    if (next === undefined) return undefined;
    if (next === 'd') return { openings: new Set('0123456789'), end: i + 2 };
    if (next === 'b' || next === 'B') return { openings: new Set(['']), end: i + 2 };
    if (next === 'n') return { openings: new Set(['\n']), end: i + 2 };
    if (next === 't') return { openings: new Set(['\t']), end: i + 2 };
    if (next === 'r') return { openings: new Set(['\r']), end: i + 2 };
    if (/[DwWsS]/.test(next)) return { openings: new Set([ANY]), end: i + 2 };
    // Back-references, `\k<…>`, `\p{…}`, `\x…`, `\u…`, `\c…` and the like are not read.
    if (/[a-zA-Z0-9]/.test(next)) return undefined;
    return { openings: new Set([next]), end: i + 2 };
  }
  if (ch === '[') {
    const close = findClassEnd(source, i);
    if (close === -1) return undefined;
    if (source[i + 1] === '^') return { openings: new Set([ANY]), end: close + 1 };
    const chars = classChars(source.slice(i + 1, close));
    if (!chars || chars.size > MAX_CLASS) return { openings: new Set([ANY]), end: close + 1 };
    return { openings: chars.size === 0 ? new Set([ANY]) : chars, end: close + 1 };
  }
  if (ch === '(') {
    const close = findGroupEnd(source, i, to);
    if (close === -1) return undefined;
    let inner = i + 1;
    if (source.startsWith('?:', inner)) inner += 2;
    else if (source.startsWith('?=', inner) || source.startsWith('?!', inner) || source.startsWith('?<=', inner) || source.startsWith('?<!', inner)) {
      // A look-around matches no character.
      return { openings: new Set(['']), end: close + 1 };
    } else if (source.startsWith('?<', inner)) inner = source.indexOf('>', inner) + 1;
    else if (source[inner] === '?') return undefined;
    const part = readSequence(source, inner, close);
    return part ? { openings: part, end: close + 1 } : undefined;
  }
  if (ch === '.') return { openings: new Set([ANY]), end: i + 1 };
  if (ch === ')' || ch === '|' || ch === '*' || ch === '+' || ch === '?') return undefined;
  // A literal: one code unit (the pattern has no `u` flag).
  return { openings: new Set([ch]), end: i + 1 };
}

const BRACES = /\{(\d+)(?:(,)(\d*))?\}/y;

/** `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}` (lazy or not); a `{` that is no quantifier is a literal. */
function readQuantifier(source: string, i: number): { min: number; max: number; end: number } {
  const ch = source[i];
  let min = 1;
  let max = 1;
  let end = i;
  if (ch === '?') [min, max, end] = [0, 1, i + 1];
  else if (ch === '*') [min, max, end] = [0, Number.POSITIVE_INFINITY, i + 1];
  else if (ch === '+') [min, max, end] = [1, Number.POSITIVE_INFINITY, i + 1];
  else if (ch === '{') {
    BRACES.lastIndex = i;
    const braces = BRACES.exec(source);
    if (braces) {
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Number.POSITIVE_INFINITY : Number(braces[3]);
      end = i + braces[0].length;
    }
  }
  if (end > i && source[end] === '?') end++;
  return { min, max, end };
}
