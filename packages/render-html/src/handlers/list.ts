import type { Block, List, ListItem } from '@copydesk/model';
import { type HtmlNode, h } from '../html-tree.js';
import type { Handler } from '../state.js';

/** `<ul>`, or `<ol>` with `start` when it is not 1. */
export const list: Handler<List> = (node, state) => {
  const start = node.ordered && node.start !== undefined && node.start !== 1 ? String(node.start) : undefined;
  return [h(node.ordered ? 'ol' : 'ul', { start }, state.all(node.children))];
};

/**
 * `<li>`. An item that is one paragraph (perhaps followed by nested lists) is written without
 * the `<p>`, as a tight list; an item of several blocks keeps them.
 */
export const listItem: Handler<ListItem> = (node, state) => {
  const [first, ...rest] = node.children;
  if (first?.type === 'paragraph' && !first.boilerplate && rest.every(isList)) {
    const children: HtmlNode[] = state.all(first.children);
    for (const nested of rest) children.push(...state.one(nested));
    return [h('li', {}, children)];
  }
  return [h('li', {}, state.all(node.children))];
};

function isList(block: Block): boolean {
  return block.type === 'list';
}
