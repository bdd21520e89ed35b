import type { Handlers } from '../state.js';
import { article } from './article.js';
import { blockquote } from './blockquote.js';
import { embed } from './embed.js';
import { figure } from './figure.js';
import { heading } from './heading.js';
import { link } from './link.js';
import { list, listItem } from './list.js';
import { paragraph } from './paragraph.js';
import { code, emphasis, lineBreak, strong, text } from './phrasing.js';
import { thematicBreak } from './thematic-break.js';

/** One handler per node type of the model; the `Handlers` type makes a missing one a compile error. */
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
