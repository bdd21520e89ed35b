import type { Embed } from '@copydesk/model/core';
import { h } from '../html-tree.js';
import type { Handler } from '../state.js';

/**
 * Third-party content as a link card, never as the provider's markup:
 * `<figure class="embed"><p><a href>fallback text</a></p><figcaption>YouTube</figcaption></figure>`.
 * The caption is the provider, else the link's host name.
 */
export const embed: Handler<Embed> = (node, state) => {
  const href = state.url(node.url, 'href', 'an embed');
  const label = node.fallback.trim() || (href ?? '');
  const provider = node.provider?.trim() || (href ? hostName(href) : undefined);
  const body = href === undefined ? label : h('a', state.linkAttributes(href), label);
  if (body === '' && !provider) return [];
  return [
    h(
      'figure',
      { class: state.className('embed') },
      body !== '' && h('p', {}, body),
      provider && h('figcaption', { class: state.className('embed-provider') }, provider),
    ),
  ];
};

/** `www.youtube.com` of an absolute web URL; nothing for relative and other URLs. */
function hostName(url: string): string | undefined {
  if (!url.startsWith('http:') && !url.startsWith('https:')) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}
