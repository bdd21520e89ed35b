import { escapeAttribute, escapeText } from './escape.js';
import type { HtmlElement, HtmlNode } from './html-tree.js';

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
 * Write a tree as HTML. Text and attribute values are escaped here (see `escape.ts`); raw text
 * is checked so that it cannot end its element early.
 */
export function serialize(nodes: readonly HtmlNode[], options: SerializeOptions): string {
  const parts: string[] = [];
  for (const node of nodes) writeNode(node, parts, options.pretty ? 0 : -1, undefined);
  return parts.join('');
}

/** `depth` is the indentation level in pretty mode, -1 for compact output. */
function writeNode(node: HtmlNode, parts: string[], depth: number, parent: string | undefined): void {
  switch (node.type) {
    case 'text':
      parts.push(escapeText(node.value));
      return;
    case 'raw':
      parts.push(checkRawText(node.value, parent));
      return;
    case 'element':
      writeElement(node, parts, depth);
  }
}

function writeElement(element: HtmlElement, parts: string[], depth: number): void {
  const { name } = element;
  if (!isAttributeName(name)) throw new Error(`render-html: invalid element name ${JSON.stringify(name)}`);
  let open = `<${name}`;
  for (const key in element.attributes) {
    const value = element.attributes[key];
    if (value === undefined) continue;
    if (!isAttributeName(key)) throw new Error(`render-html: invalid attribute name ${JSON.stringify(key)}`);
    open += value === true ? ` ${key}` : ` ${key}="${escapeAttribute(value)}"`;
  }
  parts.push(`${open}>`);
  if (VOID_ELEMENTS.has(name)) {
    if (element.children.length > 0) throw new Error(`render-html: <${name}> cannot have children`);
    return;
  }
  const stacked = depth >= 0 && BLOCK_CONTAINERS.has(name) && element.children.length > 0 && element.children.every(isBlockLevel);
  if (stacked) {
    const indent = indentation(depth + 1);
    for (const child of element.children) {
      parts.push(indent);
      writeNode(child, parts, depth + 1, name);
    }
    parts.push(indentation(depth));
  } else {
    // Inline content keeps its white space exactly; nested blocks still indent relative to here.
    for (const child of element.children) writeNode(child, parts, depth < 0 ? -1 : depth, name);
  }
  parts.push(`</${name}>`);
}

const INDENTS: string[] = [];

/** A line break and two spaces per level, made once per level. */
function indentation(depth: number): string {
  let indent = INDENTS[depth];
  if (indent === undefined) {
    indent = `\n${'  '.repeat(depth)}`;
    INDENTS[depth] = indent;
  }
  return indent;
}

function isBlockLevel(node: HtmlNode): boolean {
  return node.type === 'element' && BLOCK_LEVEL.has(node.name);
}

/**
 * Raw text is only ever JSON from `serializeJsonLdForHtml` or the built-in stylesheet; refuse
 * it outright if it could close its element or open a comment, rather than trust every caller.
 */
function checkRawText(value: string, parent: string | undefined): string {
  if (parent === undefined || !RAW_TEXT_ELEMENTS.has(parent)) throw new Error('render-html: raw text is allowed only in <script> and <style>');
  const lower = value.toLowerCase();
  if (lower.includes(`</${parent}`) || lower.includes('<!--')) {
    throw new Error(`render-html: the content of <${parent}> contains "</${parent}" or "<!--"`);
  }
  return value;
}
