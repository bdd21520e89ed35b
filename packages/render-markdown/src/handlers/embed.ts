import type { Embed } from '@copydesk/model';
import type { State } from '../state.js';

/**
 * Third-party content as a paragraph holding one link: the fallback text linking to the URL,
 * the provider as the link title, `[Video: …](https://youtube.com/… "YouTube")`.
 */
export function embed(node: Embed, state: State): string {
  const link = { type: 'link' as const, url: node.url, children: [{ type: 'text' as const, value: node.fallback }] };
  return state.handle(
    { type: 'paragraph', children: [node.provider === undefined ? link : { ...link, title: node.provider }] },
    state,
  );
}
