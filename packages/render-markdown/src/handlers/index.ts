import type { Node, NodeType } from '@copydesk/model/core';
import type { State } from '../state.js';
import { article } from './article.js';
import { blockquote } from './blockquote.js';
import { lineBreak } from './break.js';
import { code } from './code.js';
import { embed } from './embed.js';
import { emphasis } from './emphasis.js';
import { figure } from './figure.js';
import { heading } from './heading.js';
import { link } from './link.js';
import { list } from './list.js';
import { listItem } from './list-item.js';
import { paragraph } from './paragraph.js';
import { strong } from './strong.js';
import { text } from './text.js';
import { thematicBreak } from './thematic-break.js';

/** A handler writes one node type. */
export type Handler<T extends Node> = (node: T, state: State) => string;

/** One handler per node type of the model: a type without one does not compile. */
export type Handlers = { readonly [K in NodeType]: Handler<Extract<Node, { type: K }>> };

export const handlers: Handlers = {
  article,
  paragraph,
  heading,
  blockquote,
  list,
  listItem,
  figure,
  embed,
  thematicBreak,
  text,
  emphasis,
  strong,
  link,
  break: lineBreak,
  code,
};

/**
 * The handlers by type, in a map: a lookup on the object itself would find `toString` or
 * `constructor` on its prototype for a node of that type, and call it.
 */
const HANDLERS = new Map<string, Handler<Node>>(Object.entries(handlers) as Array<[string, Handler<Node>]>);

/** Dispatch `node` to its handler; a node type the model does not know fails loudly. */
export function handle(node: Node, state: State): string {
  const handler = HANDLERS.get(node.type);
  if (!handler) throw new TypeError(`renderMarkdown: unknown node type "${String((node as { type: unknown }).type)}"`);
  return handler(node, state);
}
