import type { Figure, Inline } from '@copydesk/model/core';
import { safe } from '../safe.js';
import type { State } from '../state.js';
import { isSafeUrl } from '../url.js';
import { destination, title } from './resource.js';

/**
 * A figure, by this package's convention: the image alone in a paragraph,
 * `![alt](url "title")`, then a caption paragraph: the caption emphasised and the credit in
 * parentheses, `*Caption.* (Credit)`. Without an image (or with a URL whose scheme is not
 * allowed) the caption paragraph stands alone.
 */
export function figure(node: Figure, state: State): string {
  const parts: string[] = [];
  const image = node.image;
  if (image && isSafeUrl(image.url, 'image')) {
    const gfm = state.options.flavor === 'gfm';
    const alt = safe(image.alt ?? '', { constructs: ['phrasing', 'label'], before: '[', after: ']', gfm });
    parts.push(`![${alt}](${destination(image.url, state)}${title(image.title, state)})`);
  }
  const caption: Inline[] = [];
  if (node.caption && node.caption.length > 0) caption.push({ type: 'emphasis', children: node.caption });
  if (node.credit !== undefined && node.credit !== '') {
    caption.push({ type: 'text', value: caption.length > 0 ? ` (${node.credit})` : `(${node.credit})` });
  }
  if (caption.length > 0) parts.push(state.handle({ type: 'paragraph', children: caption }, state));
  return parts.filter((part) => part !== '').join('\n\n');
}
