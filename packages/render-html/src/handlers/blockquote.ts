import type { Blockquote } from '@copydesk/model/core';
import { element, h, NO_ATTRIBUTES } from '../html-tree.js';
import type { Handler } from '../state.js';

/**
 * `<blockquote>`. With an attribution, the WHATWG pattern for a quotation with its source
 * (https://html.spec.whatwg.org/multipage/grouping-content.html#the-blockquote-element):
 * `<figure><blockquote>…</blockquote><figcaption>— Jane Roe, spokeswoman</figcaption></figure>`.
 * The attribution sits outside the `<blockquote>` because everything inside one is quoted,
 * and it is not a `<cite>`, which HTML keeps for the titles of works, not people's names.
 */
export const blockquote: Handler<Blockquote> = (node, state) => {
  const quote = element('blockquote', NO_ATTRIBUTES, state.all(node.children));
  const attribution = node.attribution?.trim();
  if (!attribution) return [quote];
  return [
    h(
      'figure',
      { class: state.className('quote') },
      quote,
      h('figcaption', { class: state.className('attribution') }, `— ${attribution}`),
    ),
  ];
};
