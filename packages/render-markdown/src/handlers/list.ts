import type { List } from '@copydesk/model/core';
import type { State } from '../state.js';

const NEXT_BULLET: Record<'-' | '*' | '+', '-' | '*' | '+'> = { '-': '*', '*': '-', '+': '-' };

/**
 * A list: `-` items (or the `bullet` option) or numbered `1.` items counting from `start`.
 * A list right after a list of the same kind would merge with it, so the flow container
 * asks for the other bullet (`*`) or delimiter (`)`). Items holding more than one block are
 * separated by blank lines (a loose list); others are not.
 */
export function list(node: List, state: State): string {
  const other = state.otherBullet;
  state.otherBullet = false;
  const preferred = other ? NEXT_BULLET[state.options.bullet] : state.options.bullet;
  const delimiter = other ? ')' : '.';
  const start = node.start ?? 1;
  const savedBullet = state.bullet;
  const render = (bullet: string): string[] =>
    node.children.map((item, index) => {
      state.bullet = node.ordered ? `${start + index}${delimiter}` : bullet;
      return state.handle(item, state);
    });
  let items = render(preferred);
  // Empty items nested three deep (`- - -`) would read as a thematic break: another bullet.
  if (!node.ordered && items.some(isThematicBreakLine)) items = render(NEXT_BULLET[preferred] === '-' ? '+' : NEXT_BULLET[preferred]);
  state.bullet = savedBullet;
  const loose = node.children.some((item) => item.children.length > 1);
  return items.join(loose ? '\n\n' : '\n');
}

/** Whether the first line of `item` is three or more of one of `-`, `*`, `_` and blanks. */
function isThematicBreakLine(item: string): boolean {
  const end = item.indexOf('\n');
  const line = end < 0 ? item : item.slice(0, end);
  let marker = '';
  let count = 0;
  for (const character of line) {
    if (character === ' ' || character === '\t') continue;
    if (character !== '-' && character !== '*' && character !== '_') return false;
    if (marker !== '' && character !== marker) return false;
    marker = character;
    count += 1;
  }
  return count >= 3;
}
