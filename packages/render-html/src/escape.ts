/**
 * Escaping by context, in one place: every string this package writes into HTML goes through
 * one of these functions (the serializer calls them; handlers never escape by hand).
 *
 * - Text: https://html.spec.whatwg.org/multipage/parsing.html#escapingString (and `<`, `>`
 *   as well, so text can never open a tag, whatever element it ends up in).
 * - Attribute values, always double-quoted:
 *   https://html.spec.whatwg.org/multipage/syntax.html#attributes-2
 * - URLs: https://url.spec.whatwg.org/#url-parsing (what a browser strips before it reads the
 *   scheme) and https://url.spec.whatwg.org/#url-code-points (what a valid URL may hold).
 */

/**
 * Code points that cannot appear in an HTML document, literally or as a character reference:
 * C0 controls other than tab, LF, FF and CR; DEL and the C1 controls; noncharacters; and lone
 * surrogates (which UTF-8 cannot encode).
 * https://html.spec.whatwg.org/multipage/parsing.html#preprocessing-the-input-stream
 */
function isForbiddenCodePoint(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
  if (code >= 0x7f && code <= 0x9f) return true;
  if (code >= 0xfdd0 && code <= 0xfdef) return true;
  return (code & 0xfffe) === 0xfffe;
}

/** Replaces what HTML cannot carry with U+FFFD, as a browser would show it; keeps everything else. */
const REPLACEMENT = '\ufffd';

/**
 * The characters that may need work in text: `&`, `<`, `>`, controls, DEL and C1, and
 * everything from U+D800 up (surrogates and the BMP noncharacters live there). A cheap test
 * that is allowed to say yes too often: it only picks the characters that {@link escapeFrom}
 * looks at, which decides exactly. A regular expression rather than a loop over `charCodeAt`:
 * V8 scans one character class in native code several times faster, and text is most of what
 * a page holds. Global, so that a search can start at `lastIndex`.
 */
const MAY_NEED_ESCAPING_IN_TEXT = /[\u0000-\u001f&<>\u007f-\u009f\ud800-\uffff]/g;

/** The same for attribute values, which also escape `"` and `'`. */
const MAY_NEED_ESCAPING_IN_ATTRIBUTE = /[\u0000-\u001f&<>"'\u007f-\u009f\ud800-\uffff]/g;

/** The index of the first character from `from` that `search` matches, or -1. */
function nextMayNeedEscaping(search: RegExp, value: string, from: number): number {
  // `test` on a global expression moves `lastIndex` past the match and allocates nothing.
  search.lastIndex = from;
  const found = search.test(value) ? search.lastIndex - 1 : -1;
  search.lastIndex = 0;
  return found;
}

/**
 * What each ASCII character is written as (by code), `undefined` for itself: the markup
 * characters as references, the forbidden controls as U+FFFD. `quotes` selects attribute
 * values, which also escape `"` and `'`. One lookup per character rather than a chain of
 * comparisons, whose branches for rare characters would be reached first long after the
 * code was optimised.
 */
function asciiReplacements(quotes: boolean): readonly (string | undefined)[] {
  const table: (string | undefined)[] = [];
  for (let code = 0; code < 0x80; code += 1) table.push(isForbiddenCodePoint(code) ? REPLACEMENT : undefined);
  table[0x26] = '&amp;';
  table[0x3c] = '&lt;';
  table[0x3e] = '&gt;';
  if (quotes) {
    table[0x22] = '&quot;';
    // Not needed inside double quotes; escaped so a value copied into another context stays inert.
    table[0x27] = '&#39;';
  }
  return table;
}

const TEXT_ASCII_REPLACEMENTS = asciiReplacements(false);
const ATTRIBUTE_ASCII_REPLACEMENTS = asciiReplacements(true);

/**
 * Escape `value` from index `start` on (nothing before it needs escaping, and `start` is a
 * character the search matched). Only the characters the search matches are looked at; runs
 * of untouched characters between them are copied as slices, so most text costs one scan and
 * a few concatenations. `quotes` selects attribute values.
 */
function escapeFrom(value: string, start: number, quotes: boolean): string {
  const ascii = quotes ? ATTRIBUTE_ASCII_REPLACEMENTS : TEXT_ASCII_REPLACEMENTS;
  const search = quotes ? MAY_NEED_ESCAPING_IN_ATTRIBUTE : MAY_NEED_ESCAPING_IN_TEXT;
  let out = '';
  let from = 0;
  for (let i = start; i >= 0; ) {
    const code = value.charCodeAt(i);
    let width = 1;
    let replacement: string | undefined;
    if (code < 0x80) {
      replacement = ascii[code];
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A well-formed pair: check the astral code point for noncharacters; either way both halves go together.
        width = 2;
        if (isForbiddenCodePoint((code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000)) replacement = REPLACEMENT;
      } else {
        replacement = REPLACEMENT;
      }
    } else if ((code >= 0xdc00 && code <= 0xdfff) || isForbiddenCodePoint(code)) {
      replacement = REPLACEMENT;
    }
    if (replacement !== undefined) {
      out += value.slice(from, i) + replacement;
      from = i + width;
    }
    i = nextMayNeedEscaping(search, value, i + width);
  }
  return from === 0 ? value : out + value.slice(from);
}

/**
 * Escape `value` for use as text content of an element.
 *
 * @example
 * escapeText('a < b & c') // 'a &lt; b &amp; c'
 */
export function escapeText(value: string): string {
  // Most text needs nothing: find the first character that might, and return the input as is if there is none.
  const start = nextMayNeedEscaping(MAY_NEED_ESCAPING_IN_TEXT, value, 0);
  return start < 0 ? value : escapeFrom(value, start, false);
}

/**
 * Escape `value` for use inside a double-quoted attribute value.
 *
 * @example
 * escapeAttribute('say "hi"') // 'say &quot;hi&quot;'
 */
export function escapeAttribute(value: string): string {
  const start = nextMayNeedEscaping(MAY_NEED_ESCAPING_IN_ATTRIBUTE, value, 0);
  return start < 0 ? value : escapeFrom(value, start, true);
}

/** A URL that passed {@link safeUrl}: the only kind of string an `href` or `src` accepts. */
export type SafeUrl = string & { readonly __safeUrl: true };

/** Where a URL is used: links (`href`) allow fewer schemes than images (`src`). */
export type UrlContext = 'href' | 'src';

export type SafeUrlResult = { ok: true; url: SafeUrl } | { ok: false; reason: string };

/** Schemes a link may use; anything else (javascript:, vbscript:, data:, file:…) is dropped. */
const LINK_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);
/** Schemes an image may use; `data:` only with an `image/*` media type (checked below). */
const IMAGE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'data']);

