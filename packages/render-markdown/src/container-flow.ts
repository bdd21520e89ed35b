import type { Block } from '@copydesk/model/core';
import type { State } from './state.js';

/**
 * Write blocks separated by blank lines. A list right after a list of the same kind is told
 * to use the other bullet or delimiter, or a parser would read one list.
 */
export function containerFlow(children: readonly Block[], state: State): string {
  // Appended to one string rather than joined: V8 keeps it as a rope, so the text is copied
  // once, by whoever reads the article, instead of by each join on the way up.
  let out = '';
  let previous: Block | undefined;
  let previousUsedOther = false;
  for (const child of children) {
    const adjacentList = child.type === 'list' && previous?.type === 'list' && previous.ordered === child.ordered;
    const useOther: boolean = adjacentList && !previousUsedOther;
    state.otherBullet = useOther;
    const value = state.handle(child, state);
    state.otherBullet = false;
    if (value === '') continue;
    out = out === '' ? value : `${out}\n\n${value}`;
    previous = child;
    previousUsedOther = useOther;
  }
  return out;
}
