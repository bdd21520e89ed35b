import type { Block, List, ListItem } from '@copydesk/model/core';
import { element, NO_ATTRIBUTES } from '../html-tree.js';
import { detachBlock } from '../serialize.js';
import type { Handler } from '../state.js';

/** `<ul>`, or `<ol>` with `start` when it is not 1. */
export const list: Handler<List> = (node, state) => {
  const start = node.ordered && node.start !== undefined && node.start !== 1 ? String(node.start) : undefined;
  return [element(node.ordered ? 'ol' : 'ul', start === undefined ? NO_ATTRIBUTES : { start }, state.all(node.children))];
};

/**
 * `<li>`. An item that is one paragraph (perhaps followed by nested lists) is written without
 * the `<p>`, as a tight list; an item of several blocks keeps them. An item of inline content
 * alone, most of a long list, is written at once (see `detachBlock`).
 */
export const listItem: Handler<ListItem> = (node, state) => {
  const blocks = node.children;
  const first = blocks[0];
  if (first?.type === 'paragraph' && !first.boilerplate && allListsFrom(blocks, 1)) {
    const children = state.all(first.children);
    for (let index = 1; index < blocks.length; index += 1) for (const html of state.one(blocks[index] as Block)) children.push(html);
    return [detachBlock(element('li', NO_ATTRIBUTES, children))];
  }
  return [detachBlock(element('li', NO_ATTRIBUTES, state.all(blocks)))];
};

/** Whether every block from `start` on is a list. */
function allListsFrom(blocks: readonly Block[], start: number): boolean {
  for (let index = start; index < blocks.length; index += 1) if (blocks[index]?.type !== 'list') return false;
  return true;
}
