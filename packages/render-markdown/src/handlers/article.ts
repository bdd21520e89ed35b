import type { Article, Block } from '@copydesk/model';
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
  const parts: string[] = [];
  if (options.frontMatter) {
    const yaml = frontMatter(node.meta);
    if (yaml !== '') parts.push(yaml);
  }
  const blocks: Block[] = [];
  if (options.title === 'heading') blocks.push(...headerBlocks(node));
  if (node.meta.leadImage) blocks.push(node.meta.leadImage);
  blocks.push(...withDateline(node.children, node.meta.dateline, options.dateline));
  if (options.attribution) blocks.push(...attributionBlocks(node.meta.source));
  const body = containerFlow(blocks, state);
  if (body !== '') parts.push(body);
  if (options.removed === 'comment') for (const span of node.removed) parts.push(removedComment(span));
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}
