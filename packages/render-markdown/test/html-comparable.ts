import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';

type Parse5Node = DefaultTreeAdapterMap['childNode'];
type Parse5Element = DefaultTreeAdapterMap['element'];

/** A normalised HTML node: an element with its compared attributes, or text. */
export type HtmlShape = string | { tag: string; attrs: Record<string, string>; children: HtmlShape[] };
type ElementShape = Exclude<HtmlShape, string>;

/**
 * How the two HTML outputs are made comparable (the two-paths check):
 *
 * 1. Both are parsed with parse5; comments are dropped.
 * 2. Only the article content is compared: for `renderHtml`, the lead figure from `<header>`
 *    followed by the `<article>`'s other children, leaving out `<header>` (title, dek, byline,
 *    dates), `<footer>` (source) and `<aside>` (removed spans); for the Markdown, everything
 *    (it is rendered without title, dek, byline and attribution).
 * 3. render-html's wrappers become the Markdown conventions they stand for:
 *    `<figure>` with `<img>` and `<figcaption>caption <small>credit</small></figcaption>` →
 *    `<p><img></p><p><em>caption</em> (credit)</p>`; an embed card
 *    `<figure><p><a>fallback</a></p><figcaption>provider</figcaption></figure>` →
 *    `<p><a title="provider">fallback</a></p>`; a quote with its attribution
 *    `<figure><blockquote>…</blockquote><figcaption>— name</figcaption></figure>` →
 *    `<blockquote>…<p>— name</p></blockquote>`; `<span>` (the dateline) is unwrapped.
 * 4. On both sides: white space between blocks is dropped, the line feed commonmark writes
 *    after `<br />` is dropped, adjacent text is merged, list items always hold blocks (a
 *    tight item's text is put in a `<p>`), and only these attributes are kept: `href`,
 *    `title` on `a`; `src`, `alt`, `title` on `img`; `start` on `ol`. URLs are compared
 *    percent-decoded (commonmark percent-encodes them), web URLs as `new URL` writes them.
 */
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'hr', 'figure', 'figcaption', 'header', 'footer', 'aside', 'article', 'pre', 'div']);
const KEPT_ATTRIBUTES: Record<string, readonly string[]> = { a: ['href', 'title'], img: ['src', 'alt', 'title'], ol: ['start'] };
const URL_ATTRIBUTES = new Set(['href', 'src']);

/** Percent-decoded, and for absolute web URLs as the URL parser writes them (`https://x.com/`). */
function decodeUrl(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // Not valid percent-encoding: compare as written.
  }
  if (!/^https?:/i.test(decoded)) return decoded;
  try {
    return decodeURI(new URL(decoded).href);
  } catch {
    return decoded;
  }
}

function isElement(node: Parse5Node): node is Parse5Element {
  return 'tagName' in node;
}

function attribute(element: Parse5Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function hasClass(element: Parse5Element, suffix: string): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/).some((name) => name.endsWith(suffix));
}

function element(tag: string, children: HtmlShape[], attrs: Record<string, string> = {}): ElementShape {
  return { tag, attrs, children };
}

function textOf(shape: HtmlShape): string {
  return typeof shape === 'string' ? shape : shape.children.map(textOf).join('');
}

/** parse5 → shapes, with render-html's wrappers rewritten (rule 3). */
function convert(node: Parse5Node): HtmlShape[] {
  if (node.nodeName === '#text') return [(node as DefaultTreeAdapterMap['textNode']).value];
  if (!isElement(node)) return [];
  const tag = node.tagName;
  if (tag === 'span') return node.childNodes.flatMap(convert);
  if (tag === 'figure') return convertFigure(node);
  const attrs: Record<string, string> = {};
  for (const name of KEPT_ATTRIBUTES[tag] ?? []) {
    const value = attribute(node, name);
    if (value !== undefined) attrs[name] = URL_ATTRIBUTES.has(name) ? decodeUrl(value) : value;
  }
  return [element(tag, node.childNodes.flatMap(convert), attrs)];
}

function childElements(node: Parse5Element): Parse5Element[] {
  return node.childNodes.filter(isElement);
}

function convertFigure(node: Parse5Element): HtmlShape[] {
  const children = childElements(node);
  const caption = children.find((child) => child.tagName === 'figcaption');
  if (hasClass(node, 'embed')) {
    const body = children.find((child) => child.tagName === 'p');
    if (!body) return [];
    const [paragraph] = convert(body) as ElementShape[];
    const link = paragraph?.children.find((child): child is ElementShape => typeof child !== 'string' && child.tag === 'a');
    if (link && caption) link.attrs.title = textOf(element('x', convert(caption)));
    return paragraph ? [paragraph] : [];
  }
  const quote = children.find((child) => child.tagName === 'blockquote');
  if (quote) {
    const [converted] = convert(quote) as ElementShape[];
    if (converted && caption) converted.children.push(element('p', caption.childNodes.flatMap(convert)));
    return converted ? [converted] : [];
  }
  const out: HtmlShape[] = [];
  const image = children.find((child) => child.tagName === 'img');
  if (image) out.push(element('p', convert(image)));
  if (caption) {
    const credit = childElements(caption).find((child) => child.tagName === 'small');
    const captionNodes = caption.childNodes.filter((child) => child !== credit).flatMap(convert);
    const last = captionNodes[captionNodes.length - 1];
    if (credit && typeof last === 'string') captionNodes[captionNodes.length - 1] = last.replace(/ $/, '');
    const paragraph: HtmlShape[] = [];
    if (captionNodes.some((child) => textOf(child) !== '')) paragraph.push(element('em', captionNodes));
    if (credit) paragraph.push(`${paragraph.length > 0 ? ' ' : ''}(${textOf(element('x', convert(credit)))})`);
    out.push(element('p', paragraph));
  }
  return out;
}

