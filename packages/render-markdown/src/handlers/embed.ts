import type { Embed, Link } from '@copydesk/model/core';
import type { State } from '../state.js';

/** `www.youtube.com` of an absolute web URL; nothing for relative and other URLs. */
function hostName(url: string): string | undefined {
  if (!/^https?:/i.test(url)) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Third-party content as a paragraph holding one link: the fallback text linking to the URL,
 * titled with the provider (or, without one, the URL's host name, as render-html captions it):
 * `[Video: …](https://youtube.com/… "YouTube")`.
 */
export function embed(node: Embed, state: State): string {
  const link: Link = { type: 'link', url: node.url, children: [{ type: 'text', value: node.fallback }] };
  const title = node.provider?.trim() || hostName(node.url);
  if (title !== undefined) link.title = title;
  return state.handle({ type: 'paragraph', children: [link] }, state);
}
