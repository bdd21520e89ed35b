import type { Link } from '@copydesk/model/core';
import { containerPhrasing } from '../container-phrasing.js';
import { linkForm } from '../link-form.js';
import type { State } from '../state.js';
import { destination, title } from './resource.js';

/**
 * A link: `[text](url "title")`, or `<url>` when the text is the URL. A URL whose scheme is
 * not allowed (`javascript:`, …) never becomes a link: its text is written alone.
 */
export function link(node: Link, state: State): string {
  const form = linkForm(node);
  if (form === 'text') return containerPhrasing(node.children, state, { before: state.before, after: state.after, transparent: true });
  if (form === 'autolink') return `<${node.url}>`;
  const saved = state.constructs;
  state.constructs = [...saved, 'label'];
  const label = containerPhrasing(node.children, state, { before: '[', after: ']' });
  state.constructs = saved;
  return `[${label}](${destination(node.url, state)}${title(node.title, state)})`;
}
