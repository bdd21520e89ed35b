import type { Article } from './article.js';
import type { Block, ListItem } from './block.js';
import type { Inline } from './inline.js';
import type { Node } from './node.js';

/**
 * The text a person reads, without markup. Inline content is concatenated (a break is a
 * newline); blocks are separated by a blank line; list items by a newline; a figure gives its
 * caption and credit; an article gives its body (not its title or metadata).
 *
 * @example
 * toPlainText(paragraph('a ', strong('b'))) // 'a b'
 */
export function toPlainText(node: Node | readonly Node[]): string {
  if (isNodeList(node)) return joinNodes(node);
  switch (node.type) {
    case 'text':
    case 'code':
      return node.value;
    case 'break':
      return '\n';
    case 'emphasis':
    case 'strong':
    case 'link':
    case 'paragraph':
    case 'heading':
      return inlineText(node.children);
    case 'figure':
      return [node.caption ? inlineText(node.caption) : '', node.credit ?? ''].filter(Boolean).join(' ');
    case 'embed':
      return node.fallback;
    case 'thematicBreak':
      return '';
    case 'blockquote':
      return [blockText(node.children), node.attribution ?? ''].filter(Boolean).join('\n\n');
    case 'list':
      return node.children.map((item) => blockText(item.children, '\n')).join('\n');
    case 'listItem':
      return blockText(node.children, '\n');
    case 'article':
      return blockText(node.children);
  }
}

function isNodeList(value: Node | readonly Node[]): value is readonly Node[] {
  return Array.isArray(value);
}

function inlineText(children: readonly Inline[]): string {
  let out = '';
  for (const child of children) out += toPlainText(child);
  return out;
}

function blockText(children: readonly (Block | ListItem)[], separator = '\n\n'): string {
  return children
    .map((child) => toPlainText(child))
    .filter((value) => value !== '')
    .join(separator);
}

function joinNodes(nodes: readonly Node[]): string {
  const isInline = nodes.every((n) => ['text', 'code', 'break', 'emphasis', 'strong', 'link'].includes(n.type));
  return isInline ? inlineText(nodes as readonly Inline[]) : blockText(nodes as readonly Block[]);
}

/** Helper used by readers and renderers: the plain text of an article's title and body. */
export function articleText(article: Article): string {
  return [article.meta.title ?? '', toPlainText(article)].filter(Boolean).join('\n\n');
}
