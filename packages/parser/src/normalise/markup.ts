/**
 * How a stray tag affects the text around it once removed:
 * - `inline`: nothing (`<span>`, `</a>`, `<strong>`);
 * - `cell`: a space between two words (`</td><td>`);
 * - `line`: a line break between two pieces of text (`<br>`, `<li>`);
 * - `paragraph`: a blank line between two pieces of text (`</p><p>`, `<div>`, `<h2>`).
 * A tag with no text on one side of it on its line simply disappears.
 */
export type TagEffect = 'inline' | 'cell' | 'line' | 'paragraph';

/** A stray HTML tag or comment found in text. */
export interface TagMatch {
  /** Offset just past the closing `>`. */
  end: number;
  /** Lowercase element name; `!--` for a comment. */
  name: string;
  effect: TagEffect;
}

const BLOCK_ELEMENTS = [
  'address', 'article', 'aside', 'blockquote', 'center', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'ul', 'details', 'summary', 'caption', 'html', 'body', 'head',
];
const LINE_ELEMENTS = ['br', 'li', 'dt', 'dd', 'tr', 'thead', 'tbody', 'tfoot', 'option'];
const CELL_ELEMENTS = ['td', 'th'];
const INLINE_ELEMENTS = [
  'a', 'abbr', 'area', 'audio', 'b', 'base', 'bdi', 'bdo', 'big', 'button', 'canvas', 'cite', 'code', 'col',
  'colgroup', 'data', 'datalist', 'del', 'dfn', 'em', 'embed', 'font', 'i', 'iframe', 'img', 'input', 'ins', 'kbd',
  'label', 'legend', 'link', 'map', 'mark', 'menu', 'meta', 'meter', 'nobr', 'noscript', 'object', 'optgroup',
  'output', 'param', 'picture', 'progress', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'script', 'search', 'select',
  'slot', 'small', 'source', 'span', 'strike', 'strong', 'style', 'sub', 'sup', 'svg', 'template', 'textarea',
  'time', 'title', 'track', 'tt', 'u', 'var', 'video', 'wbr',
];

/**
 * Element names that are also ordinary words writers put in angle brackets as placeholders
 * (`<name>`, `<source>`, `<title>`): a bare opening tag of these counts as markup only with
 * attributes or a closing slash.
 */
const PLACEHOLDER_LIKE = new Set([
  'data', 'label', 'input', 'output', 'option', 'select', 'source', 'template', 'time', 'title', 'map', 'menu',
  'mark', 'object', 'form', 'var', 'search', 'progress', 'track', 'summary', 'details', 'dialog', 'meter', 'slot',
  'main', 'head', 'body', 'caption', 'picture', 'area', 'base', 'link', 'meta', 'param', 'code', 'del', 'ins',
]);

const EFFECTS: ReadonlyMap<string, TagEffect> = new Map<string, TagEffect>([
  ...BLOCK_ELEMENTS.map((name): [string, TagEffect] => [name, 'paragraph']),
  ...LINE_ELEMENTS.map((name): [string, TagEffect] => [name, 'line']),
  ...CELL_ELEMENTS.map((name): [string, TagEffect] => [name, 'cell']),
  ...INLINE_ELEMENTS.map((name): [string, TagEffect] => [name, 'inline']),
]);

/** Longest element name in the tables: names longer than this are not looked up. */
const MAX_NAME_LENGTH = 10;

/**
 * Finds stray tags: tag-shaped runs of a known HTML element name (`</span>`, `<br/>`,
 * `<a href="…">`) or a comment (`<!-- … -->`), all on one line. `<3`, `a < b > c`, `<IBM>`,
 * `<joe@example.com>` are not tags. Wire copy puts tickers and company names in angle brackets:
 * so an all-uppercase opening tag without attributes is taken for a ticker (`FORD <F>`, `<BR>`
 * for Burlington Resources), a mixed-case name for a company (`<Mark Resources Inc>`), and
 * attributes must have a value or be bare lowercase words (`<TIME INC>` is a name);
 * `</B>` and `<P ALIGN=center>` are markup.
 *
 * Every scan stops at the next `<` or line end, so the scans of successive `<` cover disjoint
 * stretches and the whole pass stays linear; a failed comment search remembers how far it got.
 */
