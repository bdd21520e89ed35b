import type { Heading } from '@copydesk/model/core';
import { element, NO_ATTRIBUTES } from '../html-tree.js';
import { detachBlock } from '../serialize.js';
import type { Handler } from '../state.js';

/**
 * `<h2>`…`<h6>`: the model depth plus `headingOffset`, never deeper than `h6`. Written at once,
 * as it holds only inline content.
 */
export const heading: Handler<Heading> = (node, state) => [detachBlock(element(state.headingName(node.depth), NO_ATTRIBUTES, state.all(node.children)))];
