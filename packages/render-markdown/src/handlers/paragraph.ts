import type { Paragraph } from '@copydesk/model/core';
import { BLOCK_EDGES, blockPhrasing, containerPhrasing } from '../container-phrasing.js';
import { PARAGRAPH_CONSTRUCTS, type State } from '../state.js';
import { wrapParagraph } from '../wrap.js';

/** A paragraph: its phrasing, wrapped at `options.wrap` columns when asked. */
export function paragraph(node: Paragraph, state: State): string {
  const children = blockPhrasing(node.children);
  if (children.length === 0) return '';
  const width = state.options.wrap;
  const saved = state.constructs;
  state.constructs = PARAGRAPH_CONSTRUCTS;
  state.wrapping = width > 0;
  const content = containerPhrasing(children, state, BLOCK_EDGES);
  state.wrapping = false;
  state.constructs = saved;
  return width > 0 ? wrapParagraph(content, Math.max(1, width - state.indent)) : content;
}
