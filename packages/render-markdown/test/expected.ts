import type { Article, Author, Block, Figure, Inline, ListItem, Source } from '@copydesk/model';
import { type ComparableBlock, type ComparableDocument, type ComparableInline, mergeText } from './comparable.js';

/**
 * What the Markdown of an article must parse back to, written from the conventions in the
 * README, independently of the renderer's code:
 *
 * - header (title as `heading`): title → depth-1 heading; dek → paragraph [emphasis];
 *   authors → paragraph `By A (role), B and C`, authors with a URL as links;
 * - lead image, then any figure → paragraph [image] when it has an allowed URL, then
 *   paragraph [emphasis(caption), text(' (credit)')] when it has a caption or credit;
 * - dateline (a final ` -` set as ` –`) → lead-in of the first paragraph of the body, wherever
 *   it is: [strong(label), text(separator + ' ')] (bold) or [text(dateline + ' ')] (plain),
 *   without the dateline if the paragraph still starts with it; its own paragraph before the
 *   body when the body has no paragraph;
 * - embed → paragraph [link(url, title: provider or else the URL's host name, [fallback])];
 * - blockquote attribution → last paragraph of the quote, `— attribution`;
 * - source → paragraphs `Source: [name](url)` and `Originally published by [publisher](url)`;
 * - removed spans (option) → `removed` blocks after everything;
 * - unrepresentable details: a link with a scheme outside http, https, mailto, tel, or an
 *   empty URL, is its text only; an image with a scheme outside http, https and
 *   `data:image/` is left out (its figure keeps caption and credit); line endings in inline code are
 *   spaces; empty inline code, emphasis and strong vanish; hard breaks at the edges of
 *   emphasis or strong move just outside it; hard breaks at the edges of a block vanish; U+0000 is U+FFFD; heading depths are raised by the offset, at most 6.
 */
export interface ExpectOptions {
  title?: 'heading' | 'front-matter';
  dateline?: 'bold' | 'plain';
  attribution?: boolean;
  removed?: 'omit' | 'comment';
  headingOffset?: number;
  softBreaksAsSpaces?: boolean;
}

const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned);
  return match ? (match[1] as string).toLowerCase() : undefined;
}

function allowed(url: string, use: 'link' | 'image'): boolean {
  const scheme = schemeOf(url);
  if (scheme === undefined) return true;
  if (use === 'link' ? SAFE_SCHEMES.includes(scheme) : scheme === 'http' || scheme === 'https') return true;
  return use === 'image' && scheme === 'data' && /^data:\s*image\//i.test(url.replace(/[\t\n\r]/g, '').trim());
}

function textNode(value: string, options: ExpectOptions): ComparableInline {
  let v = value.replaceAll('\0', '\uFFFD');
  if (options.softBreaksAsSpaces) v = v.replaceAll('\n', ' ');
  return { type: 'text', value: v };
}

function inline(node: Inline, options: ExpectOptions): ComparableInline[] {
  switch (node.type) {
    case 'text':
      return [textNode(node.value, options)];
    case 'emphasis':
    case 'strong': {
      // Hard breaks at the edges move just outside.
      const children = inlines(node.children, options);
      let start = 0;
      let end = children.length;
      while (start < end && children[start]?.type === 'break') start += 1;
      while (end > start && children[end - 1]?.type === 'break') end -= 1;
      const core = children.slice(start, end);
      return [...children.slice(0, start), ...(core.length > 0 ? [{ type: node.type, children: core }] : []), ...children.slice(end)];
    }
    case 'link': {
      const children = inlines(node.children, options);
      if (node.url.trim() === '' || !allowed(node.url, 'link')) return children;
      const link: ComparableInline = { type: 'link', url: node.url, children };
      if (node.title !== undefined) link.title = node.title;
      return [link];
    }
    case 'break':
      return [{ type: 'break' }];
    case 'code': {
      const value = node.value.replace(/\r\n|\r|\n/g, ' ');
      return value === '' ? [] : [{ type: 'code', value }];
    }
  }
}

