import type { Article } from './article.js';
import { MODEL_VERSION } from './version.js';
import type {
  Block,
  Blockquote,
  Embed,
  Figure,
  Heading,
  Image,
  List,
  ListItem,
  Paragraph,
  ThematicBreak,
} from './block.js';
import type { Break, Emphasis, Inline, InlineCode, Link, Strong, Text } from './inline.js';
import type { Meta } from './meta.js';

/** A child given to a builder: a node, or a string that becomes text. */
export type InlineInput = Inline | string;
export type BlockInput = Block | string;

/**
 * Normalise phrasing content: strings become text nodes, adjacent text nodes merge and empty
 * ones vanish, so that equal documents compare equal however they were built.
 */
export function inlines(children: readonly InlineInput[]): Inline[] {
  const out: Inline[] = [];
  for (const child of children) {
    const node: Inline = typeof child === 'string' ? { type: 'text', value: child } : child;
    if (node.type === 'text') {
      if (node.value === '') continue;
      const last = out[out.length - 1];
      if (last?.type === 'text') {
        const merged: Text = { type: 'text', value: last.value + node.value };
        if (last.position && node.position) merged.position = { start: last.position.start, end: node.position.end };
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push(node);
  }
  return out;
}

/** Strings given where blocks are expected become paragraphs. */
function blocks(children: readonly BlockInput[]): Block[] {
  return children.map((child) => (typeof child === 'string' ? paragraph(child) : child));
}

export const text = (value: string): Text => ({ type: 'text', value });
export const emphasis = (...children: InlineInput[]): Emphasis => ({ type: 'emphasis', children: inlines(children) });
export const strong = (...children: InlineInput[]): Strong => ({ type: 'strong', children: inlines(children) });
export const lineBreak = (): Break => ({ type: 'break' });
export const inlineCode = (value: string): InlineCode => ({ type: 'code', value });

export function link(url: string, children: InlineInput[] | string, title?: string): Link {
  const node: Link = { type: 'link', url, children: inlines(typeof children === 'string' ? [children] : children) };
  if (title !== undefined) node.title = title;
  return node;
}

/** `paragraph('a', strong('b'), 'c')` */
export const paragraph = (...children: InlineInput[]): Paragraph => ({ type: 'paragraph', children: inlines(children) });

export function heading(depth: Heading['depth'], ...children: InlineInput[]): Heading {
  return { type: 'heading', depth, children: inlines(children) };
}

export function blockquote(children: BlockInput[], attribution?: string): Blockquote {
  const node: Blockquote = { type: 'blockquote', children: blocks(children) };
  if (attribution !== undefined) node.attribution = attribution;
  return node;
}

export const listItem = (...children: BlockInput[]): ListItem => ({ type: 'listItem', children: blocks(children) });

/** Items given as strings or blocks become one-paragraph items. */
export function list(ordered: boolean, items: Array<ListItem | BlockInput>, start?: number): List {
  const node: List = {
    type: 'list',
    ordered,
    children: items.map((item) => (typeof item !== 'string' && item.type === 'listItem' ? item : listItem(item))),
  };
  if (start !== undefined) node.start = start;
  return node;
}

export interface FigureInput {
  image?: Image;
  caption?: InlineInput[] | string;
  credit?: string;
}

export function figure(input: FigureInput): Figure {
  const node: Figure = { type: 'figure' };
  if (input.image) node.image = input.image;
  if (input.caption !== undefined) {
    node.caption = inlines(typeof input.caption === 'string' ? [input.caption] : input.caption);
  }
  if (input.credit !== undefined) node.credit = input.credit;
  return node;
}

export function embed(url: string, fallback: string, provider?: string): Embed {
  const node: Embed = { type: 'embed', url, fallback };
  if (provider !== undefined) node.provider = provider;
  return node;
}

export const thematicBreak = (): ThematicBreak => ({ type: 'thematicBreak' });

export interface ArticleInput {
  meta?: Partial<Meta>;
  children?: BlockInput[];
  removed?: Article['removed'];
  diagnostics?: Article['diagnostics'];
}

/** An article of the current model version; missing parts are empty. */
export function article(input: ArticleInput = {}): Article {
  return {
    type: 'article',
    version: MODEL_VERSION,
    meta: { authors: [], tags: [], ...input.meta },
    children: blocks(input.children ?? []),
    removed: input.removed ?? [],
    diagnostics: input.diagnostics ?? [],
  };
}
