import type { Article, Block } from '@copydesk/model/core';
import { renderDateline, withoutDateline } from '../article/dateline.js';
import { renderHeader } from '../article/header.js';
import { renderRemovedSpans } from '../article/removed-spans.js';
import { renderSourceFooter } from '../article/source-footer.js';
import { element, type HtmlElement, type HtmlNode, h } from '../html-tree.js';
import { detachBlock } from '../serialize.js';
import type { Handler, RenderState } from '../state.js';
import { paragraphElement } from './paragraph.js';

/**
 * The whole article: `<article>` with the header, the body (the dateline leading into the
 * first paragraph), the source footer and, when asked for, the removed spans.
 */
export const article: Handler<Article> = (node, state) => {
  const children: HtmlNode[] = [];
  const header = renderHeader(node.meta, state);
  if (header) children.push(header);
  children.push(...renderBody(node.children, state));
  const footer = renderSourceFooter(node.meta.source, state);
  if (footer) children.push(footer);
  const removed = renderRemovedSpans(node.removed, state);
  if (removed) children.push(removed);
  // In a full document the language is on <html>; a fragment carries its own.
  const lang = state.options.standalone ? undefined : state.language;
  return [element('article', { class: state.className('article'), lang }, children)];
};

function renderBody(blocks: readonly Block[], state: RenderState): HtmlNode[] {
  const dateline = state.article.meta.dateline;
  const leadIn = dateline ? renderDateline(dateline, state) : undefined;
  if (!dateline || !leadIn) return state.all(blocks);
  const first = blocks.findIndex((block) => block.type === 'paragraph');
  if (first < 0) {
    // No paragraph to lead into: the dateline stands alone before the body.
    return [h('p', {}, leadIn), ...state.all(blocks)];
  }
  const out: HtmlNode[] = state.all(blocks.slice(0, first));
  const paragraph = blocks[first];
  if (paragraph?.type === 'paragraph') {
    const p = paragraphElement(withoutDateline(paragraph, dateline), state);
    prependLeadIn(p, leadIn);
    out.push(detachBlock(p));
  }
  out.push(...state.all(blocks.slice(first + 1)));
  return out;
}

function prependLeadIn(paragraph: HtmlElement, leadIn: HtmlElement): void {
  if (paragraph.children.length === 0) paragraph.children.push(leadIn);
  else paragraph.children.unshift(leadIn, { type: 'text', value: ' ' });
}