export class TagReader {
  /** No `-->` before this offset on the current line (a comment search from earlier failed). */
  private commentSearchFailedUntil = -1;

  readAt(text: string, lessThan: number): TagMatch | undefined {
    let i = lessThan + 1;
    const first = text.charCodeAt(i);
    if (first === 0x21 /* ! */) return this.readComment(text, lessThan);
    const closing = first === 0x2f; /* / */
    if (closing) i++;
    const nameStart = i;
    let hasLower = false;
    let hasUpper = false;
    while (i < text.length && i - nameStart <= MAX_NAME_LENGTH) {
      const c = text.charCodeAt(i);
      if (c >= 0x61 && c <= 0x7a) hasLower = true;
      else if (c >= 0x41 && c <= 0x5a) hasUpper = true;
      else if (!(c >= 0x30 && c <= 0x39 && i > nameStart)) break;
      i++;
    }
    if (i === nameStart || i - nameStart > MAX_NAME_LENGTH) return undefined;
    // Markup is written in lower or upper case; `<Mark Resources Inc>` is a company in wire copy.
    if (hasLower && hasUpper) return undefined;
    const name = text.slice(nameStart, i).toLowerCase();
    const effect = EFFECTS.get(name);
    if (effect === undefined) return undefined;
    const after = text.charCodeAt(i);
    if (!(after === 0x3e || after === 0x2f || after === 0x20 || after === 0x09)) return undefined;
    const end = findTagEnd(text, i);
    if (end < 0) return undefined;
    // What stands between the name and `>`: attributes, or just a self-closing slash.
    let hasAttributes = false;
    let selfClosing = false;
    let hasValue = false;
    let onlyLowercase = true;
    for (let k = i; k < end - 1; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x2f && !hasAttributes) selfClosing = true;
      else if (c !== 0x20 && c !== 0x09) {
        hasAttributes = true;
        if (c === 0x3d) hasValue = true;
        else if (!((c >= 0x61 && c <= 0x7a) || c === 0x2d)) onlyLowercase = false;
      }
    }
    if (!closing) {
      if (!hasAttributes && !hasLower) return undefined; // `<F>`, `<IBM>`: a ticker, not a tag
      if (!hasAttributes && !selfClosing && PLACEHOLDER_LIKE.has(name)) return undefined;
      // Attributes have values (`href="…"`) or are bare lowercase words (`hidden`); `<TIME INC>` is a name.
      if (hasAttributes && !hasValue && !onlyLowercase) return undefined;
    }
    return { end, name, effect };
  }

  private readComment(text: string, lessThan: number): TagMatch | undefined {
    if (text.charCodeAt(lessThan + 2) !== 0x2d || text.charCodeAt(lessThan + 3) !== 0x2d) return undefined;
    if (lessThan < this.commentSearchFailedUntil) return undefined;
    for (let k = lessThan + 4; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x0a || c === 0x0d) {
        this.commentSearchFailedUntil = k;
        return undefined;
      }
      if (c === 0x3e && text.charCodeAt(k - 1) === 0x2d && text.charCodeAt(k - 2) === 0x2d && k - 2 >= lessThan + 4) {
        return { end: k + 1, name: '!--', effect: 'inline' };
      }
    }
    this.commentSearchFailedUntil = text.length;
    return undefined;
  }
}

/**
 * Offset just past the `>` that closes a tag whose attributes start at `from`, or -1 when a
 * `<`, a line end or the end of text comes first. A `>` inside a quoted attribute value does
 * not close the tag.
 */
function findTagEnd(text: string, from: number): number {
  let quote = 0;
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3c || c === 0x0a || c === 0x0d) return -1;
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x3e) {
      return k + 1;
    }
  }
  return -1;
}
