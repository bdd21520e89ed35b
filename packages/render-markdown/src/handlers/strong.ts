import type { Strong } from '@copydesk/model/core';
import { attention } from '../attention.js';
import type { State } from '../state.js';

/** Strong: `**text**` (or `__text__`), the marker chosen against its neighbours. */
export function strong(node: Strong, state: State): string {
  return attention(node, state);
}