function inlines(nodes: readonly Inline[], options: ExpectOptions): ComparableInline[] {
  return mergeText(nodes.flatMap((node) => inline(node, options)));
}

function trimBreaks(nodes: ComparableInline[]): ComparableInline[] {
  let start = 0;
  let end = nodes.length;
  while (start < end && nodes[start]?.type === 'break') start += 1;
  while (end > start && nodes[end - 1]?.type === 'break') end -= 1;
  return nodes.slice(start, end);
}

function paragraph(nodes: readonly Inline[], options: ExpectOptions): ComparableBlock[] {
  const children = trimBreaks(inlines(nodes, options));
  return children.length === 0 ? [] : [{ type: 'paragraph', children }];
}

function figureBlocks(node: Figure, options: ExpectOptions): ComparableBlock[] {
  const out: ComparableBlock[] = [];
  if (node.image && allowed(node.image.url, 'image')) {
    const image: ComparableInline = { type: 'image', url: node.image.url, alt: (node.image.alt ?? '').replaceAll('\0', '\uFFFD') };
    if (node.image.title !== undefined) image.title = node.image.title;
    out.push({ type: 'paragraph', children: [image] });
  }
  const caption: Inline[] = [];
  if (node.caption && node.caption.length > 0) caption.push({ type: 'emphasis', children: node.caption });
  if (node.credit) caption.push({ type: 'text', value: caption.length > 0 ? ` (${node.credit})` : `(${node.credit})` });
  out.push(...paragraph(caption, options));
  return out;
}

