import { escapeAttribute, escapeText } from './escape.js';
import { type HtmlElement, type HtmlMarkup, type HtmlNode, type Markup, NO_ATTRIBUTES } from './html-tree.js';

/** https://html.spec.whatwg.org/multipage/syntax.html#void-elements (those this package writes). */
const VOID_ELEMENTS: ReadonlySet<string> = new Set(['br', 'hr', 'img', 'link', 'meta']);

/**
 * Elements whose children may each go on a line of their own: white space between their child
 * elements is not rendered, so pretty output looks the same as compact output in a browser.
 */
const BLOCK_CONTAINERS: ReadonlySet<string> = new Set([
  'html', 'head', 'body', 'main', 'article', 'header', 'footer', 'aside', 'section', 'figure', 'blockquote', 'ul', 'ol', 'li', 'div',
]);

/** Elements that may stand on a line of their own inside a block container. */
const BLOCK_LEVEL: ReadonlySet<string> = new Set([
  ...BLOCK_CONTAINERS, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'figcaption', 'img', 'title', 'meta', 'link', 'style', 'script',
]);

/** What may close an element whose text is written raw (`</script`, `</style`) or start a comment there. */
const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style']);

export interface SerializeOptions {
  /** Put block-level children on their own indented lines. */
  pretty: boolean;
}

/** Attribute names this package writes: lower-case letters, digits, `-` and `:`. */
function isAttributeName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i += 1) {
    const code = name.charCodeAt(i);
    const ok = (code >= 0x61 && code <= 0x7a) || (i > 0 && ((code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a));
    if (!ok) return false;
  }
  return true;
}

/**
 * Attribute names already checked by {@link isAttributeName}. Handlers use a few dozen
 * attribute names, so each is checked once per process rather than once per element.
 */
const CHECKED_NAMES = new Set<string>();

/** Keeps {@link CHECKED_NAMES} and {@link TAGS} small even if a caller makes up names without end. */
const MAX_CHECKED_NAMES = 256;

function checkName(name: string, what: 'element' | 'attribute'): void {
  if (CHECKED_NAMES.has(name)) return;
  if (!isAttributeName(name)) throw new Error(`render-html: invalid ${what} name ${JSON.stringify(name)}`);
  if (CHECKED_NAMES.size >= MAX_CHECKED_NAMES) CHECKED_NAMES.clear();
  CHECKED_NAMES.add(name);
}

/**
 * The tags of an element without attributes, the start of its start tag for one with them, and
 * what the serializer needs to know of its name, looked up once per name rather than in two
 * more sets per element.
 */
interface Tags {
  /** `<p`, to be followed by attributes and `>`. */
  readonly open: string;
  /** `<p>`. */
  readonly start: string;
  /** `</p>`. */
  readonly end: string;
  /** In {@link VOID_ELEMENTS}: no end tag and no children. */
  readonly isVoid: boolean;
  /** In {@link BLOCK_CONTAINERS}. */
  readonly isBlockContainer: boolean;
  /** In {@link BLOCK_LEVEL}. */
  readonly isBlockLevel: boolean;
}

/**
 * Tags by element name, made once the name is checked: a page has thousands of elements of a
 * dozen kinds, and building `</li>` for each is garbage a long list has to collect.
 */
const TAGS = new Map<string, Tags>();

function tagsOf(name: string): Tags {
  let tags = TAGS.get(name);
  if (tags === undefined) {
    checkName(name, 'element');
    tags = {
      open: `<${name}`,
      start: `<${name}>`,
      end: `</${name}>`,
      isVoid: VOID_ELEMENTS.has(name),
      isBlockContainer: BLOCK_CONTAINERS.has(name),
      isBlockLevel: BLOCK_LEVEL.has(name),
    };
    if (TAGS.size >= MAX_CHECKED_NAMES) TAGS.clear();
    TAGS.set(name, tags);
  }
  return tags;
}

/**
 * Write a tree as HTML. Text and attribute values are escaped here (see `escape.ts`); raw text
 * is checked so that it cannot end its element early.
 */
export function serialize(nodes: readonly HtmlNode[], options: SerializeOptions): string {
  // Appending to one string (which V8 keeps as a rope until it is read) is cheaper than
  // collecting parts in an array and joining them.
  let out = '';
  for (const node of nodes) out = writeNode(node, out, options.pretty ? 0 : -1, undefined);
  return out;
}

/** `out` with `node` appended; `depth` is the indentation level in pretty mode, -1 for compact output. */
function writeNode(node: HtmlNode, out: string, depth: number, parent: string | undefined): string {
  switch (node.type) {
    case 'text':
      return out + escapeText(node.value);
    case 'raw':
      return out + checkRawText(node.value, parent);
    case 'element':
      return writeElement(node, out, depth);
    case 'markup':
      return out + node.start + node.text + node.end;
  }
}