/**
 * Check `raw` against the allow-list of schemes for `context` and return it in the form a
 * valid document needs, or the reason it was refused.
 *
 * Normalised as a browser would before reading the scheme: C0 controls and spaces are stripped
 * at both ends and tabs and line breaks removed everywhere (so `java\tscript:`, ` javascript:`
 * and `\u0000javascript:` are all recognised). A colon before the first `/`, `?` or `#` makes
 * what precedes it a scheme, which must then be `http`, `https`, `mailto` or `tel` (any case),
 * or `data` with an `image/*` type for `src`; anything else there, valid scheme or not, is
 * refused. Other URLs are relative and allowed. Characters that a URL may not hold are then
 * percent-encoded, so the attribute is a valid URL.
 *
 * @example
 * safeUrl('JaVaScRiPt:alert(1)', 'href') // { ok: false, reason: 'the scheme "javascript:" is not allowed' }
 * safeUrl('https://example.com/a b', 'href') // { ok: true, url: 'https://example.com/a%20b' }
 */
export function safeUrl(raw: string, context: UrlContext): SafeUrlResult {
  const value = stripForScheme(raw);
  if (value === '') return { ok: false, reason: 'the URL is empty' };
  const schemeEnd = schemeLength(value);
  if (schemeEnd < 0) return { ok: true, url: encodeUrl(value, 0) as SafeUrl };
  const candidate = value.slice(0, schemeEnd);
  if (!isSchemeSyntax(candidate)) return { ok: false, reason: 'the URL starts with something that is not a scheme before its colon' };
  const scheme = candidate.toLowerCase();
  const allowed = context === 'href' ? LINK_SCHEMES : IMAGE_SCHEMES;
  if (!allowed.has(scheme)) return { ok: false, reason: `the scheme "${scheme}:" is not allowed in ${context}` };
  if (scheme === 'data' && !isImageDataUrl(value)) return { ok: false, reason: 'a data: URL is allowed only for images (data:image/…)' };
  if (scheme === 'http' || scheme === 'https') {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      return { ok: false, reason: 'the URL cannot be parsed' };
    }
    // The parser's own reading of the scheme must agree with ours.
    if (parsed.protocol !== `${scheme}:`) return { ok: false, reason: 'the URL cannot be parsed' };
    const authority = `${parsed.protocol}//${parsed.username === '' ? '' : `${parsed.username}${parsed.password === '' ? '' : `:${parsed.password}`}@`}${parsed.host}`;
    return { ok: true, url: (authority + encodeUrl(parsed.pathname + parsed.search + parsed.hash, 0)) as SafeUrl };
  }
  return { ok: true, url: (`${scheme}:` + encodeUrl(value.slice(schemeEnd + 1), 0)) as SafeUrl };
}

