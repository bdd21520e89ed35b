import type { Link } from '@copydesk/model/core';
import { isSafeUrl, urlScheme } from './url.js';

/**
 * How a link is written: `<url>` when its only text is its URL (an autolink), `[text](url)`
 * otherwise, or just its text when the URL is empty or its scheme is not allowed.
 */
export function linkForm(node: Link): 'autolink' | 'link' | 'text' {
  if (node.url.trim() === '' || !isSafeUrl(node.url, 'link')) return 'text';
  if (node.title !== undefined || node.children.length !== 1) return 'link';
  const only = node.children[0];
  if (only?.type !== 'text' || only.value !== node.url) return 'link';
  return isAutolinkable(node.url) ? 'autolink' : 'link';
}

/**
 * An absolute URL that CommonMark reads back unchanged between `<` and `>` (spec 6.5): a
 * scheme of 2 to 32 characters, then no space, control character, `<` or `>`. URLs holding
 * `&` or `\` are left to the long form, whose escaping is exact.
 */
function isAutolinkable(url: string): boolean {
  const scheme = urlScheme(url);
  if (scheme === undefined || scheme.length < 2 || scheme.length > 32) return false;
  if (!url.startsWith(`${scheme}:`) && !url.toLowerCase().startsWith(`${scheme}:`)) return false;
  for (let index = 0; index < url.length; index += 1) {
    const code = url.charCodeAt(index);
    if (code <= 0x20 || code === 0x7f || code === 0x3c || code === 0x3e || code === 0x26 || code === 0x5c) return false;
  }
  return true;
}
