import type { Article } from './article.js';
import type { Block, ListItem } from './block.js';
import type { Inline } from './inline.js';

/** Any node of the model tree. */
export type Node = Article | Block | ListItem | Inline;

/** A node that holds other nodes in `children`. */
export type Parent = Extract<Node, { children: unknown[] }>;

/** Every `type` string the tree can hold. */
export type NodeType = Node['type'];

/** The children of a node, or none. Figure captions are phrasing children of the figure. */
export function childrenOf(node: Node): readonly Node[] {
  if ('children' in node) return node.children as readonly Node[];
  if (node.type === 'figure') return node.caption ?? [];
  return [];
}
