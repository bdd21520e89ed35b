import type { Heading } from '@copydesk/model';
import { h } from '../html-tree.js';
import type { Handler } from '../state.js';

/** `<h2>`…`<h6>`: the model depth plus `headingOffset`, never deeper than `h6`. */
export const heading: Handler<Heading> = (node, state) => [h(state.headingName(node.depth), {}, state.all(node.children))];
