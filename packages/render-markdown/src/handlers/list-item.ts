import type { ListItem } from '@copydesk/model/core';
import { containerFlow } from '../container-flow.js';
import type { State } from '../state.js';

/** One item: its marker (set by the list), then its blocks indented to the content column. */
export function listItem(node: ListItem, state: State): string {
  const marker = state.bullet ?? '-';
  const width = marker.length + 1;
  state.indent += width;
  const content = containerFlow(node.children, state);
  state.indent -= width;
  if (content === '') return marker;
  const padding = ' '.repeat(width);
  return content
    .split('\n')
    .map((line, index) => (index === 0 ? `${marker} ${line}` : line === '' ? '' : padding + line))
    .join('\n');
}
