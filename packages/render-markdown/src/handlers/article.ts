import type { Article, Block } from '@copydesk/model/core';
import { containerFlow } from '../container-flow.js';
import { attributionBlocks, headerBlocks, withDateline } from '../conventions.js';
import { frontMatter } from '../front-matter.js';
import { removedComment } from '../removed-comment.js';
import type { State } from '../state.js';

/**
 * The whole article: front matter (when asked), the header (title, dek, byline), the lead
 * image, the body with the dateline leading its first paragraph, the source attribution, and
 * the removed spans as HTML comments (when asked). Ends with a newline unless empty.
 */
export function article(node: Article, state: State): string {
  const { options } = state;
  // Appended rather than joined, as in `containerFlow`: the body stays a rope until it is read.
  let out = '';
  const append = (part: string): void => {
    if (part !== '') out = out === '' ? part : `${out}\n\n${part}`;
  };
  if (options.frontMatter) append(frontMatter(node.meta));
  const blocks: Block[] = [];
  if (options.title === 'heading') blocks.push(...headerBlocks(node));
  if (node.meta.leadImage) blocks.push(node.meta.leadImage);
  blocks.push(...withDateline(node.children, node.meta.dateline, options.dateline));
  if (options.attribution) blocks.push(...attributionBlocks(node.meta.source));
  append(containerFlow(blocks, state));
  if (options.removed === 'comment') for (const span of node.removed) append(removedComment(span));
  return out === '' ? '' : `${out}\n`;
}