function hostName(url: string): string | undefined {
  if (!/^https?:/i.test(url)) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

function block(node: Block | ListItem, options: ExpectOptions): ComparableBlock[] {
  const offset = options.headingOffset ?? 0;
  switch (node.type) {
    case 'paragraph':
      return paragraph(node.children, options);
    case 'heading':
      return [{ type: 'heading', depth: Math.min(6, node.depth + offset), children: trimBreaks(inlines(node.children, options)) }];
    case 'blockquote': {
      const children = node.children.flatMap((child) => block(child, options));
      if (node.attribution) children.push(...paragraph([{ type: 'text', value: `— ${node.attribution}` }], options));
      return [{ type: 'blockquote', children }];
    }
    case 'list': {
      const list: ComparableBlock = {
        type: 'list',
        ordered: node.ordered,
        children: node.children.map((item) => item.children.flatMap((child) => block(child, options))),
      };
      if (node.ordered) list.start = node.start ?? 1;
      return [list];
    }
    case 'listItem':
      return node.children.flatMap((child) => block(child, options));
    case 'figure':
      return figureBlocks(node, options);
    case 'embed': {
      const link: Inline = { type: 'link', url: node.url, children: [{ type: 'text', value: node.fallback }] };
      const host = hostName(node.url);
      const title = node.provider?.trim() || host;
      if (title !== undefined) link.title = title;
      return paragraph([link], options);
    }
    case 'thematicBreak':
      return [{ type: 'thematicBreak' }];
  }
}

function bylineInlines(authors: readonly Author[]): Inline[] {
  const out: Inline[] = [{ type: 'text', value: 'By ' }];
  authors.forEach((author, index) => {
    if (index > 0) out.push({ type: 'text', value: index === authors.length - 1 ? ' and ' : ', ' });
    out.push(author.url ? { type: 'link', url: author.url, children: [{ type: 'text', value: author.name }] } : { type: 'text', value: author.name });
    if (author.role) out.push({ type: 'text', value: ` (${author.role})` });
  });
  return out;
}

function attribution(source: Source | undefined, options: ExpectOptions): ComparableBlock[] {
  if (!source) return [];
  const out: ComparableBlock[] = [];
  const part = (label: string | undefined, url: string | undefined): Inline | undefined =>
    url ? { type: 'link', url, children: [{ type: 'text', value: label ?? url }] } : label ? { type: 'text', value: label } : undefined;
  const found = part(source.name, source.url);
  if (found) out.push(...paragraph([{ type: 'text', value: 'Source: ' }, found], options));
  const original = part(source.originalPublisher, source.originalUrl);
  if (original) out.push(...paragraph([{ type: 'text', value: 'Originally published by ' }, original], options));
  return out;
}

/** The dateline label and separator: trailing dashes, colons or bars and the space before them. */
function splitDateline(value: string): [string, string] {
  const match = /^(.*?)(\s*[-–—:|]+)?$/s.exec(value) as RegExpExecArray;
  return [match[1] as string, match[2] ?? ''];
}

/**
 * The dateline lead-in: the text trimmed, a final spaced hyphen as an en dash, rebuilt as
 * `PLACE, date (agency) –` when there is no text; bold up to the separator, or plain.
 */
function datelineLeadIn(article: Article, options: ExpectOptions): Inline[] {
  const dateline = article.meta.dateline;
  if (!dateline) return [];
  let value = dateline.text.trim();
  if (value === '') {
    const parts = [dateline.place, dateline.date].filter((part): part is string => !!part?.trim());
    const agency = dateline.agency?.trim();
    value = parts.join(', ') + (agency ? `${parts.length > 0 ? ' ' : ''}(${agency})` : '');
    if (value === '') return [];
    value += ' –';
  } else if (value.endsWith(' -')) value = `${value.slice(0, -1)}–`;
  if (options.dateline === 'plain') return [{ type: 'text', value }];
  const [label, separator] = splitDateline(value);
  return label === '' ? [{ type: 'text', value }] : [{ type: 'strong', children: [{ type: 'text', value: label }] }, { type: 'text', value: separator }];
}

/** The comparable document the article's Markdown must parse to (front matter aside). */
export function expectedBlocks(article: Article, options: ExpectOptions = {}): ComparableDocument {
  const blocks: ComparableBlock[] = [];
  const { meta } = article;
  if ((options.title ?? 'heading') === 'heading') {
    if (meta.title) blocks.push({ type: 'heading', depth: Math.min(6, 1 + (options.headingOffset ?? 0)), children: [textNode(meta.title, options)] });
    if (meta.subtitle) blocks.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [textNode(meta.subtitle, options)] }] });
    if (meta.authors.length > 0) blocks.push(...paragraph(bylineInlines(meta.authors), options));
  }
  if (meta.leadImage) blocks.push(...figureBlocks(meta.leadImage, options));
  const body = article.children.map((child) => block(child, options));
  const leadIn = datelineLeadIn(article, options);
  const firstParagraph = article.children.findIndex((child) => child.type === 'paragraph');
  const first = article.children[firstParagraph];
  if (leadIn.length > 0) {
    if (first?.type === 'paragraph') {
      let rest = first.children;
      const prefix = meta.dateline?.text.trim() ?? '';
      const head = rest[0];
      if (prefix !== '' && head?.type === 'text' && head.value.startsWith(prefix)) {
        const remainder = head.value.slice(prefix.length).trimStart();
        rest = remainder === '' ? rest.slice(1) : [{ type: 'text', value: remainder }, ...rest.slice(1)];
      }
      const separator: Inline[] = rest.length > 0 ? [{ type: 'text', value: ' ' }] : [];
      body[firstParagraph] = paragraph([...leadIn, ...separator, ...rest], options);
    } else blocks.push(...paragraph(leadIn, options));
  }
  for (const entry of body) blocks.push(...entry);
  if (options.attribution ?? true) blocks.push(...attribution(meta.source, options));
  if (options.removed === 'comment') for (const span of article.removed) blocks.push({ type: 'removed', kind: span.kind, text: span.text, reason: span.reason });
  return { blocks };
}
