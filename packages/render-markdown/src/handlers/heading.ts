import type { Heading } from '@copydesk/model/core';
import { BLOCK_EDGES, blockPhrasing, containerPhrasing } from '../container-phrasing.js';
import { ATX_HEADING_CONSTRUCTS, PARAGRAPH_CONSTRUCTS, type State } from '../state.js';

/**
 * A heading, its depth raised by `headingOffset` (at most 6): `## text`, or with
 * `headingStyle: 'setext'` and depth 1 or 2, the text underlined with `=` or `-`.
 */
export function heading(node: Heading, state: State): string {
  const depth = Math.min(6, node.depth + state.options.headingOffset);
  const children = blockPhrasing(node.children);
  const saved = state.constructs;
  if (state.options.headingStyle === 'setext' && depth <= 2 && children.length > 0) {
    state.constructs = PARAGRAPH_CONSTRUCTS;
    const content = containerPhrasing(children, state, BLOCK_EDGES);
    state.constructs = saved;
    if (content !== '') {
      const lastLine = content.slice(content.lastIndexOf('\n') + 1);
      const underline = (depth === 1 ? '=' : '-').repeat(Math.max(3, [...lastLine].length));
      return `${content}\n${underline}`;
    }
  }
  state.constructs = ATX_HEADING_CONSTRUCTS;
  const content = containerPhrasing(children, state, BLOCK_EDGES);
  state.constructs = saved;
  const hashes = '#'.repeat(depth);
  return content === '' ? hashes : `${hashes} ${content}`;
}
