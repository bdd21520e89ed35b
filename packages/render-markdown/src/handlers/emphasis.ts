import type { Emphasis } from '@copydesk/model/core';
import { attention } from '../attention.js';
import type { State } from '../state.js';

/** Emphasis: `*text*` (or `_text_`), the marker chosen against its neighbours. */
export function emphasis(node: Emphasis, state: State): string {
  return attention(node, state);
}
