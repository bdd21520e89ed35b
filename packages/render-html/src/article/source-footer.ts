import type { Source } from '@copydesk/model/core';
import { type HtmlElement, type HtmlNode, h } from '../html-tree.js';
import type { RenderState } from '../state.js';

/**
 * `<footer>` with where the article first appeared ("Originally published by Example Daily")
 * and where it was found ("Source: Example Wire"), each linked when its URL is allowed. A
 * URL without a name is shown by its host name.
 */
export function renderSourceFooter(source: Source | undefined, state: RenderState): HtmlElement | undefined {
  if (source === undefined) return undefined;
  const { labels } = state.options;
  const original = credit(labels.originallyPublishedBy, source.originalPublisher, source.originalUrl, 'the original publisher', state);
  const found = credit(labels.source, source.name, source.url, 'the source', state);
  if (!original && !found) return undefined;
  return h('footer', { class: state.className('source') }, original, found);
}

function credit(label: string, name: string | undefined, url: string | undefined, where: string, state: RenderState): HtmlElement | undefined {
  const href = state.url(url, 'href', where);
  const text = name?.trim() || (href ? hostName(href) : undefined);
  if (!text) return undefined;
  const children: HtmlNode[] = [{ type: 'text', value: `${label} ` }, href === undefined ? { type: 'text', value: text } : h('a', state.linkAttributes(href), text)];
  return h('p', {}, children);
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}
