import type { ThematicBreak } from '@copydesk/model/core';
import type { State } from '../state.js';

/** `***`, or `---` inside a `*` list item, where `* ***` would itself read as a thematic break. */
export function thematicBreak(_node: ThematicBreak, state: State): string {
  return state.bullet === '*' ? '---' : '***';
}
