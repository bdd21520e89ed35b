import type { Break } from '@copydesk/model/core';
import type { State } from '../state.js';

/**
 * A hard line break: a backslash before the line ending. An ATX heading is one line, so
 * there it is the inline HTML `<br>`, the only way CommonMark lets such a heading hold one.
 */
export function lineBreak(_node: Break, state: State): string {
  return state.constructs.includes('headingAtx') ? '<br>' : '\\\n';
}
