import type { Heading } from '@copydesk/model/core';
import { element, NO_ATTRIBUTES } from '../html-tree.js';
import { detachBlock, detachTextBlock } from '../serialize.js';
import type { Handler } from '../state.js';

/**
 * `<h2>`…`<h6>`: the model depth plus `headingOffset`, never deeper than `h6`. Written at once,
 * as it holds only inline content.
 */
export const heading: Handler<Heading> = (node, state) => {
  const name = state.headingName(node.depth);
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (only?.type === 'text') return [detachTextBlock(name, only.value)];
  return [detachBlock(element(name, NO_ATTRIBUTES, state.all(node.children)))];
};
