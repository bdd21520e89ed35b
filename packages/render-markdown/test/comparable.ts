import type { Nodes as MdastNodes, Root as MdastRoot, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

/**
 * The structure both sides of the round trip are reduced to: mdast's block and inline nodes
 * without positions, list spread or bullet style, with adjacent text merged.
 *
 * "Same" means deep equality of these values:
 * - blocks: paragraph, heading (depth), blockquote, list (ordered, start for ordered lists,
 *   items as lists of blocks), thematic break, and `removed` (a removed-span comment, compared
 *   by kind, text and reason);
 * - inlines: text (value), emphasis, strong, link (url, title), image (url, alt, title),
 *   break, code (value);
 * - a `<br>` inline HTML node is a break (the only break an ATX heading can hold);
 * - with wrapping on, a line ending inside text is a space (wrapping turns spaces into line
 *   endings, which parsers keep as soft breaks).
 */
export type ComparableInline =
  | { type: 'text'; value: string }
  | { type: 'emphasis' | 'strong'; children: ComparableInline[] }
  | { type: 'link'; url: string; title?: string; children: ComparableInline[] }
  | { type: 'image'; url: string; alt: string; title?: string }
  | { type: 'break' }
  | { type: 'code'; value: string }
  | { type: 'html'; value: string };

export type ComparableBlock =
  | { type: 'paragraph'; children: ComparableInline[] }
  | { type: 'heading'; depth: number; children: ComparableInline[] }
  | { type: 'blockquote'; children: ComparableBlock[] }
  | { type: 'list'; ordered: boolean; start?: number; children: ComparableBlock[][] }
  | { type: 'thematicBreak' }
  | { type: 'removed'; kind: string; text: string; reason: string }
  | { type: 'html'; value: string };

export interface ComparableDocument {
  /** The YAML front matter's source, if any. */
  frontMatter?: string;
  blocks: ComparableBlock[];
}

export interface CompareOptions {
  gfm?: boolean;
  /** Line endings in text count as spaces (wrapped output). */
  softBreaksAsSpaces?: boolean;
}

/** Parse Markdown with micromark (CommonMark, or GFM) and front matter support. */
export function parseMarkdown(markdown: string, options: CompareOptions = {}): MdastRoot {
  return fromMarkdown(markdown, {
    extensions: options.gfm ? [frontmatter(['yaml']), gfm()] : [frontmatter(['yaml'])],
    mdastExtensions: options.gfm ? [frontmatterFromMarkdown(['yaml']), ...gfmWithoutTextTransforms()] : [frontmatterFromMarkdown(['yaml'])],
  });
}

/**
 * `mdast-util-gfm` without its tree transforms. Its autolink-literal transform searches the
 * *decoded* text for URLs and e-mail addresses after parsing, so `http\://x.com`, which GFM
 * and micromark's own tokenizer read as text, would still become a link there: no escape can
 * prevent it. The tokenizer's autolink literals (which honour escapes) are kept.
 */
function gfmWithoutTextTransforms() {
  return gfmFromMarkdown().map((extension) => ({ ...extension, transforms: [] }));
}

/** Merge adjacent text nodes and drop empty ones: equal content compares equal. */
export function mergeText(nodes: ComparableInline[]): ComparableInline[] {
  const out: ComparableInline[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && node.value === '') continue;
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + node.value };
    else out.push(node);
  }
  return out;
}

const REMOVED_COMMENT = /^<!-- removed ([a-z-]+): ("(?:[^"\\]|\\.)*") reason: ("(?:[^"\\]|\\.)*") -->$/;

function fromInline(node: MdastNodes, options: CompareOptions): ComparableInline[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: options.softBreaksAsSpaces ? node.value.replaceAll('\n', ' ') : node.value }];
    case 'emphasis':
    case 'strong':
      return [{ type: node.type, children: inlines(node.children, options) }];
    case 'link': {
      const link: ComparableInline = { type: 'link', url: node.url, children: inlines(node.children, options) };
      if (node.title !== null && node.title !== undefined) link.title = node.title;
      return [link];
    }
    case 'image': {
      const image: ComparableInline = { type: 'image', url: node.url, alt: node.alt ?? '' };
      if (node.title !== null && node.title !== undefined) image.title = node.title;
      return [image];
    }
    case 'break':
      return [{ type: 'break' }];
    case 'inlineCode':
      return [{ type: 'code', value: node.value }];
    case 'html':
      return node.value === '<br>' ? [{ type: 'break' }] : [{ type: 'html', value: node.value }];
    default:
      throw new Error(`unexpected inline node in parsed Markdown: ${node.type}`);
  }
}

function inlines(children: readonly MdastNodes[], options: CompareOptions): ComparableInline[] {
  return mergeText(children.flatMap((child) => fromInline(child, options)));
}

function fromBlock(node: RootContent, options: CompareOptions): ComparableBlock {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', children: inlines(node.children, options) };
    case 'heading':
      return { type: 'heading', depth: node.depth, children: inlines(node.children, options) };
    case 'blockquote':
      return { type: 'blockquote', children: node.children.map((child) => fromBlock(child, options)) };
    case 'list': {
      const list: ComparableBlock = {
        type: 'list',
        ordered: node.ordered === true,
        children: node.children.map((item) => item.children.map((child) => fromBlock(child, options))),
      };
      if (node.ordered) list.start = node.start ?? 1;
      return list;
    }
    case 'thematicBreak':
      return { type: 'thematicBreak' };
    case 'html': {
      const match = REMOVED_COMMENT.exec(node.value);
      if (match) {
        return { type: 'removed', kind: match[1] as string, text: JSON.parse(match[2] as string), reason: JSON.parse(match[3] as string) };
      }
      return { type: 'html', value: node.value };
    }
    default:
      throw new Error(`unexpected block node in parsed Markdown: ${node.type}`);
  }
}

/** Parse `markdown` and reduce it to the comparable structure. */
export function comparableFromMarkdown(markdown: string, options: CompareOptions = {}): ComparableDocument {
  const root = parseMarkdown(markdown, options);
  const document: ComparableDocument = { blocks: [] };
  root.children.forEach((child, index) => {
    if (child.type === 'yaml') {
      if (index !== 0) throw new Error('front matter that is not at the start');
      document.frontMatter = child.value;
      return;
    }
    document.blocks.push(fromBlock(child, options));
  });
  return document;
}
