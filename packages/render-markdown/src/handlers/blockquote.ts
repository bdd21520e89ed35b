import type { Block, Blockquote } from '@copydesk/model/core';
import { containerFlow } from '../container-flow.js';
import type { State } from '../state.js';

/** Prefix every line with `> ` (a bare `>` on blank lines). */
function quoteLines(content: string): string {
  if (content === '') return '>';
  return content
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/**
 * A block quote. Its attribution is the quote's last paragraph, `— Name, role` (an em dash
 * and a space before the attribution text).
 */
export function blockquote(node: Blockquote, state: State): string {
  const children: Block[] = [...node.children];
  if (node.attribution !== undefined && node.attribution !== '') {
    children.push({ type: 'paragraph', children: [{ type: 'text', value: `— ${node.attribution}` }] });
  }
  state.indent += 2;
  const content = containerFlow(children, state);
  state.indent -= 2;
  return quoteLines(content);
}