/** Rule 4: white space between blocks, text after `<br>`, merged text, blocks in list items. */
function tidy(shapes: HtmlShape[], parentIsBlockContainer: boolean): HtmlShape[] {
  const out: HtmlShape[] = [];
  for (const shape of shapes) {
    if (typeof shape === 'string') {
      const previous = out[out.length - 1];
      let value = shape;
      if (typeof previous !== 'string' && previous?.tag === 'br') value = value.replace(/^\n/, '');
      if (typeof previous === 'string') out[out.length - 1] = previous + value;
      else if (value !== '') out.push(value);
      continue;
    }
    if (shape.tag === 'li') {
      // Inline runs first (a tight item's text), so the spaces inside them are kept.
      const item = blocksInItem({ ...shape, children: tidy(shape.children, false) });
      out.push({ ...item, children: item.children.filter((child) => typeof child !== 'string' || child.trim() !== '') });
      continue;
    }
    const container = BLOCK_TAGS.has(shape.tag) && shape.tag !== 'p' && !/^h[1-6]$/.test(shape.tag);
    out.push({ ...shape, children: tidy(shape.children, container) });
  }
  return parentIsBlockContainer ? out.filter((shape) => typeof shape !== 'string' || shape.trim() !== '') : out;
}

function isBlock(shape: HtmlShape): boolean {
  return typeof shape !== 'string' && BLOCK_TAGS.has(shape.tag);
}

function blocksInItem(item: ElementShape): ElementShape {
  const children: HtmlShape[] = [];
  let run: HtmlShape[] = [];
  // The line feeds commonmark writes around blocks in a tight item are not content.
  const flush = () => {
    const first = run[0];
    if (typeof first === 'string') run[0] = first.replace(/^[ \t\n]+/, '');
    const last = run[run.length - 1];
    if (typeof last === 'string') run[run.length - 1] = last.replace(/[ \t\n]+$/, '');
    const meaningful = run.some((shape) => typeof shape !== 'string' || shape !== '');
    if (meaningful) children.push(element('p', run.filter((shape) => shape !== '')));
    run = [];
  };
  for (const child of item.children) {
    if (isBlock(child)) {
      flush();
      children.push(child);
    } else run.push(child);
  }
  flush();
  return { ...item, children };
}

/** Serialise shapes as canonical HTML, for a readable comparison. */
export function serialise(shapes: readonly HtmlShape[]): string {
  const escapeHtml = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
  return shapes
    .map((shape) => {
      if (typeof shape === 'string') return escapeHtml(shape);
      const attrs = Object.keys(shape.attrs)
        .sort()
        .map((name) => ` ${name}="${escapeHtml(shape.attrs[name] as string)}"`)
        .join('');
      const open = `<${shape.tag}${attrs}>`;
      if (shape.tag === 'br' || shape.tag === 'hr' || shape.tag === 'img') return open;
      const inner = serialise(shape.children);
      return isBlock(shape) ? `${open}\n${inner}\n</${shape.tag}>\n` : `${open}${inner}</${shape.tag}>`;
    })
    .join('');
}

/** The compared content of commonmark's HTML: all of it. */
export function comparableFromCommonmarkHtml(html: string): string {
  return serialise(tidy(parseFragment(html).childNodes.flatMap(convert), true));
}

/** The compared content of render-html's fragment: the lead figure and the article body. */
export function comparableFromRenderHtml(html: string): string {
  const fragment = parseFragment(html);
  const article = fragment.childNodes.find((node): node is Parse5Element => isElement(node) && node.tagName === 'article');
  if (!article) throw new Error('render-html wrote no <article>');
  const shapes: HtmlShape[] = [];
  for (const child of article.childNodes) {
    if (!isElement(child)) {
      shapes.push(...convert(child));
      continue;
    }
    if (child.tagName === 'header') {
      const lead = childElements(child).find((node) => node.tagName === 'figure');
      if (lead) shapes.push(...convert(lead));
      continue;
    }
    if (child.tagName === 'footer' || child.tagName === 'aside') continue;
    shapes.push(...convert(child));
  }
  return serialise(tidy(shapes, true));
}