/** Strip C0 controls and spaces at both ends and ASCII tab/LF/CR everywhere, as the URL parser does. */
function stripForScheme(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && raw.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && raw.charCodeAt(end - 1) <= 0x20) end -= 1;
  let out = '';
  let from = start;
  for (let i = start; i < end; i += 1) {
    const code = raw.charCodeAt(i);
    if (code === 0x09 || code === 0x0a || code === 0x0d) {
      out += raw.slice(from, i);
      from = i + 1;
    }
  }
  return out + raw.slice(from, end);
}

/** Index of the colon that ends a scheme, or -1 when the URL is relative. */
function schemeLength(value: string): number {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code === 0x3a) return i; // :
    if (code === 0x2f || code === 0x3f || code === 0x23 || code === 0x5c) return -1; // / ? # \
  }
  return -1;
}

/** `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )` (RFC 3986 §3.1). */
function isSchemeSyntax(candidate: string): boolean {
  if (candidate.length === 0) return false;
  for (let i = 0; i < candidate.length; i += 1) {
    const code = candidate.charCodeAt(i) | 0x20;
    const letter = code >= 0x61 && code <= 0x7a;
    const other = candidate.charCodeAt(i);
    if (letter) continue;
    if (i > 0 && ((other >= 0x30 && other <= 0x39) || other === 0x2b || other === 0x2d || other === 0x2e)) continue;
    return false;
  }
  return true;
}

/** `data:image/<subtype>[;params],…`, compared without case. */
function isImageDataUrl(value: string): boolean {
  const rest = value.slice(5).toLowerCase();
  if (!rest.startsWith('image/')) return false;
  let i = 6;
  while (i < rest.length && isTokenChar(rest.charCodeAt(i))) i += 1;
  return i > 6 && (rest[i] === ';' || rest[i] === ',');
}

function isTokenChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e || code === 0x5f;
}

const HEX = '0123456789ABCDEF';
const utf8 = new TextEncoder();

/**
 * Percent-encode what is not a URL code point (https://url.spec.whatwg.org/#url-code-points),
 * a `%` that does not start an escape, and every `#` after the first. Non-ASCII text is encoded
 * as UTF-8; a lone surrogate becomes U+FFFD first.
 */
function encodeUrl(value: string, from: number): string {
  let out = '';
  let kept = from;
  let seenHash = false;
  for (let i = from; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code === 0x23 && !seenHash) {
      seenHash = true;
      continue;
    }
    if (code === 0x25 ? isHex(value.charCodeAt(i + 1)) && isHex(value.charCodeAt(i + 2)) : code < 0x80 && code !== 0x23 && isUrlCodePoint(code)) continue;
    // Copy the run of characters that needed nothing, then encode this one.
    out += value.slice(kept, i);
    let char = value[i] as string;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        char = value.slice(i, i + 2);
        i += 1;
      } else {
        char = '\ufffd';
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      char = '\ufffd';
    }
    out += percentEncode(char);
    kept = i + 1;
  }
  return kept === from ? value.slice(from) : out + value.slice(kept);
}

function percentEncode(char: string): string {
  let out = '';
  for (const byte of utf8.encode(char)) out += `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
  return out;
}

function isHex(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66);
}

/** ASCII alphanumerics and `!$&'()*+,-./:;=?@_~` (the ASCII URL code points). */
function isUrlCodePoint(code: number): boolean {
  if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) return true;
  switch (code) {
    case 0x21: case 0x24: case 0x26: case 0x27: case 0x28: case 0x29: case 0x2a: case 0x2b: case 0x2c:
    case 0x2d: case 0x2e: case 0x2f: case 0x3a: case 0x3b: case 0x3d: case 0x3f: case 0x40: case 0x5f: case 0x7e:
      return true;
    default:
      return false;
  }
}

/**
 * Make JSON from `serializeJsonLdForHtml` fit to sit in an HTML document: characters HTML
 * forbids (C1 controls, DEL, noncharacters such as U+FFFE), which `JSON.stringify` leaves as
 * they are, are written as `\uXXXX` escapes. They can only occur inside JSON strings, where the
 * escape means the same character, so the data is unchanged.
 *
 * @example
 * escapeJsonForHtml('{"a":"\u009b"}') // '{"a":"\\u009b"}'
 */
export function escapeJsonForHtml(json: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < json.length; i += 1) {
    const code = json.charCodeAt(i);
    // Printable ASCII, almost all of JSON, is always allowed.
    if (code >= 0x20 && code < 0x7f) continue;
    let width = 0;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = json.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        if (isForbiddenCodePoint((code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000)) width = 2;
        else i += 1;
      } else {
        width = 1;
      }
    } else if ((code >= 0xdc00 && code <= 0xdfff) || isForbiddenCodePoint(code)) {
      width = 1;
    }
    if (width === 0) continue;
    out += json.slice(from, i);
    for (let k = 0; k < width; k += 1) out += `\\u${json.charCodeAt(i + k).toString(16).padStart(4, '0')}`;
    from = i + width;
    i += width - 1;
  }
  return from === 0 ? json : out + json.slice(from);
}
