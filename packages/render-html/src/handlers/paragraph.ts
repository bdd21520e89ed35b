import type { Paragraph } from '@copydesk/model/core';
import { element, NO_ATTRIBUTES } from '../html-tree.js';
import type { Handler } from '../state.js';

/**
 * `<p>`. A paragraph kept in the body although it was recognised as boilerplate carries its
 * kind and reason, so a page can style or drop it.
 */
export const paragraph: Handler<Paragraph> = (node, state) => {
  const attributes = node.boilerplate
    ? { class: state.className('boilerplate'), 'data-kind': node.boilerplate.kind, 'data-reason': node.boilerplate.reason }
    : NO_ATTRIBUTES;
  return [element('p', attributes, state.all(node.children))];
};
