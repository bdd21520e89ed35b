import type { Link } from '@copydesk/model/core';
import { element } from '../html-tree.js';
import type { Handler } from '../state.js';

/**
 * `<a href title rel>`. A URL outside the allow-list, or a link inside a link (which HTML does
 * not allow), leaves the link text in place without the link.
 */
export const link: Handler<Link> = (node, state) => {
  if (state.inLink) {
    state.report('render-html/nested-link', `A link inside a link was written as its text: ${JSON.stringify(node.url.slice(0, 80))}`);
    return state.all(node.children);
  }
  const href = state.url(node.url, 'href', 'a link');
  if (href === undefined) return state.all(node.children);
  state.inLink = true;
  try {
    return [element('a', state.linkAttributes(href, { title: node.title }), state.all(node.children))];
  } finally {
    state.inLink = false;
  }
};
