import type { Author } from '@copydesk/model/core';
import { type HtmlElement, type HtmlNode, h } from '../html-tree.js';
import type { RenderState } from '../state.js';

/**
 * "By Jane Roe, Staff Writer and John Doe" (semicolons between three or more authors when any
 * has a role: "By A, AFP; B and C, Photos"): each author in its own element, linked when the
 * model has an allowed URL, with the role in its own element for styling.
 */
export function renderByline(authors: readonly Author[], state: RenderState): HtmlElement | undefined {
  const named = authors.filter((author) => author.name.trim() !== '');
  if (named.length === 0) return undefined;
  const { labels } = state.options;
  // Roles already use commas ("Jane Roe, Staff Writer"), so three or more authors with roles are separated by semicolons.
  const separator = named.length > 2 && named.some((author) => author.role?.trim()) ? '; ' : ', ';
  const children: HtmlNode[] = [{ type: 'text', value: `${labels.by} ` }];
  named.forEach((author, index) => {
    if (index > 0) children.push({ type: 'text', value: index === named.length - 1 ? ` ${labels.and} ` : separator });
    children.push(renderAuthor(author, state));
  });
  return h('p', { class: state.className('byline') }, children);
}

function renderAuthor(author: Author, state: RenderState): HtmlElement {
  const name = author.name.trim();
  const href = state.url(author.url, 'href', `the author ${name}`);
  const role = author.role?.trim();
  return h(
    'span',
    { class: state.className('author') },
    href === undefined
      ? h('span', { class: state.className('author-name') }, name)
      : h('a', state.linkAttributes(href, { class: state.className('author-name'), rel: 'author' }), name),
    role && ', ',
    role && h('span', { class: state.className('role') }, role),
  );
}
