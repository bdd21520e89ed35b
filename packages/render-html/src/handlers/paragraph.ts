import type { Paragraph } from '@copydesk/model/core';
import { element, type HtmlElement, NO_ATTRIBUTES } from '../html-tree.js';
import { detachBlock, detachTextBlock } from '../serialize.js';
import type { Handler, RenderState } from '../state.js';

/** `<p>`, written at once: a paragraph holds only inline content, the same in pretty and compact mode. */
export const paragraph: Handler<Paragraph> = (node, state) => {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  // Most paragraphs are one text: written without building the element first.
  if (only?.type === 'text' && !node.boilerplate) return [detachTextBlock('p', only.value)];
  return [detachBlock(paragraphElement(node, state))];
};

/**
 * The `<p>` element of a paragraph, not yet written (the article body puts the dateline into
 * the first one). A paragraph kept in the body although it was recognised as boilerplate
 * carries its kind and reason, so a page can style or drop it.
 */
export function paragraphElement(node: Paragraph, state: RenderState): HtmlElement {
  const attributes = node.boilerplate
    ? { class: state.className('boilerplate'), 'data-kind': node.boilerplate.kind, 'data-reason': node.boilerplate.reason }
    : NO_ATTRIBUTES;
  return element('p', attributes, state.all(node.children));
}