/**
 * `element` written now, as one {@link HtmlMarkup} node that {@link serialize} copies as it
 * would have written the element, when that gives the same HTML in compact and pretty mode: a
 * block-level element (so it may still stand on a line of its own) with no block container
 * under it whose children would go on lines of their own, as in a paragraph, a heading or a
 * list item of inline content. Anything else is returned as it is, to be written with the page.
 *
 * The nodes under it become garbage at once instead of living with the whole tree until the
 * page is written: a long article is tens of thousands of such blocks, and a tree that
 * outlives young-generation collections makes each block cost more the longer the article.
 */
export function detachBlock(element: HtmlElement): HtmlNode {
  const tags = tagsOf(element.name);
  if (!tags.isBlockLevel) return element;
  const { children } = element;
  const only = children.length === 1 ? children[0] : undefined;
  // One text is written the same everywhere (a void element with a child goes the general way, which refuses it).
  if (only?.type === 'text' && !tags.isVoid) return markup(writeStartTag(element, tags, ''), escapeText(only.value), tags.end);
  if (!isLayoutFree(element)) return element;
  return markup(writeElement(element, '', -1), '', '');
}

/**
 * The block {@link detachBlock} makes of `element(name, NO_ATTRIBUTES, [text(value)])`, made
 * without that element, its child array and its text node: most blocks of an article are a
 * paragraph (or heading, or list item) of one text, and their handlers come here directly.
 * `name` must be a block-level element that is not void, as those handlers' are.
 */
export function detachTextBlock(name: string, value: string): HtmlMarkup {
  const tags = tagsOf(name);
  return markup(tags.start, escapeText(value), tags.end);
}

function markup(start: string, text: string, end: string): HtmlMarkup {
  return { type: 'markup', start: start as Markup, text: text as Markup, end: end as Markup };
}

/** Whether `node` is written the same at every depth in pretty mode as in compact mode. */
function isLayoutFree(node: HtmlNode): boolean {
  if (node.type !== 'element') return true;
  const { children } = node;
  if (children.length > 0 && BLOCK_CONTAINERS.has(node.name) && allBlockLevel(children)) return false;
  for (const child of children) if (!isLayoutFree(child)) return false;
  return true;
}

function writeElement(element: HtmlElement, out: string, depth: number): string {
  const { name, children } = element;
  const tags = tagsOf(name);
  out = writeStartTag(element, tags, out);
  if (tags.isVoid) {
    if (children.length > 0) throw new Error(`render-html: <${name}> cannot have children`);
    return out;
  }
  if (depth >= 0 && children.length > 0 && tags.isBlockContainer && allBlockLevel(children)) {
    const indent = indentation(depth + 1);
    for (const child of children) out = writeNode(child, out + indent, depth + 1, name);
    out += indentation(depth);
  } else {
    // Inline content keeps its white space exactly; nested blocks still indent relative to here.
    for (const child of children) out = writeNode(child, out, depth < 0 ? -1 : depth, name);
  }
  return out + tags.end;
}

/** `out` with the start tag of `element` appended. */
function writeStartTag(element: HtmlElement, tags: Tags, out: string): string {
  const { attributes } = element;
  // Most elements share the empty attributes; enumerating even an empty object costs more than this check.
  if (attributes === NO_ATTRIBUTES) return out + tags.start;
  let written = '';
  for (const key in attributes) {
    const value = attributes[key];
    if (value === undefined) continue;
    checkName(key, 'attribute');
    written += value === true ? ` ${key}` : ` ${key}="${escapeAttribute(value)}"`;
  }
  return out + (written === '' ? tags.start : `${tags.open}${written}>`);
}

/**
 * A line break and two spaces per level, for the levels pages reach made up front: making one
 * the first time it comes up, after the serializer is optimised, would throw that code away
 * (as would reading past the end of the array, hence the length check below).
 */
const INDENTS: string[] = Array.from({ length: 16 }, (_, depth) => `\n${'  '.repeat(depth)}`);

/** A line break and two spaces per level, made once per level. */
function indentation(depth: number): string {
  let indent = depth < INDENTS.length ? INDENTS[depth] : undefined;
  if (indent === undefined) {
    indent = `\n${'  '.repeat(depth)}`;
    INDENTS[depth] = indent;
  }
  return indent;
}

function allBlockLevel(nodes: readonly HtmlNode[]): boolean {
  for (const node of nodes) {
    if (node.type === 'markup') continue;
    if (node.type !== 'element' || !BLOCK_LEVEL.has(node.name)) return false;
  }
  return true;
}

/**
 * Raw text is only ever JSON from `serializeJsonLdForHtml` or the built-in stylesheet; refuse
 * it outright if it could close its element or open a comment, rather than trust every caller.
 * Only the text after each `<` is compared (without case), so the whole stylesheet is not
 * lower-cased on every render.
 */
function checkRawText(value: string, parent: string | undefined): string {
  if (parent === undefined || !RAW_TEXT_ELEMENTS.has(parent)) throw new Error('render-html: raw text is allowed only in <script> and <style>');
  const closing = `</${parent}`;
  for (let at = value.indexOf('<'); at >= 0; at = value.indexOf('<', at + 1)) {
    if (value.startsWith('<!--', at) || value.slice(at, at + closing.length).toLowerCase() === closing) {
      throw new Error(`render-html: the content of <${parent}> contains "</${parent}" or "<!--"`);
    }
  }
  return value;
}
